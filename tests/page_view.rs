//! The page's one call per keystroke (`forfaits::page`), natively: the view of a request given as
//! JSON text, as the wasm export answers it — the result, which sections of the form apply, the
//! form's sentences worded from the parameters in force (a scenario's included), the errors on
//! the profile's own fields.

use forfaits::outcome::Outcome;
use forfaits::page::{formulaire, Calculateur, Vue};
use serde_json::{json, Value};

fn profile() -> Value {
    serde_json::to_value(formulaire().profil_par_defaut).unwrap()
}

fn vue(calc: &mut Calculateur, demande: Value) -> Vue {
    calc.vue_json(&demande.to_string())
}

fn visible(v: &Vue) -> Vec<&str> {
    v.sections
        .iter()
        .filter(|s| s.visible)
        .map(|s| s.cle)
        .collect()
}

#[test]
fn one_year_two_years_and_scenarios_in_one_call_each() {
    let mut calc = Calculateur::new();
    let v = vue(&mut calc, json!({"profil": profile(), "annee": 2026}));
    let Outcome::Rapport { rapport } = &v.resultat else {
        panic!("{:?}", v.resultat)
    };
    // The hand total of tests/wasm.rs: 32 822,50 (FMT) + 800 (maître de stage) + 2 940 (DONUM).
    assert_eq!(rapport.total.to_string(), "36562.50");
    // 26 + 56 + 790 + 79 + 111 patients in the example grid.
    assert_eq!(v.patients.as_deref(), Some("1\u{a0}061 patients"));
    assert_eq!(v.annee_observation, Some(2025));

    let v = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "comparer": 2025}),
    );
    let Outcome::Comparaison { comparaison } = &v.resultat else {
        panic!("{:?}", v.resultat)
    };
    // 36 562,50 − 35 430,16 (tests/wasm.rs).
    assert_eq!(comparaison.ecart.to_string(), "1132.34");
    assert!(v.entete[0].contains("comparés à 2025"));

    let shipped = formulaire().scenarios_par_defaut;
    let v = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "scenarios": {"colonnes": shipped}}),
    );
    let Outcome::Scenarios { scenarios } = &v.resultat else {
        panic!("{:?}", v.resultat)
    };
    // Option 2 of 14/03/2024: −514,80 € (tests/wasm.rs).
    assert_eq!(scenarios.colonnes[1].ecart.to_string(), "-514.80");
}

#[test]
fn the_sections_of_the_form_follow_the_years_and_the_zoning() {
    let mut calc = Calculateur::new();
    // 2025 alone: no FMT prevention, no consultations avancées (from 2026).
    let v = vue(&mut calc, json!({"profil": profile(), "annee": 2025}));
    let shown = visible(&v);
    assert!(
        !shown.contains(&"prevention") && shown.contains(&"rosp"),
        "{shown:?}"
    );
    assert!(!shown.contains(&"consultations_avancees"));
    // 2026, installed in a ZIP (the example): no consultations avancées; outside any zone: shown.
    let v = vue(&mut calc, json!({"profil": profile(), "annee": 2026}));
    assert!(!visible(&v).contains(&"consultations_avancees"));
    let mut p = profile();
    p["exercice"]["zonage"] = json!("hors_zonage");
    let v = vue(&mut calc, json!({"profil": p, "annee": 2026}));
    let shown = visible(&v);
    assert!(
        shown.contains(&"consultations_avancees") && !shown.contains(&"rosp"),
        "{shown:?}"
    );
}

#[test]
fn the_form_sentences_follow_the_scenario() {
    let mut calc = Calculateur::new();
    let v = vue(&mut calc, json!({"profil": profile(), "annee": 2026}));
    // Circulaire du 31/07/2024, §3.2 B: 6 half-days paid a month at most.
    assert!(v.libelles["consultations_avancees.demi_journees"].contains("(6 rémunérées au plus)"));
    assert!(v.libelles["annee"].contains("31 décembre"));
    // A scenario of 3 half-days a month words the form with 3.
    let custom = json!({"nom": "Trois", "valeurs": {"ca.plafond_mensuel": "3"}});
    let v = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "scenarios": {"colonnes": ["custom"], "custom": custom}}),
    );
    assert!(
        v.libelles["consultations_avancees.demi_journees"].contains("(3 rémunérées au plus)"),
        "{:?}",
        v.libelles
    );
}

