//! What the CLI prints and the page receives: a report, or the errors placed on their fields.
//! Shared by both so that they speak the same JSON.

use serde::Serialize;

use crate::compare::{compare, Comparison};
use crate::input::{FieldError, Profile};
use crate::params::Parameters;
use crate::report::Report;
use crate::rules::compute;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "statut", rename_all = "snake_case")]
pub enum Outcome {
    Rapport { rapport: Report },
    Comparaison { comparaison: Box<Comparison> },
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

    /// Compares a profile that was read (or failed to be read) between two years.
    pub fn of_comparison(
        profile: Result<Profile, FieldError>,
        annee_a: i32,
        annee_b: i32,
        params: &Parameters,
    ) -> Self {
        match profile
            .map_err(|e| vec![e])
            .and_then(|p| compare(&p, annee_a, annee_b, params))
        {
            Ok(c) => Self::Comparaison {
                comparaison: Box::new(c),
            },
            Err(erreurs) => Self::Erreurs { erreurs },
        }
    }

    pub fn is_error(&self) -> bool {
        matches!(self, Self::Erreurs { .. })
    }
}
