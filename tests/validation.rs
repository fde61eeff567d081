//! Validation of the profile: every error at once, each on its field path with a French message;
//! and no text, however broken, makes the calculator panic.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::{FieldError, Outcome, Parameters};
use proptest::prelude::*;
use serde_json::{json, Value};

const IMPOSSIBLE_DATE: &str =
    "Date impossible : saisissez une date du calendrier entre 1900 et 2100 (jj/mm/aaaa).";
const NEGATIVE: &str = "Un nombre de patients ne peut pas être négatif.";
const TOO_LARGE: &str = "Nombre trop grand : 100\u{a0}000 au plus.";

fn err(champ: &str, message: &str) -> FieldError {
    FieldError::new(champ, message)
}

fn no_english(errors: &[FieldError]) {
    for e in errors {
        for word in ["expected", "invalid", "unknown", "missing", "line "] {
            assert!(!e.message.contains(word), "English in {e:?}");
        }
    }
}

#[test]
fn every_error_at_once_on_its_field() {
    let text = profile(
        exercice(json!({
            "optam": "optam",
            "date_naissance": "2025-02-30",
            "date_premiere_installation": "31/12/2025",
            "contrat_demographique": {"type": "CAIM", "fin": "2025-13-01"},
        })),
        patientele(&[
            ("moins_2_ans", false, false, -1, 0),
            ("de_2_a_6_ans", true, true, 3, 5),
            ("de_7_a_74_ans", false, false, 10, 100_001),
        ]),
        prevention(&[("grippe", 5, 6), ("covid", 50, 0), ("hpv", 100_001, -2)]),
    );
    let errors = errors(&text, 2036);
    let expected = vec![
        err(
            "annee",
            "Année de calcul hors du champ du calculateur. Années calculées : 2012 à 2016 (convention de 2011) et 2021 à 2035.",
        ),
        err(
            "exercice.optam",
            "L'OPTAM et l'OPTAM-ACO sont des options du secteur 2 : choisissez « aucune » en secteur 1.",
        ),
        err("exercice.date_naissance", IMPOSSIBLE_DATE),
        err("exercice.date_premiere_installation", IMPOSSIBLE_DATE),
        err("exercice.contrat_demographique.fin", IMPOSSIBLE_DATE),
        err("patientele.moins_2_ans.hors_ald.hors_c2s.patients", NEGATIVE),
        err(
            "patientele.de_2_a_6_ans.ald.c2s.non_vus",
            "Plus de patients non vus (5) que de patients dans la case (3).",
        ),
        err("patientele.de_7_a_74_ans.hors_ald.hors_c2s.non_vus", TOO_LARGE),
        err(
            "prevention.grippe.valides",
            "Plus de patients validés (6) que d'éligibles (5).",
        ),
        // No « plus d'éligibles que de patients » for covid (50): the grid has a negative count, already
        // reported, so its total (−1 + 3 + 10) is not compared.
        err("prevention.hpv.eligibles", TOO_LARGE),
        err("prevention.hpv.valides", NEGATIVE),
    ];
    assert_eq!(errors, expected);
}

#[test]
fn counts_at_the_limits() {
    let cell = |patients, non_vus| {
        profile(
            exercice(json!({})),
            patientele(&[("de_80_ans_et_plus", true, true, patients, non_vus)]),
            json!({}),
        )
    };
    // 100 000 is accepted, 100 001 is not.
    // 100 000 × (100 € + 10 €) = 11 000 000 €
    assert_eq!(
        report(&cell(100_000, 0), 2026).total,
        rust_decimal_macros::dec!(11_000_000)
    );
    assert_eq!(
        errors(&cell(100_001, 0), 2026),
        vec![err(
            "patientele.de_80_ans_et_plus.ald.c2s.patients",
            TOO_LARGE
        )]
    );
    // non_vus = patients is accepted: 7 × 5 € = 35 €
    assert_eq!(
        report(&cell(7, 7), 2026).total,
        rust_decimal_macros::dec!(35)
    );
    assert_eq!(
        errors(&cell(7, 8), 2026),
        vec![err(
            "patientele.de_80_ans_et_plus.ald.c2s.non_vus",
            "Plus de patients non vus (8) que de patients dans la case (7).",
        )]
    );
    // Negative non_vus and a huge count: one error each, no comparison between them.
    assert_eq!(
        errors(&cell(i64::MAX, -1), 2026),
        vec![
            err("patientele.de_80_ans_et_plus.ald.c2s.patients", TOO_LARGE),
            err("patientele.de_80_ans_et_plus.ald.c2s.non_vus", NEGATIVE),
        ]
    );
}

