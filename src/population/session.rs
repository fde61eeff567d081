//! A costing as the page's Web Worker drives it: a request (the scenarios by their ids, or two
//! years), then the file's bytes piece by piece, then the results. Beside the aggregates, it
//! keeps the text of the per-row results and of every invalid row's errors (CSV the French way)
//! until the page takes them: the rows never cross the boundary one object each.

use serde::{Deserialize, Serialize};

use super::aggregate::{Lines, Summary};
use super::costing::{Costing, RowOutcome};
use super::results::{error_lines, row_line, rows_header, ERRORS_HEADER};
use super::run::{Part, Run};
use super::FileError;
use crate::input::FieldError;
use crate::page::Choix;
use crate::params::Parameters;

/// What to cost the file under: `{annee, scenarios: {colonnes, custom}}` (the first column the
/// reference, as in the page's comparison of scenarios) or `{annees: [reference, other]}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Demande {
    #[serde(default)]
    pub annee: Option<i64>,
    #[serde(default)]
    pub scenarios: Option<Choix>,
    #[serde(default)]
    pub annees: Option<[i64; 2]>,
}

/// A year as the costing checks it (out of `i32`: refused as out of range, like any other).
fn year(annee: i64) -> i32 {
    i32::try_from(annee).unwrap_or(i32::MIN)
}

impl Demande {
    pub fn costing(&self) -> Result<Costing, Vec<FieldError>> {
        match (&self.scenarios, self.annees) {
            (Some(choix), None) => {
                let Some(annee) = self.annee else {
                    return Err(vec![FieldError::new("annee", "Choisissez l'année.")]);
                };
                let columns = choix.resolve(&crate::scenario::shipped())?;
                Costing::of_scenarios(year(annee), &columns)
            }
            (None, Some([a, b])) => Costing::of_years(year(a), year(b), &Parameters::official()),
            _ => Err(vec![FieldError::new(
                "",
                "Choisissez des scénarios ou deux années, l'un ou l'autre.",
            )]),
        }
    }
}

/// How far the costing went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "statut", rename = "progression")]
pub struct Progress {
    pub lignes: Lines,
    /// The costing of a part of the file has seen its last row: the rest need not be fed.
    pub complet: bool,
}

/// A costing in progress, with the text of its per-row results not yet taken.
#[derive(Debug)]
pub struct Session {
    run: Option<Run>,
    columns: usize,
    rows: String,
    errors: String,
}

impl Session {
    /// The costing `demande` asks for (JSON text), or its errors.
    pub fn start(demande: &str) -> Result<Self, Vec<FieldError>> {
        let demande: Demande =
            crate::input::read_json(demande, "la demande").map_err(|e| vec![e])?;
        let costing = demande.costing()?;
        let mut rows = rows_header(&costing);
        rows.push('\n');
        let mut errors = ERRORS_HEADER.to_owned();
        errors.push('\n');
        Ok(Self {
            columns: costing.columns().len(),
            run: Some(Run::new(costing)),
            rows,
            errors,
        })
    }

    /// Costs only the rows of `part` of the file (before the first piece): the page's two Web
    /// Workers each cost one part. The per-row results and errors of a part after the first
    /// come without their header, to follow the first part's.
    pub fn limit(&mut self, part: Part) -> Result<(), FileError> {
        let Some(run) = self.run.as_mut() else {
            return Err(FileError::new("Ce chiffrage est terminé."));
        };
        run.limit(part);
        if part.debut > 0 {
            self.rows.clear();
            self.errors.clear();
        }
        Ok(())
    }

    /// The end of the file for the costing of a part after the first: its aggregates as text,
    /// for the costing of the first part to merge ([`Session::merge`]); the session is then
    /// spent.
    pub fn finish_part(&mut self) -> Result<String, FileError> {
        let Some(mut run) = self.run.take() else {
            return Err(FileError::new("Ce chiffrage est terminé."));
        };
        let (rows, errors, columns) = (&mut self.rows, &mut self.errors, self.columns);
        run.part_text(&mut |o| keep(o, columns, rows, errors))
    }

    /// Adds the aggregates of the rest of the file ([`Session::finish_part`]) before
    /// [`Session::finish`].
    pub fn merge(&mut self, part: &str) -> Result<(), FileError> {
        match self.run.as_mut() {
            Some(run) => run.merge(part),
            None => Err(FileError::new("Ce chiffrage est terminé.")),
        }
    }

    /// Costs the complete rows of the next piece of the file.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<Progress, FileError> {
        let Some(run) = self.run.as_mut() else {
            return Err(FileError::new("Ce chiffrage est terminé."));
        };
        let (rows, errors, columns) = (&mut self.rows, &mut self.errors, self.columns);
        run.feed(chunk, &mut |o| keep(o, columns, rows, errors))?;
        let a = run.aggregates();
        Ok(Progress {
            lignes: Lines {
                lues: a.rows(),
                valides: a.valid(),
                invalides: a.invalid(),
            },
            complet: run.is_complete(),
        })
    }

    /// The end of the file: its last row, then the results (the session is then spent).
    pub fn finish(&mut self) -> Result<Summary, FileError> {
        let Some(run) = self.run.take() else {
            return Err(FileError::new("Ce chiffrage est terminé."));
        };
        let (rows, errors, columns) = (&mut self.rows, &mut self.errors, self.columns);
        run.finish(&mut |o| keep(o, columns, rows, errors))
    }

    /// The per-row results written since the last call (the header first): one CSV line per
    /// row, its totals or its errors.
    pub fn take_rows(&mut self) -> String {
        std::mem::take(&mut self.rows)
    }

    /// The errors of the invalid rows written since the last call (the header first): one CSV
    /// line per error, `ligne;champ;message`.
    pub fn take_errors(&mut self) -> String {
        std::mem::take(&mut self.errors)
    }
}

fn keep(outcome: &RowOutcome, columns: usize, rows: &mut String, errors: &mut String) {
    row_line(outcome, columns, rows);
    rows.push('\n');
    error_lines(outcome, errors);
}
