//! The dispositifs of the years before 2026, computed by hand from the sources:
//! - FPMT: Circulaire CNAM du 31/07/2024 (`shared/sources/000_a8aa8d5400d38f5b.txt`), §3.1 A,
//!   column « montants actuels »;
//! - ROSP: Circulaire CNAMTS 19/2011 (`002_c0041839c87d17d9.txt`), II.4 c): 7 € the point, the
//!   points of the médecin traitant's indicators × patients / 800;
//! - forfait structure: avenant 9 (`004_3e40b2c5595d2a8b.txt`), art. 5 (2021–2023), kept until
//!   31/12/2025 (circulaire, §3.3 A), point at 7 €;
//! - VSM: avenant 9, art. 4 (results at 30/06/2023) and circulaire, §3.3 B (2024, 2025);
//! - maître de stage: circulaire, §3.4 B (350 € before 2026; 800 € ZIP / 500 € from 2026).
//!
//! Every expected number is written with its hand computation next to it.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::report::Report;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

const BEFORE_2026: std::ops::RangeInclusive<i32> = 2021..=2025;

fn fs(r: &Report) -> &forfaits::report::Dispositif {
    dispositif(r, "FS")
}

// ---------------------------------------------------------------------------------------------
// FPMT (§3.1 A, « montants actuels »)
// ---------------------------------------------------------------------------------------------

/// Every cell kind of the grid, with patients not seen for two years and C2S beneficiaries.
fn fpmt_patientele() -> Value {
    patientele(&[
        ("moins_2_ans", false, false, 10, 3),
        ("moins_2_ans", false, true, 2, 1),
        ("moins_2_ans", true, false, 1, 0),
        ("de_2_a_6_ans", false, false, 20, 5),
        ("de_2_a_6_ans", false, true, 4, 0),
        ("de_2_a_6_ans", true, true, 1, 1),
        ("de_7_a_74_ans", false, false, 500, 100),
        ("de_7_a_74_ans", false, true, 60, 10),
        ("de_7_a_74_ans", true, false, 100, 7),
        ("de_7_a_74_ans", true, true, 10, 0),
        ("de_75_a_79_ans", false, false, 40, 4),
        ("de_75_a_79_ans", true, false, 25, 0),
        ("de_80_ans_et_plus", false, false, 30, 2),
        ("de_80_ans_et_plus", true, false, 50, 5),
        ("de_80_ans_et_plus", true, true, 5, 0),
    ])
}

fn fpmt_text(exercice_extra: Value) -> String {
    profile_with(exercice(exercice_extra), fpmt_patientele(), json!({}))
}

/// The FPMT of `fpmt_patientele`, every patient counted whether seen or not, no C2S:
const FPMT_TOTAL: Decimal = dec!(14748);

fn assert_fpmt_lines(r: &Report) {
    // (ALD) 80 ans ou plus: 50 + 5 = 55 patients × 70 € = 3 850 €
    assert_eq!(amount(r, "FPMT.ALD_80_ANS_ET_PLUS"), dec!(3850));
    // (ALD) 0-79 ans: 1 (< 2 ans) + 1 (2–6 ans) + 100 + 10 (7–74) + 25 (75–79) = 137 × 46 € = 6 302 €
    assert_eq!(amount(r, "FPMT.ALD_MOINS_80_ANS"), dec!(6302));
    // 80 ans et plus hors ALD: 30 × 46 € = 1 380 €
    assert_eq!(amount(r, "FPMT.80_ANS_ET_PLUS"), dec!(1380));
    // 75-79 ans: 40 × 5 € = 200 €
    assert_eq!(amount(r, "FPMT.75_A_79_ANS"), dec!(200));
    // 7 à 74 ans: 500 + 60 = 560 × 5 € = 2 800 € (the 60 C2S get no majoration)
    assert_eq!(amount(r, "FPMT.7_A_74_ANS"), dec!(2800));
    // Moins de 7 ans, 2–6 ans: 20 + 4 = 24 × 6 € = 144 €
    assert_eq!(amount(r, "FPMT.2_A_6_ANS"), dec!(144));
    // Moins de 7 ans, < 2 ans: 10 + 2 = 12 × 6 € = 72 €
    assert_eq!(amount(r, "FPMT.MOINS_2_ANS"), dec!(72));
    // 3 850 + 6 302 + 1 380 + 200 + 2 800 + 144 + 72 = 14 748 €
    assert_eq!(dispositif(r, "FPMT").total, FPMT_TOTAL);
}

#[test]
fn fpmt_pays_the_montants_actuels_for_every_patient_seen_or_not_without_c2s() {
    for annee in BEFORE_2026 {
        let r = report(&fpmt_text(json!({})), annee);
        assert_fpmt_lines(&r);
        // Paid in the year, in one payment of the FPMT's total.
        assert_eq!(payments(&r, "FPMT de l'année"), vec![FPMT_TOTAL], "{annee}");
        // Nothing else is declared: no ROSP point, no forfait structure prerequisite, no VSM
        // result, no mission; and the FMT does not exist yet.
        assert_eq!(r.total, FPMT_TOTAL, "{annee}");
        let fmt = dispositif(&r, "FMT");
        assert!(!fmt.en_vigueur, "{annee}");
        let motif = fmt.motif_absence.as_deref().unwrap();
        assert!(
            motif.contains(&format!("n'existe pas en {annee} :")),
            "{motif}"
        );
    }
}

