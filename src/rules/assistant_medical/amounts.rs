//! How much a contract year pays at most, and what each of its payments is — Circulaire CNAM du
//! 31/07/2024, §4.2 (options 1/3, 1/2 and 1 ETP, revalorised at the contract's first anniversary
//! from 22/06/2024), §4.3 (options 1,5 and 2 ETP) and §4.6 (a deposit, then the balance of the
//! maximum modulated by the year's results).

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::input::{AssistantMedical, BandePatientele, OptionEtp};
use crate::money::{percent_of, Cents};
use crate::params::{assistant_medical as am, NotInForce, Param, Parameters, Resolved};

use super::calendar::{At, Nature, Timing, Window};

/// The maxima of an option: 1re année, 2e année, 3e année et suivantes, majoré (patientèle
/// entre P90 et P94, from the 3rd year), fixe (P95 ou plus, every year).
struct Table {
    first: &'static Param,
    second: &'static Param,
    later: &'static Param,
    majore: &'static Param,
    p95: &'static Param,
}

const fn table(option: OptionEtp) -> Table {
    match option {
        OptionEtp::Tiers => Table {
            first: &am::TIERS_ANNEE_1,
            second: &am::TIERS_ANNEE_2,
            later: &am::TIERS_ANNEE_3,
            majore: &am::TIERS_MAJORE,
            p95: &am::TIERS_P95,
        },
        OptionEtp::Demi => Table {
            first: &am::DEMI_ANNEE_1,
            second: &am::DEMI_ANNEE_2,
            later: &am::DEMI_ANNEE_3,
            majore: &am::DEMI_MAJORE,
            p95: &am::DEMI_P95,
        },
        // 1,5 and 2 ETP extend a 1 ETP contract from its 3rd year (§4.3): their first two years
        // are the 1 ETP's (see `maximum_param`).
        OptionEtp::Un => Table {
            first: &am::UN_ANNEE_1,
            second: &am::UN_ANNEE_2,
            later: &am::UN_ANNEE_3,
            majore: &am::UN_MAJORE,
            p95: &am::UN_P95,
        },
        OptionEtp::UnEtDemi => Table {
            first: &am::UN_ANNEE_1,
            second: &am::UN_ANNEE_2,
            later: &am::UN_ET_DEMI_ANNEE_3,
            majore: &am::UN_ET_DEMI_MAJORE,
            p95: &am::UN_ET_DEMI_P95,
        },
        OptionEtp::Deux => Table {
            first: &am::UN_ANNEE_1,
            second: &am::UN_ANNEE_2,
            later: &am::DEUX_ANNEE_3,
            majore: &am::DEUX_MAJORE,
            p95: &am::DEUX_P95,
        },
    }
}

/// The parameter of the maximum of contract year `rang` under `option`.
fn maximum_param(option: OptionEtp, band: BandePatientele, rang: i64) -> &'static Param {
    if matches!(option, OptionEtp::UnEtDemi | OptionEtp::Deux) && rang < 3 {
        return maximum_param(OptionEtp::Un, band, rang);
    }
    let t = table(option);
    match (band, rang) {
        (BandePatientele::P95EtPlus, _) => t.p95,
        (BandePatientele::P90AP94, 3..) => t.majore,
        (_, ..=1) => t.first,
        (_, 2) => t.second,
        _ => t.later,
    }
}

/// The option whose amounts a contract year takes. The options 1,5 and 2 ETP extend a 1 ETP
/// contract from its 3rd year (§4.3), and only once they exist: a year that starts before their
/// amounts' first day (the convention's, 22/06/2024) is a year of the 1 ETP contract.
fn option_of_year(
    terms: &AssistantMedical,
    params: &Parameters,
    rang: i64,
    start: NaiveDate,
) -> OptionEtp {
    match terms.option {
        o @ (OptionEtp::UnEtDemi | OptionEtp::Deux)
            if rang >= 3
                && params
                    .get(maximum_param(o, terms.bande_patientele, rang), start)
                    .is_ok() =>
        {
            o
        }
        OptionEtp::UnEtDemi | OptionEtp::Deux => OptionEtp::Un,
        o => o,
    }
}

