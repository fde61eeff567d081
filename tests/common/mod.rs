//! Helpers shared by the integration tests: profiles are written as JSON text and go through
//! `forfaits::input::from_json` then `forfaits::compute`, the path the CLI and the page take.
#![allow(dead_code)]

#[path = "../../fuzz/src/cases.rs"]
pub mod cases;

use forfaits::report::{Dispositif, Line, Report};
use forfaits::{Comparison, FieldError, Parameters};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

/// The age bands of the profile, youngest first.
pub const BANDS: [&str; 5] = [
    "moins_2_ans",
    "de_2_a_6_ans",
    "de_7_a_74_ans",
    "de_75_a_79_ans",
    "de_80_ans_et_plus",
];

/// The 15 prevention indicators, in the order of the table of §3.1 C.
pub const INDICATORS: [&str; 15] = [
    "grippe",
    "covid",
    "pneumocoque",
    "ror",
    "meningocoque_c",
    "hpv",
    "cancer_sein",
    "cancer_col",
    "cancer_colorectal",
    "diabete_glycemie",
    "mrc",
    "hba1c",
    "examen_m9",
    "examen_m24",
    "bucco_dentaire",
];

/// `base` with the keys of `extra` added or replaced (both JSON objects; one level deep).
pub fn merged(mut base: Value, extra: Value) -> Value {
    if let (Some(b), Value::Object(extra)) = (base.as_object_mut(), extra) {
        b.extend(extra);
    }
    base
}

/// A médecin généraliste de secteur 1, cabinet hors zonage, with `extra` fields added or
/// replaced (`json!({"zonage": "zip"})`).
pub fn exercice(extra: Value) -> Value {
    merged(
        json!({"secteur": "1", "specialite": "medecine_generale"}),
        extra,
    )
}

/// A patientèle from (band, ald, c2s, patients, non_vus) cells; absent cells are empty.
pub fn patientele(cells: &[(&str, bool, bool, i64, i64)]) -> Value {
    let mut p = Map::new();
    for &(band, ald, c2s, patients, non_vus) in cells {
        let ald_key = if ald { "ald" } else { "hors_ald" };
        let c2s_key = if c2s { "c2s" } else { "hors_c2s" };
        // Indexing a JSON object by a missing key inserts it (null, then an object).
        let band_value = p.entry(band).or_insert_with(|| json!({}));
        band_value[ald_key][c2s_key] = json!({"patients": patients, "non_vus": non_vus});
    }
    Value::Object(p)
}

/// Prevention results from (indicator, eligibles, valides).
pub fn prevention(indicators: &[(&str, i64, i64)]) -> Value {
    let mut p = Map::new();
    for &(key, eligibles, valides) in indicators {
        p.insert(
            key.to_owned(),
            json!({"eligibles": eligibles, "valides": valides}),
        );
    }
    Value::Object(p)
}

/// The profile as the JSON text a user would send.
pub fn profile(exercice: Value, patientele: Value, prevention: Value) -> String {
    json!({"exercice": exercice, "patientele": patientele, "prevention": prevention}).to_string()
}

/// A profile with its `exercice`, its `patientele` and every section of `sections`, an object
/// holding any of « prevention », « rosp », « numerique », « forfait_structure », « vsm »,
/// « missions » (`json!({"rosp": {"points_ponderes": "412,5"}})`).
pub fn profile_with(exercice: Value, patientele: Value, sections: Value) -> String {
    merged(
        json!({"exercice": exercice, "patientele": patientele}),
        sections,
    )
    .to_string()
}

/// A téléservice's usage: acts done online out of all acts of the kind.
pub fn usage(numerateur: i64, denominateur: i64) -> Value {
    json!({"numerateur": numerateur, "denominateur": denominateur})
}

/// The results of one VSM campaign.
pub fn vsm_results(patients_ald: i64, avec_vsm: i64, structures: i64) -> Value {
    json!({
        "patients_ald": patients_ald,
        "patients_ald_avec_vsm": avec_vsm,
        "vsm_structures": structures,
    })
}

/// The report of a profile under the official parameters; panics with the errors otherwise.
pub fn report(text: &str, annee: i32) -> Report {
    report_with(text, annee, &Parameters::official())
}

