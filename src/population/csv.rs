//! CSV the French way, as a French spreadsheet saves it: `;` between fields, decimal comma, a
//! field between double quotes when it holds `;`, `"` (doubled) or a line break.

use std::borrow::Cow;

pub const SEPARATOR: char = ';';

/// The fields of one record, trimmed, quotes removed.
pub fn split(record: &str) -> Vec<Cow<'_, str>> {
    split_expecting(record, 1)
}

/// [`split`] for a record of about `fields` fields (the header's), allocated once.
pub fn split_expecting(record: &str, fields: usize) -> Vec<Cow<'_, str>> {
    let mut cells = Vec::with_capacity(fields);
    // Most rows hold no quote: every cell is a slice between separators.
    // (A byte loop: cells are a few bytes long, too short for a searcher to pay.)
    let bytes = record.as_bytes();
    if !bytes.contains(&b'"') {
        let mut start = 0;
        for (i, b) in bytes.iter().enumerate() {
            if *b == b';' {
                cells.push(Cow::Borrowed(trim(&record[start..i])));
                start = i + 1;
            }
        }
        cells.push(Cow::Borrowed(trim(&record[start..])));
        return cells;
    }
    let mut rest = record;
    loop {
        let (cell, tail) = field(rest);
        cells.push(cell);
        match tail {
            Some(t) => rest = t,
            None => return cells,
        }
    }
}

/// The fields of a record that holds no double quote, trimmed, as they are cut (no list made).
pub fn unquoted(record: &str) -> Unquoted<'_> {
    Unquoted { rest: Some(record) }
}

pub struct Unquoted<'a> {
    /// The text after the last field given; `None` once the last one is.
    rest: Option<&'a str>,
}

impl<'a> Iterator for Unquoted<'a> {
    type Item = &'a str;

    // Always inlined into the row's loop: a call per cell costs as much as the cut (wasm).
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let text = self.rest?;
        // A byte loop: cells are a few bytes long, too short for a searcher to pay.
        Some(match text.bytes().position(|b| b == b';') {
            Some(i) => {
                self.rest = Some(&text[i + 1..]);
                trim(&text[..i])
            }
            None => {
                self.rest = None;
                trim(text)
            }
        })
    }
}

/// The first field of `text` and what follows its separator (`None` at the end of the record).
fn field(text: &str) -> (Cow<'_, str>, Option<&str>) {
    let bytes = text.as_bytes();
    // A quote opens a quoted field only at its start (after spaces); the common case has none.
    let start = bytes.iter().position(|b| *b != b' ').unwrap_or(bytes.len());
    if bytes.get(start) != Some(&b'"') {
        return match bytes.iter().position(|b| *b == b';') {
            Some(i) => (Cow::Borrowed(trim(&text[..i])), Some(&text[i + 1..])),
            None => (Cow::Borrowed(trim(text)), None),
        };
    }
    let quoted = &text[start + 1..];
    // Between quotes, `""` is one quote; text after the closing quote (not RFC 4180, but some
    // tools write `"12" ;`) is kept with the field.
    let mut value = String::new();
    let mut chars = quoted.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '"' {
            value.push(c);
            continue;
        }
        if quoted[i + 1..].starts_with('"') {
            value.push('"');
            chars.next();
            continue;
        }
        let after = &quoted[i + 1..];
        let (extra, tail) = match after.split_once(SEPARATOR) {
            Some((e, t)) => (e, Some(t)),
            None => (after, None),
        };
        value.push_str(extra);
        return (Cow::Owned(trim(&value).to_owned()), tail);
    }
    // No closing quote (the framer refuses this in a file): the rest is the field.
    (Cow::Owned(trim(&value).to_owned()), None)
}

/// Spaces around a field removed (checked on the bytes first: most fields have none).
fn trim(text: &str) -> &str {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (None, _) => text,
        (Some(a), Some(z)) if *a > b' ' && *a < 0x80 && *z > b' ' && *z < 0x80 => text,
        _ => text.trim(),
    }
}

/// Appends `text` as one field, quoted if it must be.
pub fn push_field(out: &mut String, text: &str) {
    if text.contains([SEPARATOR, '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// A decimal number with a French comma (« 1234.5 » → « 1234,5 »); other text unchanged.
pub fn french_number(text: &str) -> Cow<'_, str> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let is_decimal = digits
        .split_once('.')
        .is_some_and(|(i, f)| is_digits(i) && is_digits(f));
    if is_decimal {
        Cow::Owned(text.replacen('.', ",", 1))
    } else {
        Cow::Borrowed(text)
    }
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_trims_and_unquotes() {
        assert_eq!(
            split("a; b ;;\"c;d\";\"e\"\"f\" ;\"g\nh\""),
            ["a", "b", "", "c;d", "e\"f", "g\nh"]
        );
        assert_eq!(split(""), [""]);
        assert_eq!(split("x;"), ["x", ""]);
        assert_eq!(unquoted(" a;b ;;").collect::<Vec<_>>(), ["a", "b", "", ""]);
        assert_eq!(unquoted("").collect::<Vec<_>>(), [""]);
        let mut out = String::new();
        push_field(&mut out, "c;d\"e");
        assert_eq!(out, "\"c;d\"\"e\"");
        assert_eq!(split(&out), ["c;d\"e"]);
    }

    #[test]
    fn numbers_get_a_decimal_comma() {
        assert_eq!(french_number("412.5"), "412,5");
        assert_eq!(french_number("-0.25"), "-0,25");
        assert_eq!(french_number("2011-09-01"), "2011-09-01");
        assert_eq!(french_number("12"), "12");
        assert_eq!(french_number("a.b"), "a.b");
    }
}
