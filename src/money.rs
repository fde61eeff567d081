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

/// The rounding rule, as the page states it.
pub const ROUNDING: &str =
    "Montants arrondis au centime, au plus proche (0,005\u{a0}€ → 0,01\u{a0}€).";

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

/// `count` times `amount`, not rounded: the very `Decimal` of `Decimal::from(count) * amount`
/// (value, scale and sign), as one product of integers when it fits — the common case, met for
/// every category of patients of every profile on the fast total.
pub fn times(count: i64, amount: Decimal) -> Decimal {
    if count == 0 || amount.is_zero() {
        return Decimal::ZERO; // as the general product gives it, scale 0
    }
    i128::from(count)
        .checked_mul(amount.mantissa())
        .and_then(|product| Decimal::try_from_i128_with_scale(product, amount.scale()).ok())
        .unwrap_or_else(|| Decimal::from(count) * amount)
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
    let mut out = String::with_capacity(24);
    write_french(&mut out, v, '-');
    out
}

/// Appends `value` as the texts write it (its digits as they are, thousands grouped by no-break
/// spaces, decimal comma): one pass, no intermediate text but the digits.
fn write_french(out: &mut String, value: Decimal, minus: char) {
    let mut buf = [0_u8; DIGITS];
    let digits = decimal_digits(value, false, &mut buf);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if value.is_sign_negative() && !value.is_zero() {
        out.push(minus);
    }
    for (i, c) in int.char_indices() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
}

/// Room for the digits of a `Decimal` (29 at most), its point and a leading « 0, » and zeros.
const DIGITS: usize = 64;

