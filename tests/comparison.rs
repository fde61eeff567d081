//! The comparison of two years (« gagnant ou perdant ? ») computed by hand: 2025 (FPMT, ROSP,
//! forfait structure, VSM) against 2026 (FMT, missions) — Circulaire CNAM du 31/07/2024
//! (`shared/sources/000_a8aa8d5400d38f5b.txt`) §3.1, §3.3, §3.4 B; circulaire 19/2011 II.4 c)
//! for the ROSP; avenant 9 art. 4 and 5 for the VSM and the forfait structure.
//!
//! Every expected number is written with its hand computation next to it.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::compare::{Comparison, LineDiff};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

/// A médecin généraliste de secteur 1 hors zonage, no dates (no majoration d'exercice):
/// - 100 patients in ALD of 80 ans or more, all seen: FPMT 100 × 70 € = 7 000 €,
///   FMT 100 × 100 € = 10 000 €;
/// - 600 patients hors ALD of 7–74 ans, 100 of them not seen for two years: FPMT 600 × 5 € =
///   3 000 €, FMT 500 × 5 € = 2 500 € + non vus 100 × 5 € = 500 €;
/// - 50 C2S patients hors ALD of 7–74 ans, all seen: FPMT 50 × 5 € = 250 €, FMT 50 × 5 € = 250 €
///   + majoration C2S 50 × 10 € = 500 €.
///
/// 750 patients in all.
fn patients() -> Value {
    patientele(&[
        ("de_80_ans_et_plus", true, false, 100, 0),
        ("de_7_a_74_ans", false, false, 600, 100),
        ("de_7_a_74_ans", false, true, 50, 0),
    ])
}

/// Prevention in 2026: grippe 150 validated, cancer colorectal 120 validated, 5 € each:
/// (150 + 120) × 5 € = 1 350 €.
fn fmt_prevention() -> Value {
    prevention(&[("grippe", 200, 150), ("cancer_colorectal", 300, 120)])
}

/// The patientèle and prevention alone: FPMT in 2025, FMT in 2026.
fn patients_only() -> String {
    profile_with(
        exercice(json!({})),
        patients(),
        json!({"prevention": fmt_prevention()}),
    )
}

/// Everything: ROSP points, volet 1 of the forfait structure with the capacité à coder, a VSM
/// campaign in 2025, maître de stage.
fn everything() -> String {
    profile_with(
        exercice(json!({})),
        patients(),
        json!({
            "prevention": fmt_prevention(),
            "rosp": {"points_ponderes": 300, "points_non_ponderes": 100},
            "numerique": {
                "logiciel_lap": true,
                "messagerie_securisee": true,
                "cahier_des_charges_sesam_vitale": true,
                // 90 % > 2/3 for the forfait structure's volet 1; no arrêt de travail online, so
                // that the 2026 DONUM's socle (mean of the téléservices' rates ≥ 60 %) is not
                // reached: (90 + 0) / 2 = 45 %.
                "fse": usage(9, 10),
                "aat": usage(0, 100),
            },
            "forfait_structure": {
                "horaires_annuaire": true,
                "prise_en_charge_coordonnee": true,
                "capacite_a_coder": true,
            },
            "vsm": {"2025": vsm_results(100, 50, 0)},
            "missions": {"maitre_de_stage": true},
        }),
    )
}

fn component(c: &Comparison, code: &str) -> (Decimal, Decimal, Decimal) {
    let d = c
        .composantes
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no component {code}"));
    (d.montant_a, d.montant_b, d.ecart)
}

fn explanation<'a>(c: &'a Comparison, key: &str) -> &'a LineDiff {
    c.explications
        .iter()
        .find(|d| d.code == key)
        .unwrap_or_else(|| panic!("no explanation {key}: {:?}", c.explications))
}