#[test]
fn fpmt_is_paid_whatever_the_sector() {
    // Interpretation: the reservation to secteur 1 and secteur 2 OPTAM is a rule of the new FMT
    // (§3.1 A), not of the FPMT.
    for extra in [
        json!({"secteur": "2", "optam": "aucune"}),
        json!({"secteur": "2", "optam": "optam"}),
        json!({"secteur": "2", "optam": "optam_aco"}),
    ] {
        for annee in BEFORE_2026 {
            let r = report(&fpmt_text(extra.clone()), annee);
            assert_fpmt_lines(&r);
            let first = line(&r, "FPMT.ALD_80_ANS_ET_PLUS");
            assert!(
                first
                    .interpretations
                    .iter()
                    .any(|i| i.contains("quel que soit son secteur")),
                "{first:?}"
            );
        }
    }
    // In 2026 the same secteur 2 non-OPTAM physician has neither the FPMT (ended) nor the FMT
    // (reserved to secteur 1 and OPTAM): 0 €.
    let r = report(&fpmt_text(json!({"secteur": "2", "optam": "aucune"})), 2026);
    assert!(dispositif(&r, "FMT").en_vigueur);
    assert!(dispositif(&r, "FMT").motif_absence.is_some());
    assert_eq!(r.total, dec!(0));
}

#[test]
fn fpmt_before_2024_says_it_applies_the_2024_amounts() {
    for annee in BEFORE_2026 {
        let r = report(&fpmt_text(json!({})), annee);
        let first = line(&r, "FPMT.ALD_80_ANS_ET_PLUS");
        let said = first
            .interpretations
            .iter()
            .any(|i| i.contains("montants actuels") && i.contains(&annee.to_string()));
        // The sources give the « montants actuels » (2024) only: an interpretation for 2021–2023.
        assert_eq!(said, annee < 2024, "{annee}: {:?}", first.interpretations);
        assert_eq!(
            r.interpretations
                .iter()
                .any(|i| i.contains("montants actuels")),
            annee < 2024,
            "{annee}"
        );
    }
}

#[test]
fn fpmt_is_absent_in_2026_replaced_by_the_fmt() {
    let r = report(&fpmt_text(json!({})), 2026);
    let d = dispositif(&r, "FPMT");
    assert!(!d.en_vigueur);
    assert_eq!(d.total, dec!(0));
    assert!(d.groupes.is_empty() && d.versements.is_empty());
    let motif = d.motif_absence.as_deref().unwrap();
    assert!(motif.contains("n'existe plus en 2026 :"), "{motif}");
    assert!(motif.contains("FMT"), "{motif}");
    assert!(motif.contains("31/12/2025"), "{motif}");
}

// ---------------------------------------------------------------------------------------------
// ROSP (circulaire 19/2011, II.4 c))
// ---------------------------------------------------------------------------------------------

fn rosp_text(patients: i64, ponderes: Value, non_ponderes: Value) -> String {
    profile_with(
        exercice(json!({})),
        patientele(&[("de_7_a_74_ans", false, false, patients, 0)]),
        json!({"rosp": {"points_ponderes": ponderes, "points_non_ponderes": non_ponderes}}),
    )
}

#[test]
fn rosp_weights_the_points_by_the_patientele_and_rounds_half_a_cent_up() {
    // 412,5 weighted points (a French decimal comma), 1 016 patients, 250,5 other points.
    let text = rosp_text(1016, json!("412,5"), json!(250.5));
    for annee in BEFORE_2026 {
        let r = report(&text, annee);
        // 412,5 × 1 016 / 800 = 523,875 points × 7 € = 3 667,125 € → 3 667,13 € (the half cent
        // rounds away from zero; a banker's rounding would give 3 667,12 €)
        assert_eq!(amount(&r, "ROSP.PONDERES"), dec!(3667.13), "{annee}");
        // 250,5 × 7 € = 1 753,50 €
        assert_eq!(amount(&r, "ROSP.AUTRES"), dec!(1753.50), "{annee}");
        // 3 667,13 + 1 753,50 = 5 420,63 €
        assert_eq!(dispositif(&r, "ROSP").total, dec!(5420.63), "{annee}");
        assert_eq!(payments(&r, "ROSP"), vec![dec!(5420.63)], "{annee}");
    }
}

#[test]
fn rosp_of_the_2011_example() {
    // II.4 c): « un médecin traitant … ayant 800 patients et qui atteint 100 % des objectifs, la
    // somme sera d'environ 9100 € »: 1 300 points × 800 / 800 × 7 € = 9 100 €.
    let r = report(&rosp_text(800, json!(1300), json!(0)), 2025);
    assert_eq!(dispositif(&r, "ROSP").total, dec!(9100));
    // Half the patientèle, half the weighted points' value: 1 300 × 400 / 800 × 7 € = 4 550 €;
    // the other points are not weighted: 100 × 7 € = 700 €.
    let r = report(&rosp_text(400, json!(1300), json!("100")), 2025);
    assert_eq!(amount(&r, "ROSP.PONDERES"), dec!(4550));
    assert_eq!(amount(&r, "ROSP.AUTRES"), dec!(700));
}

#[test]
fn rosp_refuses_points_that_are_not_points_on_their_field() {
    let e = errors(&rosp_text(800, json!("douze"), json!(0)), 2025);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].champ, "rosp.points_ponderes");
    assert!(e[0].message.contains("412,5"), "{e:?}");

    let e = errors(&rosp_text(800, json!(10), json!("-3")), 2025);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].champ, "rosp.points_non_ponderes");
    assert!(e[0].message.contains("négatif"), "{e:?}");

    // More than 10 000 points (the 2011 grid had 1 300 at most).
    let e = errors(&rosp_text(800, json!(10001), json!("abc")), 2024);
    let champs: Vec<&str> = e.iter().map(|x| x.champ.as_str()).collect();
    assert_eq!(
        champs,
        ["rosp.points_ponderes", "rosp.points_non_ponderes"],
        "{e:?}"
    );

    // Not a number at all: the structure is refused on the field.
    let e = read_error(&rosp_text(800, json!(true), json!(0)));
    assert_eq!(e.champ, "rosp.points_ponderes");
}

#[test]
fn rosp_is_absent_in_2026() {
    let r = report(&rosp_text(1016, json!("412,5"), json!(250.5)), 2026);
    let d = dispositif(&r, "ROSP");
    assert!(!d.en_vigueur);
    assert_eq!(d.total, dec!(0));
    let motif = d.motif_absence.as_deref().unwrap();
    assert!(motif.contains("FMT"), "{motif}");
}

