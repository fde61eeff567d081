//! The rules: one module per dispositif. [`Engine`] reads the parameters in force for a year once,
//! then computes any number of profiles (a physician on the page, a cohort for a negotiator).

pub mod fmt;

use chrono::NaiveDate;

use crate::input::{validate, FieldError, Profile};
use crate::params::Parameters;
use crate::report::Report;

/// The calendar facts of a calculation year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Year {
    pub annee: i32,
    /// The parameters in force on this day are those of the year.
    pub parameters_date: NaiveDate,
    /// 31/12 of year n−1: the patientèle médecin traitant is observed on this day
    /// (Circulaire CNAM du 31/07/2024, §3.1 A, « Modalités de versement »).
    pub observation_date: NaiveDate,
}

impl Year {
    /// `None` for a year outside the calendar chrono knows (validation refuses it first).
    pub fn new(annee: i32) -> Option<Self> {
        Some(Self {
            annee,
            parameters_date: NaiveDate::from_ymd_opt(annee, 1, 1)?,
            observation_date: NaiveDate::from_ymd_opt(annee.checked_sub(1)?, 12, 31)?,
        })
    }
}

/// The parameters of one year, read once, ready to compute many profiles.
#[derive(Debug, Clone)]
pub struct Engine {
    annee: i32,
    year: Option<Year>,
    fmt: fmt::Fmt,
}

impl Engine {
    pub fn new(params: &Parameters, annee: i32) -> Self {
        let year = Year::new(annee);
        let fmt = match year {
            Some(y) => fmt::Fmt::resolve(params, y),
            None => fmt::Fmt::out_of_calendar(),
        };
        Self { annee, year, fmt }
    }

    /// The report of `profile`, or every error of its fields.
    pub fn compute(&self, profile: &Profile) -> Result<Report, Vec<FieldError>> {
        let errors = validate(profile, self.annee);
        match self.year {
            Some(year) if errors.is_empty() => Ok(Report::new(
                year.annee,
                year.observation_date,
                vec![self.fmt.compute(profile, year)],
            )),
            _ => Err(errors),
        }
    }
}

impl Engine {
    /// The year's total alone, without the explanations: the fast path for costing a proposal
    /// over many physicians. Same rules, same rounding as [`Engine::compute`].
    pub fn total(&self, profile: &Profile) -> Result<rust_decimal::Decimal, Vec<FieldError>> {
        let errors = validate(profile, self.annee);
        match self.year {
            Some(year) if errors.is_empty() => Ok(self.fmt.total(profile, year)),
            _ => Err(errors),
        }
    }
}

/// Computes one profile for one year under `params`.
pub fn compute(
    profile: &Profile,
    annee: i32,
    params: &Parameters,
) -> Result<Report, Vec<FieldError>> {
    Engine::new(params, annee).compute(profile)
}