#[test]
fn absurd_counts_in_every_cell_do_not_overflow() {
    let cells: Vec<_> = BANDS
        .iter()
        .flat_map(|&b| {
            [
                (b, false, false, i64::MAX, i64::MAX),
                (b, false, true, i64::MAX, i64::MIN),
                (b, true, false, i64::MIN, i64::MAX),
                (b, true, true, i64::MAX, 0),
            ]
        })
        .collect();
    let results: Vec<_> = INDICATORS
        .iter()
        .map(|&k| (k, i64::MAX, i64::MIN))
        .collect();
    let text = profile(
        exercice(json!({})),
        patientele(&cells),
        prevention(&results),
    );
    let errors = errors(&text, 2026);
    // Every count out of range is reported, and nothing else:
    // patients: 15 × MAX (too large) + 5 × MIN (negative); non_vus: 10 × MAX + 5 × MIN (+ 5 × 0);
    // prevention: 15 × (eligibles too large, valides negative).
    assert_eq!(errors.len(), 15 + 5 + 10 + 5 + 30);
    assert!(errors
        .iter()
        .all(|e| e.message == TOO_LARGE || e.message == NEGATIVE));
}

#[test]
fn eligibles_cannot_exceed_the_patientele() {
    let text = |eligibles| {
        profile(
            exercice(json!({})),
            patientele(&[
                ("de_7_a_74_ans", false, false, 30, 5),
                ("de_80_ans_et_plus", true, true, 10, 0),
            ]),
            prevention(&[("cancer_colorectal", eligibles, 1)]),
        )
    };
    // 30 + 10 = 40 patients, seen or not: 40 eligible patients are accepted, 1 × 5 € = 5 €
    assert_eq!(
        amount(&report(&text(40), 2026), "FMT.PREVENTION.CANCER_COLORECTAL"),
        rust_decimal_macros::dec!(5)
    );
    assert_eq!(
        errors(&text(41), 2026),
        vec![err(
            "prevention.cancer_colorectal.eligibles",
            "Plus d'éligibles (41) que de patients dans la patientèle médecin traitant (40).",
        )]
    );
}

#[test]
fn impossible_dates() {
    for (champ, key) in [
        ("exercice.date_naissance", "date_naissance"),
        (
            "exercice.date_premiere_installation",
            "date_premiere_installation",
        ),
    ] {
        for date in [
            "2025-02-30",
            "2025-02-29",
            "31/12/2025",
            "2025-12-31T00:00",
            "demain",
            "1899-12-31",
            "2101-01-01",
        ] {
            let text = profile(exercice(json!({ key: date })), json!({}), json!({}));
            assert_eq!(
                errors(&text, 2026),
                vec![err(champ, IMPOSSIBLE_DATE)],
                "{key} = {date}"
            );
        }
    }
    // A leap day exists in 2024; an empty or null date means « not given ».
    for date in [
        json!("2024-02-29"),
        json!(""),
        json!(null),
        json!(" 1970-01-01 "),
    ] {
        let text = profile(
            exercice(json!({"date_premiere_installation": date})),
            json!({}),
            json!({}),
        );
        report(&text, 2026);
    }
}

#[test]
fn installation_before_18_years_old() {
    let text = |install: &str| {
        profile(
            exercice(json!({
                "date_naissance": "2000-06-01",
                "date_premiere_installation": install,
            })),
            json!({}),
            json!({}),
        )
    };
    // 17 years old on 31/05/2018
    assert_eq!(
        errors(&text("2018-05-31"), 2026),
        vec![err(
            "exercice.date_premiere_installation",
            "Installation avant 18 ans : vérifiez la date d'installation et la date de naissance.",
        )]
    );
    // 18 years old on 01/06/2018
    report(&text("2018-06-01"), 2026);
}

