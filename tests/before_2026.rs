//! The dispositifs of the years before 2026 (FPMT, ROSP, forfait structure, VSM, maître de stage)
//! are computed by hand in the case files of `tests/cases/` (`fpmt/`, `rosp/`,
//! `forfait_structure/`, `vsm/`, `missions/`). What stays here is not a hand computation: the
//! fast path gives the report's total for a physician who has something in every dispositif.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use rust_decimal_macros::dec;
use serde_json::json;

#[test]
fn the_total_alone_equals_the_report_total_every_year() {
    // A physician with something in every dispositif (`report` also checks
    // `Engine::total` = `report.total`).
    let text = profile_with(
        exercice(json!({"zonage": "zip", "date_naissance": "1955-03-01"})),
        patientele(&[
            ("moins_2_ans", false, false, 10, 3),
            ("de_7_a_74_ans", false, false, 500, 100),
            ("de_7_a_74_ans", false, true, 60, 10),
            ("de_80_ans_et_plus", true, false, 50, 5),
        ]),
        json!({
            "prevention": prevention(&[("grippe", 200, 150), ("hpv", 20, 7)]),
            "rosp": {"points_ponderes": "412,5", "points_non_ponderes": 250.5},
            "numerique": {
                "logiciel_lap": true,
                "messagerie_securisee": true,
                "cahier_des_charges_sesam_vitale": true,
                "fse": usage(2001, 3000),
                "aat": usage(90, 100),
                "dmp": usage(20, 100),
            },
            "forfait_structure": {
                "horaires_annuaire": true,
                "prise_en_charge_coordonnee": true,
                "capacite_a_coder": true,
                "participation_sas": true,
                "snp_sas_trimestres": [46, 46, 46, 46],
            },
            "vsm": {
                "2023": vsm_results(150, 80, 30),
                "2024": vsm_results(150, 140, 50),
                "2025": vsm_results(150, 145, 60),
            },
            "missions": {"maitre_de_stage": true},
        }),
    );
    let profile = forfaits::input::from_json(&text).unwrap();
    let params = forfaits::Parameters::official();
    for annee in 2021..=2026 {
        let r = report(&text, annee);
        let engine = forfaits::Engine::new(&params, annee);
        assert_eq!(engine.total(&profile), Ok(r.total), "{annee}");
        assert!(r.total > dec!(0), "{annee}");
    }
}
