//! The kit every rule is written with: the calendar of a calculation year, the way a rule computes
//! its amounts once and explains them, how a dispositif absent in a year says why, and the few
//! pieces two dispositifs share. Rules import the kit; only the list of rules imports the rules.

pub mod categories;
pub mod maitre_de_stage;
pub mod options_2011;
pub mod periods;
pub mod points;

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use crate::input::{Optam, Practice, Profile, Secteur};
use crate::money::Cents;
use crate::params::NotInForce;
pub use crate::report::Detail;
use crate::report::{Dispositif, Group, Payment};

/// The calendar facts of a calculation year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Year {
    pub annee: i32,
    /// The parameters in force on this day are those of the year.
    pub parameters_date: NaiveDate,
    /// 31/12 of year n−1: the patientèle médecin traitant is observed on this day
    /// (Circulaire CNAM du 31/07/2024, §3.1 A, « Modalités de versement »).
    pub observation_date: NaiveDate,
    /// 31/12 of year n: results of the year (DONUM, IPA, GAP sessions) are read on this day.
    pub end_date: NaiveDate,
}

impl Year {
    /// `None` for a year outside the calendar chrono knows (validation refuses it first).
    pub fn new(annee: i32) -> Option<Self> {
        Some(Self {
            annee,
            parameters_date: NaiveDate::from_ymd_opt(annee, 1, 1)?,
            observation_date: NaiveDate::from_ymd_opt(annee.checked_sub(1)?, 12, 31)?,
            end_date: NaiveDate::from_ymd_opt(annee, 12, 31)?,
        })
    }
}

/// A dispositif's rule with its parameters of the year already read, as the list of rules holds
/// it. Every rule gets it from [`Computation`]: write that, not this. (No `Debug` bound: through
/// the vtable it would keep every rule's `Debug` code in the wasm.)
pub trait Rule: Send + Sync {
    /// The dispositif's code in the report (« FMT », « DONUM »…).
    fn code(&self) -> &'static str;
    /// The dispositif with its lines written as `detail` says, or why it does not apply.
    fn compute(&self, profile: &Profile, year: Year, detail: Detail) -> Dispositif;
    /// Its total alone: the same amounts, without writing their explanation.
    fn total(&self, profile: &Profile, year: Year) -> Cents;
    /// Whether its amounts are shown apart from the physician's total (see
    /// [`Computation::HORS_TOTAL`]).
    fn hors_total(&self) -> bool {
        false
    }
    /// Whether this module leaves the dispositif's amounts of the year to another wasm module
    /// (`rules::of_2011`): the engine then refuses the year rather than count them as zero.
    fn computed_elsewhere(&self) -> bool {
        false
    }
    /// Whether this module computes the dispositif in the year: when not, its total is zero for
    /// every profile, and the engine's fast paths do not ask for it.
    fn in_force(&self) -> bool;
}

/// The amounts of a dispositif for one profile, each rounded to the cent: what the report's lines
/// show and what the total adds up.
pub trait Amounts {
    fn total(&self) -> Cents;
}

/// A dispositif written once: its amounts are computed in one place ([`Computation::amounts`]);
/// the report is written from them ([`Computation::explain`]) and the total is their sum, so the
/// explained report and the fast total cannot disagree.
pub trait Computation: std::fmt::Debug + Send + Sync {
    const CODE: &'static str;
    const LIBELLE: &'static str;
    /// Amounts that are not the physician's own pay (an allocation to a structure, a union
    /// mandate's indemnity): the report shows them apart, and neither its total, its payments,
    /// the comparison of years, the scenarios nor a cohort's costing adds them up.
    const HORS_TOTAL: bool = false;
    /// The values the rule reads, resolved once for the year.
    type Params: std::fmt::Debug + Send + Sync;
    /// Every amount of the dispositif for one profile.
    type Amounts: Amounts;

    /// The parameters of the year, or why the dispositif does not exist that year.
    fn params(&self) -> &InForce<Self::Params>;

    /// The citation of the dispositif as a whole.
    fn source() -> String;

    /// The amounts for `profile`, or why the dispositif does not apply to this physician.
    fn amounts(
        p: &Self::Params,
        profile: &Profile,
        year: Year,
    ) -> Result<Self::Amounts, NotApplicable>;

    /// The report of `amounts`, written from them without computing any amount again.
    fn explain(
        p: &Self::Params,
        profile: &Profile,
        year: Year,
        amounts: &Self::Amounts,
        detail: Detail,
    ) -> Explained;
}

/// Why a dispositif in force does not apply to the physician. A fixed sentence is borrowed, not
/// copied, and a sentence that names the year is written only by the report: the fast total
/// meets this for every dispositif that does not apply, and drops it unread.
#[derive(Debug, Clone)]
pub struct NotApplicable(Motif);

