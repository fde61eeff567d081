//! The dispositifs created by the convention of 2024 from 2025–2026, computed by hand from the
//! sources:
//! - Circulaire CNAM du 31/07/2024 (`shared/sources/000_a8aa8d5400d38f5b.txt`): §3.2 A (aides à
//!   l'installation, demographic contracts), §3.2 B (consultations avancées, CSTM), §3.3 A
//!   (DONUM), §3.4 (missions: SAS, maître de stage, AME, IPA), §9.4 B (GAP), §9.5 (sobriété);
//! - Multilatérale du 14/03/2024 (`001_98d0a63e098e8324.txt`): the SAS forfait of 1 000 € a year
//!   and the logigrammes of the CAIM, COSCOM, COTRAM and CSTM.
//!
//! Every expected number is written with its hand computation next to it. Profiles go through
//! the public path: JSON text → `forfaits::input::from_json` → `forfaits::compute`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::report::{Dispositif, Report};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

/// A profile: a médecin généraliste de secteur 1 with `exercice_extra`, no patientèle, and the
/// sections of `sections`.
fn text(exercice_extra: Value, sections: Value) -> String {
    profile_with(exercice(exercice_extra), json!({}), sections)
}

/// 100 patients in ALD of 80 ans or more, all seen: FMT socle 100 × 100 € = 10 000 €
/// (§3.1 A), so the zone majoration of 10 % is 1 000 € and the primo-installé one of the 1st
/// year, 50 %, is 5 000 €.
fn socle_10_000() -> Value {
    patientele(&[("de_80_ans_et_plus", true, false, 100, 0)])
}

fn with_patients(exercice_extra: Value, sections: Value) -> String {
    profile_with(exercice(exercice_extra), socle_10_000(), sections)
}

fn motif(d: &Dispositif) -> &str {
    d.motif_absence
        .as_deref()
        .unwrap_or_else(|| panic!("{} has no motif", d.code))
}

/// The dispositif does not exist in the year: nothing, said why.
fn assert_not_in_force<'a>(r: &'a Report, code: &str) -> &'a str {
    let d = dispositif(r, code);
    assert!(!d.en_vigueur, "{code} in force in {}", r.annee);
    assert_eq!(d.total, dec!(0), "{code}");
    assert!(d.groupes.is_empty(), "{code}");
    assert!(d.versements.is_empty(), "{code}");
    motif(d)
}

/// The dispositif exists but this physician is not in it: nothing, said why.
fn assert_refused<'a>(r: &'a Report, code: &str) -> &'a str {
    let d = dispositif(r, code);
    assert!(d.en_vigueur, "{code} not in force in {}", r.annee);
    assert_eq!(d.total, dec!(0), "{code}");
    assert!(d.versements.is_empty(), "{code}");
    motif(d)
}

// ---------------------------------------------------------------------------------------------
// DONUM (§3.3 A)
// ---------------------------------------------------------------------------------------------

/// Digital usage: each service of the socle (DCMT, PSE, FSE, AAT) at `socle` %, each of the other
/// téléservices (CM AT-MP, SPE, DSG) at `autres` %, DMP and ordonnance numérique at `sante` %,
/// all out of 100 acts; `app_mss` FSE with the application carte Vitale and messages through Mon
/// espace santé (out of 100).
fn numerique(equipment: bool, socle: i64, autres: i64, sante: i64, app_mss: (i64, i64)) -> Value {
    json!({
        "logiciel_lap": equipment,
        "cahier_des_charges_sesam_vitale": equipment,
        "dcmt": usage(socle, 100),
        "pse": usage(socle, 100),
        "fse": usage(socle, 100),
        "aat": usage(socle, 100),
        "cm_atmp": usage(autres, 100),
        "spe": usage(autres, 100),
        "dsg": usage(autres, 100),
        "dmp": usage(sante, 100),
        "ordonnance_numerique": usage(sante, 100),
        "app_carte_vitale": usage(app_mss.0, 100),
        "mss": usage(app_mss.1, 100),
    })
}

fn donum_text(numerique: Value) -> String {
    text(json!({}), json!({ "numerique": numerique }))
}

fn donum(r: &Report) -> &Dispositif {
    dispositif(r, "DONUM")
}

/// Every indicator reached in 2026: socle 60 % ≥ 60 %, autres 30 % ≥ 30 %, numérique en santé
/// 30 % ≥ 30 %, one FSE with the appCV and one message.
fn everything_reached() -> Value {
    numerique(true, 60, 30, 30, (1, 1))
}

#[test]
fn donum_every_indicator_reached_pays_420_points_at_7_euros() {
    let r = report(&donum_text(everything_reached()), 2026);
    // Socle: 280 points × 7 € = 1 960 €
    assert_eq!(amount(&r, "DONUM.SOCLE"), dec!(1960));
    // Autres téléservices: 60 points × 7 € = 420 €
    assert_eq!(amount(&r, "DONUM.AUTRES_TELESERVICES"), dec!(420));
    // Numérique en santé: 60 points × 7 € = 420 €
    assert_eq!(amount(&r, "DONUM.NUMERIQUE_SANTE"), dec!(420));
    // appCV et messagerie: 20 points × 7 € = 140 €
    assert_eq!(amount(&r, "DONUM.APP_CV_MSS"), dec!(140));
    // The two socle indicators are shown, without an amount of their own.
    assert_eq!(amount(&r, "DONUM.SOCLE.EQUIPEMENT"), dec!(0));
    assert_eq!(amount(&r, "DONUM.SOCLE.TELESERVICES"), dec!(0));
    // (280 + 60 + 60 + 20) = 420 points × 7 € = 2 940 €
    assert_eq!(donum(&r).total, dec!(2940));
    assert_eq!(group_total(&r, "DONUM.SOCLE"), dec!(1960));
    // 420 + 420 + 140 = 980 €
    assert_eq!(group_total(&r, "DONUM.OPTIONNELS"), dec!(980));
    assert_eq!(r.total, dec!(2940));
    // The targets are reached at equality: 60 % ≥ 60 %, 30 % ≥ 30 %.
    let socle = &line(&r, "DONUM.SOCLE.TELESERVICES").formule;
    assert!(
        socle.contains("moyenne 60\u{a0}% ; cible 60\u{a0}% : atteinte"),
        "{socle}"
    );
    let autres = &line(&r, "DONUM.AUTRES_TELESERVICES").formule;
    assert!(
        autres.contains("moyenne 30\u{a0}% ; cible 30\u{a0}% : atteinte"),
        "{autres}"
    );
    // No rate neutralised: no interpretation about it.
    assert!(line(&r, "DONUM.SOCLE.TELESERVICES")
        .interpretations
        .is_empty());
}

#[test]
fn donum_is_paid_in_the_first_half_of_the_next_year() {
    for annee in [2026, 2027] {
        let r = report(&donum_text(everything_reached()), annee);
        let d = donum(&r);
        // One payment of the whole DONUM, 2 940 €, in the 1st half of n+1 on the results at 31/12/n.
        assert_eq!(d.versements.len(), 1, "{annee}");
        let v = &d.versements[0];
        assert_eq!(v.montant, dec!(2940));
        assert_eq!(v.echeance, format!("1er semestre {}", annee + 1));
        assert_eq!(
            v.objet,
            format!("DONUM {annee} (résultats au 31/12/{annee})")
        );
        assert_eq!(payments(&r, "DONUM"), vec![dec!(2940)]);
    }
    // Nothing reached: no payment of nothing.
    let r = report(&donum_text(numerique(false, 60, 30, 30, (1, 1))), 2026);
    assert!(donum(&r).versements.is_empty());
}

#[test]
fn donum_equipment_missing_pays_nothing_at_all() {
    // Logiciel without the SESAM-Vitale specifications, then the reverse: every rate reached,
    // but « les deux cibles de ces indicateurs doivent être atteintes [...] pour ouvrir droit à la
    // rémunération des indicateurs optionnels ».
    for (logiciel, sesam) in [(true, false), (false, true), (false, false)] {
        let mut n = everything_reached();
        n["logiciel_lap"] = json!(logiciel);
        n["cahier_des_charges_sesam_vitale"] = json!(sesam);
        let r = report(&donum_text(n), 2026);
        for code in [
            "DONUM.SOCLE",
            "DONUM.AUTRES_TELESERVICES",
            "DONUM.NUMERIQUE_SANTE",
            "DONUM.APP_CV_MSS",
        ] {
            assert_eq!(amount(&r, code), dec!(0), "{code} ({logiciel}, {sesam})");
        }
        assert_eq!(donum(&r).total, dec!(0));
        assert!(line(&r, "DONUM.SOCLE.EQUIPEMENT")
            .formule
            .ends_with("non atteint"));
        assert_eq!(
            line(&r, "DONUM.SOCLE").formule,
            "Socle non atteint → 0 point, et aucun indicateur optionnel"
        );
        // Each optional indicator says it is reached, but not paid.
        let f = &line(&r, "DONUM.AUTRES_TELESERVICES").formule;
        assert!(f.contains(": atteinte"), "{f}");
        assert!(f.ends_with("non rémunéré : socle non atteint"), "{f}");
        assert!(line(&r, "DONUM.APP_CV_MSS")
            .formule
            .ends_with("non rémunéré : socle non atteint"));
    }
}

