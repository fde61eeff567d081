//! Exact money and its one rounding rule.
//!
//! Inputs and parameters are [`Decimal`]; every amount computed from them is [`Cents`], whole
//! cents, and the report writes them back as `Decimal`. The rounding rule, applied once per report line
//! and nowhere else: **each line's amount is rounded to the cent, half away from zero** (0,005 €
//! becomes 0,01 €). Subtotals and totals are sums of rounded lines, so the lines always add up to
//! the total shown. A yearly amount paid in several instalments is split into equal instalments
//! rounded to the cent, the last one taking the remainder (see [`split`]).

use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

/// An amount already rounded to the cent by the one rule: the only kind of amount a report line
/// or a rule's total is made of, so that a line and the total it adds to are rounded the same way
/// by construction.
///
/// Held as a whole number of cents: a `Decimal` rounded to the cent is exactly such a number, and
/// adding, summing and comparing amounts (what every profile's total does, dozens of times) are
/// then integer operations. Parameters and inputs stay `Decimal`; only [`Cents::of`] (and its
/// exact shortcuts [`Cents::times`], [`Cents::product`] and [`Cents::percent`]) turn a `Decimal`
/// into cents, by the one rounding rule.
///
/// Overflow: `i64` cents hold ±92 233 720 368 547 758,07 €. Validated inputs (counts ≤
/// `MAX_COUNT`, acts ≤ `MAX_ACTS`, euros ≤ 10⁹) with the texts' parameters stay many orders of
/// magnitude below; a scenario that sets parameters at the top of their domains can come within
/// a factor of about 5 (a ROSP of 10⁴ points for 2·10⁶ patients at a point of 10⁶ €: 2·10¹⁶ €).
/// Should the bound be met, the arithmetic saturates rather than wraps or panics (a panic would
/// kill the page's wasm).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(i64);

impl Cents {
    pub const ZERO: Self = Self(0);

    /// `amount` rounded to the cent, half away from zero.
    pub fn of(amount: Decimal) -> Self {
        Self::of_scaled(amount.mantissa(), amount.scale())
    }

    /// `count` times `amount`, rounded to the cent: exactly `Cents::of(Decimal::from(count) *
    /// amount)`, as one integer product and one integer rounding (every category of patients of
    /// every profile goes through it on the total path).
    #[inline]
    pub fn times(count: i64, amount: Decimal) -> Self {
        // No act, no patient (most counts of most profiles): nothing to read of the amount.
        if count == 0 {
            return Self::ZERO;
        }
        Self::times_each(count, &PerUnit::new(amount))
    }

    /// [`Cents::times`] with the amount read once for many counts (the parameters of a year, a
    /// line per indicator at the same amount). An amount in whole cents, as the texts' are,
    /// makes it one integer product.
    #[inline]
    pub fn times_each(count: i64, unit: &PerUnit) -> Self {
        match unit.cents.and_then(|c| count.checked_mul(c)) {
            Some(cents) => Self(cents),
            None => Self::times_scaled(count, unit),
        }
    }

    /// [`Cents::times_each`] of an amount finer than the cent, or past 64 bits.
    #[inline(never)]
    fn times_scaled(count: i64, unit: &PerUnit) -> Self {
        // As `of_product`, the count taken as it is (no `Decimal` made of it on the fast path).
        if let Some(product) = unit.mantissa.and_then(|m| count.checked_mul(m)) {
            return Self::of_scaled(i128::from(product), unit.scale);
        }
        Self::of_general(Decimal::from(count), unit.amount, 0)
    }

    /// `a` × `b` rounded to the cent: exactly `Cents::of(a * b)` (points × the point's value, a
    /// number of half-days × their amount), as one integer product and one integer rounding.
    pub fn product(a: Decimal, b: Decimal) -> Self {
        Self::of_product(a, b, 0)
    }

    /// `rate` % of this amount, rounded to the cent: exactly
    /// `Cents::of(percent_of(self.value(), rate))`, in integers.
    pub fn percent(self, rate: Decimal) -> Self {
        Self::of_product(self.value(), rate, 2)
    }