#[test]
fn the_fmt_alone_gains_on_the_fpmt() {
    let c = comparison(&patients_only(), 2025, 2026);
    // 2025: FPMT 7 000 + 3 000 + 250 = 10 250 €; nothing else (no ROSP point, no prerequisite).
    assert_eq!(component(&c, "FPMT"), (dec!(10250), dec!(0), dec!(-10250)));
    // 2026: FMT socle 10 000 + (500 + 50) × 5 € + 100 × 5 € = 10 000 + 2 750 + 500 = 13 250 €,
    // C2S 500 €, prevention 1 350 € → 15 100 €
    assert_eq!(component(&c, "FMT"), (dec!(0), dec!(15100), dec!(15100)));
    assert_eq!(c.rapport_a.total, dec!(10250));
    assert_eq!(c.rapport_b.total, dec!(15100));
    // 15 100 − 10 250 = 4 850 €; 4 850 / 10 250 = 47,317… % → +47,3 %
    assert_eq!(c.ecart, dec!(4850));
    assert_eq!(c.ecart_pourcent.as_deref(), Some("+47,3\u{a0}%"));
    assert_eq!(
        c.verdict,
        "En 2026, vous gagnez 4\u{a0}850\u{a0}€ de plus qu'en 2025 (+47,3\u{a0}%)."
    );
}

#[test]
fn comparison_2025_2026_per_dispositif_total_and_verdict() {
    let c = comparison(&everything(), 2025, 2026);
    assert_eq!((c.annee_a, c.annee_b), (2025, 2026));
    // The dispositifs in the report's order, each in both years; any other one (the DONUM,
    // whose socle this profile does not reach) pays nothing either year.
    const KNOWN: [&str; 6] = ["FMT", "FPMT", "ROSP", "FS", "VSM", "MISSIONS"];
    let codes: Vec<&str> = c
        .composantes
        .iter()
        .map(|d| d.code)
        .filter(|code| KNOWN.contains(code))
        .collect();
    assert_eq!(codes, KNOWN);
    for d in c.composantes.iter().filter(|d| !KNOWN.contains(&d.code)) {
        assert_eq!((d.montant_a, d.montant_b), (dec!(0), dec!(0)), "{}", d.code);
    }
    // FMT: absent in 2025; 15 100 € in 2026 (see `the_fmt_alone_gains_on_the_fpmt`).
    assert_eq!(component(&c, "FMT"), (dec!(0), dec!(15100), dec!(15100)));
    // FPMT: 10 250 € in 2025, ended in 2026.
    assert_eq!(component(&c, "FPMT"), (dec!(10250), dec!(0), dec!(-10250)));
    // ROSP 2025: 300 points × 750 / 800 = 281,25 points × 7 € = 1 968,75 €, plus 100 × 7 € =
    // 700 € → 2 668,75 €
    assert_eq!(
        component(&c, "ROSP"),
        (dec!(2668.75), dec!(0), dec!(-2668.75))
    );
    // Forfait structure 2025: volet 1 400 × 7 € = 2 800 €, capacité à coder 50 × 7 € = 350 €,
    // maître de stage 350 € → 3 500 €; replaced by the DONUM in 2026 (not in this product).
    assert_eq!(component(&c, "FS"), (dec!(3500), dec!(0), dec!(-3500)));
    // VSM 2025, never paid: 50 / 100 = 50 % → 1 500 € × 750 / 800 = 1 406,25 € × 90 % =
    // 1 265,625 € → 1 265,63 €; abolished after 30/06/2025.
    assert_eq!(
        component(&c, "VSM"),
        (dec!(1265.63), dec!(0), dec!(-1265.63))
    );
    // Missions 2026: maître de stage hors ZIP 500 €.
    assert_eq!(component(&c, "MISSIONS"), (dec!(0), dec!(500), dec!(500)));
    // Why each is absent.
    let fmt = c.composantes.iter().find(|d| d.code == "FMT").unwrap();
    assert!(fmt.motif_a.as_deref().unwrap().contains("2026"));
    assert!(fmt.motif_b.is_none());
    let fs = c.composantes.iter().find(|d| d.code == "FS").unwrap();
    assert!(fs.motif_a.is_none());
    assert!(fs
        .motif_b
        .as_deref()
        .unwrap()
        .contains("dotation numérique"));
    // Totals: 2025 10 250 + 2 668,75 + 3 500 + 1 265,63 = 17 684,38 €; 2026 15 100 + 500 =
    // 15 600 €; écart 15 600 − 17 684,38 = −2 084,38 €.
    assert_eq!(c.rapport_a.total, dec!(17684.38));
    assert_eq!(c.rapport_b.total, dec!(15600));
    assert_eq!(c.ecart, dec!(-2084.38));
    let sum: Decimal = c.composantes.iter().map(|d| d.ecart).sum();
    assert_eq!(sum, c.ecart);
    // −2 084,38 / 17 684,38 = −11,786… % → −11,8 %
    assert_eq!(c.ecart_pourcent.as_deref(), Some("\u{2212}11,8\u{a0}%"));
    assert_eq!(
        c.verdict,
        "En 2026, vous percevez 2\u{a0}084,38\u{a0}€ de moins qu'en 2025 (\u{2212}11,8\u{a0}%)."
    );
}

