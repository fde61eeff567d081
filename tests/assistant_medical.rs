//! The aide à l'emploi d'un assistant médical computed by hand from the Circulaire CNAM du
//! 31/07/2024 (`shared/sources/000_a8aa8d5400d38f5b.txt`), §4 (articles 33 à 39, annexes 10 et
//! 11 de la convention):
//! - §4.1 eligibility; §4.2 the revalorised amounts (options 1/2 and 1 ETP, option 1/3 ETP and its
//!   70 % / 30 % split) and the revalorisation of the contracts signed before 22/06/2024 at their
//!   next anniversary; §4.3 the options 1,5 and 2 ETP; §4.4 the tolerances (P95, 65 ans) and the
//!   primo-installé; §4.5 the modulation tables; §4.6 the dates of payment; §4.8 a the carence.
//!
//! Every profile is JSON text read by `forfaits::input::from_json`, then scheduled by
//! `forfaits::Outcome::of_schedule` (the CLI's `--assistant`) or reported by `forfaits::compute`
//! (dispositif « ASSISTANT_MEDICAL »). Every expected number is written with its hand computation
//! next to it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::rules::assistant_medical::Schedule;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------------
// Profiles
// ---------------------------------------------------------------------------------------------

/// A médecin généraliste de secteur 1 hors zonage.
fn mg() -> Value {
    exercice(json!({}))
}

/// A médecin généraliste de secteur 1 in a ZIP: the physician of the options 1,5 and 2 ETP.
fn mg_zip() -> Value {
    exercice(json!({"zonage": "zip"}))
}

/// Another specialist (PFA alone, §4.5), secteur 1.
fn specialiste() -> Value {
    exercice(json!({"specialite": "autre_specialite"}))
}

/// A contract signed on 01/09/2024 (after 22/06/2024: revalorised amounts from the 1st year),
/// option 1 ETP, band P30–P90, five years, with `extra` added or replaced.
fn contrat(extra: Value) -> Value {
    merged(
        json!({"date_signature": "2024-09-01", "option": "1"}),
        extra,
    )
}

fn sched(exercice: Value, extra: Value) -> Schedule {
    echeancier(&assistant_profile(exercice, contrat(extra)))
}

/// A payment as `am_versements` gives it.
fn v(
    date: &str,
    rang: i64,
    nature: &'static str,
    montant: Decimal,
) -> (String, i64, &'static str, Decimal) {
    (date.to_owned(), rang, nature, montant)
}

/// One year of results (PFA départ, objectif, réalisée; PMT départ, objectif, réalisée).
fn res(pfa: (i64, i64, i64), pmt: (i64, i64, i64)) -> Value {
    json!({
        "pfa_depart": pfa.0, "pfa_objectif": pfa.1, "pfa_realisee": pfa.2,
        "pmt_depart": pmt.0, "pmt_objectif": pmt.1, "pmt_realisee": pmt.2,
    })
}

/// A three-year contract signed 01/09/2024 whose 3rd year has `results`: (modulation of the 3rd
/// year, its balance paid from 01/09/2027). The 3rd year's deposit is paid on 01/09/2026.
fn year_3(exercice: Value, extra: Value, results: Value) -> (Decimal, Decimal, Schedule) {
    let s = sched(
        exercice,
        merged(json!({"annees": 3, "resultats": [results]}), extra),
    );
    let y3 = &s.annees_contrat[2];
    let last = s.versements.last().expect("a balance").clone();
    assert_eq!(last.date.to_string(), "2027-09-01");
    assert_eq!(last.annee_contrat, 3);
    (y3.modulation, last.montant, s)
}

// ---------------------------------------------------------------------------------------------
// §4.2: amounts for contracts signed from 22/06/2024, years 1, 2, 3 and following
// ---------------------------------------------------------------------------------------------

/// Options 1/2 and 1 ETP, P30–P90: 1re année, 2e année, 3e année et suivantes (§4.2 table).
#[test]
fn amounts_of_the_half_and_full_options_p30_p90() {
    let s = sched(mg(), json!({"option": "1"}));
    // 1 ETP: 38 000, 28 000, then 22 000 for years 3, 4 and 5.
    assert_eq!(
        am_maxima(&s),
        [
            dec!(38000),
            dec!(28000),
            dec!(22000),
            dec!(22000),
            dec!(22000)
        ]
    );
    assert!(s.annees_contrat.iter().all(|y| y.revalorise));
    assert_eq!(s.option, "1 ETP");
    let s = sched(mg(), json!({"option": "1/2"}));
    // 1/2 ETP: 19 000, 14 000, then 11 000.
    assert_eq!(
        am_maxima(&s),
        [
            dec!(19000),
            dec!(14000),
            dec!(11000),
            dec!(11000),
            dec!(11000)
        ]
    );
    assert_eq!(s.option, "1/2 ETP");
}

/// A 1/3 ETP contract: the option is left to the contracts signed before 22/06/2024 (§4 and
/// §4.2, see `a_new_third_option_contract_is_refused`). Signed 01/09/2023, its 1st year is
/// before the revalorisation, its 2nd year (from 01/09/2024) after.
fn tiers(extra: Value) -> Value {
    merged(
        json!({"option": "1/3", "date_signature": "2023-09-01"}),
        extra,
    )
}

/// Option 1/3 ETP, P30–P90: 2e année 9 450 €, 3e et suivantes 7 350 €; the 1re année line is
/// missing from the circular's table: the code takes the fixed P95 amount, 12 600 €, and says so;
/// signed before 22/06/2024, the 1st year is derived from it: 12 600 / 1,05 = 12 000.
#[test]
fn amounts_of_the_third_option_p30_p90() {
    let s = sched(mg(), tiers(json!({})));
    // 12 000 (interpretation, derived), 9 450, 7 350 × 3.
    assert_eq!(
        am_maxima(&s),
        [dec!(12000), dec!(9450), dec!(7350), dec!(7350), dec!(7350)]
    );
    assert!(s.interpretations.iter().any(|i| i.contains(
        "La 1re année de l'option 1/3 ETP manque au tableau de la circulaire : elle vaut le montant fixe du P95"
    )));
    assert!(s.annees_contrat[0].source.contains("interprétation"));
}

/// Issue 16, reading 6: §4 presents the 1/3 ETP among the existing contracts only (its table has
/// no 1st year; §4.8 c prorogues the 1/3 ETP contracts): from 22/06/2024 a new one is refused;
/// signed the day before, it is accepted (12 600 / 1,05 = 12 000 the 1st year, 9 450 the 2nd
/// from the anniversary of 21/06/2025).
#[test]
fn a_new_third_option_contract_is_refused() {
    let motif = refused(mg(), tiers(json!({"date_signature": "2024-06-22"})));
    assert_eq!(
        motif,
        "L'option 1/3 ETP ne peut plus être choisie pour un contrat signé à partir du 22/06/2024 : \
         les nouveaux contrats relèvent des options 1/2 et 1 ETP, l'option 1/3 ETP reste aux \
         contrats signés avant (§4 et §4.2 ; interprétation)."
    );
    let s = sched(
        mg(),
        tiers(json!({"date_signature": "2024-06-21", "annees": 2})),
    );
    assert_eq!(s.motif_ineligibilite, None);
    assert_eq!(am_maxima(&s), [dec!(12000), dec!(9450)]);
}

/// Montant majoré for a patientèle between P90 and P94: from the 3rd year only; years 1 and 2
/// keep the ordinary amounts.
#[test]
fn majored_amounts_p90_p94_from_the_third_year() {
    let band = json!({"bande_patientele": "p90_a_p94"});
    let s = sched(mg(), merged(band.clone(), json!({"option": "1"})));
    // 1 ETP: 38 000, 28 000, then majoré 26 000.
    assert_eq!(
        am_maxima(&s),
        [
            dec!(38000),
            dec!(28000),
            dec!(26000),
            dec!(26000),
            dec!(26000)
        ]
    );
    let s = sched(mg(), merged(band.clone(), json!({"option": "1/2"})));
    // 1/2 ETP: 19 000, 14 000, then majoré 13 000.
    assert_eq!(
        am_maxima(&s),
        [
            dec!(19000),
            dec!(14000),
            dec!(13000),
            dec!(13000),
            dec!(13000)
        ]
    );
    let s = sched(mg(), tiers(band));
    // 1/3 ETP signed 01/09/2023: 12 600 / 1,05 = 12 000, 9 450, then majoré 8 767.
    assert_eq!(
        am_maxima(&s),
        [dec!(12000), dec!(9450), dec!(8767), dec!(8767), dec!(8767)]
    );
}

