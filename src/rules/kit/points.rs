//! Forfaits paid in points (ROSP, forfait structure, DONUM): points × the value of the point.

use rust_decimal::Decimal;

use crate::money::{euros, plain, Cents};
use crate::params::Resolved;

/// What `points` pay at the point's value.
pub fn amount(points: Decimal, point: &Resolved) -> Cents {
    Cents::product(points, point.value)
}

/// « 22,5 points × 7 € »
pub fn formula(points: Decimal, point: &Resolved) -> String {
    format!("{} points × {}", plain(points), euros(point.value))
}
