//! The forfait médecin traitant computed by hand from the Circulaire CNAM du 31/07/2024
//! (`shared/sources/000_a8aa8d5400d38f5b.txt`), §3.1 A (socle, C2S, payments), §3.1 B
//! (majorations of the physician), §3.1 C (prevention) and §3.2 A (demographic contracts).
//!
//! Every expected number is written with its hand computation next to it.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::Parameters;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

/// A patientèle used by the majoration tests:
/// ALD ≥ 80 ans hors C2S: 100 patients × 100 € = 10 000 €;
/// 7–74 ans hors ALD hors C2S: 400 × 5 € = 2 000 €;
/// 7–74 ans hors ALD C2S: 50 × 5 € = 250 € (+ C2S 50 × 10 € = 500 €).
/// Socle = 10 000 + 2 000 + 250 = 12 250 €; majoration C2S = 500 €.
fn standard() -> Value {
    patientele(&[
        ("de_80_ans_et_plus", true, false, 100, 0),
        ("de_7_a_74_ans", false, false, 400, 0),
        ("de_7_a_74_ans", false, true, 50, 0),
    ])
}

const SOCLE: Decimal = dec!(12250);
const C2S: Decimal = dec!(500);

/// The standard patientèle for a practice with `extra` fields, no prevention.
fn standard_profile(extra: Value) -> String {
    profile(exercice(extra), standard(), json!({}))
}

fn zone(extra: Value, annee: i32) -> Decimal {
    amount(
        &report(&standard_profile(extra), annee),
        "FMT.MAJORATION.ZONE",
    )
}

// ---------------------------------------------------------------------------------------------
// Partie socle and majoration C2S (§3.1 A)
// ---------------------------------------------------------------------------------------------

#[test]
fn socle_mixes_every_age_band_ald_and_c2s() {
    let text = profile(
        exercice(json!({})),
        patientele(&[
            ("moins_2_ans", false, false, 10, 0),
            ("moins_2_ans", false, true, 2, 0),
            ("moins_2_ans", true, false, 1, 0),
            ("moins_2_ans", true, true, 1, 0),
            ("de_2_a_6_ans", false, false, 20, 0),
            ("de_2_a_6_ans", false, true, 3, 0),
            ("de_2_a_6_ans", true, false, 2, 0),
            ("de_2_a_6_ans", true, true, 1, 0),
            ("de_7_a_74_ans", false, false, 500, 0),
            ("de_7_a_74_ans", false, true, 50, 0),
            ("de_7_a_74_ans", true, false, 100, 0),
            ("de_7_a_74_ans", true, true, 10, 0),
            ("de_75_a_79_ans", false, false, 40, 0),
            ("de_75_a_79_ans", false, true, 4, 0),
            ("de_75_a_79_ans", true, false, 30, 0),
            ("de_75_a_79_ans", true, true, 3, 0),
            ("de_80_ans_et_plus", false, false, 45, 0),
            ("de_80_ans_et_plus", false, true, 5, 0),
            ("de_80_ans_et_plus", true, false, 60, 0),
            ("de_80_ans_et_plus", true, true, 6, 0),
        ]),
        json!({}),
    );
    let r = report(&text, 2026);
    // (ALD) 80 ans ou plus: 60 + 6 = 66 × 100 € = 6 600 €
    assert_eq!(amount(&r, "FMT.SOCLE.ALD_80_ANS_ET_PLUS"), dec!(6600));
    // (ALD) 0-79 ans, every ALD band under 80 including < 2 ans:
    // (1 + 1) + (2 + 1) + (100 + 10) + (30 + 3) = 148 × 55 € = 8 140 €
    assert_eq!(amount(&r, "FMT.SOCLE.ALD_MOINS_80_ANS"), dec!(8140));
    // 80 ans et plus: 45 + 5 = 50 × 55 € = 2 750 €
    assert_eq!(amount(&r, "FMT.SOCLE.80_ANS_ET_PLUS"), dec!(2750));
    // 75-79 ans: 40 + 4 = 44 × 15 € = 660 €
    assert_eq!(amount(&r, "FMT.SOCLE.75_A_79_ANS"), dec!(660));
    // 7 à 74 ans: 500 + 50 = 550 × 5 € = 2 750 €
    assert_eq!(amount(&r, "FMT.SOCLE.7_A_74_ANS"), dec!(2750));
    // Moins de 7 ans, 2–6 ans: 20 + 3 = 23 × 15 € = 345 €
    assert_eq!(amount(&r, "FMT.SOCLE.2_A_6_ANS"), dec!(345));
    // Moins de 7 ans, < 2 ans: 10 + 2 = 12 × 15 € = 180 €
    assert_eq!(amount(&r, "FMT.SOCLE.MOINS_2_ANS"), dec!(180));
    // Nobody unseen: 0 × 5 € = 0 €
    assert_eq!(amount(&r, "FMT.SOCLE.NON_VUS"), dec!(0));
    // 6 600 + 8 140 + 2 750 + 660 + 2 750 + 345 + 180 = 21 425 €
    assert_eq!(sous_total(&r, "FMT.SOCLE"), dec!(21425));
    // C2S seen: 2 + 1 + 3 + 1 + 50 + 10 + 4 + 3 + 5 + 6 = 85 × 10 € = 850 €
    assert_eq!(amount(&r, "FMT.C2S"), dec!(850));
    assert_eq!(sous_total(&r, "FMT.C2S"), dec!(850));
    // Hors zonage, no birth date, no prevention: 0 €
    assert_eq!(sous_total(&r, "FMT.MAJORATIONS"), dec!(0));
    assert_eq!(sous_total(&r, "FMT.PREVENTION"), dec!(0));
    // 21 425 + 850 = 22 275 €
    assert_eq!(fmt(&r).total, dec!(22275));
    assert_eq!(r.total, dec!(22275));
    // 22 275 / 4 = 5 568,75 € each quarter
    assert_eq!(quarterly(&r), vec![dec!(5568.75); 4]);
    // The patientèle is observed on 31/12/n−1.
    assert_eq!(r.date_observation.to_string(), "2025-12-31");
}