// ---------------------------------------------------------------------------------------------
// Forfait structure (avenant 9, art. 5)
// ---------------------------------------------------------------------------------------------

/// Volet 1 met: logiciel with LAP, MSS, cahier des charges, télétransmission 2 001 / 3 000
/// (66,7 % > 2/3); horaires in the annuaire and (a prerequisite from 2022) prise en charge
/// coordonnée.
fn volet1_numerique() -> Value {
    json!({
        "logiciel_lap": true,
        "messagerie_securisee": true,
        "cahier_des_charges_sesam_vitale": true,
        "fse": usage(2001, 3000),
    })
}

fn volet1_declarations() -> Value {
    json!({"horaires_annuaire": true, "prise_en_charge_coordonnee": true})
}

/// Every usage exactly at its 2023 target (the highest of the three years).
fn every_usage_at_its_2023_target() -> Value {
    json!({
        "aat": usage(90, 100),
        "cm_atmp": usage(45, 100),
        "pse": usage(90, 100),
        "dcmt": usage(90, 100),
        "spe": usage(30, 100),
        "dsg": usage(50, 100),
        "dmp": usage(20, 100),
        "mss": usage(5, 100),
        "ordonnance_numerique": usage(50, 100),
        "app_carte_vitale": usage(5, 100),
    })
}

/// Every declared indicator, and four quarters of more than 45 SNP.
fn every_declaration() -> Value {
    json!({
        "capacite_a_coder": true,
        "services_patients": true,
        "videotransmission": true,
        "equipements_connectes": true,
        "participation_sas": true,
        "snp_sas_trimestres": [46, 46, 46, 46],
    })
}

/// A profile whose volet 1 is met, with `numerique` and `declarations` added or replaced.
fn fs_text(exercice_extra: Value, numerique: Value, declarations: Value, stage: bool) -> String {
    profile_with(
        exercice(exercice_extra),
        patientele(&[("de_7_a_74_ans", false, false, 100, 0)]),
        json!({
            "numerique": merged(volet1_numerique(), numerique),
            "forfait_structure": merged(volet1_declarations(), declarations),
            "missions": {"maitre_de_stage": stage},
        }),
    )
}

fn fs_everything() -> String {
    fs_text(
        json!({}),
        every_usage_at_its_2023_target(),
        every_declaration(),
        true,
    )
}

#[test]
fn forfait_structure_with_everything_reached_pays_the_points_of_the_texts_tables() {
    // 2021: volet 1 280 points × 7 € = 1 960 €; volet 2 « TOTAL 605 » points: téléservices
    // 4 × 22,5 = 90, capacité à coder 50, prise en charge coordonnée 120, services 70,
    // encadrement 50, vidéotransmission 50, équipements connectés 25, SAS 150 → 605 × 7 € = 4 235 €.
    let r = report(&fs_everything(), 2021);
    assert_eq!(group_total(&r, "FS.VOLET1"), dec!(1960));
    assert_eq!(group_total(&r, "FS.VOLET2"), dec!(4235));
    assert_eq!(fs(&r).total, dec!(6195));
    // 2022: volet 1 400 × 7 € = 2 800 €; volet 2 « TOTAL 985 »: téléservices 90 + SPE 10 = 100,
    // DMP 40, MSS 40, capacité 50, services 70, encadrement 50, vidéo 50, équipements 25, SAS 200,
    // effection SAS 4 × 90 = 360 → 985 × 7 € = 6 895 €.
    let r = report(&fs_everything(), 2022);
    assert_eq!(group_total(&r, "FS.VOLET1"), dec!(2800));
    assert_eq!(group_total(&r, "FS.VOLET2"), dec!(6895));
    assert_eq!(fs(&r).total, dec!(9695));
    // 2023 (and 2024, 2025 which keep the 2023 values): volet 1 2 800 €; volet 2 « TOTAL 1075 »:
    // 985 + DSG 10 + e-prescription 40 + appCV 40 = 1 075 × 7 € = 7 525 €.
    for annee in 2023..=2025 {
        let r = report(&fs_everything(), annee);
        assert_eq!(group_total(&r, "FS.VOLET1"), dec!(2800), "{annee}");
        assert_eq!(group_total(&r, "FS.VOLET2"), dec!(7525), "{annee}");
        assert_eq!(fs(&r).total, dec!(10325), "{annee}");
        // Paid the next year, in one annual payment.
        assert_eq!(payments(&r, "Forfait structure"), vec![dec!(10325)]);
    }
}

#[test]
fn forfait_structure_points_are_worth_7_euros_each_line() {
    let r = report(&fs_everything(), 2023);
    let expected = [
        // 22,5 points × 7 € = 157,50 € for each of the four téléservices of 2021
        ("FS.V2.AAT", dec!(157.50)),
        ("FS.V2.CM_ATMP", dec!(157.50)),
        ("FS.V2.PSE", dec!(157.50)),
        ("FS.V2.DCMT", dec!(157.50)),
        // 10 points × 7 € = 70 €
        ("FS.V2.SPE", dec!(70)),
        ("FS.V2.DSG", dec!(70)),
        // 40 points × 7 € = 280 €
        ("FS.V2.DMP", dec!(280)),
        ("FS.V2.MSS", dec!(280)),
        ("FS.V2.ORDONNANCE_NUMERIQUE", dec!(280)),
        ("FS.V2.APP_CARTE_VITALE", dec!(280)),
        // 50, 70, 50, 25, 200 points × 7 €
        ("FS.V2.CAPACITE_A_CODER", dec!(350)),
        ("FS.V2.SERVICES_PATIENTS", dec!(490)),
        ("FS.V2.VIDEOTRANSMISSION", dec!(350)),
        ("FS.V2.EQUIPEMENTS_CONNECTES", dec!(175)),
        ("FS.V2.PARTICIPATION_SAS", dec!(1400)),
        // 4 quarters × 90 points = 360 × 7 € = 2 520 €
        ("FS.V2.EFFECTION_SAS", dec!(2520)),
        // 50 points × 7 € = 350 € (§3.4 B: « 350 € aujourd'hui »)
        ("FS.V2.ENCADREMENT_ETUDIANTS", dec!(350)),
        // 400 points × 7 € = 2 800 €
        ("FS.V1", dec!(2800)),
    ];
    for (code, montant) in expected {
        assert_eq!(amount(&r, code), montant, "{code}");
    }
    // 4 × 157,5 + 2 × 70 + 4 × 280 + 350 + 490 + 350 + 175 + 1 400 + 2 520 + 350 + 2 800
    // = 630 + 140 + 1 120 + 5 285 + 2 800 = 10 325 €
    assert_eq!(fs(&r).total, dec!(10325));
}

