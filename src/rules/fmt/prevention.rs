//! Majorations prévention of the FMT — Circulaire CNAM du 31/07/2024, §3.1 C: a fixed amount per
//! patient for each of the 15 indicators validated for that patient.

use rust_decimal::Decimal;

use crate::input::Prevention;
use crate::money::{count, euros};
use crate::report::Line;

use super::Params;

pub fn lines(prevention: &Prevention, p: &Params) -> Vec<Line> {
    prevention
        .indicators()
        .iter()
        .map(|r| {
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
                Decimal::from(i.valides) * p.prevention.value,
                p.prevention.citation.clone(),
            )
        })
        .collect()
}