#[test]
fn each_category_pays_the_amount_of_the_table() {
    // (band, ald, « Montants revalorisés », « Si patient C2S ») of the table of §3.1 A.
    let table = [
        ("de_80_ans_et_plus", true, dec!(100), dec!(110)), // (ALD) 80 ans ou plus
        ("de_75_a_79_ans", true, dec!(55), dec!(65)),      // (ALD) 0-79 ans
        ("de_7_a_74_ans", true, dec!(55), dec!(65)),       // (ALD) 0-79 ans
        ("de_2_a_6_ans", true, dec!(55), dec!(65)),        // (ALD) 0-79 ans
        ("moins_2_ans", true, dec!(55), dec!(65)),         // (ALD) 0-79 ans
        ("de_80_ans_et_plus", false, dec!(55), dec!(65)),  // 80 ans et plus
        ("de_75_a_79_ans", false, dec!(15), dec!(25)),     // 75-79 ans
        ("de_7_a_74_ans", false, dec!(5), dec!(15)),       // 7 à 74 ans
        ("de_2_a_6_ans", false, dec!(15), dec!(25)),       // Moins de 7 ans
        ("moins_2_ans", false, dec!(15), dec!(25)),        // Moins de 7 ans
    ];
    for (band, ald, amount, amount_c2s) in table {
        let one = |c2s: bool, non_vus: i64| {
            let text = profile(
                exercice(json!({})),
                patientele(&[(band, ald, c2s, 1, non_vus)]),
                json!({}),
            );
            report(&text, 2026).total
        };
        // One patient seen: the « Montants revalorisés » column.
        assert_eq!(one(false, 0), amount, "{band} ald={ald}");
        // One C2S patient seen: amount + 10 € = the « Si patient C2S » column.
        assert_eq!(one(true, 0), amount_c2s, "{band} ald={ald} C2S");
        // One patient not seen in 2 years, C2S or not: 5 € (last line of the table).
        assert_eq!(one(false, 1), dec!(5), "{band} ald={ald} non vu");
        assert_eq!(one(true, 1), dec!(5), "{band} ald={ald} C2S non vu");
    }
}

#[test]
fn ald_under_2_years_counts_as_ald_0_79() {
    let text = profile(
        exercice(json!({})),
        patientele(&[("moins_2_ans", true, false, 4, 0)]),
        json!({}),
    );
    let r = report(&text, 2026);
    // 4 ALD patients under 2: line « (ALD) 0-79 ans », 4 × 55 € = 220 €
    assert_eq!(amount(&r, "FMT.SOCLE.ALD_MOINS_80_ANS"), dec!(220));
    // and not the « moins de 7 ans » line: 0 €
    assert_eq!(amount(&r, "FMT.SOCLE.MOINS_2_ANS"), dec!(0));
    assert_eq!(r.total, dec!(220));
}

#[test]
fn c2s_majoration_only_for_c2s_patients_seen() {
    let text = profile(
        exercice(json!({})),
        patientele(&[
            ("de_7_a_74_ans", false, true, 30, 4),
            ("de_80_ans_et_plus", true, true, 10, 2),
            ("de_7_a_74_ans", false, false, 100, 10),
        ]),
        json!({}),
    );
    let r = report(&text, 2026);
    // 7–74 ans seen: (30 − 4) + (100 − 10) = 26 + 90 = 116 × 5 € = 580 €
    assert_eq!(amount(&r, "FMT.SOCLE.7_A_74_ANS"), dec!(580));
    // ALD ≥ 80 seen: 10 − 2 = 8 × 100 € = 800 €
    assert_eq!(amount(&r, "FMT.SOCLE.ALD_80_ANS_ET_PLUS"), dec!(800));
    // Not seen: 4 + 2 + 10 = 16 × 5 € = 80 €
    assert_eq!(amount(&r, "FMT.SOCLE.NON_VUS"), dec!(80));
    // 580 + 800 + 80 = 1 460 €
    assert_eq!(sous_total(&r, "FMT.SOCLE"), dec!(1460));
    // C2S seen only: (30 − 4) + (10 − 2) = 34 × 10 € = 340 €; the 6 unseen C2S get nothing.
    assert_eq!(amount(&r, "FMT.C2S"), dec!(340));
    let c2s = line(&r, "FMT.C2S");
    assert!(
        c2s.notes
            .iter()
            .any(|n| n.contains("6 bénéficiaire(s) de la C2S non vu(s)")),
        "{:?}",
        c2s.notes
    );
    // 1 460 + 340 = 1 800 €
    assert_eq!(r.total, dec!(1800));
    // 1 800 / 4 = 450 € each quarter
    assert_eq!(quarterly(&r), vec![dec!(450); 4]);
}