#[test]
fn explanations_match_the_lines_that_pay_for_the_same_thing() {
    let c = comparison(&everything(), 2025, 2026);
    let diff = |key: &str| {
        let d = explanation(&c, key);
        (d.montant_a, d.montant_b, d.ecart)
    };
    // Same patient category, FPMT then FMT: 100 × 70 € = 7 000 € against 100 × 100 € = 10 000 €.
    let ald = explanation(&c, "Patients en ALD de 80 ans ou plus");
    assert_eq!(ald.libelle, "Patients en ALD de 80 ans ou plus");
    assert_eq!(ald.dispositif, "FPMT");
    assert_eq!(
        diff("Patients en ALD de 80 ans ou plus"),
        (dec!(7000), dec!(10000), dec!(3000))
    );
    // 7–74 ans hors ALD: FPMT 650 × 5 € = 3 250 € (seen or not) against FMT, seen only,
    // 550 × 5 € = 2 750 €.
    assert_eq!(
        diff("Patients hors ALD de 7 à 74 ans"),
        (dec!(3250), dec!(2750), dec!(-500))
    );
    // The 100 patients not seen: nothing apart in 2025, 100 × 5 € = 500 € in 2026.
    assert_eq!(
        diff("Patients non vus depuis 2 ans"),
        (dec!(0), dec!(500), dec!(500))
    );
    // The C2S majoration: 50 × 10 € = 500 € in 2026 only.
    assert_eq!(diff("FMT.C2S"), (dec!(0), dec!(500), dec!(500)));
    // The ROSP against the FMT's prevention, under one family:
    // 1 968,75 + 700 = 2 668,75 € against 1 350 €.
    let prevention = explanation(
        &c,
        "Prévention et santé publique (ROSP, puis volet prévention du FMT)",
    );
    assert_eq!(prevention.dispositif, "ROSP");
    assert_eq!(
        (prevention.montant_a, prevention.montant_b, prevention.ecart),
        (dec!(2668.75), dec!(1350), dec!(-1318.75))
    );
    // Volet 1 of the forfait structure (2 800 €), under the numérique family; no DONUM here.
    assert_eq!(
        diff("Équipement et usages numériques (forfait structure, puis DONUM)"),
        (dec!(2800), dec!(0), dec!(-2800))
    );
    // Maître de stage: 350 € in the forfait structure, then 500 € as a mission.
    assert_eq!(diff("Maître de stage"), (dec!(350), dec!(500), dec!(150)));
    // Lines of one year only, matched by their code.
    assert_eq!(
        diff("FS.V2.CAPACITE_A_CODER"),
        (dec!(350), dec!(0), dec!(-350))
    );
    assert_eq!(
        diff("VSM.FORFAIT"),
        (dec!(1265.63), dec!(0), dec!(-1265.63))
    );
    // Nothing else differs, and the explanations add up to the difference:
    // 3 000 − 2 800 − 1 318,75 − 1 265,63 − 500 + 500 + 500 − 350 + 150 = −2 084,38 €
    assert_eq!(c.explications.len(), 9, "{:?}", c.explications);
    let sum: Decimal = c.explications.iter().map(|d| d.ecart).sum();
    assert_eq!(sum, c.ecart);
    // Largest first (ties by key).
    let order: Vec<&str> = c.explications.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(
        order,
        [
            "Patients en ALD de 80 ans ou plus",
            "Équipement et usages numériques (forfait structure, puis DONUM)",
            "Prévention et santé publique (ROSP, puis volet prévention du FMT)",
            "VSM.FORFAIT",
            "FMT.C2S",
            "Patients hors ALD de 7 à 74 ans",
            "Patients non vus depuis 2 ans",
            "FS.V2.CAPACITE_A_CODER",
            "Maître de stage",
        ]
    );
}

#[test]
fn the_same_year_twice_is_the_same() {
    let c = comparison(&everything(), 2025, 2025);
    assert_eq!(c.ecart, dec!(0));
    assert!(c.explications.is_empty());
    assert_eq!(
        c.verdict,
        "En 2025, vos forfaits sont les mêmes qu'en 2025."
    );
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
    let e = comparison_errors(&patients_only(), 2025, 2040);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].champ, "annee");
}