#[test]
fn donum_socle_mean_below_the_target_pays_nothing_at_all() {
    // DCMT 59 %, PSE 60 %, FSE 60 %, AAT 60 %: mean (59 + 60 + 60 + 60) / 4 = 59,75 % < 60 %.
    let mut n = numerique(true, 60, 100, 100, (100, 100));
    n["dcmt"] = usage(59, 100);
    let r = report(&donum_text(n), 2026);
    let f = &line(&r, "DONUM.SOCLE.TELESERVICES").formule;
    assert!(
        f.contains("moyenne 59,8\u{a0}% ; cible 60\u{a0}% : non atteinte"),
        "{f}"
    );
    assert_eq!(amount(&r, "DONUM.SOCLE"), dec!(0));
    // The optional indicators, all at 100 %, are not paid.
    assert_eq!(amount(&r, "DONUM.AUTRES_TELESERVICES"), dec!(0));
    assert_eq!(amount(&r, "DONUM.NUMERIQUE_SANTE"), dec!(0));
    assert_eq!(amount(&r, "DONUM.APP_CV_MSS"), dec!(0));
    assert_eq!(donum(&r).total, dec!(0));
    // It is the mean that counts, not each rate: DCMT 30 %, PSE 90 %, FSE 60 %, AAT 60 % →
    // (30 + 90 + 60 + 60) / 4 = 60 % ≥ 60 % → socle 280 × 7 € = 1 960 €, and the optional
    // indicators: (280 + 60 + 60 + 20) × 7 € = 2 940 €.
    let mut n = numerique(true, 60, 100, 100, (100, 100));
    n["dcmt"] = usage(30, 100);
    n["pse"] = usage(90, 100);
    let r = report(&donum_text(n), 2026);
    assert_eq!(amount(&r, "DONUM.SOCLE"), dec!(1960));
    assert_eq!(donum(&r).total, dec!(2940));
}

#[test]
fn donum_optional_indicators_are_independent_once_the_socle_is_met() {
    // (autres %, santé %, (appCV, messages), points, amount)
    let cases = [
        // Autres 30 % ≥ 30 % alone: 280 + 60 = 340 points × 7 € = 2 380 €
        (30, 29, (0, 0), 340, dec!(2380)),
        // Numérique en santé alone: 280 + 60 = 340 points × 7 € = 2 380 €
        (29, 30, (0, 0), 340, dec!(2380)),
        // appCV + messagerie alone: 280 + 20 = 300 points × 7 € = 2 100 €
        (29, 29, (1, 1), 300, dec!(2100)),
        // Autres and appCV: 280 + 60 + 20 = 360 points × 7 € = 2 520 €
        (100, 0, (5, 3), 360, dec!(2520)),
        // None: the socle alone, 280 × 7 € = 1 960 €
        (29, 29, (0, 0), 280, dec!(1960)),
    ];
    for (autres, sante, app_mss, points, expected) in cases {
        let r = report(
            &donum_text(numerique(true, 60, autres, sante, app_mss)),
            2026,
        );
        let d = donum(&r);
        assert_eq!(d.total, expected, "{autres} {sante} {app_mss:?}");
        assert_eq!(
            d.total,
            Decimal::from(points) * dec!(7),
            "{points} points × 7 €"
        );
        assert_eq!(amount(&r, "DONUM.SOCLE"), dec!(1960));
    }
}

#[test]
fn donum_app_carte_vitale_and_messaging_needs_one_of_each() {
    // (FSE with the appCV, messages, amount): 20 points × 7 € = 140 € only with both.
    for (app, mss, expected) in [
        (0, 0, dec!(0)),
        (1, 0, dec!(0)),
        (0, 1, dec!(0)),
        (100, 0, dec!(0)),
        (1, 1, dec!(140)),
        (40, 7, dec!(140)),
    ] {
        let r = report(&donum_text(numerique(true, 60, 0, 0, (app, mss))), 2026);
        assert_eq!(amount(&r, "DONUM.APP_CV_MSS"), expected, "{app} {mss}");
        // Socle 1 960 € + this indicator.
        assert_eq!(donum(&r).total, dec!(1960) + expected);
        let f = &line(&r, "DONUM.APP_CV_MSS").formule;
        assert!(
            f.starts_with(&format!(
                "FSE avec l'application carte Vitale : {app} ; messages : {mss}"
            )),
            "{f}"
        );
    }
}

#[test]
fn donum_neutralises_a_denominator_under_10() {
    // DCMT 0 out of 9: neutralised, left out of the mean; PSE, FSE, AAT at 60 % → mean of 3 rates
    // (60 + 60 + 60) / 3 = 60 % ≥ 60 % → socle reached: 280 × 7 € = 1 960 €.
    let mut n = numerique(true, 60, 0, 0, (0, 0));
    n["dcmt"] = usage(0, 9);
    let r = report(&donum_text(n.clone()), 2026);
    assert_eq!(amount(&r, "DONUM.SOCLE"), dec!(1960));
    let l = line(&r, "DONUM.SOCLE.TELESERVICES");
    assert!(
        l.formule.starts_with(
            "DCMT neutralisé (dénominateur 9 < 10) ; PSE 60\u{a0}% ; FSE 60\u{a0}% ; AAT 60\u{a0}%"
        ),
        "{}",
        l.formule
    );
    assert!(
        l.formule
            .ends_with("moyenne 60\u{a0}% ; cible 60\u{a0}% : atteinte"),
        "{}",
        l.formule
    );
    // The report says how it reads the neutralisation.
    assert_eq!(l.interpretations.len(), 1, "{:?}", l.interpretations);
    assert!(l.interpretations[0].contains("exclu de la moyenne"));
    assert!(r.interpretations.contains(&l.interpretations[0]));
    // DCMT 0 out of 10: it counts → (0 + 60 + 60 + 60) / 4 = 45 % < 60 % → nothing.
    n["dcmt"] = usage(0, 10);
    let r = report(&donum_text(n), 2026);
    let l = line(&r, "DONUM.SOCLE.TELESERVICES");
    assert!(
        l.formule
            .contains("DCMT 0\u{a0}% ; PSE 60\u{a0}% ; FSE 60\u{a0}% ; AAT 60\u{a0}%"),
        "{}",
        l.formule
    );
    assert!(
        l.formule
            .ends_with("moyenne 45\u{a0}% ; cible 60\u{a0}% : non atteinte"),
        "{}",
        l.formule
    );
    assert!(l.interpretations.is_empty());
    assert_eq!(donum(&r).total, dec!(0));
}

#[test]
fn donum_neutralisation_of_an_optional_indicator() {
    // Autres téléservices: CM AT-MP 9 out of 9 (100 %) neutralised, SPE 2 out of 10 (20 %), DSG
    // 4 out of 10 (40 %) → (20 + 40) / 2 = 30 % ≥ 30 % → 60 × 7 € = 420 €; socle 1 960 € →
    // 2 380 €. Counted, CM AT-MP would have lifted the mean to (100 + 20 + 40) / 3 = 53,3 %.
    let mut n = numerique(true, 60, 0, 0, (0, 0));
    n["cm_atmp"] = usage(9, 9);
    n["spe"] = usage(2, 10);
    n["dsg"] = usage(4, 10);
    let r = report(&donum_text(n.clone()), 2026);
    assert_eq!(amount(&r, "DONUM.AUTRES_TELESERVICES"), dec!(420));
    assert_eq!(donum(&r).total, dec!(2380));
    let l = line(&r, "DONUM.AUTRES_TELESERVICES");
    assert!(
        l.formule.starts_with(
            "CM AT-MP neutralisé (dénominateur 9 < 10) ; SPE 20\u{a0}% ; DSG 40\u{a0}%"
        ),
        "{}",
        l.formule
    );
    assert_eq!(l.interpretations.len(), 1);
    // DSG 3 out of 10 instead: (20 + 30) / 2 = 25 % < 30 % → socle alone, 1 960 €.
    n["dsg"] = usage(3, 10);
    let r = report(&donum_text(n), 2026);
    assert_eq!(amount(&r, "DONUM.AUTRES_TELESERVICES"), dec!(0));
    assert_eq!(donum(&r).total, dec!(1960));
}