#[test]
fn errors_are_on_the_profile_s_fields_and_the_request_s() {
    let mut calc = Calculateur::new();
    let mut p = profile();
    p["exercice"]["couleur"] = json!("bleu");
    let v = vue(&mut calc, json!({"profil": p, "annee": 2026}));
    let Outcome::Erreurs { erreurs } = &v.resultat else {
        panic!("{:?}", v.resultat)
    };
    assert_eq!(erreurs[0].champ, "exercice.couleur");
    assert!(v.sections.is_empty() && v.patients.is_none());
    for (demande, champ) in [
        (
            json!({"profil": profile(), "annee": 4_294_969_322_i64}),
            "annee",
        ),
        (
            json!({"profil": profile(), "annee": 2026, "comparer": 1990}),
            "comparer",
        ),
        (
            json!({"profil": profile(), "annee": 2026, "scenarios": {"colonnes": ["inconnu"]}}),
            "scenarios.colonnes.0",
        ),
        (json!({"profil": profile(), "annee": 2026, "x": 1}), "x"),
    ] {
        let v = vue(&mut calc, demande);
        let Outcome::Erreurs { erreurs } = &v.resultat else {
            panic!("{:?}", v.resultat)
        };
        assert_eq!(erreurs[0].champ, champ, "{erreurs:?}");
    }
    // And the calculator still computes.
    let v = vue(&mut calc, json!({"profil": profile(), "annee": 2026}));
    assert!(matches!(v.resultat, Outcome::Rapport { .. }));
}

/// What the page receives is written by the core's lean writer (`forfaits::json`): the very text
/// serde_json writes, for every year alone, each year compared with the next, the shipped
/// scenarios, the user's own scenario, errors, the form and the parameters in force.
#[test]
fn the_lean_writer_writes_what_serde_json_writes() {
    let same = |what: &str, value: &dyn erased::Both| {
        assert_eq!(value.lean(), value.serde(), "{what}");
    };
    let mut calc = Calculateur::new();
    let years = formulaire().annees;
    for annee in years[0]..=years[1] {
        let v = vue(&mut calc, json!({"profil": profile(), "annee": annee}));
        same(&format!("{annee}"), &v);
        let v = vue(
            &mut calc,
            json!({"profil": profile(), "annee": annee, "comparer": annee + 1}),
        );
        same(&format!("{annee} et {}", annee + 1), &v);
    }
    let shipped: Vec<String> = formulaire().scenarios.into_iter().map(|s| s.id).collect();
    let v = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "scenarios": {"colonnes": shipped[..2]}}),
    );
    same("scénarios", &v);
    let v = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "scenarios": {"colonnes": ["custom"],
            "custom": {"nom": "Mon \"scénario\"\n", "source": "", "valeurs": {"fmt.socle.ald_80_ans_et_plus": "120"}}}}),
    );
    same("scénario saisi", &v);
    let v = vue(&mut calc, json!({"profil": {"exercice": 3}, "annee": 1990}));
    same("erreurs", &v);
    same("formulaire", &formulaire());
    same(
        "paramètres",
        &forfaits::page::parametres_en_vigueur(Ok("2026".into())),
    );
}

/// A value written by both writers, the French texts of its numbers noted as the boundary notes
/// them.
mod erased {
    pub trait Both {
        fn lean(&self) -> String;
        fn serde(&self) -> String;
    }
    impl<T: serde::Serialize> Both for T {
        fn lean(&self) -> String {
            forfaits::money::with_texts(|| forfaits::json::to_string(self).unwrap()).0
        }
        fn serde(&self) -> String {
            forfaits::money::with_texts(|| serde_json::to_string(self).unwrap()).0
        }
    }
}