    /// `a` × `b` × 10^−`shift` rounded to the cent, from the product of their mantissas on 64
    /// bits when it fits (every validated profile), else by [`Cents::of_general`]. Inlined in
    /// the three products: its `Decimal` arguments then stay in registers.
    #[inline(always)]
    fn of_product(a: Decimal, b: Decimal, shift: u32) -> Self {
        if let (Ok(m), Ok(n)) = (i64::try_from(a.mantissa()), i64::try_from(b.mantissa())) {
            if let Some(product) = m.checked_mul(n) {
                return Self::of_scaled(i128::from(product), a.scale() + b.scale() + shift);
            }
        }
        Self::of_general(a, b, shift)
    }

    /// [`Cents::of_product`] beyond 64 bits: the general product in `Decimal`, or the bound of
    /// its sign past what cents hold. Out of line: no validated profile comes here.
    #[inline(never)]
    fn of_general(a: Decimal, b: Decimal, shift: u32) -> Self {
        if a.is_zero() || b.is_zero() {
            return Self::ZERO;
        }
        let negative = a.is_sign_negative() != b.is_sign_negative();
        // Digits before the point: |d| < 10^digits(d), and |d| ≥ 10^(digits(d) − 1) if d ≠ 0.
        let digits = |d: Decimal| {
            d.mantissa()
                .unsigned_abs()
                .checked_ilog10()
                .map_or(0, |l| i64::from(l) + 1)
                - i64::from(d.scale())
        };
        if digits(a) + digits(b) - i64::from(shift) >= 19 {
            // |a × b × 10^−shift| ≥ 10¹⁷ €: beyond what i64 cents hold.
            Self(if negative { i64::MIN } else { i64::MAX })
        } else {
            // |a × b| < 10²¹: the general product cannot overflow (it rounds past 96 bits, as
            // it always does); the shift is exact on the scale.
            let p = a * b;
            Self::of_scaled(p.mantissa(), p.scale() + shift)
        }
    }

    /// The amount whose value is `mantissa` × 10^−`scale`, rounded to the cent, half away from
    /// zero: the rule of [`to_cents`], in integers (a property test holds them equal). On 64
    /// bits when it fits, as every amount of a validated profile does: 128-bit arithmetic (a
    /// division is a call) costs several times more.
    #[inline]
    fn of_scaled(mantissa: i128, scale: u32) -> Self {
        if let Ok(m) = i64::try_from(mantissa) {
            if scale <= 2 {
                if let Some(cents) = m.checked_mul(POWERS_OF_TEN[2 - scale as usize]) {
                    return Self(cents);
                }
            } else if let Some(&unit) = POWERS_OF_TEN.get(scale as usize - 2) {
                // A percentage of an amount (scale 4 with a whole rate) by a constant: a division
                // by a constant is a multiplication.
                return Self(if scale == 4 {
                    round_half_away(m, 100)
                } else {
                    round_half_away(m, unit)
                });
            }
        }
        Self::of_wide(mantissa, scale)
    }

    /// [`Cents::of_scaled`] on 128 bits.
    #[inline(never)]
    fn of_wide(mantissa: i128, scale: u32) -> Self {
        if scale <= 2 {
            let factor = [100, 10, 1][scale as usize];
            return Self::saturated(mantissa.saturating_mul(factor));
        }
        // 10^(scale − 2), the place of the cent; 10^39 would not fit, but then |value| < 0,005 €.
        let Some(unit) = 10_i128.checked_pow(scale - 2) else {
            return Self::ZERO;
        };
        let (quotient, remainder) = (mantissa / unit, mantissa % unit);
        let away = remainder.unsigned_abs() >= unit.unsigned_abs().div_ceil(2);
        Self::saturated(if away {
            quotient + mantissa.signum()
        } else {
            quotient
        })
    }

    fn saturated(cents: i128) -> Self {
        Self(i64::try_from(cents).unwrap_or(if cents < 0 { i64::MIN } else { i64::MAX }))
    }

    /// The amount in euros, with two decimals.
    pub fn value(self) -> Decimal {
        Decimal::new(self.0, 2)
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }
}

