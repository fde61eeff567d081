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
mod commissions;
mod conges;
mod ess;
mod interessements;
mod optam;
mod option_demographie;
mod option_sst;
mod rmt;
mod rosp_2011;
mod soins_non_programmes;
mod sophia;

use rust_decimal::Decimal;

use crate::input::{validate, validate_fields, year_errors, FieldError, Profile};
use crate::money::Cents;
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
        Box::new(assistant_medical::Payments::resolve(params, year)),
        Box::new(soins_non_programmes::SoinsNonProgrammes::resolve(
            params, year,
        )),
        Box::new(interessements::Interessements::resolve(params, year)),
        Box::new(optam::OptionTarifaire::resolve(params, year)),
        Box::new(conges::Conges::resolve(params, year)),
        Box::new(ess::Ess::resolve(params, year)),
        Box::new(commissions::Commissions::resolve(params, year)),
        of_2011(rosp_2011::Rosp2011::resolve(params, year)),
        of_2011(rmt::Rmt::resolve(params, year)),
        of_2011(sophia::Sophia::resolve(params, year)),
        of_2011(option_demographie::OptionDemographie::resolve(params, year)),
        of_2011(option_sst::OptionSst::resolve(params, year)),
        of_2011(avenant_20::Avenant20::resolve(params, year)),
    ]
}

/// A dispositif of the 2011 convention (years 2012 to 2016). Without the feature
/// `convention_2011` (the page's first module, which refuses those years: `page::year`), only why
/// it is absent in the years computed, in the rule's own words: its amounts and their explanation
/// are left to the modules that compute those years (`src/wasm.rs`).
fn of_2011<C: kit::Computation + 'static>(rule: C) -> Box<dyn Rule> {
    #[cfg(not(feature = "convention_2011"))]
    return Box::new(Absent(rule));
    #[cfg(feature = "convention_2011")]
    Box::new(rule)
}

/// See [`of_2011`].
#[cfg(not(feature = "convention_2011"))]
struct Absent<C>(C);

#[cfg(not(feature = "convention_2011"))]
impl<C: kit::Computation> Rule for Absent<C> {
    fn code(&self) -> &'static str {
        C::CODE
    }

    fn compute(&self, _: &Profile, _: Year, detail: kit::Detail) -> crate::report::Dispositif {
        let motif = match self.0.params() {
            kit::InForce::No(motif) => motif.clone(),
            // A year the engine refuses (`computed_elsewhere`): never shown.
            kit::InForce::Yes(_) => COMPUTED_ELSEWHERE.to_owned(),
        };
        let source = detail.text(C::source);
        crate::report::Dispositif::not_in_force(C::CODE, C::LIBELLE, source, motif)
            .apart(C::HORS_TOTAL)
    }

    fn computed_elsewhere(&self) -> bool {
        matches!(self.0.params(), kit::InForce::Yes(_))
    }

    fn total(&self, _: &Profile, _: Year) -> crate::money::Cents {
        crate::money::Cents::ZERO
    }

    fn hors_total(&self) -> bool {
        C::HORS_TOTAL
    }

    fn in_force(&self) -> bool {
        false
    }
}

/// The parameters of one year, read once, ready to compute many profiles.
pub struct Engine {
    annee: i32,
    year: Option<Year>,
    rules: Vec<Box<dyn Rule>>,
    /// The rules whose amounts add up to the physician's total: all but those shown apart
    /// (`hors_total`) and those this module does not compute in the year (their total is zero),
    /// read once.
    in_total: Vec<usize>,
    /// Which rules this module computes in the year ([`Rule::in_force`]), read once.
    in_force: Vec<bool>,
    /// A dispositif of the year is computed by another module than this one (see [`of_2011`]).
    elsewhere: bool,
}

/// Why an engine refuses a year whose dispositifs this module does not compute (the page's first
/// module asks the complete one before: never shown there, but never a silent zero either).
const COMPUTED_ELSEWHERE: &str =
    "Cette année est calculée par le module complet du calculateur, qui n'est pas encore chargé.";