#[test]
fn donum_every_rate_of_an_indicator_neutralised_is_not_reached() {
    // Autres téléservices all under 10 acts, all at 100 %: no rate to average → not reached.
    // Numérique en santé with no act at all: same. Socle 1 960 € + appCV 140 € = 2 100 €.
    let mut n = numerique(true, 60, 0, 0, (1, 1));
    n["cm_atmp"] = usage(9, 9);
    n["spe"] = usage(5, 5);
    n["dsg"] = usage(1, 1);
    n["dmp"] = usage(0, 0);
    n["ordonnance_numerique"] = usage(0, 0);
    let r = report(&donum_text(n), 2026);
    for code in ["DONUM.AUTRES_TELESERVICES", "DONUM.NUMERIQUE_SANTE"] {
        let l = line(&r, code);
        assert_eq!(l.montant, dec!(0), "{code}");
        assert!(
            l.formule
                .contains("aucun taux à moyenner : cible non atteinte"),
            "{}",
            l.formule
        );
        // The report says this reading, which the text does not give.
        assert!(
            l.interpretations[0].contains("si tous les taux d'un indicateur sont neutralisés"),
            "{:?}",
            l.interpretations
        );
    }
    assert!(line(&r, "DONUM.NUMERIQUE_SANTE").formule.starts_with(
        "DMP neutralisé (dénominateur 0 < 10) ; ordonnance numérique neutralisé (dénominateur 0 < 10)"
    ));
    assert_eq!(donum(&r).total, dec!(2100));
    // Every socle rate neutralised: the socle is not reached, nothing is paid.
    let mut n = everything_reached();
    for key in ["dcmt", "pse", "fse", "aat"] {
        n[key] = usage(9, 9);
    }
    let r = report(&donum_text(n), 2026);
    assert!(line(&r, "DONUM.SOCLE.TELESERVICES")
        .formule
        .contains("aucun taux à moyenner"));
    assert_eq!(donum(&r).total, dec!(0));
}

#[test]
fn donum_targets_of_2026_hold_in_2027_and_rise_in_2028() {
    // Socle 70 %, autres 40 %, numérique en santé 40 %, appCV + messagerie.
    let same = donum_text(numerique(true, 70, 40, 40, (1, 1)));
    for annee in [2026, 2027] {
        // Targets 60 / 30 / 30: everything reached → 420 × 7 € = 2 940 €.
        let r = report(&same, annee);
        assert_eq!(donum(&r).total, dec!(2940), "{annee}");
        assert!(line(&r, "DONUM.SOCLE.TELESERVICES")
            .source
            .contains("cible 2026"));
    }
    // 2028, targets 80 / 60 / 60: socle 70 % < 80 % → nothing at all.
    let r = report(&same, 2028);
    assert_eq!(donum(&r).total, dec!(0));
    let l = line(&r, "DONUM.SOCLE.TELESERVICES");
    assert!(
        l.formule
            .ends_with("moyenne 70\u{a0}% ; cible 80\u{a0}% : non atteinte"),
        "{}",
        l.formule
    );
    assert!(l.source.contains("cible 2028"), "{}", l.source);
    let f = &line(&r, "DONUM.AUTRES_TELESERVICES").formule;
    assert!(
        f.contains("moyenne 40\u{a0}% ; cible 60\u{a0}% : non atteinte"),
        "{f}"
    );
    // 2028 with the socle at 80 %: socle 280, autres 40 % < 60 % and santé 40 % < 60 % not
    // reached, appCV 20 → 300 × 7 € = 2 100 €.
    let r = report(&donum_text(numerique(true, 80, 40, 40, (1, 1))), 2028);
    assert_eq!(donum(&r).total, dec!(2100));
    // 2028 with everything at the 2028 targets (80 / 60 / 60): 420 × 7 € = 2 940 €.
    let r = report(&donum_text(numerique(true, 80, 60, 60, (1, 1))), 2030);
    assert_eq!(donum(&r).total, dec!(2940));
}

#[test]
fn donum_does_not_exist_in_2025_it_replaces_the_forfait_structure() {
    for annee in [2021, 2025] {
        let r = report(&donum_text(everything_reached()), annee);
        let m = assert_not_in_force(&r, "DONUM");
        assert_eq!(
            m,
            format!(
                "La dotation numérique (DONUM) n'existe pas en {annee} : elle s'applique à compter \
                 du 01/01/2026 ; elle remplace le forfait structure."
            )
        );
        assert!(r.line("DONUM.SOCLE").is_none());
        // The forfait structure is there instead.
        assert!(dispositif(&r, "FS").en_vigueur);
    }
}

// ---------------------------------------------------------------------------------------------
// Missions (§3.4)
// ---------------------------------------------------------------------------------------------

fn missions(r: &Report) -> &Dispositif {
    dispositif(r, "MISSIONS")
}

fn missions_text(specialite: &str, missions: Value) -> String {
    text(
        json!({"specialite": specialite}),
        json!({ "missions": missions }),
    )
}

fn sas(deploye: bool, inscription: bool, interface: bool) -> Value {
    json!({
        "sas_departement_deploye": deploye,
        "sas_inscription_individuelle": inscription,
        "sas_agenda_interface": interface,
    })
}

#[test]
fn sas_1000_euros_with_the_three_conditions_only() {
    for annee in [2026, 2027] {
        // « Ces conditions sont cumulatives »: 1 000 € a year (multilatérale du 14/03/2024).
        let r = report(
            &missions_text("medecine_generale", sas(true, true, true)),
            annee,
        );
        assert_eq!(amount(&r, "MISSIONS.SAS"), dec!(1000));
        assert_eq!(missions(&r).total, dec!(1000));
        assert_eq!(payments(&r, "Participation au SAS"), vec![dec!(1000)]);
        let l = line(&r, "MISSIONS.SAS");
        assert!(l.formule.ends_with("→ 1\u{a0}000\u{a0}€"), "{}", l.formule);
        // The amount comes from the proposal of 14/03/2024, the circular gives none: said so.
        assert!(
            l.source.contains("Multilatérale du 14/03/2024"),
            "{}",
            l.source
        );
        assert!(
            l.interpretations
                .iter()
                .any(|i| i.contains("proposition du 14/03/2024 (1 000 € par an)")),
            "{:?}",
            l.interpretations
        );
        // Each condition missing: nothing.
        for conditions in [
            sas(false, true, true),
            sas(true, false, true),
            sas(true, true, false),
            sas(false, false, false),
        ] {
            let r = report(
                &missions_text("medecine_generale", conditions.clone()),
                annee,
            );
            assert_eq!(amount(&r, "MISSIONS.SAS"), dec!(0), "{conditions}");
            assert!(line(&r, "MISSIONS.SAS")
                .formule
                .ends_with("conditions non réunies"));
            assert!(payments(&r, "Participation au SAS").is_empty());
        }
        // Any specialty: a pédiatre gets it too.
        let r = report(&missions_text("pediatrie", sas(true, true, true)), annee);
        assert_eq!(amount(&r, "MISSIONS.SAS"), dec!(1000));
    }
}

#[test]
fn sas_mission_exists_from_2026_only() {
    // In 2025 the SAS is paid by the forfait structure's indicator 8, not as a mission.
    let r = report(
        &missions_text("medecine_generale", sas(true, true, true)),
        2025,
    );
    assert!(r.line("MISSIONS.SAS").is_none());
    assert_eq!(missions(&r).total, dec!(0));
}

#[test]
fn maitre_de_stage_800_in_zip_500_elsewhere_in_2026() {
    for (zonage, expected) in [
        // « 800 € par an pour un médecin libéral installé en ZIP »
        ("zip", dec!(800)),
        // « 500 € par an pour un médecin libéral installé hors ZIP »
        ("zac", dec!(500)),
        ("hors_zonage", dec!(500)),
    ] {
        let r = report(
            &text(
                json!({"zonage": zonage}),
                json!({"missions": {"maitre_de_stage": true}}),
            ),
            2026,
        );
        assert_eq!(amount(&r, "MISSIONS.MAITRE_DE_STAGE"), expected, "{zonage}");
        assert_eq!(missions(&r).total, expected);
    }
}

