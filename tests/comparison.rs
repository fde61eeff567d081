//! The comparison of two years (« gagnant ou perdant ? »): its amounts, verdicts and explanations
//! are computed by hand in `tests/cases/comparaison/`. What stays here is structural: the
//! components follow the report's order, and a profile's errors are listed once, not once per year.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use serde_json::json;

#[test]
fn components_follow_the_reports_order() {
    let text = profile_with(
        exercice(json!({})),
        patientele(&[("de_80_ans_et_plus", true, false, 100, 0)]),
        json!({"missions": {"maitre_de_stage": true}}),
    );
    let c = comparison(&text, 2025, 2026);
    let codes: Vec<&str> = c.composantes.iter().map(|d| d.code).collect();
    let report_a: Vec<&str> = c.rapport_a.dispositifs.iter().map(|d| d.code).collect();
    let report_b: Vec<&str> = c.rapport_b.dispositifs.iter().map(|d| d.code).collect();
    assert_eq!(codes, report_a);
    assert_eq!(codes, report_b);
    // The dispositifs of both eras, in the report's order.
    const KNOWN: [&str; 6] = ["FMT", "FPMT", "ROSP", "FS", "VSM", "MISSIONS"];
    let known: Vec<&str> = codes.into_iter().filter(|c| KNOWN.contains(c)).collect();
    assert_eq!(known, KNOWN);
}

#[test]
fn an_invalid_profile_gives_its_errors_once() {
    // Two errors of the profile, whatever the year: each listed once, not once per year.
    let text = profile_with(
        exercice(json!({})),
        patientele(&[("de_7_a_74_ans", false, false, 10, 11)]),
        json!({"rosp": {"points_ponderes": "douze"}}),
    );
    let single = errors(&text, 2025);
    assert_eq!(single.len(), 2, "{single:?}");
    assert_eq!(comparison_errors(&text, 2025, 2026), single);
    // A year outside the calculator's range is said once too, after the profile's errors.
    let both = comparison_errors(&text, 2025, 2040);
    assert_eq!(both.len(), 3, "{both:?}");
    assert_eq!(both[..2], single[..]);
    assert_eq!(both[2].champ, "annee");
    let both = comparison_errors(&text, 2040, 2041);
    assert_eq!(both.iter().filter(|e| e.champ == "annee").count(), 1);
    assert_eq!(both.len(), 3, "{both:?}");
    // A valid profile and one bad year: that error alone.
    let valid = profile_with(exercice(json!({})), json!({}), json!({}));
    let e = comparison_errors(&valid, 2025, 2040);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].champ, "annee");
}
