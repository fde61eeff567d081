//! Properties of the FMT over random valid profiles (and random parameter scenarios):
//! more patients never pay less; every total is the sum of what is below it; the quarters pay the
//! socle and the majoration C2S to the cent; every amount has two decimals.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use forfaits::params::Param;
use forfaits::{Parameters, Report};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// The 20 cells in the order of `BANDS` × (hors ALD hors C2S, hors ALD C2S, ALD hors C2S, ALD C2S).
const KINDS: [(bool, bool); 4] = [(false, false), (false, true), (true, false), (true, true)];

#[derive(Debug, Clone)]
struct Case {
    exercice: Value,
    /// (patients, non_vus) of the 20 cells.
    cells: Vec<(i64, i64)>,
    /// (eligibles, valides) of the 15 indicators, as per cents of the patientèle and of eligibles.
    prevention: Vec<(i64, i64)>,
    annee: i32,
}

impl Case {
    fn text(&self) -> String {
        let grid: Vec<_> = BANDS
            .iter()
            .flat_map(|&b| KINDS.map(|(ald, c2s)| (b, ald, c2s)))
            .zip(&self.cells)
            .map(|((b, ald, c2s), &(p, n))| (b, ald, c2s, p, n))
            .collect();
        let total: i64 = self.cells.iter().map(|c| c.0).sum();
        let results: Vec<_> = INDICATORS
            .iter()
            .zip(&self.prevention)
            .map(|(&k, &(e, v))| {
                let eligibles = total * e / 100;
                (k, eligibles, eligibles * v / 100)
            })
            .collect();
        profile(
            self.exercice.clone(),
            patientele(&grid),
            prevention(&results),
        )
    }

    fn report(&self, params: &Parameters) -> Report {
        report_with(&self.text(), self.annee, params)
    }
}

fn day(year: i32, ordinal: u32) -> String {
    chrono::NaiveDate::from_yo_opt(year, ordinal.min(365))
        .expect("a day of the year")
        .to_string()
}

/// A physician entitled to the FMT: secteur 1, or secteur 2 with OPTAM / OPTAM-ACO.
fn practice() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec![("1", "aucune"), ("2", "optam"), ("2", "optam_aco")]),
        prop::sample::select(vec!["zip", "zac", "hors_zonage"]),
        any::<bool>(),
        prop::option::of((1940_i32..=1985, 1_u32..=365)),
        prop::option::of((2005_i32..=2035, 1_u32..=365)),
        prop::option::of((
            prop::sample::select(vec!["CAIM", "COSCOM", "COTRAM", "CSTM"]),
            prop::option::of(0_i32..=12),
        )),
    )
        .prop_map(
            |((secteur, optam), zonage, qpv, birth, install, contract)| {
                let mut e = exercice(json!({
                    "secteur": secteur, "optam": optam, "zonage": zonage, "qpv": qpv,
                }));
                if let Some((y, d)) = birth {
                    e["date_naissance"] = json!(day(y, d));
                }
                if let Some((y, d)) = install {
                    e["date_premiere_installation"] = json!(day(y, d));
                }
                if let Some((kind, years)) = contract {
                    let mut c = json!({"type": kind});
                    if let Some(years) = years {
                        // Ends some years after the installation (or after 2020 without one).
                        let start = install.map_or(2020, |(y, _)| y);
                        c["fin"] = json!(day(start + years, 365));
                    }
                    e["contrat_demographique"] = c;
                }
                e
            },
        )
}

fn cells() -> impl Strategy<Value = Vec<(i64, i64)>> {
    prop::collection::vec(
        (0_i64..=2_000, 0_i64..=100).prop_map(|(p, pct)| (p, p * pct / 100)),
        20,
    )
}

fn case() -> impl Strategy<Value = Case> {
    (
        practice(),
        cells(),
        prop::collection::vec((0_i64..=100, 0_i64..=100), 15),
        2026_i32..=2035,
    )
        .prop_map(|(exercice, cells, prevention, annee)| Case {
            exercice,
            cells,
            prevention,
            annee,
        })
}

