//! Costing a proposal over a population of physicians: a file of one physician per row (CSV the
//! French way, or JSON Lines), read piece by piece; each row costed under every column (the
//! reference, then each scenario or the other year) by the same [`crate::Engine`] as the form;
//! the aggregates a negotiator asks for, in memory that does not grow with the rows; and a
//! synthetic population for the demonstration and the benchmarks.
//!
//! The way in for a Web Worker (one thread): [`Costing::of_scenarios`] or [`Costing::of_years`],
//! then [`Run::new`], [`Run::feed`] with each chunk of the file's bytes (any size, cut anywhere),
//! [`Run::aggregates`] for the progress, [`Run::finish`] for the [`Summary`]; two workers share a
//! file with [`Run::limit`] (each the rows of its [`Part`]), the second's aggregates merged into
//! the first's as text ([`Run::part_text`], [`Run::merge`]). The CLI uses
//! [`parallel::cost_file`] (a stream, every core) and gets the same figures.

mod aggregate;
pub mod columns;
mod costing;
mod csv;
pub mod distribution;
mod flatten;
mod framing;
mod groups;
pub mod parallel;
mod places;
pub mod results;
mod row;
mod run;
pub mod session;
pub mod synthetic;

use serde::Serialize;

pub use aggregate::{Aggregates, Extreme, RowError, Summary, EXTREMES, FIRST_ERRORS};
pub use costing::{Column, Costed, Costing, DispositifName, RowOutcome};
pub use framing::{Format, Record, MAX_RECORD};
pub use groups::{Group, Groups, BREAKDOWNS};
pub use row::Decoder;
pub use run::{cost_record, Part, Reader, Run};
pub use session::{Demande, Progress, Session};

/// What makes a file unreadable as a cohort (as opposed to an invalid row, which is listed and
/// does not stop the others): empty, wrong separator, bad columns, a quote never closed…
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileError {
    /// The line it was found on, if it is one line's.
    pub ligne: Option<u64>,
    /// The French message, with the line (« Ligne 1 : … »).
    pub message: String,
}

impl FileError {
    pub fn new(message: &str) -> Self {
        Self {
            ligne: None,
            message: message.to_owned(),
        }
    }

    /// An error of line `ligne`; `message` continues « Ligne 3 : ».
    pub fn at(ligne: u64, message: &str) -> Self {
        Self {
            ligne: Some(ligne),
            message: format!("Ligne {ligne} : {message}"),
        }
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