#[test]
fn birth_date_too_recent() {
    // The last calculation year is 2035; a physician born after 2017 would be under 18.
    let text = |birth: &str| {
        profile(
            exercice(json!({"date_naissance": birth})),
            json!({}),
            json!({}),
        )
    };
    assert_eq!(
        errors(&text("2018-01-01"), 2026),
        vec![err(
            "exercice.date_naissance",
            "Date de naissance trop récente pour un médecin installé.",
        )]
    );
    report(&text("2017-12-31"), 2026);
}

#[test]
fn contract_ending_before_installation() {
    let text = profile(
        exercice(json!({
            "date_premiere_installation": "2015-01-01",
            "contrat_demographique": {"type": "COSCOM", "fin": "2014-12-31"},
        })),
        json!({}),
        json!({}),
    );
    assert_eq!(
        errors(&text, 2026),
        vec![err(
            "exercice.contrat_demographique.fin",
            "Le contrat ne peut pas finir avant la première installation.",
        )]
    );
}

#[test]
fn optam_only_in_secteur_2() {
    for optam in ["optam", "optam_aco"] {
        let one = profile(
            exercice(json!({"secteur": "1", "optam": optam})),
            json!({}),
            json!({}),
        );
        let errors = errors(&one, 2026);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].champ, "exercice.optam");
        let two = profile(
            exercice(json!({"secteur": "2", "optam": optam})),
            json!({}),
            json!({}),
        );
        report(&two, 2026);
    }
}

#[test]
fn calculation_year_out_of_range() {
    let text = profile(exercice(json!({})), json!({}), json!({}));
    let computed = "Années calculées : 2012 à 2016 (convention de 2011) et 2021 à 2035.";
    for annee in [2010, 2036, 0, -1, i32::MIN, i32::MAX] {
        assert_eq!(
            errors(&text, annee),
            vec![err(
                "annee",
                &format!("Année de calcul hors du champ du calculateur. {computed}"),
            )],
            "{annee}"
        );
    }
    // 2017 to 2020: the texts are not in the sources (circulaire 19/2011 for 2012–2016, avenant 9
    // from 2021); 2011: the conditions of the règlement arbitral of 2010 are not either.
    for annee in 2017..=2020 {
        let e = errors(&text, annee);
        assert_eq!(e.len(), 1, "{annee}");
        assert_eq!(e[0].champ, "annee");
        assert!(
            e[0].message.starts_with(&format!("Année {annee} non calculable : les années 2017 à 2020 relèvent de la convention de 2016"))
                && e[0].message.ends_with(computed),
            "{}",
            e[0].message
        );
    }
    let e = errors(&text, 2011);
    assert!(
        e[0].message.starts_with(
            "Année 2011 non calculable : l'aide à la télétransmission versée en mars 2012"
        ) && e[0].message.contains("règlement arbitral de 2010"),
        "{}",
        e[0].message
    );
    for annee in [2012, 2016, 2021, 2035] {
        report(&text, annee);
    }
}

// ---------------------------------------------------------------------------------------------
// Structural errors, found while reading the JSON (one at a time: the first one)
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_field_path_includes_the_field() {
    let cases = [
        (json!({"exercice": exercice(json!({})), "zzz": 1}), "zzz"),
        (
            json!({"exercice": exercice(json!({"zzz": 1}))}),
            "exercice.zzz",
        ),
        (
            json!({"exercice": exercice(json!({})), "patientele": {"de_7_a_74_ans": {"ald": {"c2s": {"foo": 1}}}}}),
            "patientele.de_7_a_74_ans.ald.c2s.foo",
        ),
        (
            json!({"exercice": exercice(json!({})), "patientele": {"de_8_a_74_ans": {}}}),
            "patientele.de_8_a_74_ans",
        ),
        (
            json!({"exercice": exercice(json!({})), "prevention": {"grippe": {"valide": 1}}}),
            "prevention.grippe.valide",
        ),
        (
            json!({"exercice": exercice(json!({"contrat_demographique": {"type": "CAIM", "debut": "2020-01-01"}}))}),
            "exercice.contrat_demographique.debut",
        ),
    ];
    for (value, champ) in cases {
        let e = read_error(&value.to_string());
        let field = champ.rsplit('.').next().unwrap();
        assert_eq!(e, err(champ, &format!("Champ inconnu : « {field} ».")));
    }
}

