//! Parameters as dated data.
//!
//! Every amount, rate and threshold a rule reads is a [`Param`], defined once (see [`model`]): its
//! identifier, French label, unit, domain and dated values, each with its text and section. The
//! definitions are grouped by dispositif, one file each, like OpenFisca's `parameters/`. A rule
//! names a parameter by its `static` and asks [`Parameters::get`] for the value in force at a date,
//! so that a scenario (a set of overrides, see [`Parameters::with_overrides`]) can change any of
//! them.

mod calendar;
pub mod documents;
mod model;

pub mod aides_installation;
pub mod assistant_medical;
pub mod consultations_avancees;
pub mod donum;
pub mod fmt;
pub mod forfait_structure;
pub mod fpmt;
pub mod missions;
pub mod qualite;
pub mod rosp;
pub mod vsm;

pub mod avenant_20;
pub mod commissions;
pub mod conges;
pub mod ess;
pub mod interessements;
pub mod ngap;
pub mod optam;
pub mod option_demographie;
pub mod option_sst;
pub mod rmt;
pub mod rosp_2011;
pub mod soins_non_programmes;
pub mod sophia;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

pub use calendar::*;
pub use documents::{
    AVENANT_9, CONVENTION_2011, CONVENTION_2016, CONVENTION_2024, MULTILATERALE_2024, NGAP,
};
pub(crate) use model::parameters;
pub use model::{date, year, Dated, Document, Domain, Param, Unit};

/// Every parameter the calculator knows, dispositif by dispositif.
pub fn all() -> impl Iterator<Item = &'static Param> {
    [
        fmt::ALL,
        fpmt::ALL,
        rosp::ALL,
        forfait_structure::ALL,
        vsm::ALL,
        donum::ALL,
        missions::ALL,
        aides_installation::ALL,
        consultations_avancees::ALL,
        qualite::ALL,
        assistant_medical::ALL,
        soins_non_programmes::ALL,
        interessements::ALL,
        optam::ALL,
        conges::ALL,
        ess::ALL,
        commissions::ALL,
        ngap::ALL,
        rosp_2011::ALL,
        rmt::ALL,
        sophia::ALL,
        option_demographie::ALL,
        option_sst::ALL,
        avenant_20::ALL,
    ]
    .into_iter()
    .flatten()
    .copied()
}

/// The parameter of identifier `id` (a scenario names parameters by their identifiers).
pub fn by_id(id: &str) -> Option<&'static Param> {
    all().find(|p| p.id == id)
}

/// A value looked up for a rule: the number and its citation.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub value: Decimal,
    /// Read through [`Resolved::citation`]. The page's first module writes no citation
    /// (`report::LINES_WRITTEN`): there a value holds none, and costs nothing to copy or drop.
    #[cfg(any(feature = "complet", not(feature = "page")))]
    citation: Citation,
    /// The reading behind a value the texts do not set at this date (none for a scenario's).
    pub interpretation: Option<&'static str>,
    /// The text that sets the official value (also under a scenario's override).
    pub texte: &'static Document,
}

impl Resolved {
    /// « Document, section », or the scenario's name and the value it replaces; nothing in the
    /// page's first module.
    pub fn citation(&self) -> &str {
        #[cfg(any(feature = "complet", not(feature = "page")))]
        return self
            .citation
            .text
            .get_or_init(|| self.citation.official.citation());
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        ""
    }
}

/// A value's citation, written the first time it is read: a rule that reads parameters at its
/// own dates for each profile (the assistant médical's contract years) resolves them on the
/// total path too, which drops them unread. A scenario's citation is written at once.
#[cfg(any(feature = "complet", not(feature = "page")))]
#[derive(Debug, Clone)]
struct Citation {
    official: &'static Dated,
    text: std::sync::OnceLock<String>,
}

impl PartialEq for Resolved {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
            && self.citation() == other.citation()
            && self.interpretation == other.interpretation
            && std::ptr::eq(self.texte, other.texte)
    }
}

/// A lookup that found no value: the dispositif does not exist at that date.
#[derive(Debug, Clone, Copy)]
pub struct NotInForce {
    pub param: &'static Param,
    pub date: NaiveDate,
}

/// The parameters a computation reads: the texts' values, plus a scenario's overrides.
#[derive(Debug, Clone, Default)]
pub struct Parameters {
    /// By parameter id (a scenario changes a few values: a sorted list, see `input::Keyed`).
    overrides: crate::input::Keyed<Override, &'static str>,
}

