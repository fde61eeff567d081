//! Aide à l'emploi d'un assistant médical — Circulaire CNAM du 31/07/2024, §4 (articles 33 à 39,
//! annexes 10 et 11 de la convention): from a contract's signature, option, patientèle band, the
//! physician's age and the yearly results, the dated schedule of every payment.
//!
//! One module per concern: [`eligibility`] (who may sign), [`amounts`] (which maximum for which
//! option, band and year; the revalorisation; what each payment is), [`modulation`] (the
//! objectives of §4.4 and the table of §4.5), [`calendar`] (contract years, payment dates and
//! windows), [`report`] (the schedule the page and the CLI show) and [`dispositif`] (the payments
//! of a calendar year in the year's report). Each contract year's money is computed once, into a
//! [`YearAmounts`]; the schedule and the year's dispositif are both written from it.

mod amounts;
mod calendar;
mod dispositif;
mod eligibility;
mod modulation;
mod report;

use chrono::NaiveDate;

use crate::input::{AssistantMedical, OptionEtp, Profile};
use crate::params::{NotInForce, Param, Parameters, Resolved, CONVENTION_2024_START};

use amounts::{Due, Maximum};
use modulation::Assessment;

pub use calendar::Nature;
pub use dispositif::Payments;
pub use report::{schedule, CalendarYear, ContractYear, Payment, Schedule};

/// The profile's contract, as the rule reads it.
struct Contract<'a> {
    profile: &'a Profile,
    terms: &'a AssistantMedical,
    signature: NaiveDate,
    /// The early termination, if any: nothing is paid after it (§4.8 a).
    end: Option<NaiveDate>,
}

impl<'a> Contract<'a> {
    /// `None` without a contract, or without a valid signature date (validation refuses it).
    fn of(profile: &'a Profile) -> Option<Self> {
        let terms = profile.assistant_medical.as_ref()?;
        Some(Self {
            profile,
            terms,
            signature: terms.date_signature.get()?,
            end: terms.date_resiliation.get(),
        })
    }

    /// The contract years shown (validation keeps them between 1 and 20).
    fn years(&self) -> i64 {
        self.terms.annees.clamp(1, 20)
    }

    fn tiers(&self) -> bool {
        self.terms.option == OptionEtp::Tiers
    }
}

/// One contract year's money, computed once: its dates, its maximum, the share its results earn
/// and its dated payments.
#[derive(Debug, Clone)]
struct YearAmounts {
    rang: i64,
    start: NaiveDate,
    next: NaiveDate,
    maximum: Maximum,
    assessment: Assessment,
    deposit_rate: Resolved,
    dues: Vec<Due>,
}

/// Contract year `rang`, or `None` if it starts after the termination (or outside the calendar);
/// a parameter it needs without a value at its date is returned as such.
fn contract_year(
    c: &Contract,
    params: &Parameters,
    rang: i64,
) -> Result<Option<YearAmounts>, NotInForce> {
    let (Some(start), Some(next)) = (
        calendar::year_start(c.signature, rang),
        calendar::year_start(c.signature, rang + 1),
    ) else {
        return Ok(None);
    };
    if c.end.is_some_and(|e| start > e) {
        return Ok(None);
    }
    let maximum = amounts::maximum(c.terms, params, rang, start)?;
    let assessment = modulation::assess(c, params, rang, start, maximum.option)?;
    let deposit_rate = rule_value(params, amounts::deposit_param(c.tiers()), start)?;
    let timing = calendar::timing(c.tiers(), rang, c.signature, start, next);
    let dues = amounts::dues(
        timing,
        maximum.value,
        assessment.share(),
        deposit_rate.value,
    )
    .into_iter()
    .filter(|d| c.end.is_none_or(|e| d.date <= e))
    .collect();
    Ok(Some(YearAmounts {
        rang,
        start,
        next,
        maximum,
        assessment,
        deposit_rate,
        dues,
    }))
}

/// Where the contract stops because a parameter has no value: the year and the parameter.
#[derive(Debug, Clone, Copy)]
struct Stop {
    rang: i64,
    missing: NotInForce,
}

/// Every contract year shown, in order, and where they stop if a parameter is missing.
fn contract_years(c: &Contract, params: &Parameters) -> (Vec<YearAmounts>, Option<Stop>) {
    let mut years = Vec::new();
    for rang in 1..=c.years() {
        match contract_year(c, params, rang) {
            Ok(Some(year)) => years.push(year),
            Ok(None) => break,
            Err(missing) => return (years, Some(Stop { rang, missing })),
        }
    }
    (years, None)
}

/// A rule of §4 other than the amounts (deposit, tolerances, age, CCAM share) at a contract date.
/// Before 22/06/2024 it is read on that day: §4.6 says the payment modalities are unchanged and
/// §4.4 recalls the objectives (a reading the schedule states).
fn rule_value(
    params: &Parameters,
    param: &'static Param,
    date: NaiveDate,
) -> Result<Resolved, NotInForce> {
    params.get(param, date.max(CONVENTION_2024_START))
}
