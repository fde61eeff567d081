//! The payments of the aid that fall in a calendar year, as a dispositif of the year's report
//! (circulaire du 31/07/2024, §4.6). Only the contract years that pay in that year are computed:
//! year k pays on its first day and on the next anniversary.

use chrono::Datelike;

use crate::input::Profile;
use crate::money::Cents;
use crate::params::{Parameters, CONVENTION_2024};
use crate::report::{Group, Line, Payment};

use super::super::kit::{self, Computation, Detail, Explained, InForce, NotApplicable, Year};
use super::report::{derivation, stopped, why};
use super::{contract_year, eligibility, Contract, Stop, YearAmounts};

/// The aid exists in every year the calculator covers (contracts run since 2019): its parameters
/// are read at the contract's own dates, not at the year's.
#[derive(Debug, Clone)]
pub struct Payments(InForce<Parameters>);

impl Payments {
    pub fn resolve(params: &Parameters, _: Year) -> Self {
        Self(InForce::Yes(params.clone()))
    }
}

/// The contract years that pay in the calendar year, with their payments of that year.
#[derive(Debug, Clone)]
pub struct Amounts {
    option: &'static str,
    /// Each year with the indices of its payments falling in the calendar year.
    years: Vec<(YearAmounts, Vec<usize>)>,
}

impl kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.years
            .iter()
            .flat_map(|(y, of_year)| of_year.iter().map(|&i| y.dues[i].montant))
            .sum()
    }
}

/// The contract years whose payments may fall in `annee`, and those that do.
fn paying_in(c: &Contract, params: &Parameters, annee: i32) -> Result<Amounts, NotApplicable> {
    // Contract year k starts in the signature's year + k − 1; it pays then and a year later.
    let k = i64::from(annee) - i64::from(c.signature.year());
    let mut years = Vec::new();
    for rang in k.max(1)..=(k + 1).min(c.years()) {
        let year = match contract_year(c, params, rang) {
            Ok(Some(year)) => year,
            Ok(None) => break,
            Err(missing) => return Err(NotApplicable::new(stopped(Stop { rang, missing }))),
        };
        let of_year: Vec<usize> = (0..year.dues.len())
            .filter(|&i| year.dues[i].date.year() == annee)
            .collect();
        if !of_year.is_empty() {
            years.push((year, of_year));
        }
    }
    if years.is_empty() {
        return Err(NotApplicable::of_year(
            |annee| format!("Aucun versement de l'aide n'échoit en {annee}."),
            annee,
        ));
    }
    Ok(Amounts {
        option: c.terms.option.label(),
        years,
    })
}

impl Computation for Payments {
    const CODE: &'static str = "ASSISTANT_MEDICAL";
    const LIBELLE: &'static str = "Aide à l'emploi d'un assistant médical (versements de l'année)";
    type Params = Parameters;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Parameters> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§4")
    }

    fn amounts(
        params: &Parameters,
        profile: &Profile,
        year: Year,
    ) -> Result<Amounts, NotApplicable> {
        let Some(c) = Contract::of(profile) else {
            return Err(NotApplicable::new(
                "Pas de contrat d'assistant médical saisi.",
            ));
        };
        if let Some(motif) = eligibility::refusal(&c, params) {
            return Err(NotApplicable::new(motif));
        }
        paying_in(&c, params, year.annee)
    }

    fn explain(_: &Parameters, _: &Profile, _: Year, a: &Amounts, detail: Detail) -> Explained {
        let mut lines = Vec::new();
        let mut payments = Vec::new();
        for (y, of_year) in &a.years {
            for d in of_year.iter().map(|&i| &y.dues[i]) {
                let why = why(y, d);
                let echeance = d.window.echeance(d.date);
                let line = Line::new(
                    format!("ASSISTANT_MEDICAL.ANNEE_{}.{}", y.rang, d.nature.code()),
                    format!("{why} ({})", a.option),
                    detail.text(|| format!("{echeance} — {}", y.assessment.explain())),
                    d.montant,
                    detail.text(|| y.maximum.amount.citation().to_owned()),
                )
                .interpretations(y.maximum.amount.interpretation);
                lines.push(match &y.maximum.derived_with {
                    Some(rate) => line.interpretation(derivation(rate.value)),
                    None => line,
                });
                payments.push(Payment::new(
                    echeance,
                    format!("Assistant médical : {why}"),
                    d.montant.value(),
                    || CONVENTION_2024.cite("§4.6"),
                ));
            }
        }
        if let Some(first) = lines.first_mut() {
            first.interpretations.insert(
                0,
                "Ce dispositif compte les versements qui échoient dans l'année civile (et non \
                 l'aide au titre de l'année) : le détail du contrat est dans l'échéancier."
                    .into(),
            );
        }
        Explained {
            groups: vec![Group::new(
                "ASSISTANT_MEDICAL.VERSEMENTS",
                "Versements de l'année",
                lines,
            )],
            payments,
        }
    }
}