#[test]
fn c2s_note_absent_when_every_c2s_patient_was_seen() {
    let text = profile(
        exercice(json!({})),
        patientele(&[("de_7_a_74_ans", false, true, 3, 0)]),
        json!({}),
    );
    let r = report(&text, 2026);
    // 3 × 10 € = 30 €
    assert_eq!(amount(&r, "FMT.C2S"), dec!(30));
    assert!(line(&r, "FMT.C2S").notes.is_empty());
}

#[test]
fn patients_not_seen_get_5_euros_instead_of_their_category() {
    let text = profile(
        exercice(json!({})),
        patientele(&[
            ("de_80_ans_et_plus", true, false, 10, 10),
            ("de_75_a_79_ans", false, false, 7, 3),
        ]),
        json!({}),
    );
    let r = report(&text, 2026);
    // All 10 ALD ≥ 80 unseen: 0 × 100 € = 0 € (not 10 × 100 €)
    assert_eq!(amount(&r, "FMT.SOCLE.ALD_80_ANS_ET_PLUS"), dec!(0));
    // 75–79 ans: 7 − 3 = 4 seen × 15 € = 60 €
    assert_eq!(amount(&r, "FMT.SOCLE.75_A_79_ANS"), dec!(60));
    // Not seen: 10 + 3 = 13 × 5 € = 65 €
    assert_eq!(amount(&r, "FMT.SOCLE.NON_VUS"), dec!(65));
    // 60 + 65 = 125 €
    assert_eq!(r.total, dec!(125));
}

// ---------------------------------------------------------------------------------------------
// Majorations propres à l'exercice du médecin (§3.1 B)
// ---------------------------------------------------------------------------------------------

#[test]
fn zip_adds_10_percent_of_the_socle() {
    let r = report(
        &standard_profile(json!({
            "zonage": "zip",
            "date_premiere_installation": "2011-09-01",
            "date_naissance": "1972-04-12",
        })),
        2026,
    );
    assert_eq!(sous_total(&r, "FMT.SOCLE"), SOCLE);
    assert_eq!(sous_total(&r, "FMT.C2S"), C2S);
    // Installed 2011, 15th year: pérenne 10 % × 12 250 € = 1 225 € (not of the C2S)
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1225));
    assert!(line(&r, "FMT.MAJORATION.ZONE").libelle.contains("ZIP"));
    // 53 years old on 31/12/2025: no age majoration, 0 €
    assert_eq!(amount(&r, "FMT.MAJORATION.AGE"), dec!(0));
    // 1 225 + 0 = 1 225 €
    assert_eq!(sous_total(&r, "FMT.MAJORATIONS"), dec!(1225));
    // 12 250 + 500 + 1 225 = 13 975 €
    assert_eq!(r.total, dec!(13975));
}

#[test]
fn zip_without_installation_date_is_the_permanent_majoration() {
    // 10 % × 12 250 € = 1 225 €
    assert_eq!(zone(json!({"zonage": "zip"}), 2026), dec!(1225));
}

#[test]
fn qpv_alone_adds_10_percent() {
    let r = report(
        &standard_profile(json!({"qpv": true, "date_premiere_installation": "2011-09-01"})),
        2026,
    );
    // 10 % × 12 250 € = 1 225 €
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1225));
    assert!(line(&r, "FMT.MAJORATION.ZONE").libelle.contains("QPV"));
}

#[test]
fn zip_and_qpv_give_a_single_majoration() {
    let r = report(
        &standard_profile(json!({
            "zonage": "zip",
            "qpv": true,
            "date_premiere_installation": "2011-09-01",
        })),
        2026,
    );
    // One majoration, not two: 10 % × 12 250 € = 1 225 € (not 2 450 €)
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1225));
    assert_eq!(sous_total(&r, "FMT.MAJORATIONS"), dec!(1225));
    assert!(line(&r, "FMT.MAJORATION.ZONE")
        .interpretations
        .iter()
        .any(|i| i.contains("une seule majoration")));
}