#[test]
fn ame_500_euros_from_2025_for_the_generaliste_only() {
    for annee in [2025, 2026] {
        // « patientèle AME importante » of a médecin généraliste: 500 € a year.
        let r = report(
            &missions_text(
                "medecine_generale",
                json!({"patientele_ame_importante": true}),
            ),
            annee,
        );
        assert_eq!(amount(&r, "MISSIONS.AME"), dec!(500), "{annee}");
        assert_eq!(missions(&r).total, dec!(500));
        // Paid in year n on the data at 31/12/n−1.
        let v = r
            .versements
            .iter()
            .find(|v| v.objet == "Patientèle AME importante")
            .unwrap();
        assert_eq!(v.montant, dec!(500));
        assert_eq!(
            v.echeance,
            format!("Année {annee} (données au 31/12/{})", annee - 1)
        );
        // Not declared: 0 €.
        let r = report(&missions_text("medecine_generale", json!({})), annee);
        assert_eq!(amount(&r, "MISSIONS.AME"), dec!(0));
        // Another specialty: 0 €, said why.
        for specialite in ["pediatrie", "autre_specialite"] {
            let r = report(
                &missions_text(specialite, json!({"patientele_ame_importante": true})),
                annee,
            );
            assert_eq!(amount(&r, "MISSIONS.AME"), dec!(0), "{specialite}");
            assert_eq!(
                line(&r, "MISSIONS.AME").formule,
                "réservé au médecin généraliste (§3.4 C)"
            );
        }
    }
}

#[test]
fn ipa_tiers_at_their_edges() {
    // « Au moins 10 patients : 100 € ; au moins 35 patients : 400 € ; au moins 100 : 1 000 € »
    let tiers = [
        (0, dec!(0)),
        (9, dec!(0)),
        (10, dec!(100)),
        (34, dec!(100)),
        (35, dec!(400)),
        (99, dec!(400)),
        (100, dec!(1000)),
        (2500, dec!(1000)),
    ];
    for annee in [2025, 2026, 2030] {
        // « Cette rémunération est également ouverte aux médecins spécialistes. »
        for specialite in ["medecine_generale", "pediatrie", "autre_specialite"] {
            for (patients, expected) in tiers {
                let r = report(
                    &missions_text(specialite, json!({"patients_orientes_ipa": patients})),
                    annee,
                );
                assert_eq!(
                    amount(&r, "MISSIONS.IPA"),
                    expected,
                    "{annee} {specialite} {patients}"
                );
                assert_eq!(missions(&r).total, expected);
                // Computed at 31/12/n, paid in n+1.
                let paid: Vec<_> = r
                    .versements
                    .iter()
                    .filter(|v| v.objet == "Orientation vers une IPA")
                    .collect();
                if expected.is_zero() {
                    assert!(paid.is_empty());
                } else {
                    assert_eq!(paid.len(), 1);
                    assert_eq!(paid[0].montant, expected);
                    assert_eq!(paid[0].echeance, format!("Courant {}", annee + 1));
                }
            }
        }
    }
    let r = report(
        &missions_text("medecine_generale", json!({"patients_orientes_ipa": 9})),
        2026,
    );
    assert!(line(&r, "MISSIONS.IPA")
        .formule
        .contains("9 patients orientés vers une IPA (moins de 10) → 0 €"));
    let r = report(
        &missions_text("medecine_generale", json!({"patients_orientes_ipa": 35})),
        2026,
    );
    assert_eq!(
        line(&r, "MISSIONS.IPA").formule,
        "35 patients orientés vers une IPA (au moins 35) → 400\u{a0}€"
    );
}

#[test]
fn missions_do_not_exist_in_2024() {
    // AME and IPA start on 01/01/2025; the SAS and the maître de stage are paid by the forfait
    // structure until 2025.
    let everything = json!({
        "sas_departement_deploye": true,
        "sas_inscription_individuelle": true,
        "sas_agenda_interface": true,
        "patientele_ame_importante": true,
        "patients_orientes_ipa": 150,
    });
    let r = report(
        &missions_text("medecine_generale", everything.clone()),
        2024,
    );
    assert_eq!(
        assert_not_in_force(&r, "MISSIONS"),
        "La rémunération des missions de la convention de 2024 n'existe pas en 2024 : elle \
         s'applique à compter du 01/01/2025."
    );
    assert!(r.line("MISSIONS.IPA").is_none());
    // 2025: AME 500 € + IPA 1 000 € = 1 500 €; no SAS mission yet.
    let r = report(
        &missions_text("medecine_generale", everything.clone()),
        2025,
    );
    assert_eq!(missions(&r).total, dec!(1500));
    // 2026: SAS 1 000 € + AME 500 € + IPA 1 000 € = 2 500 € (no maître de stage declared: 0 €).
    let r = report(&missions_text("medecine_generale", everything), 2026);
    assert_eq!(amount(&r, "MISSIONS.MAITRE_DE_STAGE"), dec!(0));
    assert_eq!(missions(&r).total, dec!(2500));
    assert_eq!(r.total, dec!(2500));
}

// ---------------------------------------------------------------------------------------------
// Aides à l'installation (§3.2 A)
// ---------------------------------------------------------------------------------------------

fn aides(r: &Report) -> &Dispositif {
    dispositif(r, "AIDES_INSTALLATION")
}

fn installed(zonage: &str, date: &str) -> Value {
    json!({"zonage": zonage, "date_premiere_installation": date})
}

#[test]
fn primo_installe_aid_in_the_year_of_the_first_installation() {
    for (zonage, expected) in [
        // « primo-installés en ZIP : aide ponctuelle de 10 000 € »
        ("zip", dec!(10000)),
        // « primo-installés en ZAC : aide ponctuelle de 5 000 € »
        ("zac", dec!(5000)),
        // Neither: nothing.
        ("hors_zonage", dec!(0)),
    ] {
        let r = report(&text(installed(zonage, "2026-03-15"), json!({})), 2026);
        assert_eq!(
            amount(&r, "AIDES_INSTALLATION.PRIMO_INSTALLE"),
            expected,
            "{zonage}"
        );
        assert_eq!(aides(&r).total, expected);
        if expected.is_zero() {
            assert!(aides(&r).versements.is_empty());
            assert_eq!(
                line(&r, "AIDES_INSTALLATION.PRIMO_INSTALLE").formule,
                "Première installation hors ZIP et hors ZAC : pas d'aide"
            );
        } else {
            assert_eq!(payments(&r, "Aides à l'installation"), vec![expected]);
            assert_eq!(aides(&r).versements[0].echeance, "Année 2026 (une fois)");
        }
        // Paid once: nothing the next year.
        let r = report(&text(installed(zonage, "2026-03-15"), json!({})), 2027);
        assert_eq!(aides(&r).total, dec!(0), "{zonage} 2027");
    }
    let r = report(&text(installed("zip", "2026-03-15"), json!({})), 2026);
    let l = line(&r, "AIDES_INSTALLATION.PRIMO_INSTALLE");
    assert_eq!(
        l.formule,
        "Première installation le 15/03/2026 en ZIP → aide ponctuelle de 10\u{a0}000\u{a0}€"
    );
    assert!(l.notes[0].contains("s'ajoute aux majorations du FMT"));
}

#[test]
fn installed_in_2025_gets_no_aid() {
    // The aid starts on 01/01/2026: a first installation in 2025 gets nothing, in 2025 (the
    // dispositif does not exist) nor in 2026 (not the year of the installation).
    let t = text(installed("zip", "2025-07-01"), json!({}));
    let r = report(&t, 2025);
    assert_eq!(
        assert_not_in_force(&r, "AIDES_INSTALLATION"),
        "L'aide à l'installation de la convention de 2024 n'existe pas en 2025 : elle s'applique \
         à compter du 01/01/2026 ; elle succède aux contrats démographiques de 2016."
    );
    let r = report(&t, 2026);
    assert_eq!(aides(&r).total, dec!(0));
    assert_eq!(
        line(&r, "AIDES_INSTALLATION.PRIMO_INSTALLE").formule,
        "Première installation en 2025 : l'aide ne concerne que l'année de l'installation"
    );
    // No date given: nothing.
    let r = report(&text(json!({"zonage": "zip"}), json!({})), 2026);
    assert_eq!(aides(&r).total, dec!(0));
}

