//! The year-to-year comparison (« gagnant ou perdant ? »): the same profile computed for two
//! years, per dispositif and in total, the difference, a verdict, and the lines that explain it.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::input::{FieldError, Profile};
use crate::money::{euros, round_cents, serialize_cents};
use crate::params::Parameters;
use crate::report::{Report, Text};
use crate::rules::assistant_medical::Payments;
use crate::rules::kit::Computation;
use crate::rules::Engine;

/// One dispositif in both years.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComponentDiff {
    pub code: &'static str,
    pub libelle: &'static str,
    /// Shown apart from the physician's total: its écart is not in the comparison's.
    pub hors_total: bool,
    #[serde(serialize_with = "serialize_cents")]
    pub montant_a: Decimal,
    #[serde(serialize_with = "serialize_cents")]
    pub montant_b: Decimal,
    #[serde(serialize_with = "serialize_cents")]
    pub ecart: Decimal,
    /// Why it is absent in year a or b, if it is.
    pub motif_a: Option<Text>,
    pub motif_b: Option<Text>,
    /// Its écart follows the calendar of the physician's own contract, not the texts of the
    /// years (see [`follows_contract_calendar`]).
    pub calendrier: bool,
}

/// A line whose amount differs between the two years (matched by code; a line of a dispositif
/// that exists in one year only counts as 0 in the other).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineDiff {
    pub code: Text,
    pub libelle: Text,
    pub dispositif: &'static str,
    #[serde(serialize_with = "serialize_cents")]
    pub montant_a: Decimal,
    #[serde(serialize_with = "serialize_cents")]
    pub montant_b: Decimal,
    #[serde(serialize_with = "serialize_cents")]
    pub ecart: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub annee_a: i32,
    pub annee_b: i32,
    pub rapport_a: Report,
    pub rapport_b: Report,
    pub composantes: Vec<ComponentDiff>,
    #[serde(serialize_with = "serialize_cents")]
    pub ecart: Decimal,
    /// The difference in % of year a's total, to one decimal (none when year a pays nothing).
    pub ecart_pourcent: Option<String>,
    /// « En 2026, vous gagnez 1 234,56 € de plus qu'en 2025 (+3,5 %). »
    pub verdict: String,
    /// The part of the écart that the calendar of a contract moves (the assistant médical's
    /// payments falling in one year or the next), and the rest, which the texts of each year make.
    #[serde(serialize_with = "serialize_cents")]
    pub ecart_calendrier: Decimal,
    #[serde(serialize_with = "serialize_cents")]
    pub ecart_textes: Decimal,
    /// The verdict split in these two parts, when the calendar moves something.
    pub verdict_calendrier: Option<String>,
    /// The lines that explain the difference, largest first.
    pub explications: Vec<LineDiff>,
}

/// Compares the profile's two years under `params`.
pub fn compare(
    profile: &Profile,
    annee_a: i32,
    annee_b: i32,
    params: &Parameters,
) -> Result<Comparison, Vec<FieldError>> {
    comparison(
        Engine::new(params, annee_a).compute(profile),
        Engine::new(params, annee_b).compute(profile),
    )
}

/// The comparison of a profile's reports for two years (or the errors of either, each once).
pub fn comparison(
    a: Result<Report, Vec<FieldError>>,
    b: Result<Report, Vec<FieldError>>,
) -> Result<Comparison, Vec<FieldError>> {
    let (a, b) = match (a, b) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(mut e), Err(f)) => {
            // The profile's errors do not depend on the year: each is listed once (`dedup` only
            // removes consecutive duplicates, so it would keep every error of `f` after the first).
            for x in f {
                if !e.contains(&x) {
                    e.push(x);
                }
            }
            return Err(e);
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    let composantes = a
        .dispositifs
        .iter()
        .zip(&b.dispositifs)
        .map(|(x, y)| ComponentDiff {
            code: x.code,
            libelle: x.libelle,
            hors_total: x.hors_total,
            montant_a: x.total,
            montant_b: y.total,
            ecart: round_cents(y.total - x.total),
            motif_a: x.motif_absence.clone(),
            motif_b: y.motif_absence.clone(),
            calendrier: follows_contract_calendar(x.code),
        })
        .collect::<Vec<_>>();
    let ecart = round_cents(b.total - a.total);
    let ecart_calendrier = round_cents(crate::money::sum(
        composantes
            .iter()
            .filter(|c| c.calendrier && !c.hors_total)
            .map(|c| c.ecart),
    ));
    let ecart_textes = round_cents(ecart - ecart_calendrier);
    let ecart_pourcent = (!a.total.is_zero()).then(|| {
        let p = (ecart * Decimal::ONE_HUNDRED / a.total).round_dp(1);
        let sign = if p.is_zero() {
            ""
        } else if p.is_sign_positive() {
            "+"
        } else {
            "\u{2212}"
        };
        format!("{sign}{}\u{a0}%", crate::money::plain(p.abs()))
    });
    let (annee_a, annee_b) = (a.annee, b.annee);
    let verdict = verdict(annee_a, annee_b, ecart, ecart_pourcent.as_deref());
    let verdict_calendrier = (!ecart_calendrier.is_zero()).then(|| {
        format!(
            "Dont {} dus au calendrier des versements de l'aide à l'assistant médical (les échéances de votre contrat, pas la réforme), et {} aux textes de chaque année.",
            signed_euros(ecart_calendrier),
            signed_euros(ecart_textes)
        )
    });
    let explications = line_diffs(&a, &b);
    Ok(Comparison {
        annee_a,
        annee_b,
        rapport_a: a,
        rapport_b: b,
        composantes,
        ecart,
        ecart_pourcent,
        verdict,
        ecart_calendrier,
        ecart_textes,
        verdict_calendrier,
        explications,
    })
}

