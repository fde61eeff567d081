//! Scenarios for negotiators, computed by hand: each shipped scenario against the proposals of
//! 14/03/2024 (`shared/sources/001_98d0a63e098e8324.txt`, table « Une revalorisation du forfait
//! médecin traitant, en intégrant un forfait C2S à 10 € », lines ~829-848; « Démographie et accès
//! aux soins (1/6) »; consultations avancées, lines ~1216-1218; SAS, lines ~1240-1255), the
//! validation of overrides, and the costing of a cohort through the CLI.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::scenario::{compare_scenarios, shipped, Scenario};
use forfaits::{input, FieldError};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::json;

/// One patient of each kind, seen, plus two not seen, in a ZIP practice installed long ago:
///   ALD ≥ 80 ×10, ALD < 80 ×20, ≥ 80 ×10, 75–79 ×10, 7–74 ×100, 2–6 ×10, < 2 ×10;
///   10 C2S patients aged 7–74 (of whom 2 not seen); 5 patients of 7–74 not seen (non C2S).
fn text() -> String {
    profile(
        exercice(json!({"zonage": "zip", "date_premiere_installation": "2010-01-01"})),
        patientele(&[
            ("de_80_ans_et_plus", true, false, 10, 0),
            ("de_7_a_74_ans", true, false, 20, 0),
            ("de_80_ans_et_plus", false, false, 10, 0),
            ("de_75_a_79_ans", false, false, 10, 0),
            ("de_7_a_74_ans", false, false, 105, 5),
            ("de_7_a_74_ans", false, true, 10, 2),
            ("de_2_a_6_ans", false, false, 10, 0),
            ("moins_2_ans", false, false, 10, 0),
        ]),
        json!({}),
    )
}

fn named(nom: &str) -> Scenario {
    shipped()
        .into_iter()
        .find(|s| s.nom.starts_with(nom))
        .unwrap_or_else(|| panic!("no shipped scenario {nom}"))
}

/// FMT totals of the profile for 2026 under each scenario (the signed text first).
fn fmt_totals(text: &str, scenarios: &[Scenario]) -> Vec<Decimal> {
    let profile = input::from_json(text).unwrap();
    let c = compare_scenarios(&profile, 2026, scenarios).unwrap();
    c.colonnes
        .iter()
        .map(|col| col.rapport.dispositif("FMT").unwrap().total)
        .collect()
}

#[test]
fn signed_text_by_hand() {
    // Seen: 10 × 100 + 20 × 55 + 10 × 55 + 10 × 15 + (100 + 8) × 5 + 10 × 15 + 10 × 15
    //   = 1 000 + 1 100 + 550 + 150 + 540 + 150 + 150 = 3 640; non vus 7 × 5 = 35 → socle 3 675.
    // C2S seen: 8 × 10 = 80. ZIP 10 % × 3 675 = 367,50. FMT = 3 675 + 80 + 367,50 = 4 122,50.
    assert_eq!(
        fmt_totals(&text(), &[named("Convention")]),
        vec![dec!(4122.50)]
    );
}

#[test]
fn option_1_pays_alds_of_80_at_80_euros_and_not_the_patients_not_seen() {
    // Option 1: ALD ≥ 80 at 80 €, 2–6 ans at 6 €, non vus « pas concerné » (0 €):
    //   10 × 80 + 1 100 + 550 + 150 + 540 + 10 × 6 + 150 = 3 350; non vus 0 → socle 3 350.
    //   C2S seen 80; ZIP 335 → FMT 3 765.
    let totals = fmt_totals(
        &text(),
        &[
            named("Convention"),
            named("Proposition du 14/03/2024 — option 1"),
        ],
    );
    assert_eq!(totals, vec![dec!(4122.50), dec!(3765)]);
}

#[test]
fn option_2_pays_alds_of_80_at_100_euros_and_the_patients_not_seen_at_5() {
    // Option 2: as signed but 2–6 ans at 6 €: socle 3 675 − 10 × 9 = 3 585; C2S 80;
    //   ZIP 358,50 → FMT 4 023,50.
    let totals = fmt_totals(
        &text(),
        &[
            named("Convention"),
            named("Proposition du 14/03/2024 — option 2"),
        ],
    );
    assert_eq!(totals, vec![dec!(4122.50), dec!(4023.50)]);
}

