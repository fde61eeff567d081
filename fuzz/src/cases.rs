//! The inputs of every entry point of the core, as a user sends them (JSON texts and years), and
//! the invariants each must keep whatever the input: a report whose lines add up to its subtotals
//! and its total, a fast total equal to the report's, every error in French on a field.
//!
//! Shared, as one source file, by the fuzz targets (`fuzz/fuzz_targets/`, through the fuzz crate),
//! by the replay of the regression inputs in `make test` (`tests/fuzz_regressions.rs`, which
//! includes this file) and by the helpers of the native tests (`tests/common`): a case found by
//! the fuzzer is checked by the same code when replayed.
//! It only uses the calculator and the crates the calculator itself depends on.

use forfaits::changes::Shown;
use forfaits::compare::{compare, Comparison};
use forfaits::input::{self, FieldError, Profile};
use forfaits::page;
use forfaits::population::{self, Costing, Decoder, Reader, RowOutcome, Run, Summary};
use forfaits::report::Report;
use forfaits::representativite::{self, Representativite};
use forfaits::rules::assistant_medical::Schedule;
use forfaits::scenario::{Scenario, ScenarioComparison};
use forfaits::{Decimal, Engine, Outcome, Parameters};
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
    /// A cohort file (`--cohorte`, the page's costing) fed to the core in pieces: costed in
    /// `annee` under the signed text and `scenario` if any, or in `annee` and `comparer`
    /// (`--comparer`).
    Cohorte {
        annee: i32,
        comparer: Option<i32>,
        scenario: Option<String>,
        /// The CSV header line; none for JSON Lines.
        entete: Option<String>,
        /// The records after the header, one a line (a record may hold line breaks).
        lignes: Vec<String>,
        /// Starts with a UTF-8 byte order mark.
        bom: bool,
        /// Lines end with CR LF.
        crlf: bool,
        /// Written in Latin-1 (a spreadsheet's Windows encoding): a character beyond ASCII is not
        /// UTF-8.
        latin1: bool,
        /// Sizes of the pieces the file is fed in, in turn.
        morceaux: Vec<usize>,
    },
    /// The page's keystrokes: a request read whole, then patches of it, each the changed fields
    /// by their dotted paths (`Calculateur.retouche`), as www/core.js sends them.
    Retouche {
        demande: String,
        retouches: Vec<String>,
    },
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
                    computable(&[*annee])?;
                    adds_up(&rapport)?;
                    fast_totals(
                        &official,
                        *annee,
                        &profile.map_err(|e| e.message)?,
                        &rapport,
                    )
                }
                Outcome::Erreurs { erreurs } => {
                    if profile.is_ok() {
                        years_refused(&[*annee], &erreurs)?;
                    }
                    french(&erreurs)
                }
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
                    computable(&[*annee])?;
                    serialises(&rapport)?;
                    adds_up(&rapport)?;
                    fast_totals(&params, *annee, &profile, &rapport)
                }
                Err(erreurs) => {
                    years_refused(&[*annee], &erreurs)?;
                    french(&erreurs)
                }
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
                    computable(&[*annee_a, *annee_b])?;
                    serialises(&c)?;
                    comparison(&c)?;
                    fast_totals(&official, *annee_a, &profile, &c.rapport_a)?;
                    fast_totals(&official, *annee_b, &profile, &c.rapport_b)
                }
                Err(erreurs) => {
                    years_refused(&[*annee_a, *annee_b], &erreurs)?;
                    french(&erreurs)
                }
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
        Case::Cohorte {
            annee,
            comparer,
            scenario,
            entete,
            lignes,
            bom,
            crlf,
            latin1,
            morceaux,
        } => {
            let costing = || cohort_costing(*annee, *comparer, scenario.as_deref());
            let columns = match costing() {
                Ok((_, columns)) => columns,
                Err(erreurs) => {
                    // A scenario's errors come first, alone; then the years'.
                    if !erreurs.iter().any(|e| e.champ.starts_with("scenarios")) {
                        let annees: Vec<i32> = std::iter::once(*annee).chain(*comparer).collect();
                        years_refused(&annees, &erreurs)?;
                    }
                    return french(&erreurs);
                }
            };
            let file = File {
                entete: entete.as_deref(),
                lignes,
                bom: *bom,
                crlf: *crlf,
                latin1: *latin1,
            };
            cohort(|| costing().map(|(c, _)| c), &columns, &file, morceaux)
        }
        Case::Retouche { demande, retouches } => patches(demande, retouches),
    }
}