/// `value` as `Decimal`'s `Display` writes it (« -1234.50 », « 0.05 »; without its sign unless
/// `signed`), in `buf`:
/// the mantissa's digits by integer division (on 64 bits when it fits, as nearly every amount
/// does), where `Display` divides 96 bits by ten for each digit — the costliest part of writing a
/// report's formulas in the page's wasm.
fn decimal_digits(value: Decimal, signed: bool, buf: &mut [u8; DIGITS]) -> &str {
    // The mantissa's digits, least significant first; the array's zeros pad « 0.05 ».
    let mut reversed = [0_u8; 32];
    let mut len = 0;
    let mantissa = value.mantissa().unsigned_abs();
    match u64::try_from(mantissa) {
        Ok(mut n) => loop {
            reversed[len] = (n % 10) as u8;
            len += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        },
        Err(_) => {
            let mut n = mantissa;
            loop {
                reversed[len] = (n % 10) as u8;
                len += 1;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
        }
    }
    // As many digits after the point as the scale, one at least before it.
    let scale = value.scale() as usize;
    let mut end = 0;
    if signed && value.is_sign_negative() {
        buf[0] = b'-';
        end = 1;
    }
    for i in (0..len.max(scale + 1)).rev() {
        buf[end] = b'0' + reversed[i];
        end += 1;
        if i == scale && scale > 0 {
            buf[end] = b'.';
            end += 1;
        }
    }
    std::str::from_utf8(&buf[..end]).unwrap_or_default()
}

std::thread_local! {
    /// The French text of each number written to the boundary while [`with_texts`] runs.
    static TEXTS: std::cell::RefCell<Option<std::collections::BTreeMap<String, String>>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `f` (which serialises something) and returns, beside its result, the French text of
/// every number it wrote through [`serialize_cents`] (« 1234.50 » → « 1 234,50 € ») or
/// [`serialize_plain`] (« 12.5 » → « 12,5 »): the page shows those texts and formats nothing.
pub fn with_texts<T>(f: impl FnOnce() -> T) -> (T, std::collections::BTreeMap<String, String>) {
    TEXTS.with(|t| *t.borrow_mut() = Some(Default::default()));
    let out = f();
    (
        out,
        TEXTS.with(|t| t.borrow_mut().take()).unwrap_or_default(),
    )
}

fn note_text(raw: &str, value: Decimal, money: bool) {
    note_keyed(raw, value, if money { "\u{a0}€" } else { "" });
}

/// Notes the French text of `value` followed by `unit` under `key`.
fn note_keyed(key: &str, value: Decimal, unit: &str) {
    TEXTS.with(|t| {
        if let Some(texts) = t.borrow_mut().as_mut() {
            if !texts.contains_key(key) {
                let mut text = String::with_capacity(24);
                // The page's minus is the typographic one (U+2212).
                write_french(&mut text, value, '\u{2212}');
                text.push_str(unit);
                texts.insert(key.to_owned(), text);
            }
        }
    });
}

/// Notes the French text of an amount already written as a decimal string (« -180.00 » →
/// « −180,00 € »), as [`serialize_cents`] does for the amounts it writes.
pub fn note_cents(raw: &str) {
    if let Ok(v) = raw.parse::<Decimal>() {
        note_text(raw, v, true);
    }
}

/// Notes the French text of a percentage written as a decimal string, under its digits followed
/// by « % » (« 12.50 % » → « 12,50 % »): an amount and a percentage may share their digits.
pub fn note_percent(raw: &str) {
    if let Ok(v) = raw.parse::<Decimal>() {
        note_keyed(&format!("{raw} %"), v, "\u{a0}%");
    }
}

/// Serialises a count as a JSON number, its French text (« 10 000 ») noted under its digits.
pub fn serialize_count_u64<S: Serializer>(value: &u64, s: S) -> Result<S::Ok, S::Error> {
    note_text(&value.to_string(), Decimal::from(*value), false);
    s.serialize_u64(*value)
}

/// Serialises counts as [`serialize_count_u64`] does each of them.
pub fn serialize_counts<S: Serializer>(values: &[u64], s: S) -> Result<S::Ok, S::Error> {
    for v in values {
        note_text(&v.to_string(), Decimal::from(*v), false);
    }
    s.collect_seq(values)
}

/// Serialises a share or a ratio to the hundredth as a decimal string (« 39.30 »), its French
/// text (« 39,30 ») noted like the amounts'.
pub fn serialize_hundredths<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let v = round_cents(*value);
    let raw = v.to_string();
    note_text(&raw, v, false);
    s.serialize_str(&raw)
}

/// Serialises a count as a JSON number, its French text (« 9 406 ») noted under its digits.
pub fn serialize_count<S: Serializer>(value: &i64, s: S) -> Result<S::Ok, S::Error> {
    note_text(&value.to_string(), Decimal::from(*value), false);
    s.serialize_i64(*value)
}

/// Serialises a parameter value as its plain decimal string (« 12.5 »), for the boundary.
pub fn serialize_plain<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let v = value.normalize();
    let mut buf = [0_u8; DIGITS];
    let raw = decimal_digits(v, true, &mut buf);
    note_text(raw, v, false);
    s.serialize_str(raw)
}

/// Serialises money as a decimal string with two decimals (« 1234.50 »), for the boundary.
pub fn serialize_cents<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let v = round_cents(*value);
    let mut buf = [0_u8; DIGITS];
    let raw = decimal_digits(v, true, &mut buf);
    note_text(raw, v, true);
    s.serialize_str(raw)
}

/// Serialises an optional parameter value as [`serialize_plain`] does, or `null`.
pub fn serialize_plain_opt<S: Serializer>(
    value: &Option<Decimal>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serialize_plain(v, s),
        None => s.serialize_none(),
    }
}

/// Serialises an optional amount as [`serialize_cents`] does, or `null`.
pub fn serialize_cents_opt<S: Serializer>(
    value: &Option<Decimal>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serialize_cents(v, s),
        None => s.serialize_none(),
    }
}

