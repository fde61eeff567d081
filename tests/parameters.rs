//! The parameter tables: every value sourced, defined and unambiguous in time; the values in force
//! in 2026 are those of the Circulaire CNAM du 31/07/2024, §3.1; a scenario's override is cited.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::NaiveDate;
use common::*;
use forfaits::params::{all, by_id, by_text, documents, fmt, Param, Unit};
use forfaits::Parameters;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::json;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn param(id: &str) -> &'static Param {
    by_id(id).unwrap_or_else(|| panic!("{id} is not a parameter"))
}

#[test]
fn every_value_is_sourced() {
    assert!(!documents::ALL.is_empty());
    for text in documents::ALL {
        assert!(!text.id.trim().is_empty());
        assert!(!text.document.trim().is_empty(), "text {}", text.id);
        // A text is a file of shared/sources, or a text known from elsewhere cited by its own
        // reference (the 2016 convention's point value).
        assert!(
            text.fichier.ends_with(".txt")
                || (text.fichier.is_empty() && text.document.contains("JO")),
            "text {}",
            text.id
        );
    }
    for listing in by_text() {
        assert!(!listing.valeurs.is_empty(), "text {}", listing.texte.id);
    }
    for p in all() {
        for v in p.valeurs {
            assert!(!v.section.trim().is_empty(), "{}", p.id);
            assert!(v.fin.is_none_or(|fin| v.debut <= fin), "{}", p.id);
            assert!(
                documents::ALL.iter().any(|t| std::ptr::eq(*t, v.texte)),
                "{} cites a text outside the list",
                p.id
            );
        }
    }
    let mut ids: Vec<&str> = documents::ALL.iter().map(|s| s.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), documents::ALL.len(), "text ids are unique");
}

#[test]
fn every_definition_has_a_value_within_its_domain() {
    for p in all() {
        assert!(!p.valeurs.is_empty(), "{} has no value", p.id);
        assert!(!p.libelle.trim().is_empty(), "{}", p.id);
        assert!(p.first_day().is_some(), "{}", p.id);
        for v in p.valeurs {
            assert_eq!(p.domaine.refuse(v.valeur, p.unite), None, "{}", p.id);
        }
    }
    let mut ids: Vec<&str> = all().map(|d| d.id).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "definitions are unique");
}

#[test]
fn no_two_values_of_a_parameter_overlap_in_time() {
    for p in all() {
        for (i, a) in p.valeurs.iter().enumerate() {
            for b in &p.valeurs[i + 1..] {
                // [a.debut, a.fin] and [b.debut, b.fin] are disjoint: one ends before the other starts.
                let a_before_b = a.fin.is_some_and(|fin| fin < b.debut);
                let b_before_a = b.fin.is_some_and(|fin| fin < a.debut);
                assert!(
                    a_before_b || b_before_a,
                    "{}: {:?}–{:?} overlaps {:?}–{:?}",
                    p.id,
                    a.debut,
                    a.fin,
                    b.debut,
                    b.fin
                );
            }
        }
    }
}

#[test]
fn values_in_force_in_2026_are_those_of_the_table_of_3_1() {
    let params = Parameters::official();
    let on = date(2026, 1, 1);
    let expected = [
        // §3.1 A, table « Montants revalorisés »
        ("fmt.socle.ald_80_ans_et_plus", dec!(100)), // (ALD) 80 ans ou plus
        ("fmt.socle.ald_moins_80_ans", dec!(55)),    // (ALD) 0-79 ans
        ("fmt.socle.80_ans_et_plus", dec!(55)),      // 80 ans et plus
        ("fmt.socle.75_a_79_ans", dec!(15)),         // 75-79 ans
        ("fmt.socle.7_a_74_ans", dec!(5)),           // 7 à 74 ans
        ("fmt.socle.2_a_6_ans", dec!(15)),           // Moins de 7 ans (2–6 ans)
        ("fmt.socle.moins_2_ans", dec!(15)),         // Moins de 7 ans (< 2 ans)
        ("fmt.socle.non_vu_2_ans", dec!(5)),         // Patients non vus dans les 2 ans
        // §3.1 A: the non vus have their own amount and no C2S majoration (rule on: 1)
        ("fmt.socle.non_vus_distincts", dec!(1)),
        // §3.1 A, majoration C2S: 10 € (the « Si patient C2S » column is the amount + 10 €)
        ("fmt.majoration.c2s", dec!(10)),
        // §3.1 B 1 A/: 10 % in ZIP or QPV
        ("fmt.majoration.zip_qpv", dec!(10)),
        // §3.1 B 1 B/: 50 %, 30 %, 10 %
        ("fmt.majoration.primo_installe.annee_1", dec!(50)),
        ("fmt.majoration.primo_installe.annee_2", dec!(30)),
        ("fmt.majoration.primo_installe.annee_3", dec!(10)),
        // §3.1 B 2: 10 % from 67 years
        ("fmt.majoration.age", dec!(10)),
        ("fmt.majoration.age.seuil", dec!(67)),
        // §3.1 C: 5 € per validated indicator
        ("fmt.prevention.indicateur", dec!(5)),
    ];
    let fmt_definitions = all().filter(|d| d.id.starts_with("fmt.")).count();
    assert_eq!(expected.len(), fmt_definitions);
    for (id, value) in expected {
        for on in [on, date(2026, 12, 31), date(2030, 6, 15)] {
            let resolved = params
                .get(param(id), on)
                .unwrap_or_else(|e| panic!("{e:?}"));
            assert_eq!(resolved.value, value, "{id} on {on}");
            assert!(
                resolved
                    .citation()
                    .starts_with("Circulaire CNAM du 31/07/2024"),
                "{}",
                resolved.citation()
            );
            assert!(
                resolved.citation().contains("§3.1"),
                "{}",
                resolved.citation()
            );
        }
        // The FMT starts on 1 January 2026 (§3.1 A): nothing the day before.
        assert!(params.get(param(id), date(2025, 12, 31)).is_err(), "{id}");
        assert_eq!(param(id).first_day(), Some(on), "{id}");
    }
}