#[test]
fn one_missing_prerequisite_pays_nothing_of_volet_1_nor_of_volet_2() {
    // Each prerequisite missing in turn (télétransmission exactly 2/3: 2 000 / 3 000 is not > 2/3).
    let missing: [(Value, Value); 6] = [
        (json!({"logiciel_lap": false}), json!({})),
        (json!({"messagerie_securisee": false}), json!({})),
        (json!({"cahier_des_charges_sesam_vitale": false}), json!({})),
        (json!({"fse": usage(2000, 3000)}), json!({})),
        (json!({}), json!({"horaires_annuaire": false})),
        (json!({}), json!({"prise_en_charge_coordonnee": false})),
    ];
    for annee in BEFORE_2026 {
        for (i, (numerique, declarations)) in missing.iter().enumerate() {
            let text = fs_text(
                json!({}),
                merged(every_usage_at_its_2023_target(), numerique.clone()),
                merged(every_declaration(), declarations.clone()),
                true,
            );
            let r = report(&text, annee);
            if annee == 2021 && i == 5 {
                // In 2021 the prise en charge coordonnée is a volet 2 indicator (120 points), not
                // a prerequisite: 6 195 − 120 × 7 = 6 195 − 840 = 5 355 €.
                assert!(r.line("FS.V1.PRISE_EN_CHARGE_COORDONNEE").is_none());
                assert_eq!(amount(&r, "FS.V2.PRISE_EN_CHARGE_COORDONNEE"), dec!(0));
                assert_eq!(fs(&r).total, dec!(5355));
                continue;
            }
            assert_eq!(fs(&r).total, dec!(0), "{annee}, prerequisite {i}");
            assert_eq!(amount(&r, "FS.V1"), dec!(0), "{annee}, prerequisite {i}");
            for l in fs(&r).lines() {
                assert_eq!(l.montant, dec!(0), "{annee}, {}", l.code);
            }
            // The maître de stage's 350 € are part of volet 2: not paid either.
            let stage = line(&r, "FS.V2.ENCADREMENT_ETUDIANTS");
            assert_eq!(stage.montant, dec!(0));
            assert!(
                stage
                    .notes
                    .iter()
                    .any(|n| n.contains("Volet 1 non atteint")),
                "{stage:?}"
            );
            assert!(line(&r, "FS.V1").formule.contains("non atteint"));
            // Nothing due, nothing paid: no payment line.
            assert!(payments(&r, "Forfait structure").is_empty());
        }
    }
}

#[test]
fn teletransmission_must_be_strictly_above_two_thirds() {
    let total = |fse: Value, annee| {
        let r = report(
            &fs_text(json!({}), json!({"fse": fse}), json!({}), false),
            annee,
        );
        fs(&r).total
    };
    for annee in BEFORE_2026 {
        // Volet 1 (with the prise en charge coordonnée, a volet 2 indicator in 2021): in 2021
        // 280 × 7 € = 1 960 € + 120 × 7 € = 840 €; from 2022 400 × 7 € = 2 800 €.
        let volet1 = if annee == 2021 {
            dec!(1960) + dec!(840)
        } else {
            dec!(2800)
        };
        // 2 000 / 3 000 = 2/3 exactly: not « > 2/3 »
        assert_eq!(total(usage(2000, 3000), annee), dec!(0), "{annee}");
        assert_eq!(total(usage(2, 3), annee), dec!(0), "{annee}");
        // 2 001 / 3 000 = 66,7 % > 2/3
        assert_eq!(total(usage(2001, 3000), annee), volet1, "{annee}");
        assert_eq!(total(usage(3000, 3000), annee), volet1, "{annee}");
        // No FSE at all: no rate, not reached.
        assert_eq!(total(usage(0, 0), annee), dec!(0), "{annee}");
    }
}

#[test]
fn each_years_teleservice_targets_are_reached_at_the_target_exactly() {
    // (service, [2021, 2022, 2023] targets in %) from the table of art. 5, 2° a); 2024 and 2025
    // keep 2023's. Each is worth 22,5 points × 7 € = 157,50 €.
    let targets: [(&str, &str, [i64; 3]); 4] = [
        ("aat", "FS.V2.AAT", [60, 80, 90]),
        ("cm_atmp", "FS.V2.CM_ATMP", [20, 30, 45]),
        ("pse", "FS.V2.PSE", [70, 80, 90]),
        ("dcmt", "FS.V2.DCMT", [90, 90, 90]),
    ];
    for annee in BEFORE_2026 {
        let i = (annee - 2021).min(2) as usize;
        for (key, code, t) in targets {
            let with = |num, den| {
                let r = report(
                    &fs_text(json!({}), json!({key: usage(num, den)}), json!({}), false),
                    annee,
                );
                amount(&r, code)
            };
            // At the target exactly: t / 100 → reached, 157,50 €
            assert_eq!(with(t[i], 100), dec!(157.50), "{annee} {key}");
            // A tenth of a point below: (10 t − 1) / 1 000 → 0 €
            assert_eq!(with(10 * t[i] - 1, 1000), dec!(0), "{annee} {key}");
            // The previous year's target, when lower, is not enough.
            if i > 0 && t[i - 1] < t[i] {
                assert_eq!(with(t[i - 1], 100), dec!(0), "{annee} {key}");
            }
        }
    }
}