/// A year the calculator computes: a report for any other is a defect.
fn computable(annees: &[i32]) -> Result<(), String> {
    match annees.iter().find(|a| input::year_error(**a).is_some()) {
        Some(a) => Err(format!("a report for the year {a}, which has no texts")),
        None => Ok(()),
    }
}

/// A year the calculator does not compute (outside 2012–2035, or 2017–2020 whose texts are not
/// in the sources) is refused on the field `annee` (or `annees.<i>`).
fn years_refused(annees: &[i32], erreurs: &[FieldError]) -> Result<(), String> {
    if !annees.iter().any(|a| input::year_error(*a).is_some()) {
        return Ok(());
    }
    ensure(erreurs.iter().any(|e| e.champ.starts_with("annee")), || {
        format!("the years {annees:?} refused, but not on their field: {erreurs:?}")
    })
}

// ---------------------------------------------------------------------------------------------
// Cohorts

/// The parameters and year of each column of a cohort's costing.
type Columns = Vec<(Parameters, i32)>;

/// The costing of a cohort as the CLI builds it (the signed text, then the scenario; or the
/// signed text in two years), and each column's parameters and year.
fn cohort_costing(
    annee: i32,
    comparer: Option<i32>,
    scenario: Option<&str>,
) -> Result<(Costing, Columns), Vec<FieldError>> {
    let official = Parameters::official();
    if let Some(b) = comparer {
        let costing = Costing::of_years(annee, b, &official)?;
        return Ok((costing, vec![(official.clone(), annee), (official, b)]));
    }
    let mut list = vec![forfaits::scenario::shipped().remove(0)];
    if let Some(text) = scenario {
        list.push(Scenario::from_json(text, 1).map_err(|e| vec![e])?);
    }
    let costing = Costing::of_scenarios(annee, &list)?;
    Ok((
        costing,
        list.iter().map(|s| (s.parameters(), annee)).collect(),
    ))
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

/// Every line to the cent and not negative, but a sum taken back: the balance of an assistant
/// médical contract year (to pay back when the deposit exceeded the aid due) and the reduction of
/// the biosimilaires to their cap (which leaves their total at the cap, never below 0); each
/// subtotal the sum of its lines, each dispositif's total the sum of its subtotals and of its
/// payments, and not negative but for a repayment; the report's total the sum of the
/// dispositifs' totals and of its payments.
pub fn adds_up(r: &Report) -> Result<(), String> {
    let (mut total, mut apart) = (Decimal::ZERO, Decimal::ZERO);
    for d in &r.dispositifs {
        let mut subtotals = Decimal::ZERO;
        for g in &d.groupes {
            let mut lines = Decimal::ZERO;
            for l in &g.lignes {
                cents(&format!("line {}", l.code), l.montant)?;
                let repayment = d.code == "ASSISTANT_MEDICAL" && l.code.ends_with(".SOLDE");
                let cap = l.code == "INTERESSEMENTS.BIOSIMILAIRES.PLAFOND";
                ensure(
                    repayment || cap || !l.montant.is_sign_negative() || l.montant.is_zero(),
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
        ensure(
            d.code == "ASSISTANT_MEDICAL" || !d.total.is_sign_negative() || d.total.is_zero(),
            || format!("total of {}: negative {}", d.code, d.total),
        )?;
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

/// A cohort file as a case writes it.
struct File<'a> {
    entete: Option<&'a str>,
    lignes: &'a [String],
    bom: bool,
    crlf: bool,
    latin1: bool,
}

impl File<'_> {
    fn eol(&self) -> &'static str {
        if self.crlf {
            "\r\n"
        } else {
            "\n"
        }
    }

    /// The file's bytes: `prefix` (the header line, or what stands for it), then `lignes`.
    fn bytes(&self, prefix: &str, lignes: &[String]) -> Vec<u8> {
        let text = format!("{prefix}{}", lignes.join(self.eol()));
        let mut out = Vec::with_capacity(text.len() + 3);
        if self.bom {
            out.extend_from_slice("\u{feff}".as_bytes());
        }
        if self.latin1 {
            out.extend(
                text.chars()
                    .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')),
            );
        } else {
            out.extend_from_slice(text.as_bytes());
        }
        out
    }

    fn header(&self) -> String {
        self.entete
            .map(|h| format!("{h}{}", self.eol()))
            .unwrap_or_default()
    }

    /// Whether each record of `lignes` is framed on its own, whatever the others: a CSV file
    /// whose header is one line (not blank, not JSON) and whose every record closes its quotes,
    /// or JSON Lines (the first character a `{`). Then record `i` read alone, after the header,
    /// gives the rows the whole file gives from its line.
    fn framed_alone(&self) -> bool {
        let first = |t: &str| t.chars().find(|c| !matches!(c, ' ' | '\t' | '\r' | '\n'));
        let even = |t: &str| t.matches('"').count().is_multiple_of(2);
        match self.entete {
            Some(h) => {
                !h.contains('\n')
                    && even(h)
                    && !matches!(first(h), None | Some('{' | '['))
                    && self.lignes.iter().all(|l| even(l))
            }
            None => first(&self.lignes.concat()) == Some('{'),
        }
    }
}

/// One record as the core's reader gives it: its line, its bytes, its profile or errors.
struct Read {
    ligne: u64,
    text: Vec<u8>,
    profil: Result<Option<Profile>, Vec<FieldError>>,
}

/// Every record of `bytes`, read at once.
fn records(bytes: &[u8]) -> Result<Vec<Read>, population::FileError> {
    let mut reader = Reader::new();
    reader.push(bytes);
    reader.finish();
    let mut out = Vec::new();
    while let Some((record, decoder)) = reader.next_record()? {
        let decoder: &Decoder = decoder;
        out.push(Read {
            ligne: record.ligne,
            text: record.text.to_vec(),
            profil: decoder.decode(record),
        });
    }
    Ok(out)
}

/// The rows of `bytes` costed by a [`Run`] fed in pieces of the sizes of `morceaux` in turn
/// (the whole file at once if none), and its summary.
fn fed(
    costing: Costing,
    bytes: &[u8],
    morceaux: &[usize],
) -> (Vec<RowOutcome>, Result<Summary, population::FileError>) {
    let mut run = Run::new(costing);
    let mut rows = Vec::new();
    let mut on_row = |o: &RowOutcome| rows.push(o.clone());
    let mut sizes = morceaux.iter().cycle();
    let mut rest = bytes;
    let summary = loop {
        if rest.is_empty() {
            break run.finish(&mut on_row);
        }
        let n = sizes
            .next()
            .copied()
            .unwrap_or(rest.len())
            .clamp(1, rest.len());
        let (chunk, tail) = rest.split_at(n);
        rest = tail;
        if let Err(e) = run.feed(chunk, &mut on_row) {
            break Err(e);
        }
    };
    (rows, summary)
}

/// A cohort: the same rows and summary in any pieces; each invalid row with its line and French
/// messages; each valid row costed as its profile is through the form's path (one report per
/// column, as the page computes it), the summary the sum of those reports; and, when each record
/// is framed on its own, each row found at its record's line.
fn cohort(
    costing: impl Fn() -> Result<Costing, Vec<FieldError>>,
    columns: &Columns,
    file: &File,
    morceaux: &[usize],
) -> Result<(), String> {
    let costing = || costing().map_err(|e| format!("the costing, built again: {e:?}"));
    let bytes = file.bytes(&file.header(), file.lignes);
    let (rows, summary) = fed(costing()?, &bytes, morceaux);
    let whole = fed(costing()?, &bytes, &[]);
    ensure(whole.0 == rows, || {
        "other rows when the file is fed at once".to_owned()
    })?;
    ensure(whole.1 == summary, || {
        format!("another result when the file is fed at once: {:?}", whole.1)
    })?;
    let lines = bytes.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let mut previous = 0;
    for row in &rows {
        let ligne = row.ligne();
        ensure(previous < ligne && ligne <= lines, || {
            format!("row of line {ligne} after line {previous}, in a file of {lines} lines")
        })?;
        previous = ligne;
        if let RowOutcome::Invalid { erreurs, .. } = row {
            french(erreurs).map_err(|e| format!("line {ligne}: {e}"))?;
        }
    }
    let summary = match summary {
        Ok(s) => s,
        Err(e) => {
            let error = FieldError::new("cohorte", e.message.clone());
            french(&[error])?;
            return ensure(
                e.ligne
                    .is_none_or(|l| l <= lines && e.message.starts_with("Ligne ")),
                || format!("a file error without its line: {e:?}"),
            );
        }
    };
    let read = records(&bytes).map_err(|e| format!("read again: {e:?}"))?;
    if file.framed_alone() {
        framing(file, &read)?;
    }
    // Each record through the form's path, one report per column.
    let mut expected = Vec::new();
    for r in read {
        let costed = match r.profil {
            Ok(None) => continue,
            Err(erreurs) => Err(erreurs),
            Ok(Some(profile)) => reports(&profile, columns)?,
        };
        expected.push((r.ligne, costed));
    }
    ensure(expected.len() == rows.len(), || {
        format!(
            "{} rows costed, {} records with a physician",
            rows.len(),
            expected.len()
        )
    })?;
    let mut totals = vec![Decimal::ZERO; columns.len()];
    let mut by_dispositif: Vec<Vec<Decimal>> = Vec::new();
    let (mut valid, mut invalid) = (0, Vec::new());
    for (row, (ligne, costed)) in rows.iter().zip(&expected) {
        ensure(row.ligne() == *ligne, || {
            format!("a row at line {}, its record at line {ligne}", row.ligne())
        })?;
        match (row, costed) {
            (RowOutcome::Invalid { erreurs, .. }, Err(e)) => {
                ensure(erreurs == e, || {
                    format!("line {ligne}: errors {erreurs:?}, the form's {e:?}")
                })?;
                invalid.push((*ligne, erreurs));
            }
            (RowOutcome::Costed { costed, .. }, Ok(reports)) => {
                valid += 1;
                for (c, r) in reports.iter().enumerate() {
                    adds_up(r)?;
                    let amounts: Vec<Decimal> = r.dispositifs.iter().map(|d| d.total).collect();
                    ensure(
                        costed.totals()[c] == r.total && costed.column(c) == amounts.as_slice(),
                        || {
                            format!(
                                "line {ligne}, column {c}: costed {} {:?}, the report {} {amounts:?}",
                                costed.totals()[c],
                                costed.column(c),
                                r.total
                            )
                        },
                    )?;
                    totals[c] += r.total;
                    by_dispositif.resize(amounts.len(), vec![Decimal::ZERO; columns.len()]);
                    for (k, m) in amounts.iter().enumerate() {
                        by_dispositif[k][c] += m;
                    }
                }
            }
            (row, costed) => {
                return Err(format!("line {ligne}: costed {row:?}, the form {costed:?}"))
            }
        }
    }
    summed(&summary, valid, &invalid, &totals, &by_dispositif)
}

/// The reports of `profile` under each column, read back from its JSON as the page would; the
/// errors of the first column that refuses it.
fn reports(
    profile: &Profile,
    columns: &Columns,
) -> Result<Result<Vec<Report>, Vec<FieldError>>, String> {
    let json = serde_json::to_string(profile).map_err(|e| format!("a row's profile: {e}"))?;
    let again = input::from_json(&json)
        .map_err(|e| format!("a row's profile does not read back: {e:?} in {json}"))?;
    ensure(&again == profile, || {
        format!("a row's profile reads back otherwise: {json}")
    })?;
    Ok(columns
        .iter()
        .map(|(params, annee)| Engine::new(params, *annee).compute(&again))
        .collect())
}

/// The summary counts the rows, sums the reports' totals, and lists the first invalid rows.
fn summed(
    s: &Summary,
    valid: u64,
    invalid: &[(u64, &Vec<FieldError>)],
    totals: &[Decimal],
    by_dispositif: &[Vec<Decimal>],
) -> Result<(), String> {
    let n = invalid.len() as u64;
    ensure(
        s.lignes.lues == valid + n
            && s.lignes.valides == valid
            && s.lignes.invalides == n
            && s.profils == valid,
        || format!("{:?} for {valid} valid and {n} invalid rows", s.lignes),
    )?;
    for (c, column) in s.scenarios.iter().enumerate() {
        ensure(
            column.total == totals[c] && column.ecart == totals[c] - totals[0],
            || {
                format!(
                    "column {c}: total {} écart {}, the reports' {}",
                    column.total, column.ecart, totals[c]
                )
            },
        )?;
    }
    if valid > 0 {
        for (row, sums) in s.dispositifs.iter().zip(by_dispositif) {
            ensure(&row.montants == sums, || {
                format!("{}: {:?}, the reports' {sums:?}", row.code, row.montants)
            })?;
        }
    }
    let listed: Vec<(u64, &str, &str)> = invalid
        .iter()
        .take(population::FIRST_ERRORS)
        .flat_map(|(ligne, errors)| {
            errors
                .iter()
                .map(|e| (*ligne, e.champ.as_str(), e.message.as_str()))
        })
        .collect();
    let shown: Vec<(u64, &str, &str)> = s
        .erreurs
        .iter()
        .map(|e| (e.ligne, e.champ.as_str(), e.message.as_str()))
        .collect();
    ensure(listed == shown, || {
        format!("errors listed {shown:?}, the rows' {listed:?}")
    })?;
    ensure(
        s.erreurs_tronquees == (invalid.len() > population::FIRST_ERRORS),
        || format!("{} invalid rows, truncated: {}", n, s.erreurs_tronquees),
    )
}

/// Each record read alone after the header gives the records the whole file gives from its line.
fn framing(file: &File, whole: &[Read]) -> Result<(), String> {
    // Before each record alone: the header, or for JSON Lines a first line `{}` left out.
    let (prefix, skipped) = match file.entete {
        Some(_) => (file.header(), 0),
        None => (format!("{{}}{}", file.eol()), 1),
    };
    let header_lines = u64::from(file.entete.is_some());
    let mut alone = Vec::new();
    let mut start = 1 + header_lines;
    for record in file.lignes {
        let bytes = file.bytes(&prefix, std::slice::from_ref(record));
        let read = records(&bytes).map_err(|e| format!("a record alone: {e:?}"))?;
        for r in read.into_iter().skip(skipped) {
            // Line 1 + header_lines (or 2 after `{}`) of the file alone is line `start`.
            let shift = start as i64 - (1 + header_lines.max(1)) as i64;
            alone.push((r.ligne as i64 + shift, r.text));
        }
        start += record.matches('\n').count() as u64 + 1;
    }
    let whole: Vec<(i64, Vec<u8>)> = whole
        .iter()
        .map(|r| (r.ligne as i64, r.text.clone()))
        .collect();
    ensure(whole == alone, || {
        format!(
            "records {:?}, each alone {:?}",
            summary_of(&whole),
            summary_of(&alone)
        )
    })
}

fn summary_of(records: &[(i64, Vec<u8>)]) -> Vec<(i64, String)> {
    records
        .iter()
        .map(|(l, t)| {
            (
                *l,
                String::from_utf8_lossy(&t[..t.len().min(40)]).into_owned(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The page's patches

/// A request patched as the page patches it gives the view the same request sent whole gives
/// (never a wrong result: a patch the core cannot apply is refused, and the page sends the whole
/// request), and the changes the core answers, applied to the view the page holds as www/core.js
/// applies them, give the new view.
fn patches(demande: &str, retouches: &[String]) -> Result<(), String> {
    // A request that does not read is the other targets' business (its errors, in French).
    let (Ok(mut kept), Ok(mut sent)) = (
        page::read_demande(demande),
        serde_json::from_str::<Value>(demande),
    ) else {
        return Ok(());
    };
    let mut calculateur = page::Calculateur::new();
    // What the core keeps of the view answered, and the view the page holds.
    let (mut shown, mut held) = whole(calculateur.vue(&kept))?;
    for t in retouches {
        let mut patched = kept.clone();
        let applied = forfaits::input::lean::patch(&mut patched, t);
        // The request the page holds once it made the change, when every path is in it.
        let sent_now = entries(t).and_then(|e| placed(sent.clone(), &e));
        if !applied {
            // The page sends its request whole, and goes on from it if it reads.
            let Some((w, d)) =
                sent_now.and_then(|w| Some((w.clone(), page::read_demande(&w.to_string()).ok()?)))
            else {
                return Ok(());
            };
            (sent, kept) = (w, d);
            (shown, held) = whole(calculateur.vue(&kept))?;
            continue;
        }
        let vue = calculateur.vue(&patched);
        let answered = whole(vue.clone())?.1;
        let (changes, next) = shown
            .changes(vue)
            .ok_or_else(|| "a view whose changes cannot be written".to_owned())?;
        let told: Vec<(Vec<Value>, Value)> = serde_json::from_str(&changes)
            .map_err(|e| format!("the changes {changes} do not read: {e}"))?;
        for (path, value) in told {
            apply(&mut held, &path, value)?;
        }
        ensure(held == answered, || {
            format!("the changes {changes} do not make the new view {answered}")
        })?;
        // A path into a group the request leaves out (its default): nothing to compare with.
        let Some(w) = sent_now else {
            return Ok(());
        };
        let text = w.to_string();
        let d = page::read_demande(&text).map_err(|e| {
            format!("the patch {t} applied, but the request it makes does not read ({e:?}): {text}")
        })?;
        let expected = whole(page::Calculateur::new().vue(&d))?.1;
        ensure(answered == expected, || {
            format!("the patch {t} gives {answered}\nthe whole request {text} gives {expected}")
        })?;
        (sent, kept, shown) = (w, patched, next);
    }
    Ok(())
}

/// What the core keeps of `vue` answered whole, and the view the page then holds (its text as
/// the page receives it, read).
fn whole(vue: page::Vue) -> Result<(Shown, Value), String> {
    let (text, shown) =
        Shown::new(vue).ok_or_else(|| "a view that cannot be written".to_owned())?;
    let held = serde_json::from_str(&text).map_err(|e| format!("{e}: {text}"))?;
    Ok((shown, held))
}

/// A patch's fields in their order (a key may come twice: the last one holds), if it is a group.
fn entries(text: &str) -> Option<Vec<(String, Value)>> {
    struct Entries(Vec<(String, Value)>);
    impl<'de> Deserialize<'de> for Entries {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Entries;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a group")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut m: A,
                ) -> Result<Entries, A::Error> {
                    let mut out = Vec::new();
                    while let Some(entry) = m.next_entry()? {
                        out.push(entry);
                    }
                    Ok(Entries(out))
                }
            }
            d.deserialize_map(Visitor)
        }
    }
    serde_json::from_str::<Entries>(text).ok().map(|e| e.0)
}

/// `request` with each value at its dotted path, in turn; none when a path goes through a group
/// or list the request does not hold (a key absent above the last, an index past the end).
fn placed(mut request: Value, entries: &[(String, Value)]) -> Option<Value> {
    for (path, value) in entries {
        let segments: Vec<&str> = path.split('.').collect();
        let (last, above) = segments.split_last()?;
        let mut at = &mut request;
        for s in above {
            at = match at {
                Value::Object(m) => m.get_mut(*s)?,
                Value::Array(a) => a.get_mut(s.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        match at {
            Value::Object(m) => {
                m.insert((*last).to_owned(), value.clone());
            }
            Value::Array(a) => *a.get_mut(last.parse::<usize>().ok()?)? = value.clone(),
            _ => return None,
        }
    }
    Some(request)
}

/// `value` put at `path` (keys and indexes from the root) of `view`, as www/core.js's
/// `appliquer` does: the root replaced when the path is empty.
fn apply(view: &mut Value, path: &[Value], value: Value) -> Result<(), String> {
    let mut at = view;
    for segment in path {
        at = match (at, segment) {
            (Value::Object(m), Value::String(k)) => m.entry(k.clone()).or_insert(Value::Null),
            // JavaScript indexes a list by a number or its text alike.
            (Value::Array(a), i @ (Value::Number(_) | Value::String(_))) => {
                let index = match i {
                    Value::Number(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
                    _ => i.as_str().and_then(|t| t.parse().ok()),
                };
                index
                    .and_then(|n| a.get_mut(n))
                    .ok_or_else(|| format!("index {i} past the list's end"))?
            }
            (_, s) => return Err(format!("a change's path goes through a value at {s}")),
        };
    }
    *at = value;
    Ok(())
}
