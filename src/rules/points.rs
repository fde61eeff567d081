//! Forfaits paid in points (ROSP, forfait structure): points × the value of the point.

use rust_decimal::Decimal;

use crate::money::{euros, plain, to_cents};
use crate::params::Resolved;

/// What `points` pay at the point's value, rounded to the cent.
pub fn amount(points: Decimal, point: &Resolved) -> Decimal {
    to_cents(points * point.value)
}

/// « 22,5 points × 7 € »
pub fn formula(points: Decimal, point: &Resolved) -> String {
    format!("{} points × {}", plain(points), euros(point.value))
}