#[test]
fn indicators_appear_in_their_years_only() {
    let has = |annee, code: &str| report(&fs_everything(), annee).line(code).is_some();
    for annee in BEFORE_2026 {
        // SPE from 2022 (10 % then 30 %), 10 points.
        assert_eq!(has(annee, "FS.V2.SPE"), annee >= 2022, "{annee}");
        // DMP and MSS from 2022, 40 points each.
        assert_eq!(has(annee, "FS.V2.DMP"), annee >= 2022, "{annee}");
        assert_eq!(has(annee, "FS.V2.MSS"), annee >= 2022, "{annee}");
        // DSG (points « - - 10 »), e-prescription and appCV from 2023.
        assert_eq!(has(annee, "FS.V2.DSG"), annee >= 2023, "{annee}");
        assert_eq!(
            has(annee, "FS.V2.ORDONNANCE_NUMERIQUE"),
            annee >= 2023,
            "{annee}"
        );
        assert_eq!(
            has(annee, "FS.V2.APP_CARTE_VITALE"),
            annee >= 2023,
            "{annee}"
        );
        // Effection SAS from 2022.
        assert_eq!(has(annee, "FS.V2.EFFECTION_SAS"), annee >= 2022, "{annee}");
        // Prise en charge coordonnée: volet 2 in 2021, « transfert volet 1 » from 2022.
        assert_eq!(
            has(annee, "FS.V2.PRISE_EN_CHARGE_COORDONNEE"),
            annee == 2021,
            "{annee}"
        );
        assert_eq!(
            has(annee, "FS.V1.PRISE_EN_CHARGE_COORDONNEE"),
            annee >= 2022,
            "{annee}"
        );
    }
    // The targets of the new indicators, at the target exactly and just below.
    let at = |annee, key: &str, num, den, code: &str| {
        let r = report(
            &fs_text(json!({}), json!({key: usage(num, den)}), json!({}), false),
            annee,
        );
        amount(&r, code)
    };
    // SPE: 10 % in 2022, 30 % from 2023; 10 points × 7 € = 70 €
    assert_eq!(at(2022, "spe", 10, 100, "FS.V2.SPE"), dec!(70));
    assert_eq!(at(2022, "spe", 99, 1000, "FS.V2.SPE"), dec!(0));
    assert_eq!(at(2023, "spe", 10, 100, "FS.V2.SPE"), dec!(0));
    assert_eq!(at(2023, "spe", 30, 100, "FS.V2.SPE"), dec!(70));
    // DSG: 50 % in 2023; 10 points × 7 € = 70 €
    assert_eq!(at(2023, "dsg", 50, 100, "FS.V2.DSG"), dec!(70));
    assert_eq!(at(2023, "dsg", 499, 1000, "FS.V2.DSG"), dec!(0));
    // DMP 20 %, MSS 5 %, e-prescription 50 %, appCV 5 %: 40 points × 7 € = 280 €
    assert_eq!(at(2022, "dmp", 20, 100, "FS.V2.DMP"), dec!(280));
    assert_eq!(at(2022, "dmp", 199, 1000, "FS.V2.DMP"), dec!(0));
    assert_eq!(at(2022, "mss", 5, 100, "FS.V2.MSS"), dec!(280));
    assert_eq!(at(2022, "mss", 49, 1000, "FS.V2.MSS"), dec!(0));
    assert_eq!(
        at(
            2023,
            "ordonnance_numerique",
            50,
            100,
            "FS.V2.ORDONNANCE_NUMERIQUE"
        ),
        dec!(280)
    );
    assert_eq!(
        at(
            2023,
            "ordonnance_numerique",
            499,
            1000,
            "FS.V2.ORDONNANCE_NUMERIQUE"
        ),
        dec!(0)
    );
    assert_eq!(
        at(2023, "app_carte_vitale", 5, 100, "FS.V2.APP_CARTE_VITALE"),
        dec!(280)
    );
    assert_eq!(
        at(2023, "app_carte_vitale", 49, 1000, "FS.V2.APP_CARTE_VITALE"),
        dec!(0)
    );
    // A téléservice without any act does not reach its target (interpretation).
    assert_eq!(at(2023, "dmp", 0, 0, "FS.V2.DMP"), dec!(0));
}

#[test]
fn prise_en_charge_coordonnee_moves_from_volet_2_to_volet_1() {
    let declared = |annee, pec: bool| {
        report(
            &fs_text(
                json!({}),
                json!({}),
                json!({"prise_en_charge_coordonnee": pec}),
                false,
            ),
            annee,
        )
    };
    // 2021: volet 1 1 960 € + volet 2 120 points × 7 € = 840 € → 2 800 €; without it 1 960 €.
    assert_eq!(
        amount(&declared(2021, true), "FS.V2.PRISE_EN_CHARGE_COORDONNEE"),
        dec!(840)
    );
    assert_eq!(fs(&declared(2021, true)).total, dec!(2800));
    assert_eq!(fs(&declared(2021, false)).total, dec!(1960));
    // From 2022, a prerequisite: with it volet 1 alone, 400 × 7 € = 2 800 €; without it 0 €.
    for annee in 2022..=2025 {
        assert_eq!(fs(&declared(annee, true)).total, dec!(2800), "{annee}");
        assert_eq!(fs(&declared(annee, false)).total, dec!(0), "{annee}");
    }
}

#[test]
fn participation_sas_is_150_points_in_2021_then_200() {
    for annee in BEFORE_2026 {
        let r = report(
            &fs_text(
                json!({}),
                json!({}),
                json!({"participation_sas": true}),
                false,
            ),
            annee,
        );
        // 150 × 7 € = 1 050 € in 2021; 200 × 7 € = 1 400 € from 2022
        let expected = if annee == 2021 {
            dec!(1050)
        } else {
            dec!(1400)
        };
        assert_eq!(amount(&r, "FS.V2.PARTICIPATION_SAS"), expected, "{annee}");
    }
}