#[test]
fn zac_or_hors_zonage_gets_no_zone_majoration() {
    // ZAC is not a ZIP (§3.1 B 1 names ZIP and QPV only): 0 €
    assert_eq!(zone(json!({"zonage": "zac"}), 2026), dec!(0));
    assert_eq!(zone(json!({"zonage": "hors_zonage"}), 2026), dec!(0));
}

#[test]
fn primo_installed_majoration_decreases_over_three_years() {
    let installed = json!({"zonage": "zip", "date_premiere_installation": "2025-03-15"});
    // FMT 2026, observed 31/12/2025: 0 full year + 1 = 1st year, 50 % × 12 250 € = 6 125 €
    let r = report(&standard_profile(installed.clone()), 2026);
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(6125));
    assert!(line(&r, "FMT.MAJORATION.ZONE")
        .libelle
        .contains("primo-installé"));
    // 12 250 + 500 + 6 125 = 18 875 €
    assert_eq!(r.total, dec!(18875));
    // FMT 2027, observed 31/12/2026: 1 full year + 1 = 2nd year, 30 % × 12 250 € = 3 675 €
    assert_eq!(zone(installed.clone(), 2027), dec!(3675));
    // FMT 2028, observed 31/12/2027: 3rd year, 10 % × 12 250 € = 1 225 €
    let r = report(&standard_profile(installed.clone()), 2028);
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1225));
    assert!(line(&r, "FMT.MAJORATION.ZONE").libelle.contains("3e année"));
    // FMT 2029, observed 31/12/2028: 4th year, the permanent 10 % × 12 250 € = 1 225 €
    let r = report(&standard_profile(installed), 2029);
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1225));
    assert!(line(&r, "FMT.MAJORATION.ZONE").libelle.contains("pérenne"));
}

#[test]
fn primo_installed_in_qpv_too() {
    // QPV, installed 2025-03-15, FMT 2026: 1st year, 50 % × 12 250 € = 6 125 €
    let extra = json!({"qpv": true, "date_premiere_installation": "2025-03-15"});
    assert_eq!(zone(extra, 2026), dec!(6125));
}

#[test]
fn installation_year_is_counted_at_the_observation_date() {
    let at = |date: &str| {
        zone(
            json!({"zonage": "zip", "date_premiere_installation": date}),
            2026,
        )
    };
    // Installed 31/12/2024: one full year on 31/12/2025 → 2nd year, 30 % × 12 250 € = 3 675 €
    assert_eq!(at("2024-12-31"), dec!(3675));
    // Installed 01/01/2025: 0 full year → 1st year, 50 % × 12 250 € = 6 125 €
    assert_eq!(at("2025-01-01"), dec!(6125));
    // Installed on the observation date itself → 1st year, 6 125 €
    assert_eq!(at("2025-12-31"), dec!(6125));
    // Installed 01/01/2023: 2 full years → 3rd year, 10 % × 12 250 € = 1 225 €
    assert_eq!(at("2023-01-01"), dec!(1225));
    // Installed 31/12/2022: 3 full years → 4th year, pérenne 10 % = 1 225 €
    assert_eq!(at("2022-12-31"), dec!(1225));
}

#[test]
fn installed_after_the_observation_date_gets_no_zone_majoration_yet() {
    for date in ["2026-01-01", "2026-03-01"] {
        let r = report(
            &standard_profile(json!({"zonage": "zip", "date_premiere_installation": date})),
            2026,
        );
        // Not installed on 31/12/2025: 0 €
        assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(0), "{date}");
        assert!(line(&r, "FMT.MAJORATION.ZONE")
            .formule
            .contains("postérieure à la date d'observation"));
        // The socle is still paid: 12 250 + 500 = 12 750 €
        assert_eq!(fmt(&r).total, dec!(12750));
        // and, installed in 2026 in a ZIP, the aide à l'installation of 10 000 € (§3.2 A)
        assert_eq!(r.total, dec!(22750));
    }
    // The next year it is the 1st year: 50 % × 12 250 € = 6 125 €
    assert_eq!(
        zone(
            json!({"zonage": "zip", "date_premiere_installation": "2026-03-01"}),
            2027
        ),
        dec!(6125)
    );
}

