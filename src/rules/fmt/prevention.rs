//! Majorations prévention of the FMT — Circulaire CNAM du 31/07/2024, §3.1 C: a fixed amount per
//! patient for each of the 15 indicators validated for that patient.

use crate::input::Prevention;
use crate::money::{count, euros, Cents};
use crate::report::{famille, Detail, Line};

use super::Params;

/// The number of prevention indicators (§3.1 C).
pub const N: usize = 15;

/// What each indicator pays.
pub fn amounts(prevention: &Prevention, p: &Params) -> [Cents; N] {
    prevention
        .indicators()
        .map(|r| Cents::times_each(r.indicator.valides, &p.each.prevention))
}

pub fn lines(
    prevention: &Prevention,
    amounts: &[Cents; N],
    p: &Params,
    detail: Detail,
) -> Vec<Line> {
    prevention
        .indicators()
        .iter()
        .zip(amounts)
        .map(|(r, amount)| {
            let i = r.indicator;
            let formula = || {
                let rate = if i.eligibles > 0 {
                    format!(" ({} %)", i.valides * 100 / i.eligibles)
                } else {
                    String::new()
                };
                format!(
                    "{} validé(s) sur {} éligible(s){rate} × {}",
                    count(i.valides),
                    count(i.eligibles),
                    euros(p.prevention.value)
                )
            };
            Line::new(
                format!("FMT.PREVENTION.{}", r.key.to_ascii_uppercase()),
                format!("{} — {}", r.theme, r.libelle),
                detail.text(formula),
                *amount,
                detail.text(|| p.prevention.citation()),
            )
            .famille(famille::PREVENTION)
        })
        .collect()
}
