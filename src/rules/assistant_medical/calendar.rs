//! When the aid is paid — Circulaire CNAM du 31/07/2024, §4.6: years 1 and 2 in full, within the
//! month after the signature and at the first anniversary; from the 3rd year, a deposit at the
//! anniversary and the balance within two months of the next one. The option 1/3 ETP has its own
//! table (§4.2): deposit within 15 days of the signature the 1st year, at the anniversary the
//! 2nd, within two months from the 3rd; balance at the anniversary the first two years, within
//! two months after.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use crate::input::date::french;

/// The first day of contract year `rang`: the signature, then each anniversary.
pub fn year_start(signature: NaiveDate, rang: i64) -> Option<NaiveDate> {
    signature.checked_add_months(Months::new(12 * u32::try_from(rang - 1).ok()?))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    Integral,
    Acompte,
    Solde,
}

impl Nature {
    /// The last part of a report line's code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Integral => "INTEGRAL",
            Self::Acompte => "ACOMPTE",
            Self::Solde => "SOLDE",
        }
    }
}

/// The window in which a payment falls; it is dated from its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Within the month after the signature (§4.6).
    MonthAfterSignature,
    /// Within 15 days of the signature (1/3 ETP, §4.2).
    FifteenDaysAfterSignature,
    /// On the first anniversary (§4.6).
    FirstAnniversary,
    /// On an anniversary.
    Anniversary,
    /// Within two months of an anniversary (§4.6; §4.2 for the 1/3 ETP).
    TwoMonthsAfterAnniversary,
}

impl Window {
    /// When a payment opening on `from` is due, in words: « dans le mois suivant la signature
    /// (entre le 01/09/2024 et le 01/10/2024) ».
    pub fn echeance(self, from: NaiveDate) -> String {
        let until = |to: Option<NaiveDate>| {
            format!(
                "entre le {} et le {}",
                french(from),
                french(to.unwrap_or(from))
            )
        };
        match self {
            Self::MonthAfterSignature => format!(
                "dans le mois suivant la signature ({})",
                until(from.checked_add_months(Months::new(1)))
            ),
            Self::FifteenDaysAfterSignature => format!(
                "dans les 15 jours suivant la signature ({})",
                until(from.checked_add_days(Days::new(15)))
            ),
            Self::FirstAnniversary => format!("au premier anniversaire, le {}", french(from)),
            Self::Anniversary => format!("à l'anniversaire, le {}", french(from)),
            Self::TwoMonthsAfterAnniversary => format!(
                "dans les 2 mois suivant l'anniversaire ({})",
                until(from.checked_add_months(Months::new(2)))
            ),
        }
    }
}

/// A payment's date and window.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub date: NaiveDate,
    pub window: Window,
}

/// How a contract year is paid: in full, or a deposit then a balance.
#[derive(Debug, Clone, Copy)]
pub enum Timing {
    Whole(At),
    Split { deposit: At, balance: At },
}

/// When contract year `rang` (from `start` to the day before `next`) is paid.
pub fn timing(
    tiers: bool,
    rang: i64,
    signature: NaiveDate,
    start: NaiveDate,
    next: NaiveDate,
) -> Timing {
    use Window as W;
    let at = |date, window| At { date, window };
    let split = |deposit, balance| Timing::Split { deposit, balance };
    match (tiers, rang) {
        (false, 1) => Timing::Whole(at(signature, W::MonthAfterSignature)),
        (false, 2) => Timing::Whole(at(start, W::FirstAnniversary)),
        (false, _) => split(
            at(start, W::Anniversary),
            at(next, W::TwoMonthsAfterAnniversary),
        ),
        (true, 1) => split(
            at(signature, W::FifteenDaysAfterSignature),
            at(next, W::Anniversary),
        ),
        (true, 2) => split(at(start, W::Anniversary), at(next, W::Anniversary)),
        (true, _) => split(
            at(start, W::TwoMonthsAfterAnniversary),
            at(next, W::TwoMonthsAfterAnniversary),
        ),
    }
}