#[test]
fn majorations_proposed_give_30_percent_to_a_primo_installe_for_two_years() {
    let primo = |date: &str| {
        profile(
            exercice(json!({"zonage": "zip", "date_premiere_installation": date})),
            patientele(&[("de_80_ans_et_plus", true, false, 10, 0)]),
            json!({}),
        )
    };
    let both = [named("Convention"), named("Majorations proposées")];
    // Socle 10 × 100 = 1 000. Installed in 2025: 1st year → signed 50 % (500), proposal 30 % (300).
    assert_eq!(
        fmt_totals(&primo("2025-03-01"), &both),
        vec![dec!(1500), dec!(1300)]
    );
    // Installed in 2024: 2nd year → signed 30 %, proposal 30 %: 1 300 both.
    assert_eq!(
        fmt_totals(&primo("2024-03-01"), &both),
        vec![dec!(1300), dec!(1300)]
    );
    // Installed in 2023: 3rd year → 10 % both (the proposal's permanent 10 %): 1 100.
    assert_eq!(
        fmt_totals(&primo("2023-03-01"), &both),
        vec![dec!(1100), dec!(1100)]
    );
}

#[test]
fn consultations_avancees_proposed_equal_the_signed_amounts_for_whole_days() {
    // 400 € a day for 3 days a month = 200 € per half-day for 6 half-days: 8 half-days in January
    // pay 6 × 200 = 1 200 € under both.
    let text = profile_with(
        exercice(json!({"zonage": "hors_zonage"})),
        json!({}),
        json!({"consultations_avancees": {"demi_journees": demi_journees(&[(1, 8)])}}),
    );
    let profile = input::from_json(&text).unwrap();
    let c = compare_scenarios(
        &profile,
        2026,
        &[named("Convention"), named("Consultations avancées")],
    )
    .unwrap();
    for col in &c.colonnes {
        assert_eq!(
            col.rapport
                .dispositif("CONSULTATIONS_AVANCEES")
                .unwrap()
                .total,
            dec!(1200)
        );
    }
}

#[test]
fn sas_proposal_pays_1000_euros_with_the_three_conditions() {
    let text = profile_with(
        exercice(json!({})),
        json!({}),
        json!({"missions": {"sas_departement_deploye": true, "sas_inscription_individuelle": true, "sas_agenda_interface": true}}),
    );
    let profile = input::from_json(&text).unwrap();
    let c = compare_scenarios(&profile, 2026, &[named("Participation au SAS")]).unwrap();
    assert_eq!(
        c.colonnes[0].rapport.dispositif("MISSIONS").unwrap().total,
        dec!(1000)
    );
}

#[test]
fn an_override_is_cited_with_the_value_it_replaces() {
    let profile = input::from_json(&text()).unwrap();
    let c = compare_scenarios(
        &profile,
        2026,
        &[named("Proposition du 14/03/2024 — option 2")],
    )
    .unwrap();
    let line = c.colonnes[0].rapport.line("FMT.SOCLE.2_A_6_ANS").unwrap();
    assert_eq!(line.montant, dec!(60));
    assert!(
        line.source
            .starts_with("Scénario « Proposition du 14/03/2024 — option 2 » (au lieu de 15"),
        "{}",
        line.source
    );
}

#[test]
fn overrides_are_validated_on_their_field() {
    let bad: Scenario = serde_json::from_value(json!({
        "nom": "",
        "valeurs": {
            "fmt.inconnu": "3",
            "fmt.socle.7_a_74_ans": "-1",
            "fmt.socle.non_vus_distincts": "2",
            "fmt.majoration.c2s": "dix",
        }
    }))
    .unwrap();
    let profile = input::from_json(&text()).unwrap();
    let errors = compare_scenarios(&profile, 2026, &[bad]).unwrap_err();
    let e = |champ: &str, message: &str| FieldError::new(champ, message);
    assert_eq!(
        errors,
        vec![
            e(
                "scenarios.0.nom",
                "Donnez au scénario un nom de 1 à 120 caractères."
            ),
            e(
                "scenarios.0.valeurs.fmt.inconnu",
                "Paramètre inconnu : « fmt.inconnu »."
            ),
            e(
                "scenarios.0.valeurs.fmt.majoration.c2s",
                "Nombre attendu (par exemple 12,5)."
            ),
            e(
                "scenarios.0.valeurs.fmt.socle.7_a_74_ans",
                "Un montant, un taux ou un seuil ne peut pas être négatif."
            ),
            e(
                "scenarios.0.valeurs.fmt.socle.non_vus_distincts",
                "1 (oui) ou 0 (non) attendu."
            ),
        ]
    );
    let five = vec![named("Convention"); 5];
    assert_eq!(
        compare_scenarios(&profile, 2026, &five).unwrap_err()[0].champ,
        "scenarios"
    );
}

