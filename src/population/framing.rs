//! Cutting a cohort file into records, piece by piece: the bytes arrive in chunks of any size (a
//! file read by the CLI, a `File` stream in a Web Worker), and each complete record comes out with
//! the number of the line it starts on. Memory holds one record at most, whatever the file.
//!
//! Three formats, told apart by the first character of the text: `{` is JSON Lines (one profile
//! per line), `[` a JSON array of profiles, anything else CSV (a header line, then one physician
//! per line; a field between double quotes may hold `;`, `"` doubled, or a line break).

use super::FileError;

/// Longest record accepted: a full profile takes about 2 kB as a CSV row and 10 kB as JSON;
/// a megabyte without a line break is not a row, and refusing it keeps memory bounded.
pub const MAX_RECORD: usize = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    JsonLines,
    JsonArray,
}

/// A complete record: its text (line break removed), the line it starts on (from 1) and the
/// position of its first byte in the file (to share a file between costings, each the records
/// that start in its part).
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    pub ligne: u64,
    pub debut: u64,
    pub text: &'a [u8],
    /// The text holds a double quote (CSV: a quoted field, to be unquoted).
    pub quotes: bool,
}

#[derive(Debug, Default)]
pub struct Framer {
    buf: Vec<u8>,
    /// Position in the file of `buf[0]`.
    offset: u64,
    /// Start of the bytes not yet given out as a record.
    start: usize,
    /// How far the current record has been scanned, and the state there.
    scan: usize,
    quoted: bool,
    depth: u32,
    escaped: bool,
    /// Line of `buf[start]`; lines of the scanned part of the current record.
    line: u64,
    lines_in_scan: u64,
    /// A double quote in the scanned part of the current record.
    quotes_in_scan: bool,
    format: Option<Format>,
    /// The UTF-8 byte order mark has been looked for.
    bom_done: bool,
    /// The JSON array's closing bracket has been read.
    array_closed: bool,
    finished: bool,
}

impl Framer {
    pub fn new() -> Self {
        Self {
            line: 1,
            ..Self::default()
        }
    }

    /// Appends the next piece of the file.
    pub fn push(&mut self, chunk: &[u8]) {
        // Drop what was given out before growing: the buffer holds one record and a chunk.
        if self.start > 0 {
            self.offset += self.start as u64;
            self.buf.drain(..self.start);
            self.scan -= self.start;
            self.start = 0;
        }
        self.buf.extend_from_slice(chunk);
    }

    /// No more bytes will come: the last record may end without a line break.
    pub fn finish(&mut self) {
        self.finished = true;
    }

    /// The format, told by the first character after an optional UTF-8 byte order mark and blank
    /// lines; `None` while no such character has arrived.
    pub fn detect(&mut self) -> Option<Format> {
        if !self.bom_done {
            if self.buf.len() < 3 && !self.finished && b"\xEF\xBB\xBF".starts_with(&self.buf) {
                return None;
            }
            if self.buf.starts_with(b"\xEF\xBB\xBF") {
                self.start = 3;
                self.scan = 3;
            }
            self.bom_done = true;
        }
        if self.format.is_none() {
            self.skip_blank();
            let first = *self.buf.get(self.start)?;
            self.format = Some(match first {
                b'{' => Format::JsonLines,
                b'[' => {
                    self.start += 1;
                    self.scan = self.start;
                    self.depth = 1;
                    Format::JsonArray
                }
                _ => Format::Csv,
            });
        }
        self.format
    }

