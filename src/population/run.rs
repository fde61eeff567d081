//! A costing fed piece by piece: the CLI reads a file in chunks, a Web Worker would pass the
//! chunks of a `File` stream. Each complete row is costed as soon as it arrives; memory holds the
//! aggregates and one unfinished row, whatever the size of the file.

use std::sync::Arc;

use super::aggregate::{Aggregates, Summary};
use super::costing::{Costing, RowOutcome};
use super::framing::{Format, Framer, Record};
use super::row::{Decoder, Header};
use super::FileError;

/// The records of a file and the way to read them (the CSV header is read on the way).
#[derive(Debug, Default)]
pub struct Reader {
    framer: Framer,
    decoder: Option<Arc<Decoder>>,
}

impl Reader {
    pub fn new() -> Self {
        Self {
            framer: Framer::new(),
            decoder: None,
        }
    }

    /// Appends the next piece of the file.
    pub fn push(&mut self, chunk: &[u8]) {
        self.framer.push(chunk);
    }

    /// No more bytes will come.
    pub fn finish(&mut self) {
        self.framer.finish();
    }

    /// The next row and how to read it; `None` when more bytes are needed (or the file is done).
    pub fn next_record(&mut self) -> Result<Option<(Record<'_>, &Arc<Decoder>)>, FileError> {
        if self.decoder.is_none() {
            let decoder = match self.framer.detect() {
                None => return Ok(None),
                Some(Format::Csv) => {
                    let Some(header) = self.framer.next_record()? else {
                        return Ok(None);
                    };
                    Decoder::Csv(Header::parse(header.ligne, header.text)?)
                }
                Some(_) => Decoder::Json,
            };
            self.decoder = Some(Arc::new(decoder));
        }
        let Some(decoder) = &self.decoder else {
            return Ok(None);
        };
        Ok(self.framer.next_record()?.map(|r| (r, decoder)))
    }

    /// After the last row: an error if the file held no physician at all.
    pub fn check_not_empty(&self, rows: u64) -> Result<(), FileError> {
        match self.decoder.as_deref() {
            _ if rows > 0 => Ok(()),
            None => Err(FileError::new("Le fichier est vide.")),
            Some(Decoder::Csv(_)) => Err(FileError::new(
                "Aucun médecin : le fichier n'a que la ligne d'en-tête.",
            )),
            Some(Decoder::Json) => Err(FileError::new("Aucun profil dans le fichier.")),
        }
    }
}

/// What becomes of one record: a physician costed under every column, or the errors of the row;
/// `None` for a row whose every cell is empty.
pub fn cost_record(costing: &Costing, decoder: &Decoder, record: Record<'_>) -> Option<RowOutcome> {
    let ligne = record.ligne;
    Some(match decoder.decode(record) {
        Ok(None) => return None,
        Ok(Some(profile)) => match costing.cost(&profile) {
            Ok(costed) => RowOutcome::Costed { ligne, costed },
            Err(erreurs) => RowOutcome::Invalid { ligne, erreurs },
        },
        Err(erreurs) => RowOutcome::Invalid { ligne, erreurs },
    })
}

/// The part of a file a costing takes, so that two costings (the page's two Web Workers, each its
/// own wasm instance) share one file: the rows whose first byte lies in `debut..fin`. Both read
/// the file from its start with the same framing, so that they agree on where every row begins
/// (a line break between double quotes included) and number the lines as the whole file does;
/// the rows before `debut` are only framed (neither read nor costed), and the part is complete at
/// the first row from `fin` on. Any byte may be a limit: the row that holds it belongs to the
/// part where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub debut: u64,
    pub fin: Option<u64>,
}

impl Part {
    pub const WHOLE: Self = Self {
        debut: 0,
        fin: None,
    };
}

/// A costing in progress over a file fed in pieces, on one thread (the page's Web Worker; the
/// CLI spreads the rows over its threads with [`super::parallel`]).
#[derive(Debug)]
pub struct Run {
    reader: Reader,
    costing: Costing,
    aggregates: Aggregates,
    part: Part,
    /// The first row after the part has been seen: nothing more to read.
    complete: bool,
}

impl Run {
    pub fn new(costing: Costing) -> Self {
        Self {
            reader: Reader::new(),
            aggregates: Aggregates::new(&costing),
            costing,
            part: Part::WHOLE,
            complete: false,
        }
    }

    /// Costs only the rows of `part` (before the first piece is fed).
    pub fn limit(&mut self, part: Part) {
        self.part = part;
    }

    /// Whether the rows after the part have begun: the rest of the file is not needed.
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// The aggregates of a part, as text for [`Run::merge`] (JSON, in another wasm instance).
    /// The file ends here: its last row is read first.
    pub fn part_text(&mut self, on_row: &mut dyn FnMut(&RowOutcome)) -> Result<String, FileError> {
        self.end(on_row)?;
        Ok(self.aggregates.to_text())
    }

    /// Adds the aggregates of the other part of the file ([`Run::part_text`]).
    pub fn merge(&mut self, text: &str) -> Result<(), FileError> {
        self.aggregates.merge_text(text)
    }

    /// Costs every complete row of the next piece of the file; `on_row` sees each row's outcome
    /// (for an export of the per-row results). A file error ends the run.
    pub fn feed(
        &mut self,
        chunk: &[u8],
        on_row: &mut dyn FnMut(&RowOutcome),
    ) -> Result<(), FileError> {
        // Past its part, a costing keeps nothing of the rest.
        if self.complete {
            return Ok(());
        }
        self.reader.push(chunk);
        self.drain(on_row)
    }

    /// The rows seen so far (for a progress bar).
    pub fn aggregates(&self) -> &Aggregates {
        &self.aggregates
    }

    pub fn costing(&self) -> &Costing {
        &self.costing
    }

    /// The end of the file: its last row, then the results.
    pub fn finish(mut self, on_row: &mut dyn FnMut(&RowOutcome)) -> Result<Summary, FileError> {
        self.end(on_row)?;
        self.reader.check_not_empty(self.aggregates.rows())?;
        Ok(self.aggregates.summary())
    }

    /// No more bytes: the last row, unless the part ended before.
    fn end(&mut self, on_row: &mut dyn FnMut(&RowOutcome)) -> Result<(), FileError> {
        if !self.complete {
            self.reader.finish();
            self.drain(on_row)?;
        }
        Ok(())
    }

    fn drain(&mut self, on_row: &mut dyn FnMut(&RowOutcome)) -> Result<(), FileError> {
        while !self.complete {
            let Some((record, decoder)) = self.reader.next_record()? else {
                break;
            };
            if record.debut < self.part.debut {
                continue;
            }
            if self.part.fin.is_some_and(|fin| record.debut >= fin) {
                self.complete = true;
                break;
            }
            if let Some(outcome) = cost_record(&self.costing, decoder, record) {
                on_row(&outcome);
                self.aggregates.add(&outcome);
            }
        }
        Ok(())
    }
}
