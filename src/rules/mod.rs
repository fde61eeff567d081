//! The rules: one module per dispositif. [`Engine`] reads the parameters in force for a year once,
//! then computes any number of profiles (a physician on the page, a cohort for a negotiator).

mod aides_installation;
pub mod assistant_medical;
mod consultations_avancees;
mod donum;
pub mod fmt;
mod forfait_structure;
mod fpmt;
mod maitre_de_stage;
mod missions;
mod points;
mod qualite;
mod rosp;
mod vsm;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::input::{validate, FieldError, Profile};
use crate::params::{first_in_force, last_in_force, NotInForce, Parameters};
use crate::report::{Dispositif, Report};

/// The calendar facts of a calculation year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Year {
    pub annee: i32,
    /// The parameters in force on this day are those of the year.
    pub parameters_date: NaiveDate,
    /// 31/12 of year n−1: the patientèle médecin traitant is observed on this day
    /// (Circulaire CNAM du 31/07/2024, §3.1 A, « Modalités de versement »).
    pub observation_date: NaiveDate,
    /// 31/12 of year n: results of the year (DONUM, IPA, GAP sessions) are read on this day.
    pub end_date: NaiveDate,
}

impl Year {
    /// `None` for a year outside the calendar chrono knows (validation refuses it first).
    pub fn new(annee: i32) -> Option<Self> {
        Some(Self {
            annee,
            parameters_date: NaiveDate::from_ymd_opt(annee, 1, 1)?,
            observation_date: NaiveDate::from_ymd_opt(annee.checked_sub(1)?, 12, 31)?,
            end_date: NaiveDate::from_ymd_opt(annee, 12, 31)?,
        })
    }
}

/// A dispositif's rule, with its parameters of the year already read.
/// (No `Debug` bound: through the vtable it would keep every rule's `Debug` code in the wasm.)
pub trait Rule: Send + Sync {
    /// The dispositif's code in the report (« FMT », « DONUM »…).
    fn code(&self) -> &'static str;
    /// The dispositif with every line that explains it, or why it does not apply.
    fn compute(&self, profile: &Profile, year: Year) -> Dispositif;
    /// Its total alone, without the explanations (same rules, same rounding).
    fn total(&self, profile: &Profile, year: Year) -> Decimal;
}

/// The rules of the product, in the order of the report.
fn rules(params: &Parameters, year: Year) -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(fmt::Fmt::resolve(params, year)),
        Box::new(fpmt::Fpmt::resolve(params, year)),
        Box::new(rosp::Rosp::resolve(params, year)),
        Box::new(forfait_structure::ForfaitStructure::resolve(params, year)),
        Box::new(vsm::Vsm::resolve(params, year)),
        Box::new(donum::Donum::resolve(params, year)),
        Box::new(missions::Missions::resolve(params, year)),
        Box::new(aides_installation::AidesInstallation::resolve(params, year)),
        Box::new(consultations_avancees::ConsultationsAvancees::resolve(
            params, year,
        )),
        Box::new(qualite::Qualite::resolve(params, year)),
        Box::new(assistant_medical::Payments(params.clone())),
    ]
}

/// The parameters of one year, read once, ready to compute many profiles.
pub struct Engine {
    annee: i32,
    year: Option<Year>,
    rules: Vec<Box<dyn Rule>>,
}

impl Engine {
    pub fn new(params: &Parameters, annee: i32) -> Self {
        let year = Year::new(annee);
        let rules = year.map_or_else(Vec::new, |y| rules(params, y));
        Self { annee, year, rules }
    }

    fn valid_year(&self, profile: &Profile) -> Result<Year, Vec<FieldError>> {
        let errors = validate(profile, self.annee);
        match self.year {
            Some(year) if errors.is_empty() => Ok(year),
            _ => Err(errors),
        }
    }

    /// The report of `profile`, or every error of its fields.
    pub fn compute(&self, profile: &Profile) -> Result<Report, Vec<FieldError>> {
        let year = self.valid_year(profile)?;
        let dispositifs = self
            .rules
            .iter()
            .map(|r| r.compute(profile, year))
            .collect();
        Ok(Report::new(year.annee, year.observation_date, dispositifs))
    }

    /// The year's total alone, without the explanations: the fast path for costing a proposal
    /// over many physicians. Same rules, same rounding as [`Engine::compute`].
    pub fn total(&self, profile: &Profile) -> Result<Decimal, Vec<FieldError>> {
        let year = self.valid_year(profile)?;
        Ok(self.rules.iter().map(|r| r.total(profile, year)).sum())
    }