#[test]
fn unknown_enum_values() {
    let cases = [
        ("secteur", json!("3"), "3"),
        ("optam", json!("ocam"), "ocam"),
        ("specialite", json!("dermatologie"), "dermatologie"),
        ("zonage", json!("zrr"), "zrr"),
    ];
    for (key, value, shown) in cases {
        let text = json!({"exercice": exercice(json!({ key: value }))}).to_string();
        assert_eq!(
            read_error(&text),
            err(
                &format!("exercice.{key}"),
                &format!("Valeur non reconnue : « {shown} »."),
            )
        );
    }
    // A number or a list where a choice is expected
    for value in [json!(1), json!(null), json!(["1"])] {
        let text = json!({"exercice": exercice(json!({"secteur": value}))}).to_string();
        assert_eq!(
            read_error(&text),
            err(
                "exercice.secteur",
                "Valeur non reconnue : choisissez une des valeurs proposées."
            )
        );
    }
    let text = json!({"exercice": exercice(json!({"contrat_demographique": {"type": "caim"}}))});
    assert_eq!(
        read_error(&text.to_string()),
        err(
            "exercice.contrat_demographique.type",
            "Valeur non reconnue : « caim »."
        )
    );
}

#[test]
fn counts_must_be_whole_numbers() {
    const WHOLE: &str = "Nombre entier attendu (sans virgule).";
    for value in [
        json!(1.5),
        json!(2.0),
        json!("3"),
        json!(true),
        json!(null),
        json!([1]),
        json!({"n": 1}),
        json!(1e30),
        json!(18_446_744_073_709_551_615_u64),
    ] {
        let text = json!({
            "exercice": exercice(json!({})),
            "patientele": {"de_2_a_6_ans": {"hors_ald": {"c2s": {"non_vus": value}}}},
        });
        assert_eq!(
            read_error(&text.to_string()),
            err("patientele.de_2_a_6_ans.hors_ald.c2s.non_vus", WHOLE),
            "{value}"
        );
        let text =
            json!({"exercice": exercice(json!({})), "prevention": {"mrc": {"eligibles": value}}});
        assert_eq!(
            read_error(&text.to_string()),
            err("prevention.mrc.eligibles", WHOLE),
            "{value}"
        );
    }
}

#[test]
fn wrong_types_elsewhere() {
    let cases = [
        ("qpv", json!(1), "Oui ou non attendu."),
        ("qpv", json!("oui"), "Oui ou non attendu."),
        (
            "date_naissance",
            json!(19_700_101),
            "Texte attendu entre guillemets (une date s'écrit aaaa-mm-jj).",
        ),
        (
            "date_premiere_installation",
            json!(true),
            "Texte attendu entre guillemets (une date s'écrit aaaa-mm-jj).",
        ),
        (
            "contrat_demographique",
            json!(5),
            "Groupe de champs attendu (objet JSON entre accolades).",
        ),
    ];
    for (key, value, message) in cases {
        let text = json!({"exercice": exercice(json!({ key: value }))}).to_string();
        assert_eq!(
            read_error(&text),
            err(&format!("exercice.{key}"), message),
            "{key} = {value}"
        );
    }
    let text = json!({"exercice": exercice(json!({})), "patientele": 3}).to_string();
    assert_eq!(
        read_error(&text),
        err(
            "patientele",
            "Groupe de champs attendu (objet JSON entre accolades)."
        )
    );
}