#[test]
fn age_majoration_from_67_years_on_31_december() {
    let age = |birth: &str, extra: Value| {
        let mut e = json!({"date_naissance": birth});
        if let (Some(e), Value::Object(extra)) = (e.as_object_mut(), extra) {
            e.extend(extra);
        }
        report(&standard_profile(e), 2026)
    };
    // Born 31/12/1958: 67 on 31/12/2025 → 10 % × 12 250 € = 1 225 €, hors zonage
    let r = age("1958-12-31", json!({}));
    assert_eq!(amount(&r, "FMT.MAJORATION.AGE"), dec!(1225));
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(0));
    // 12 250 + 500 + 1 225 = 13 975 €
    assert_eq!(r.total, dec!(13975));
    // Born 01/01/1959: 66 on 31/12/2025 → 0 €
    let r = age("1959-01-01", json!({}));
    assert_eq!(amount(&r, "FMT.MAJORATION.AGE"), dec!(0));
    assert!(line(&r, "FMT.MAJORATION.AGE").formule.contains("66 ans"));
    // Same physician in ZIP, installed long ago: zone 1 225 € + age 1 225 € = 2 450 €
    let r = age(
        "1958-12-31",
        json!({"zonage": "zip", "date_premiere_installation": "1990-01-01"}),
    );
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1225));
    assert_eq!(amount(&r, "FMT.MAJORATION.AGE"), dec!(1225));
    assert_eq!(sous_total(&r, "FMT.MAJORATIONS"), dec!(2450));
    // 12 250 + 500 + 2 450 = 15 200 €
    assert_eq!(r.total, dec!(15200));
    // Cumulable with the primo-installé majoration too: 50 % + 10 % of 12 250 €
    // = 6 125 + 1 225 = 7 350 €
    let r = age(
        "1958-12-31",
        json!({"qpv": true, "date_premiere_installation": "2025-03-15"}),
    );
    assert_eq!(sous_total(&r, "FMT.MAJORATIONS"), dec!(7350));
    // Born 01/06/1950, 79 on 31/12/2029, hors zonage: FMT 2030 10 % × 12 250 € = 1 225 €
    let born_1950 = standard_profile(json!({"date_naissance": "1950-06-01"}));
    assert_eq!(
        amount(&report(&born_1950, 2030), "FMT.MAJORATION.AGE"),
        dec!(1225)
    );
    // Born 1960-06-01 is 65 on 31/12/2025 (0 €) and 67 on 31/12/2027 (FMT 2028: 1 225 €)
    let born_1960 = standard_profile(json!({"date_naissance": "1960-06-01"}));
    assert_eq!(
        amount(&report(&born_1960, 2026), "FMT.MAJORATION.AGE"),
        dec!(0)
    );
    assert_eq!(
        amount(&report(&born_1960, 2028), "FMT.MAJORATION.AGE"),
        dec!(1225)
    );
}

// ---------------------------------------------------------------------------------------------
// Eligibility (§3.1 A: secteur 1 or secteur 2 OPTAM / OPTAM-ACO) and entry into force
// ---------------------------------------------------------------------------------------------

#[test]
fn secteur_2_without_optam_has_no_fmt() {
    let r = report(
        &standard_profile(json!({"secteur": "2", "optam": "aucune", "zonage": "zip"})),
        2026,
    );
    let fmt = fmt(&r);
    let motif = fmt.motif_absence.as_deref().expect("a motif");
    assert!(motif.contains("secteur 2"), "{motif}");
    assert!(motif.contains("OPTAM"), "{motif}");
    assert!(fmt.groupes.is_empty());
    assert!(r.line("FMT.SOCLE.7_A_74_ANS").is_none());
    assert_eq!(fmt.total, dec!(0));
    assert_eq!(r.total, dec!(0));
    assert!(r.versements.is_empty());
    // « optam » absent means « aucune »
    let r = report(&standard_profile(json!({"secteur": "2"})), 2026);
    assert!(fmt_absent(&r));
}

fn fmt_absent(r: &forfaits::Report) -> bool {
    fmt(r).motif_absence.is_some()
}

#[test]
fn secteur_2_optam_and_optam_aco_are_eligible() {
    for optam in ["optam", "optam_aco"] {
        let r = report(
            &standard_profile(json!({"secteur": "2", "optam": optam})),
            2026,
        );
        assert!(!fmt_absent(&r));
        // Same as secteur 1: 12 250 + 500 = 12 750 €
        assert_eq!(r.total, dec!(12750), "{optam}");
    }
}

#[test]
fn the_specialty_does_not_change_the_amounts() {
    for specialite in ["pediatrie", "autre_specialite"] {
        let r = report(&standard_profile(json!({"specialite": specialite})), 2026);
        // 12 250 + 500 = 12 750 €
        assert_eq!(r.total, dec!(12750), "{specialite}");
    }
}

#[test]
fn no_fmt_before_1_january_2026() {
    for annee in [2025, 2024, 2021] {
        let r = report(&standard_profile(json!({"zonage": "zip"})), annee);
        let motif = fmt(&r).motif_absence.clone().expect("a motif");
        assert!(motif.contains("01/01/2026"), "{motif}");
        assert!(motif.contains(&annee.to_string()), "{motif}");
        assert!(!fmt(&r).en_vigueur);
        assert_eq!(fmt(&r).total, dec!(0));
        assert!(fmt(&r).versements.is_empty());
        // The FPMT pays instead (§3.1 A, montants actuels): 100 ALD ≥ 80 ans × 70 € + 450 × 5 €
        // = 9 250 €, every patient seen or not.
        assert_eq!(r.dispositif("FPMT").unwrap().total, dec!(9250));
    }
}

// ---------------------------------------------------------------------------------------------
// Demographic contracts of the 2016 convention (§3.2 A)
// ---------------------------------------------------------------------------------------------