#[test]
fn units_match_the_values() {
    assert_eq!(param("fmt.socle.7_a_74_ans").unite, Unit::Euro);
    assert_eq!(param("fmt.majoration.zip_qpv").unite, Unit::Pourcent);
    assert_eq!(param("fmt.majoration.age.seuil").unite, Unit::Annees);
    assert!(by_id("fmt.inconnu").is_none());
}

#[test]
fn an_override_changes_the_value_and_cites_the_scenario() {
    let params = Parameters::official().with_overrides(
        "Proposition 14/03",
        [
            (&fmt::SOCLE_7_A_74_ANS, dec!(6)),
            (&fmt::MAJORATION_C2S, dec!(12.5)),
        ],
    );
    let on = date(2026, 1, 1);
    let resolved = params.get(&fmt::SOCLE_7_A_74_ANS, on).unwrap();
    assert_eq!(resolved.value, dec!(6));
    assert!(
        resolved
            .citation()
            .contains("Scénario « Proposition 14/03 »"),
        "{}",
        resolved.citation()
    );
    // … and says what it replaces: 5 € of the circular.
    assert!(
        resolved.citation().contains("au lieu de 5"),
        "{}",
        resolved.citation()
    );
    assert!(
        resolved
            .citation()
            .contains("Circulaire CNAM du 31/07/2024"),
        "{}",
        resolved.citation()
    );
    // Other values are untouched.
    assert_eq!(
        params.get(&fmt::SOCLE_75_A_79_ANS, on).unwrap(),
        Parameters::official()
            .get(&fmt::SOCLE_75_A_79_ANS, on)
            .unwrap()
    );
    // An override does not create a value where the text has none: no FMT in 2025.
    assert!(params
        .get(&fmt::SOCLE_7_A_74_ANS, date(2025, 6, 1))
        .is_err());

    // Through a computation: 100 patients 7–74 ans, 20 of them C2S.
    let text = profile(
        exercice(json!({})),
        patientele(&[
            ("de_7_a_74_ans", false, false, 80, 0),
            ("de_7_a_74_ans", false, true, 20, 0),
        ]),
        json!({}),
    );
    let official = report(&text, 2026);
    // 100 × 5 € = 500 €; C2S 20 × 10 € = 200 €
    assert_eq!(amount(&official, "FMT.SOCLE.7_A_74_ANS"), dec!(500));
    assert_eq!(amount(&official, "FMT.C2S"), dec!(200));
    let scenario = report_with(&text, 2026, &params);
    // 100 × 6 € = 600 €; C2S 20 × 12,50 € = 250 €; 850 € in all
    assert_eq!(amount(&scenario, "FMT.SOCLE.7_A_74_ANS"), dec!(600));
    assert_eq!(amount(&scenario, "FMT.C2S"), dec!(250));
    assert_eq!(scenario.total, dec!(850));
    let line = line(&scenario, "FMT.SOCLE.7_A_74_ANS");
    assert!(line.source.contains("Proposition 14/03"), "{}", line.source);
    assert!(line.formule.contains('6'), "{}", line.formule);
}

#[test]
fn an_override_of_the_age_threshold_moves_the_age_majoration() {
    // Born 1961-01-01: 64 on 31/12/2025. With a threshold of 65 instead of 67: no majoration;
    // with 64: 10 % × (100 × 55 €) = 550 €.
    let text = profile(
        exercice(json!({"date_naissance": "1961-01-01"})),
        patientele(&[("de_80_ans_et_plus", false, false, 100, 0)]),
        json!({}),
    );
    let with_threshold = |years: Decimal| {
        let p =
            Parameters::official().with_overrides("seuil", [(&fmt::MAJORATION_AGE_SEUIL, years)]);
        amount(&report_with(&text, 2026, &p), "FMT.MAJORATION.AGE")
    };
    assert_eq!(with_threshold(dec!(65)), dec!(0));
    assert_eq!(with_threshold(dec!(64)), dec!(550));
}

#[test]
fn the_parameter_sets_serialise_for_the_page() {
    let v = serde_json::to_value(by_text()).unwrap();
    let first = v
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "convention_2024")
        .unwrap();
    let valeurs = first["valeurs"].as_array().unwrap();
    let socle = valeurs
        .iter()
        .find(|v| v["id"] == "fmt.socle.ald_80_ans_et_plus")
        .unwrap();
    // Plain decimal strings: « 100 »
    assert_eq!(socle["valeur"], "100");
    assert_eq!(socle["debut"], "2026-01-01");
    assert!(socle["fin"].is_null());
}