/// The most a contract year pays, and where it comes from.
#[derive(Debug, Clone)]
pub struct Maximum {
    /// The option whose amounts the year takes (1 ETP for the first years of an extension).
    pub option: OptionEtp,
    /// The revalorised amount, as the texts (or a scenario) set it.
    pub amount: Resolved,
    /// For a year that starts before the revalorisation: its rate, from which the year's
    /// maximum is derived.
    pub derived_with: Option<Resolved>,
    /// What the year pays at most.
    pub value: Decimal,
}

impl Maximum {
    /// Whether the +5 % of 22/06/2024 applies to this year.
    pub fn revalorise(&self) -> bool {
        self.derived_with.is_none()
    }
}

/// The maximum of contract year `rang`, starting on `start`. A year starts on an anniversary (or
/// the signature), so the amounts in force on its first day are the revalorised ones exactly from
/// the first anniversary on or after 22/06/2024 (§4.2 and its example of 15 November). Before,
/// the amounts are not in the sources: they are derived from the revalorised ones, divided by
/// 1 + the revalorisation rate and rounded to the euro (a stated reading).
pub fn maximum(
    terms: &AssistantMedical,
    params: &Parameters,
    rang: i64,
    start: NaiveDate,
) -> Result<Maximum, NotInForce> {
    let option = option_of_year(terms, params, rang, start);
    let param = maximum_param(option, terms.bande_patientele, rang);
    let missing = match params.get(param, start) {
        Ok(amount) => {
            return Ok(Maximum {
                option,
                value: amount.value,
                amount,
                derived_with: None,
            })
        }
        Err(missing) => missing,
    };
    let day = am::REVALORISATION
        .first_day()
        .filter(|day| *day > start)
        .ok_or(missing)?;
    let rate = params.get(&am::REVALORISATION, day)?;
    let amount = params.get(param, day)?;
    // The rate's domain (0 to 100 %) keeps the divisor positive.
    let value = (amount.value * Decimal::ONE_HUNDRED / (Decimal::ONE_HUNDRED + rate.value))
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    Ok(Maximum {
        option,
        amount,
        derived_with: Some(rate),
        value,
    })
}

/// The share of the maximum paid as a deposit: the 1/3 ETP's own table (70 %, §4.2) or the
/// general rule (50 %, §4.6). Where the two differ, the option's own table is applied.
pub fn deposit_param(tiers: bool) -> &'static Param {
    if tiers {
        &am::ACOMPTE_TIERS
    } else {
        &am::ACOMPTE
    }
}

/// One payment of the aid, dated.
#[derive(Debug, Clone)]
pub struct Due {
    /// The day it is due: the start of its window.
    pub date: NaiveDate,
    pub window: Window,
    pub nature: Nature,
    pub montant: Cents,
}

impl At {
    fn due(self, nature: Nature, montant: Cents) -> Due {
        Due {
            date: self.date,
            window: self.window,
            nature,
            montant,
        }
    }
}

/// What a year's payments are: the maximum in full, or a deposit of `deposit_rate` % of the
/// maximum and a balance of `share` % of it minus the deposit (§4.6: negative when the deposit
/// exceeds the aid due — a sum to pay back).
pub fn dues(timing: Timing, maximum: Decimal, share: Decimal, deposit_rate: Decimal) -> Vec<Due> {
    match timing {
        Timing::Whole(at) => vec![at.due(Nature::Integral, Cents::of(maximum))],
        Timing::Split { deposit, balance } => {
            let first = Cents::of(percent_of(maximum, deposit_rate));
            let rest = Cents::of(percent_of(maximum, share)) - first;
            vec![
                deposit.due(Nature::Acompte, first),
                balance.due(Nature::Solde, rest),
            ]
        }
    }
}
