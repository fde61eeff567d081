//! The rules: one module per dispositif, each written with the [`kit`]; this module is their list.
//! [`Engine`] reads the parameters in force for a year once,
//! then computes any number of profiles (a physician on the page, a cohort for a negotiator).

pub mod kit;

mod aides_installation;
pub mod assistant_medical;
mod consultations_avancees;
mod donum;
pub mod fmt;
mod forfait_structure;
mod fpmt;
mod missions;
mod qualite;
mod rosp;
mod vsm;

mod avenant_20;
mod option_demographie;
mod option_sst;
mod rmt;
mod rosp_2011;
mod sophia;

use rust_decimal::Decimal;

use crate::input::{validate, FieldError, Profile};
use crate::params::Parameters;
use crate::report::Report;

pub use kit::{Rule, Year};

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
        Box::new(rosp_2011::Rosp2011::resolve(params, year)),
        Box::new(rmt::Rmt::resolve(params, year)),
        Box::new(sophia::Sophia::resolve(params, year)),
        Box::new(option_demographie::OptionDemographie::resolve(params, year)),
        Box::new(option_sst::OptionSst::resolve(params, year)),
        Box::new(avenant_20::Avenant20::resolve(params, year)),
    ]
}

/// The parameters of one year, read once, ready to compute many profiles.
#[derive(Debug)]
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
