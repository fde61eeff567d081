//! Tests through the wasm boundary, in Node (`wasm-pack test --node -- --test wasm`): what the
//! page sends (JSON text) and receives (JSON text), with the numbers of the default profile
//! computed by hand.
#![cfg(target_arch = "wasm32")]

use forfaits::wasm::{formulaire, parametres_en_vigueur, Calculateur};
use serde_json::{json, Value};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn text(v: &Value) -> JsValue {
    JsValue::from_str(&v.to_string())
}

fn back(v: String) -> Value {
    serde_json::from_str(&v).unwrap()
}

fn default_json() -> Value {
    back(formulaire())["profil_par_defaut"].clone()
}

/// The page's one call: the view of `profil` for `annee` (compared with `comparer`, or under
/// `scenarios`); its `resultat` is what `compute`, `compareYears` and `compareScenarios` answered.
fn vue(profil: &Value, annee: i32, comparer: Option<i32>, scenarios: Option<Value>) -> Value {
    let demande =
        json!({"profil": profil, "annee": annee, "comparer": comparer, "scenarios": scenarios});
    back(Calculateur::new().vue(text(&demande), JsValue::UNDEFINED))
}

fn compute(profil: &Value, annee: i32) -> Value {
    vue(profil, annee, None, None)["resultat"].clone()
}

#[wasm_bindgen_test]
fn default_profile_computes_the_hand_total() {
    let out = compute(&default_json(), 2026);
    assert_eq!(out["statut"], "rapport");
    let r = &out["rapport"];
    // Socle, seen patients: ALD ≥ 80: 62 × 100 = 6 200; ALD < 80: 206 × 55 = 11 330;
    // ≥ 80: 44 × 55 = 2 420; 75–79: 40 × 15 = 600; 7–74: 575 × 5 = 2 875; 2–6: 52 × 15 = 780;
    // < 2: 26 × 15 = 390; non vus: 56 × 5 = 280 → 24 875 €.
    let fmt = &r["dispositifs"][0];
    assert_eq!(fmt["groupes"][0]["sous_total"], "24875.00");
    // C2S seen: < 2: 4; 2–6: 6; 7–74: 60 − 5 + (ALD) 20 − 1; 75–79: 2 + 2; ≥ 80: 1 + 3
    // = 92 × 10 € = 920 €.
    assert_eq!(fmt["groupes"][1]["sous_total"], "920.00");
    // ZIP, installed 2011: permanent 10 % of 24 875 = 2 487,50 €; born 1972: 53 years, no age majoration.
    assert_eq!(fmt["groupes"][2]["sous_total"], "2487.50");
    // Prévention: 190 + 95 + 40 + 11 + 7 + 18 + 75 + 120 + 90 + 70 + 45 + 50 + 8 + 9 + 80
    // = 908 validated indicators × 5 € = 4 540 €.
    assert_eq!(fmt["groupes"][3]["sous_total"], "4540.00");
    // 24 875 + 920 + 2 487,50 + 4 540 = 32 822,50 €.
    assert_eq!(fmt["total"], "32822.50");
    // + maître de stage in ZIP from 2026, 800 € (§3.4 B) + DONUM (§3.3 A): socle 280 points
    // (equipment, mean of DCMT/PSE/FSE/AAT 94,4 % ≥ 60 %), CM AT-MP/SPE 55 % (DSG neutralised,
    // 4 < 10) ≥ 30 % → 60, DMP/ordonnance 36,8 % ≥ 30 % → 60, appCV and messages → 20: 420 points
    // × 7 € = 2 940 € → 36 562,50 €.
    assert_eq!(r["total"], "36562.50");
    // (24 875 + 920) / 4 = 6 448,75 € per quarter.
    assert_eq!(r["versements"][0]["montant"], "6448.75");
    assert_eq!(r["versements"][3]["montant"], "6448.75");
}