/// A scenario pricing every per-patient amount in tenths of cents (0 to 200 €) and every rate
/// in thousandths of a percent (0 to 60 %), so that lines and quarters need rounding.
fn scenario() -> impl Strategy<Value = Parameters> {
    const EUROS: [&str; 10] = [
        "fmt.socle.ald_80_ans_et_plus",
        "fmt.socle.ald_moins_80_ans",
        "fmt.socle.80_ans_et_plus",
        "fmt.socle.75_a_79_ans",
        "fmt.socle.7_a_74_ans",
        "fmt.socle.2_a_6_ans",
        "fmt.socle.moins_2_ans",
        "fmt.socle.non_vu_2_ans",
        "fmt.majoration.c2s",
        "fmt.prevention.indicateur",
    ];
    const RATES: [&str; 5] = [
        "fmt.majoration.zip_qpv",
        "fmt.majoration.primo_installe.annee_1",
        "fmt.majoration.primo_installe.annee_2",
        "fmt.majoration.primo_installe.annee_3",
        "fmt.majoration.age",
    ];
    (
        prop::collection::vec(0_i64..=200_000, EUROS.len()),
        prop::collection::vec(0_i64..=60_000, RATES.len()),
    )
        .prop_map(|(euros, rates)| {
            let values = EUROS
                .iter()
                .zip(euros.iter().map(|&m| Decimal::new(m, 3)))
                .chain(RATES.iter().zip(rates.iter().map(|&m| Decimal::new(m, 3))))
                .map(|(&id, v)| (forfaits::params::by_id(id).expect("a parameter"), v));
            Parameters::official().with_overrides("propriétés", values)
        })
}

fn params() -> impl Strategy<Value = Parameters> {
    prop_oneof![Just(Parameters::official()), scenario()]
}

fn subtotal(r: &Report, code: &str) -> Decimal {
    sous_total(r, code)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn one_more_patient_never_pays_less(
        case in case(),
        params in params(),
        cell in 0_usize..20,
        unseen in any::<bool>(),
    ) {
        let before = case.report(&params);
        let mut more = case.clone();
        more.cells[cell].0 += 1;
        if unseen {
            more.cells[cell].1 += 1;
        }
        let after = more.report(&params);
        prop_assert!(subtotal(&after, "FMT.SOCLE") >= subtotal(&before, "FMT.SOCLE"));
        prop_assert!(subtotal(&after, "FMT.C2S") >= subtotal(&before, "FMT.C2S"));
        prop_assert!(fmt(&after).total >= fmt(&before).total);
        prop_assert!(after.total >= before.total);
    }

    #[test]
    fn totals_are_sums_of_subtotals_and_of_lines(case in case(), params in params()) {
        let r = case.report(&params);
        for d in &r.dispositifs {
            let subtotals: Decimal = d.groupes.iter().map(|g| g.sous_total).sum();
            let lines: Decimal = d.lines().map(|l| l.montant).sum();
            prop_assert_eq!(d.total, subtotals);
            prop_assert_eq!(d.total, lines);
            for g in &d.groupes {
                let lines: Decimal = g.lignes.iter().map(|l| l.montant).sum();
                prop_assert_eq!(g.sous_total, lines);
            }
        }
        let dispositifs: Decimal = r.dispositifs.iter().map(|d| d.total).sum();
        prop_assert_eq!(r.total, dispositifs);
    }

    /// The fast path for costing many physicians gives the report's total, to the cent, under
    /// any scenario (including amounts with fractions of a cent, where each line is rounded).
    #[test]
    fn the_total_alone_equals_the_reports_total(case in case(), params in params()) {
        let r = case.report(&params);
        let profile = forfaits::input::from_json(&case.text()).unwrap();
        let engine = forfaits::Engine::new(&params, case.annee);
        prop_assert_eq!(engine.total(&profile).unwrap(), r.total);
    }

    #[test]
    fn quarters_pay_socle_and_c2s_exactly(case in case(), params in params()) {
        let r = case.report(&params);
        let quarters = quarterly(&r);
        prop_assert_eq!(quarters.len(), 4);
        let paid: Decimal = quarters.iter().sum();
        prop_assert_eq!(paid, subtotal(&r, "FMT.SOCLE") + subtotal(&r, "FMT.C2S"));
        // Equal to the cent, the last one taking the remainder (at most 3 cents away).
        prop_assert!(quarters[..3].iter().all(|q| *q == quarters[0]));
        prop_assert!((quarters[3] - quarters[0]).abs() <= Decimal::new(3, 2));
        for q in &quarters {
            prop_assert_eq!(q.scale(), 2);
        }
    }

    #[test]
    fn every_amount_has_two_decimals(case in case(), params in params()) {
        let r = case.report(&params);
        for l in fmt(&r).lines() {
            prop_assert_eq!(l.montant.scale(), 2, "{}", l.code);
            prop_assert!(l.montant >= Decimal::ZERO, "{}", l.code);
        }
        for g in &fmt(&r).groupes {
            prop_assert_eq!(g.sous_total.scale(), 2, "{}", g.code);
        }
        for v in &r.versements {
            prop_assert_eq!(v.montant.scale(), 2, "{}", v.objet);
        }
        prop_assert_eq!(r.total.scale(), 2);
        // And in the JSON the page and the CLI receive: « 1234.50 ».
        let json = serde_json::to_value(&r).unwrap();
        let total = json["total"].as_str().unwrap();
        prop_assert_eq!(total.split('.').nth(1).map(str::len), Some(2), "{}", total);
    }

    #[test]
    fn majorations_are_bounded_by_the_text(case in case()) {
        // Official rates: zone ≤ 50 % (primo-installé, 1st year), age ≤ 10 % of the socle.
        let r = case.report(&Parameters::official());
        let socle = subtotal(&r, "FMT.SOCLE");
        prop_assert!(amount(&r, "FMT.MAJORATION.ZONE") * Decimal::TWO <= socle);
        prop_assert!(amount(&r, "FMT.MAJORATION.AGE") * Decimal::TEN <= socle);
    }
}

