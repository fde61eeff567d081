//! The command line `forfaits`: a profile from a file or stdin, the report JSON on stdout;
//! exit 0 with a report, 1 with field errors, 2 on a usage error, 3 for a cohort with invalid
//! rows left out. Options that do not go together are refused; files and systems errors are
//! reported in French; a cohort is streamed on every core.
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
    fn new(name: &str, content: impl AsRef<[u8]>) -> Self {
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
    let file = TempFile::new("profil.json", small_profile());
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
    let file = TempFile::new("usage.json", small_profile());
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

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A usage error: exit 2, nothing on stdout, `message` and the usage on stderr.
fn assert_usage_error(args: &[&str], message: &str) {
    let out = run(args, "");
    assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
    assert!(out.stdout.is_empty(), "{args:?}");
    let err = stderr(&out);
    assert!(err.contains(message), "{args:?}: {err}");
    assert!(err.contains("usage : forfaits"), "{args:?}: {err}");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert_small_report(&run(&[], &format!("\u{feff}{}", small_profile())));
    let file = TempFile::new("bom.json", format!("\u{feff}{}", small_profile()));
    assert_small_report(&run(&[file.path()], ""));
    let scenario = TempFile::new("bom-scenario.json", "\u{feff}{\"nom\": \"Même chose\"}");
    let out = run(&["--scenario", scenario.path()], &small_profile());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout_json(&out)["scenarios"]["colonnes"][1]["nom"],
        "Même chose"
    );
}

#[test]
fn invalid_utf8_and_system_errors_are_in_french() {
    let latin1 = TempFile::new("latin1.json", b"{\"exercice\": \"m\xe9decin\"}");
    let out = run(&[latin1.path()], "");
    assert_eq!(code(&out), 1);
    let v = stdout_json(&out);
    assert_eq!(v["statut"], "erreurs");
    let message = v["erreurs"][0]["message"].as_str().unwrap();
    assert!(
        message.ends_with(
            "n'est pas du texte UTF-8 (octet n° 16 invalide) : enregistrez-le en UTF-8."
        ),
        "{message}"
    );
    assert_usage_error(
        &["/nonexistent/profil.json"],
        "/nonexistent/profil.json : fichier introuvable (code 2)",
    );
    let dir = env!("CARGO_TARGET_TMPDIR");
    assert_usage_error(&[dir], "c'est un dossier, pas un fichier");
    assert_usage_error(&["--cohorte", "/nonexistent/c.csv"], "fichier introuvable");
    let cohort = TempFile::new("os.csv", columns_template());
    assert_usage_error(
        &[
            "--cohorte",
            cohort.path(),
            "--resultats",
            "/nonexistent/r.csv",
        ],
        "/nonexistent/r.csv : fichier introuvable",
    );
    assert_usage_error(
        &["--scenario", "/nonexistent/s.json"],
        "fichier introuvable",
    );
}

#[test]
fn unknown_and_incompatible_options_are_refused() {
    let f = TempFile::new("options.json", small_profile());
    let p = f.path();
    assert_usage_error(&["--bogus"], "option inconnue : --bogus");
    assert_usage_error(&["--bogus", p], "option inconnue : --bogus");
    assert_usage_error(&["-x"], "option inconnue : -x");
    let incompatible: [(&[&str], &str); 12] = [
        (
            &["--comparer", "2025", "2026", "--scenario", p],
            "--comparer et --scenario",
        ),
        (
            &["--scenario", p, "--comparer", "2025", "2026"],
            "--comparer et --scenario",
        ),
        (&["--assistant", "--cohorte", p], "--cohorte et --assistant"),
        (&["--cohorte", p, "--assistant"], "--cohorte et --assistant"),
        (
            &["--assistant", "--annee", "2025"],
            "--assistant et --annee",
        ),
        (
            &["--assistant", "--scenario", p],
            "--assistant et --scenario",
        ),
        (
            &["--comparer", "2025", "2026", "--annee", "2025"],
            "--comparer et --annee",
        ),
        (
            &["--parametres", "--annee", "2025"],
            "--parametres et --annee",
        ),
        (
            &["--modele-cohorte", "--cohorte", p],
            "--modele-cohorte et --cohorte",
        ),
        (
            &["--population-synthetique", "3", "--annee", "2025"],
            "--population-synthetique et --annee",
        ),
        (&["--cohorte", p, p], "--cohorte ne lit pas de profil"),
        (
            &["--profil-par-defaut", p],
            "--profil-par-defaut ne lit pas de profil",
        ),
    ];
    for (args, message) in incompatible {
        assert_usage_error(args, message);
    }
    assert_usage_error(
        &["--resultats", "r.csv", p],
        "--resultats ne s'emploie qu'avec --cohorte",
    );
    assert_usage_error(
        &["--format", "csv", p],
        "--format ne s'emploie qu'avec --cohorte",
    );
    assert_usage_error(
        &["--graine", "3"],
        "--graine ne s'emploie qu'avec --population-synthetique",
    );
    assert_usage_error(
        &["--annee", "2025", "--annee", "2026"],
        "option répétée : --annee",
    );
    assert_usage_error(
        &["--cohorte", p, "--format", "xml"],
        "--format attend json ou csv, pas xml",
    );
    assert_usage_error(
        &["--cohorte", p, "--fils", "0"],
        "--fils attend un nombre de 1 ou plus",
    );
    assert_usage_error(
        &["--cohorte", "--annee", "2025"],
        "--cohorte attend un fichier",
    );
}