#[test]
fn missing_and_malformed() {
    assert_eq!(
        read_error(r#"{"exercice": {"secteur": "1"}}"#),
        err(
            "exercice.specialite",
            "Champ obligatoire manquant : « specialite »."
        )
    );
    assert_eq!(
        read_error(r#"{"patientele": {}}"#),
        err("exercice", "Champ obligatoire manquant : « exercice ».")
    );
    let malformed = [
        ("", "JSON mal formé (ligne 1, colonne 0)."),
        ("{", "JSON mal formé (ligne 1, colonne 1)."),
        ("not json", "JSON mal formé (ligne 1, colonne 2)."),
        (
            "{\"exercice\": {\"secteur\": \"1\",}}",
            "JSON mal formé (ligne 1, colonne 30).",
        ),
        (
            "{\"exercice\":\n {\"secteur\": 1 2}}",
            "JSON mal formé (ligne 2, colonne 16).",
        ),
    ];
    for (text, message) in malformed {
        assert_eq!(read_error(text), err("", message), "{text:?}");
    }
    let valid = profile(exercice(json!({})), json!({}), json!({}));
    assert_eq!(
        read_error(&format!("{valid} {{}}")),
        err("", "Texte en trop après le profil JSON.")
    );
}

#[test]
fn structural_errors_are_french() {
    let texts = [
        json!({"exercice": exercice(json!({"zzz": 1}))}),
        json!({"exercice": exercice(json!({"secteur": "4"}))}),
        json!({"exercice": exercice(json!({"qpv": 0}))}),
        json!({"exercice": exercice(json!({"date_naissance": 12}))}),
        json!({"exercice": exercice(json!({})), "prevention": {"hpv": {"valides": 0.5}}}),
        json!({"exercice": {"specialite": "pediatrie"}}),
    ];
    let errors: Vec<FieldError> = texts.iter().map(|t| read_error(&t.to_string())).collect();
    no_english(&errors);
}

#[test]
fn outcome_carries_the_read_error() {
    let outcome = Outcome::of(
        forfaits::input::from_json(r#"{"exercice": {"secteur": "1", "specialite": "x"}}"#),
        2026,
        &Parameters::official(),
    );
    assert_eq!(
        outcome,
        Outcome::Erreurs {
            erreurs: vec![err("exercice.specialite", "Valeur non reconnue : « x ».")]
        }
    );
    let v = serde_json::to_value(&outcome).unwrap();
    assert_eq!(v["statut"], "erreurs");
    assert_eq!(v["erreurs"][0]["champ"], "exercice.specialite");
}

// ---------------------------------------------------------------------------------------------
// Nothing panics
// ---------------------------------------------------------------------------------------------

/// Reads and computes whatever the text; every error is on a field of the profile, the year, or
/// the whole text.
fn never_panics(text: &str, annee: i32) {
    let outcome = Outcome::of(
        forfaits::input::from_json(text),
        annee,
        &Parameters::official(),
    );
    match &outcome {
        Outcome::Rapport { rapport } => assert_adds_up(rapport),
        Outcome::Comparaison { .. }
        | Outcome::Echeancier { .. }
        | Outcome::Scenarios { .. }
        | Outcome::Parametres { .. }
        | Outcome::Representativite { .. } => {
            unreachable!("Outcome::of computes one year")
        }
        Outcome::Erreurs { erreurs } => {
            assert!(!erreurs.is_empty());
            for e in erreurs {
                assert!(!e.message.is_empty());
                // An unknown field is reported on its own (unknown) path; serde reads a list
                // where a group of fields is expected element by element (« [0] »).
                assert!(!e.champ.split('.').any(|s| s == "?"), "{e:?}");
                assert!(
                    e.champ.is_empty()
                        || e.champ.starts_with('[')
                        || e.message.starts_with("Champ inconnu")
                        || [
                            "annee",
                            "exercice",
                            "patientele",
                            "prevention",
                            "rosp",
                            "numerique",
                            "forfait_structure",
                            "vsm",
                            "missions",
                            "consultations_avancees",
                            "qualite",
                            "assistant_medical",
                            "soins_non_programmes",
                            "interessements",
                            "optam",
                            "conge_parental",
                            "ess",
                            "commissions",
                            "rosp_2011",
                            "sophia",
                            "options_2011",
                            "avenant_20",
                        ]
                        .iter()
                        .any(|root| e.champ.starts_with(root)),
                    "{e:?}"
                );
            }
        }
    }
    serde_json::to_string(&outcome).expect("the outcome serialises");
}

fn default_text() -> String {
    serde_json::to_string(&forfaits::defaults::profile()).unwrap()
}

fn count() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => 0_i64..300,
        1 => any::<i64>(),
        1 => Just(i64::MAX),
        1 => Just(i64::MIN),
        1 => -3_i64..0,
        1 => 99_995_i64..100_005,
    ]
}

fn date() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(null)),
        Just(json!("")),
        "(18|19|20|21)[0-9]{2}-[01][0-9]-[0-3][0-9]".prop_map(|s| json!(s)),
        "[0-9/ -]{0,12}".prop_map(|s| json!(s)),
        any::<String>().prop_map(|s| json!(s)),
    ]
}

