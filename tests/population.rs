//! Costing a population: a small CSV computed by hand (totals, winners, losers, deciles), the
//! aggregates against the single-profile reports over random synthetic populations, malformed
//! files, the CSV round trip of the profile, and the scenario lists' error paths.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

use forfaits::population::{
    columns, parallel, synthetic, Costing, FileError, Reader, RowOutcome, Run, Summary,
};
use forfaits::scenario::{shipped, Scenario};
use forfaits::{defaults, Decimal, Engine, Parameters, Profile};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The signed text, and a scenario paying the 7–74 ans 6 € (signed: 5 €) and the 2–6 ans 6 €
/// (signed: 15 €).
fn two_columns() -> Costing {
    let test: Scenario = serde_json::from_value(json!({
        "nom": "Test",
        "valeurs": {"fmt.socle.7_a_74_ans": "6", "fmt.socle.2_a_6_ans": 6},
    }))
    .unwrap();
    Costing::of_scenarios(2026, &[shipped().remove(0), test]).unwrap()
}

/// The whole text through a run, fed in pieces of `size` bytes.
fn run(
    costing: Costing,
    text: &[u8],
    size: usize,
) -> Result<(Summary, Vec<RowOutcome>), FileError> {
    let mut run = Run::new(costing);
    let mut rows = Vec::new();
    for chunk in text.chunks(size.max(1)) {
        run.feed(chunk, &mut |o| rows.push(o.clone()))?;
    }
    let summary = run.finish(&mut |o| rows.push(o.clone()))?;
    Ok((summary, rows))
}

fn summary_json(costing: Costing, text: &str) -> Value {
    serde_json::to_value(run(costing, text.as_bytes(), 4096).unwrap().0).unwrap()
}

fn file_error(text: &str) -> FileError {
    match run(two_columns(), text.as_bytes(), 5) {
        Ok((s, _)) => panic!("read as a cohort: {s:?}"),
        Err(e) => e,
    }
}

/// Eight physicians of 2026, all secteur 1 médecins généralistes hors zonage installed in 2010
/// unless said, with a byte order mark, CRLF line ends, a blank line, dates both ways, and one
/// invalid row. FMT only (no prevention, no numérique): socle per patient, +10 % in a ZIP.
const HAND: &str = include_str!("fixtures/medecins-a-la-main.csv");
/// Its per-row results under the signed text and the test scenario (by hand in
/// `a_small_cohort_by_hand`), as the export writes them after its header; the page's e2e test
/// reads the same file.
const RESULTS_BY_HAND: &str = include_str!("fixtures/resultats-a-la-main.csv");