#[test]
fn at_most_three_scenario_files() {
    let s = TempFile::new("s.json", "{\"nom\": \"S\"}");
    let p = s.path();
    let out = run(
        &["--scenario", p, "--scenario", p, "--scenario", p],
        &small_profile(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout_json(&out)["scenarios"]["colonnes"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert_usage_error(
        &[
            "--scenario",
            p,
            "--scenario",
            p,
            "--scenario",
            p,
            "--scenario",
            p,
        ],
        "--scenario : 3 fichiers au plus (le texte signé est toujours la première colonne)",
    );
}

#[test]
fn errors_have_real_field_paths() {
    // A duplicate key: on its field, not on an empty path.
    let text = r#"{"exercice": {"secteur": "1", "specialite": "medecine_generale"},
                   "exercice": {"secteur": "1", "specialite": "medecine_generale"}}"#;
    let v = stdout_json(&run(&[], text));
    assert_eq!(
        v["erreurs"][0],
        json!({"champ": "exercice", "message": "Champ en double : « exercice »."})
    );
    let text =
        r#"{"exercice": {"secteur": "1", "secteur": "2", "specialite": "medecine_generale"}}"#;
    assert_eq!(
        stdout_json(&run(&[], text))["erreurs"][0]["champ"],
        "exercice.secteur"
    );
    // A scenario file's errors are under its column, without « .. » or « [0] ».
    let broken = TempFile::new("broken.json", "{\"nom\": ");
    let unknown = TempFile::new("unknown.json", "{\"nom\": \"S\", \"zzz\": 1}");
    let negative = TempFile::new(
        "negative.json",
        "{\"nom\": \"S\", \"valeurs\": {\"mission.sas\": -1}}",
    );
    let ok = TempFile::new("ok.json", "{\"nom\": \"S\"}");
    let first = |args: &[&str]| {
        let out = run(args, &small_profile());
        assert_eq!(code(&out), 1, "{args:?}");
        stdout_json(&out)["erreurs"][0].clone()
    };
    let e = first(&["--scenario", ok.path(), "--scenario", broken.path()]);
    assert_eq!(e["champ"], "scenarios.2");
    assert_eq!(
        e["message"],
        format!("{} : JSON mal formé (ligne 1, colonne 8).", broken.path())
    );
    let e = first(&["--scenario", unknown.path()]);
    assert_eq!(e["champ"], "scenarios.1.zzz");
    let e = first(&["--scenario", negative.path()]);
    assert_eq!(e["champ"], "scenarios.1.valeurs.mission.sas");
    for args in [
        &["--scenario", broken.path()][..],
        &["--cohorte", ok.path(), "--scenario", unknown.path()],
    ] {
        let champ = first(args)["champ"].as_str().unwrap().to_owned();
        assert!(!champ.contains("..") && !champ.contains('['), "{champ}");
    }
}

fn columns_template() -> String {
    String::from_utf8(run(&["--modele-cohorte"], "").stdout).unwrap()
}

#[test]
fn the_cohort_template_is_costed() {
    let template = columns_template();
    assert_eq!(template.lines().count(), 3);
    let file = TempFile::new("modele.csv", &template);
    let out = run(&["--cohorte", file.path()], "");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v = stdout_json(&out);
    assert_eq!(v["statut"], "cohorte");
    assert_eq!(
        v["lignes"],
        json!({"lues": 2, "valides": 2, "invalides": 0})
    );
    // The first example is the default profile: 36 562,50 € (see default_profile_round_trip).
    let out = run(
        &["--cohorte", file.path(), "--comparer", "2025", "2026"],
        "",
    );
    let v = stdout_json(&out);
    assert_eq!(v["scenarios"][0]["nom"], "2025");
    assert_eq!(v["comparaisons"][0]["plus_fortes_hausses"][0]["ligne"], 2);
    assert_eq!(
        v["comparaisons"][0]["plus_fortes_hausses"][0]["total"],
        "36562.50"
    );
}

/// Two physicians and a bad row: 10 and 20 patients of 7–74 ans (5 € each under the signed
/// text, 6 € under the scenario), and « beaucoup » on line 4.
const COHORT: &str =
    "exercice.secteur;exercice.specialite;patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients\n\
    1;medecine_generale;10\n\
    1;medecine_generale;20\n\
    1;medecine_generale;beaucoup\n";

#[test]
fn a_cohort_with_a_bad_row_exits_3_and_lists_it() {
    let cohort = TempFile::new("cohorte.csv", COHORT);
    let scenario = TempFile::new(
        "six.json",
        r#"{"nom": "Six", "valeurs": {"fmt.socle.7_a_74_ans": 6}}"#,
    );
    let rows = TempFile::new("lignes.csv", "");
    let out = run(
        &[
            "--cohorte",
            cohort.path(),
            "--scenario",
            scenario.path(),
            "--resultats",
            rows.path(),
        ],
        "",
    );
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let v = stdout_json(&out);
    // 10 × 5 + 20 × 5 = 150; 10 × 6 + 20 × 6 = 180.
    assert_eq!(v["scenarios"][0]["total"], "150.00");
    assert_eq!(v["scenarios"][1]["total"], "180.00");
    assert_eq!(v["comparaisons"][0]["gagnants"]["nombre"], 2);
    assert_eq!(
        v["erreurs"],
        json!([{"ligne": 4, "champ": "patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients",
                "message": "Nombre entier attendu (sans virgule)."}])
    );
    let written = std::fs::read_to_string(&rows.0).unwrap();
    assert_eq!(
        written,
        "ligne;statut;total Convention du 4 juin 2024 (texte signé);total Six;ecart Six;erreurs\n\
         2;calculé;50,00;60,00;10,00;\n\
         3;calculé;100,00;120,00;20,00;\n\
         4;invalide;;;;patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients : Nombre entier attendu (sans virgule).\n"
    );
    // The same aggregates as a long CSV table, French decimals.
    let out = run(
        &[
            "--cohorte",
            cohort.path(),
            "--scenario",
            scenario.path(),
            "--format",
            "csv",
        ],
        "",
    );
    assert_eq!(code(&out), 3);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(
        csv.starts_with("section;groupe;scenario;mesure;valeur\nlignes;;;lues;3\n"),
        "{csv}"
    );
    assert!(csv.contains("\ntotal;;Six;ecart;30,00\n"), "{csv}");
    assert!(
        csv.contains("\ncomparaison;;Six;part des gagnants (%);100,0\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\necarts en euros;D1;Six;decile;10,00\n"),
        "{csv}"
    );
    assert!(csv.contains("\nerreurs;ligne 4;;patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients;Nombre entier attendu (sans virgule).\n"), "{csv}");
}

#[test]
fn a_bad_json_line_has_its_real_line_number() {
    let good = small_profile();
    let text = format!("{good}\n\n{good}\n{{\"exercice\": 12}}\n{good}\n");
    let out = run(&["--cohorte", "-"], &text);
    assert_eq!(code(&out), 3);
    let v = stdout_json(&out);
    assert_eq!(v["lignes"]["valides"], 3);
    assert_eq!(
        v["erreurs"][0],
        json!({"ligne": 4, "champ": "exercice",
               "message": "Groupe de champs attendu (objet JSON entre accolades)."})
    );
}

#[test]
fn a_file_that_is_not_a_cohort_exits_1() {
    let file = TempFile::new(
        "virgules.csv",
        "exercice.secteur,exercice.specialite\n1,medecine_generale\n",
    );
    let out = run(&["--cohorte", file.path()], "");
    assert_eq!(code(&out), 1);
    let v = stdout_json(&out);
    assert_eq!(v["statut"], "erreurs");
    assert_eq!(v["erreurs"][0]["champ"], "cohorte");
    assert!(v["erreurs"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("Ligne 1 : les colonnes sont séparées par des virgules"));
    let out = run(&["--cohorte", "-"], "");
    assert_eq!(
        stdout_json(&out)["erreurs"][0]["message"],
        "Le fichier est vide."
    );
}

#[test]
fn a_large_cohort_is_streamed_on_every_core() {
    // A synthetic population, written and costed by the CLI; one thread and two give the same
    // figures, and the per-row results come out in the order of the file.
    let out = run(&["--population-synthetique", "3000", "--graine", "3"], "");
    assert_eq!(code(&out), 0);
    assert_eq!(
        out.stdout.len(),
        run(&["--population-synthetique", "3000", "--graine", "3"], "")
            .stdout
            .len()
    );
    let file = TempFile::new("synthetique.csv", &out.stdout);
    let rows = TempFile::new("synthetique-lignes.csv", "");
    let costed = |threads: &str| {
        let out = run(
            &[
                "--cohorte",
                file.path(),
                "--fils",
                threads,
                "--resultats",
                rows.path(),
                "--comparer",
                "2025",
                "2026",
            ],
            "",
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        (stdout_json(&out), std::fs::read_to_string(&rows.0).unwrap())
    };
    let (one, rows_one) = costed("1");
    let (two, rows_two) = costed("2");
    assert_eq!(one, two);
    assert_eq!(rows_one, rows_two);
    assert_eq!(one["lignes"]["valides"], 3000);
    let lines: Vec<&str> = rows_one.lines().collect();
    assert_eq!(lines.len(), 3001);
    assert!(lines[1].starts_with("2;calculé;") && lines[3000].starts_with("3001;calculé;"));
    // The JSON Lines of the same population give the same totals.
    let jsonl = run(
        &[
            "--population-synthetique",
            "3000",
            "--graine",
            "3",
            "--format",
            "json",
        ],
        "",
    );
    let out = run(
        &["--cohorte", "-", "--comparer", "2025", "2026"],
        &String::from_utf8(jsonl.stdout).unwrap(),
    );
    assert_eq!(stdout_json(&out)["scenarios"], one["scenarios"]);
}

#[test]
fn help_documents_the_exit_codes() {
    let out = run(&["--help"], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(
        "codes de sortie : 0 calculé ; 1 saisie ou fichier invalide ; 2 commande invalide"
    ));
    assert!(text.contains("3 cohorte calculée, des lignes invalides écartées"));
}

/// The years of the 2011 convention through the CLI: the small profile's 20 patients in ALD of
/// 80 ans ou plus get the RMT, 20 × 40 € = 800 € (circulaire 19/2011, II.2 a); nothing else is
/// entered for 2016. In 2026 they get the FMT, 2 355 € (see above). 2018 is not computable.
#[test]
fn years_of_the_2011_convention_and_the_years_not_computed() {
    let out = run(&["--annee", "2016"], &small_profile());
    assert_eq!(code(&out), 0);
    let v = stdout_json(&out);
    assert_eq!(v["rapport"]["total"], "800.00");
    let out = run(&["--comparer", "2016", "2026"], &small_profile());
    assert_eq!(code(&out), 0);
    let c = &stdout_json(&out)["comparaison"];
    // 2 355 − 800 = +1 555 €.
    assert_eq!(c["ecart"], "1555.00");
    let out = run(&["--comparer", "2016", "2018"], &small_profile());
    assert_eq!(code(&out), 1);
    let e = &stdout_json(&out)["erreurs"][0];
    assert_eq!(e["champ"], "annee");
    assert!(e["message"]
        .as_str()
        .is_some_and(|m| m.starts_with("Année 2018 non calculable")));
    let out = run(&["--help"], "");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("années calculées : 2012 à 2016 (convention de 2011) et 2021 à 2035"));
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