fn year() -> impl Strategy<Value = i32> {
    prop_oneof![3 => 2010_i32..2038, 1 => any::<i32>()]
}

/// A profile whose every field has the right type, with any value.
fn typed_profile() -> impl Strategy<Value = String> {
    let practice = (
        prop::sample::select(vec!["1", "2"]),
        prop::sample::select(vec!["aucune", "optam", "optam_aco"]),
        prop::sample::select(vec!["medecine_generale", "pediatrie", "radiologie"]),
        prop::sample::select(vec!["zip", "zac", "hors_zonage"]),
        any::<bool>(),
        date(),
        date(),
        prop::option::of((
            prop::sample::select(vec!["CAIM", "COSCOM", "COTRAM", "CSTM"]),
            date(),
        )),
    );
    (
        practice,
        prop::collection::vec(count(), 40),
        prop::collection::vec(count(), 30),
    )
        .prop_map(
            |((secteur, optam, specialite, zonage, qpv, birth, install, contract), cells, prev)| {
                let mut e = json!({
                    "secteur": secteur, "optam": optam, "specialite": specialite,
                    "zonage": zonage, "qpv": qpv,
                    "date_naissance": birth, "date_premiere_installation": install,
                });
                if let Some((kind, fin)) = contract {
                    e["contrat_demographique"] = json!({"type": kind, "fin": fin});
                }
                let grid: Vec<_> = BANDS
                    .iter()
                    .flat_map(|&b| {
                        [(false, false), (false, true), (true, false), (true, true)]
                            .map(|(ald, c2s)| (b, ald, c2s))
                    })
                    .zip(cells.chunks(2))
                    .map(|((b, ald, c2s), n)| (b, ald, c2s, n[0], n[1]))
                    .collect();
                let results: Vec<_> = INDICATORS
                    .iter()
                    .zip(prev.chunks(2))
                    .map(|(&k, n)| (k, n[0], n[1]))
                    .collect();
                profile(e, patientele(&grid), prevention(&results))
            },
        )
}

/// A JSON value of any type, to put where another is expected.
fn any_json() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|x| json!(x)),
        "[a-z0-9_ -]{0,10}".prop_map(|s| json!(s)),
        Just(json!([])),
        Just(json!([1, 2])),
        Just(json!({})),
        Just(json!({"patients": 1})),
    ]
}

/// The paths of the leaves of a JSON object, as lists of keys.
fn leaves(v: &Value, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, child) in m {
                let mut p = prefix.clone();
                p.push(k.clone());
                leaves(child, p, out);
            }
        }
        _ => out.push(prefix),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_never_panics(text in any::<String>(), annee in year()) {
        never_panics(&text, annee);
    }

    #[test]
    fn json_like_garbage_never_panics(
        text in r#"[{}\[\]":,0-9a-z_ .eE+-]{0,120}"#,
        annee in year(),
    ) {
        never_panics(&text, annee);
    }

    #[test]
    fn mutated_default_profile_never_panics(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0_usize..4, any::<u8>()), 1..6),
        annee in year(),
    ) {
        let mut bytes = default_text().into_bytes();
        for (at, len, byte) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            let end = (i + len).min(bytes.len());
            bytes.splice(i..end, [byte]);
        }
        never_panics(&String::from_utf8_lossy(&bytes), annee);
    }

    #[test]
    fn any_value_in_any_field_never_panics(
        at in any::<prop::sample::Index>(),
        value in any_json(),
        annee in year(),
    ) {
        let mut profile: Value = serde_json::from_str(&default_text()).unwrap();
        let mut paths = Vec::new();
        leaves(&profile, Vec::new(), &mut paths);
        let path = at.get(&paths).clone();
        let mut target = &mut profile;
        for key in &path {
            target = &mut target[key.as_str()];
        }
        *target = value;
        let text = profile.to_string();
        never_panics(&text, annee);
        // A value of the wrong type is reported on the field itself (or, for a list given
        // where a group of fields is expected, on an element of it: « …contrat_demographique[0] »).
        if let Err(e) = forfaits::input::from_json(&text) {
            prop_assert!(e.champ.starts_with(&path.join(".")), "{:?} at {:?}", e, path);
        }
    }

    #[test]
    fn typed_profiles_never_panic(text in typed_profile(), annee in year()) {
        prop_assert!(forfaits::input::from_json(&text).is_ok(), "{}", text);
        never_panics(&text, annee);
    }
}