#[test]
fn sas_effection_is_scored_by_quarterly_bands_at_their_edges() {
    let points = |quarters: [i64; 4], annee| {
        let r = report(
            &fs_text(
                json!({}),
                json!({}),
                json!({"snp_sas_trimestres": quarters}),
                false,
            ),
            annee,
        );
        amount(&r, "FS.V2.EFFECTION_SAS")
    };
    for annee in 2022..=2025 {
        // Bands of art. 5, 2° c): 5–15 → 10, 16–25 → 30, 26–35 → 50, 36–45 → 70, > 45 → 90.
        // 4 → 0, 5 → 10, 15 → 10, 16 → 30: 50 points × 7 € = 350 €
        assert_eq!(points([4, 5, 15, 16], annee), dec!(350), "{annee}");
        // 25 → 30, 26 → 50, 35 → 50, 36 → 70: 200 points × 7 € = 1 400 €
        assert_eq!(points([25, 26, 35, 36], annee), dec!(1400), "{annee}");
        // 45 → 70, 46 → 90, 0 → 0, 1 000 → 90: 250 points × 7 € = 1 750 €
        assert_eq!(points([45, 46, 0, 1000], annee), dec!(1750), "{annee}");
        // Four quarters above 45: 4 × 90 = 360 points, the maximum × 7 € = 2 520 €
        assert_eq!(points([46, 46, 46, 46], annee), dec!(2520), "{annee}");
        assert_eq!(points([999_999; 4], annee), dec!(2520), "{annee}");
    }
    // No effection indicator in 2021, whatever is entered.
    let r = report(
        &fs_text(
            json!({}),
            json!({}),
            json!({"snp_sas_trimestres": [46, 46, 46, 46]}),
            false,
        ),
        2021,
    );
    assert!(r.line("FS.V2.EFFECTION_SAS").is_none());
    // Volet 1 280 × 7 € = 1 960 € + prise en charge coordonnée 120 × 7 € = 840 € → 2 800 €
    assert_eq!(fs(&r).total, dec!(2800));
}

#[test]
fn sas_effection_is_for_general_practitioners() {
    // « Pour les médecins généralistes … l'indicateur est calculé » (art. 5, 2° c)): a
    // pediatrician entering SNP scores no point; the rest of the forfait structure is theirs.
    let text = fs_text(
        json!({"specialite": "pediatrie"}),
        json!({}),
        json!({"snp_sas_trimestres": [46, 46, 46, 46], "participation_sas": true}),
        false,
    );
    let r = report(&text, 2023);
    assert_eq!(amount(&r, "FS.V2.EFFECTION_SAS"), dec!(0));
    // Volet 1 2 800 € + participation SAS 1 400 € = 4 200 €
    assert_eq!(fs(&r).total, dec!(4200));
}

#[test]
fn years_2024_and_2025_keep_the_values_of_2023() {
    let partial = fs_text(
        json!({}),
        // AAT 85 % (reached in 2022, not from 2023), SPE 20 % (idem), DSG 50 %, DMP 25 %.
        json!({"aat": usage(85, 100), "spe": usage(20, 100), "dsg": usage(1, 2), "dmp": usage(1, 4)}),
        json!({"snp_sas_trimestres": [5, 16, 26, 36], "capacite_a_coder": true}),
        true,
    );
    for text in [fs_everything(), partial.clone()] {
        let y2023 = report(&text, 2023);
        for annee in [2024, 2025] {
            let r = report(&text, annee);
            assert_eq!(fs(&r).groupes, fs(&y2023).groupes, "{annee}");
            assert_eq!(fs(&r).total, fs(&y2023).total, "{annee}");
        }
    }
    // The partial profile by hand, in 2023–2025: volet 1 2 800 €; AAT 85 % < 90 % → 0;
    // SPE 20 % < 30 % → 0; DSG 50 % → 70 €; DMP 25 % ≥ 20 % → 280 €; capacité à coder 350 €;
    // SNP 10 + 30 + 50 + 70 = 160 points → 1 120 €; maître de stage 350 €.
    // 2 800 + 70 + 280 + 350 + 1 120 + 350 = 4 970 €
    assert_eq!(fs(&report(&partial, 2025)).total, dec!(4970));
    // In 2022: AAT 85 % ≥ 80 % → 157,50 €; SPE 20 % ≥ 10 % → 70 €; no DSG; DMP 280 €.
    // 2 800 + 157,50 + 70 + 280 + 350 + 1 120 + 350 = 5 127,50 €
    assert_eq!(fs(&report(&partial, 2022)).total, dec!(5127.50));
}

#[test]
fn forfait_structure_is_absent_in_2026_replaced_by_the_donum() {
    let r = report(&fs_everything(), 2026);
    let d = fs(&r);
    assert!(!d.en_vigueur);
    assert_eq!(d.total, dec!(0));
    let motif = d.motif_absence.as_deref().unwrap();
    assert!(motif.contains("dotation numérique"), "{motif}");
    assert!(motif.contains("31/12/2025"), "{motif}");
}

// ---------------------------------------------------------------------------------------------
// Maître de stage (§3.4 B)
// ---------------------------------------------------------------------------------------------