    /// The codes of the dispositifs, in the order of [`Engine::totals`] and of the report.
    pub fn dispositifs(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules.iter().map(|r| r.code())
    }

    /// Each dispositif's total alone, in the order of [`Engine::dispositifs`]: the fast path for
    /// costing a proposal dispositif by dispositif.
    pub fn totals(&self, profile: &Profile) -> Result<Vec<Decimal>, Vec<FieldError>> {
        let year = self.valid_year(profile)?;
        Ok(self.rules.iter().map(|r| r.total(profile, year)).collect())
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

/// Secteur 1, or secteur 2 adhering to OPTAM / OPTAM-ACO: the condition of the FMT (circulaire
/// du 31/07/2024, §3.1 A) and of the aides à l'installation (§3.2 A).
pub(crate) fn controlled_fees(practice: &crate::input::Practice) -> bool {
    practice.secteur == crate::input::Secteur::Un || practice.optam != crate::input::Optam::Aucune
}

/// A rule's parameters for the year, or why the dispositif does not exist that year.
#[derive(Debug, Clone)]
pub enum InForce<P> {
    Yes(P),
    No(String),
}

impl<P> InForce<P> {
    /// The amount the parameters give, or nothing when the dispositif does not exist.
    pub fn total(&self, amount: impl FnOnce(&P) -> Decimal) -> Decimal {
        match self {
            Self::Yes(p) => amount(p),
            Self::No(_) => Decimal::ZERO,
        }
    }

    /// The dispositif the parameters explain, or its absence with the reason.
    pub fn explain(
        &self,
        code: &'static str,
        libelle: &'static str,
        source: impl FnOnce() -> String,
        explain: impl FnOnce(&P) -> Dispositif,
    ) -> Dispositif {
        match self {
            Self::Yes(p) => explain(p),
            Self::No(motif) => Dispositif::not_in_force(code, libelle, source(), motif.clone()),
        }
    }

    /// Reads the parameters with `read`; a value missing at its date makes the dispositif absent.
    pub fn resolve(
        lifecycle: &Lifecycle,
        year: Year,
        read: impl FnOnce() -> Result<P, NotInForce>,
    ) -> Self {
        match read() {
            Ok(p) => Self::Yes(p),
            Err(missing) => Self::No(lifecycle.absence(missing, year)),
        }
    }
}

/// How a dispositif that is not in force in a year says so.
#[derive(Debug, Clone, Copy)]
pub struct Lifecycle {
    /// « Le forfait structure », as a sentence's subject.
    pub name: &'static str,
    /// Whether the name is feminine (« la ROSP … elle a pris fin »).
    pub feminine: bool,
    /// What it replaces, said when it does not exist yet (« il remplace le FPMT et la ROSP »).
    pub replaces: Option<&'static str>,
    /// What replaces it, said when it no longer exists (« remplacé par le FMT »).
    pub replaced_by: Option<&'static str>,
}

impl Lifecycle {
    fn pronoun(&self) -> &'static str {
        if self.feminine {
            "elle"
        } else {
            "il"
        }
    }

    /// Why the dispositif is absent: its parameter `missing` has no value in force at its date.
    pub fn absence(&self, missing: NotInForce, year: Year) -> String {
        let date = |d: chrono::NaiveDate| crate::input::date::french(d);
        if let Some(start) = first_in_force(missing.id).filter(|s| *s > missing.date) {
            let replaces = self.replaces.map(|r| format!(" ; {r}")).unwrap_or_default();
            return format!(
                "{} n'existe pas en {} : {} s'applique à compter du {}{replaces}.",
                self.name,
                year.annee,
                self.pronoun(),
                date(start)
            );
        }
        if let Some(end) = last_in_force(missing.id).filter(|e| *e < missing.date) {
            let by = self
                .replaced_by
                .map(|r| format!(", {r}"))
                .unwrap_or_default();
            return format!(
                "{} n'existe plus en {} : {} a pris fin le {}{by}.",
                self.name,
                year.annee,
                self.pronoun(),
                date(end)
            );
        }
        format!(
            "{} n'a pas de valeur en vigueur en {} (paramètre « {} »).",
            self.name, year.annee, missing.id
        )
    }
}