#[derive(Debug, Clone)]
enum Motif {
    Text(Cow<'static, str>),
    /// The sentence `write` makes of the calculation year.
    OfYear(fn(i32) -> String, i32),
}

impl NotApplicable {
    pub fn new(motif: impl Into<Cow<'static, str>>) -> Self {
        Self(Motif::Text(motif.into()))
    }

    /// The motif `write(annee)`, formatted only if the report shows it.
    pub fn of_year(write: fn(i32) -> String, annee: i32) -> Self {
        Self(Motif::OfYear(write, annee))
    }

    /// The sentence the report shows.
    pub fn written(self) -> String {
        match self.0 {
            Motif::Text(text) => text.into_owned(),
            Motif::OfYear(write, annee) => write(annee),
        }
    }
}

/// What [`Computation::explain`] writes: the subtotals with their lines, and the payments.
#[derive(Debug, Clone, Default)]
pub struct Explained {
    pub groups: Vec<Group>,
    pub payments: Vec<Payment>,
}

impl<C: Computation> Rule for C {
    fn code(&self) -> &'static str {
        C::CODE
    }

    fn hors_total(&self) -> bool {
        C::HORS_TOTAL
    }

    fn in_force(&self) -> bool {
        matches!(self.params(), InForce::Yes(_))
    }

    fn total(&self, profile: &Profile, year: Year) -> Cents {
        match self.params() {
            InForce::Yes(p) => C::amounts(p, profile, year).map_or(Cents::ZERO, |a| a.total()),
            InForce::No(_) => Cents::ZERO,
        }
    }

    fn compute(&self, profile: &Profile, year: Year, detail: Detail) -> Dispositif {
        explained(self, profile, year, detail).apart(C::HORS_TOTAL)
    }
}

/// The report of a [`Computation`], before it is marked as shown apart or not. Its source is
/// shown beside its lines: written with them only.
fn explained<C: Computation>(c: &C, profile: &Profile, year: Year, detail: Detail) -> Dispositif {
    let source = || detail.text(C::source);
    let p = match c.params() {
        InForce::Yes(p) => p,
        InForce::No(motif) => {
            return Dispositif::not_in_force(C::CODE, C::LIBELLE, source(), motif.clone())
        }
    };
    match C::amounts(p, profile, year) {
        Err(motif) => Dispositif::not_applicable(C::CODE, C::LIBELLE, source(), motif.written()),
        Ok(amounts) => {
            let mut e = C::explain(p, profile, year, &amounts, detail);
            // A payment's source is read with the lines (the printed report, the CLI): the page's
            // table of payments does not show it, and the first module cites no parameter.
            if !detail.lignes() {
                e.payments.iter_mut().for_each(|p| p.source.clear());
            }
            let d = Dispositif::computed(C::CODE, C::LIBELLE, source(), e.groups, e.payments);
            // Every amount is shown on exactly one line: the report adds up to the total.
            debug_assert_eq!(d.total, amounts.total().value(), "{}", C::CODE);
            d
        }
    }
}

/// The citations of the values a line uses, the text named once: « Circulaire …, II.4 b) (30
/// points) ; II.4 c) (valeur du point) ». A scenario's value keeps its whole citation.
pub fn cite_all(values: &[&crate::params::Resolved]) -> String {
    let mut out: Vec<&str> = Vec::with_capacity(values.len());
    for (i, v) in values.iter().enumerate() {
        let prefix = format!("{}, ", v.texte.document);
        let named = values[..i].iter().any(|w| std::ptr::eq(w.texte, v.texte));
        out.push(match v.citation().strip_prefix(&prefix) {
            Some(section) if named => section,
            _ => v.citation(),
        });
    }
    out.join(" ; ")
}

/// Secteur 1, or secteur 2 adhering to OPTAM / OPTAM-ACO: the condition of the FMT (circulaire
/// du 31/07/2024, §3.1 A), of the aides à l'installation (§3.2 A) and of the assistant médical
/// (§4.1).
pub fn controlled_fees(practice: &Practice) -> bool {
    practice.secteur == Secteur::Un || practice.optam != Optam::Aucune
}

/// A rule's parameters for the year, or why the dispositif does not exist that year.
#[derive(Debug, Clone)]
pub enum InForce<P> {
    Yes(P),
    No(String),
}

impl<P> InForce<P> {
    /// Reads the parameters with `read`; a value missing at its date makes the dispositif absent.
    pub fn resolve(
        lifecycle: &Lifecycle,
        year: Year,
        read: impl FnOnce() -> Result<P, NotInForce>,
    ) -> Self {
        match read() {
            Ok(p) => Self::Yes(p),
            Err(missing) => Self::No(lifecycle.absence(missing, year)),
        }
    }
}

