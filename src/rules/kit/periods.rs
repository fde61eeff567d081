//! Values that start or change during a calculation year. Most rules read their parameters on
//! 1 January; a majoration billed act by act that is created during the year (the SHE on
//! 22/12/2024) or a rate that changes during it (the régulation libérale, 90 € then 100 € an hour
//! on 22/06/2024) needs the values of the whole year.

use chrono::NaiveDate;

use crate::params::{NotInForce, Param, Parameters, Resolved};

use super::Year;

/// The value of `param` for acts counted over the year: the one in force on the first day of the
/// year on which the parameter has a value — the acts of a year can only have been billed while
/// the majoration existed. When it has no value in the year, the error is dated 1 January, so
/// that the dispositif's [`super::Lifecycle`] says when it starts or ended.
pub fn first_in_year(
    params: &Parameters,
    param: &'static Param,
    year: Year,
) -> Result<Resolved, NotInForce> {
    let start = year.parameters_date;
    let mut days: Vec<NaiveDate> = param
        .valeurs
        .iter()
        .map(|v| v.debut)
        .filter(|d| *d > start && *d <= year.end_date)
        .collect();
    days.sort_unstable();
    std::iter::once(start)
        .chain(days)
        .find_map(|d| params.get(param, d).ok())
        .ok_or(NotInForce { param, date: start })
}

/// One value of a parameter during a part of the calculation year.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub resolved: Resolved,
    pub debut: NaiveDate,
    pub fin: NaiveDate,
    /// Days from `debut` to `fin`, both included.
    pub jours: i64,
}

/// The values of `param` in force during the year, in the order of their dates, each with the
/// days of the year it covers (a scenario's override replaces each of them).
pub fn segments(params: &Parameters, param: &'static Param, year: Year) -> Vec<Segment> {
    let mut out: Vec<Segment> = param
        .valeurs
        .iter()
        .filter(|v| v.debut <= year.end_date && v.fin.is_none_or(|f| f >= year.parameters_date))
        .filter_map(|v| {
            let debut = v.debut.max(year.parameters_date);
            let fin = v.fin.map_or(year.end_date, |f| f.min(year.end_date));
            Some(Segment {
                resolved: params.get(param, debut).ok()?,
                debut,
                fin,
                jours: (fin - debut).num_days() + 1,
            })
        })
        .collect();
    out.sort_by_key(|s| s.debut);
    out
}