/// An amount per unit (per patient, per indicator validated) as [`Cents::times_each`] multiplies
/// it, read from the `Decimal` once: in whole cents if it is a whole number of cents that fits 64
/// bits, else its mantissa (if it fits) and scale.
#[derive(Debug, Clone, Copy)]
pub struct PerUnit {
    amount: Decimal,
    cents: Option<i64>,
    mantissa: Option<i64>,
    scale: u32,
}

impl PerUnit {
    pub fn new(amount: Decimal) -> Self {
        let mantissa = i64::try_from(amount.mantissa()).ok();
        let scale = amount.scale();
        Self {
            amount,
            cents: mantissa
                .filter(|_| scale <= 2)
                .and_then(|m| m.checked_mul(POWERS_OF_TEN[2 - scale as usize])),
            mantissa,
            scale,
        }
    }
}

// Out of line in the first view's wasm, which is sized: a saturating addition written out at
// each of the rules' sums weighs about a kilobyte there.
impl Add for Cents {
    type Output = Self;
    #[cfg_attr(all(target_arch = "wasm32", not(feature = "cohorte")), inline(never))]
    fn add(self, other: Self) -> Self {
        // An addition and a jump never taken (every sum of every validated profile fits), where
        // the saturating addition written out is six instructions on each of the rules' sums;
        // the first view's wasm, sized, keeps the saturating addition alone.
        if crate::SIZED_FOR_PAGE {
            return Self(self.0.saturating_add(other.0));
        }
        match self.0.checked_add(other.0) {
            Some(sum) => Self(sum),
            None => Self::saturated_sum(self, other),
        }
    }
}

impl Cents {
    /// `a + b` past what cents hold: the bound of its sign.
    #[cold]
    #[inline(never)]
    fn saturated_sum(a: Self, b: Self) -> Self {
        Self(a.0.saturating_add(b.0))
    }
}

