//! The command line `forfaits`: a profile from a file or stdin, the report JSON on stdout;
//! exit 0 with a report, 1 with field errors, 2 on a usage error.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use common::*;
use serde_json::{json, Value};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_forfaits"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    // A binary that stops before reading (usage error, --help) closes the pipe: not an error.
    // The texts are small, far below a pipe's buffer, so writing cannot block.
    let written = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().expect("the binary ends")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("an exit code")
}

fn stdout_json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// A file in the target directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, content: &str) -> Self {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        let path = dir.join(format!("{}-{name}", std::process::id()));
        std::fs::write(&path, content).expect("temp file written");
        Self(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// ZIP, installed 2011: ALD ≥ 80: 20 × 100 € = 2 000 €; 7–74 ans C2S: 10 × 5 € = 50 €.
/// Socle 2 050 €; C2S 10 × 10 € = 100 €; ZIP 10 % × 2 050 € = 205 €.
fn small_profile() -> String {
    profile(
        exercice(json!({"zonage": "zip", "date_premiere_installation": "2011-09-01"})),
        patientele(&[
            ("de_80_ans_et_plus", true, false, 20, 0),
            ("de_7_a_74_ans", false, true, 10, 0),
        ]),
        json!({}),
    )
}

fn assert_small_report(out: &Output) {
    assert_eq!(code(out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let v = stdout_json(out);
    assert_eq!(v["statut"], "rapport");
    let r = &v["rapport"];
    assert_eq!(r["annee"], 2026);
    assert_eq!(r["date_observation"], "2025-12-31");
    let fmt = &r["dispositifs"][0];
    assert_eq!(fmt["code"], "FMT");
    assert!(fmt["motif_absence"].is_null());
    assert_eq!(fmt["groupes"][0]["code"], "FMT.SOCLE");
    // 20 × 100 + 10 × 5 = 2 050 €
    assert_eq!(fmt["groupes"][0]["sous_total"], "2050.00");
    // 10 × 10 = 100 €
    assert_eq!(fmt["groupes"][1]["sous_total"], "100.00");
    // 10 % × 2 050 = 205 €
    assert_eq!(fmt["groupes"][2]["sous_total"], "205.00");
    // 2 050 + 100 + 205 = 2 355 €
    assert_eq!(fmt["total"], "2355.00");
    assert_eq!(r["total"], "2355.00");
    // (2 050 + 100) / 4 = 537,50 € per quarter, then 205 € of majorations
    let v = r["versements"].as_array().unwrap();
    assert_eq!(v.len(), 5);
    assert!(v[..4].iter().all(|p| p["montant"] == "537.50"));
    assert_eq!(v[4]["montant"], "205.00");
    // Every line carries its formula, source and interpretations.
    let line = &fmt["groupes"][0]["lignes"][0];
    for key in [
        "code",
        "libelle",
        "formule",
        "montant",
        "source",
        "interpretations",
        "notes",
    ] {
        assert!(line.get(key).is_some(), "line without {key}: {line}");
    }
    assert!(r["interpretations"].is_array());
}

#[test]
fn profile_on_stdin() {
    assert_small_report(&run(&[], &small_profile()));
    assert_small_report(&run(&["-"], &small_profile()));
    assert_small_report(&run(&["--annee", "2026", "-"], &small_profile()));
}

#[test]
fn profile_in_a_file() {
    let file = TempFile::new("profil.json", &small_profile());
    assert_small_report(&run(&[file.path()], ""));
    assert_small_report(&run(&[file.path(), "--annee", "2026"], ""));
}

#[test]
fn field_errors_exit_1() {
    let text = profile(
        exercice(json!({"date_naissance": "2025-02-30"})),
        patientele(&[("de_7_a_74_ans", true, false, 3, 4)]),
        json!({}),
    );
    let out = run(&[], &text);
    assert_eq!(code(&out), 1);
    let v = stdout_json(&out);
    assert_eq!(v["statut"], "erreurs");
    assert!(v.get("rapport").is_none());
    let champs: Vec<&str> = v["erreurs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["champ"].as_str().unwrap())
        .collect();
    assert_eq!(
        champs,
        [
            "exercice.date_naissance",
            "patientele.de_7_a_74_ans.ald.hors_c2s.non_vus"
        ]
    );
    assert!(v["erreurs"][1]["message"]
        .as_str()
        .unwrap()
        .contains("non vus"));
}

#[test]
fn unreadable_json_exits_1_with_one_error() {
    for text in ["", "{", "pas du JSON", r#"{"exercice": {"secteur": "1"}}"#] {
        let out = run(&[], text);
        assert_eq!(code(&out), 1, "{text:?}");
        let v = stdout_json(&out);
        assert_eq!(v["statut"], "erreurs");
        assert_eq!(v["erreurs"].as_array().unwrap().len(), 1);
        assert!(!v["erreurs"][0]["message"].as_str().unwrap().is_empty());
    }
    let out = run(
        &[],
        r#"{"exercice": {"secteur": "1", "specialite": "medecine_generale", "zzz": 0}}"#,
    );
    assert_eq!(stdout_json(&out)["erreurs"][0]["champ"], "exercice.zzz");
}

#[test]
fn the_year_option() {
    // 2025: the FMT does not exist yet; a report (exit 0) with the reason.
    let out = run(&["--annee", "2025"], &small_profile());
    assert_eq!(code(&out), 0);
    let v = stdout_json(&out);
    let motif = v["rapport"]["dispositifs"][0]["motif_absence"]
        .as_str()
        .unwrap();
    assert!(motif.contains("01/01/2026"), "{motif}");
    // 2025 pays the FPMT instead (§3.1 A, montants actuels): 20 ALD ≥ 80 ans × 70 € + 10 × 5 €
    // = 1 450 €; no ROSP point, no forfait structure (no prerequisite declared).
    assert_eq!(v["rapport"]["total"], "1450.00");
    // 2027: same profile, one year later: 2 355 € again (installed 2011, permanent ZIP).
    let out = run(&["--annee", "2027"], &small_profile());
    assert_eq!(stdout_json(&out)["rapport"]["total"], "2355.00");
    // Out of range: a field error on « annee », exit 1.
    for annee in ["2020", "2036"] {
        let out = run(&["--annee", annee], &small_profile());
        assert_eq!(code(&out), 1, "{annee}");
        assert_eq!(stdout_json(&out)["erreurs"][0]["champ"], "annee");
    }
}

#[test]
fn usage_errors_exit_2() {
    let file = TempFile::new("usage.json", &small_profile());
    let cases: [&[&str]; 5] = [
        &["--annee"],
        &["--annee", "deux-mille"],
        &["--annee", "99999999999"],
        &[file.path(), file.path()],
        &["/nonexistent/profil.json"],
    ];
    for args in cases {
        let out = run(args, &small_profile());
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("usage : forfaits"), "{args:?}: {stderr}");
    }
}

#[test]
fn help() {
    for flag in ["-h", "--help"] {
        let out = run(&[flag], "");
        assert_eq!(code(&out), 0);
        assert!(String::from_utf8_lossy(&out.stdout).contains("usage : forfaits"));
    }
}

#[test]
fn default_profile_round_trip() {
    let out = run(&["--profil-par-defaut"], "");
    assert_eq!(code(&out), 0);
    let profile = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout_json(&run(&[], "{}"))["statut"], "erreurs");
    let out = run(&[], &profile);
    assert_eq!(code(&out), 0);
    // The default profile by hand (see fmt_by_hand.rs): FMT 24 875 + 920 + 2 487,50 + 4 540
    // = 32 822,50 €, plus the maître de stage in ZIP, 800 € (§3.4 B), plus the DONUM, 420 points
    // × 7 € = 2 940 € (§3.3 A) = 36 562,50 €
    assert_eq!(stdout_json(&out)["rapport"]["total"], "36562.50");
}

#[test]
fn parameter_sets() {
    let out = run(&["--parametres"], "");
    assert_eq!(code(&out), 0);
    let v = stdout_json(&out);
    let set = v
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "convention_2024")
        .unwrap();
    assert!(set["valeurs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == "fmt.prevention.indicateur" && p["valeur"] == "5"));
}

/// A scenario with a divisor out of its domain (issue 9: exit 101, a panic) gets a French error on
/// its field, exit 1; the largest values the domain allows compute.
#[test]
fn a_scenario_out_of_its_domain_is_a_field_error() {
    let tiny = TempFile::new(
        "tiny.json",
        r#"{"nom":"t","valeurs":{"rosp.patientele_reference":"0.0000000000000000000000001"}}"#,
    );
    let out = run(
        &["--scenario", tiny.path(), "--annee", "2025", "-"],
        &small_profile(),
    );
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stderr));
    let v = stdout_json(&out);
    assert_eq!(v["statut"], "erreurs");
    assert_eq!(
        v["erreurs"][0]["champ"],
        "scenarios.1.valeurs.rosp.patientele_reference"
    );
    assert_eq!(
        v["erreurs"][0]["message"],
        "Nombre entier attendu (sans virgule)."
    );
    let largest = TempFile::new(
        "largest.json",
        r#"{"nom":"t","valeurs":{"rosp.point":"1000000","rosp.patientele_reference":"1"}}"#,
    );
    // 30 patients; 520 points × 30 / 1 = 15 600 weighted points, plus 100 points, at 1 000 000 €.
    let with_points = profile_with(
        exercice(json!({})),
        patientele(&[
            ("de_80_ans_et_plus", true, false, 20, 0),
            ("de_7_a_74_ans", false, true, 10, 0),
        ]),
        json!({"rosp": {"points_ponderes": "520", "points_non_ponderes": "100"}}),
    );
    let out = run(
        &["--scenario", largest.path(), "--annee", "2025", "-"],
        &with_points,
    );
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let v = stdout_json(&out);
    let rosp = &v["scenarios"]["composantes"][2];
    assert_eq!(rosp["code"], "ROSP");
    // The signed text: (520 × 30 / 800 = 19,5) + 100 = 119,5 points × 7 € = 836,50 €.
    assert_eq!(rosp["montants"], json!(["836.50", "15700000000.00"]));
}