/// Dispositifs whose amount in a year is what falls due that year under the physician's own
/// contract: the aid to employ an assistant médical is paid by year of contract, a deposit at
/// each anniversary and the balance after the next one (Circulaire CNAM du 31/07/2024, §4), so
/// from one calendar year to the next it moves with the contract's dates, whatever the texts.
fn follows_contract_calendar(code: &str) -> bool {
    code == <Payments as Computation>::CODE
}

/// « +1 132,34 € », « −11 000,00 € » (U+2212), « 0,00 € ».
fn signed_euros(d: Decimal) -> String {
    let sign = if d.is_zero() {
        ""
    } else if d.is_sign_positive() {
        "+"
    } else {
        "\u{2212}"
    };
    format!("{sign}{}", euros(d.abs()))
}

fn verdict(annee_a: i32, annee_b: i32, ecart: Decimal, pourcent: Option<&str>) -> String {
    let pct = pourcent.map(|p| format!(" ({p})")).unwrap_or_default();
    if ecart.is_zero() {
        format!("En {annee_b}, vos forfaits sont les mêmes qu'en {annee_a}.")
    } else if ecart.is_sign_positive() {
        format!(
            "En {annee_b}, vous gagnez {} de plus qu'en {annee_a}{pct}.",
            euros(ecart)
        )
    } else {
        format!(
            "En {annee_b}, vous percevez {} de moins qu'en {annee_a}{pct}.",
            euros(-ecart)
        )
    }
}

/// Differences line by line: lines of the same family (see `report::famille`) are summed and
/// matched across the two years, other lines by their code. The lines of a dispositif shown
/// apart from the total do not explain the difference of the totals.
fn line_diffs(a: &Report, b: &Report) -> Vec<LineDiff> {
    let mut out: Vec<LineDiff> = Vec::new();
    for (report, is_b) in [(a, false), (b, true)] {
        for d in report.dispositifs.iter().filter(|d| !d.hors_total) {
            for l in d.lines() {
                let key = l.famille.unwrap_or(&l.code);
                let index = match out.iter().position(|x| x.code == key) {
                    Some(i) => i,
                    None => {
                        out.push(LineDiff {
                            libelle: l.famille.map_or_else(|| l.libelle.clone(), Text::from),
                            code: l.famille.map_or_else(|| l.code.clone(), Text::from),
                            dispositif: d.code,
                            montant_a: Decimal::ZERO,
                            montant_b: Decimal::ZERO,
                            ecart: Decimal::ZERO,
                        });
                        out.len() - 1
                    }
                };
                let diff = &mut out[index];
                let montant = if is_b {
                    &mut diff.montant_b
                } else {
                    &mut diff.montant_a
                };
                // Not `+=` (see `money::sum`).
                let sum = *montant + l.montant;
                *montant = sum;
            }
        }
    }
    for d in &mut out {
        d.ecart = round_cents(d.montant_b - d.montant_a);
    }
    out.retain(|d| !d.ecart.is_zero());
    out.sort_by(|p, q| {
        q.ecart
            .abs()
            .cmp(&p.ecart.abs())
            .then_with(|| p.code.cmp(&q.code))
    });
    out
}