impl Sub for Cents {
    type Output = Self;
    #[cfg_attr(all(target_arch = "wasm32", not(feature = "cohorte")), inline(never))]
    fn sub(self, other: Self) -> Self {
        Self(self.0.saturating_sub(other.0))
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, other: Self) {
        *self = *self + other;
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

/// 10⁰ to 10¹⁸, the powers of ten an `i64` holds.
const POWERS_OF_TEN: [i64; 19] = {
    let mut powers = [1_i64; 19];
    let mut i = 1;
    while i < powers.len() {
        powers[i] = powers[i - 1] * 10;
        i += 1;
    }
    powers
};

/// `n` / `unit` (`unit` > 0) rounded half away from zero.
#[inline(always)]
fn round_half_away(n: i64, unit: i64) -> i64 {
    let (quotient, remainder) = (n / unit, n % unit);
    // Half the unit or more moves away from zero.
    let away = remainder.unsigned_abs() >= unit.unsigned_abs().div_ceil(2);
    if away {
        quotient + n.signum()
    } else {
        quotient
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
    // Most amounts written are already in cents (`Cents`, the report's totals): as they are.
    if amount.scale() == 2 {
        return amount;
    }
    let mut rounded = to_cents(amount);
    rounded.rescale(2);
    rounded
}

/// The sum of `values`. Not `Iterator::sum` nor `+=`: rust_decimal's `Sum` adds through its
/// `AddAssign`, compiled in its own crate with a second copy of the addition, and its `floor` and
/// `ceil` (see [`floor`]) with a second copy of each of the addition and the subtraction: about
/// 1,5 Kio of gzip in the first view's wasm beside the copies every `+` and `-` use.
pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Decimal {
    values
        .into_iter()
        .fold(Decimal::ZERO, |total, value| total + value)
}

/// ⌊value⌋, as `Decimal::floor` gives it: in the page's first module through the rounding the
/// amounts use (see [`sum`]); elsewhere `Decimal::floor` itself, faster on the total path.
pub fn floor(value: Decimal) -> Decimal {
    if crate::SIZED_FOR_PAGE {
        value.round_dp_with_strategy(0, RoundingStrategy::ToNegativeInfinity)
    } else {
        value.floor()
    }
}

/// ⌈value⌉, as `Decimal::ceil` gives it (see [`floor`]).
pub fn ceil(value: Decimal) -> Decimal {
    if crate::SIZED_FOR_PAGE {
        value.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity)
    } else {
        value.ceil()
    }
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
    /// The French text of each number written to the boundary while [`with_texts`] or
    /// [`Texts::noting`] runs.
    static TEXTS: std::cell::RefCell<Option<Texts>> = const { std::cell::RefCell::new(None) };
}

/// The French text of each number written, under its digits, and how many times it was
/// written: the view the page holds is changed part by part (`crate::changes`), and a part taken
/// away takes its numbers' texts with it unless another part still writes them.
#[derive(Debug, Default)]
pub struct Texts {
    /// Sorted by their digits (a few dozen: a sorted list, no map).
    texts: Vec<(String, u32, String)>,
    /// Whether the numbers written are taken away rather than added.
    removing: bool,
    /// Whether a text was added or taken away since [`Texts::changed`] last said so.
    changed: bool,
}

impl Texts {
    /// Runs `f` (which serialises something) and counts the numbers it writes: added, or taken
    /// away if `removing` (the same part written again, as it was written).
    pub fn noting<E>(
        &mut self,
        removing: bool,
        f: &mut dyn FnMut() -> Result<(), E>,
    ) -> Result<(), E> {
        self.lend(removing);
        let out = f();
        self.take_back();
        out
    }

    /// Lends these texts to the numbers written from now on (see [`note_keyed`]).
    fn lend(&mut self, removing: bool) {
        self.removing = removing;
        TEXTS.with(|t| *t.borrow_mut() = Some(std::mem::take(self)));
    }

    /// Takes back the texts lent, with the numbers written since.
    fn take_back(&mut self) {
        *self = TEXTS.with(|t| t.borrow_mut().take()).unwrap_or_default();
    }

    /// The text noted under `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        let i = self.find(key).ok()?;
        Some(self.texts[i].2.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// Whether a text was added or taken away since the last time this was asked.
    pub fn changed(&mut self) -> bool {
        std::mem::take(&mut self.changed)
    }

    /// Where `key` is, or would be.
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.texts.binary_search_by(|(k, _, _)| k.as_str().cmp(key))
    }

    fn note(&mut self, key: &str, text: impl FnOnce() -> String) {
        match self.find(key) {
            Ok(i) if self.removing => {
                self.texts[i].1 -= 1;
                if self.texts[i].1 == 0 {
                    self.texts.remove(i);
                    self.changed = true;
                }
            }
            Ok(i) => self.texts[i].1 += 1,
            // A part taken away was written before: its numbers are there.
            Err(_) if self.removing => debug_assert!(false, "{key} taken away, never written"),
            Err(i) => {
                self.texts.insert(i, (key.to_owned(), 1, text()));
                self.changed = true;
            }
        }
    }
}

/// Written as the page reads them: `{"1234.50": "1 234,50 €", …}`, in the order of their
/// digits.
impl Serialize for Texts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.texts.iter().map(|(key, _, text)| (key, text)))
    }
}

/// Runs `f` (which serialises something) and returns, beside its result, the French text of
/// every number it wrote through [`serialize_cents`] (« 1234.50 » → « 1 234,50 € ») or
/// [`serialize_plain`] (« 12.5 » → « 12,5 »): the page shows those texts and formats nothing.
pub fn with_texts<T>(f: impl FnOnce() -> T) -> (T, Texts) {
    let mut texts = Texts::default();
    texts.lend(false);
    let out = f();
    texts.take_back();
    (out, texts)
}

fn note_text(raw: &str, value: Decimal, money: bool) {
    note_keyed(raw, value, if money { "\u{a0}€" } else { "" });
}

/// Notes the French text of `value` followed by `unit` under `key`.
fn note_keyed(key: &str, value: Decimal, unit: &str) {
    TEXTS.with(|t| {
        if let Some(texts) = t.borrow_mut().as_mut() {
            texts.note(key, || {
                let mut text = String::with_capacity(24);
                // The page's minus is the typographic one (U+2212).
                write_french(&mut text, value, '\u{2212}');
                text.push_str(unit);
                text
            });
        }
    });
}

