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

#[test]
fn the_trajectory_computes_each_year_in_the_same_call() {
    let mut calc = Calculateur::new();
    // Not asked: not computed.
    let v = vue(&mut calc, json!({"profil": profile(), "annee": 2026}));
    assert_eq!(v.trajectoire, None);
    let v = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "comparer": 2025, "trajectoire": true}),
    );
    let years = v.trajectoire.expect("la trajectoire demandée");
    let annees: Vec<i32> = years.iter().map(|y| y.annee).collect();
    assert_eq!(annees, (2021..=2030).collect::<Vec<_>>());
    let total = |annee: i32| {
        let y = years.iter().find(|y| y.annee == annee).unwrap();
        (
            y.total.map(|t| t.to_string()),
            y.dispositifs.iter().map(|d| d.code).collect::<Vec<_>>(),
        )
    };
    // The hand totals of tests/wasm.rs: 2025 = FPMT 19 976 + ROSP 5 527,55 + FS 7 420 + VSM
    // 2 506,61 (the missions and the qualité in force, 0 €); 2026 = FMT 32 822,50 + missions 800
    // + DONUM 2 940.
    let (t2025, d2025) = total(2025);
    assert_eq!(t2025.as_deref(), Some("35430.16"));
    assert!(
        d2025.starts_with(&["FPMT", "ROSP", "FS", "VSM"]),
        "{d2025:?}"
    );
    let (t2026, d2026) = total(2026);
    assert_eq!(t2026.as_deref(), Some("36562.50"));
    assert!(d2026.contains(&"FMT") && d2026.contains(&"DONUM") && !d2026.contains(&"FPMT"));
    // Every year of the range is computed or says why not.
    assert!(years.iter().all(|y| y.total.is_some() || y.motif.is_some()));
}

#[test]
fn the_empty_profile_computes_to_nothing() {
    let mut calc = Calculateur::new();
    let empty = serde_json::to_value(formulaire().profil_vide).unwrap();
    let v = vue(
        &mut calc,
        json!({"profil": empty, "annee": 2026, "comparer": 2025}),
    );
    let Outcome::Comparaison { comparaison } = &v.resultat else {
        panic!("{:?}", v.resultat)
    };
    assert_eq!(comparaison.rapport_b.total.to_string(), "0.00");
    assert_eq!(comparaison.rapport_a.total.to_string(), "0.00");
    assert_eq!(v.patients.as_deref(), Some("0 patient"));
}

#[test]
fn the_comparison_separates_the_contract_calendar_from_the_texts() {
    // The assistant médical contract of tests/e2e/dispositifs2026.test.mjs: signed on 15/11/2021,
    // 1 ETP; the 4th year's balance (11 000) and the 5th year's deposit (11 000) fall in 2025, the
    // 5th year's balance (11 000) in 2026. The texts make +1 132,34 (the example without a
    // contract); the calendar moves 11 000 − 22 000 = −11 000; together −9 867,66.
    let mut calc = Calculateur::new();
    let mut profil = profile();
    let mut contract = serde_json::to_value(formulaire().schema.assistant.contrat_propose).unwrap();
    contract["date_signature"] = json!("2021-11-15");
    contract["resultats"] =
        json!([{"pfa_depart": 1500, "pfa_objectif": 1700, "pfa_realisee": 1650}]);
    profil["assistant_medical"] = contract;
    let v = vue(
        &mut calc,
        json!({"profil": profil, "annee": 2026, "comparer": 2025}),
    );
    let Outcome::Comparaison { comparaison } = &v.resultat else {
        panic!("{:?}", v.resultat)
    };
    assert_eq!(comparaison.ecart.to_string(), "-9867.66");
    assert_eq!(comparaison.ecart_calendrier.to_string(), "-11000.00");
    assert_eq!(comparaison.ecart_textes.to_string(), "1132.34");
    assert_eq!(
        comparaison.verdict_calendrier.as_deref(),
        Some("Dont \u{2212}11\u{a0}000\u{a0}€ dus au calendrier des versements de l'aide à l'assistant médical (les échéances de votre contrat, pas la réforme), et +1\u{a0}132,34\u{a0}€ aux textes de chaque année.")
    );
    let calendar: Vec<&str> = comparaison
        .composantes
        .iter()
        .filter(|c| c.calendrier)
        .map(|c| c.code)
        .collect();
    assert_eq!(calendar, ["ASSISTANT_MEDICAL"]);
    // Without a contract, nothing is the calendar's.
    let v = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "comparer": 2025}),
    );
    let Outcome::Comparaison { comparaison } = &v.resultat else {
        panic!("{:?}", v.resultat)
    };
    assert_eq!(comparaison.ecart_calendrier.to_string(), "0.00");
    assert_eq!(comparaison.verdict_calendrier, None);
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
        let v = vue(
            &mut calc,
            json!({"profil": profile(), "annee": annee, "comparer": annee + 1, "ouverts": ["FMT", "ROSP"]}),
        );
        same(
            &format!("{annee} et {}, deux dispositifs ouverts", annee + 1),
            &v,
        );
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