/// Montant fixe for a patientèle at the P95 or above: the same every year.
#[test]
fn fixed_amounts_p95_every_year() {
    let band = json!({"bande_patientele": "p95_et_plus"});
    for (option, amount) in [
        ("1", dec!(38000)),   // 1 ETP: 38 000 every year
        ("1/2", dec!(19000)), // 1/2 ETP: 19 000 every year
    ] {
        let s = sched(mg(), merged(band.clone(), json!({"option": option})));
        assert_eq!(am_maxima(&s), [amount; 5], "option {option}");
    }
    // 1/3 ETP signed 01/09/2023: 12 600 / 1,05 = 12 000 the 1st year, then 12 600 every year.
    let s = sched(mg(), tiers(band));
    assert_eq!(
        am_maxima(&s),
        [
            dec!(12000),
            dec!(12600),
            dec!(12600),
            dec!(12600),
            dec!(12600)
        ]
    );
}

/// §4.3: options 1,5 and 2 ETP, 3e année et suivantes / majoré P90–P94 / fixe P95; they extend
/// a 1 ETP contract from its 3rd year, so years 1 and 2 are the 1 ETP's.
#[test]
fn amounts_of_the_one_and_a_half_and_two_options() {
    let ok = json!({"objectifs_1_etp_atteints": true});
    for (option, band, expected) in [
        // 1,5 ETP: 1 ETP's 38 000 and 28 000, then 33 000.
        ("1.5", "p30_a_p90", [38000, 28000, 33000, 33000, 33000]),
        // 1,5 ETP majoré: 38 000, 28 000, then 39 000.
        ("1.5", "p90_a_p94", [38000, 28000, 39000, 39000, 39000]),
        // 1,5 ETP P95: the 1 ETP's fixed 38 000 twice, then 57 000.
        ("1.5", "p95_et_plus", [38000, 38000, 57000, 57000, 57000]),
        // 2 ETP: 38 000, 28 000, then 44 000.
        ("2", "p30_a_p90", [38000, 28000, 44000, 44000, 44000]),
        // 2 ETP majoré: 38 000, 28 000, then 52 000.
        ("2", "p90_a_p94", [38000, 28000, 52000, 52000, 52000]),
        // 2 ETP P95: 38 000 twice, then 76 000.
        ("2", "p95_et_plus", [38000, 38000, 76000, 76000, 76000]),
    ] {
        let s = sched(
            mg_zip(),
            merged(
                ok.clone(),
                json!({"option": option, "bande_patientele": band}),
            ),
        );
        assert_eq!(s.motif_ineligibilite, None);
        assert_eq!(
            am_maxima(&s),
            expected.map(Decimal::from),
            "option {option}, {band}"
        );
    }
    let s = sched(mg_zip(), merged(ok, json!({"option": "2"})));
    assert_eq!(s.option, "2 ETP");
    assert!(s
        .interpretations
        .iter()
        .any(|i| i.contains("les deux premières années sont celles du 1 ETP")));
}

// ---------------------------------------------------------------------------------------------
// §4.6: the dates of payment; calendar years
// ---------------------------------------------------------------------------------------------

/// 1 ETP signed 01/09/2024, five years, no results entered (maximal balances).
#[test]
fn schedule_of_the_full_option() {
    let s = sched(mg(), json!({}));
    assert_eq!(s.motif_ineligibilite, None);
    assert_eq!(
        am_versements(&s),
        [
            // Year 1 in full within the month after the signature.
            v("2024-09-01", 1, "integral", dec!(38000)),
            // Year 2 in full at the first anniversary.
            v("2025-09-01", 2, "integral", dec!(28000)),
            // Year 3: deposit 50 % × 22 000 = 11 000 at the anniversary…
            v("2026-09-01", 3, "acompte", dec!(11000)),
            // … balance 22 000 × 100 % − 11 000 = 11 000 within 2 months of the next one.
            v("2027-09-01", 3, "solde", dec!(11000)),
            v("2027-09-01", 4, "acompte", dec!(11000)),
            v("2028-09-01", 4, "solde", dec!(11000)),
            v("2028-09-01", 5, "acompte", dec!(11000)),
            v("2029-09-01", 5, "solde", dec!(11000)),
        ]
    );
    assert_eq!(
        am_par_annee(&s),
        [
            (2024, dec!(38000)),
            (2025, dec!(28000)),
            (2026, dec!(11000)),
            (2027, dec!(22000)), // 11 000 + 11 000
            (2028, dec!(22000)), // 11 000 + 11 000
            (2029, dec!(11000)),
        ]
    );
    // 38 000 + 28 000 + 3 × 22 000 = 132 000
    assert_eq!(s.total, dec!(132000));
    let e: Vec<&str> = s.versements.iter().map(|p| p.echeance.as_str()).collect();
    assert_eq!(
        e[0],
        "dans le mois suivant la signature (entre le 01/09/2024 et le 01/10/2024)"
    );
    assert_eq!(e[1], "au premier anniversaire, le 01/09/2025");
    assert_eq!(e[2], "à l'anniversaire, le 01/09/2026");
    assert_eq!(
        e[3],
        "dans les 2 mois suivant l'anniversaire (entre le 01/09/2027 et le 01/11/2027)"
    );
    // The contract years: 01/09/2024–31/08/2025, …, 01/09/2028–31/08/2029.
    let y = &s.annees_contrat;
    assert_eq!(y.len(), 5);
    assert_eq!(
        (y[0].debut.to_string(), y[0].fin.to_string()),
        ("2024-09-01".to_owned(), "2025-08-31".to_owned())
    );
    assert_eq!(
        (y[4].debut.to_string(), y[4].fin.to_string()),
        ("2028-09-01".to_owned(), "2029-08-31".to_owned())
    );
    assert_eq!(y[0].modulation, dec!(100));
    assert!(y[2].explication.contains("résultats de l'année non saisis"));
    // After the five years (01/09/2029), carence until 01/09/2031; tacit renewal noted.
    assert!(s.notes.iter().any(|n| n.contains(
        "Après la fin du contrat (01/09/2029), un nouveau contrat ne peut être signé qu'à partir du 01/09/2031"
    )));
    assert!(s.notes.iter().any(|n| n.contains("tacite reconduction")));
}

/// 1/2 ETP: deposit 50 % × 11 000 = 5 500 from year 3.
#[test]
fn schedule_of_the_half_option() {
    let s = sched(mg(), json!({"option": "1/2", "annees": 3}));
    assert_eq!(
        am_versements(&s),
        [
            v("2024-09-01", 1, "integral", dec!(19000)),
            v("2025-09-01", 2, "integral", dec!(14000)),
            v("2026-09-01", 3, "acompte", dec!(5500)), // 50 % × 11 000
            v("2027-09-01", 3, "solde", dec!(5500)),   // 11 000 − 5 500
        ]
    );
    // 19 000 + 14 000 + 11 000 = 44 000
    assert_eq!(s.total, dec!(44000));
}

/// The tacit renewal (§4.8 d): years 6 and 7 keep the 3rd year's amount.
#[test]
fn tacit_renewal_keeps_the_third_year_amount() {
    let s = sched(mg(), json!({"annees": 7}));
    assert_eq!(am_maxima(&s)[5..], [dec!(22000), dec!(22000)]);
    // 38 000 + 28 000 + 5 × 22 000 = 176 000
    assert_eq!(s.total, dec!(176000));
    // The last balance, of year 7 (01/09/2030–31/08/2031), from 01/09/2031.
    assert_eq!(
        am_versements(&s).last().cloned(),
        Some(v("2031-09-01", 7, "solde", dec!(11000)))
    );
}

/// Option 1/3 ETP: 70 % deposit, 30 % balance, with its own dates (§4.2, its table). Signed
/// 01/09/2023: 1st year 12 600 / 1,05 = 12 000, then the revalorised 9 450 and 7 350.
#[test]
fn schedule_of_the_third_option() {
    let s = sched(mg(), tiers(json!({})));
    assert_eq!(
        am_versements(&s),
        [
            // Year 1: 70 % × 12 000 = 8 400 within 15 days of the signature…
            v("2023-09-01", 1, "acompte", dec!(8400)),
            // … 30 % = 12 000 − 8 400 = 3 600 at the anniversary.
            v("2024-09-01", 1, "solde", dec!(3600)),
            // Year 2: 70 % × 9 450 = 6 615 at the anniversary; 9 450 − 6 615 = 2 835 at the next.
            v("2024-09-01", 2, "acompte", dec!(6615)),
            v("2025-09-01", 2, "solde", dec!(2835)),
            // Year 3: 70 % × 7 350 = 5 145 within 2 months; 7 350 − 5 145 = 2 205 within 2 months
            // of the next anniversary.
            v("2025-09-01", 3, "acompte", dec!(5145)),
            v("2026-09-01", 3, "solde", dec!(2205)),
            v("2026-09-01", 4, "acompte", dec!(5145)),
            v("2027-09-01", 4, "solde", dec!(2205)),
            v("2027-09-01", 5, "acompte", dec!(5145)),
            v("2028-09-01", 5, "solde", dec!(2205)),
        ]
    );
    assert_eq!(
        am_par_annee(&s),
        [
            (2023, dec!(8400)),
            (2024, dec!(10215)), // 3 600 + 6 615
            (2025, dec!(7980)),  // 2 835 + 5 145
            (2026, dec!(7350)),  // 2 205 + 5 145
            (2027, dec!(7350)),  // 2 205 + 5 145
            (2028, dec!(2205)),
        ]
    );
    // 12 000 + 9 450 + 3 × 7 350 = 43 500
    assert_eq!(s.total, dec!(43500));
    let e: Vec<&str> = s.versements.iter().map(|p| p.echeance.as_str()).collect();
    // 01/09/2023 + 15 days = 16/09/2023.
    assert_eq!(
        e[0],
        "dans les 15 jours suivant la signature (entre le 01/09/2023 et le 16/09/2023)"
    );
    assert_eq!(e[1], "à l'anniversaire, le 01/09/2024");
    assert_eq!(e[2], "à l'anniversaire, le 01/09/2024");
    assert_eq!(
        e[4],
        "dans les 2 mois suivant l'anniversaire (entre le 01/09/2025 et le 01/11/2025)"
    );
    assert_eq!(
        e[5],
        "dans les 2 mois suivant l'anniversaire (entre le 01/09/2026 et le 01/11/2026)"
    );
    assert!(s
        .interpretations
        .iter()
        .any(|i| i.contains("70\u{a0}% d'acompte, 30\u{a0}% de solde")));
}