/// Notes the French text of an amount already written as a decimal string (« -180.00 » →
/// « −180,00 € »), as [`serialize_cents`] does for the amounts it writes.
pub fn note_cents(raw: &str) {
    if let Some(v) = crate::decimal_text::parse(raw) {
        note_text(raw, v, true);
    }
}

/// Notes the French text of a percentage written as a decimal string, under its digits followed
/// by « % » (« 12.50 % » → « 12,50 % »): an amount and a percentage may share their digits.
pub fn note_percent(raw: &str) {
    if let Some(v) = crate::decimal_text::parse(raw) {
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
    mod cents {
        use super::*;
        use proptest::prelude::any;
        use proptest::prop_assert_eq;

        /// Decimals of every size and scale, up to the 96 bits of a Decimal.
        fn decimal(mantissa: i64, wide: bool, scale: u32) -> Decimal {
            let m = if wide {
                i128::from(mantissa) << 31
            } else {
                i128::from(mantissa)
            };
            Decimal::from_i128_with_scale(m, scale)
        }

        /// Whether an amount rounded to the cent is within what `i64` cents hold.
        fn fits(rounded: Decimal) -> bool {
            rounded.abs() < Decimal::from(i64::MAX / 100)
        }

        proptest::proptest! {
            #[test]
            fn of_is_the_rounding_rule(
                mantissa in any::<i64>(), wide in any::<bool>(), scale in 0_u32..=28,
            ) {
                let d = decimal(mantissa, wide, scale);
                if fits(round_cents(d)) {
                    prop_assert_eq!(Cents::of(d).value(), round_cents(d));
                    prop_assert_eq!(Cents::of(d).value().to_string(), round_cents(d).to_string());
                }
            }

            #[test]
            fn times_is_the_rounded_decimal_product(
                count in any::<i64>(), small in -200_000_i64..200_000,
                mantissa in any::<i64>(), wide in any::<bool>(), scale in 0_u32..=28,
                mills in -1_000_000_i64..1_000_000,
            ) {
                // Any amount, and amounts in thousandths of a euro, whose products often end in
                // exactly half a cent.
                for (n, amount) in [
                    (count, decimal(mantissa, wide, scale)),
                    (small, decimal(mantissa, wide, scale)),
                    (small, Decimal::new(mills, 3)),
                ] {
                    let scale = amount.scale();
                    // Compared where the Decimal product is exact (it keeps the amount's scale).
                    let Some(general) = Decimal::from(n).checked_mul(amount) else { continue };
                    let exact = general.is_zero() || general.scale() == scale;
                    if exact && fits(round_cents(general)) {
                        prop_assert_eq!(Cents::times(n, amount), Cents::of(general));
                    }
                }
            }

            #[test]
            fn product_is_the_rounded_decimal_product(
                m1 in any::<i64>(), w1 in any::<bool>(), s1 in 0_u32..=28,
                m2 in any::<i64>(), w2 in any::<bool>(), s2 in 0_u32..=28,
                points in -100_000_i64..100_000, mills in -1_000_000_i64..1_000_000,
            ) {
                // Any two decimals, and tenths of points × thousandths of a euro, whose products
                // often end in exactly half a cent.
                for (a, b) in [
                    (decimal(m1, w1, s1), decimal(m2, w2, s2)),
                    (Decimal::new(points, 1), Decimal::new(mills, 3)),
                ] {
                    // Compared where the Decimal product is exact (it keeps the sum of the scales).
                    let Some(general) = a.checked_mul(b) else { continue };
                    let exact = general.is_zero() || general.scale() == a.scale() + b.scale();
                    if exact && fits(round_cents(general)) {
                        prop_assert_eq!(Cents::product(a, b), Cents::of(general));
                    }
                }
            }

            #[test]
            fn percent_is_the_rounded_decimal_percentage(
                cents in any::<i64>(), small in -10_000_000_i64..10_000_000,
                mantissa in any::<i64>(), wide in any::<bool>(), scale in 0_u32..=24,
                hundredths in -10_000_i64..10_000,
            ) {
                // Any rate, rates in hundredths of a percent, and 10 % of an odd number of
                // half-décimes: exactly half a cent.
                for (c, rate) in [
                    (Cents(cents), decimal(mantissa, wide, scale)),
                    (Cents(small), decimal(mantissa, wide, scale)),
                    (Cents(small), Decimal::new(hundredths, 2)),
                    (Cents(5 * (2 * small + 1)), Decimal::TEN),
                ] {
                    let scale = rate.scale();
                    let Some(product) = c.value().checked_mul(rate) else { continue };
                    let exact = product.is_zero() || product.scale() == scale + 2;
                    let general = percent_of(c.value(), rate);
                    if exact && fits(round_cents(general)) {
                        prop_assert_eq!(c.percent(rate), Cents::of(general));
                    }
                }
            }

            #[test]
            fn sums_and_order_are_the_decimal_ones(
                a in -(1_i64 << 60)..(1_i64 << 60), b in -(1_i64 << 60)..(1_i64 << 60),
            ) {
                let (x, y) = (Cents(a), Cents(b));
                prop_assert_eq!((x + y).value(), x.value() + y.value());
                prop_assert_eq!((x - y).value(), x.value() - y.value());
                prop_assert_eq!([x, y].iter().sum::<Cents>().value(), x.value() + y.value());
                prop_assert_eq!(x.cmp(&y), x.value().cmp(&y.value()));
                prop_assert_eq!(x.is_zero(), x.value().is_zero());
            }
        }
    }

    #[test]
    fn cents_round_half_away_from_zero_and_saturate() {
        for (amount, cents) in [
            (dec!(0.005), "0.01"),
            (dec!(-0.005), "-0.01"),
            (dec!(0.0049999), "0.00"),
            (dec!(12), "12.00"),
            (dec!(-7.5), "-7.50"),
        ] {
            assert_eq!(Cents::of(amount).value().to_string(), cents);
        }
        assert_eq!(Cents::times(3, dec!(0.335)).value(), dec!(1.01)); // 1,005 €
        assert_eq!(Cents::times(-3, dec!(0.335)).value(), dec!(-1.01));
        assert_eq!(
            Cents::of(dec!(1000.00)).percent(dec!(12.5)).value(),
            dec!(125)
        );
        assert_eq!(Cents::of(dec!(0.05)).percent(dec!(10)).value(), dec!(0.01)); // 0,005 €
                                                                                 // Beyond the 92 233 720 368 547 758,07 € of i64 cents: the bound, never a panic.
        assert_eq!(Cents::of(Decimal::MAX), Cents(i64::MAX));
        assert_eq!(Cents::of(Decimal::MIN), Cents(i64::MIN));
        assert_eq!(Cents::times(i64::MAX, Decimal::MAX), Cents(i64::MAX));
        assert_eq!(Cents::times(i64::MIN, Decimal::MAX), Cents(i64::MIN));
        assert_eq!(Cents(i64::MAX) + Cents(1), Cents(i64::MAX));
        assert_eq!(Cents(i64::MIN) + Cents(-1), Cents(i64::MIN));
        // A sum saturates where it passes the bound, and goes on from there.
        let sum: Cents = [Cents(i64::MAX), Cents(1), Cents(-1)].iter().sum();
        assert_eq!(sum, Cents(i64::MAX - 1));
        assert_eq!(Cents(i64::MAX).percent(Decimal::MAX), Cents(i64::MAX));
        // Zero times anything, even beyond 64 bits, is zero.
        assert_eq!(Cents::product(Decimal::ZERO, Decimal::MAX), Cents::ZERO);
        assert_eq!(Cents::times(0, Decimal::MIN), Cents::ZERO);
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
        assert_eq!(texts.get("-1234.50"), Some("\u{2212}1\u{a0}234,50\u{a0}€"));
        assert_eq!(texts.get("12.5"), Some("12,5"));
        assert_eq!(texts.get("0.00"), Some("0,00\u{a0}€"));
        assert!(with_texts(|| ()).1.is_empty());
    }
}
