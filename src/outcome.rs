//! What the CLI prints and the page receives: a report, or the errors placed on their fields.
//! Shared by both so that they speak the same JSON.

use serde::Serialize;

use crate::input::{FieldError, Profile};
use crate::params::Parameters;
use crate::report::Report;
use crate::rules::compute;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "statut", rename_all = "snake_case")]
pub enum Outcome {
    Rapport { rapport: Report },
    Erreurs { erreurs: Vec<FieldError> },
}

impl Outcome {
    /// Computes a profile that was read (or failed to be read) for a year.
    pub fn of(profile: Result<Profile, FieldError>, annee: i32, params: &Parameters) -> Self {
        match profile
            .map_err(|e| vec![e])
            .and_then(|p| compute(&p, annee, params))
        {
            Ok(rapport) => Self::Rapport { rapport },
            Err(erreurs) => Self::Erreurs { erreurs },
        }
    }
}