#[test]
fn cabinet_secondaire_in_zip_3000_the_year_it_opens() {
    // Installed long ago hors zonage, opens a cabinet secondaire in a ZIP on 01/05/2026: 3 000 €.
    let t = text(
        json!({
            "date_premiere_installation": "2010-01-01",
            "cabinet_secondaire_zip": true,
            "date_ouverture_cabinet_secondaire": "2026-05-01",
        }),
        json!({}),
    );
    let r = report(&t, 2026);
    assert_eq!(
        amount(&r, "AIDES_INSTALLATION.CABINET_SECONDAIRE"),
        dec!(3000)
    );
    assert_eq!(amount(&r, "AIDES_INSTALLATION.PRIMO_INSTALLE"), dec!(0));
    assert_eq!(aides(&r).total, dec!(3000));
    assert_eq!(
        line(&r, "AIDES_INSTALLATION.CABINET_SECONDAIRE").formule,
        "Cabinet secondaire en ZIP ouvert le 01/05/2026 → 3\u{a0}000\u{a0}€"
    );
    // Not the year it opens: nothing.
    for annee in [2027, 2028] {
        let r = report(&t, annee);
        assert_eq!(aides(&r).total, dec!(0), "{annee}");
    }
    // A primo-installé in a ZIP who opens a cabinet secondaire in a ZIP the same year:
    // 10 000 + 3 000 = 13 000 €.
    let r = report(
        &text(
            json!({
                "zonage": "zip",
                "date_premiere_installation": "2026-01-10",
                "cabinet_secondaire_zip": true,
                "date_ouverture_cabinet_secondaire": "2026-09-01",
            }),
            json!({}),
        ),
        2026,
    );
    assert_eq!(aides(&r).total, dec!(13000));
    assert_eq!(payments(&r, "Aides à l'installation"), vec![dec!(13000)]);
}

#[test]
fn aides_refused_to_secteur_2_without_optam_accepted_with_optam_aco() {
    let zip_2026 = |secteur: &str, optam: &str| {
        text(
            json!({
                "secteur": secteur,
                "optam": optam,
                "zonage": "zip",
                "date_premiere_installation": "2026-02-01",
                "cabinet_secondaire_zip": true,
                "date_ouverture_cabinet_secondaire": "2026-02-01",
            }),
            json!({}),
        )
    };
    let r = report(&zip_2026("2", "aucune"), 2026);
    let m = assert_refused(&r, "AIDES_INSTALLATION");
    assert!(
        m.contains("secteur 1 et au secteur 2 adhérant à l'OPTAM ou à l'OPTAM-ACO"),
        "{m}"
    );
    assert_eq!(r.total, dec!(0));
    // OPTAM-ACO, OPTAM: 10 000 + 3 000 = 13 000 €.
    for optam in ["optam_aco", "optam"] {
        let r = report(&zip_2026("2", optam), 2026);
        assert_eq!(aides(&r).total, dec!(13000), "{optam}");
    }
}

#[test]
fn aides_add_to_the_fmt_zone_majoration() {
    // A primo-installé in a ZIP on 01/02/2026 with a patientèle of socle 10 000 €:
    // - 2026: the aid, 10 000 €; the FMT of 2026 observes the patientèle at 31/12/2025, before
    //   the installation, so its zone majoration starts with the FMT of 2027;
    // - 2027: 1st year of installation, majoration primo-installé 50 % × 10 000 € = 5 000 €;
    //   the aid is not paid again.
    let t = with_patients(installed("zip", "2026-02-01"), json!({}));
    let r = report(&t, 2026);
    assert_eq!(aides(&r).total, dec!(10000));
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(0));
    assert!(line(&r, "FMT.MAJORATION.ZONE")
        .formule
        .contains("commencera avec le FMT de l'année suivante"));
    // FMT 10 000 € (socle) + aid 10 000 € = 20 000 €
    assert_eq!(r.total, dec!(20000));
    let r = report(&t, 2027);
    assert_eq!(aides(&r).total, dec!(0));
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(5000));
    assert!(line(&r, "FMT.MAJORATION.ZONE")
        .libelle
        .contains("1re année d'installation"));
    // Installed in a ZIP since 2010, opening a cabinet secondaire in a ZIP in 2026: both the same
    // year, FMT 10 % × 10 000 € = 1 000 € and the aid of 3 000 €.
    let r = report(
        &with_patients(
            json!({
                "zonage": "zip",
                "date_premiere_installation": "2010-01-01",
                "cabinet_secondaire_zip": true,
                "date_ouverture_cabinet_secondaire": "2026-06-01",
            }),
            json!({}),
        ),
        2026,
    );
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1000));
    assert_eq!(aides(&r).total, dec!(3000));
    // FMT 10 000 + 1 000 = 11 000 €, aid 3 000 € → 14 000 €
    assert_eq!(r.total, dec!(14000));
}

// ---------------------------------------------------------------------------------------------
// Demographic contracts (§3.2 A and B, logigrammes of 14/03/2024)
// ---------------------------------------------------------------------------------------------

/// Installed in a ZIP since 2010 (pérenne majoration 10 %), socle 10 000 €, with `contract`.
fn zip_with_contract(contract: Value) -> String {
    with_patients(
        json!({
            "zonage": "zip",
            "date_premiere_installation": "2010-01-01",
            "contrat_demographique": contract,
        }),
        json!({}),
    )
}

#[test]
fn caim_coscom_cotram_kept_block_the_zone_majoration_and_say_what_resigning_opens() {
    for kind in ["CAIM", "COSCOM", "COTRAM"] {
        for annee in [2026, 2027] {
            let r = report(&zip_with_contract(contrat(kind, None)), annee);
            let l = line(&r, "FMT.MAJORATION.ZONE");
            assert_eq!(l.montant, dec!(0), "{kind} {annee}");
            assert_eq!(
                l.formule,
                format!("Contrat {kind} conservé : pas de majoration de zone tant qu'il dure.")
            );
            // What resigning would open: 10 % × 10 000 € = 1 000 € a year.
            assert!(
                l.notes[0].contains(&format!(
                    "Le résilier mettrait fin à ses aides et ouvrirait la majoration de zone du \
                     FMT : 1\u{a0}000\u{a0}€ par an au titre de {annee}."
                )),
                "{:?}",
                l.notes
            );
            // FMT = socle 10 000 € alone.
            assert_eq!(fmt(&r).total, dec!(10000));
        }
    }
}

#[test]
fn a_resigned_contract_opens_the_zone_majoration() {
    for kind in ["CAIM", "COSCOM", "COTRAM"] {
        // Resigned on 31/12/2025, before 01/01/2026: 10 % × 10 000 € = 1 000 € in 2026.
        let r = report(&zip_with_contract(contrat(kind, Some("2025-12-31"))), 2026);
        assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1000), "{kind}");
        // The line says the resignation opened the 10 % majoration (§3.2 A).
        assert!(line(&r, "FMT.MAJORATION.ZONE")
            .notes
            .iter()
            .any(|n| n.contains("résilié") && n.contains("§3.2 A")));
        assert_eq!(fmt(&r).total, dec!(11000));
        // Resigned during 2026: the contract ran on 01/01/2026, so no majoration in 2026 (the
        // line says it was resigned, not kept); 1 000 € from 2027.
        let t = zip_with_contract(contrat(kind, Some("2026-06-30")));
        let r = report(&t, 2026);
        let zone = line(&r, "FMT.MAJORATION.ZONE");
        assert_eq!(zone.montant, dec!(0), "{kind}");
        assert_eq!(
            zone.formule,
            format!(
                "Contrat {kind} en cours au 01/01/2026, résilié le 30/06/2026 : pas de majoration \
                 de zone en 2026."
            )
        );
        assert!(
            zone.notes[0].contains("ouvre la majoration de zone du FMT à partir de 2027"),
            "{:?}",
            zone.notes
        );
        assert_eq!(
            amount(&report(&t, 2027), "FMT.MAJORATION.ZONE"),
            dec!(1000),
            "{kind}"
        );
    }
    // A contract that reached its term before 01/01/2026 does not block either: 1 000 €.
    let r = report(
        &zip_with_contract(json!({"type": "CAIM", "fin": "2025-06-30"})),
        2026,
    );
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1000));
}