/// A scenario's replacement of a parameter's value, with the scenario's name for the citation.
#[derive(Debug, Clone)]
struct Override {
    value: Decimal,
    /// Named in the citation (none in the page's first module, see [`Resolved::citation`]).
    #[cfg(any(feature = "complet", not(feature = "page")))]
    scenario: String,
}

impl Parameters {
    /// The values of the texts, without any override.
    pub fn official() -> Self {
        Self::default()
    }

    /// These parameters with some values replaced (a scenario). The values must lie within each
    /// parameter's domain: the scenario's validation refuses them before this is called.
    pub fn with_overrides(
        mut self,
        scenario: &str,
        overrides: impl IntoIterator<Item = (&'static Param, Decimal)>,
    ) -> Self {
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        let _ = scenario;
        for (param, value) in overrides {
            let o = Override {
                value,
                #[cfg(any(feature = "complet", not(feature = "page")))]
                scenario: scenario.to_owned(),
            };
            // A parameter given twice keeps its last value.
            self.overrides.insert(param.id, o);
        }
        self
    }

    /// The value of `param` in force at `date`, with its citation.
    pub fn get(&self, param: &'static Param, date: NaiveDate) -> Result<Resolved, NotInForce> {
        let official = param.at(date).ok_or(NotInForce { param, date })?;
        Ok(match self.overrides.get(param.id) {
            Some(o) => Resolved {
                value: o.value,
                #[cfg(any(feature = "complet", not(feature = "page")))]
                citation: Citation {
                    official,
                    text: std::sync::OnceLock::from(format!(
                        "Scénario « {} » (au lieu de {} : {})",
                        o.scenario,
                        crate::money::plain(official.valeur),
                        official.citation()
                    )),
                },
                interpretation: None,
                texte: official.texte,
            },
            None => Resolved {
                value: official.valeur,
                #[cfg(any(feature = "complet", not(feature = "page")))]
                citation: Citation {
                    official,
                    text: std::sync::OnceLock::new(),
                },
                interpretation: official.interpretation,
                texte: official.texte,
            },
        })
    }
}

/// A parameter as the scenario editor shows it: what it is, its value in force, its source.
#[cfg(any(feature = "complet", not(feature = "page")))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InForceRow {
    pub id: &'static str,
    pub libelle: &'static str,
    pub unite: Unit,
    pub domaine: Domain,
    /// The value in force at the date (none if the parameter does not exist then).
    #[serde(serialize_with = "crate::money::serialize_plain_opt")]
    pub valeur: Option<Decimal>,
    pub source: Option<String>,
}

/// Every parameter with its value in force at `date` under `params`.
#[cfg(any(feature = "complet", not(feature = "page")))]
pub fn in_force(params: &Parameters, date: NaiveDate) -> Vec<InForceRow> {
    all()
        .map(|d| {
            let r = params.get(d, date).ok();
            InForceRow {
                id: d.id,
                libelle: d.label(),
                unite: d.unite,
                domaine: d.domain(),
                valeur: r.as_ref().map(|r| r.value),
                source: r.map(|r| r.citation().to_owned()),
            }
        })
        .collect()
}

/// One value as a text sets it, for the listing of the texts.
#[derive(Debug, Clone, Serialize)]
pub struct TextValue {
    pub id: &'static str,
    #[serde(serialize_with = "crate::money::serialize_plain")]
    pub valeur: Decimal,
    pub debut: NaiveDate,
    pub fin: Option<NaiveDate>,
    pub section: &'static str,
    pub interpretation: Option<&'static str>,
}

/// The values one text sets, with the citation of that text.
#[derive(Debug, Clone, Serialize)]
pub struct TextValues {
    #[serde(flatten)]
    pub texte: &'static Document,
    pub valeurs: Vec<TextValue>,
}

/// Every value of every parameter, text by text (in the order of the texts): what
/// `forfaits --parametres` prints and the page's list of sources shows.
pub fn by_text() -> Vec<TextValues> {
    documents::ALL
        .iter()
        .map(|&texte| TextValues {
            texte,
            valeurs: all()
                .flat_map(|p| p.valeurs.iter().map(move |v| (p, v)))
                .filter(|(_, v)| std::ptr::eq(v.texte, texte))
                .map(|(p, v)| TextValue {
                    id: p.id,
                    valeur: v.valeur,
                    debut: v.debut,
                    fin: v.fin,
                    section: v.section(),
                    interpretation: v.interpretation,
                })
                .collect(),
        })
        .collect()
}
