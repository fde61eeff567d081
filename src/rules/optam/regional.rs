//! For negotiators: the regional floor and ceiling of a spécialité's overrun rates (circulaire du
//! 31/07/2024, §5 B c): the lowest regional average rate + 10 points is the floor, the highest
//! − 5 points the ceiling; a region below the floor gets the floor, one above the ceiling the
//! ceiling. Rates, not money: the lines say them, their amount is 0.

use rust_decimal::Decimal;

use crate::input::{Profile, TauxRegional};
use crate::money::{pct, plain, Cents};
use crate::params::Resolved;
use crate::report::{Detail, Group, Line};

const FLOOR_ABOVE_CEILING: &str = "Quand le plancher dépasse le plafond (moins de 15 points entre les taux extrêmes), le §5 B c ne dit pas lequel prévaut : le calculateur applique le plancher aux régions sous le plancher et le plafond aux autres régions au-dessus du plafond.";

/// The rows that name a region.
fn rows(profile: &Profile) -> Vec<&TauxRegional> {
    profile
        .optam
        .taux_regionaux
        .iter()
        .filter(|r| !r.region.trim().is_empty())
        .collect()
}

/// The rate a region is applied, and why.
fn applied(rate: Decimal, floor: Decimal, ceiling: Decimal) -> (Decimal, &'static str) {
    if rate < floor {
        (floor, "taux plancher")
    } else if rate > ceiling {
        (ceiling, "taux plafond")
    } else {
        (rate, "taux constaté")
    }
}

/// The floor, the ceiling and each region's rate, given the points of the floor and ceiling.
pub fn group(profile: &Profile, plancher: &Resolved, plafond: &Resolved, detail: Detail) -> Group {
    let regions = rows(profile);
    let rates: Vec<Decimal> = regions.iter().map(|r| r.taux.value()).collect();
    let (Some(low), Some(high)) = (rates.iter().min(), rates.iter().max()) else {
        return Group::new(
            "OPTAM.TAUX_REGIONAUX",
            "Taux de dépassement régionaux (négociateurs)",
            vec![Line::new(
                "OPTAM.TAUX_REGIONAUX",
                "Taux plancher et taux plafond d'une spécialité",
                detail.text(|| "aucun taux régional saisi : saisissez les taux de dépassement moyens régionaux de la spécialité"),
                Cents::ZERO,
                detail.text(|| plancher.citation().to_owned()),
            )],
        );
    };
    let floor = low + plancher.value;
    let ceiling = high - plafond.value;
    let mut bounds = vec![
        Line::new(
            "OPTAM.TAUX_REGIONAUX.PLANCHER",
            "Taux plancher (un taux, pas un montant)",
            detail.text(|| {
                format!(
                    "taux régional le plus faible {} + {} points = {}",
                    pct(*low),
                    plain(plancher.value),
                    pct(floor)
                )
            }),
            Cents::ZERO,
            detail.text(|| plancher.citation().to_owned()),
        ),
        Line::new(
            "OPTAM.TAUX_REGIONAUX.PLAFOND",
            "Taux plafond (un taux, pas un montant)",
            detail.text(|| {
                format!(
                    "taux régional le plus élevé {} − {} points = {}",
                    pct(*high),
                    plain(plafond.value),
                    pct(ceiling)
                )
            }),
            Cents::ZERO,
            detail.text(|| plafond.citation().to_owned()),
        ),
    ];
    if floor > ceiling {
        bounds[0] = bounds[0].clone().interpretation(FLOOR_ABOVE_CEILING);
    }
    let lines = regions.iter().enumerate().map(|(i, r)| {
        Line::new(
            format!("OPTAM.TAUX_REGIONAUX.{}", i + 1),
            format!("{} (un taux, pas un montant)", r.region.trim()),
            detail.text(|| {
                let (rate, why) = applied(r.taux.value(), floor, ceiling);
                format!(
                    "taux constaté {} → {} ({why})",
                    pct(r.taux.value()),
                    pct(rate)
                )
            }),
            Cents::ZERO,
            detail.text(|| plancher.citation().to_owned()),
        )
    });
    bounds.extend(lines);
    Group::new(
        "OPTAM.TAUX_REGIONAUX",
        "Taux de dépassement régionaux (négociateurs)",
        bounds,
    )
}
