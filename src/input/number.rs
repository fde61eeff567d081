//! A decimal number typed by the user (points of the ROSP…): kept as typed, parsed once, never a
//! deserialisation failure, so that « douze » becomes a French message on its field. Accepts a
//! JSON number or a string, with a decimal point or a French comma.

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone)]
pub struct DecimalInput {
    raw: String,
    parsed: Option<Decimal>,
}

impl DecimalInput {
    pub fn new(raw: &str) -> Self {
        let raw = raw.trim().to_owned();
        let parsed = if raw.is_empty() {
            Some(Decimal::ZERO)
        } else {
            crate::decimal_text::parse(&raw.replace(',', ".").replace([' ', '\u{a0}'], ""))
        };
        Self { raw, parsed }
    }

    /// The number (0 when nothing was typed), if it is one.
    pub fn get(&self) -> Option<Decimal> {
        self.parsed
    }

    pub fn value(&self) -> Decimal {
        self.parsed.unwrap_or_default()
    }

    /// Whether nothing was typed (a field left empty, as opposed to « 0 »).
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }
}

/// Two inputs are equal when they are the same number (« 39,30 » and « 39.3 »), or, when either is
/// not a number, the same text.
impl PartialEq for DecimalInput {
    fn eq(&self, other: &Self) -> bool {
        match (self.parsed, other.parsed) {
            (Some(a), Some(b)) => a == b,
            _ => self.raw == other.raw,
        }
    }
}

impl Eq for DecimalInput {}

/// Nothing typed: zero.
impl Default for DecimalInput {
    fn default() -> Self {
        Self::new("")
    }
}

impl From<Decimal> for DecimalInput {
    fn from(value: Decimal) -> Self {
        Self {
            raw: value.normalize().to_string(),
            parsed: Some(value),
        }
    }
}

impl DecimalInput {
    /// A JSON integer (serde_json's `i64`).
    pub(crate) fn from_i64(v: i64) -> Self {
        Decimal::from(v).into()
    }

    /// A JSON integer beyond `i64`.
    pub(crate) fn from_u64(v: u64) -> Self {
        Decimal::from(v).into()
    }

    /// A JSON number read as a float: the decimal the binary number stands for, its excess bits
    /// dropped (412.5 → 412.5, 0.1 → 0.1): no float formatting, which would weigh about 17 KB
    /// of wasm. `None` beyond the decimals' range.
    pub(crate) fn from_f64(v: f64) -> Option<Self> {
        Decimal::try_from(v).ok().map(Into::into)
    }
}

impl Serialize for DecimalInput {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

struct AnyNumber;

impl Visitor<'_> for AnyNumber {
    type Value = DecimalInput;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a number")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(DecimalInput::new(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(DecimalInput::from_i64(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(DecimalInput::from_u64(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        DecimalInput::from_f64(v).ok_or_else(|| E::custom("number out of range"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(DecimalInput::default())
    }
}

impl<'de> Deserialize<'de> for DecimalInput {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AnyNumber)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn reads_numbers_the_french_way_too() {
        assert_eq!(DecimalInput::new("412,5").get(), Some(dec!(412.5)));
        assert_eq!(DecimalInput::new("1 200").get(), Some(dec!(1200)));
        assert_eq!(DecimalInput::new("").get(), Some(dec!(0)));
        assert_eq!(DecimalInput::new("douze").get(), None);
        assert_eq!(DecimalInput::new("39,30"), DecimalInput::new("39.3"));
        assert_ne!(DecimalInput::new("douze"), DecimalInput::new("onze"));
        let v: DecimalInput = serde_json::from_str("412.5").unwrap();
        assert_eq!(v.get(), Some(dec!(412.5)));
    }
}