#[test]
fn maitre_de_stage_is_350_euros_in_the_forfait_structure_until_2025() {
    for zonage in ["zip", "zac", "hors_zonage"] {
        for annee in BEFORE_2026 {
            let with = |stage| {
                report(
                    &fs_text(json!({"zonage": zonage}), json!({}), json!({}), stage),
                    annee,
                )
            };
            let r = with(true);
            // 50 points × 7 € = 350 €, wherever the cabinet is
            assert_eq!(
                amount(&r, "FS.V2.ENCADREMENT_ETUDIANTS"),
                dec!(350),
                "{annee}"
            );
            // 350 € on top of: in 2021 volet 1 280 × 7 € = 1 960 € + prise en charge coordonnée
            // 120 × 7 € = 840 €; from 2022 volet 1 400 × 7 € = 2 800 €.
            let volet1 = if annee == 2021 {
                dec!(1960) + dec!(840)
            } else {
                dec!(2800)
            };
            assert_eq!(fs(&r).total, volet1 + dec!(350), "{annee}");
            // No maître de stage mission before 2026 (the missions of 2025, AME and IPA, are
            // not declared here).
            assert!(r.line("MISSIONS.MAITRE_DE_STAGE").is_none(), "{annee}");
            assert_eq!(dispositif(&r, "MISSIONS").total, dec!(0), "{annee}");
            assert!(payments(&r, "Maître de stage").is_empty(), "{annee}");
            // Not declared: 0 €.
            let r = with(false);
            assert_eq!(
                amount(&r, "FS.V2.ENCADREMENT_ETUDIANTS"),
                dec!(0),
                "{annee}"
            );
            assert_eq!(fs(&r).total, volet1, "{annee}");
        }
    }
}

