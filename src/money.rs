//! Exact money and its one rounding rule.
//!
//! Amounts are [`Decimal`] from input to report. The rounding rule, applied once per report line
//! and nowhere else: **each line's amount is rounded to the cent, half away from zero** (0,005 €
//! becomes 0,01 €). Subtotals and totals are sums of rounded lines, so the lines always add up to
//! the total shown. A yearly amount paid in several instalments is split into equal instalments
//! rounded to the cent, the last one taking the remainder (see [`split`]).

use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serializer;

/// An amount already rounded to the cent by the one rule: the only kind of amount a report line
/// or a rule's total is made of, so that a line and the total it adds to are rounded the same way
/// by construction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(Decimal);

impl Cents {
    pub const ZERO: Self = Self(Decimal::ZERO);

    /// `amount` rounded to the cent, half away from zero.
    pub fn of(amount: Decimal) -> Self {
        Self(to_cents(amount))
    }

    pub fn value(self) -> Decimal {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }
}

impl Add for Cents {
    type Output = Self;
    fn add(self, other: Self) -> Self {
        Self(self.0 + other.0)
    }
}

impl Sub for Cents {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 - other.0)
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, other: Self) {
        self.0 += other.0;
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Self::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Cents> for Cents {
    fn sum<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.copied().sum()
    }
}

/// The rounding rule: to the cent, half away from zero. The value only; see [`round_cents`] for
/// the report's two-decimal form.
pub fn to_cents(amount: Decimal) -> Decimal {
    if amount.scale() <= 2 {
        amount // already in cents: nothing to round (the common case, kept cheap)
    } else {
        amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    }
}

/// The rounding rule as the report writes it: to the cent, half away from zero, two decimals.
pub fn round_cents(amount: Decimal) -> Decimal {
    let mut rounded = to_cents(amount);
    rounded.rescale(2);
    rounded
}

/// `total` split into `parts` instalments rounded to the cent; the last takes the remainder so
/// that they add up to `total` exactly.
pub fn split(total: Decimal, parts: u32) -> Vec<Decimal> {
    if parts == 0 {
        return Vec::new();
    }
    let share = round_cents(total / Decimal::from(parts));
    let mut out = vec![share; parts as usize - 1];
    out.push(round_cents(total - share * Decimal::from(parts - 1)));
    out
}

/// A percentage (10 for 10 %) of an amount, not rounded.
pub fn percent_of(amount: Decimal, rate: Decimal) -> Decimal {
    let mut product = amount * rate;
    // Dividing by 100 is exact as a shift of the scale, much cheaper than a decimal division.
    match product.set_scale(product.scale() + 2) {
        Ok(()) => product,
        Err(_) => amount * rate / Decimal::ONE_HUNDRED,
    }
}

/// A number as the texts write it: French decimal comma, no-break-space thousands separator,
/// no trailing zeros (« 1 234,5 »).
pub fn plain(value: Decimal) -> String {
    french(value.normalize(), None)
}

/// An amount in euros for a formula: « 12 000 € », « 1 234,50 € ».
pub fn euros(value: Decimal) -> String {
    let v = value.normalize();
    let dp = if v.scale() == 0 { None } else { Some(2) };
    format!("{}\u{a0}€", french(v, dp))
}

/// A percentage for a formula: « 10 % ».
pub fn pct(value: Decimal) -> String {
    format!("{}\u{a0}%", plain(value))
}

/// A count of patients or points: « 1 250 ».
pub fn count(value: i64) -> String {
    plain(Decimal::from(value))
}

fn french(value: Decimal, decimals: Option<u32>) -> String {
    let mut v = value;
    if let Some(dp) = decimals {
        v = round_cents(v);
        v.rescale(dp);
    }
    let text = v.abs().to_string();
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('\u{a0}');
        }
        grouped.push(c);
    }
    let sign = if v.is_sign_negative() && !v.is_zero() {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Serialises a parameter value as its plain decimal string (« 12.5 »), for the boundary.
pub fn serialize_plain<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&value.normalize().to_string())
}

/// Serialises a list of amounts as decimal strings with two decimals, for the boundary.
pub fn serialize_all_cents<S: Serializer>(values: &[Decimal], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(values.iter().map(|v| round_cents(*v).to_string()))
}

/// Serialises money as a decimal string with two decimals (« 1234.50 »), for the boundary.
pub fn serialize_cents<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&round_cents(*value).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero_to_two_decimals() {
        assert_eq!(round_cents(dec!(0.005)).to_string(), "0.01");
        assert_eq!(round_cents(dec!(0.004)).to_string(), "0.00");
        assert_eq!(round_cents(dec!(-0.005)).to_string(), "-0.01");
        assert_eq!(round_cents(dec!(12)).to_string(), "12.00");
    }

    #[test]
    fn split_adds_up_to_the_total() {
        assert_eq!(
            split(dec!(100.01), 4),
            vec![dec!(25.00), dec!(25.00), dec!(25.00), dec!(25.01)]
        );
        assert_eq!(split(dec!(10), 3), vec![dec!(3.33), dec!(3.33), dec!(3.34)]);
        assert!(split(dec!(1), 0).is_empty());
    }

    #[test]
    fn formats_the_french_way() {
        assert_eq!(euros(dec!(12000)), "12\u{a0}000\u{a0}€");
        assert_eq!(euros(dec!(1234.5)), "1\u{a0}234,50\u{a0}€");
        assert_eq!(pct(dec!(10)), "10\u{a0}%");
        assert_eq!(plain(dec!(-1234567.25)), "-1\u{a0}234\u{a0}567,25");
        assert_eq!(count(999), "999");
    }
}