#[wasm_bindgen_test]
fn field_errors_come_back_as_data() {
    let mut p = default_json();
    p["patientele"]["de_7_a_74_ans"]["ald"]["c2s"]["non_vus"] = json!(999);
    p["prevention"]["grippe"]["valides"] = json!(-3);
    let out = compute(&p, 2026);
    assert_eq!(out["statut"], "erreurs");
    let champs: Vec<&str> = out["erreurs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["champ"].as_str().unwrap())
        .collect();
    assert!(
        champs.contains(&"patientele.de_7_a_74_ans.ald.c2s.non_vus"),
        "{champs:?}"
    );
    assert!(champs.contains(&"prevention.grippe.valides"), "{champs:?}");
}

#[wasm_bindgen_test]
fn structural_errors_name_their_field() {
    let mut p = default_json();
    p["exercice"]["couleur"] = json!("bleu");
    let out = compute(&p, 2026);
    assert_eq!(out["erreurs"][0]["champ"], "exercice.couleur");

    let mut p = default_json();
    p["patientele"]["moins_2_ans"]["hors_ald"]["hors_c2s"]["patients"] = json!(1.5);
    let out = compute(&p, 2026);
    assert_eq!(
        out["erreurs"][0]["champ"],
        "patientele.moins_2_ans.hors_ald.hors_c2s.patients"
    );

    // Not even an object: an error, not a panic.
    let out = back(Calculateur::new().vue(JsValue::from_str("n'importe quoi"), JsValue::UNDEFINED));
    assert_eq!(out["resultat"]["statut"], "erreurs");
    let out = back(Calculateur::new().vue(JsValue::UNDEFINED, JsValue::UNDEFINED));
    assert_eq!(out["resultat"]["statut"], "erreurs");
}

#[wasm_bindgen_test]
fn before_2026_the_fmt_is_absent_with_its_reason() {
    let out = compute(&default_json(), 2025);
    let fmt = &out["rapport"]["dispositifs"][0];
    assert_eq!(fmt["total"], "0.00");
    assert!(fmt["motif_absence"]
        .as_str()
        .unwrap()
        .contains("01/01/2026"));
}

#[wasm_bindgen_test]
fn parameter_sets_carry_values_and_sources() {
    let in_force = |annee: i32| {
        let out = back(parametres_en_vigueur(JsValue::from_str(&annee.to_string())));
        assert_eq!(out["statut"], "parametres");
        let rows = out["parametres"].as_array().unwrap().clone();
        rows.into_iter()
            .find(|v| v["id"] == "fmt.socle.ald_80_ans_et_plus")
            .unwrap()
    };
    // In force from 01/01/2026, §3.1 A of the circular of 31/07/2024 (convention 2024).
    let socle = in_force(2026);
    assert_eq!(socle["valeur"], "100");
    assert!(socle["source"].as_str().unwrap().contains("§3.1 A"));
    assert_eq!(in_force(2025)["valeur"], Value::Null);
    assert_eq!(back(formulaire())["annees"], json!([2012, 2035]));
}

#[wasm_bindgen_test]
fn two_years_compared_through_the_boundary() {
    let out = vue(&default_json(), 2026, Some(2025), None)["resultat"].clone();
    assert_eq!(out["statut"], "comparaison");
    let c = &out["comparaison"];
    // 2025: FPMT 19 976 + ROSP 5 527,55 + forfait structure 7 420 + VSM 2 506,61 = 35 430,16 €
    // (each computed by hand in tests/before_2026.rs and the CLI tests); 2026: 36 562,50 €.
    assert_eq!(c["rapport_a"]["total"], "35430.16");
    assert_eq!(c["rapport_b"]["total"], "36562.50");
    // 36 562,50 − 35 430,16 = +1 132,34 €, i.e. +3,2 % of 35 430,16.
    assert_eq!(c["ecart"], "1132.34");
    assert_eq!(c["ecart_pourcent"], "+3,2\u{a0}%");
    assert!(c["verdict"].as_str().unwrap().contains("de plus"));
    let fpmt = c["composantes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "FPMT")
        .unwrap();
    assert_eq!(fpmt["ecart"], "-19976.00");
    assert!(fpmt["motif_b"].as_str().unwrap().contains("31/12/2025"));
}

#[wasm_bindgen_test]
fn scenarios_side_by_side_through_the_boundary() {
    let shipped = back(formulaire())["scenarios"].clone();
    let columns = json!({"colonnes": [shipped[0]["id"], shipped[2]["id"]]});
    let out = vue(&default_json(), 2026, None, Some(columns))["resultat"].clone();
    assert_eq!(out["statut"], "scenarios");
    let c = &out["scenarios"]["colonnes"];
    // Option 2 of 14/03/2024 prices the 2–6 ans band at 6 € instead of 15 €: 52 seen patients
    // × −9 € = −468 € of socle, and −46,80 € of ZIP majoration: 36 562,50 − 514,80 = 36 047,70 €.
    assert_eq!(c[0]["rapport"]["total"], "36562.50");
    assert_eq!(c[1]["rapport"]["total"], "36047.70");
    assert_eq!(c[1]["ecart"], "-514.80");
    // An override of an unknown parameter is an error on its field (of the user's own scenario).
    let bad =
        json!({"colonnes": ["custom"], "custom": {"nom": "x", "valeurs": {"fmt.inconnu": "3"}}});
    let out = vue(&default_json(), 2026, None, Some(bad))["resultat"].clone();
    assert_eq!(
        out["erreurs"][0]["champ"],
        "scenarios.custom.valeurs.fmt.inconnu"
    );
}

#[wasm_bindgen_test]
fn signatories_weight_through_the_boundary() {
    use forfaits::wasm::{representativite, representativite_par_defaut};
    let preloaded = back(representativite_par_defaut());
    let out = back(representativite(text(&preloaded["saisie"])));
    assert_eq!(out["statut"], "representativite");
    let colleges = &out["representativite"]["colleges"];
    // Préambule of the circular of 31/07/2024: 71,07 % (généralistes) and 73,68 % (spécialistes).
    assert_eq!(colleges[0]["part_signataires"], "71.07");
    assert_eq!(colleges[1]["part_signataires"], "73.68");
}

#[wasm_bindgen_test]
fn the_2011_convention_through_the_boundary() {
    let s = back(formulaire())["schema"].clone();
    assert_eq!(s["annees_non_calculees"], json!([2017, 2018, 2019, 2020]));
    let grid = &s["rosp_2011"];
    assert_eq!(grid["organisation"].as_array().unwrap().len(), 5);
    let indicators = grid["indicateurs"].as_array().unwrap();
    assert_eq!(indicators.len(), 24);
    // The antihypertensives as the circular corrects them (II.4 b): 130 boîtes, not 30.
    let a = indicators
        .iter()
        .find(|i| i["cle"] == "generiques_antihypertenseurs")
        .unwrap();
    assert_eq!(a["seuil"], "130 boîtes");
    assert_eq!(a["objectif"], "≥ 65 %");
    // 2014, default profile: RMT 63 × 40 € + 210 × 40 € = 10 920 € (II.2 a); nothing entered in
    // the ROSP grid.
    let out = compute(&default_json(), 2014);
    assert_eq!(out["rapport"]["total"], "10920.00");
    let out = compute(&default_json(), 2018);
    assert_eq!(out["statut"], "erreurs");
    assert_eq!(out["erreurs"][0]["champ"], "annee");
}

/// The same request twice (an edit firing `input` then `change`) gets the same answer, and the
/// next different request its own: the last answer kept is never served for another request.
#[wasm_bindgen_test]
fn a_repeated_request_gets_the_same_view_and_a_new_one_its_own() {
    let mut calc = Calculateur::new();
    let mut profil = default_json();
    let ask = |calc: &mut Calculateur, p: &Value| {
        back(calc.vue(
            text(&json!({"profil": p, "annee": 2026})),
            JsValue::UNDEFINED,
        ))["resultat"]["rapport"]["total"]
            .clone()
    };
    assert_eq!(ask(&mut calc, &profil), "36562.50");
    assert_eq!(ask(&mut calc, &profil), "36562.50");
    // 560 → 561 patients of 7–74 years outside ALD and C2S, one more seen: + 5 € of socle
    // (§3.1 A) and + 0,50 € of the ZIP majoration (10 %).
    profil["patientele"]["de_7_a_74_ans"]["hors_ald"]["hors_c2s"]["patients"] = json!(561);
    assert_eq!(ask(&mut calc, &profil), "36568.00");
    profil["patientele"]["de_7_a_74_ans"]["hors_ald"]["hors_c2s"]["patients"] = json!(560);
    assert_eq!(ask(&mut calc, &profil), "36562.50");
}