fn with_contract(kind: &str, fin: Option<&str>) -> forfaits::Report {
    let mut contract = json!({"type": kind});
    if let Some(fin) = fin {
        contract["fin"] = json!(fin);
    }
    report(
        &standard_profile(json!({
            "zonage": "zip",
            "date_premiere_installation": "2011-09-01",
            "date_naissance": "1958-12-31",
            "contrat_demographique": contract,
        })),
        2026,
    )
}

#[test]
fn a_kept_caim_coscom_or_cotram_replaces_the_zone_majoration() {
    for kind in ["CAIM", "COSCOM", "COTRAM"] {
        for fin in [None, Some("2026-01-01"), Some("2027-06-30")] {
            let r = with_contract(kind, fin);
            // Still running on 01/01/2026: zone majoration 0 €
            assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(0), "{kind} {fin:?}");
            let zone = line(&r, "FMT.MAJORATION.ZONE");
            assert!(
                zone.notes
                    .iter()
                    .any(|n| n.contains(kind) && n.contains("résilier")),
                "{:?}",
                zone.notes
            );
            assert!(zone.source.contains("§3.2 A"), "{}", zone.source);
            // The age majoration is not affected: 10 % × 12 250 € = 1 225 €
            assert_eq!(amount(&r, "FMT.MAJORATION.AGE"), dec!(1225));
            // 12 250 + 500 + 0 + 1 225 = 13 975 €
            assert_eq!(r.total, dec!(13975));
        }
    }
}

#[test]
fn an_ended_contract_no_longer_blocks_the_zone_majoration() {
    for kind in ["CAIM", "COSCOM", "COTRAM"] {
        // Ended 31/12/2025, before 01/01/2026: 10 % × 12 250 € = 1 225 €
        let r = with_contract(kind, Some("2025-12-31"));
        assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1225), "{kind}");
        // 12 250 + 500 + 1 225 + 1 225 = 15 200 €
        assert_eq!(r.total, dec!(15200));
    }
}

#[test]
fn a_cstm_does_not_block_the_zone_majoration() {
    for fin in [None, Some("2028-01-01")] {
        let r = with_contract("CSTM", fin);
        // 10 % × 12 250 € = 1 225 €
        assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1225));
    }
}

// ---------------------------------------------------------------------------------------------
// Majorations prévention (§3.1 C)
// ---------------------------------------------------------------------------------------------

#[test]
fn prevention_pays_5_euros_per_validated_indicator() {
    // Indicator i (1 to 15) has 20 eligible patients and i validated.
    let results: Vec<(&str, i64, i64)> = INDICATORS
        .iter()
        .zip(1..)
        .map(|(&key, i)| (key, 20, i))
        .collect();
    let text = profile(exercice(json!({})), standard(), prevention(&results));
    let r = report(&text, 2026);
    for (key, _, valides) in &results {
        // valides × 5 €
        let code = format!("FMT.PREVENTION.{}", key.to_uppercase());
        assert_eq!(
            amount(&r, &code),
            Decimal::from(*valides) * dec!(5),
            "{key}"
        );
    }
    assert_eq!(amount(&r, "FMT.PREVENTION.GRIPPE"), dec!(5)); // 1 × 5 €
    assert_eq!(amount(&r, "FMT.PREVENTION.BUCCO_DENTAIRE"), dec!(75)); // 15 × 5 €
    assert_eq!(fmt(&r).groupes[3].lignes.len(), 15);
    // 1 + 2 + … + 15 = 120 validated indicators × 5 € = 600 €
    assert_eq!(sous_total(&r, "FMT.PREVENTION"), dec!(600));
    // 12 250 + 500 + 600 = 13 350 €
    assert_eq!(r.total, dec!(13350));
    // Paid apart from the quarters: one payment of 600 €
    assert_eq!(payments(&r, "prévention"), vec![dec!(600)]);
    assert_eq!(quarterly(&r), vec![dec!(3187.50); 4]);
}

// ---------------------------------------------------------------------------------------------
// Payments (§3.1 A « Modalités de versement », §3.1 B)
// ---------------------------------------------------------------------------------------------

#[test]
fn payments_quarters_then_yearly_majorations_and_prevention() {
    let text = profile(
        exercice(json!({
            "zonage": "zip",
            "date_premiere_installation": "2011-09-01",
            "date_naissance": "1958-12-31",
        })),
        standard(),
        prevention(&[("grippe", 100, 40), ("hba1c", 30, 20)]),
    );
    let r = report(&text, 2026);
    let v = &r.versements;
    assert_eq!(v.len(), 6);
    // (12 250 + 500) / 4 = 3 187,50 € each quarter, paid in 2026
    for (i, p) in v[..4].iter().enumerate() {
        assert_eq!(p.montant, dec!(3187.50));
        assert!(p.echeance.contains("trimestre 2026"), "{}", p.echeance);
        assert!(p.echeance.starts_with(["1er", "2e", "3e", "4e"][i]));
    }
    // Majorations, once a year: zone 1 225 + age 1 225 = 2 450 €
    assert!(v[4].objet.contains("Majorations d'exercice"));
    assert_eq!(v[4].montant, dec!(2450));
    // Prevention: (40 + 20) × 5 € = 300 €
    assert!(v[5].objet.contains("prévention"));
    assert_eq!(v[5].montant, dec!(300));
    // 12 750 + 2 450 + 300 = 15 500 €
    assert_eq!(r.total, dec!(15500));
    assert_eq!(fmt(&r).versements, r.versements);
}

