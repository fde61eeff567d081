//! The inputs of every entry point of the core, as a user sends them (JSON texts and years), and
//! the invariants each must keep whatever the input: a report whose lines add up to its subtotals
//! and its total, a fast total equal to the report's, every error in French on a field.
//!
//! Shared, as one source file, by the fuzz targets (`fuzz/fuzz_targets/`, through the fuzz crate),
//! by the replay of the regression inputs in `make test` (`tests/fuzz_regressions.rs`, which
//! includes this file) and by the helpers of the native tests (`tests/common`): a case found by
//! the fuzzer is checked by the same code when replayed.
//! It only uses the calculator and the crates the calculator itself depends on.

use forfaits::compare::{compare, Comparison};
use forfaits::input::{self, FieldError, Profile};
use forfaits::report::Report;
use forfaits::representativite::{self, Representativite};
use forfaits::rules::assistant_medical::Schedule;
use forfaits::scenario::{Scenario, ScenarioComparison};
use forfaits::{Decimal, Engine, Outcome, Parameters};
use serde::{Deserialize, Serialize};

/// One call of an entry point, with the texts exactly as given (a text need not be valid JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cible", rename_all = "snake_case")]
pub enum Case {
    /// A profile computed for a year (the page's calculation, the CLI's default).
    Profil { annee: i32, profil: String },
    /// A profile under one scenario's overrides (a scenario file of the CLI).
    Scenario {
        annee: i32,
        profil: String,
        scenario: String,
    },
    /// A profile compared between two years (`--comparer`, the page's comparison).
    Comparaison {
        annee_a: i32,
        annee_b: i32,
        profil: String,
    },
    /// Scenarios side by side (`--scenario …`, the page's scenario editor).
    Scenarios {
        annee: i32,
        profil: String,
        scenarios: Vec<String>,
    },
    /// URPS results, signatories and seats (the représentativité panel).
    Representativite { donnees: String },
    /// The assistant médical contract's schedule (`--assistant`).
    Echeancier { profil: String },
}

/// Checks every invariant on the outcome of `case`; the message names the first one broken.
/// A panic of the core is a failure too (the fuzzer records it; the replay's test fails).
pub fn check(case: &Case) -> Result<(), String> {
    let official = Parameters::official();
    match case {
        Case::Profil { annee, profil } => {
            let profile = input::from_json(profil);
            let outcome = Outcome::of(profile.clone(), *annee, &official);
            serialises(&outcome)?;
            match outcome {
                Outcome::Rapport { rapport } => {
                    adds_up(&rapport)?;
                    fast_totals(
                        &official,
                        *annee,
                        &profile.map_err(|e| e.message)?,
                        &rapport,
                    )
                }
                Outcome::Erreurs { erreurs } => french(&erreurs),
                other => Err(format!("not a report: {other:?}")),
            }
        }
        Case::Scenario {
            annee,
            profil,
            scenario,
        } => {
            let s = match input::read_json::<Scenario>(scenario, "le scénario") {
                Ok(s) => s,
                Err(e) => return french(&[e]),
            };
            let errors = s.validate("scenarios.0");
            if !errors.is_empty() {
                return french(&errors);
            }
            let params = s.parameters();
            let profile = match input::from_json(profil) {
                Ok(p) => p,
                Err(e) => return french(&[e]),
            };
            match Engine::new(&params, *annee).compute(&profile) {
                Ok(rapport) => {
                    serialises(&rapport)?;
                    adds_up(&rapport)?;
                    fast_totals(&params, *annee, &profile, &rapport)
                }
                Err(erreurs) => french(&erreurs),
            }
        }
        Case::Comparaison {
            annee_a,
            annee_b,
            profil,
        } => {
            let profile = match input::from_json(profil) {
                Ok(p) => p,
                Err(e) => return french(&[e]),
            };
            match compare(&profile, *annee_a, *annee_b, &official) {
                Ok(c) => {
                    serialises(&c)?;
                    comparison(&c)?;
                    fast_totals(&official, *annee_a, &profile, &c.rapport_a)?;
                    fast_totals(&official, *annee_b, &profile, &c.rapport_b)
                }
                Err(erreurs) => french(&erreurs),
            }
        }
        Case::Scenarios {
            annee,
            profil,
            scenarios,
        } => {
            let read: Result<Vec<Scenario>, FieldError> = scenarios
                .iter()
                .map(|text| input::read_json(text, "le scénario"))
                .collect();
            let outcome = Outcome::of_scenarios(input::from_json(profil), *annee, read.clone());
            serialises(&outcome)?;
            match outcome {
                Outcome::Scenarios { scenarios: c } => {
                    let profile = input::from_json(profil).map_err(|e| e.message)?;
                    side_by_side(&c)?;
                    for (s, column) in read.map_err(|e| e.message)?.iter().zip(&c.colonnes) {
                        fast_totals(&s.parameters(), *annee, &profile, &column.rapport)?;
                    }
                    Ok(())
                }
                Outcome::Erreurs { erreurs } => french(&erreurs),
                other => Err(format!("not scenarios: {other:?}")),
            }
        }
        Case::Representativite { donnees } => {
            let scenario = match representativite::from_json(donnees) {
                Ok(s) => s,
                Err(e) => return french(&[e]),
            };
            match representativite::compute(&scenario) {
                Ok(r) => {
                    serialises(&r)?;
                    seats_and_weights(&r)
                }
                Err(erreurs) => french(&erreurs),
            }
        }
        Case::Echeancier { profil } => {
            let outcome = Outcome::of_schedule(input::from_json(profil), &official);
            serialises(&outcome)?;
            match outcome {
                Outcome::Echeancier { echeancier: None } => Ok(()),
                Outcome::Echeancier {
                    echeancier: Some(s),
                } => schedule(&s),
                Outcome::Erreurs { erreurs } => french(&erreurs),
                other => Err(format!("not a schedule: {other:?}")),
            }
        }
    }
}