/// Issue 16, reading 4: a resignation takes effect on its date; resigned on 01/01/2026, the
/// contract no longer runs on 01/01/2026 and the majoration of 2026 is open: 10 % × 10 000 € =
/// 1 000 € (before: 0 €, and the line said « Contrat CAIM conservé »).
#[test]
fn a_contract_resigned_on_1_january_opens_that_years_majoration() {
    for kind in ["CAIM", "COSCOM", "COTRAM"] {
        let r = report(&zip_with_contract(contrat(kind, Some("2026-01-01"))), 2026);
        let zone = line(&r, "FMT.MAJORATION.ZONE");
        assert_eq!(zone.montant, dec!(1000), "{kind}");
        assert!(!zone.formule.contains("conservé"), "{}", zone.formule);
        assert!(zone
            .notes
            .iter()
            .any(|n| n.contains("Contrat démographique résilié")));
        assert_eq!(fmt(&r).total, dec!(11000));
    }
}

#[test]
fn a_cstm_does_not_block_the_zone_majoration() {
    // The CSTM pays consultations in a ZIP where the physician is not installed; the logigramme
    // ties it to the consultations avancées, not to the FMT majoration: 1 000 €.
    let r = report(&zip_with_contract(contrat("CSTM", None)), 2026);
    assert_eq!(amount(&r, "FMT.MAJORATION.ZONE"), dec!(1000));
}

/// A physician hors ZIP doing half-days in a ZIP, with `contract`: 4 half-days in January.
fn cstm_text(contract: Value) -> String {
    text(
        json!({"contrat_demographique": contract}),
        json!({"consultations_avancees": {"demi_journees": demi_journees(&[(1, 4)])}}),
    )
}

#[test]
fn cstm_kept_refuses_the_consultations_avancees_resigned_opens_them() {
    // Kept: refused, with the motif.
    let r = report(&cstm_text(contrat("CSTM", None)), 2026);
    let m = assert_refused(&r, "CONSULTATIONS_AVANCEES");
    assert!(m.contains("Votre contrat CSTM est conservé"), "{m}");
    assert!(m.contains("Le résilier ouvrirait ce forfait"), "{m}");
    // Resigned on 31/12/2025: 4 × 200 € = 800 € in 2026.
    let r = report(&cstm_text(contrat("CSTM", Some("2025-12-31"))), 2026);
    assert_eq!(dispositif(&r, "CONSULTATIONS_AVANCEES").total, dec!(800));
    // Resigned on 01/03/2026: still running on 01/01/2026 → refused in 2026; 800 € in 2027.
    let t = cstm_text(contrat("CSTM", Some("2026-03-01")));
    assert_refused(&report(&t, 2026), "CONSULTATIONS_AVANCEES");
    assert_eq!(
        dispositif(&report(&t, 2027), "CONSULTATIONS_AVANCEES").total,
        dec!(800)
    );
    // A CAIM does not concern the consultations avancées: 800 €.
    let r = report(&cstm_text(contrat("CAIM", None)), 2026);
    assert_eq!(dispositif(&r, "CONSULTATIONS_AVANCEES").total, dec!(800));
}

/// A physician hors ZIP with 6 half-days in a ZIP every month of 2026, and `contract`.
fn cstm_every_month(contract: Value) -> String {
    let all: Vec<(usize, i64)> = (1..=12).map(|m| (m, 6)).collect();
    text(
        json!({"contrat_demographique": contract}),
        json!({"consultations_avancees": {"demi_journees": demi_journees(&all)}}),
    )
}

/// Issue 16, error 2: « il sera mis fin au contrat et ils pourront bénéficier du dispositif de
/// consultations avancées » (§3.2 B): the months after the resignation are paid. Resigned on
/// 01/01/2026, the CSTM runs no month of 2026: 12 × 6 × 200 € = 14 400 € (before: 0 €, the line
/// said the contract was « conservé »).
#[test]
fn a_resigned_cstm_opens_the_months_after_it() {
    let r = report(&cstm_every_month(contrat("CSTM", Some("2026-01-01"))), 2026);
    assert_eq!(dispositif(&r, "CONSULTATIONS_AVANCEES").total, dec!(14400));
    // Resigned on 15/03/2026: January, February and March (the contract runs on 01/03) are the
    // CSTM's, at 0 €; April to December: 9 × 6 × 200 € = 10 800 €.
    let r = report(&cstm_every_month(contrat("CSTM", Some("2026-03-15"))), 2026);
    assert_eq!(dispositif(&r, "CONSULTATIONS_AVANCEES").total, dec!(10800));
    let march = line(&r, "CONSULTATIONS_AVANCEES.MOIS_03");
    assert_eq!(march.montant, dec!(0));
    assert_eq!(
        march.formule,
        "6 demi-journée(s) pendant le contrat CSTM, qui les rémunère"
    );
    assert!(march.interpretations[0].starts_with("Un mois relève des consultations avancées"));
    assert_eq!(amount(&r, "CONSULTATIONS_AVANCEES.MOIS_04"), dec!(1200));
    // Resigned on 01/04/2026: April is open too (the contract no longer runs on 01/04): 10 800 €.
    let r = report(&cstm_every_month(contrat("CSTM", Some("2026-04-01"))), 2026);
    assert_eq!(dispositif(&r, "CONSULTATIONS_AVANCEES").total, dec!(10800));
    // Resigned on 01/12/2026: December alone, 6 × 200 € = 1 200 €. On 02/12/2026: it runs on the
    // 1st of every month of 2026, nothing is paid, and the motif says it was resigned.
    let r = report(&cstm_every_month(contrat("CSTM", Some("2026-12-01"))), 2026);
    assert_eq!(dispositif(&r, "CONSULTATIONS_AVANCEES").total, dec!(1200));
    let r = report(&cstm_every_month(contrat("CSTM", Some("2026-12-02"))), 2026);
    let m = assert_refused(&r, "CONSULTATIONS_AVANCEES");
    assert!(m.contains("jusqu'à sa résiliation, le 02/12/2026"), "{m}");
    assert!(!m.contains("conservé"), "{m}");
}

// ---------------------------------------------------------------------------------------------
// Consultations avancées (§3.2 B)
// ---------------------------------------------------------------------------------------------

fn ca(r: &Report) -> &Dispositif {
    dispositif(r, "CONSULTATIONS_AVANCEES")
}

fn ca_text(exercice_extra: Value, months: Value, tarif_opposable: bool) -> String {
    text(
        exercice_extra,
        json!({"consultations_avancees": {
            "demi_journees": months,
            "tarif_opposable": tarif_opposable,
        }}),
    )
}

#[test]
fn consultations_avancees_200_per_half_day_capped_at_6_a_month() {
    // January 2, February 8 (capped to 6), March 6, the other months none.
    let r = report(
        &ca_text(json!({}), demi_journees(&[(1, 2), (2, 8), (3, 6)]), false),
        2026,
    );
    // January: 2 × 200 € = 400 €
    assert_eq!(amount(&r, "CONSULTATIONS_AVANCEES.MOIS_01"), dec!(400));
    // February: min(8, 6) = 6 × 200 € = 1 200 €, with a note
    let feb = line(&r, "CONSULTATIONS_AVANCEES.MOIS_02");
    assert_eq!(feb.montant, dec!(1200));
    assert_eq!(
        feb.formule,
        "8 demi-journée(s), dont 6 rémunérées (plafond mensuel) × 200\u{a0}€"
    );
    assert_eq!(
        feb.notes,
        ["Au-delà de 6 demi-journées dans le mois, les demi-journées ne sont pas rémunérées."]
    );
    // March: 6 × 200 € = 1 200 €, at the cap but not over it: no note.
    let mar = line(&r, "CONSULTATIONS_AVANCEES.MOIS_03");
    assert_eq!(mar.montant, dec!(1200));
    assert!(mar.notes.is_empty());
    // Months without half-days have no line.
    assert!(r.line("CONSULTATIONS_AVANCEES.MOIS_04").is_none());
    // 400 + 1 200 + 1 200 = 2 800 €, paid in the year.
    assert_eq!(ca(&r).total, dec!(2800));
    assert_eq!(payments(&r, "Consultations avancées"), vec![dec!(2800)]);
    assert_eq!(ca(&r).versements[0].echeance, "Année 2026");
}

#[test]
fn consultations_avancees_at_most_72_half_days_a_year() {
    // 62 half-days every month (the most accepted): 6 paid a month, 12 × 6 = 72 half-days ×
    // 200 € = 14 400 €.
    let all: Vec<(usize, i64)> = (1..=12).map(|m| (m, 62)).collect();
    let r = report(&ca_text(json!({}), demi_journees(&all), false), 2026);
    assert_eq!(ca(&r).total, dec!(14400));
    for m in 1..=12 {
        assert_eq!(
            amount(&r, &format!("CONSULTATIONS_AVANCEES.MOIS_{m:02}")),
            dec!(1200)
        );
    }
    // Exactly 6 a month: the same 14 400 €.
    let all: Vec<(usize, i64)> = (1..=12).map(|m| (m, 6)).collect();
    let r = report(&ca_text(json!({}), demi_journees(&all), false), 2026);
    assert_eq!(ca(&r).total, dec!(14400));
}