#[test]
fn no_yearly_payment_without_majorations_or_prevention() {
    let r = report(&standard_profile(json!({})), 2026);
    // Only the 4 quarters of (12 250 + 500) / 4 = 3 187,50 €
    assert_eq!(r.versements.len(), 4);
    assert_eq!(quarterly(&r), vec![dec!(3187.50); 4]);
}

#[test]
fn quarters_of_an_empty_patientele_are_zero() {
    let r = report(&profile(exercice(json!({})), json!({}), json!({})), 2026);
    // Nothing due, nothing paid: no payment line at all.
    assert!(quarterly(&r).is_empty());
    assert_eq!(r.total, dec!(0));
}

/// With the official amounts in whole euros, (socle + C2S) / 4 always falls on a quarter of a
/// euro: a remainder needs amounts in cents, given by a scenario.
fn one_category(amount: Decimal, patients: i64) -> forfaits::Report {
    let params = Parameters::official()
        .with_overrides("test", [(&forfaits::params::fmt::SOCLE_7_A_74_ANS, amount)]);
    let text = profile(
        exercice(json!({})),
        patientele(&[("de_7_a_74_ans", false, false, patients, 0)]),
        json!({}),
    );
    report_with(&text, 2026, &params)
}

#[test]
fn the_last_quarter_takes_the_remainder_to_the_cent() {
    // 1 001 × 5,01 € = 5 015,01 €; / 4 = 1 253,7525 → 1 253,75 € × 3 = 3 761,25 €;
    // last: 5 015,01 − 3 761,25 = 1 253,76 €
    let r = one_category(dec!(5.01), 1001);
    assert_eq!(r.total, dec!(5015.01));
    assert_eq!(
        quarterly(&r),
        vec![dec!(1253.75), dec!(1253.75), dec!(1253.75), dec!(1253.76)]
    );
    // 2 × 5,015 € = 10,03 €; / 4 = 2,5075 → 2,51 € × 3 = 7,53 €; last: 10,03 − 7,53 = 2,50 €
    let r = one_category(dec!(5.015), 2);
    assert_eq!(r.total, dec!(10.03));
    assert_eq!(
        quarterly(&r),
        vec![dec!(2.51), dec!(2.51), dec!(2.51), dec!(2.50)]
    );
}

// ---------------------------------------------------------------------------------------------
// Rounding: each line to the cent, half away from zero (money.rs)
// ---------------------------------------------------------------------------------------------

#[test]
fn a_half_cent_majoration_rounds_away_from_zero() {
    // With whole-euro socles and 10/30/50 % there is never a half cent; a scenario makes one.
    // One ALD ≥ 80 patient: socle 100 €.
    let text = profile(
        exercice(json!({"zonage": "zip"})),
        patientele(&[("de_80_ans_et_plus", true, false, 1, 0)]),
        json!({}),
    );
    let with_rate = |rate: Decimal| {
        let params = Parameters::official()
            .with_overrides("test", [(&forfaits::params::fmt::MAJORATION_ZIP_QPV, rate)]);
        report_with(&text, 2026, &params)
    };
    // 10,005 % × 100 € = 10,005 € → 10,01 €
    let r = with_rate(dec!(10.005));
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(10.01));
    // 100 + 10,01 = 110,01 €
    assert_eq!(r.total, dec!(110.01));
    // 10,004 % × 100 € = 10,004 € → 10,00 €
    assert_eq!(
        amount(&with_rate(dec!(10.004)), "FMT.MAJORATION.ZONE"),
        dec!(10.00)
    );
    // 10,0049 % × 100 € = 10,0049 € → 10,00 € (rounded once, not 10,005 then 10,01)
    assert_eq!(
        amount(&with_rate(dec!(10.0049)), "FMT.MAJORATION.ZONE"),
        dec!(10.00)
    );
    // The overridden line cites the scenario.
    let zone = line(&r, "FMT.MAJORATION.ZONE");
    assert!(zone.source.contains("Scénario « test »"), "{}", zone.source);
}