/// The téléservices of `numerique`, each drawn as (denominator, rate in %).
const USAGES: [&str; 11] = [
    "aat",
    "dcmt",
    "pse",
    "fse",
    "cm_atmp",
    "spe",
    "dsg",
    "dmp",
    "ordonnance_numerique",
    "mss",
    "app_carte_vitale",
];

/// A profile of the years 2021–2026 with everything the dispositifs before 2026 read: any
/// sector (secteur 2 without OPTAM too), a GP or a pediatrician, ROSP points in tenths,
/// téléservice usages, the forfait structure's declarations and SNP, three VSM campaigns, the
/// maître de stage.
fn before_2026() -> impl Strategy<Value = (String, i32)> {
    (
        (practice(), any::<bool>(), any::<bool>()),
        cells(),
        (0_i64..=20_000, 0_i64..=20_000),
        prop::collection::vec((0_i64..=1_000, 0_i64..=100), USAGES.len()),
        prop::collection::vec(prop::bool::weighted(0.9), 10),
        prop::collection::vec(0_i64..=60, 4),
        prop::collection::vec((0_i64..=500, 0_i64..=100, 0_i64..=100), 3),
        any::<bool>(),
        2021_i32..=2026,
    )
        .prop_map(
            |((mut e, non_optam, pediatre), cells, rosp, usages, flags, snp, vsm, stage, annee)| {
                if non_optam {
                    e["secteur"] = json!("2");
                    e["optam"] = json!("aucune");
                }
                if pediatre {
                    e["specialite"] = json!("pediatrie");
                }
                let grid: Vec<_> = BANDS
                    .iter()
                    .flat_map(|&b| KINDS.map(|(ald, c2s)| (b, ald, c2s)))
                    .zip(&cells)
                    .map(|((b, ald, c2s), &(p, n))| (b, ald, c2s, p, n))
                    .collect();
                let mut numerique = json!({
                    "logiciel_lap": flags[0],
                    "messagerie_securisee": flags[1],
                    "cahier_des_charges_sesam_vitale": flags[2],
                });
                for (key, (den, pct)) in USAGES.iter().zip(usages) {
                    numerique[*key] = usage(den * pct / 100, den);
                }
                let campaign = |(ald, with, structured): (i64, i64, i64)| {
                    let with = ald * with / 100;
                    vsm_results(ald, with, with * structured / 100)
                };
                let text = profile_with(
                    e,
                    patientele(&grid),
                    json!({
                        "rosp": {
                            "points_ponderes": rust_decimal::Decimal::new(rosp.0, 1).to_string(),
                            "points_non_ponderes": rust_decimal::Decimal::new(rosp.1, 1).to_string(),
                        },
                        "numerique": numerique,
                        "forfait_structure": {
                            "horaires_annuaire": flags[3],
                            "prise_en_charge_coordonnee": flags[4],
                            "capacite_a_coder": flags[5],
                            "services_patients": flags[6],
                            "videotransmission": flags[7],
                            "equipements_connectes": flags[8],
                            "participation_sas": flags[9],
                            "snp_sas_trimestres": snp,
                        },
                        "vsm": {
                            "2023": campaign(vsm[0]),
                            "2024": campaign(vsm[1]),
                            "2025": campaign(vsm[2]),
                        },
                        "missions": {"maitre_de_stage": stage},
                    }),
                );
                (text, annee)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// The fast path gives the report's total for the dispositifs before 2026 too (FPMT, ROSP
    /// with its weighting, forfait structure and its gate, VSM campaigns, maître de stage).
    #[test]
    fn the_total_alone_equals_the_reports_total_before_2026((text, annee) in before_2026()) {
        // `report` checks that every total adds up and that `Engine::total` gives the same.
        let r = report(&text, annee);
        let profile = forfaits::input::from_json(&text).unwrap();
        let engine = forfaits::Engine::new(&Parameters::official(), annee);
        prop_assert_eq!(engine.total(&profile).unwrap(), r.total);
        for d in &r.dispositifs {
            for l in d.lines() {
                prop_assert_eq!(l.montant.scale(), 2, "{}", l.code);
                prop_assert!(l.montant >= Decimal::ZERO, "{}", l.code);
            }
        }
        // The forfait structure pays nothing unless volet 1 is paid (avenant 9, art. 5, 1°).
        if let Some(v1) = r.line("FS.V1") {
            if v1.montant.is_zero() {
                prop_assert_eq!(dispositif(&r, "FS").total, Decimal::ZERO);
            }
        }
    }
}

/// A value within the domain of the `index`-th parameter of `params::all()`: one of its bounds,
/// or a point between them with up to ten decimals (whole for an integer domain), so that amounts
/// with fractions of a cent and rates with many decimals are drawn.
fn value_in_domain(index: usize, k: u32, decimals: u32, edge: u8) -> (&'static Param, Decimal) {
    let p = forfaits::params::all()
        .nth(index % forfaits::params::all().count())
        .expect("a parameter");
    let d = p.domaine;
    let v = match edge {
        0 => d.min,
        1 => d.max,
        _ => {
            let v = d.min + (d.max - d.min) * Decimal::from(k) / Decimal::from(1_000_000);
            if d.entier {
                v.trunc()
            } else {
                v.round_dp(decimals)
            }
        }
    };
    (p, v)
}

/// A scenario overriding up to 40 parameters, any of them, each with any value of its domain.
fn any_scenario() -> impl Strategy<Value = Parameters> {
    prop::collection::vec(
        (any::<usize>(), 0_u32..=1_000_000, 0_u32..=10, 0_u8..6),
        0..=40,
    )
    .prop_map(|draws| {
        let values = draws
            .into_iter()
            .map(|(i, k, dp, edge)| value_in_domain(i, k, dp, edge));
        Parameters::official().with_overrides("propriétés", values)
    })
}

/// Any physician: any sector and specialty, any zoning, a demographic contract kept, ended or
/// resigned, and every section of the profile filled (prevention, ROSP, téléservices, forfait
/// structure, VSM campaigns, missions, consultations avancées, qualité, assistant médical).
fn any_profile() -> impl Strategy<Value = String> {
    let practice = (
        prop::sample::select(vec![
            ("1", "aucune"),
            ("2", "aucune"),
            ("2", "optam"),
            ("2", "optam_aco"),
        ]),
        prop::sample::select(vec![
            "medecine_generale",
            "pediatrie",
            "chirurgie",
            "radiologie",
            "radiotherapie",
            "stomatologie",
            "anesthesie",
            "anatomocytopathologie",
            "medecine_nucleaire",
            "autre_specialite",
        ]),
        prop::sample::select(vec!["zip", "zac", "hors_zonage"]),
        any::<bool>(),
        prop::option::of((1940_i32..=1985, 1_u32..=365)),
        prop::option::of((2005_i32..=2035, 1_u32..=365)),
        prop::option::of((
            prop::sample::select(vec!["CAIM", "COSCOM", "COTRAM", "CSTM"]),
            prop::option::of(0_i32..=12),
            prop::option::of(0_i32..=12),
        )),
        prop::option::of(0_i32..=12),
    )
        .prop_map(
            |((secteur, optam), specialite, zonage, qpv, birth, install, contract, second)| {
                let mut e = json!({
                    "secteur": secteur, "optam": optam, "specialite": specialite,
                    "zonage": zonage, "qpv": qpv,
                });
                if let Some((y, d)) = birth {
                    e["date_naissance"] = json!(day(y, d));
                }
                // Dates that follow the installation (or 2020 without one), as validation requires.
                let start = install.map_or(2020, |(y, _)| y);
                if let Some((y, d)) = install {
                    e["date_premiere_installation"] = json!(day(y, d));
                }
                if let Some((kind, fin, resiliation)) = contract {
                    let mut c = json!({"type": kind});
                    if let Some(years) = fin {
                        c["fin"] = json!(day(start + years, 365));
                    }
                    if let Some(years) = resiliation {
                        c["resiliation"] = json!(day(start + years, 365));
                    }
                    e["contrat_demographique"] = c;
                }
                if let Some(years) = second {
                    e["cabinet_secondaire_zip"] = json!(true);
                    e["date_ouverture_cabinet_secondaire"] = json!(day(start + years, 365));
                }
                e
            },
        );
    let sections_2026 = (
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            0_i64..=150,
        ),
        (prop::collection::vec(0_i64..=62, 12), any::<bool>()),
        (any::<bool>(), 0_i64..=366),
        prop::option::of((
            (2019_i32..=2030, 1_u32..=365),
            prop::sample::select(vec!["1/3", "1/2", "1", "1.5", "2"]),
            prop::sample::select(vec!["sous_p30", "p30_a_p90", "p90_a_p94", "p95_et_plus"]),
            (any::<bool>(), any::<bool>(), any::<bool>(), 1_i64..=20),
            prop::collection::vec(
                (prop::collection::vec(0_i64..=3_000, 6), any::<bool>()),
                0..=6,
            ),
        )),
    )
        .prop_map(
            |((sas_dep, sas_ins, sas_agenda, ame, ipa), (demi, tarif), (sobre, gap), am)| {
                let mut s = json!({
                    "missions": {
                        "sas_departement_deploye": sas_dep,
                        "sas_inscription_individuelle": sas_ins,
                        "sas_agenda_interface": sas_agenda,
                        "patientele_ame_importante": ame,
                        "patients_orientes_ipa": ipa,
                    },
                    "consultations_avancees": {"demi_journees": demi, "tarif_opposable": tarif},
                    "qualite": {"prescripteur_sobre": sobre, "seances_gap": gap},
                });
                if let Some(((y, d), option, bande, (ccam, mep, atteints, annees), resultats)) = am
                {
                    let resultats: Vec<Value> = resultats
                        .into_iter()
                        .map(|(n, nouvel)| {
                            json!({
                                "pfa_depart": n[0], "pfa_objectif": n[1], "pfa_realisee": n[2],
                                "pmt_depart": n[3], "pmt_objectif": n[4], "pmt_realisee": n[5],
                                "nouvel_objectif_primo_installe": nouvel,
                            })
                        })
                        .collect();
                    s["assistant_medical"] = json!({
                        "date_signature": day(y, d), "option": option, "bande_patientele": bande,
                        "part_ccam_pourcent": if ccam { "12,5" } else { "35" }, "mep": mep,
                        "objectifs_1_etp_atteints": atteints, "annees": annees,
                        "resultats": resultats,
                    });
                }
                s
            },
        );
    (
        practice,
        before_2026(),
        prop::collection::vec((0_i64..=100, 0_i64..=100), 15),
        sections_2026,
    )
        .prop_map(|(exercice, (before, _), prevention_pct, sections)| {
            // The sections of the years before 2026 come from `before_2026`, with this practice.
            let mut p: Value = serde_json::from_str(&before).expect("a profile");
            p["exercice"] = exercice;
            let total = forfaits::input::from_json(&before)
                .expect("a profile")
                .patientele
                .total();
            let results: Vec<_> = INDICATORS
                .iter()
                .zip(&prevention_pct)
                .map(|(&k, &(e, v))| {
                    let eligibles = total * e / 100;
                    (k, eligibles, eligibles * v / 100)
                })
                .collect();
            p["prevention"] = prevention(&results);
            merged(p, sections).to_string()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// Issue 9, item 2: under any scenario (any parameter, any value of its domain, amounts with
    /// more than two decimals included), for any physician and every year, the fast totals
    /// (`Engine::total`, `Engine::totals`) are the explained report's total and each dispositif's
    /// total, and the report's lines add up to its subtotals and to its total
    /// (`report_with` checks both).
    #[test]
    fn the_fast_totals_equal_the_report_under_any_scenario(
        text in any_profile(),
        params in any_scenario(),
        annee in 2021_i32..=2035,
    ) {
        report_with(&text, annee, &params);
    }
}