/// 1/3 ETP majoré: 70 % × 8 767 = 6 136,90; balance 8 767 − 6 136,90 = 2 630,10.
#[test]
fn third_option_majored_split_to_the_cent() {
    let s = sched(
        mg(),
        tiers(json!({"bande_patientele": "p90_a_p94", "annees": 3})),
    );
    assert_eq!(
        am_versements(&s)[4..],
        [
            v("2025-09-01", 3, "acompte", dec!(6136.90)),
            v("2026-09-01", 3, "solde", dec!(2630.10)),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// §4.2: revalorisation of the contracts signed before 22/06/2024
// ---------------------------------------------------------------------------------------------

/// The circular's example: anniversary on 15 November, 3rd year on 01/07/2024 (signed
/// 15/11/2021). On 15/11/2024 the 3rd year's balance is not revalorised, the 4th year's deposit
/// is. The amounts before the revalorisation are derived: revalorised / 1,05, to the euro.
#[test]
fn revalorisation_at_the_anniversary_after_22_06_2024() {
    let s = sched(mg(), json!({"date_signature": "2021-11-15"}));
    assert_eq!(
        s.annees_contrat
            .iter()
            .map(|y| y.revalorise)
            .collect::<Vec<_>>(),
        [false, false, false, true, true]
    );
    assert_eq!(
        am_maxima(&s),
        [
            dec!(36190), // 38 000 / 1,05 = 36 190,48 → 36 190
            dec!(26667), // 28 000 / 1,05 = 26 666,67 → 26 667
            dec!(20952), // 22 000 / 1,05 = 20 952,38 → 20 952
            dec!(22000), // from the anniversary of 15/11/2024: revalorised
            dec!(22000),
        ]
    );
    assert_eq!(
        am_versements(&s),
        [
            v("2021-11-15", 1, "integral", dec!(36190)),
            v("2022-11-15", 2, "integral", dec!(26667)),
            v("2023-11-15", 3, "acompte", dec!(10476)), // 50 % × 20 952
            // 15/11/2024: the 3rd year's balance, not revalorised: 20 952 − 10 476 = 10 476…
            v("2024-11-15", 3, "solde", dec!(10476)),
            // … and the 4th year's deposit, revalorised: 50 % × 22 000 = 11 000.
            v("2024-11-15", 4, "acompte", dec!(11000)),
            v("2025-11-15", 4, "solde", dec!(11000)),
            v("2025-11-15", 5, "acompte", dec!(11000)),
            v("2026-11-15", 5, "solde", dec!(11000)),
        ]
    );
    assert_eq!(
        am_par_annee(&s),
        [
            (2021, dec!(36190)),
            (2022, dec!(26667)),
            (2023, dec!(10476)),
            (2024, dec!(21476)), // 10 476 + 11 000
            (2025, dec!(22000)), // 11 000 + 11 000
            (2026, dec!(11000)),
        ]
    );
    // 36 190 + 26 667 + 20 952 + 2 × 22 000 = 127 809
    assert_eq!(s.total, dec!(127809));
    assert!(s.interpretations.iter().any(|i| i.contains(
        "Les montants antérieurs à la revalorisation de 5\u{a0}% ne sont pas dans les sources : ils sont déduits des montants revalorisés (divisés par 1,05, arrondis à l'euro)"
    )));
    // Signed before the convention: no note of the five-year contract renewed tacitly.
    assert!(!s.notes.iter().any(|n| n.contains("tacite reconduction")));
    // End after five years, 15/11/2026; carence until 15/11/2028.
    assert!(s
        .notes
        .iter()
        .any(|n| n.contains("(15/11/2026)") && n.contains("15/11/2028")));
}

/// The derived pre-revaluation maxima of every option and band, years 1 to 3 of a contract
/// signed 15/11/2021; the 4th year is revalorised.
#[test]
fn derived_amounts_before_the_revalorisation() {
    for (option, band, expected) in [
        // 19 000 / 1,05 = 18 095,24; 14 000 / 1,05 = 13 333,33; 11 000 / 1,05 = 10 476,19.
        ("1/2", "p30_a_p90", [18095, 13333, 10476, 11000]),
        // 13 000 / 1,05 = 12 380,95 → 12 381 (majoré from year 3).
        ("1/2", "p90_a_p94", [18095, 13333, 12381, 13000]),
        // 19 000 / 1,05 → 18 095 every year.
        ("1/2", "p95_et_plus", [18095, 18095, 18095, 19000]),
        // 26 000 / 1,05 = 24 761,90 → 24 762.
        ("1", "p90_a_p94", [36190, 26667, 24762, 26000]),
        // 38 000 / 1,05 → 36 190 every year.
        ("1", "p95_et_plus", [36190, 36190, 36190, 38000]),
        // 12 600 / 1,05 = 12 000; 9 450 / 1,05 = 9 000; 7 350 / 1,05 = 7 000.
        ("1/3", "p30_a_p90", [12000, 9000, 7000, 7350]),
        // 8 767 / 1,05 = 8 349,52 → 8 350.
        ("1/3", "p90_a_p94", [12000, 9000, 8350, 8767]),
        // 12 600 / 1,05 = 12 000 every year.
        ("1/3", "p95_et_plus", [12000, 12000, 12000, 12600]),
    ] {
        let s = sched(
            mg(),
            json!({"date_signature": "2021-11-15", "option": option, "bande_patientele": band, "annees": 4}),
        );
        assert_eq!(
            am_maxima(&s),
            expected.map(Decimal::from),
            "option {option}, {band}"
        );
    }
}

/// 1/3 ETP signed 01/03/2022: the 3rd year starts 01/03/2024, before 22/06/2024: not
/// revalorised; the 4th, from 01/03/2025, is.
#[test]
fn revalorisation_of_a_third_option_contract() {
    let s = sched(
        mg(),
        json!({"date_signature": "2022-03-01", "option": "1/3"}),
    );
    assert_eq!(
        am_versements(&s),
        [
            v("2022-03-01", 1, "acompte", dec!(8400)), // 70 % × 12 000
            v("2023-03-01", 1, "solde", dec!(3600)),   // 12 000 − 8 400
            v("2023-03-01", 2, "acompte", dec!(6300)), // 70 % × 9 000
            v("2024-03-01", 2, "solde", dec!(2700)),   // 9 000 − 6 300
            v("2024-03-01", 3, "acompte", dec!(4900)), // 70 % × 7 000
            v("2025-03-01", 3, "solde", dec!(2100)),   // 7 000 − 4 900, not revalorised
            v("2025-03-01", 4, "acompte", dec!(5145)), // 70 % × 7 350, revalorised
            v("2026-03-01", 4, "solde", dec!(2205)),   // 7 350 − 5 145
            v("2026-03-01", 5, "acompte", dec!(5145)),
            v("2027-03-01", 5, "solde", dec!(2205)),
        ]
    );
    assert_eq!(
        am_par_annee(&s),
        [
            (2022, dec!(8400)),
            (2023, dec!(9900)), // 3 600 + 6 300
            (2024, dec!(7600)), // 2 700 + 4 900
            (2025, dec!(7245)), // 2 100 + 5 145
            (2026, dec!(7350)), // 2 205 + 5 145
            (2027, dec!(2205)),
        ]
    );
    // 12 000 + 9 000 + 7 000 + 2 × 7 350 = 42 700
    assert_eq!(s.total, dec!(42700));
}

/// The day before the convention (21/06/2024): the 1st year is not revalorised, the 2nd (from
/// the anniversary of 21/06/2025) is. On 22/06/2024: revalorised from the 1st year.
#[test]
fn revalorisation_boundary_at_22_06_2024() {
    let s = sched(mg(), json!({"date_signature": "2024-06-21", "annees": 2}));
    // 38 000 / 1,05 → 36 190, then 28 000.
    assert_eq!(am_maxima(&s), [dec!(36190), dec!(28000)]);
    assert_eq!(
        s.annees_contrat
            .iter()
            .map(|y| y.revalorise)
            .collect::<Vec<_>>(),
        [false, true]
    );
    let s = sched(mg(), json!({"date_signature": "2024-06-22", "annees": 2}));
    assert_eq!(am_maxima(&s), [dec!(38000), dec!(28000)]);
    assert!(s.annees_contrat.iter().all(|y| y.revalorise));
}

// ---------------------------------------------------------------------------------------------
// §4.5: modulation of the balance from the 3rd year
// ---------------------------------------------------------------------------------------------
// 1 ETP P30–P90: maximum 22 000 €, deposit 11 000 €; balance = 22 000 × part − 11 000.

/// Généralistes and pédiatres, PFA × PMT, row by row.
#[test]
fn modulation_generalistes_row_by_row() {
    let cases = [
        // PFA atteint (1 100 ≥ 1 100), PMT atteint (950 ≥ 900) → 100 %: 22 000 − 11 000.
        (
            res((1000, 1100, 1100), (800, 900, 950)),
            dec!(100),
            dec!(11000),
        ),
        // PFA non atteint sans baisse (1 050), PMT atteint → 100 %.
        (
            res((1000, 1100, 1050), (800, 900, 900)),
            dec!(100),
            dec!(11000),
        ),
        // PFA atteint, PMT non atteint sans baisse (850) → 100 %.
        (
            res((1000, 1100, 1100), (800, 900, 850)),
            dec!(100),
            dec!(11000),
        ),
        // Both non atteints sans baisse: PFA (1 040 − 1 000) / (1 100 − 1 000) = 40 %,
        // PMT (860 − 800) / (900 − 800) = 60 % → the better, 60 %: 13 200 − 11 000 = 2 200.
        (
            res((1000, 1100, 1040), (800, 900, 860)),
            dec!(60),
            dec!(2200),
        ),
        // Both en baisse (950 < 1 000, 780 < 800) → 0 %: 0 − 11 000 = −11 000 (to pay back).
        (
            res((1000, 1100, 950), (800, 900, 780)),
            dec!(0),
            dec!(-11000),
        ),
        // PFA en baisse (990), PMT atteint → 0 %.
        (
            res((1000, 1100, 990), (800, 900, 900)),
            dec!(0),
            dec!(-11000),
        ),
        // PFA atteint, PMT en baisse (790) → 0 %.
        (
            res((1000, 1100, 1100), (800, 900, 790)),
            dec!(0),
            dec!(-11000),
        ),
        // (Not a row of the table) PFA non atteint sans baisse, PMT en baisse → 0 % (the code's
        // reading: a baisse of either indicator, stated in the interpretations).
        (
            res((1000, 1100, 1050), (800, 900, 790)),
            dec!(0),
            dec!(-11000),
        ),
    ];
    for (results, part, balance) in cases {
        let (m, solde, s) = year_3(mg(), json!({}), results.clone());
        assert_eq!((m, solde), (part, balance), "{results}");
        if balance.is_sign_negative() {
            assert!(s.notes.iter().any(|n| n.contains("somme à rembourser")));
        }
    }
    let (_, _, s) = year_3(mg(), json!({}), res((1000, 1100, 1040), (800, 900, 860)));
    let e = &s.annees_contrat[2].explication;
    assert!(e.contains("prorata du meilleur taux d'atteinte"), "{e}");
    assert!(s
        .interpretations
        .iter()
        .any(|i| i.contains("(réalisé − départ) / (objectif − départ)")));
}

/// A prorated part below the deposit: a negative balance; and a rate to the hundredth of a %.
#[test]
fn prorated_balance_below_the_deposit() {
    // PFA (1 020 − 1 000) / 100 = 20 %, PMT (830 − 800) / 100 = 30 % → 30 %:
    // 22 000 × 30 % = 6 600; 6 600 − 11 000 = −4 400.
    let (m, solde, s) = year_3(mg(), json!({}), res((1000, 1100, 1020), (800, 900, 830)));
    assert_eq!((m, solde), (dec!(30), dec!(-4400)));
    // Total: 38 000 + 28 000 + 11 000 − 4 400 = 72 600.
    assert_eq!(s.total, dec!(72600));
    // PFA (1 100 − 1 000) / (1 300 − 1 000) = 33,333… → 33,33 %; PMT 0 % (no gain, no baisse):
    // 22 000 × 33,33 % = 7 332,60; 7 332,60 − 11 000 = −3 667,40.
    let (m, solde, _) = year_3(mg(), json!({}), res((1000, 1300, 1100), (800, 900, 800)));
    assert_eq!((m, solde), (dec!(33.33), dec!(-3667.40)));
}

/// Pédiatres follow the généralistes' table (PFA and PMT).
#[test]
fn modulation_pediatres_on_both_indicators() {
    let ped = exercice(json!({"specialite": "pediatrie"}));
    // PFA (550 − 500) / 100 = 50 %, PMT (240 − 200) / 50 = 80 % → 80 %:
    // 22 000 × 80 % = 17 600; 17 600 − 11 000 = 6 600.
    let (m, solde, _) = year_3(
        ped.clone(),
        json!({}),
        res((500, 600, 550), (200, 250, 240)),
    );
    assert_eq!((m, solde), (dec!(80), dec!(6600)));
    // PFA en baisse, PMT atteint → 0 %.
    let (m, solde, _) = year_3(ped, json!({}), res((500, 600, 490), (200, 250, 260)));
    assert_eq!((m, solde), (dec!(0), dec!(-11000)));
}

/// Other specialists: PFA alone, whatever the PMT.
#[test]
fn modulation_other_specialists_row_by_row() {
    for (results, part, balance) in [
        // PFA atteint (1 200 ≥ 1 200) → 100 %: 22 000 − 11 000 = 11 000.
        (res((1000, 1200, 1200), (0, 0, 0)), dec!(100), dec!(11000)),
        // Non atteint sans baisse: (1 150 − 1 000) / (1 200 − 1 000) = 75 %:
        // 22 000 × 75 % = 16 500; 16 500 − 11 000 = 5 500.
        (res((1000, 1200, 1150), (0, 0, 0)), dec!(75), dec!(5500)),
        // Non atteint avec baisse (990) → 0 %, even with a PMT atteint (not counted).
        (
            res((1000, 1200, 990), (800, 900, 950)),
            dec!(0),
            dec!(-11000),
        ),
        // A PMT en baisse does not count either: PFA atteint → 100 %.
        (
            res((1000, 1200, 1250), (800, 900, 500)),
            dec!(100),
            dec!(11000),
        ),
    ] {
        let (m, solde, _) = year_3(specialiste(), json!({}), results.clone());
        assert_eq!((m, solde), (part, balance), "{results}");
    }
}

/// §4.4, patientèle at the P95 or above: keep the starting patientèle, tolerance 0 to −5 %.
/// 1 ETP P95: maximum 38 000 €, deposit 19 000 €.
#[test]
fn tolerance_at_the_p95() {
    let p95 = json!({"bande_patientele": "p95_et_plus"});
    // PFA 960 = −4 %, PMT 950 = −5 % exactly: within the tolerance → 100 %:
    // 38 000 − 19 000 = 19 000 (the objectives entered do not matter).
    let (m, solde, s) = year_3(mg(), p95.clone(), res((1000, 1200, 960), (1000, 1200, 950)));
    assert_eq!((m, solde), (dec!(100), dec!(19000)));
    let e = &s.annees_contrat[2].explication;
    assert!(e.contains("patientèle au P95 ou plus"), "{e}");
    assert!(e.contains("tolérance de -5\u{a0}%"), "{e}");
    // Beyond: PFA 900 / (1 000 × 95 %) = 94,736… → 94,74 %; PMT 700 / 760 = 92,105… → 92,11 %;
    // both must be kept (issue 16, error 1): the lower, 92,11 %: 38 000 × 92,11 % = 35 001,80;
    // 35 001,80 − 19 000 = 16 001,80.
    let (m, solde, _) = year_3(mg(), p95.clone(), res((1000, 0, 900), (800, 0, 700)));
    assert_eq!((m, solde), (dec!(92.11), dec!(16001.80)));
    // Another specialist (PFA alone): 940 / 950 = 98,947… → 98,95 %:
    // 38 000 × 98,95 % = 37 601; 37 601 − 19 000 = 18 601.
    let (m, solde, s) = year_3(specialiste(), p95, res((1000, 0, 940), (0, 0, 0)));
    assert_eq!((m, solde), (dec!(98.95), dec!(18601)));
    assert!(s.interpretations.iter().any(|i| i.contains(
        "Au P95 comme à 65 ans et plus, au-delà de la tolérance, l'aide est proratisée sur la patientèle réalisée rapportée au plancher de tolérance"
    )));
}

/// §4.4, 65 years or more: keep the starting patientèle, tolerance 0 to −10 % (« si la patientèle
/// diminue jusqu'à 10 % l'aide sera versée intégralement. Au-delà l'aide sera proratisée »).
/// Born 01/03/1959: 67 years at the start of the 3rd year (01/09/2026). P30–P90, 1 ETP.
#[test]
fn tolerance_at_65_years() {
    let senior = exercice(json!({"date_naissance": "1959-03-01"}));
    // PFA −9 %, PMT −10 % exactly → 100 %: 22 000 − 11 000 = 11 000.
    let (m, solde, s) = year_3(
        senior.clone(),
        json!({}),
        res((1000, 1100, 910), (1000, 1100, 900)),
    );
    assert_eq!((m, solde), (dec!(100), dec!(11000)));
    let e = &s.annees_contrat[2].explication;
    assert!(e.contains("65 ans ou plus"), "{e}");
    assert!(e.contains("tolérance de -10\u{a0}%"), "{e}");
    // Beyond: PFA 850 / 900 = 94,44 %, PMT 800 / 900 = 88,89 %; both must be kept (issue 16,
    // error 1): the lower, 88,89 %: 22 000 × 88,89 % = 19 555,80; 19 555,80 − 11 000 = 8 555,80.
    let (m, solde, _) = year_3(senior, json!({}), res((1000, 1100, 850), (1000, 1100, 800)));
    assert_eq!((m, solde), (dec!(88.89), dec!(8555.80)));
    // The age is read at the signature, 01/09/2024 (issue 16, reading 5). 65 on that very day
    // (born 01/09/1959): the tolerance applies → 100 %.
    let (m, _, s) = year_3(
        exercice(json!({"date_naissance": "1959-09-01"})),
        json!({}),
        res((1000, 1100, 950), (1000, 1100, 950)),
    );
    assert_eq!(m, dec!(100));
    assert!(s.interpretations.iter().any(|i| i
        .contains("L'âge est apprécié à la signature du contrat, qui fixe les objectifs (§4.4)")));
    // 64 at the signature (born 02/09/1959): the growth table; both en baisse → 0 %.
    let (m, solde, _) = year_3(
        exercice(json!({"date_naissance": "1959-09-02"})),
        json!({}),
        res((1000, 1100, 950), (1000, 1100, 950)),
    );
    assert_eq!((m, solde), (dec!(0), dec!(-11000)));
}

/// Issue 16, reading 5: born 01/10/1961, 62 at the signature (01/09/2024), 64 when the 3rd year
/// starts (01/09/2026), 65 when the 4th does (01/09/2027). The objectives are those signed: the
/// growth table both years. PFA and PMT −5 % (950 / 1 000) each year: both en baisse → 0 %,
/// balances 22 000 × 0 % − 11 000 = −11 000 each. Before: year 3 at 0 %, year 4 at 100 %.
#[test]
fn the_age_regime_is_fixed_at_the_signature() {
    let year = res((1000, 1100, 950), (1000, 1100, 950));
    let s = sched(
        exercice(json!({"date_naissance": "1961-10-01"})),
        json!({"annees": 4, "resultats": [year.clone(), year]}),
    );
    let m: Vec<Decimal> = s.annees_contrat.iter().map(|y| y.modulation).collect();
    assert_eq!(m, [dec!(100), dec!(100), dec!(0), dec!(0)]);
    assert_eq!(
        am_versements(&s)[5..],
        [v("2028-09-01", 4, "solde", dec!(-11000)),]
    );
}

/// Issue 16, error 1: 65 and more (born 01/01/1950), 1 ETP P30–P90, file active kept (1 000 →
/// 1 000), patientèle médecin traitant 800 → 400. Both indicators must be kept: PFA 100 %; PMT
/// floor 800 × (100 − 10) % = 720, 400 / 720 = 55,555… → 55,56 %; the lower, 55,56 %:
/// 22 000 × 55,56 % = 12 223,20; balance 12 223,20 − 11 000 = 1 223,20 (before: 11 000, the
/// PFA kept paid the whole aid).
#[test]
fn at_65_a_falling_indicator_prorates_the_aid() {
    let senior = exercice(json!({"date_naissance": "1950-01-01"}));
    let results = res((1000, 1000, 1000), (800, 800, 400));
    let (m, solde, s) = year_3(senior.clone(), json!({}), results.clone());
    assert_eq!((m, solde), (dec!(55.56), dec!(1223.20)));
    assert!(s.annees_contrat[2]
        .explication
        .ends_with("PFA 100\u{a0}% ; PMT 55,56\u{a0}% → le plus bas des deux"));
    // The same through the year's report of 2027 (the 3rd year's balance alone).
    let text = assistant_profile(
        senior,
        contrat(json!({"annees": 3, "resultats": [results]})),
    );
    let r = report(&text, 2027);
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_3.SOLDE"), dec!(1223.20));
    // At the P95 (1 ETP: maximum 38 000, deposit 19 000), PFA kept, PMT 800 → 700: floor
    // 800 × 95 % = 760, 700 / 760 = 92,105… → 92,11 %: 38 000 × 92,11 % = 35 001,80;
    // 35 001,80 − 19 000 = 16 001,80 (before: 19 000).
    let (m, solde, _) = year_3(
        mg(),
        json!({"bande_patientele": "p95_et_plus"}),
        res((1000, 0, 1000), (800, 0, 700)),
    );
    assert_eq!((m, solde), (dec!(92.11), dec!(16001.80)));
}

/// At the P95 and 65 or more, the wider tolerance (−10 %) is the one applied.
#[test]
fn age_tolerance_prevails_over_the_p95_one() {
    // P95: maximum 38 000, deposit 19 000; PFA and PMT −8 %: within −10 % → 100 %: 19 000.
    let (m, solde, _) = year_3(
        exercice(json!({"date_naissance": "1950-01-01"})),
        json!({"bande_patientele": "p95_et_plus"}),
        res((1000, 0, 920), (1000, 0, 920)),
    );
    assert_eq!((m, solde), (dec!(100), dec!(19000)));
}

/// §4.3: for the options 1,5 and 2 ETP at the P95 or above, the objective is a fixed increase,
/// not the maintenance with the −5 % tolerance: the table of §4.5 applies to the objectives.
/// 1,5 ETP P95: maximum 57 000 €, deposit 28 500 €.
#[test]
fn one_and_a_half_at_the_p95_has_an_increase_objective() {
    let extra = json!({"option": "1.5", "bande_patientele": "p95_et_plus", "objectifs_1_etp_atteints": true});
    // PFA 980 and PMT 790: within −5 % of the start, but en baisse → 0 %: 0 − 28 500 = −28 500.
    let (m, solde, _) = year_3(
        mg_zip(),
        extra.clone(),
        res((1000, 1100, 980), (800, 900, 790)),
    );
    assert_eq!((m, solde), (dec!(0), dec!(-28500)));
    // PFA 50 %, PMT (870 − 800) / 100 = 70 % → 70 %: 57 000 × 70 % = 39 900;
    // 39 900 − 28 500 = 11 400.
    let (m, solde, _) = year_3(mg_zip(), extra, res((1000, 1100, 1050), (800, 900, 870)));
    assert_eq!((m, solde), (dec!(70), dec!(11400)));
}

/// §4.4, primo-installé: the year after the avenant fixing a new objective is paid at full rate.
#[test]
fn primo_installe_new_objective_gives_a_full_next_year() {
    let s = sched(
        mg(),
        json!({"annees": 4, "resultats": [
            // Year 3: PFA 50 %, PMT 60 % → 60 %: 13 200 − 11 000 = 2 200; new objective fixed.
            merged(res((1000, 1100, 1050), (800, 900, 860)), json!({"nouvel_objectif_primo_installe": true})),
            // Year 4: both en baisse, yet the year after the avenant → 100 %: 22 000 − 11 000.
            res((1000, 1100, 900), (800, 900, 700)),
        ]}),
    );
    let m: Vec<Decimal> = s.annees_contrat.iter().map(|y| y.modulation).collect();
    assert_eq!(m, [dec!(100), dec!(100), dec!(60), dec!(100)]);
    assert_eq!(
        am_versements(&s)[3..],
        [
            v("2027-09-01", 3, "solde", dec!(2200)),
            v("2027-09-01", 4, "acompte", dec!(11000)),
            v("2028-09-01", 4, "solde", dec!(11000)),
        ]
    );
    assert!(s.annees_contrat[3].explication.contains("primo-installé"));
}

// ---------------------------------------------------------------------------------------------
// §4.1 and §4.3: eligibility
// ---------------------------------------------------------------------------------------------

fn refused(exercice: Value, extra: Value) -> String {
    let s = sched(exercice, extra);
    assert!(s.versements.is_empty() && s.annees_contrat.is_empty());
    assert_eq!(s.total, dec!(0));
    s.motif_ineligibilite.expect("a refusal")
}

#[test]
fn excluded_specialties_are_refused() {
    for (specialite, name) in [
        ("radiologie", "radiologie"),
        ("radiotherapie", "radiothérapie"),
        ("stomatologie", "stomatologie"),
        ("anesthesie", "anesthésie"),
        ("anatomocytopathologie", "anatomocytopathologie"),
        ("medecine_nucleaire", "médecine nucléaire"),
    ] {
        let motif = refused(exercice(json!({"specialite": specialite})), json!({}));
        assert_eq!(
            motif,
            format!("La spécialité « {name} » est exclue de l'aide (§4.1).")
        );
    }
}

#[test]
fn surgeons_only_under_20_percent_of_ccam() {
    let chir = exercice(json!({"specialite": "chirurgie"}));
    // The share not entered: refused, the rule said.
    let motif = refused(chir.clone(), json!({}));
    assert!(motif.contains("CCAM font moins de 20\u{a0}%"), "{motif}");
    assert!(motif.ends_with("saisissez leur part."), "{motif}");
    // « moins de 20 % »: 20 % is refused…
    let motif = refused(chir.clone(), json!({"part_ccam_pourcent": 20}));
    assert!(motif.ends_with("ils en font 20\u{a0}%."), "{motif}");
    // … 19,99 % (typed the French way) is eligible: 38 000 the 1st year.
    for part in [json!("19,99"), json!(15)] {
        let s = sched(chir.clone(), json!({"part_ccam_pourcent": part}));
        assert_eq!(s.motif_ineligibilite, None, "{part}");
        assert_eq!(am_maxima(&s)[0], dec!(38000));
    }
    // Not a surgeon: the share does not matter.
    assert_eq!(
        sched(mg(), json!({"part_ccam_pourcent": 90})).motif_ineligibilite,
        None
    );
}

/// The threshold is the parameter `am.ccam.max`: a scenario at 25 % makes a surgeon at 20 %
/// eligible, and the refusal of one at 30 % says 25 %.
#[test]
fn the_surgeons_threshold_is_the_parameter() {
    let params = forfaits::Parameters::official().with_overrides(
        "CCAM 25 %",
        [(&forfaits::params::assistant_medical::CCAM_MAX, dec!(25))],
    );
    let chir = exercice(json!({"specialite": "chirurgie"}));
    let schedule = |part: i64| {
        let text = assistant_profile(chir.clone(), contrat(json!({"part_ccam_pourcent": part})));
        match forfaits::Outcome::of_schedule(forfaits::input::from_json(&text), &params) {
            forfaits::Outcome::Echeancier {
                echeancier: Some(s),
            } => s,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(schedule(20).motif_ineligibilite, None);
    let motif = schedule(30).motif_ineligibilite.expect("refused");
    assert!(motif.contains("moins de 25\u{a0}%"), "{motif}");
}

/// The sentences that state a rate are built from the parameters: a scenario with a
/// revalorisation of 10 % and a 1/3 ETP deposit of 60 % changes the amounts and the readings.
/// 1/3 ETP signed 01/09/2023: 1st year 12 600 / 1,1 = 11 454,55 → 11 455; deposit
/// 60 % × 11 455 = 6 873; balance 11 455 − 6 873 = 4 582.
#[test]
fn readings_follow_a_scenario() {
    use forfaits::params::assistant_medical as am;
    let params = forfaits::Parameters::official().with_overrides(
        "Autres taux",
        [
            (&am::REVALORISATION, dec!(10)),
            (&am::ACOMPTE_TIERS, dec!(60)),
        ],
    );
    let text = assistant_profile(mg(), contrat(tiers(json!({"annees": 1}))));
    let s = match forfaits::Outcome::of_schedule(forfaits::input::from_json(&text), &params) {
        forfaits::Outcome::Echeancier {
            echeancier: Some(s),
        } => s,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        am_versements(&s),
        [
            v("2023-09-01", 1, "acompte", dec!(6873)),
            v("2024-09-01", 1, "solde", dec!(4582)),
        ]
    );
    assert!(s.interpretations.iter().any(|i| i.contains(
        "revalorisation de 10\u{a0}% ne sont pas dans les sources : ils sont déduits des montants revalorisés (divisés par 1,1,"
    )));
    assert!(s
        .interpretations
        .iter()
        .any(|i| i.contains("(60\u{a0}% d'acompte, 40\u{a0}% de solde)")));
    assert_eq!(s.versements[0].pourquoi, "1re année : acompte de 60\u{a0}%");
}

#[test]
fn the_ccam_share_is_a_percentage() {
    let chir = exercice(json!({"specialite": "chirurgie"}));
    for (part, message) in [
        (
            json!("douze"),
            "Pourcentage attendu (par exemple 15 ou 12,5).",
        ),
        (json!(-1), "Une part des honoraires va de 0 à 100 %."),
        (json!(100.5), "Une part des honoraires va de 0 à 100 %."),
    ] {
        let e = echeancier_errors(&assistant_profile(
            chir.clone(),
            contrat(json!({"part_ccam_pourcent": part})),
        ));
        assert_eq!(
            champs(&e),
            ["assistant_medical.part_ccam_pourcent"],
            "{part}"
        );
        assert_eq!(e[0].message, message);
    }
}

#[test]
fn secteur_2_only_with_optam() {
    let motif = refused(exercice(json!({"secteur": "2"})), json!({}));
    assert!(
        motif.contains("secteur 1 et au secteur 2 adhérant à l'OPTAM"),
        "{motif}"
    );
    for optam in ["optam", "optam_aco"] {
        let s = sched(exercice(json!({"secteur": "2", "optam": optam})), json!({}));
        assert_eq!(s.motif_ineligibilite, None, "{optam}");
        assert_eq!(s.total, dec!(132000)); // as the secteur 1 contract above
    }
}

#[test]
fn a_patientele_below_the_p30_is_refused() {
    let motif = refused(mg(), json!({"bande_patientele": "sous_p30"}));
    assert_eq!(
        motif,
        "Une patientèle au moins au P30 de la spécialité est requise (§4.1)."
    );
}

/// 1,5 and 2 ETP: ZIP, généraliste not MEP, the 1 ETP objectives all met.
#[test]
fn one_and_a_half_and_two_conditions() {
    let ok = json!({"objectifs_1_etp_atteints": true});
    for option in ["1.5", "2"] {
        let label = if option == "2" { "2 ETP" } else { "1,5 ETP" };
        let with = |extra: Value| merged(merged(ok.clone(), json!({"option": option})), extra);
        // Outside a ZIP.
        let motif = refused(mg(), with(json!({})));
        assert_eq!(
            motif,
            format!("L'option {label} demande de exercer en ZIP (§4.3).")
        );
        // In a ZIP, but not a généraliste (a pédiatre, another specialist).
        for specialite in ["pediatrie", "autre_specialite"] {
            let motif = refused(
                exercice(json!({"zonage": "zip", "specialite": specialite})),
                with(json!({})),
            );
            assert!(
                motif.contains("être médecin généraliste (hors MEP)"),
                "{motif}"
            );
        }
        // A MEP.
        let motif = refused(mg_zip(), with(json!({"mep": true})));
        assert!(
            motif.contains("être médecin généraliste (hors MEP)"),
            "{motif}"
        );
        // The 1 ETP objectives not all met.
        let motif = refused(mg_zip(), with(json!({"objectifs_1_etp_atteints": false})));
        assert_eq!(
            motif,
            format!("L'option {label} demande de avoir atteint tous les objectifs du contrat 1 ETP (§4.3).")
        );
        // Everything missing: the three conditions listed.
        let motif = refused(
            exercice(json!({"zonage": "zac", "specialite": "autre_specialite"})),
            json!({"option": option}),
        );
        assert!(motif.contains("exercer en ZIP, être médecin généraliste (hors MEP), avoir atteint tous les objectifs du contrat 1 ETP"), "{motif}");
    }
}

/// 1,5 ETP accepted: years 1–2 as 1 ETP, then 33 000 (deposit 16 500); 2 ETP: 44 000 (22 000).
#[test]
fn one_and_a_half_and_two_accepted() {
    let s = sched(
        mg_zip(),
        json!({"option": "1.5", "objectifs_1_etp_atteints": true}),
    );
    assert_eq!(
        am_versements(&s)[..4],
        [
            v("2024-09-01", 1, "integral", dec!(38000)),
            v("2025-09-01", 2, "integral", dec!(28000)),
            v("2026-09-01", 3, "acompte", dec!(16500)), // 50 % × 33 000
            v("2027-09-01", 3, "solde", dec!(16500)),   // 33 000 − 16 500
        ]
    );
    // 38 000 + 28 000 + 3 × 33 000 = 165 000
    assert_eq!(s.total, dec!(165000));
    let s = sched(
        mg_zip(),
        json!({"option": "2", "objectifs_1_etp_atteints": true}),
    );
    assert_eq!(
        am_versements(&s)[2..4],
        [
            v("2026-09-01", 3, "acompte", dec!(22000)), // 50 % × 44 000
            v("2027-09-01", 3, "solde", dec!(22000)),
        ]
    );
    // 38 000 + 28 000 + 3 × 44 000 = 198 000
    assert_eq!(s.total, dec!(198000));
}

/// Issue 16, error 3: the options 1,5 and 2 ETP are created by the convention (§4.3), their
/// amounts from 22/06/2024. A 1,5 ETP contract signed 01/03/2021 (ZIP, objectives met) has its
/// 3rd and 4th years start on 01/03/2023 and 01/03/2024, before the option exists: they are the
/// 1 ETP's, not revalorised, 22 000 / 1,05 = 20 952,38 → 20 952 (deposit 10 476, balance
/// 10 476). The 5th, from 01/03/2025: 1,5 ETP, 33 000 (16 500 + 16 500).
/// Total 36 190 + 26 667 + 2 × 20 952 + 33 000 = 137 761 (before: 158 715, the 3rd and 4th years
/// paid 33 000 / 1,05 = 31 429 each).
#[test]
fn the_one_and_a_half_and_two_options_start_when_they_exist() {
    let extra = |option: &str, signature: &str| json!({"option": option, "date_signature": signature, "objectifs_1_etp_atteints": true});
    let s = sched(mg_zip(), extra("1.5", "2021-03-01"));
    assert_eq!(
        am_maxima(&s),
        [
            dec!(36190),
            dec!(26667),
            dec!(20952),
            dec!(20952),
            dec!(33000)
        ]
    );
    assert_eq!(
        s.annees_contrat
            .iter()
            .map(|y| y.revalorise)
            .collect::<Vec<_>>(),
        [false, false, false, false, true]
    );
    assert_eq!(
        am_versements(&s)[2..],
        [
            v("2023-03-01", 3, "acompte", dec!(10476)),
            v("2024-03-01", 3, "solde", dec!(10476)),
            v("2024-03-01", 4, "acompte", dec!(10476)),
            v("2025-03-01", 4, "solde", dec!(10476)),
            v("2025-03-01", 5, "acompte", dec!(16500)),
            v("2026-03-01", 5, "solde", dec!(16500)),
        ]
    );
    assert_eq!(s.total, dec!(137761));
    assert!(s.interpretations.iter().any(|i| i
        .contains("comme les années commencées avant que ces options n'existent (le 22/06/2024)")));
    // The report of 2024: the 3rd year's balance and the 4th year's deposit, 10 476 + 10 476.
    let r = report(
        &assistant_profile(mg_zip(), contrat(extra("1.5", "2021-03-01"))),
        2024,
    );
    assert_eq!(dispositif(&r, "ASSISTANT_MEDICAL").total, dec!(20952));
    // 2 ETP: the 5th year 44 000: 36 190 + 26 667 + 2 × 20 952 + 44 000 = 148 761.
    let s = sched(mg_zip(), extra("2", "2021-03-01"));
    assert_eq!(am_maxima(&s)[4], dec!(44000));
    assert_eq!(s.total, dec!(148761));
    // Signed 01/09/2021: the 3rd year (01/09/2023) is the 1 ETP's, 20 952; the 4th, from
    // 01/09/2024, is the 1,5 ETP's, 33 000: 36 190 + 26 667 + 20 952 + 2 × 33 000 = 149 809.
    let s = sched(mg_zip(), extra("1.5", "2021-09-01"));
    assert_eq!(
        am_maxima(&s),
        [
            dec!(36190),
            dec!(26667),
            dec!(20952),
            dec!(33000),
            dec!(33000)
        ]
    );
    assert_eq!(s.total, dec!(149809));
}

// ---------------------------------------------------------------------------------------------
// §4.8 a: early termination and carence
// ---------------------------------------------------------------------------------------------

/// Resigned on 01/03/2027, in the 3rd year: its deposit (01/09/2026) was paid, its balance
/// (01/09/2027) and the later years are not.
#[test]
fn early_termination_stops_the_payments() {
    let s = sched(mg(), json!({"date_resiliation": "2027-03-01"}));
    assert_eq!(
        am_versements(&s),
        [
            v("2024-09-01", 1, "integral", dec!(38000)),
            v("2025-09-01", 2, "integral", dec!(28000)),
            v("2026-09-01", 3, "acompte", dec!(11000)),
        ]
    );
    assert_eq!(s.annees_contrat.len(), 3);
    // 38 000 + 28 000 + 11 000 = 77 000
    assert_eq!(s.total, dec!(77000));
    assert_eq!(
        am_par_annee(&s),
        [
            (2024, dec!(38000)),
            (2025, dec!(28000)),
            (2026, dec!(11000))
        ]
    );
    // Carence of two years from the resiliation: 01/03/2027 → 01/03/2029.
    assert!(s.notes.contains(&"Après la fin du contrat (01/03/2027), un nouveau contrat ne peut être signé qu'à partir du 01/03/2029 (délai de carence, §4.8 a).".to_owned()));
    assert!(s
        .notes
        .iter()
        .any(|n| n.starts_with("Résiliation anticipée")));
    // The year's report of 2027: nothing falls due.
    let r = report(
        &assistant_profile(mg(), contrat(json!({"date_resiliation": "2027-03-01"}))),
        2027,
    );
    let d = dispositif(&r, "ASSISTANT_MEDICAL");
    assert_eq!(d.total, dec!(0));
    assert_eq!(
        d.motif_absence.as_deref(),
        Some("Aucun versement de l'aide n'échoit en 2027.")
    );
}

/// 1/3 ETP signed 01/03/2024, resigned on 31/01/2025, in the 1st year: only its 70 % deposit,
/// 70 % × (12 600 / 1,05 = 12 000) = 8 400 €.
#[test]
fn early_termination_in_the_first_year_of_a_third_option() {
    let s = sched(
        mg(),
        tiers(json!({"date_signature": "2024-03-01", "date_resiliation": "2025-01-31"})),
    );
    assert_eq!(
        am_versements(&s),
        [v("2024-03-01", 1, "acompte", dec!(8400))]
    );
    assert_eq!(s.total, dec!(8400));
    // 31/01/2025 + 2 years = 31/01/2027.
    assert!(s.notes.iter().any(|n| n.contains("à partir du 31/01/2027")));
}

// ---------------------------------------------------------------------------------------------
// The yearly report: dispositif « ASSISTANT_MEDICAL », the payments falling in the year
// ---------------------------------------------------------------------------------------------

#[test]
fn yearly_report_holds_the_payments_of_the_calendar_year() {
    let text = assistant_profile(mg(), contrat(json!({})));
    // 2024: year 1 in full, 38 000.
    let r = report(&text, 2024);
    let d = dispositif(&r, "ASSISTANT_MEDICAL");
    assert_eq!(d.total, dec!(38000));
    assert_eq!(
        amount(&r, "ASSISTANT_MEDICAL.ANNEE_1.INTEGRAL"),
        dec!(38000)
    );
    // 2026: the 3rd year's deposit, 11 000.
    let r = report(&text, 2026);
    assert_eq!(dispositif(&r, "ASSISTANT_MEDICAL").total, dec!(11000));
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_3.ACOMPTE"), dec!(11000));
    // 2027: the 3rd year's balance and the 4th year's deposit, 11 000 + 11 000 = 22 000.
    let r = report(&text, 2027);
    let d = dispositif(&r, "ASSISTANT_MEDICAL");
    assert_eq!(d.total, dec!(22000));
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_3.SOLDE"), dec!(11000));
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_4.ACOMPTE"), dec!(11000));
    assert_eq!(payments(&r, "Assistant médical").len(), 2);
    // 2030: after the last balance (01/09/2029), nothing.
    let r = report(&text, 2030);
    assert_eq!(dispositif(&r, "ASSISTANT_MEDICAL").total, dec!(0));
}

/// The circular's example in the report of 2024: 10 476 (3rd year's balance, not revalorised)
/// + 11 000 (4th year's deposit, revalorised) = 21 476.
#[test]
fn yearly_report_of_the_revalorisation_example() {
    let text = assistant_profile(mg(), contrat(json!({"date_signature": "2021-11-15"})));
    let r = report(&text, 2024);
    assert_eq!(dispositif(&r, "ASSISTANT_MEDICAL").total, dec!(21476));
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_3.SOLDE"), dec!(10476));
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_4.ACOMPTE"), dec!(11000));
    // 2021: the 1st year in full, 36 190.
    let r = report(&text, 2021);
    assert_eq!(
        amount(&r, "ASSISTANT_MEDICAL.ANNEE_1.INTEGRAL"),
        dec!(36190)
    );
}

/// 1/3 ETP signed 01/09/2023, in 2024: 3 600 (1st year's balance) + 6 615 (2nd year's deposit)
/// = 10 215; a negative balance is reported as such.
#[test]
fn yearly_report_of_a_third_option_and_of_a_negative_balance() {
    let r = report(&assistant_profile(mg(), contrat(tiers(json!({})))), 2024);
    assert_eq!(dispositif(&r, "ASSISTANT_MEDICAL").total, dec!(10215));
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_1.SOLDE"), dec!(3600));
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_2.ACOMPTE"), dec!(6615));
    // Year 3 at 30 % (see prorated_balance_below_the_deposit): the 2027 report holds its balance,
    // −4 400, and the 4th year's deposit, 11 000: 6 600.
    let text = assistant_profile(
        mg(),
        contrat(json!({"resultats": [res((1000, 1100, 1020), (800, 900, 830))]})),
    );
    let r = report(&text, 2027);
    assert_eq!(amount(&r, "ASSISTANT_MEDICAL.ANNEE_3.SOLDE"), dec!(-4400));
    assert_eq!(dispositif(&r, "ASSISTANT_MEDICAL").total, dec!(6600));
}

/// The year's dispositif computes only the contract years that pay in it: year after year, its
/// totals (the report's and the fast path's, which `report` compares) add up to the schedule's.
#[test]
fn yearly_payments_add_up_to_the_schedule() {
    for (exercice, extra) in [
        // The circular's example, with a 3rd year at 75 % and a 4th year at 30 % (negative
        // balance).
        (
            mg(),
            json!({"date_signature": "2021-11-15", "resultats": [
                res((1500, 1700, 1650), (0, 0, 0)),
                res((1000, 1100, 1020), (800, 900, 830)),
            ]}),
        ),
        (
            mg(),
            tiers(json!({"date_signature": "2022-03-01", "annees": 7})),
        ),
        (
            mg_zip(),
            json!({"option": "1.5", "date_signature": "2021-03-01", "objectifs_1_etp_atteints": true}),
        ),
        (mg(), json!({"date_resiliation": "2027-03-01"})),
    ] {
        let text = assistant_profile(exercice, contrat(extra));
        let s = echeancier(&text);
        let by_year: Decimal = (2021..=2035)
            .map(|annee| dispositif(&report(&text, annee), "ASSISTANT_MEDICAL").total)
            .sum();
        assert_eq!(by_year, s.total, "{text}");
    }
}

#[test]
fn yearly_report_of_a_refused_or_absent_contract() {
    let r = report(
        &assistant_profile(
            exercice(json!({"specialite": "radiologie"})),
            contrat(json!({})),
        ),
        2026,
    );
    let d = dispositif(&r, "ASSISTANT_MEDICAL");
    assert_eq!(d.total, dec!(0));
    assert_eq!(
        d.motif_absence.as_deref(),
        Some("La spécialité « radiologie » est exclue de l'aide (§4.1).")
    );
    // No contract: no schedule, and the dispositif says so.
    let text = json!({"exercice": mg()}).to_string();
    assert!(matches!(
        schedule_outcome(&text),
        forfaits::Outcome::Echeancier { echeancier: None }
    ));
    let r = report(&text, 2026);
    assert_eq!(
        dispositif(&r, "ASSISTANT_MEDICAL").motif_absence.as_deref(),
        Some("Pas de contrat d'assistant médical saisi.")
    );
}

// ---------------------------------------------------------------------------------------------
// Validation: errors placed on their fields
// ---------------------------------------------------------------------------------------------

fn champs(errors: &[forfaits::FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.champ.as_str()).collect()
}

#[test]
fn signature_date_missing_or_impossible() {
    for date in [json!(""), json!(null)] {
        let e = echeancier_errors(&assistant_profile(
            mg(),
            contrat(json!({"date_signature": date})),
        ));
        assert_eq!(champs(&e), ["assistant_medical.date_signature"]);
        assert_eq!(e[0].message, "Date de signature du contrat obligatoire.");
    }
    // No date at all.
    let e = echeancier_errors(&assistant_profile(mg(), json!({"option": "1"})));
    assert_eq!(champs(&e), ["assistant_medical.date_signature"]);
    // 30 February, 31/12/2024 typed the French way: impossible dates.
    for date in ["2025-02-30", "31/12/2024"] {
        let e = echeancier_errors(&assistant_profile(
            mg(),
            contrat(json!({"date_signature": date})),
        ));
        assert_eq!(champs(&e), ["assistant_medical.date_signature"], "{date}");
        assert!(e[0].message.starts_with("Date impossible"), "{date}");
    }
}

#[test]
fn resiliation_impossible_or_before_the_signature() {
    let e = echeancier_errors(&assistant_profile(
        mg(),
        contrat(json!({"date_resiliation": "2024-08-31"})),
    ));
    assert_eq!(champs(&e), ["assistant_medical.date_resiliation"]);
    assert_eq!(
        e[0].message,
        "La résiliation ne peut pas précéder la signature."
    );
    let e = echeancier_errors(&assistant_profile(
        mg(),
        contrat(json!({"date_resiliation": "2025-13-01"})),
    ));
    assert_eq!(champs(&e), ["assistant_medical.date_resiliation"]);
    assert!(e[0].message.starts_with("Date impossible"));
    // Resigned on the day of the signature: accepted, the 1st year's payment of that day stays.
    let s = sched(mg(), json!({"date_resiliation": "2024-09-01"}));
    assert_eq!(
        am_versements(&s),
        [v("2024-09-01", 1, "integral", dec!(38000))]
    );
}

#[test]
fn negative_results_are_refused_on_their_field() {
    let e = echeancier_errors(&assistant_profile(
        mg(),
        contrat(json!({"resultats": [
            res((1000, 1100, -1), (800, 900, 900)),
            res((1000, 1100, 1100), (800, -900, 900)),
        ]})),
    ));
    assert_eq!(
        champs(&e),
        [
            "assistant_medical.resultats.0.pfa_realisee",
            "assistant_medical.resultats.1.pmt_objectif",
        ]
    );
    assert!(e
        .iter()
        .all(|e| e.message == "Un nombre de patients ne peut pas être négatif."));
}

#[test]
fn contract_years_between_1_and_20() {
    for annees in [0, -1, 21] {
        let e = echeancier_errors(&assistant_profile(mg(), contrat(json!({"annees": annees}))));
        assert_eq!(champs(&e), ["assistant_medical.annees"], "{annees}");
        assert_eq!(e[0].message, "Nombre d'années de contrat entre 1 et 20.");
    }
    // 1 year: the 1st year alone, 38 000; 20 years: 38 000 + 28 000 + 18 × 22 000 = 462 000.
    assert_eq!(sched(mg(), json!({"annees": 1})).total, dec!(38000));
    let s = sched(mg(), json!({"annees": 20}));
    assert_eq!(s.annees_contrat.len(), 20);
    assert_eq!(s.total, dec!(462000));
}

#[test]
fn unknown_option_is_a_read_error_on_its_field() {
    let e = echeancier_errors(&assistant_profile(mg(), contrat(json!({"option": "3"}))));
    assert_eq!(champs(&e), ["assistant_medical.option"]);
}

// ---------------------------------------------------------------------------------------------
// The CLI: `forfaits --assistant`
// ---------------------------------------------------------------------------------------------

fn cli(text: &str) -> (Option<i32>, Value) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_forfaits"))
        .arg("--assistant")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("profile written");
    let out = child.wait_with_output().expect("the CLI ends");
    let json = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    (out.status.code(), json)
}

#[test]
fn cli_prints_the_schedule() {
    let (code, out) = cli(&assistant_profile(
        mg(),
        contrat(json!({"date_signature": "2021-11-15"})),
    ));
    assert_eq!(code, Some(0));
    assert_eq!(out["statut"], "echeancier");
    let e = &out["echeancier"];
    assert_eq!(e["option"], "1 ETP");
    // The circular's example: 127 809 in all; 21 476 in 2024 (10 476 + 11 000).
    assert_eq!(e["total"], "127809.00");
    assert_eq!(
        e["par_annee_civile"][3],
        json!({"annee": 2024, "montant": "21476.00"})
    );
    assert_eq!(e["versements"][3]["date"], "2024-11-15");
    assert_eq!(e["versements"][3]["nature"], "solde");
    assert_eq!(e["versements"][3]["montant"], "10476.00");
    assert_eq!(e["annees_contrat"][3]["revalorise"], true);
    // A refused resiliation: exit 1, the error on its field.
    let (code, out) = cli(&assistant_profile(
        mg(),
        contrat(json!({"date_resiliation": "2020-01-01"})),
    ));
    assert_eq!(code, Some(1));
    assert_eq!(out["statut"], "erreurs");
    assert_eq!(
        out["erreurs"][0]["champ"],
        "assistant_medical.date_resiliation"
    );
}