#[test]
fn a_half_cent_per_patient_amount_rounds_the_line_once() {
    let params = Parameters::official().with_overrides(
        "test",
        [(&forfaits::params::fmt::SOCLE_NON_VU_2_ANS, dec!(0.125))],
    );
    let text = |n: i64| {
        profile(
            exercice(json!({})),
            patientele(&[("de_7_a_74_ans", false, false, n, n)]),
            json!({}),
        )
    };
    // 1 × 0,125 € = 0,125 € → 0,13 €
    let r = report_with(&text(1), 2026, &params);
    assert_eq!(amount(&r, "FMT.SOCLE.NON_VUS"), dec!(0.13));
    // 3 × 0,125 € = 0,375 € → 0,38 € (the line is rounded, not each patient: not 3 × 0,13)
    let r = report_with(&text(3), 2026, &params);
    assert_eq!(amount(&r, "FMT.SOCLE.NON_VUS"), dec!(0.38));
    // Quarters of 0,38 €: 0,095 → 0,10 € × 3 = 0,30 €; last 0,38 − 0,30 = 0,08 €
    assert_eq!(
        quarterly(&r),
        vec![dec!(0.10), dec!(0.10), dec!(0.10), dec!(0.08)]
    );
}

#[test]
fn default_profile_by_hand() {
    let text = serde_json::to_string(&forfaits::defaults::profile()).unwrap();
    let r = report(&text, 2026);
    // Seen: ALD ≥ 80: 59 + 3 = 62 × 100 € = 6 200 €
    assert_eq!(amount(&r, "FMT.SOCLE.ALD_80_ANS_ET_PLUS"), dec!(6200));
    // ALD < 80: 1 + 2 + (147 + 19) + (35 + 2) = 206 × 55 € = 11 330 €
    assert_eq!(amount(&r, "FMT.SOCLE.ALD_MOINS_80_ANS"), dec!(11330));
    // ≥ 80 hors ALD: 43 + 1 = 44 × 55 € = 2 420 €
    assert_eq!(amount(&r, "FMT.SOCLE.80_ANS_ET_PLUS"), dec!(2420));
    // 75–79: 38 + 2 = 40 × 15 € = 600 €
    assert_eq!(amount(&r, "FMT.SOCLE.75_A_79_ANS"), dec!(600));
    // 7–74: 520 + 55 = 575 × 5 € = 2 875 €
    assert_eq!(amount(&r, "FMT.SOCLE.7_A_74_ANS"), dec!(2875));
    // 2–6: 46 + 6 = 52 × 15 € = 780 €
    assert_eq!(amount(&r, "FMT.SOCLE.2_A_6_ANS"), dec!(780));
    // < 2: 22 + 4 = 26 × 15 € = 390 €
    assert_eq!(amount(&r, "FMT.SOCLE.MOINS_2_ANS"), dec!(390));
    // Not seen: 2 + 40 + 5 + 3 + 1 + 2 + 2 + 1 = 56 × 5 € = 280 €
    assert_eq!(amount(&r, "FMT.SOCLE.NON_VUS"), dec!(280));
    // 6 200 + 11 330 + 2 420 + 600 + 2 875 + 780 + 390 + 280 = 24 875 €
    assert_eq!(sous_total(&r, "FMT.SOCLE"), dec!(24875));
    // C2S seen: 4 + 6 + (55 + 19) + (2 + 2) + (1 + 3) = 92 × 10 € = 920 €
    assert_eq!(sous_total(&r, "FMT.C2S"), dec!(920));
    // ZIP, installed 2011: 10 % × 24 875 € = 2 487,50 €; born 1972 (53): no age majoration
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(2487.50));
    assert_eq!(amount(&r, "FMT.MAJORATION.AGE"), dec!(0));
    // 190 + 95 + 40 + 11 + 7 + 18 + 75 + 120 + 90 + 70 + 45 + 50 + 8 + 9 + 80 = 908 × 5 € = 4 540 €
    assert_eq!(sous_total(&r, "FMT.PREVENTION"), dec!(4540));
    // 24 875 + 920 + 2 487,50 + 4 540 = 32 822,50 €
    assert_eq!(fmt(&r).total, dec!(32822.50));
    // + maître de stage in ZIP, 800 € (§3.4 B) = 33 622,50 €, + DONUM (§3.3 A): socle (equipment;
    // DCMT 95 %, PSE 95,2 %, FSE 96,6 %, AAT 90,9 %: mean 94,4 % ≥ 60 %) 280 points, CM AT-MP
    // 60 % and SPE 50 % (DSG neutralised, 4 < 10): mean 55 % ≥ 30 % → 60, DMP 29,2 % and
    // ordonnance numérique 44,4 %: mean 36,8 % ≥ 30 % → 60, appCV and messages → 20; 420 points
    // × 7 € = 2 940 € → 36 562,50 €
    assert_eq!(r.total, dec!(36562.50));
    // (24 875 + 920) / 4 = 6 448,75 € each quarter
    assert_eq!(quarterly(&r), vec![dec!(6448.75); 4]);
}

#[test]
fn outcome_of_gives_the_same_report() {
    let text = standard_profile(json!({"zonage": "zip"}));
    let params = Parameters::official();
    match forfaits::Outcome::of(forfaits::input::from_json(&text), 2026, &params) {
        forfaits::Outcome::Rapport { rapport } => {
            // 12 250 + 500 + 1 225 = 13 975 €
            assert_eq!(rapport.total, dec!(13975));
            assert_eq!(rapport, report(&text, 2026));
        }
        other => panic!("{other:?}"),
    }
}