/// Fails with `message` unless `ok`.
fn ensure(ok: bool, message: impl FnOnce() -> String) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(message())
    }
}

/// What the CLI prints and the page receives must serialise.
fn serialises(value: &impl Serialize) -> Result<(), String> {
    serde_json::to_string(value)
        .map(drop)
        .map_err(|e| format!("does not serialise: {e}"))
}

/// An amount to the cent, as the report writes it.
fn cents(what: &str, amount: Decimal) -> Result<(), String> {
    ensure(amount.scale() == 2, || {
        format!("{what}: {amount} not to the cent")
    })
}

/// Every line to the cent and not negative (but the balance of an assistant médical contract
/// year, which is a sum to pay back when the deposit exceeded the aid due); each subtotal the sum
/// of its lines, each dispositif's total the sum of its subtotals and of its payments; the
/// report's total the sum of the dispositifs' totals and of its payments.
pub fn adds_up(r: &Report) -> Result<(), String> {
    let (mut total, mut apart) = (Decimal::ZERO, Decimal::ZERO);
    for d in &r.dispositifs {
        let mut subtotals = Decimal::ZERO;
        for g in &d.groupes {
            let mut lines = Decimal::ZERO;
            for l in &g.lignes {
                cents(&format!("line {}", l.code), l.montant)?;
                let repayment = d.code == "ASSISTANT_MEDICAL" && l.code.ends_with(".SOLDE");
                ensure(
                    repayment || !l.montant.is_sign_negative() || l.montant.is_zero(),
                    || format!("line {}: negative amount {}", l.code, l.montant),
                )?;
                lines += l.montant;
            }
            cents(&format!("subtotal {}", g.code), g.sous_total)?;
            ensure(g.sous_total == lines, || {
                format!("subtotal {}: {} ≠ lines {lines}", g.code, g.sous_total)
            })?;
            subtotals += g.sous_total;
        }
        cents(&format!("total of {}", d.code), d.total)?;
        ensure(d.total == subtotals, || {
            format!("total of {}: {} ≠ subtotals {subtotals}", d.code, d.total)
        })?;
        let paid: Decimal = d.versements.iter().map(|v| v.montant).sum();
        ensure(paid == d.total, || {
            format!("payments of {}: {paid} ≠ total {}", d.code, d.total)
        })?;
        // The dispositifs shown apart (a structure's, a mandate's) are not in the total.
        if d.hors_total {
            apart += d.total;
        } else {
            total += d.total;
        }
    }
    cents("report total", r.total)?;
    ensure(r.total == total, || {
        format!("report total {} ≠ dispositifs {total}", r.total)
    })?;
    ensure(r.a_part == apart, || {
        format!("report apart {} ≠ dispositifs apart {apart}", r.a_part)
    })?;
    let paid: Decimal = r.versements.iter().map(|v| v.montant).sum();
    ensure(paid == r.total, || {
        format!("report payments {paid} ≠ total {}", r.total)
    })
}

/// The fast path (costing a cohort) gives the report's total and each dispositif's.
pub fn fast_totals(
    params: &Parameters,
    annee: i32,
    profile: &Profile,
    r: &Report,
) -> Result<(), String> {
    let engine = Engine::new(params, annee);
    let total = engine.total(profile).map_err(|e| format!("{e:?}"))?;
    ensure(total == r.total, || {
        format!("Engine::total {total} ≠ report total {}", r.total)
    })?;
    let totals = engine.totals(profile).map_err(|e| format!("{e:?}"))?;
    let report: Vec<Decimal> = r.dispositifs.iter().map(|d| d.total).collect();
    ensure(totals == report, || {
        format!("Engine::totals {totals:?} ≠ report {report:?}")
    })
}

/// Fragments of serde's and of Rust's English messages: an error must be translated.
const ENGLISH: [&str; 9] = [
    "expected",
    "invalid type",
    "invalid value",
    "unknown variant",
    "unknown field",
    "missing field",
    "trailing characters",
    "EOF while",
    "at line",
];

