//! The aide à l'emploi d'un assistant médical through the CLI (`forfaits --assistant`). The
//! amounts, dates and modulations computed by hand from the Circulaire CNAM du 31/07/2024, §4,
//! are case files: `tests/cases/assistant_medical/`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use serde_json::{json, Value};

/// A médecin généraliste de secteur 1 hors zonage.
fn mg() -> Value {
    exercice(json!({}))
}

/// A contract signed on 01/09/2024, option 1 ETP, with `extra` added or replaced.
fn contrat(extra: Value) -> Value {
    merged(
        json!({"date_signature": "2024-09-01", "option": "1"}),
        extra,
    )
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

/// The year's dispositif computes only the contract years that pay in it: year after year, its
/// totals (the report's and the fast path's, which `report` compares) add up to the schedule's.
#[test]
fn yearly_payments_add_up_to_the_schedule() {
    let res = |pfa: (i64, i64, i64), pmt: (i64, i64, i64)| {
        json!({"pfa_depart": pfa.0, "pfa_objectif": pfa.1, "pfa_realisee": pfa.2,
               "pmt_depart": pmt.0, "pmt_objectif": pmt.1, "pmt_realisee": pmt.2})
    };
    for (exercice, extra) in [
        // The circular's example, a 3rd year at 75 %, a 4th at 30 % (a negative balance).
        (
            mg(),
            json!({"date_signature": "2021-11-15", "resultats": [
                res((1500, 1700, 1650), (0, 0, 0)),
                res((1000, 1100, 1020), (800, 900, 830)),
            ]}),
        ),
        (
            mg(),
            json!({"option": "1/3", "date_signature": "2022-03-01", "annees": 7}),
        ),
        (
            exercice(json!({"zonage": "zip"})),
            json!({"option": "1.5", "date_signature": "2021-03-01", "objectifs_1_etp_atteints": true}),
        ),
        (mg(), json!({"date_resiliation": "2027-03-01"})),
    ] {
        let text = assistant_profile(exercice, contrat(extra));
        let schedule = match forfaits::Outcome::of_schedule(
            forfaits::input::from_json(&text),
            &forfaits::Parameters::official(),
        ) {
            forfaits::Outcome::Echeancier {
                echeancier: Some(s),
            } => s,
            other => panic!("{other:?}"),
        };
        let by_year: forfaits::Decimal = (2021..=2035)
            .map(|annee| dispositif(&report(&text, annee), "ASSISTANT_MEDICAL").total)
            .sum();
        assert_eq!(by_year, schedule.total, "{text}");
    }
}