    /// The next complete record, `None` when more bytes are needed (or, after `finish`, when the
    /// file is done).
    pub fn next_record(&mut self) -> Result<Option<Record<'_>>, FileError> {
        match self.detect() {
            None => Ok(None),
            Some(Format::JsonArray) => self.next_element(),
            Some(_) => self.next_line(),
        }
    }

    /// Skips spaces and blank lines before a record, counting the lines.
    fn skip_blank(&mut self) {
        while let Some(&b) = self.buf.get(self.start) {
            match b {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            self.start += 1;
        }
        self.scan = self.scan.max(self.start);
    }

    /// A CSV row or a JSON line: up to a line break outside double quotes (CSV only).
    fn next_line(&mut self) -> Result<Option<Record<'_>>, FileError> {
        self.skip_blank();
        let csv = self.format == Some(Format::Csv);
        let mut end = None;
        while self.scan < self.buf.len() {
            let b = self.buf[self.scan];
            if b == b'"' && csv {
                self.quoted = !self.quoted;
                self.quotes_in_scan = true;
            } else if b == b'\n' {
                if !self.quoted {
                    end = Some(self.scan);
                    break;
                }
                self.lines_in_scan += 1;
            }
            self.scan += 1;
        }
        let (end, next) = match end {
            Some(e) => (e, e + 1),
            None if self.finished && self.start < self.buf.len() => {
                if self.quoted {
                    return Err(self.error("guillemet ouvert jamais refermé."));
                }
                (self.buf.len(), self.buf.len())
            }
            None => return self.need_more(),
        };
        // The line break that ends the line is counted with it.
        Ok(Some(self.take(end, next, 1, b"\r \t")))
    }

    /// An element of the JSON array: up to the comma or bracket that closes it at depth 1.
    fn next_element(&mut self) -> Result<Option<Record<'_>>, FileError> {
        loop {
            self.skip_blank();
            if self.array_closed {
                if self.start < self.buf.len() {
                    return Err(self.error("texte après la fin du tableau JSON."));
                }
                return Ok(None);
            }
            // Commas between elements (and a stray one) are not records.
            match self.buf.get(self.start) {
                Some(b',') => {
                    self.start += 1;
                    self.scan = self.scan.max(self.start);
                }
                Some(b']') if self.depth == 1 => {
                    self.array_closed = true;
                    self.start += 1;
                    self.scan = self.start;
                }
                _ => break,
            }
        }
        let mut end = None;
        while self.scan < self.buf.len() {
            let b = self.buf[self.scan];
            if self.quoted {
                match b {
                    _ if self.escaped => self.escaped = false,
                    b'\\' => self.escaped = true,
                    b'"' => self.quoted = false,
                    _ => {}
                }
            } else {
                match b {
                    b'"' => self.quoted = true,
                    b'{' | b'[' => self.depth += 1,
                    b'}' | b']' if self.depth > 1 => self.depth -= 1,
                    b',' | b']' if self.depth == 1 => {
                        end = Some(self.scan);
                        break;
                    }
                    _ => {}
                }
            }
            if b == b'\n' {
                self.lines_in_scan += 1;
            }
            self.scan += 1;
        }
        let Some(end) = end else {
            if self.finished && self.start < self.buf.len() {
                return Err(self.error("tableau JSON non refermé (« ] » attendu)."));
            }
            return self.need_more();
        };
        // The comma or bracket stays: the next call reads it.
        Ok(Some(self.take(end, end, 0, b"\r \t\n")))
    }

    /// The record from `start` to `end`, without the `blank` bytes that end it; the next one is
    /// looked for from `next`, `own_breaks` line breaks after the ones met inside the record.
    fn take(&mut self, end: usize, next: usize, own_breaks: u64, blank: &[u8]) -> Record<'_> {
        let ligne = self.line;
        let from = self.start;
        self.line += self.lines_in_scan + own_breaks;
        self.lines_in_scan = 0;
        let quotes = std::mem::take(&mut self.quotes_in_scan);
        self.start = next;
        self.scan = next;
        let mut text = &self.buf[from..end];
        while let [rest @ .., last] = text {
            if !blank.contains(last) {
                break;
            }
            text = rest;
        }
        Record {
            ligne,
            debut: self.offset + from as u64,
            text,
            quotes,
        }
    }

    fn need_more(&self) -> Result<Option<Record<'_>>, FileError> {
        if self.buf.len() - self.start > MAX_RECORD {
            return Err(self.error(
                "plus d'un mégaoctet sans fin de ligne : ce n'est pas un fichier de cohorte.",
            ));
        }
        if self.finished && self.format == Some(Format::JsonArray) && !self.array_closed {
            return Err(self.error("tableau JSON non refermé (« ] » attendu)."));
        }
        Ok(None)
    }

    fn error(&self, message: &str) -> FileError {
        FileError::at(self.line, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of `text` fed in pieces of `size` bytes: (line, text).
    fn records(text: &str, size: usize) -> Result<Vec<(u64, String)>, FileError> {
        let mut f = Framer::new();
        let mut out = Vec::new();
        let mut drain = |f: &mut Framer| -> Result<(), FileError> {
            let csv = f.detect() == Some(Format::Csv);
            while let Some(r) = f.next_record()? {
                if csv {
                    assert_eq!(r.quotes, r.text.contains(&b'"'), "{r:?}");
                }
                out.push((r.ligne, String::from_utf8_lossy(r.text).into_owned()));
            }
            Ok(())
        };
        for chunk in text.as_bytes().chunks(size.max(1)) {
            f.push(chunk);
            drain(&mut f)?;
        }
        f.finish();
        drain(&mut f)?;
        Ok(out)
    }

    fn same_in_every_chunking(text: &str) -> Vec<(u64, String)> {
        let whole = records(text, text.len()).unwrap();
        for size in [1, 2, 3, 7] {
            assert_eq!(records(text, size).unwrap(), whole, "chunks of {size}");
        }
        whole
    }

    #[test]
    fn csv_rows_with_their_line_numbers() {
        let text = "\u{feff}a;b\r\n1;2\r\n\r\n3;\"x\r\ny\"\r\n4;5";
        assert_eq!(
            same_in_every_chunking(text),
            [
                (1, "a;b".to_owned()),
                (2, "1;2".to_owned()),
                (4, "3;\"x\r\ny\"".to_owned()),
                (6, "4;5".to_owned()),
            ]
        );
    }

    #[test]
    fn json_lines_and_arrays() {
        assert_eq!(
            same_in_every_chunking("{\"a\":1}\n\n{\"b\":\"}\\\"\"}\n"),
            [
                (1, "{\"a\":1}".to_owned()),
                (3, "{\"b\":\"}\\\"\"}".to_owned())
            ]
        );
        assert_eq!(
            same_in_every_chunking("[\n {\"a\": [1, 2]},\n {\"b\": \"],\"}\n]\n"),
            [
                (2, "{\"a\": [1, 2]}".to_owned()),
                (3, "{\"b\": \"],\"}".to_owned())
            ]
        );
        assert_eq!(same_in_every_chunking("[]"), []);
        assert_eq!(same_in_every_chunking(""), []);
    }

    #[test]
    fn broken_files_are_errors_with_a_line() {
        let err = records("a;b\n1;\"2\n3;4\n", 5).unwrap_err();
        assert_eq!(err.ligne, Some(2));
        assert!(err.message.contains("guillemet"), "{err:?}");
        assert!(records("[{\"a\":1},\n", 4)
            .unwrap_err()
            .message
            .contains("non refermé"));
        assert!(records("[{\"a\":1}] x", 4)
            .unwrap_err()
            .message
            .contains("après la fin"));
        let long = "x".repeat(MAX_RECORD + 10);
        assert!(records(&long, 1 << 16)
            .unwrap_err()
            .message
            .contains("mégaoctet"));
    }
}
