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
    Rapport {
        rapport: Report,
    },
    Comparaison {
        comparaison: Box<Comparison>,
    },
    // The variants below are never written by the page's first module (`page` without
    // `complet`): left out of it, with their serialisation (README « Taille »).
    /// One year under several scenarios side by side.
    #[cfg(any(feature = "complet", not(feature = "page")))]
    Scenarios {
        scenarios: Box<crate::scenario::ScenarioComparison>,
    },
    /// The assistant médical contract's schedule (`None`: no contract in the profile).
    #[cfg(any(feature = "complet", not(feature = "page")))]
    Echeancier {
        echeancier: Option<Box<crate::rules::assistant_medical::Schedule>>,
    },
    /// Every parameter in force at a date, with its source (the scenario editor's table).
    #[cfg(any(feature = "complet", not(feature = "page")))]
    Parametres {
        parametres: Vec<crate::params::InForceRow>,
    },
    /// The signatories' weight and the seats of the section professionnelle.
    #[cfg(any(feature = "complet", not(feature = "page")))]
    Representativite {
        representativite: Box<crate::representativite::Representativite>,
    },
    Erreurs {
        erreurs: Vec<FieldError>,
    },
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

    /// A profile for one year under each scenario, side by side.
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub fn of_scenarios(
        profile: Result<Profile, FieldError>,
        annee: i32,
        scenarios: Result<Vec<crate::scenario::Scenario>, FieldError>,
    ) -> Self {
        let result = match (profile, scenarios) {
            (Ok(p), Ok(s)) => crate::scenario::compare_scenarios(&p, annee, &s),
            (Err(e), Err(f)) => Err(vec![e, f]),
            (Err(e), _) | (_, Err(e)) => Err(vec![e]),
        };
        match result {
            Ok(c) => Self::Scenarios {
                scenarios: Box::new(c),
            },
            Err(erreurs) => Self::Erreurs { erreurs },
        }
    }

    /// The schedule of the profile's assistant médical contract.
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub fn of_schedule(profile: Result<Profile, FieldError>, params: &Parameters) -> Self {
        // Any calculation year will do: the schedule runs on the contract's own dates.
        let checked =
            profile
                .map_err(|e| vec![e])
                .and_then(|p| match crate::input::validate(&p, 2026) {
                    errors if errors.is_empty() => Ok(p),
                    errors => Err(errors),
                });
        match checked {
            Ok(p) => Self::Echeancier {
                echeancier: crate::rules::assistant_medical::schedule(&p, params).map(Box::new),
            },
            Err(erreurs) => Self::Erreurs { erreurs },
        }
    }

    /// The signatories' weight and the seats for URPS results read (or not) from JSON.
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub fn of_representativite(
        saisie: Result<crate::representativite::Saisie, FieldError>,
    ) -> Self {
        match saisie
            .map_err(|e| vec![e])
            .and_then(|s| crate::representativite::compute(&s))
        {
            Ok(r) => Self::Representativite {
                representativite: Box::new(r),
            },
            Err(erreurs) => Self::Erreurs { erreurs },
        }
    }

    pub fn is_error(&self) -> bool {
        matches!(self, Self::Erreurs { .. })
    }
}
