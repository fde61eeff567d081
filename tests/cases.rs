//! The hand-computed cases of `tests/cases/` (one folder per dispositif, format in
//! `tests/cases/README.md`): each file is run through the paths users take, every difference is
//! collected and printed with the file, the case, the field, the expected and computed values, the
//! report line's formula and the case's own hand computation.
//!
//! `make cases` runs this target alone; `CAS=fmt make cases` only the files whose path contains
//! « fmt ».
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

#[path = "harness/check.rs"]
mod check;
#[path = "harness/format.rs"]
mod format;
#[path = "harness/run.rs"]
mod run;

use std::path::Path;

use run::{describe, run_dir, run_text, Summary};

fn cases_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

#[test]
fn every_case_file_holds() {
    let filter = std::env::var("CAS").ok().filter(|f| !f.is_empty());
    let s = run_dir(&cases_dir(), filter.as_deref());
    println!(
        "{} fichier(s), {} cas, {} calcul(s), {} vérification(s)",
        s.fichiers, s.cas, s.calculs, s.verifications
    );
    assert!(
        s.failures.is_empty(),
        "{} cas en échec :{}",
        s.failures.len(),
        describe(&s.failures)
    );
    if filter.is_none() {
        // The folder is there and read: a harness that finds nothing checks nothing.
        assert!(s.fichiers >= 10 && s.cas >= 100, "{s:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The harness itself: a wrong case fails, a malformed one too, an empty one is refused.
// ---------------------------------------------------------------------------------------------

fn run(yaml: &str) -> Summary {
    let mut s = Summary::default();
    run_text("en mémoire", yaml, &mut s);
    s
}

/// One patient in ALD of 80 ans or more: 100 € in 2026 (§3.1 A).
const ONE_PATIENT: &str = r#"
source: Circulaire CNAM du 31/07/2024, §3.1 A
profil_commun:
  patientele: {de_80_ans_et_plus: {ald: {hors_c2s: {patients: 1}}}}
cas:
"#;

#[test]
fn a_right_case_passes_and_counts_its_checks() {
    let s = run(&format!(
        "{ONE_PATIENT}
  - titre: Un patient
    calcul: 1 × 100 € = 100 €
    annee: 2026
    attendu:
      lignes: {{FMT.SOCLE.ALD_80_ANS_ET_PLUS: 100}}
      total: \"100,00\"
"
    ));
    assert!(s.failures.is_empty(), "{}", describe(&s.failures));
    assert_eq!(
        (s.fichiers, s.cas, s.calculs, s.verifications),
        (1, 1, 1, 2)
    );
}

#[test]
fn a_wrong_case_fails_with_every_difference_its_formula_and_its_hand_computation() {
    let s = run(&format!(
        "{ONE_PATIENT}
  - titre: Un patient mal compté
    calcul: 1 × 90 € = 90 €
    annees: [2026, 2027]
    attendu:
      lignes:
        FMT.SOCLE.ALD_80_ANS_ET_PLUS: 90
        FMT.SOCLE.INCONNUE: 0
      dispositifs:
        FMT: {{motif_absence: n'existe pas}}
      total: 100
"
    ));
    // One failure per year, each with all of its differences.
    assert_eq!(s.failures.len(), 2, "{}", describe(&s.failures));
    let f = &s.failures[0];
    assert_eq!(f.titre, "cas 1 « Un patient mal compté »");
    assert_eq!(f.contexte, "année 2026");
    let champs: Vec<&str> = f.items.iter().map(|i| i.champ.as_str()).collect();
    assert_eq!(
        champs,
        [
            "lignes.FMT.SOCLE.ALD_80_ANS_ET_PLUS",
            "lignes.FMT.SOCLE.INCONNUE",
            "dispositifs.FMT.motif_absence",
            "dispositifs.FMT.total (absent)",
            "dispositifs.FMT.groupes (absent)",
            "dispositifs.FMT.versements (absent)",
        ]
    );
    let amount = &f.items[0];
    assert_eq!(
        (amount.attendu.as_str(), amount.calcule.as_str()),
        ("90", "100")
    );
    assert!(amount.formule.as_deref().unwrap().contains("100"));
    assert!(f.items[1].calcule.contains("FMT.SOCLE.ALD_80_ANS_ET_PLUS"));
    let text = describe(&s.failures);
    for part in [
        "en mémoire — cas 1 « Un patient mal compté » (année 2027)",
        "attendu : 90",
        "calculé : 100",
        "formule :",
        "| 1 × 90 € = 90 €",
        "| (source : Circulaire CNAM du 31/07/2024, §3.1 A)",
    ] {
        assert!(text.contains(part), "{part}\n{text}");
    }
}

#[test]
fn a_text_expectation_a_comparison_and_a_schedule_fail_when_wrong() {
    let s = run(&format!(
        "{ONE_PATIENT}
  - titre: Texte
    calcul: —
    annee: 2026
    attendu:
      lignes: {{FMT.C2S: {{notes: [bénéficiaire], formule: {{egal: autre chose}}}}}}
  - titre: Comparaison
    calcul: —
    comparer: [2025, 2026]
    attendu: {{ecart: 1, ecart_pourcent: null}}
  - titre: Échéancier
    calcul: —
    echeancier: true
    attendu: {{total: 1}}
"
    ));
    let champs: Vec<Vec<&str>> = s
        .failures
        .iter()
        .map(|f| f.items.iter().map(|i| i.champ.as_str()).collect())
        .collect();
    assert_eq!(
        champs,
        [
            vec!["lignes.FMT.C2S.formule", "lignes.FMT.C2S.notes"],
            vec!["ecart", "ecart_pourcent"],
            vec!["echeancier"],
        ],
        "{}",
        describe(&s.failures)
    );
}

#[test]
fn a_scenario_is_validated_like_the_pages_and_all_its_errors_are_expected() {
    let s = run(&format!(
        "{ONE_PATIENT}
  - titre: Scénario invalide
    calcul: —
    annee: 2026
    scenario: {{nom: ' ', valeurs: {{fmt.inconnu: 1, fmt.socle.ald_80_ans_et_plus: -1}}}}
    attendu:
      erreurs:
        - {{champ: scenario.nom}}
        - {{champ: scenario.valeurs.fmt.inconnu, message: Paramètre inconnu}}
        - {{champ: scenario.valeurs.fmt.socle.ald_80_ans_et_plus, message: négatif}}
  - titre: Scénario valide
    calcul: 1 × 120 € = 120 €
    annee: 2026
    scenario: {{nom: essai, valeurs: {{fmt.socle.ald_80_ans_et_plus: \"120,00\"}}}}
    attendu:
      lignes: {{FMT.SOCLE.ALD_80_ANS_ET_PLUS: {{montant: 120, source: Scénario « essai »}}}}
"
    ));
    assert!(s.failures.is_empty(), "{}", describe(&s.failures));
}

#[test]
fn expected_errors_that_do_not_come_fail_and_unexpected_errors_too() {
    let s = run(&format!(
        "{ONE_PATIENT}
  - titre: Erreur attendue
    calcul: —
    annee: 2026
    attendu:
      erreurs: [{{champ: patientele, message: négatif}}]
  - titre: Erreur non attendue
    calcul: —
    annee: 2026
    profil: {{qualite: {{seances_gap: -1}}}}
    attendu: {{total: 100}}
"
    ));
    assert_eq!(s.failures.len(), 2, "{}", describe(&s.failures));
    assert_eq!(s.failures[0].items[0].champ, "erreurs");
    assert!(s.failures[1].items[0]
        .calcule
        .contains("qualite.seances_gap"));
}

#[test]
fn malformed_files_and_empty_expectations_are_failures_not_skips() {
    for (yaml, says) in [
        ("cas: [", "line"),
        ("cas: []", "« cas » est vide"),
        ("source: s\ncas:\n  - titre: t\n    calcul: c\n    annee: 2026\n    atendu: {total: 1}", "atendu"),
        ("source: s\ncas:\n  - titre: t\n    calcul: c\n    annee: 2026\n    attendu: {}", "« attendu » est vide"),
        ("source: s\ncas:\n  - titre: t\n    calcul: c\n    annee: 2026\n    attendu: {lignes: {}}", "aucune : un cas qui ne peut pas échouer"),
        ("source: s\ncas:\n  - titre: t\n    calcul: c\n    annee: 2026\n    attendu: {lignes: {X: {formule: {}}}}", "une ligne de ce code"),
        ("source: s\ncas:\n  - titre: t\n    calcul: c\n    annee: 2026\n    attendu: {lignes: {X: douze}}", "lignes"),
        ("source: s\ncas:\n  - titre: t\n    calcul: c\n    annee: 2026\n    attendu: {total: douze}", "montant attendu"),
        ("source: s\ncas:\n  - titre: t\n    calcul: c\n    annee: 2026\n    comparer: [2025, 2026]\n    attendu: {total: 1}", "un et un seul"),
        ("source: s\ncas:\n  - titre: t\n    calcul: ' '\n    annee: 2026\n    attendu: {total: 1}", "« calcul » est vide"),
        ("cas:\n  - titre: t\n    calcul: c\n    annee: 2026\n    attendu: {total: 0}", "« source » manque"),
        ("source: s\ncas:\n  - titre: t\n    calcul: c\n    echeancier: true\n    attendu: {lignes: {}}", "lignes"),
    ] {
        let s = run(yaml);
        assert_eq!(s.failures.len(), 1, "{yaml}");
        let text = describe(&s.failures);
        assert!(text.contains(says), "{yaml}\n→ {text}");
    }
    // A text expectation that says nothing cannot pass.
    let s = run(&format!(
        "{ONE_PATIENT}
  - titre: t
    calcul: c
    annee: 2026
    attendu: {{lignes: {{FMT.C2S: {{formule: {{}}}}}}}}
"
    ));
    assert!(
        describe(&s.failures).contains("une attente vide"),
        "{}",
        describe(&s.failures)
    );
}

#[test]
fn a_partial_profile_is_merged_key_by_key_over_the_base() {
    let mut base = run::minimal_base();
    run::merge(
        &mut base,
        &serde_json::json!({"exercice": {"zonage": "zip"}, "missions": {"maitre_de_stage": true}}),
    );
    run::merge(
        &mut base,
        &serde_json::json!({"exercice": {"secteur": "2"}}),
    );
    assert_eq!(
        base,
        serde_json::json!({
            "exercice": {"secteur": "2", "specialite": "medecine_generale", "zonage": "zip"},
            "missions": {"maitre_de_stage": true},
        })
    );
    // A list or a null replaces what was there.
    run::merge(&mut base, &serde_json::json!({"missions": null}));
    assert_eq!(base["missions"], serde_json::Value::Null);
}