#[test]
fn a_small_cohort_by_hand() {
    // Line 2: 20 × 2–6 ans: signed 20 × 15 = 300; test 20 × 6 = 120; −180.
    // Line 3: ZIP, 10 × 2–6 ans: 150 + 10 % = 165; 60 + 6 = 66; −99.
    // Line 4: 100 × 7–74 ans: 500; 600; +100.
    // Line 5: pédiatre secteur 2 OPTAM (FMT paid), ZAC (no majoration), 10 ALD ≥ 80 ans:
    //   10 × 100 = 1 000 under both; 0.
    // Line 6: blank, skipped. Line 7: « douze » is not a count: invalid, the others go on.
    // Line 8: secteur 2 without OPTAM: no FMT, 0 under both; 0, and no % (nothing paid before).
    // Line 9: 10 × 2–6 ans + 40 × 7–74 ans: 150 + 200 = 350; 60 + 240 = 300; −50.
    // Line 10: 300 × 7–74 ans (a quoted field): 1 500; 1 800; +300.
    // Totals: 300 + 165 + 500 + 1 000 + 0 + 350 + 1 500 = 3 815;
    //         120 + 66 + 600 + 1 000 + 0 + 300 + 1 800 = 3 886; difference +71.
    for size in [1, 3, 64, 4096] {
        let (summary, rows) = run(two_columns(), HAND.as_bytes(), size).unwrap();
        let lines: Vec<u64> = rows.iter().map(RowOutcome::ligne).collect();
        assert_eq!(lines, [2, 3, 4, 5, 7, 8, 9, 10], "chunks of {size}");
        let v = serde_json::to_value(&summary).unwrap();
        assert_eq!(
            v["lignes"],
            json!({"lues": 8, "valides": 7, "invalides": 1})
        );
        assert_eq!(v["scenarios"][0]["total"], "3815.00");
        assert_eq!(v["scenarios"][1]["total"], "3886.00");
        assert_eq!(v["scenarios"][1]["ecart"], "71.00");
        assert_eq!(v["dispositifs"][0]["code"], "FMT");
        assert_eq!(
            v["dispositifs"][0]["montants"],
            json!(["3815.00", "3886.00"])
        );
        assert!(v["dispositifs"].as_array().unwrap()[1..]
            .iter()
            .all(|d| d["montants"] == json!(["0.00", "0.00"])));
        assert_eq!(
            v["erreurs"],
            json!([{
                "ligne": 7,
                "champ": "patientele.de_2_a_6_ans.hors_ald.hors_c2s.patients",
                "message": "Nombre entier attendu (sans virgule).",
            }])
        );
        let c = &v["comparaisons"][0];
        // Gains: lines 4 and 10; losses: 2, 3, 9; unchanged: 5, 8. Shares of 7 valid rows:
        // 2/7 = 28,57 %, 3/7 = 42,86 %, 2/7 = 28,57 %. Mean: 71 / 7 = 10,142… → 10,14 €.
        assert_eq!(c["gagnants"], json!({"nombre": 2, "part": "28.6"}));
        assert_eq!(c["perdants"], json!({"nombre": 3, "part": "42.9"}));
        assert_eq!(c["inchanges"], json!({"nombre": 2, "part": "28.6"}));
        assert_eq!(c["ecart_moyen"], "10.14");
        // Sorted differences: −180, −99, −50, 0, 0, +100, +300 (n = 7). Decile k is the value of
        // rank ⌈7k/10⌉: ranks 1, 2, 3, 3, 4, 5, 5, 6, 7.
        let e = &c["ecarts_euros"];
        assert_eq!(e["exact"], true);
        assert_eq!(
            e["deciles"],
            json!([
                "-180.00", "-99.00", "-50.00", "-50.00", "0.00", "0.00", "0.00", "100.00", "300.00"
            ])
        );
        assert_eq!(e["mediane"], "0.00");
        assert_eq!(
            (&e["min"], &e["max"]),
            (&json!("-180.00"), &json!("300.00"))
        );
        // Histogram: 100 to 200 € of loss: −180, −99 is in 50 to 100, −50 in 50 to 100 (the bound
        // nearer zero belongs to the bin); 0 ×2; +100 in 100 to 200; +300 in 200 to 500.
        let bins: Vec<(String, String, u64)> = e["histogramme"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["nombre"] != 0)
            .map(|b| {
                (
                    b["de"].as_str().unwrap().to_owned(),
                    b["a"].as_str().unwrap().to_owned(),
                    b["nombre"].as_u64().unwrap(),
                )
            })
            .collect();
        let bin = |de: &str, a: &str, n| (de.to_owned(), a.to_owned(), n);
        assert_eq!(
            bins,
            [
                bin("-200.00", "-100.00", 1),
                bin("-100.00", "-50.00", 2),
                bin("0.00", "0.00", 2),
                bin("100.00", "200.00", 1),
                bin("200.00", "500.00", 1),
            ]
        );
        // In % of the reference (line 8 left out, paid nothing before): −60 (2), −60 (3),
        // +20 (4), 0 (5), −14,29 (9: −50 / 350), +20 (10). Sorted: −60, −60, −14,29, 0, 20, 20;
        // n = 6, ranks ⌈6k/10⌉ = 1, 2, 2, 3, 3, 4, 5, 5, 6.
        let p = &c["ecarts_pourcent"];
        assert_eq!(c["sans_reference"], 1);
        assert_eq!(
            p["deciles"],
            json!([
                "-60.00", "-60.00", "-60.00", "-14.29", "-14.29", "0.00", "20.00", "20.00", "20.00"
            ])
        );
        // Largest gains: line 10 (+300), line 4 (+100); losses: 2 (−180), 3 (−99), 9 (−50).
        let lines = |key: &str| -> Vec<(u64, String)> {
            c[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| {
                    (
                        x["ligne"].as_u64().unwrap(),
                        x["ecart"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        };
        assert_eq!(
            lines("plus_fortes_hausses"),
            [(10, "300.00".to_owned()), (4, "100.00".to_owned())]
        );
        assert_eq!(
            lines("plus_fortes_baisses"),
            [
                (2, "-180.00".to_owned()),
                (3, "-99.00".to_owned()),
                (9, "-50.00".to_owned())
            ]
        );
        assert_eq!(
            c["plus_fortes_hausses"][0],
            json!({"ligne": 10, "ecart": "300.00", "reference": "1500.00", "total": "1800.00"})
        );
        // By spécialité: médecine générale, lines 2, 3, 4, 9, 10: 2 815 → 2 886 (+71), 2 gain,
        // 3 lose; pédiatrie line 5: 1 000 both; chirurgie line 8: 0 both.
        let groups = |dimension: &str| -> Vec<Value> {
            let r = v["repartitions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["dimension"] == dimension)
                .unwrap();
            r["groupes"].as_array().unwrap().clone()
        };
        let spec = groups("specialite");
        assert_eq!(
            spec[0],
            json!({
                "cle": "medecine_generale", "libelle": "Médecine générale", "nombre": 5,
                "totaux": ["2815.00", "2886.00"], "ecarts": ["71.00"],
                "gagnants": [2], "perdants": [3], "inchanges": [0],
            })
        );
        assert_eq!(
            (&spec[1]["cle"], &spec[1]["nombre"]),
            (&json!("pediatrie"), &json!(1))
        );
        assert_eq!(spec[2]["cle"], "chirurgie");
        assert_eq!(spec[2]["inchanges"], json!([1]));
        // By secteur: secteur 1 = lines 2, 3, 4, 9, 10; OPTAM: 5; without option: 8.
        let sect: Vec<(String, u64)> = groups("secteur")
            .iter()
            .map(|g| {
                (
                    g["cle"].as_str().unwrap().to_owned(),
                    g["nombre"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            sect,
            [
                ("1".to_owned(), 5),
                ("2_optam".to_owned(), 1),
                ("2".to_owned(), 1)
            ]
        );
        // By zonage: ZIP line 3 (165 → 66), ZAC line 5, the others hors zonage (line 4 left the
        // cell empty: the default).
        let zones = groups("zonage");
        assert_eq!(zones[0]["cle"], "zip");
        assert_eq!(zones[0]["totaux"], json!(["165.00", "66.00"]));
        assert_eq!(zones[1]["cle"], "zac");
        assert_eq!(
            (&zones[2]["cle"], &zones[2]["nombre"]),
            (&json!("hors_zonage"), &json!(5))
        );
    }
}

#[test]
fn the_same_cohort_as_json_lines_gives_the_same_figures() {
    let csv = summary_json(two_columns(), HAND);
    // The same valid physicians, one JSON profile per line, the invalid one on line 5.
    let mg = |extra: Value| {
        let mut e = json!({"secteur": "1", "specialite": "medecine_generale",
                           "date_premiere_installation": "2010-01-01"});
        e.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        e
    };
    let cell = |n: i64| json!({"hors_c2s": {"patients": n}});
    let lines = [
        json!({"exercice": mg(json!({})), "patientele": {"de_2_a_6_ans": {"hors_ald": cell(20)}}}),
        json!({"exercice": mg(json!({"zonage": "zip"})), "patientele": {"de_2_a_6_ans": {"hors_ald": cell(10)}}}),
        json!({"exercice": mg(json!({})), "patientele": {"de_7_a_74_ans": {"hors_ald": cell(100)}}}),
        json!({"exercice": mg(json!({"secteur": "2", "optam": "optam", "specialite": "pediatrie", "zonage": "zac"})),
               "patientele": {"de_80_ans_et_plus": {"ald": cell(10)}}}),
        json!({"exercice": mg(json!({})), "patientele": {"de_2_a_6_ans": {"hors_ald": {"hors_c2s": {"patients": "douze"}}}}}),
        json!({"exercice": mg(json!({"secteur": "2", "specialite": "chirurgie"})),
               "patientele": {"de_7_a_74_ans": {"hors_ald": cell(50)}}}),
        json!({"exercice": mg(json!({})), "patientele": {"de_2_a_6_ans": {"hors_ald": cell(10)},
                                                         "de_7_a_74_ans": {"hors_ald": cell(40)}}}),
        json!({"exercice": mg(json!({})), "patientele": {"de_7_a_74_ans": {"hors_ald": cell(300)}}}),
    ];
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let jsonl = summary_json(two_columns(), &text);
    let without_lines = |mut v: Value| {
        for c in v["comparaisons"].as_array_mut().unwrap() {
            for key in ["plus_fortes_hausses", "plus_fortes_baisses"] {
                c[key] = json!(c[key].as_array().unwrap().len());
            }
        }
        v["erreurs"] = json!(v["erreurs"].as_array().unwrap().len());
        v
    };
    assert_eq!(without_lines(jsonl.clone()), without_lines(csv));
    assert_eq!(jsonl["erreurs"][0]["ligne"], 5);
    assert_eq!(
        jsonl["erreurs"][0]["champ"],
        "patientele.de_2_a_6_ans.hors_ald.hors_c2s.patients"
    );
    // A JSON array of the same profiles: the same figures; an element's line is where it starts.
    let array = format!(
        "[\n{}\n]",
        lines
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let from_array = summary_json(two_columns(), &array);
    assert_eq!(from_array["erreurs"][0]["ligne"], 6);
    assert_eq!(without_lines(from_array), without_lines(jsonl));
}

#[test]
fn a_bad_json_line_is_reported_on_its_line_and_the_others_are_costed() {
    let good = serde_json::to_string(&defaults::profile()).unwrap();
    let text = format!("{good}\n{good}\n{{\"exercice\": \n{good}\n");
    let (summary, _) = run(two_columns(), text.as_bytes(), 100).unwrap();
    assert_eq!(summary.lignes.valides, 3);
    assert_eq!(summary.erreurs[0].ligne, 3);
    assert!(
        summary.erreurs[0]
            .message
            .starts_with("JSON mal formé (ligne 3, colonne"),
        "{}",
        summary.erreurs[0].message
    );
}

#[test]
fn malformed_files_get_one_clear_french_error() {
    let required = "exercice.secteur;exercice.specialite";
    let cases: [(&str, &str); 10] = [
        ("", "Le fichier est vide."),
        ("\u{feff}\r\n\r\n", "Le fichier est vide."),
        (&format!("{required}\n"), "Aucun médecin : le fichier n'a que la ligne d'en-tête."),
        (
            "exercice.secteur,exercice.specialite\n1,medecine_generale\n",
            "Ligne 1 : les colonnes sont séparées par des virgules ; le calculateur attend des points-virgules",
        ),
        (
            "exercice.secteur\texercice.specialite\n",
            "Ligne 1 : les colonnes sont séparées par des tabulations",
        ),
        (
            "exercice.secteur;exercice.zonage\n1;zip\n",
            "Ligne 1 : colonne(s) obligatoire(s) absente(s) : « exercice.specialite ».",
        ),
        (
            &format!("{required};exercice.secteurs;nom\n"),
            "Ligne 1 : colonne(s) inconnue(s) : « exercice.secteurs », « nom ». Les noms sont ceux du modèle",
        ),
        (
            &format!("{required};Exercice.Secteur\n"),
            "Ligne 1 : colonne(s) en double : « exercice.secteur ».",
        ),
        (
            "1;medecine_generale\n",
            "Ligne 1 : colonne(s) inconnue(s) : « 1 », « medecine_generale ». La première ligne doit être l'en-tête",
        ),
        (
            &format!("{required}\n1;medecine_generale\n\n2;\"chirurgie\n"),
            "Ligne 4 : guillemet ouvert jamais refermé.",
        ),
    ];
    for (text, message) in cases {
        let e = file_error(text);
        assert!(e.message.starts_with(message), "{text:?}: {}", e.message);
    }
}

#[test]
fn bad_rows_are_listed_and_never_stop_the_others() {
    let text = b"exercice.secteur;exercice.specialite;exercice.qpv;patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients\n\
        1;medecine_generale;non;10\n\
        3;medecine_generale;non;10\n\
        1;medecine_generale;peut-\xc3\xaatre;10\n\
        1;medecine_generale;oui;-4\n\
        1;medecine_generale;oui;12,5\n\
        1;medecine_generale;oui;10;de trop\n\
        ;medecine_generale;oui;10\n\
        1;medecine_g\xe9n\xe9rale;oui;10\n\
        ;;;\n\
        1;medecine_generale;oui;1 200\n";
    let (summary, _) = run(two_columns(), text, 7).unwrap();
    assert_eq!((summary.lignes.valides, summary.lignes.invalides), (2, 7));
    let errors: Vec<(u64, &str, &str)> = summary
        .erreurs
        .iter()
        .map(|e| (e.ligne, e.champ.as_str(), e.message.as_str()))
        .collect();
    assert_eq!(
        errors,
        [
            (3, "exercice.secteur", "Valeur non reconnue : « 3 »."),
            (4, "exercice.qpv", "Oui ou non attendu."),
            (
                5,
                "patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients",
                "Un nombre de patients ne peut pas être négatif."
            ),
            (
                6,
                "patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients",
                "Nombre entier attendu (sans virgule)."
            ),
            (
                7,
                "",
                "Valeur en trop dans la colonne n° 5 : l'en-tête n'a que 4 colonnes."
            ),
            (8, "exercice.secteur", "Champ obligatoire manquant : « secteur »."),
            (
                9,
                "",
                "Texte illisible : l'octet n° 13 de la ligne n'est pas de l'UTF-8. Enregistrez le fichier en UTF-8."
            ),
        ]
    );
    // Line 10 (every cell empty) is skipped like a blank line; line 11 reads « 1 200 », in a
    // QPV (+10 %): 5 × 10 + 5 × 1 200 × 110 % = 50 + 6 600 = 6 650.
    assert_eq!(summary.scenarios[0].total, Decimal::from(6650));
}

#[test]
fn the_template_reads_back_as_the_two_example_physicians() {
    let template = columns::template();
    let mut lines = template.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("exercice.secteur;exercice.optam;exercice.specialite;"));
    assert!(header.contains(";patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients;"));
    assert!(header.contains(";assistant_medical.resultats.2.pmt_realisee;"));
    assert!(!header.contains("resultats.3."));
    assert_eq!(lines.count(), 2);
    let profiles = read_profiles(template.as_bytes());
    assert_eq!(profiles.len(), 2);
    assert_eq!(profiles[0], defaults::profile());
    let engine = Engine::new(&Parameters::official(), 2026);
    // The default profile's total, as tests/cli.rs computes it by hand.
    assert_eq!(engine.total(&profiles[0]), Ok(Decimal::new(3_656_250, 2)));
    assert!(engine.total(&profiles[1]).is_ok());
}

/// The profiles of a file, read by the path the costing takes.
fn read_profiles(text: &[u8]) -> Vec<Profile> {
    let mut reader = Reader::new();
    reader.push(text);
    reader.finish();
    let mut out = Vec::new();
    while let Some((record, decoder)) = reader.next_record().unwrap() {
        if let Some(p) = decoder.decode(record).unwrap() {
            out.push(p);
        }
    }
    out
}

#[test]
fn synthetic_physicians_survive_the_csv_and_json_round_trips() {
    let mut csv = Vec::new();
    synthetic::write_csv(11, 300, &mut csv).unwrap();
    let expected: Vec<Profile> = synthetic::Generator::new(11).take(300).collect();
    assert_eq!(read_profiles(&csv), expected);
    let mut jsonl = Vec::new();
    synthetic::write_json_lines(11, 300, &mut jsonl).unwrap();
    assert_eq!(read_profiles(&jsonl), expected);
    // Every dispositif is reached by someone in 2025 or 2026.
    let reports: Vec<_> = [2025, 2026]
        .iter()
        .flat_map(|&annee| {
            let engine = Engine::new(&Parameters::official(), annee);
            expected.iter().map(move |p| engine.compute(p).unwrap())
        })
        .collect();
    // Every dispositif in force in 2025 or 2026 (the 2011 convention's are not).
    for (i, d) in reports[0].dispositifs.iter().enumerate() {
        if !reports.iter().any(|r| r.dispositifs[i].en_vigueur) {
            continue;
        }
        assert!(
            reports
                .iter()
                .any(|r| r.dispositifs[i].total > Decimal::ZERO),
            "nobody paid by {}",
            d.code
        );
    }
}

/// The aggregates of `profiles` computed from their reports one by one: per column the total and
/// each dispositif's, and the sorted per-physician differences with column 1.
fn by_reports(
    profiles: &[Profile],
    costing: &[(i32, Parameters)],
) -> (Vec<Vec<Decimal>>, Vec<Decimal>) {
    let engines: Vec<Engine> = costing.iter().map(|(a, p)| Engine::new(p, *a)).collect();
    let mut sums = vec![Vec::new(); engines.len()];
    let mut diffs = Vec::new();
    for p in profiles {
        let reports: Vec<_> = engines.iter().map(|e| e.compute(p).unwrap()).collect();
        for (sum, r) in sums.iter_mut().zip(&reports) {
            sum.resize(r.dispositifs.len() + 1, Decimal::ZERO);
            sum[0] += r.total;
            for (i, d) in r.dispositifs.iter().enumerate() {
                sum[i + 1] += d.total;
            }
        }
        diffs.push(reports[1].total - reports[0].total);
    }
    diffs.sort();
    (sums, diffs)
}

fn cents(text: &str) -> Decimal {
    text.parse().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Whatever the population, the chunking and the number of threads, the aggregates are the
    /// sums of the single-profile reports, and the deciles the differences of the right ranks.
    #[test]
    fn aggregates_are_the_sums_of_the_reports(
        seed in any::<u64>(),
        count in 1_u64..60,
        chunk in 1_usize..5000,
        scenario in 1_usize..6,
        years in any::<bool>(),
    ) {
        let profiles: Vec<Profile> = synthetic::Generator::new(seed).take(count as usize).collect();
        let mut text = Vec::new();
        synthetic::write_csv(seed, count, &mut text).unwrap();
        let official = Parameters::official();
        let (costing, columns) = if years {
            (Costing::of_years(2025, 2026, &official).unwrap(),
             vec![(2025, official.clone()), (2026, official.clone())])
        } else {
            let s = [shipped().remove(0), shipped().remove(scenario)];
            let columns = s.iter().map(|s| (2026, s.parameters())).collect();
            (Costing::of_scenarios(2026, &s).unwrap(), columns)
        };
        let (sums, diffs) = by_reports(&profiles, &columns);
        let (summary, rows) = run(costing, &text, chunk).unwrap();
        prop_assert_eq!(rows.len() as u64, count);
        for (c, column) in summary.scenarios.iter().enumerate() {
            prop_assert_eq!(column.total, sums[c][0]);
        }
        for (i, d) in summary.dispositifs.iter().enumerate() {
            for (c, sum) in sums.iter().enumerate() {
                prop_assert_eq!(d.montants[c], sum[i + 1], "{} column {}", d.code, c);
            }
        }
        let v = &summary.comparaisons[0];
        prop_assert_eq!(v.gagnants.nombre, diffs.iter().filter(|d| d.is_sign_positive() && !d.is_zero()).count() as u64);
        prop_assert_eq!(v.perdants.nombre, diffs.iter().filter(|d| d.is_sign_negative() && !d.is_zero()).count() as u64);
        prop_assert!(v.ecarts_euros.exact);
        for k in 1..=9 {
            let rank = (k * diffs.len()).div_ceil(10);
            prop_assert_eq!(cents(&v.ecarts_euros.deciles[k - 1]), diffs[rank - 1], "D{}", k);
        }
        prop_assert_eq!(v.ecarts_euros.min.as_deref().map(cents), diffs.first().copied());
        prop_assert_eq!(v.ecarts_euros.max.as_deref().map(cents), diffs.last().copied());
        // The CLI's threads find the same figures.
        let costing = Costing::new(summary.scenarios.iter().zip(&columns).map(|(s, (a, p))| {
            forfaits::population::Column { nom: s.nom.clone(), annee: *a, parametres: p.clone() }
        }).collect()).unwrap();
        let parallel = parallel::cost_file(text.as_slice(), &costing, 3, None).unwrap();
        prop_assert_eq!(parallel.summary(), summary);
    }
}

#[test]
fn scenario_lists_are_read_with_dotted_paths() {
    use forfaits::scenario::read_list;
    let champ = |v: Value| read_list(&v.to_string()).unwrap_err().champ;
    assert_eq!(champ(json!({"nom": "x"})), "scenarios");
    assert_eq!(champ(json!([{"nom": 1}])), "scenarios.0.nom");
    assert_eq!(
        champ(json!([{"nom": "a"}, {"nom": "b", "zzz": 1}])),
        "scenarios.1.zzz"
    );
    assert_eq!(
        champ(json!([{"nom": "a", "valeurs": {"x": []}}])),
        "scenarios.0.valeurs.x"
    );
    assert_eq!(
        read_list(&json!([{"nom": "a"}]).to_string()).unwrap()[0].nom,
        "a"
    );
    let e = Scenario::from_json("{\"nom\": \"a\", \"nom\": \"b\"}", 2).unwrap_err();
    assert_eq!(
        (e.champ.as_str(), e.message.as_str()),
        ("scenarios.2.nom", "Champ en double : « nom ».")
    );
}

/// The page's way in (its Web Worker): the request as JSON, the file in pieces, the per-row
/// results and the errors taken as CSV text on the way; the figures are those of a [`Run`].
#[test]
fn a_session_costs_as_a_run_and_writes_each_row_and_each_error() {
    use forfaits::population::Session;
    let demande = json!({"annee": 2026, "scenarios": {
        "colonnes": ["convention_2024", "custom"],
        "custom": {"nom": "Test", "valeurs": {"fmt.socle.7_a_74_ans": "6", "fmt.socle.2_a_6_ans": 6}},
    }})
    .to_string();
    let mut session = Session::start(&demande).unwrap();
    let (mut rows, mut errors) = (String::new(), String::new());
    for chunk in HAND.as_bytes().chunks(7) {
        let progress = session.feed(chunk).unwrap();
        assert!(progress.lignes.lues <= 8);
        rows.push_str(&session.take_rows());
        errors.push_str(&session.take_errors());
    }
    let summary = session.finish().unwrap();
    rows.push_str(&session.take_rows());
    errors.push_str(&session.take_errors());
    assert_eq!(
        summary,
        run(two_columns(), HAND.as_bytes(), 4096).unwrap().0
    );
    assert_eq!(
        rows.lines().collect::<Vec<_>>(),
        std::iter::once(
            "ligne;statut;total Convention du 4 juin 2024 (texte signé);total Test;ecart Test;erreurs"
        )
        .chain(RESULTS_BY_HAND.lines())
        .collect::<Vec<_>>()
    );
    assert_eq!(
        errors,
        "ligne;champ;message\n7;patientele.de_2_a_6_ans.hors_ald.hors_c2s.patients;Nombre entier attendu (sans virgule).\n"
    );
    // Spent: neither more bytes nor a second end.
    assert!(session.feed(b"1").is_err());
    assert!(session.finish().is_err());

    // Two years; then requests refused, each error on its field.
    let years = Session::start(r#"{"annees": [2025, 2026]}"#).unwrap();
    drop(years);
    let champs = |text: &str| -> Vec<String> {
        Session::start(text)
            .unwrap_err()
            .into_iter()
            .map(|e| e.champ)
            .collect()
    };
    assert_eq!(
        champs(r#"{"annee": 2026, "scenarios": {"colonnes": ["convention_2024", "x"]}}"#),
        ["scenarios.colonnes.1"]
    );
    assert_eq!(
        champs(r#"{"scenarios": {"colonnes": ["convention_2024"]}}"#),
        ["annee"]
    );
    assert_eq!(champs(r#"{"annees": [2025, 1990]}"#), ["annees.1"]);
    assert_eq!(champs("{}"), [""]);
    assert_eq!(champs("[1"), [""]);
}

/// One session's results: the summary as JSON, the per-row results and the errors as CSV.
type Costed = (Value, String, String);

/// The page's two Web Workers: the first session costs the rows that start before byte `cut`,
/// the second the rest (every byte fed from the start), its aggregates merged into the first's
/// as text; the per-row results and errors of the first, then of the second.
fn in_two_parts(demande: &str, text: &[u8], cut: u64, size: usize) -> Result<Costed, FileError> {
    use forfaits::population::{Part, Session};
    let mut first = Session::start(demande).unwrap();
    let mut second = Session::start(demande).unwrap();
    first.limit(Part {
        debut: 0,
        fin: Some(cut),
    })?;
    second.limit(Part {
        debut: cut,
        fin: None,
    })?;
    let (mut rows, mut errors) = (String::new(), String::new());
    for chunk in text.chunks(size) {
        // The first part stops reading at its last row.
        if first.feed(chunk)?.complet {
            break;
        }
    }
    for chunk in text.chunks(size) {
        assert!(!second.feed(chunk)?.complet);
    }
    let etat = second.finish_part()?;
    first.merge(&etat)?;
    let summary = first.finish()?;
    for s in [&mut first, &mut second] {
        rows.push_str(&s.take_rows());
        errors.push_str(&s.take_errors());
    }
    Ok((serde_json::to_value(summary).unwrap(), rows, errors))
}

fn in_one(demande: &str, text: &[u8]) -> Result<Costed, FileError> {
    let mut session = forfaits::population::Session::start(demande).unwrap();
    session.feed(text)?;
    let summary = session.finish()?;
    Ok((
        serde_json::to_value(summary).unwrap(),
        session.take_rows(),
        session.take_errors(),
    ))
}

/// A file costed by two workers gives exactly what one gives — totals, distributions, extremes
/// and invalid rows with the file's line numbers, per-row results and errors in the file's order
/// — wherever the file is cut: between rows, inside a row, inside a field whose double quotes
/// hold a line break, in the header, after the first byte or after the last.
#[test]
fn a_file_costed_in_two_parts_gives_the_figures_of_one() {
    let demande = json!({"annee": 2026, "scenarios": {"colonnes": [
        "convention_2024", "proposition_2024_03_14_option_2"]}})
    .to_string();
    // HAND (a bad row, blank line, CRLF), a row whose quoted date holds a line break, then
    // synthetic physicians (a bad row among them).
    let mut text = HAND.as_bytes().to_vec();
    text.extend_from_slice(b"1;aucune;medecine_generale;zip;\"2010-01-01\n\";30;40;2\r\n");
    let mut synthetic = Vec::new();
    synthetic::write_csv(3, 40, &mut synthetic).unwrap();
    let header = synthetic.iter().position(|b| *b == b'\n').unwrap();
    let mut population = synthetic.clone();
    let bad = population.iter().rposition(|b| *b == b'\n').unwrap() / 2;
    population.splice(bad..bad, b"\n1;x;".iter().copied());
    for (file, sizes) in [(&text, [1usize, 7, 4096]), (&population, [3, 999, 1 << 16])] {
        let whole = in_one(&demande, file).unwrap();
        assert!(whole.2.lines().count() > 1, "an invalid row: {}", whole.2);
        let step = (file.len() / 97).max(1);
        let cuts = (1..=file.len() + 1)
            .step_by(step)
            .chain([header, header + 1]);
        for (i, cut) in cuts.enumerate() {
            let size = sizes[i % sizes.len()];
            let two = in_two_parts(&demande, file, cut as u64, size).unwrap();
            assert_eq!(two, whole, "cut at byte {cut}, pieces of {size}");
        }
    }
    // The second part's text of another costing (one column, not two) is refused, the first
    // part unchanged.
    let mut first = forfaits::population::Session::start(&demande).unwrap();
    first.feed(&text).unwrap();
    let one_column = r#"{"annee": 2026, "scenarios": {"colonnes": ["convention_2024"]}}"#;
    let mut other = forfaits::population::Session::start(one_column).unwrap();
    let etat = other.finish_part().unwrap();
    for bad in [etat.as_str(), "", "{}", "[1]"] {
        let e = first.merge(bad).unwrap_err();
        assert_eq!(
            e.message,
            "Les deux parties du fichier n'ont pas pu être réunies."
        );
    }
    let summary = serde_json::to_value(first.finish().unwrap()).unwrap();
    assert_eq!(summary, in_one(&demande, &text).unwrap().0);
}