#[test]
fn consultations_avancees_none_declared() {
    let r = report(&ca_text(json!({}), demi_journees(&[]), false), 2026);
    assert_eq!(amount(&r, "CONSULTATIONS_AVANCEES.AUCUNE"), dec!(0));
    assert_eq!(ca(&r).total, dec!(0));
    assert!(ca(&r).versements.is_empty());
}

#[test]
fn consultations_avancees_not_for_a_physician_installed_in_zip() {
    let months = demi_journees(&[(5, 3)]);
    // Cabinet principal in a ZIP, or a cabinet secondaire in a ZIP: refused.
    for extra in [
        json!({"zonage": "zip"}),
        json!({"cabinet_secondaire_zip": true}),
        json!({"zonage": "zip", "cabinet_secondaire_zip": true}),
    ] {
        let r = report(&ca_text(extra.clone(), months.clone(), true), 2026);
        let m = assert_refused(&r, "CONSULTATIONS_AVANCEES");
        assert!(m.contains("pas installés en ZIP"), "{extra}: {m}");
    }
    // Hors zonage: 3 × 200 € = 600 €.
    let r = report(&ca_text(json!({}), months, true), 2026);
    assert_eq!(ca(&r).total, dec!(600));
}

/// Issue 16, reading 7: §3.2 B excludes the physicians installed in a zone sous-dense, and §3.2 A
/// counts the ZAC among them: a cabinet principal in a ZAC is refused, with the reading in the
/// motif (before: 3 × 200 € = 600 €).
#[test]
fn consultations_avancees_not_for_a_physician_installed_in_zac() {
    let r = report(
        &ca_text(json!({"zonage": "zac"}), demi_journees(&[(5, 3)]), true),
        2026,
    );
    let m = assert_refused(&r, "CONSULTATIONS_AVANCEES");
    assert!(m.contains("pas installés en zone sous-dense"), "{m}");
    assert!(m.contains("Interprétation : "), "{m}");
}

#[test]
fn consultations_avancees_any_sector_secteur_2_without_optam_at_tarif_opposable() {
    let months = demi_journees(&[(6, 5)]);
    // Secteur 2 without OPTAM, not at tarif opposable: refused.
    let r = report(
        &ca_text(json!({"secteur": "2"}), months.clone(), false),
        2026,
    );
    let m = assert_refused(&r, "CONSULTATIONS_AVANCEES");
    assert!(m.contains("au tarif opposable"), "{m}");
    // At tarif opposable: 5 × 200 € = 1 000 €.
    let r = report(
        &ca_text(json!({"secteur": "2"}), months.clone(), true),
        2026,
    );
    assert_eq!(ca(&r).total, dec!(1000));
    // Secteur 1, secteur 2 OPTAM or OPTAM-ACO, any specialty: 1 000 € without the condition.
    for extra in [
        json!({}),
        json!({"secteur": "2", "optam": "optam"}),
        json!({"secteur": "2", "optam": "optam_aco"}),
        json!({"specialite": "autre_specialite"}),
        json!({"specialite": "chirurgie", "secteur": "2", "optam": "optam_aco"}),
    ] {
        let r = report(&ca_text(extra.clone(), months.clone(), false), 2026);
        assert_eq!(ca(&r).total, dec!(1000), "{extra}");
    }
}

#[test]
fn consultations_avancees_do_not_exist_in_2025() {
    let r = report(&ca_text(json!({}), demi_journees(&[(1, 6)]), true), 2025);
    assert_eq!(
        assert_not_in_force(&r, "CONSULTATIONS_AVANCEES"),
        "Le forfait de consultations avancées n'existe pas en 2025 : il s'applique à compter du \
         01/01/2026 ; il succède au CSTM."
    );
}

// ---------------------------------------------------------------------------------------------
// Sobriété (§9.5) and GAP (§9.4 B)
// ---------------------------------------------------------------------------------------------

fn qualite_text(sobre: bool, gap: i64) -> String {
    text(
        json!({}),
        json!({"qualite": {"prescripteur_sobre": sobre, "seances_gap": gap}}),
    )
}

#[test]
fn sobriete_1000_declared_from_2026() {
    for annee in [2026, 2027] {
        // « une rémunération à hauteur de 1000 € dès 2026 pour les prescripteurs les plus sobres »
        let r = report(&qualite_text(true, 0), annee);
        assert_eq!(amount(&r, "QUALITE.SOBRIETE"), dec!(1000));
        assert_eq!(dispositif(&r, "QUALITE").total, dec!(1000));
        assert!(!line(&r, "QUALITE.SOBRIETE").interpretations.is_empty());
        let r = report(&qualite_text(false, 0), annee);
        assert_eq!(amount(&r, "QUALITE.SOBRIETE"), dec!(0));
    }
    // 2025: no sobriété line, nothing paid for it.
    let r = report(&qualite_text(true, 0), 2025);
    assert!(r.line("QUALITE.SOBRIETE").is_none());
    assert_eq!(dispositif(&r, "QUALITE").total, dec!(0));
}

#[test]
fn gap_140_per_session_from_2024() {
    for (annee, sobre, expected) in [
        // 3 × 140 € = 420 €
        (2024, true, dec!(420)),
        (2025, true, dec!(420)),
        // 3 × 140 € + sobriété 1 000 € = 1 420 €
        (2026, true, dec!(1420)),
        (2026, false, dec!(420)),
    ] {
        let r = report(&qualite_text(sobre, 3), annee);
        assert_eq!(amount(&r, "QUALITE.GAP"), dec!(420), "{annee}");
        assert_eq!(dispositif(&r, "QUALITE").total, expected, "{annee}");
        assert_eq!(payments(&r, "Sobriété et GAP"), vec![expected]);
    }
    // 366 sessions, the most accepted: 366 × 140 € = 51 240 €.
    let r = report(&qualite_text(false, 366), 2025);
    assert_eq!(amount(&r, "QUALITE.GAP"), dec!(51240));
    // Before the convention (in force 22/06/2024): nothing.
    let r = report(&qualite_text(true, 3), 2023);
    assert_eq!(
        assert_not_in_force(&r, "QUALITE"),
        "La rémunération de la sobriété et des GAP n'existe pas en 2023 : elle s'applique à \
         compter du 22/06/2024."
    );
}

// ---------------------------------------------------------------------------------------------
// Comparison 2025 vs 2026
// ---------------------------------------------------------------------------------------------

/// A médecin généraliste de secteur 1 hors zonage, no patientèle, with digital usage paid by
/// the forfait structure in 2025 and the DONUM in 2026, the SAS, the AME, the IPA, GAP and
/// sobriété.
fn comparison_text() -> String {
    text(
        json!({}),
        json!({
            "numerique": {
                "logiciel_lap": true,
                "messagerie_securisee": true,
                "cahier_des_charges_sesam_vitale": true,
                "fse": usage(100, 100),
                "aat": usage(90, 100),
                "pse": usage(90, 100),
                "dcmt": usage(9, 10),
                "dmp": usage(30, 100),
                "ordonnance_numerique": usage(30, 100),
                "app_carte_vitale": usage(1, 100),
                "mss": usage(1, 100),
            },
            "forfait_structure": {
                "horaires_annuaire": true,
                "prise_en_charge_coordonnee": true,
                "participation_sas": true,
            },
            "missions": {
                "sas_departement_deploye": true,
                "sas_inscription_individuelle": true,
                "sas_agenda_interface": true,
                "patientele_ame_importante": true,
                "patients_orientes_ipa": 35,
            },
            "qualite": {"prescripteur_sobre": true, "seances_gap": 2},
        }),
    )
}

const NUMERIQUE: &str = "Équipement et usages numériques (forfait structure, puis DONUM)";

