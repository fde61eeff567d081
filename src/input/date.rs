//! A date typed by the user: kept as typed, parsed once, never a deserialisation failure, so that
//! an impossible date becomes a French message on its field.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Dates outside this range are refused as typing errors.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateInput {
    raw: String,
    parsed: Option<NaiveDate>,
}

impl DateInput {
    pub fn new(raw: &str) -> Self {
        let raw = raw.trim().to_owned();
        let parsed = parse_iso(&raw).filter(|d| (FIRST_YEAR..=LAST_YEAR).contains(&d.year()));
        Self { raw, parsed }
    }

    /// The date, if one was typed and it exists.
    pub fn get(&self) -> Option<NaiveDate> {
        self.parsed
    }

    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// Something was typed that is not a date of the calendar (« 2025-02-30 », « demain »).
    pub fn is_invalid(&self) -> bool {
        !self.is_empty() && self.parsed.is_none()
    }
}

impl From<NaiveDate> for DateInput {
    fn from(date: NaiveDate) -> Self {
        Self {
            raw: date.to_string(),
            parsed: Some(date),
        }
    }
}

impl Serialize for DateInput {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for DateInput {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Option::<String>::deserialize(d)?;
        Ok(Self::new(raw.as_deref().unwrap_or("")))
    }
}

/// « 2025-12-31 » → the date, if it is one of the calendar (chrono's format parser would add
/// tens of kilobytes to the page for this one pattern).
fn parse_iso(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// The months, January first, as the reports and the form name them.
pub const MOIS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// « 31 décembre », a day of the year as the form says it.
pub fn day_and_month(date: NaiveDate) -> String {
    format!("{} {}", date.day(), MOIS[date.month0() as usize])
}

/// « 31/12/2025 », as the reports write a date.
pub fn french(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// Whole years completed between `from` and `at` (an age, a seniority).
pub fn full_years(from: NaiveDate, at: NaiveDate) -> i32 {
    let mut years = at.year() - from.year();
    if (at.month(), at.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_calendar_dates() {
        assert!(DateInput::new("2024-02-29").get().is_some());
        assert!(DateInput::new("2025-02-29").is_invalid());
        assert!(DateInput::new("31/12/2025").is_invalid());
        assert!(DateInput::new("1850-01-01").is_invalid());
        assert!(DateInput::new("").is_empty());
    }

    #[test]
    fn counts_completed_years() {
        let d = |s| parse_iso(s).unwrap();
        assert_eq!(full_years(d("1958-12-31"), d("2025-12-31")), 67);
        assert_eq!(full_years(d("1959-01-01"), d("2025-12-31")), 66);
        assert_eq!(full_years(d("2024-02-29"), d("2025-02-28")), 0);
    }
}