pub fn report_with(text: &str, annee: i32, params: &Parameters) -> Report {
    let profile = forfaits::input::from_json(text)
        .unwrap_or_else(|e| panic!("profile not read: {e:?}\n{text}"));
    let report = forfaits::compute(&profile, annee, params)
        .unwrap_or_else(|e| panic!("profile refused: {e:?}\n{text}"));
    assert_adds_up(&report);
    // The fast path for costing many physicians gives the same total, to the cent, and the same
    // total for each dispositif.
    let engine = forfaits::Engine::new(params, annee);
    assert_eq!(
        engine.total(&profile),
        Ok(report.total),
        "Engine::total of {annee}"
    );
    let totals: Vec<Decimal> = report.dispositifs.iter().map(|d| d.total).collect();
    assert_eq!(
        engine.totals(&profile),
        Ok(totals),
        "Engine::totals of {annee}"
    );
    report
}

/// The comparison of a profile's two years under the official parameters; panics with the
/// errors otherwise.
pub fn comparison(text: &str, annee_a: i32, annee_b: i32) -> Comparison {
    let profile = forfaits::input::from_json(text)
        .unwrap_or_else(|e| panic!("profile not read: {e:?}\n{text}"));
    let c = forfaits::compare(&profile, annee_a, annee_b, &Parameters::official())
        .unwrap_or_else(|e| panic!("profile refused: {e:?}\n{text}"));
    assert_adds_up(&c.rapport_a);
    assert_adds_up(&c.rapport_b);
    c
}

/// The errors of a comparison of a profile that reads but does not validate.
pub fn comparison_errors(text: &str, annee_a: i32, annee_b: i32) -> Vec<FieldError> {
    let profile = forfaits::input::from_json(text)
        .unwrap_or_else(|e| panic!("profile not read: {e:?}\n{text}"));
    match forfaits::compare(&profile, annee_a, annee_b, &Parameters::official()) {
        Ok(_) => panic!("comparison accepted, errors expected:\n{text}"),
        Err(errors) => errors,
    }
}

/// The errors of a profile that reads but does not validate.
pub fn errors(text: &str, annee: i32) -> Vec<FieldError> {
    let profile = forfaits::input::from_json(text)
        .unwrap_or_else(|e| panic!("profile not read: {e:?}\n{text}"));
    match forfaits::compute(&profile, annee, &Parameters::official()) {
        Ok(_) => panic!("profile accepted, errors expected:\n{text}"),
        Err(errors) => errors,
    }
}

/// The error of a text that is not a profile.
pub fn read_error(text: &str) -> FieldError {
    match forfaits::input::from_json(text) {
        Ok(p) => panic!("text read as a profile: {p:?}\n{text}"),
        Err(e) => e,
    }
}

pub fn fmt(report: &Report) -> &Dispositif {
    dispositif(report, "FMT")
}

/// Dispositif `code` of the report (« FPMT », « ROSP », « FS », « VSM », « MISSIONS »…).
pub fn dispositif<'a>(report: &'a Report, code: &str) -> &'a Dispositif {
    report
        .dispositif(code)
        .unwrap_or_else(|| panic!("no dispositif {code} in the report"))
}

pub fn line<'a>(report: &'a Report, code: &str) -> &'a Line {
    report
        .line(code)
        .unwrap_or_else(|| panic!("no line {code} in the report"))
}

/// The amount of line `code`.
pub fn amount(report: &Report, code: &str) -> Decimal {
    line(report, code).montant
}

/// The subtotal of group `code` of the FMT.
pub fn sous_total(report: &Report, code: &str) -> Decimal {
    fmt(report)
        .groupes
        .iter()
        .find(|g| g.code == code)
        .unwrap_or_else(|| panic!("no group {code} in the FMT"))
        .sous_total
}

/// The amounts of the report's payments whose object contains `objet`.
pub fn payments(report: &Report, objet: &str) -> Vec<Decimal> {
    report
        .versements
        .iter()
        .filter(|v| v.objet.contains(objet))
        .map(|v| v.montant)
        .collect()
}

/// Quarterly payments of the socle and the majoration C2S.
pub fn quarterly(report: &Report) -> Vec<Decimal> {
    payments(report, "un quart")
}

