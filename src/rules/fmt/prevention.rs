//! Majorations prévention of the FMT — Circulaire CNAM du 31/07/2024, §3.1 C: a fixed amount per
//! patient for each of the 15 indicators validated for that patient.

use rust_decimal::Decimal;

use crate::input::Prevention;
use crate::money::{count, euros, to_cents};
use crate::report::{famille, Line};

use super::Params;

/// What each indicator pays, rounded to the cent.
pub fn amounts(prevention: &Prevention, p: &Params) -> [Decimal; 15] {
    prevention
        .indicators()
        .map(|r| to_cents(Decimal::from(r.indicator.valides) * p.prevention.value))
}

/// The sum of [`amounts`]. When the amount per indicator is in whole cents every line is exact,
/// so the sum of the lines is the validated count times the amount: one multiplication instead
/// of fifteen, for costing many profiles. Otherwise each line is rounded, as in the report.
pub fn total(prevention: &Prevention, p: &Params) -> Decimal {
    if p.prevention.value.scale() <= 2 {
        let validated: i64 = prevention
            .indicators()
            .iter()
            .map(|r| r.indicator.valides)
            .sum();
        Decimal::from(validated) * p.prevention.value
    } else {
        amounts(prevention, p).iter().sum()
    }
}

pub fn lines(prevention: &Prevention, amounts: &[Decimal; 15], p: &Params) -> Vec<Line> {
    prevention
        .indicators()
        .iter()
        .zip(amounts)
        .map(|(r, amount)| {
            let i = r.indicator;
            let rate = if i.eligibles > 0 {
                format!(" ({} %)", i.valides * 100 / i.eligibles)
            } else {
                String::new()
            };
            Line::new(
                format!("FMT.PREVENTION.{}", r.key.to_uppercase()),
                format!("{} — {}", r.theme, r.libelle),
                format!(
                    "{} validé(s) sur {} éligible(s){rate} × {}",
                    count(i.valides),
                    count(i.eligibles),
                    euros(p.prevention.value)
                ),
                *amount,
                p.prevention.citation.clone(),
            )
            .famille(famille::PREVENTION)
        })
        .collect()
}