#[test]
fn a_keystroke_brings_the_lines_of_the_opened_dispositifs_only() {
    let mut calc = Calculateur::new();
    let full = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "comparer": 2025}),
    );
    let compact = vue(
        &mut calc,
        json!({"profil": profile(), "annee": 2026, "comparer": 2025, "ouverts": ["FMT"]}),
    );
    let (Outcome::Comparaison { comparaison: f }, Outcome::Comparaison { comparaison: c }) =
        (&full.resultat, &compact.resultat)
    else {
        panic!("{:?}", compact.resultat)
    };
    // The same numbers: totals, écarts, the explained differences line by line (computed from
    // every line), the interpretations and the payments of the report.
    assert_eq!(c.ecart.to_string(), "1132.34");
    assert_eq!(
        (&c.composantes, &c.explications, &c.verdict),
        (&f.composantes, &f.explications, &f.verdict)
    );
    // A payment's source is written with the lines (the page's table of payments does not show
    // it): the rest of each payment is the same.
    let payments = |r: &forfaits::Report| -> Vec<_> {
        r.versements
            .iter()
            .map(|v| {
                (
                    v.echeance.clone(),
                    v.objet.clone(),
                    v.montant,
                    v.interpretation.clone(),
                )
            })
            .collect()
    };
    for (c, f) in [(&c.rapport_a, &f.rapport_a), (&c.rapport_b, &f.rapport_b)] {
        assert_eq!(
            (c.total, c.a_part, payments(c), &c.interpretations),
            (f.total, f.a_part, payments(f), &f.interpretations)
        );
        for (cd, fd) in c.dispositifs.iter().zip(&f.dispositifs) {
            let heads = |d: &forfaits::report::Dispositif| {
                let groups: Vec<_> = d.groupes.iter().map(|g| (g.code, g.sous_total)).collect();
                (d.code, d.total, d.motif_absence.clone(), groups)
            };
            assert_eq!(heads(cd), heads(fd));
            if cd.code == "FMT" {
                assert_eq!(cd, fd, "le FMT ouvert vient entier");
            } else {
                assert!(
                    cd.source.is_empty() && cd.versements.is_empty(),
                    "{}",
                    cd.code
                );
                assert!(cd.lines().next().is_none(), "{}", cd.code);
            }
        }
    }
    // FMT in 2026: its socle's line of the 7–74 years, and nothing of the DONUM's lines.
    let b = &c.rapport_b;
    assert!(b.line("FMT.SOCLE.7_A_74_ANS").is_some());
    assert!(f
        .rapport_b
        .dispositif("DONUM")
        .is_some_and(|d| d.lines().next().is_some()));
    assert!(b
        .dispositif("DONUM")
        .is_some_and(|d| d.lines().next().is_none()));
    assert_eq!(full.sections, compact.sections);
    assert_eq!(full.libelles, compact.libelles);
}

#[test]
fn the_parts_the_page_holds_come_empty_while_their_key_is_unchanged() {
    let mut calc = Calculateur::new();
    let ask = |calc: &mut Calculateur, profil: Value, annee: i64, connu: Option<&str>| {
        vue(
            calc,
            json!({"profil": profil, "annee": annee, "comparer": 2025, "ouverts": [], "connu": connu}),
        )
    };
    let first = ask(&mut calc, profile(), 2026, None);
    assert!(first.cle.starts_with("2026/2025/"), "{}", first.cle);
    assert!(!first.sections.is_empty() && !first.libelles.is_empty() && !first.entete.is_empty());
    // The same key sent back: the same view, those three parts empty.
    let held = ask(&mut calc, profile(), 2026, Some(&first.cle));
    assert_eq!(held.cle, first.cle);
    assert!(held.sections.is_empty() && held.libelles.is_empty() && held.entete.is_empty());
    assert_eq!(held.resultat, first.resultat);
    // Another year, or a part of the form that starts to apply (the consultations avancées, for
    // a physician outside the ZIP of the example): another key, the parts whole.
    let other_year = ask(&mut calc, profile(), 2027, Some(&first.cle));
    assert_ne!(other_year.cle, first.cle);
    assert!(other_year.libelles.contains_key("annee") && !other_year.entete.is_empty());
    let mut outside = profile();
    outside["exercice"]["zonage"] = json!("hors_zonage");
    let outside = ask(&mut calc, outside, 2026, Some(&first.cle));
    assert_ne!(outside.cle, first.cle);
    assert_eq!(outside.libelles, first.libelles);
    assert!(visible(&outside).contains(&"consultations_avancees"));
    assert!(!visible(&first).contains(&"consultations_avancees"));
}