/// Every amount to the cent; the report's total is the sum of the dispositifs' totals, each the
/// sum of its subtotals, each the sum of its lines; the payments pay the total exactly (the
/// invariants the fuzz targets check on every input, `fuzz/src/cases.rs`).
pub fn assert_adds_up(report: &Report) {
    if let Err(broken) = cases::adds_up(report) {
        panic!("{broken}");
    }
}

// assistant médical

/// A profile holding only its `exercice` and an assistant médical `contrat`, as JSON text.
pub fn assistant_profile(exercice: Value, contrat: Value) -> String {
    json!({"exercice": exercice, "assistant_medical": contrat}).to_string()
}

/// What `Outcome::of_schedule` (the CLI's `--assistant`) makes of a profile's text.
pub fn schedule_outcome(text: &str) -> forfaits::Outcome {
    forfaits::Outcome::of_schedule(forfaits::input::from_json(text), &Parameters::official())
}

/// The schedule of the profile's contract; panics on errors or without a contract. Checks that
/// every amount is to the cent, that the calendar years group the payments by the year of their
/// date, and that the total is the sum of the payments.
pub fn echeancier(text: &str) -> forfaits::rules::assistant_medical::Schedule {
    let s = match schedule_outcome(text) {
        forfaits::Outcome::Echeancier {
            echeancier: Some(s),
        } => *s,
        other => panic!("no schedule: {other:?}\n{text}"),
    };
    if let Err(broken) = cases::schedule(&s) {
        panic!("{broken}");
    }
    s
}

/// The errors `Outcome::of_schedule` places on the fields of a profile's text.
pub fn echeancier_errors(text: &str) -> Vec<FieldError> {
    match schedule_outcome(text) {
        forfaits::Outcome::Erreurs { erreurs } => erreurs,
        other => panic!("schedule computed, errors expected: {other:?}\n{text}"),
    }
}

/// The schedule's payments as (date, contract year, nature, amount).
pub fn am_versements(
    s: &forfaits::rules::assistant_medical::Schedule,
) -> Vec<(String, i64, &'static str, Decimal)> {
    use forfaits::rules::assistant_medical::Nature;
    s.versements
        .iter()
        .map(|p| {
            let nature = match p.nature {
                Nature::Integral => "integral",
                Nature::Acompte => "acompte",
                Nature::Solde => "solde",
            };
            (p.date.to_string(), p.annee_contrat, nature, p.montant)
        })
        .collect()
}

/// The maximum of each contract year, in order.
pub fn am_maxima(s: &forfaits::rules::assistant_medical::Schedule) -> Vec<Decimal> {
    s.annees_contrat.iter().map(|y| y.montant_maximal).collect()
}

/// The amounts paid in each calendar year, in order.
pub fn am_par_annee(s: &forfaits::rules::assistant_medical::Schedule) -> Vec<(i32, Decimal)> {
    s.par_annee_civile
        .iter()
        .map(|c| (c.annee, c.montant))
        .collect()
}

// 2026 dispositifs

/// Half-days of consultations avancées for the 12 months from (month 1 to 12, half-days); the
/// other months have none.
pub fn demi_journees(months: &[(usize, i64)]) -> Value {
    let mut all = [0_i64; 12];
    for &(month, n) in months {
        all[month - 1] = n;
    }
    json!(all)
}

// the costing of a cohort

/// What `forfaits --cohorte` prints for `profiles` (JSON values), the signed text first then each
/// of `scenarios` (JSON values), through files in a directory of its own.
pub fn cohort_through_the_cli(profiles: &[Value], scenarios: &[Value]) -> Value {
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("forfaits-cohorte-{}-{run}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cohort = dir.join("cohorte.json");
    std::fs::write(&cohort, Value::from(profiles.to_vec()).to_string()).unwrap();
    let mut args = vec!["--cohorte".to_owned(), cohort.to_str().unwrap().to_owned()];
    for (i, s) in scenarios.iter().enumerate() {
        let file = dir.join(format!("scenario-{i}.json"));
        std::fs::write(&file, s.to_string()).unwrap();
        args.extend(["--scenario".to_owned(), file.to_str().unwrap().to_owned()]);
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_forfaits"))
        .args(&args)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