/// At least one error, each with a French message.
pub fn french(errors: &[FieldError]) -> Result<(), String> {
    ensure(!errors.is_empty(), || "an empty list of errors".to_owned())?;
    for e in errors {
        ensure(!e.message.trim().is_empty(), || {
            format!("empty message on « {} »", e.champ)
        })?;
        if let Some(english) = ENGLISH.iter().find(|w| e.message.contains(*w)) {
            return Err(format!(
                "English message on « {} » ({english}): {}",
                e.champ, e.message
            ));
        }
    }
    Ok(())
}

/// Two years compared: each report adds up; each dispositif's and the total's difference is
/// b − a; the lines that explain the difference add up to it.
fn comparison(c: &Comparison) -> Result<(), String> {
    adds_up(&c.rapport_a)?;
    adds_up(&c.rapport_b)?;
    for (k, d) in c.composantes.iter().enumerate() {
        let (a, b) = (&c.rapport_a.dispositifs[k], &c.rapport_b.dispositifs[k]);
        ensure(
            d.montant_a == a.total && d.montant_b == b.total && d.ecart == b.total - a.total,
            || format!("comparison of {}: {d:?}", d.code),
        )?;
    }
    ensure(c.ecart == c.rapport_b.total - c.rapport_a.total, || {
        format!("comparison: difference {}", c.ecart)
    })?;
    let explained: Decimal = c.explications.iter().map(|l| l.ecart).sum();
    ensure(explained == c.ecart, || {
        format!("lines explain {explained}, difference {}", c.ecart)
    })
}

/// Scenarios side by side: each column's report adds up; each column's difference and each
/// dispositif's amounts and differences are those of the reports.
fn side_by_side(c: &ScenarioComparison) -> Result<(), String> {
    let Some(first) = c.colonnes.first() else {
        return Err("no column".to_owned());
    };
    for column in &c.colonnes {
        adds_up(&column.rapport)?;
        ensure(
            column.ecart == column.rapport.total - first.rapport.total,
            || format!("column {}: difference {}", column.nom, column.ecart),
        )?;
    }
    for (k, row) in c.composantes.iter().enumerate() {
        for (i, column) in c.colonnes.iter().enumerate() {
            let total = column.rapport.dispositifs[k].total;
            ensure(
                row.montants[i] == total
                    && row.ecarts[i] == total - first.rapport.dispositifs[k].total,
                || format!("row {} of column {i}: {row:?}", row.code),
            )?;
        }
    }
    Ok(())
}

/// Per college: the seats all filled, at least one per signatory; the signatories' votes and
/// weight the sums of their lines; a second reading only for votes short of the expressed votes.
fn seats_and_weights(r: &Representativite) -> Result<(), String> {
    for c in &r.colleges {
        let name = c.libelle;
        let seats: i64 = c.lignes.iter().map(|l| l.sieges).sum();
        ensure(seats == c.sieges, || {
            format!("{name}: {seats} seats given of {}", c.sieges)
        })?;
        let signatories = || c.lignes.iter().filter(|l| l.signataire);
        ensure(signatories().all(|l| l.sieges >= 1), || {
            format!("{name}: a signatory without a seat")
        })?;
        ensure(
            c.lignes.iter().all(|l| l.signataire || l.sieges == 0),
            || format!("{name}: a seat to a union that did not sign"),
        )?;
        let voix: i64 = signatories().map(|l| l.voix).sum();
        ensure(voix == c.voix_signataires, || {
            format!("{name}: signatories' votes {} ≠ {voix}", c.voix_signataires)
        })?;
        let part: Decimal = signatories().map(|l| l.part).sum();
        ensure(part == c.part_signataires, || {
            format!("{name}: weight {} ≠ shares {part}", c.part_signataires)
        })?;
        if let Some(l) = &c.lecture_voix_saisies {
            let typed: i64 = c.lignes.iter().map(|l| l.voix).sum();
            ensure(
                l.voix_saisies == typed
                    && typed < c.exprimes
                    && !c.lignes.iter().all(|l| l.part_publiee),
                || format!("{name}: second reading {l:?}"),
            )?;
        }
    }
    Ok(())
}

/// The schedule: every payment to the cent; the calendar years group the payments by the year of
/// their date, in order; the total is the sum of the payments.
pub fn schedule(s: &Schedule) -> Result<(), String> {
    let mut by_year: Vec<(i32, Decimal)> = Vec::new();
    for p in &s.versements {
        cents(&format!("payment of {}", p.date), p.montant)?;
        let y = chrono::Datelike::year(&p.date);
        match by_year.iter_mut().find(|(a, _)| *a == y) {
            Some((_, m)) => *m += p.montant,
            None => by_year.push((y, p.montant)),
        }
    }
    let calendar: Vec<(i32, Decimal)> = s
        .par_annee_civile
        .iter()
        .map(|c| (c.annee, c.montant))
        .collect();
    ensure(calendar == by_year, || {
        format!("calendar years {calendar:?} ≠ payments {by_year:?}")
    })?;
    let sum: Decimal = s.versements.iter().map(|p| p.montant).sum();
    cents("schedule total", s.total)?;
    ensure(s.total == sum, || {
        format!("schedule total {} ≠ payments {sum}", s.total)
    })
}