#[test]
fn comparison_2025_2026_with_the_donum_and_the_missions() {
    let c = comparison(&comparison_text(), 2025, 2026);
    let component = |code: &str| {
        let d = c.composantes.iter().find(|d| d.code == code).unwrap();
        (d.montant_a, d.montant_b, d.ecart)
    };
    // Forfait structure 2025 (avenant 9, values of 2023 carried on):
    // - volet 1, every prerequisite met (FSE 100 % > 2/3): 400 points × 7 € = 2 800 €;
    // - AAT 90 % ≥ 90 %, PSE 90 % ≥ 90 %, DCMT 90 % ≥ 90 %: 3 × 22,5 points × 7 € = 472,50 €;
    // - DMP 30 % ≥ 20 %: 40 × 7 € = 280 €; e-prescription 30 % < 50 %, messagerie 1 % < 5 %,
    //   appCV 1 % < 5 %, others without acts: 0;
    // - participation au SAS: 200 × 7 € = 1 400 €.
    // 2 800 + 472,50 + 280 + 1 400 = 4 952,50 €; absent in 2026.
    assert_eq!(component("FS"), (dec!(4952.50), dec!(0), dec!(-4952.50)));
    // DONUM 2026: socle (90 + 90 + 100 + 90) / 4 = 92,5 % ≥ 60 % → 280; CM AT-MP, SPE, DSG
    // without acts, all neutralised → 0; DMP and ordonnances (30 + 30) / 2 = 30 % ≥ 30 % → 60;
    // one FSE with the appCV and one message → 20: 360 points × 7 € = 2 520 €.
    assert_eq!(component("DONUM"), (dec!(0), dec!(2520), dec!(2520)));
    // Missions 2025: AME 500 € + IPA 35 patients 400 € = 900 €;
    // 2026: SAS 1 000 € + AME 500 € + IPA 400 € = 1 900 €.
    assert_eq!(component("MISSIONS"), (dec!(900), dec!(1900), dec!(1000)));
    // Qualité 2025: GAP 2 × 140 € = 280 €; 2026: + sobriété 1 000 € = 1 280 €.
    assert_eq!(component("QUALITE"), (dec!(280), dec!(1280), dec!(1000)));
    // Why each is absent.
    let donum = c.composantes.iter().find(|d| d.code == "DONUM").unwrap();
    assert!(donum
        .motif_a
        .as_deref()
        .unwrap()
        .contains("elle remplace le forfait structure"));
    assert!(donum.motif_b.is_none());
    let fs = c.composantes.iter().find(|d| d.code == "FS").unwrap();
    assert!(fs
        .motif_b
        .as_deref()
        .unwrap()
        .contains("dotation numérique"));
    // Totals: 2025 4 952,50 + 900 + 280 = 6 132,50 €; 2026 2 520 + 1 900 + 1 280 = 5 700 €;
    // écart 5 700 − 6 132,50 = −432,50 €.
    assert_eq!(c.rapport_a.total, dec!(6132.50));
    assert_eq!(c.rapport_b.total, dec!(5700));
    assert_eq!(c.ecart, dec!(-432.50));
    let sum: Decimal = c.composantes.iter().map(|d| d.ecart).sum();
    assert_eq!(sum, c.ecart);
    // −432,50 / 6 132,50 = −7,05… % → −7,1 %
    assert_eq!(c.ecart_pourcent.as_deref(), Some("\u{2212}7,1\u{a0}%"));
    assert_eq!(
        c.verdict,
        "En 2026, vous percevez 432,50\u{a0}€ de moins qu'en 2025 (\u{2212}7,1\u{a0}%)."
    );
}

#[test]
fn comparison_2025_2026_matches_the_donum_with_the_forfait_structure() {
    let c = comparison(&comparison_text(), 2025, 2026);
    let diff = |key: &str| {
        let d = c
            .explications
            .iter()
            .find(|d| d.code == key)
            .unwrap_or_else(|| panic!("no explanation {key}: {:?}", c.explications));
        (d.montant_a, d.montant_b, d.ecart)
    };
    // The digital lines of both years under one family: forfait structure volet 1 2 800 € +
    // usages 472,50 + 280 = 3 552,50 € against the DONUM's 2 520 €.
    assert_eq!(diff(NUMERIQUE), (dec!(3552.50), dec!(2520), dec!(-1032.50)));
    let numerique = c.explications.iter().find(|d| d.code == NUMERIQUE).unwrap();
    assert_eq!(numerique.libelle, NUMERIQUE);
    assert_eq!(numerique.dispositif, "FS");
    // The SAS: indicator 8 of the forfait structure in 2025, a mission in 2026.
    assert_eq!(
        diff("FS.V2.PARTICIPATION_SAS"),
        (dec!(1400), dec!(0), dec!(-1400))
    );
    assert_eq!(diff("MISSIONS.SAS"), (dec!(0), dec!(1000), dec!(1000)));
    assert_eq!(diff("QUALITE.SOBRIETE"), (dec!(0), dec!(1000), dec!(1000)));
    // AME, IPA and GAP are the same both years: no explanation.
    for same in ["MISSIONS.AME", "MISSIONS.IPA", "QUALITE.GAP"] {
        assert!(c.explications.iter().all(|d| d.code != same), "{same}");
    }
    // −1 032,50 − 1 400 + 1 000 + 1 000 = −432,50 €, largest first (ties by key).
    let order: Vec<&str> = c.explications.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(
        order,
        [
            "FS.V2.PARTICIPATION_SAS",
            NUMERIQUE,
            "MISSIONS.SAS",
            "QUALITE.SOBRIETE",
        ]
    );
    let sum: Decimal = c.explications.iter().map(|d| d.ecart).sum();
    assert_eq!(sum, c.ecart);
}

// ---------------------------------------------------------------------------------------------
// Validation of the new fields
// ---------------------------------------------------------------------------------------------

fn has(errors: &[forfaits::FieldError], champ: &str, message: &str) -> bool {
    errors
        .iter()
        .any(|e| e.champ == champ && e.message == message)
}

#[test]
fn validation_of_the_half_days() {
    let mut months = [0_i64; 12];
    months[3] = -1;
    months[11] = 63;
    // 62 (two a day over 31 days) is accepted.
    months[0] = 62;
    let e = errors(&ca_text(json!({}), json!(months), true), 2026);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(has(
        &e,
        "consultations_avancees.demi_journees.3",
        "Un nombre de demi-journées ne peut pas être négatif."
    ));
    assert!(has(
        &e,
        "consultations_avancees.demi_journees.11",
        "62 demi-journées par mois au plus."
    ));
}

#[test]
fn validation_of_ipa_and_gap() {
    let e = errors(
        &text(
            json!({}),
            json!({"missions": {"patients_orientes_ipa": -1}, "qualite": {"seances_gap": -1}}),
        ),
        2026,
    );
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(has(
        &e,
        "missions.patients_orientes_ipa",
        "Un nombre de patients ne peut pas être négatif."
    ));
    assert!(has(
        &e,
        "qualite.seances_gap",
        "Nombre de séances entre 0 et 366."
    ));
    let e = errors(&qualite_text(false, 367), 2026);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(has(
        &e,
        "qualite.seances_gap",
        "Nombre de séances entre 0 et 366."
    ));
}

#[test]
fn validation_of_impossible_dates() {
    let date_error =
        "Date impossible : saisissez une date du calendrier entre 1900 et 2100 (jj/mm/aaaa).";
    // 29/02/2025 does not exist; a 13th month neither.
    let t = text(
        json!({
            "contrat_demographique": {"type": "CAIM", "resiliation": "2025-02-29"},
            "cabinet_secondaire_zip": true,
            "date_ouverture_cabinet_secondaire": "2026-13-01",
        }),
        json!({}),
    );
    let e = errors(&t, 2026);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(has(
        &e,
        "exercice.contrat_demographique.resiliation",
        date_error
    ));
    assert!(has(
        &e,
        "exercice.date_ouverture_cabinet_secondaire",
        date_error
    ));
    // The same errors whatever the year.
    assert_eq!(errors(&t, 2025), e);
}

#[test]
fn validation_lists_every_new_error_at_once() {
    let t = text(
        json!({
            "contrat_demographique": {"type": "CSTM", "resiliation": "demain"},
            "date_ouverture_cabinet_secondaire": "1850-01-01",
        }),
        json!({
            "missions": {"patients_orientes_ipa": -5},
            "consultations_avancees": {"demi_journees": demi_journees(&[(2, -2), (7, 100)])},
            "qualite": {"seances_gap": 1000},
        }),
    );
    let e = errors(&t, 2026);
    let champs: Vec<&str> = e.iter().map(|e| e.champ.as_str()).collect();
    assert_eq!(
        champs,
        [
            "missions.patients_orientes_ipa",
            "consultations_avancees.demi_journees.1",
            "consultations_avancees.demi_journees.6",
            "qualite.seances_gap",
            "exercice.date_ouverture_cabinet_secondaire",
            "exercice.contrat_demographique.resiliation",
        ]
    );
}