/// Serialises amounts as [`serialize_cents`] does each of them.
pub fn serialize_all_cents<S: Serializer>(values: &[Decimal], s: S) -> Result<S::Ok, S::Error> {
    struct Each(Decimal);
    impl serde::Serialize for Each {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize_cents(&self.0, s)
        }
    }
    s.collect_seq(values.iter().map(|v| Each(*v)))
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

    // proptest is a native dev-dependency only (see Cargo.toml): not in the wasm tests' build.
    #[cfg(not(target_arch = "wasm32"))]
    mod product {
        use super::*;

        proptest::proptest! {
            #[test]
            fn times_is_the_general_product_to_the_bit(
                count in proptest::prelude::any::<i64>(),
                mantissa in proptest::prelude::any::<i64>(),
                wide in proptest::prelude::any::<bool>(),
                scale in 0_u32..=28,
            ) {
                // Amounts of every size, up to the 96 bits of a Decimal.
                let mantissa = if wide { i128::from(mantissa) << 31 } else { i128::from(mantissa) };
                let amount = Decimal::from_i128_with_scale(mantissa, scale);
                if let Some(general) = Decimal::from(count).checked_mul(amount) {
                    proptest::prop_assert_eq!(times(count, amount).serialize(), general.serialize());
                }
            }
        }
    }

    #[test]
    fn times_keeps_the_scale_of_the_general_product() {
        for (count, amount) in [
            (0, dec!(5.00)),
            (3, dec!(0)),
            (3, dec!(-1.50)),
            (-2, dec!(7.5)),
        ] {
            let general = Decimal::from(count) * amount;
            assert_eq!(times(count, amount).to_string(), general.to_string());
        }
        assert_eq!(times(12, dec!(5.00)).to_string(), "60.00");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod digits {
        use super::*;

        proptest::proptest! {
            #[test]
            fn the_digits_are_those_display_writes(
                mantissa in proptest::prelude::any::<i64>(),
                wide in proptest::prelude::any::<bool>(),
                small in 0_i64..1000,
                scale in 0_u32..=28,
            ) {
                for m in [i128::from(mantissa) << if wide { 32 } else { 0 }, i128::from(small), -i128::from(small)] {
                    let value = Decimal::from_i128_with_scale(m, scale);
                    let mut buf = [0_u8; DIGITS];
                    proptest::prop_assert_eq!(decimal_digits(value, false, &mut buf), value.abs().to_string());
                    proptest::prop_assert_eq!(decimal_digits(value, true, &mut buf), value.to_string());
                    let negative_zero = -Decimal::new(0, scale);
                    proptest::prop_assert_eq!(decimal_digits(negative_zero, true, &mut buf), negative_zero.to_string());
                }
            }
        }
    }

    #[test]
    fn formats_the_french_way() {
        for (value, text) in [
            (dec!(0), "0"),
            (dec!(0.00), "0.00"),
            (dec!(0.05), "0.05"),
            (dec!(-7.5), "7.5"),
            (Decimal::MAX, "79228162514264337593543950335"),
        ] {
            let mut buf = [0_u8; DIGITS];
            assert_eq!(decimal_digits(value, false, &mut buf), text);
        }
        assert_eq!(euros(dec!(12000)), "12\u{a0}000\u{a0}€");
        assert_eq!(euros(dec!(1234.5)), "1\u{a0}234,50\u{a0}€");
        assert_eq!(pct(dec!(10)), "10\u{a0}%");
        assert_eq!(plain(dec!(-1234567.25)), "-1\u{a0}234\u{a0}567,25");
        assert_eq!(count(999), "999");
    }

    #[test]
    fn every_number_written_gets_its_french_text() {
        #[derive(serde::Serialize)]
        struct S {
            #[serde(serialize_with = "serialize_cents")]
            a: Decimal,
            #[serde(serialize_with = "serialize_plain")]
            b: Decimal,
            #[serde(serialize_with = "serialize_cents")]
            c: Decimal,
        }
        let (json, texts) = with_texts(|| {
            serde_json::to_string(&S {
                a: dec!(-1234.5),
                b: dec!(12.50),
                c: dec!(0.004),
            })
        });
        assert_eq!(json.unwrap(), r#"{"a":"-1234.50","b":"12.5","c":"0.00"}"#);
        assert_eq!(texts["-1234.50"], "\u{2212}1\u{a0}234,50\u{a0}€");
        assert_eq!(texts["12.5"], "12,5");
        assert_eq!(texts["0.00"], "0,00\u{a0}€");
        assert!(with_texts(|| ()).1.is_empty());
    }
}