#[test]
fn a_cohort_is_costed_under_a_proposal_through_the_cli() {
    let profile: serde_json::Value = serde_json::from_str(&text()).unwrap();
    let option2 = serde_json::to_value(named("Proposition du 14/03/2024 — option 2")).unwrap();
    let v = cohort_through_the_cli(&[profile.clone(), profile.clone(), profile], &[option2]);
    assert_eq!(v["statut"], "cohorte");
    assert_eq!(v["profils"], 3);
    // 3 × 4 122,50 = 12 367,50 under the signed text; 3 × 4 023,50 = 12 070,50 under option 2.
    assert_eq!(v["scenarios"][0]["total"], "12367.50");
    assert_eq!(v["scenarios"][1]["total"], "12070.50");
    assert_eq!(v["scenarios"][1]["ecart"], "-297.00");
}

/// The scenarios of issue 9 that crashed the calculator (a divisor set to a tiny value, a huge
/// majoration): each is now refused on its field, in French, before any computation.
#[test]
fn a_divisor_or_a_rate_out_of_its_domain_is_refused_on_its_field() {
    let profile = forfaits::defaults::profile();
    let cases = [
        (
            "rosp.patientele_reference",
            "0.0000000000000000000000001",
            2025,
            "Nombre entier attendu (sans virgule).",
        ),
        (
            "vsm.patientele_reference",
            "0.0000000000000000000000001",
            2023,
            "Nombre entier attendu (sans virgule).",
        ),
        (
            "rosp.patientele_reference",
            "0",
            2025,
            "Valeur hors du domaine de ce paramètre : de 1 à 100\u{a0}000.",
        ),
        (
            "vsm.structure.majoration",
            "79228162514264337593543950335",
            2025,
            "Valeur hors du domaine de ce paramètre : de 0 à 100 %.",
        ),
        (
            "rosp.point",
            "1000000.01",
            2025,
            "Valeur hors du domaine de ce paramètre : de 0 à 1\u{a0}000\u{a0}000 €.",
        ),
        // Ages a practising physician may have, a delay no longer than a contract.
        (
            "fmt.majoration.age.seuil",
            "17",
            2026,
            "Valeur hors du domaine de ce paramètre : de 18 à 100 ans.",
        ),
        (
            "am.age",
            "101",
            2026,
            "Valeur hors du domaine de ce paramètre : de 18 à 100 ans.",
        ),
        (
            "am.carence",
            "21",
            2026,
            "Valeur hors du domaine de ce paramètre : de 0 à 20 ans.",
        ),
    ];
    for (id, value, annee, message) in cases {
        let s: Scenario = serde_json::from_value(json!({"nom": "t", "valeurs": {id: value}}))
            .expect("a scenario");
        assert_eq!(
            compare_scenarios(&profile, annee, &[s]).unwrap_err(),
            vec![FieldError::new(
                format!("scenarios.0.valeurs.{id}"),
                message
            )],
            "{id} = {value}"
        );
    }
}

/// The largest values the domains allow compute, exactly: the ROSP of the default profile in
/// 2025 with the point at 1 000 000 € and a patientèle of reference of 1 — 520 points × 1 061
/// patients / 1 = 551 720 weighted points, plus 100 points not weighted, at 1 000 000 € each.
#[test]
fn the_largest_values_of_the_domains_compute_exactly() {
    let profile = forfaits::defaults::profile();
    let s: Scenario = serde_json::from_value(json!({
        "nom": "bornes",
        "valeurs": {"rosp.point": "1000000", "rosp.patientele_reference": "1"},
    }))
    .unwrap();
    let c = compare_scenarios(&profile, 2025, &[s]).unwrap();
    let rosp = c.colonnes[0].rapport.dispositif("ROSP").unwrap();
    assert_eq!(rosp.total, dec!(551_820_000_000.00));
    assert_adds_up(&c.colonnes[0].rapport);
}