/// Which year the engine computes (its rules carry no `Debug`, see [`Rule`]).
impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("annee", &self.annee)
            .finish()
    }
}

impl Engine {
    pub fn new(params: &Parameters, annee: i32) -> Self {
        let year = Year::new(annee);
        let rules = year.map_or_else(Vec::new, |y| rules(params, y));
        let in_force: Vec<bool> = rules.iter().map(|r| r.in_force()).collect();
        let in_total = (0..rules.len())
            .filter(|&i| !rules[i].hors_total() && in_force[i])
            .collect();
        let elsewhere = rules.iter().any(|r| r.computed_elsewhere());
        Self {
            annee,
            year,
            rules,
            in_total,
            in_force,
            elsewhere,
        }
    }

    fn valid_year(&self, profile: &Profile) -> Result<Year, Vec<FieldError>> {
        self.checked_year(validate(profile, self.annee))
    }

    /// The year, if it can be computed for a profile whose errors are `errors` (the year's first).
    fn checked_year(&self, mut errors: Vec<FieldError>) -> Result<Year, Vec<FieldError>> {
        if self.elsewhere {
            errors.push(FieldError::new("annee", COMPUTED_ELSEWHERE));
        }
        match self.year {
            Some(year) if errors.is_empty() => Ok(year),
            _ => Err(errors),
        }
    }

    /// The report of `profile`, or every error of its fields.
    pub fn compute(&self, profile: &Profile) -> Result<Report, Vec<FieldError>> {
        self.compute_detailed(profile, |_| kit::Detail::Lignes)
    }

    /// The report of `profile` with each dispositif's lines written as `detail` says for its
    /// code (see [`kit::Detail`]): its totals, payments and interpretations are the same.
    pub fn compute_detailed(
        &self,
        profile: &Profile,
        detail: impl Fn(&str) -> kit::Detail,
    ) -> Result<Report, Vec<FieldError>> {
        let year = self.valid_year(profile)?;
        let dispositifs = self
            .rules
            .iter()
            .map(|r| r.compute(profile, year, detail(r.code())))
            .collect();
        Ok(Report::new(year.annee, year.observation_date, dispositifs))
    }

    /// The year's total alone, without the explanations: the fast path for costing a proposal
    /// over many physicians. Same rules, same rounding as [`Engine::compute`]; the dispositifs
    /// shown apart (`hors_total`) are not in it, as they are not in the report's total.
    pub fn total(&self, profile: &Profile) -> Result<Decimal, Vec<FieldError>> {
        let year = self.valid_year(profile)?;
        Ok(self
            .in_total
            .iter()
            .map(|&i| self.rules[i].total(profile, year))
            .sum::<Cents>()
            .value())
    }

    /// The codes of the dispositifs, in the order of [`Engine::totals`] and of the report.
    pub fn dispositifs(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules.iter().map(|r| r.code())
    }

    /// Each dispositif's total alone, in the order of [`Engine::dispositifs`]: the fast path for
    /// costing a proposal dispositif by dispositif.
    pub fn totals(&self, profile: &Profile) -> Result<Vec<Decimal>, Vec<FieldError>> {
        self.totals_of_checked(profile, &validate_fields(profile))
    }

    /// [`Engine::totals`] of a profile whose fields were checked once for several engines:
    /// `field_errors` is what [`validate_fields`] found in it. The same result as `totals`.
    pub(crate) fn totals_of_checked(
        &self,
        profile: &Profile,
        field_errors: &[FieldError],
    ) -> Result<Vec<Decimal>, Vec<FieldError>> {
        let mut errors = year_errors(self.annee);
        errors.extend_from_slice(field_errors);
        let year = self.checked_year(errors)?;
        Ok(self
            .rules
            .iter()
            .zip(&self.in_force)
            .map(|(r, &in_force)| {
                if in_force {
                    r.total(profile, year).value()
                } else {
                    Cents::ZERO.value()
                }
            })
            .collect())
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
