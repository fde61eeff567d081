//! The amounts shown apart from the physician's total (an ESS's allocation, a commission
//! member's indemnity) stay apart on every path: the scenarios side by side and the costing of a
//! cohort (the report and the comparison of years are checked by the case files of
//! tests/cases/hors_total/). Computed by hand from the circulaire du 31/07/2024, §7 and §12 D.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::input;
use forfaits::scenario::{compare_scenarios, Scenario};
use rust_decimal_macros::dec;
use serde_json::json;

/// A généraliste with a small patientèle (20 ALD ≥ 80 ans in ZIP, installed 2011: FMT 2026 =
/// 2 000 € + ZIP 10 % = 2 200 €), member of an ESS created in 2026 with a 60 000 € allocation,
/// and 10 séances of commission (10 × 13 × 23 € = 2 990 €).
fn text() -> String {
    profile_with(
        exercice(json!({"zonage": "zip", "date_premiere_installation": "2011-09-01"})),
        patientele(&[("de_80_ans_et_plus", true, false, 20, 0)]),
        json!({
            "ess": {"membre": true, "annee_creation": 2026, "dotation_annuelle": "60000"},
            "commissions": {"seances": 10}
        }),
    )
}

fn scenario(nom: &str, valeurs: &[(&str, &str)]) -> Scenario {
    Scenario {
        id: String::new(),
        nom: nom.to_owned(),
        source: String::new(),
        valeurs: valeurs
            .iter()
            .map(|(id, v)| ((*id).to_owned(), input::DecimalInput::new(v)))
            .collect(),
    }
}

#[test]
fn a_scenario_changing_an_amount_apart_changes_its_row_not_the_total() {
    let profile = input::from_json(&text()).unwrap();
    let scenarios = [
        scenario("Texte signé", &[]),
        // Crédit d'amorçage 100 000 €, 20 C per séance.
        scenario(
            "Plus pour les ESS",
            &[
                ("ess.credit_amorcage", "100000"),
                ("commissions.c_par_seance", "20"),
            ],
        ),
    ];
    let c = compare_scenarios(&profile, 2026, &scenarios).unwrap();
    let row = |code: &str| c.composantes.iter().find(|r| r.code == code).unwrap();
    // ESS: 80 000 + 60 000 = 140 000 €, then 100 000 + 60 000 = 160 000 €.
    assert!(row("ESS").hors_total);
    assert_eq!(row("ESS").montants, vec![dec!(140000), dec!(160000)]);
    // Commission: 10 × 13 × 23 = 2 990 €, then 10 × 20 × 23 = 4 600 €.
    assert!(row("COMMISSIONS").hors_total);
    assert_eq!(row("COMMISSIONS").montants, vec![dec!(2990), dec!(4600)]);
    assert!(!row("FMT").hors_total);
    // The physician's total, FMT 2 000 + 200 = 2 200 € in both columns (the default maître de
    // stage and DONUM are not in this profile): no écart.
    for col in &c.colonnes {
        assert_eq!(col.rapport.total, dec!(2200), "{}", col.nom);
        assert_adds_up(&col.rapport);
    }
    assert_eq!(c.colonnes[1].ecart, dec!(0));
    assert_eq!(c.colonnes[0].rapport.a_part, dec!(142990));
    assert_eq!(c.colonnes[1].rapport.a_part, dec!(164600));
}

#[test]
fn a_cohort_costs_the_physicians_totals_without_the_amounts_apart() {
    let profile: serde_json::Value = serde_json::from_str(&text()).unwrap();
    let more = serde_json::to_value(scenario(
        "Plus pour les ESS",
        &[("ess.credit_amorcage", "100000")],
    ))
    .unwrap();
    let v = cohort_through_the_cli(&[profile.clone(), profile], &[more]);
    // 2 × 2 200 € under both: the ESS's 140 000 € (160 000 € under the scenario) are not the
    // physicians' pay.
    assert_eq!(v["scenarios"][0]["total"], "4400.00");
    assert_eq!(v["scenarios"][1]["total"], "4400.00");
    assert_eq!(v["scenarios"][1]["ecart"], "0.00");
}