#[test]
fn maitre_de_stage_is_a_mission_from_2026_800_in_zip_500_elsewhere() {
    for annee in [2026, 2027, 2030] {
        for (zonage, expected) in [
            // « 800 € par an pour un médecin libéral installé en ZIP »
            ("zip", dec!(800)),
            // « 500 € par an pour un médecin libéral installé hors ZIP »
            ("zac", dec!(500)),
            ("hors_zonage", dec!(500)),
        ] {
            // The volet 1 of the old forfait structure does not matter any more.
            let text = profile_with(
                exercice(json!({"zonage": zonage})),
                json!({}),
                json!({"missions": {"maitre_de_stage": true}}),
            );
            let r = report(&text, annee);
            assert_eq!(amount(&r, "MISSIONS.MAITRE_DE_STAGE"), expected, "{zonage}");
            assert_eq!(dispositif(&r, "MISSIONS").total, expected);
            assert_eq!(payments(&r, "Maître de stage"), vec![expected]);
            assert_eq!(r.total, expected);
            // Not declared: 0 €, no payment.
            let text = profile_with(exercice(json!({"zonage": zonage})), json!({}), json!({}));
            let r = report(&text, annee);
            assert_eq!(amount(&r, "MISSIONS.MAITRE_DE_STAGE"), dec!(0));
            assert!(payments(&r, "Maître de stage").is_empty());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// VSM (avenant 9, art. 4; circulaire, §3.3 B)
// ---------------------------------------------------------------------------------------------

/// A patientèle médecin traitant of `patients` and the VSM campaigns `campaigns`.
fn vsm_text(patients: i64, campaigns: Value) -> String {
    profile_with(
        exercice(json!({})),
        patientele(&[("de_7_a_74_ans", false, false, patients, 0)]),
        json!({"vsm": campaigns}),
    )
}

fn vsm(patients: i64, campaigns: Value, annee: i32) -> Decimal {
    let r = report(&vsm_text(patients, campaigns), annee);
    let d = dispositif(&r, "VSM");
    assert!(d.en_vigueur, "{annee}");
    d.total
}

#[test]
fn vsm_does_not_exist_before_2023_nor_in_2026() {
    let text = vsm_text(1000, json!({"2023": vsm_results(200, 200, 200)}));
    for annee in [2021, 2022, 2026, 2027] {
        let r = report(&text, annee);
        let d = dispositif(&r, "VSM");
        assert!(!d.en_vigueur, "{annee}");
        assert_eq!(d.total, dec!(0), "{annee}");
        let motif = d.motif_absence.as_deref().unwrap();
        if annee < 2023 {
            assert!(motif.contains("2023"), "{motif}");
        } else {
            assert!(motif.contains("30/06/2025"), "{motif}");
        }
    }
}

#[test]
fn vsm_2023_campaign_by_share_of_the_ald_patientele() {
    let c2023 = |ald, with, structured| json!({"2023": vsm_results(ald, with, structured)});
    // 99 / 200 = 49,5 % < 50 % → 0 €
    assert_eq!(vsm(1000, c2023(200, 99, 0), 2023), dec!(0));
    // 100 / 200 = 50 % (« au moins la moitié ») → 1 500 € × 1 000 / 800 = 1 875 €
    assert_eq!(vsm(1000, c2023(200, 100, 0), 2023), dec!(1875));
    // 179 / 200 = 89,5 % → still 1 875 €
    assert_eq!(vsm(1000, c2023(200, 179, 0), 2023), dec!(1875));
    // 180 / 200 = 90 % → 3 000 € × 1 000 / 800 = 3 750 €
    assert_eq!(vsm(1000, c2023(200, 180, 0), 2023), dec!(3750));
    // 61 structured of 180 = 33,9 % > 1/3 → 3 750 € × 1,2 = 4 500 €
    assert_eq!(vsm(1000, c2023(200, 180, 61), 2023), dec!(4500));
    // 60 of 180 = exactly one third: not « plus d'un tiers » → 3 750 €
    assert_eq!(vsm(1000, c2023(200, 180, 60), 2023), dec!(3750));
    // 34 of 100 = 34 % → 1 875 € × 1,2 = 2 250 €; 33 of 100 = 33 % → 1 875 €
    assert_eq!(vsm(1000, c2023(200, 100, 34), 2023), dec!(2250));
    assert_eq!(vsm(1000, c2023(200, 100, 33), 2023), dec!(1875));
    // No patient in ALD: no share, no forfait.
    assert_eq!(vsm(1000, c2023(0, 0, 0), 2023), dec!(0));
    // Weighting with a half cent: 1 500 € × 1 003 / 800 = 1 880,625 € → 1 880,63 €
    assert_eq!(vsm(1003, c2023(200, 100, 0), 2023), dec!(1880.63));
    // Structured: 1 880,625 × 1,2 = 2 256,75 € (rounded once, at the end)
    assert_eq!(vsm(1003, c2023(200, 100, 50), 2023), dec!(2256.75));
    // Paid in the second half of 2023 (art. 4).
    let r = report(&vsm_text(1000, c2023(200, 180, 61)), 2023);
    let v = r
        .versements
        .iter()
        .find(|v| v.objet.contains("VSM"))
        .unwrap();
    assert_eq!(v.montant, dec!(4500));
    assert_eq!(v.echeance, "Second semestre 2023");
}

#[test]
fn vsm_2024_is_paid_only_to_physicians_never_paid() {
    // Never paid (2023: 40 % < 50 %); 2024: 90 % → 3 000 € × 1 000 / 800 = 3 750 €, at 100 %.
    let never = json!({"2023": vsm_results(200, 80, 0), "2024": vsm_results(200, 180, 0)});
    assert_eq!(vsm(1000, never, 2024), dec!(3750));
    // Paid in 2023 (50 % → 1 875 €): nothing in 2024, even with better results.
    let paid = json!({"2023": vsm_results(200, 100, 0), "2024": vsm_results(200, 200, 200)});
    assert_eq!(vsm(1000, paid.clone(), 2024), dec!(0));
    let r = report(&vsm_text(1000, paid), 2024);
    let l = line(&r, "VSM.FORFAIT");
    assert!(l.formule.contains("déjà perçu"), "{}", l.formule);
    assert!(
        l.notes
            .iter()
            .any(|n| n.contains("30/06/2023") && n.contains("1\u{a0}875\u{a0}€")),
        "{:?}",
        l.notes
    );
}

#[test]
fn vsm_2025_pays_90_percent_and_a_complement_when_results_improve_on_2024() {
    // Never paid: 2025 at 90 % → 3 000 € × 1 000 / 800 = 3 750 € × 90 % = 3 375 €
    let never = json!({"2025": vsm_results(200, 180, 0)});
    assert_eq!(vsm(1000, never, 2025), dec!(3375));
    // Never paid, structured: 3 750 × 1,2 = 4 500 € × 90 % = 4 050 €
    let never = json!({"2025": vsm_results(200, 180, 61)});
    assert_eq!(vsm(1000, never, 2025), dec!(4050));
    // Paid in 2024 at 50 % (1 875 €), 90 % in 2025 (3 750 €): complement
    // 90 % × (3 750 − 1 875) = 90 % × 1 875 = 1 687,50 €
    let improved = json!({"2024": vsm_results(200, 100, 0), "2025": vsm_results(200, 180, 0)});
    assert_eq!(vsm(1000, improved, 2025), dec!(1687.50));
    // Paid in 2024 at 90 % (3 750 €), structured in 2025 (4 500 €): 90 % × 750 = 675 €
    let structured = json!({"2024": vsm_results(200, 180, 0), "2025": vsm_results(200, 180, 61)});
    assert_eq!(vsm(1000, structured, 2025), dec!(675));
    // Paid in 2024 at 90 %, same tier in 2025 (3 750 € both): no improvement → 0 €
    let same = json!({"2024": vsm_results(200, 180, 0), "2025": vsm_results(200, 200, 0)});
    assert_eq!(vsm(1000, same, 2025), dec!(0));
    // Paid in 2024 at 90 %, worse in 2025 (1 875 €): 0 €
    let worse = json!({"2024": vsm_results(200, 180, 0), "2025": vsm_results(200, 100, 0)});
    assert_eq!(vsm(1000, worse, 2025), dec!(0));
    // Paid in 2023 (50 %: 1 875 €), 2024 at 50 % (nothing paid, 1 875 € computed), 2025 at 90 %
    // (3 750 € > 1 875 €): complement 90 % × (3 750 − 1 875) = 1 687,50 €
    let since_2023 = json!({
        "2023": vsm_results(200, 100, 0),
        "2024": vsm_results(200, 100, 0),
        "2025": vsm_results(200, 180, 0),
    });
    assert_eq!(vsm(1000, since_2023.clone(), 2025), dec!(1687.50));
    let r = report(&vsm_text(1000, since_2023), 2025);
    assert!(line(&r, "VSM.FORFAIT").formule.contains("complément"));
    // Paid in 2023 at 90 % (3 750 €), 2024 at 50 % (1 875 € computed), 2025 back at 90 %:
    // improved on 2024, but 90 % × (3 750 − 3 750 already paid) = 0 €
    let back = json!({
        "2023": vsm_results(200, 180, 0),
        "2024": vsm_results(200, 100, 0),
        "2025": vsm_results(200, 180, 0),
    });
    assert_eq!(vsm(1000, back, 2025), dec!(0));
    // Paid in 2023 (1 875 €), 2024 unchanged, 2025 unchanged: 0 €
    let unchanged = json!({
        "2023": vsm_results(200, 100, 0),
        "2024": vsm_results(200, 100, 0),
        "2025": vsm_results(200, 100, 0),
    });
    assert_eq!(vsm(1000, unchanged, 2025), dec!(0));
}

// ---------------------------------------------------------------------------------------------
// The fast path
// ---------------------------------------------------------------------------------------------

#[test]
fn the_total_alone_equals_the_report_total_every_year() {
    // A physician with something in every dispositif (`report` also checks
    // `Engine::total` = `report.total` on every profile of this file).
    let text = profile_with(
        exercice(json!({"zonage": "zip", "date_naissance": "1955-03-01"})),
        fpmt_patientele(),
        json!({
            "prevention": prevention(&[("grippe", 200, 150), ("hpv", 20, 7)]),
            "rosp": {"points_ponderes": "412,5", "points_non_ponderes": 250.5},
            "numerique": merged(volet1_numerique(), every_usage_at_its_2023_target()),
            "forfait_structure": merged(volet1_declarations(), every_declaration()),
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