/// A rate or an amount as typed in a decimal field: blank, a number, a French one, garbage.
fn typed_decimal() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!("")),
        (0_u32..1200).prop_map(|n| json!(n.to_string())),
        (0_u32..100_000).prop_map(|n| json!(format!("{},{}", n / 100, n % 100))),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|x| json!(x)),
        "[a-z0-9 ,.-]{0,8}".prop_map(|s| json!(s)),
    ]
}

/// The inputs of the 2011 convention (years 2012 to 2016), with any value of the right type.
fn profile_2011() -> impl Strategy<Value = String> {
    let indicator = (
        prop::sample::select(vec![
            "diabete_hba1c_dosages",
            "vasodilatateurs",
            "antibiotiques",
            "generiques_antihypertenseurs",
            "inconnu",
        ]),
        count(),
        typed_decimal(),
        typed_decimal(),
    );
    let options = (
        prop::sample::select(vec![
            "aucune",
            "demographie",
            "sante_solidarite_territoriale",
        ]),
        date(),
        prop::sample::select(vec!["groupe", "pole_sante"]),
        prop::sample::select(vec!["zone_deficitaire", "proximite", "hors_zone"]),
        typed_decimal(),
        any::<bool>(),
        typed_decimal(),
        count(),
    );
    let avenant = (any::<bool>(), typed_decimal(), count(), any::<bool>());
    (
        prop::collection::vec(indicator, 0..5),
        prop::collection::vec(any::<bool>(), 5),
        options,
        avenant,
        (count(), count(), count()),
    )
        .prop_map(
            |(indicators, org, o, a, (patients, questionnaires, renewals))| {
                let mut results = serde_json::Map::new();
                for (key, effectif, taux, initial) in indicators {
                    results.insert(
                        key.to_owned(),
                        json!({"effectif": effectif, "taux": taux, "taux_initial": initial}),
                    );
                }
                let mut p: Value = serde_json::from_str(&profile(
                    exercice(json!({})),
                    patientele(&[("de_7_a_74_ans", true, false, patients, 0)]),
                    json!({}),
                ))
                .unwrap();
                p["rosp_2011"] = json!({
                    "organisation": {
                        "dossier_informatise": org[0], "logiciel_aide_prescription": org[1],
                        "equipement_teleservices": org[2], "affichage_horaires": org[3],
                        "synthese_annuelle": org[4],
                    },
                    "indicateurs": results,
                });
                p["sophia"] =
                    json!({"questionnaires": questionnaires, "renouvellements": renewals});
                p["options_2011"] = json!({
                    "option": o.0, "date_adhesion": o.1, "regroupement": o.2, "lieu": o.3,
                    "part_activite_zone": o.4, "secteur_2_tarifs_opposables": o.5,
                    "honoraires_zone": o.6, "jours_zone": o.7,
                });
                p["avenant_20"] = json!({
                    "adherent": a.0, "aide_annuelle": a.1, "annee_nouveau_zonage": a.2,
                    "zone_reste_deficitaire": a.3,
                });
                p.to_string()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn inputs_of_2011_never_panic(text in profile_2011(), annee in year()) {
        never_panics(&text, annee);
    }
}