/// How a dispositif that is not in force in a year says so.
#[derive(Debug, Clone, Copy)]
pub struct Lifecycle {
    /// « Le forfait structure », as a sentence's subject.
    pub name: &'static str,
    /// Whether the name is feminine (« la ROSP … elle a pris fin »).
    pub feminine: bool,
    /// What it replaces, said when it does not exist yet (« il remplace le FPMT et la ROSP »).
    pub replaces: Option<&'static str>,
    /// What replaces it, said when it no longer exists (« remplacé par le FMT »).
    pub replaced_by: Option<&'static str>,
}

impl Lifecycle {
    fn pronoun(&self) -> &'static str {
        if self.feminine {
            "elle"
        } else {
            "il"
        }
    }

    /// Why the dispositif is absent: its parameter `missing` has no value in force at its date.
    pub fn absence(&self, missing: NotInForce, year: Year) -> String {
        let date = |d: NaiveDate| crate::input::date::french(d);
        if let Some(gap) = self.beyond_gap(missing, year) {
            return gap;
        }
        if let Some(start) = missing.param.first_day().filter(|s| *s > missing.date) {
            let replaces = self.replaces.map(|r| format!(" ; {r}")).unwrap_or_default();
            return format!(
                "{} n'existe pas en {} : {} s'applique à compter du {}{replaces}.",
                self.name,
                year.annee,
                self.pronoun(),
                date(start)
            );
        }
        if let Some(end) = missing.param.last_day().filter(|e| *e < missing.date) {
            let by = self
                .replaced_by
                .map(|r| format!(", {r}"))
                .unwrap_or_default();
            return format!(
                "{} n'existe plus en {} : {} a pris fin le {}{by}.",
                self.name,
                year.annee,
                self.pronoun(),
                date(end)
            );
        }
        format!(
            "{} n'a pas de valeur en vigueur en {} (paramètre « {} »).",
            self.name, year.annee, missing.param.id
        )
    }

    /// A dispositif whose values the sources give from the day after the years they do not cover
    /// (2017 to 2020), or until the day before: whether it existed beyond is not in the sources,
    /// so the absence says so rather than dating a start or an end the texts do not give.
    fn beyond_gap(&self, missing: NotInForce, year: Year) -> Option<String> {
        use crate::params::{UNCOVERED_END, UNCOVERED_START};
        let date = crate::input::date::french;
        let (first, last) = (missing.param.first_day()?, missing.param.last_day());
        let side = if missing.date < UNCOVERED_START && Some(first) == UNCOVERED_END.succ_opt() {
            format!("à compter du {}", date(first))
        } else if missing.date > UNCOVERED_END && last == UNCOVERED_START.pred_opt() {
            format!("jusqu'au {}", date(last?))
        } else {
            return None;
        };
        let (pronoun, computed) = if self.feminine {
            ("la", "calculée")
        } else {
            ("le", "calculé")
        };
        let other = if missing.date < UNCOVERED_START {
            self.replaces
        } else {
            self.replaced_by
        };
        Some(format!(
            "{} n'est pas {computed} en {} : les sources {pronoun} fixent {side}, et les textes de {} à {} n'y sont pas{}.",
            self.name,
            year.annee,
            UNCOVERED_START.year(),
            UNCOVERED_END.year(),
            other.map(|o| format!(" ; {o}")).unwrap_or_default()
        ))
    }
}

/// The smallest whole number at or above `threshold`, for a rule that compares a count (or an
/// age in whole years) with it on every profile: n ≥ threshold ⇔ n ≥ ⌈threshold⌉, compared in
/// integers. Read once for the year; bounded by the extremes of `i64`.
pub fn whole_from(threshold: rust_decimal::Decimal) -> i64 {
    i64::try_from(crate::money::ceil(threshold).mantissa()).unwrap_or(
        if threshold.is_sign_negative() {
            i64::MIN
        } else {
            i64::MAX
        },
    )
}

#[cfg(test)]
mod tests {
    use super::whole_from;
    use rust_decimal::Decimal;

    #[test]
    fn a_threshold_is_met_from_the_whole_number_at_or_above_it() {
        assert_eq!(whole_from(Decimal::new(65, 0)), 65);
        assert_eq!(whole_from(Decimal::new(6450, 2)), 65);
        assert_eq!(whole_from(Decimal::new(-5, 1)), 0);
        assert_eq!(whole_from(Decimal::new(100, 1)), 10);
        assert_eq!(whole_from(Decimal::MAX), i64::MAX);
        assert_eq!(whole_from(Decimal::MIN), i64::MIN);
    }
}
