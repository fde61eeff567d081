//! Parameters as dated data.
//!
//! Every amount, rate and threshold a rule reads is a [`Value`]: an identifier, a number, the
//! period during which it is in force and the section of the text that sets it. Values are grouped
//! by text in [`ParameterSet`]s (one per document of `shared/sources`). A rule never holds an
//! amount itself: it asks [`Parameters::get`] for the value in force at a date, so that a scenario
//! (a set of overrides, see [`Parameters::with_overrides`]) can change any of them.

mod avenant_9;
mod catalogue;
mod convention_2011;
mod convention_2016;
pub(crate) mod convention_2024;
mod multilaterale_2024;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

pub use catalogue::{definition, Definition, Unit, DEFINITIONS};

/// One dated value of a parameter, as one text sets it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Value {
    /// Identifier of the parameter (see the catalogue).
    pub id: &'static str,
    #[serde(serialize_with = "crate::money::serialize_plain")]
    pub valeur: Decimal,
    /// First day in force.
    pub debut: NaiveDate,
    /// Last day in force, if the text sets one.
    pub fin: Option<NaiveDate>,
    /// Section or article of the set's document.
    pub section: &'static str,
}

impl Value {
    fn in_force(&self, date: NaiveDate) -> bool {
        self.debut <= date && self.fin.is_none_or(|fin| date <= fin)
    }
}

/// The values one text sets, with the citation of that text.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ParameterSet {
    pub id: &'static str,
    /// Citation of the document, e.g. « Circulaire CNAM du 31/07/2024 ».
    pub document: &'static str,
    /// File of `shared/sources` holding the text.
    pub fichier: &'static str,
    pub valeurs: &'static [Value],
}

/// Every parameter set the calculator knows, in the order of the texts.
pub const SETS: &[ParameterSet] = &[
    convention_2011::SET,
    convention_2016::SET,
    avenant_9::SET,
    convention_2024::SET,
    multilaterale_2024::SET,
];

/// A value looked up for a rule: the number and its citation.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub value: Decimal,
    pub citation: String,
}

/// A lookup that found no value: the dispositif does not exist at that date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotInForce {
    pub id: &'static str,
    pub date: NaiveDate,
}

/// The parameters a computation reads: the texts' values, plus a scenario's overrides.
#[derive(Debug, Clone, Default)]
pub struct Parameters {
    overrides: BTreeMap<String, Override>,
}

/// A scenario's replacement of a parameter's value, with the scenario's name for the citation.
#[derive(Debug, Clone)]
struct Override {
    value: Decimal,
    scenario: String,
}

impl Parameters {
    /// The values of the texts, without any override.
    pub fn official() -> Self {
        Self::default()
    }

    /// These parameters with some values replaced (a scenario). Unknown identifiers are refused
    /// by the scenario's validation before this is called.
    pub fn with_overrides<'a>(
        mut self,
        scenario: &str,
        overrides: impl IntoIterator<Item = (&'a str, Decimal)>,
    ) -> Self {
        for (id, value) in overrides {
            self.overrides.insert(
                id.to_owned(),
                Override {
                    value,
                    scenario: scenario.to_owned(),
                },
            );
        }
        self
    }

    /// The value of `id` in force at `date`, with its citation.
    pub fn get(&self, id: &'static str, date: NaiveDate) -> Result<Resolved, NotInForce> {
        let official = official_value(id, date);
        match (self.overrides.get(id), official) {
            (Some(o), Some((set, v))) => Ok(Resolved {
                value: o.value,
                citation: format!(
                    "Scénario « {} » (au lieu de {} : {})",
                    o.scenario,
                    crate::money::plain(v.valeur),
                    cite(set, v)
                ),
            }),
            (_, Some((set, v))) => Ok(Resolved {
                value: v.valeur,
                citation: cite(set, v),
            }),
            (_, None) => Err(NotInForce { id, date }),
        }
    }
}

fn official_value(id: &str, date: NaiveDate) -> Option<(&'static ParameterSet, &'static Value)> {
    SETS.iter().find_map(|set| {
        set.valeurs
            .iter()
            .find(|v| v.id == id && v.in_force(date))
            .map(|v| (set, v))
    })
}

/// « Document, section » — the citation format of `shared/sources/README.md`.
pub fn cite(set: &ParameterSet, value: &Value) -> String {
    set.cite(value.section)
}

impl ParameterSet {
    /// A section of this set's document, for a rule that is not an amount (an eligibility, a
    /// payment calendar).
    pub fn cite(&self, section: &str) -> String {
        format!("{}, {}", self.document, section)
    }
}

/// Last day on which the texts give `id` a value, if its last value has an end: when a
/// dispositif stops.
pub fn last_in_force(id: &str) -> Option<NaiveDate> {
    let values = || {
        SETS.iter()
            .flat_map(|set| set.valeurs.iter())
            .filter(|v| v.id == id)
    };
    if values().any(|v| v.fin.is_none()) {
        return None;
    }
    values().filter_map(|v| v.fin).max()
}

/// First day on which the texts give `id` a value: when a dispositif starts.
pub fn first_in_force(id: &str) -> Option<NaiveDate> {
    SETS.iter()
        .flat_map(|set| set.valeurs.iter())
        .filter(|v| v.id == id)
        .map(|v| v.debut)
        .min()
}

/// A value in force from `debut` to `fin` (inclusive; `None`: until further notice).
pub(crate) const fn dated(
    id: &'static str,
    valeur: Decimal,
    debut: NaiveDate,
    fin: Option<NaiveDate>,
    section: &'static str,
) -> Value {
    Value {
        id,
        valeur,
        debut,
        fin,
        section,
    }
}

/// A value looked up by an identifier built at run time (« fs.volet2.aat.seuil »): `None` when
/// it is not a parameter of the catalogue or has no value in force at `date` (an indicator of some
/// years only). A test checks that every built identifier is in the catalogue.
pub fn find(params: &Parameters, id: &str, date: NaiveDate) -> Option<Resolved> {
    params.get(definition(id)?.id, date).ok()
}

/// A parameter as the scenario editor shows it: what it is, its value in force, its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InForceRow {
    pub id: &'static str,
    pub libelle: &'static str,
    pub unite: Unit,
    /// The value in force at the date (none if the parameter does not exist then).
    #[serde(serialize_with = "crate::money::serialize_plain_opt")]
    pub valeur: Option<Decimal>,
    pub source: Option<String>,
}

/// Every parameter with its value in force at `date` under `params`.
pub fn in_force(params: &Parameters, date: NaiveDate) -> Vec<InForceRow> {
    DEFINITIONS
        .iter()
        .map(|d| {
            let r = params.get(d.id, date).ok();
            InForceRow {
                id: d.id,
                libelle: d.libelle,
                unite: d.unite,
                valeur: r.as_ref().map(|r| r.value),
                source: r.map(|r| r.citation),
            }
        })
        .collect()
}

/// Builds a date in a `const` table; an impossible date fails the build, not the page.
pub(crate) const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("impossible date in a parameter table"),
    }
}
