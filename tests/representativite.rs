//! Representativeness of the signatories: their weight in the URPS 2021 results and the seats of
//! the section professionnelle (Circulaire CNAM du 31/07/2024, préambule and §12 C), every
//! expected number computed by hand in the comments.
#![cfg(not(target_arch = "wasm32"))]

use forfaits::input::DecimalInput;
use forfaits::representativite::{
    compute, from_json, poids_publie, repartition_publiee, seats, share, signataires_2024,
    urps_2021, validate, Attribution, College, Resultats, ResultatsCollege, Saisie, VoixSyndicat,
    AVENIR_SPE_LE_BLOC, CSMF, FMF, MG_FRANCE, SML, UFML_S,
};
use forfaits::FieldError;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::json;

const GEN: College = College::Generalistes;
const SPE: College = College::Specialistes;

fn err(champ: &str, message: &str) -> FieldError {
    FieldError::new(champ, message)
}

/// Results without published shares: the shares come from the votes.
fn college(exprimes: i64, unions: &[(&str, i64)]) -> ResultatsCollege {
    ResultatsCollege {
        exprimes,
        syndicats: unions
            .iter()
            .map(|(name, voix)| VoixSyndicat {
                syndicat: (*name).to_owned(),
                voix: *voix,
                part: None,
            })
            .collect(),
    }
}

/// Results with the given généralistes and a one-union spécialistes college.
fn results(exprimes: i64, unions: &[(&str, i64)]) -> Resultats {
    Resultats {
        scrutin: "Scénario".to_owned(),
        source: String::new(),
        notes: Vec::new(),
        generalistes: college(exprimes, unions),
        specialistes: college(100, &[("A", 100)]),
    }
}

/// (union, seats) of an allocation.
fn got(lines: &[Attribution]) -> Vec<(&str, i64)> {
    lines
        .iter()
        .map(|a| (a.syndicat.as_str(), a.sieges))
        .collect()
}

fn line<'a>(lines: &'a [Attribution], name: &str) -> &'a Attribution {
    lines.iter().find(|a| a.syndicat == name).unwrap()
}

// ---------------------------------------------------------------------------------------------
// The signatories' weight
// ---------------------------------------------------------------------------------------------

#[test]
fn the_preamble_weight_of_the_generalistes_is_71_07() {
    // Signatories present in the généralistes college: CSMF, FMF, MG France (UFML-S did not sign;
    // Avenir Spé-Le Bloc and the SML have no result there). Published shares:
    // 17,31 + 17,18 + 36,58 = 71,07.
    let r = urps_2021();
    assert_eq!(share(&r, GEN, &signataires_2024()), dec!(71.07));
    assert_eq!(share(&r, GEN, &signataires_2024()).to_string(), "71.07");
    assert_eq!(poids_publie(GEN), dec!(71.07));
}

#[test]
fn the_preamble_weight_of_the_specialistes_is_73_68() {
    // CSMF 22,36 + Avenir Spé-Le Bloc 39,30 + SML 12,02 = 73,68 (the FMF has no spécialiste
    // result in the table: it counts for nothing there).
    let r = urps_2021();
    assert_eq!(share(&r, SPE, &signataires_2024()), dec!(73.68));
    assert_eq!(poids_publie(SPE), dec!(73.68));
}

#[test]
fn the_printed_expressed_votes_are_not_the_base_of_the_shares() {
    // Without the published shares, the votes ÷ the « Exprimés » column of the slide:
    // CSMF 2 291 ÷ 23 384 = 9,7973 % → 9,80 ; FMF 2 274 ÷ 23 384 = 9,7246 % → 9,72 ;
    // MG France 4 841 ÷ 23 384 = 20,7022 % → 20,70 ; sum 40,22 %, not 71,07 %.
    let mut r = urps_2021();
    for l in &mut r.generalistes.syndicats {
        l.part = None;
    }
    assert_eq!(share(&r, GEN, &signataires_2024()), dec!(40.22));
    // With the base the published shares imply (4 841 ÷ 36,58 % ≈ 13 234):
    // 2 291 ÷ 13 234 = 17,3115 % → 17,31 ; 2 274 ÷ 13 234 = 17,1830 % → 17,18 ;
    // 4 841 ÷ 13 234 = 36,5800 % → 36,58 ; 17,31 + 17,18 + 36,58 = 71,07 %.
    r.generalistes.exprimes = 13_234;
    assert_eq!(share(&r, GEN, &signataires_2024()), dec!(71.07));
    // Spécialistes at 12 262 (4 819 ÷ 39,30 %): 2 742 → 22,3618 → 22,36 ; 4 819 → 39,3003 →
    // 39,30 ; 1 474 → 12,0209 → 12,02 ; sum 73,68 %.
    for l in &mut r.specialistes.syndicats {
        l.part = None;
    }
    r.specialistes.exprimes = 12_262;
    assert_eq!(share(&r, SPE, &signataires_2024()), dec!(73.68));
}

#[test]
fn each_share_is_rounded_half_away_from_zero_then_added() {
    // 1 ÷ 160 × 100 = 0,625 % → 0,63 (half away from zero; banker's rounding would give 0,62).
    let r = results(160, &[("A", 1), ("B", 1), ("C", 158)]);
    assert_eq!(share(&r, GEN, &["A"]), dec!(0.63));
    // The weight is the sum of the rounded shares: 0,63 + 0,63 = 1,26 (2 ÷ 160 = 1,25 % if the
    // sum were rounded once).
    assert_eq!(share(&r, GEN, &["A", "B"]), dec!(1.26));
    // 158 ÷ 160 = 98,75 %.
    assert_eq!(share(&r, GEN, &["C"]), dec!(98.75));
}

#[test]
fn a_set_of_one_union_weighs_its_own_share() {
    let r = urps_2021();
    assert_eq!(share(&r, GEN, &[MG_FRANCE]), dec!(36.58));
    assert_eq!(share(&r, SPE, &[AVENIR_SPE_LE_BLOC]), dec!(39.30));
    // Names match whatever the case and the spaces around.
    assert_eq!(share(&r, GEN, &["  mg france "]), dec!(36.58));
    // A union the college does not list weighs nothing there; the FMF in the spécialistes.
    assert_eq!(share(&r, SPE, &[FMF]), dec!(0.00));
    // All four representative généralistes unions: 17,31 + 17,18 + 36,58 + 17,08 = 88,15.
    assert_eq!(share(&r, GEN, &[CSMF, FMF, MG_FRANCE, UFML_S]), dec!(88.15));
}

// ---------------------------------------------------------------------------------------------
// The seats (§12 C)
// ---------------------------------------------------------------------------------------------

#[test]
fn six_generalistes_seats_go_3_2_1() {
    // Signatories' votes: 2 291 + 2 274 + 4 841 = 9 406 ; quotient 9 406 ÷ 6 = 1 567,67.
    // CSMF      2 291 × 6 ÷ 9 406 = 13 746 ÷ 9 406 = 1,4614 → 1 seat, remainder 0,4614
    // FMF       2 274 × 6 ÷ 9 406 = 13 644 ÷ 9 406 = 1,4505 → 1 seat, remainder 0,4505
    // MG France 4 841 × 6 ÷ 9 406 = 29 046 ÷ 9 406 = 3,0880 → 3 seats, remainder 0,0880
    // 5 seats by the quotient, 1 left: largest remainder CSMF (0,4614 > 0,4505 > 0,0880).
    // MG France 3, CSMF 2, FMF 1: the allocation §12 C publishes.
    let lines = seats(&urps_2021(), GEN, &signataires_2024(), 6);
    assert_eq!(got(&lines), [(CSMF, 2), (FMF, 1), (MG_FRANCE, 3)]);
    let csmf = line(&lines, CSMF);
    assert_eq!(
        (csmf.quotient, csmf.sieges_au_quotient, csmf.reste),
        (dec!(1.4614), 1, dec!(0.4614))
    );
    assert_eq!((csmf.rang_du_reste, csmf.siege_au_reste), (1, true));
    assert_eq!(
        csmf.explication,
        "2\u{a0}291 voix ÷ 1\u{a0}567,67 (quotient électoral) = 1,4614 : 1 siège au quotient, \
         reste 0,4614, 1er des 3 restes ; 1 siège restait à pourvoir au plus fort reste : il lui \
         revient. Total : 2 sièges."
    );
    let mg = line(&lines, MG_FRANCE);
    assert_eq!(
        (mg.quotient, mg.reste, mg.rang_du_reste),
        (dec!(3.0880), dec!(0.0880), 3)
    );
    assert!(mg.explication.contains("il va à CSMF. Total : 3 sièges."));
    let fmf = line(&lines, FMF);
    assert_eq!(
        (fmf.quotient, fmf.rang_du_reste, fmf.siege_au_reste),
        (dec!(1.4505), 2, false)
    );
    assert!(lines
        .iter()
        .all(|a| !a.siege_garanti && a.avertissement.is_none()));
    for (name, n) in repartition_publiee(GEN) {
        assert_eq!(line(&lines, name).sieges, n, "{name}");
    }
}

#[test]
fn six_specialistes_seats_go_3_2_1() {
    // Signatories' votes: 2 742 + 4 819 + 1 474 = 9 035 ; quotient 9 035 ÷ 6 = 1 505,83.
    // CSMF               2 742 × 6 ÷ 9 035 = 16 452 ÷ 9 035 = 1,8209 → 1, remainder 0,8209
    // Avenir Spé-Le Bloc 4 819 × 6 ÷ 9 035 = 28 914 ÷ 9 035 = 3,2002 → 3, remainder 0,2002
    // SML                1 474 × 6 ÷ 9 035 =  8 844 ÷ 9 035 = 0,9788 → 0, remainder 0,9788
    // 4 seats by the quotient, 2 left: SML (0,9788) then CSMF (0,8209).
    // Avenir Spé-Le Bloc 3, CSMF 2, SML 1: the published allocation; the SML has its seat by the
    // remainder, the guarantee is not needed.
    let lines = seats(&urps_2021(), SPE, &signataires_2024(), 6);
    assert_eq!(got(&lines), [(CSMF, 2), (AVENIR_SPE_LE_BLOC, 3), (SML, 1)]);
    let sml = line(&lines, SML);
    assert_eq!(
        (sml.quotient, sml.sieges_au_quotient, sml.rang_du_reste),
        (dec!(0.9788), 0, 1)
    );
    assert!(sml.siege_au_reste && !sml.siege_garanti);
    assert!(sml
        .explication
        .contains("2 sièges restaient à pourvoir au plus fort reste : un lui revient."));
    let bloc = line(&lines, AVENIR_SPE_LE_BLOC);
    assert!(bloc
        .explication
        .contains("ils vont à SML et CSMF. Total : 3 sièges."));
    for (name, n) in repartition_publiee(SPE) {
        assert_eq!(line(&lines, name).sieges, n, "{name}");
    }
}

#[test]
fn a_union_with_very_few_votes_still_gets_one_seat() {
    // A 10 000, B 9 000, C 50: 19 050 votes, quotient 19 050 ÷ 6 = 3 175.
    // A 60 000 ÷ 19 050 = 3,1496 → 3, remainder 0,1496
    // B 54 000 ÷ 19 050 = 2,8346 → 2, remainder 0,8346
    // C    300 ÷ 19 050 = 0,0157 → 0, remainder 0,0157
    // 5 by the quotient, 1 left: B (0,8346) → A 3, B 3, C 0.
    // C is guaranteed a seat; over-representation (seats − quotient): A 3 − 3,1496 = −0,1496,
    // B 3 − 2,8346 = +0,1654 → taken from B (its seat won by the remainder): A 3, B 2, C 1.
    let r = results(19_050, &[("A", 10_000), ("B", 9_000), ("C", 50)]);
    let lines = seats(&r, GEN, &["A", "B", "C"], 6);
    assert_eq!(got(&lines), [("A", 3), ("B", 2), ("C", 1)]);
    let c = line(&lines, "C");
    assert!(c.siege_garanti && !c.siege_au_reste);
    assert_eq!((c.quotient, c.reste), (dec!(0.0157), dec!(0.0157)));
    assert!(c.explication.contains(
        "Sans siège, il reçoit celui que le §12 C garantit à chaque signataire, pris à B."
    ));
    let b = line(&lines, "B");
    assert_eq!((b.siege_au_reste, b.sieges_cedes), (true, 1));
    assert!(b.explication.contains(
        "Cède, au titre du siège garanti, 1 siège à C (3 sièges pour un quotient de 2,8346 : le \
         plus sur-représenté). Total : 2 sièges."
    ));
}

#[test]
fn the_guaranteed_seats_may_come_from_seats_won_by_the_quotient() {
    // A 9 700, B 150, C 150: 10 000 votes, quotient 10 000 ÷ 6 = 1 666,67.
    // A 58 200 ÷ 10 000 = 5,82 → 5, remainder 0,82 ; B and C 900 ÷ 10 000 = 0,09 → 0.
    // 1 left: A (0,82) → A 6. B then C have no seat: A is the only union with 2 seats or more,
    // it gives one to B (6 − 5,82 = +0,18), then one to C (5 − 5,82 = −0,82, still the only
    // one that can): A 4, B 1, C 1.
    let r = results(10_000, &[("A", 9_700), ("B", 150), ("C", 150)]);
    let lines = seats(&r, GEN, &["A", "B", "C"], 6);
    assert_eq!(got(&lines), [("A", 4), ("B", 1), ("C", 1)]);
    assert_eq!(line(&lines, "A").sieges_cedes, 2);
    assert!(line(&lines, "A")
        .explication
        .contains("1 siège à B (6 sièges pour un quotient de 5,8200 : le plus sur-représenté), puis 1 siège à C (5 sièges"));
}

#[test]
fn equal_remainders_go_to_the_union_with_more_votes() {
    // A 300, B 500, C 400: 1 200 votes, quotient 1 200 ÷ 6 = 200.
    // A 1,5 → 1, remainder 0,5 ; B 2,5 → 2, remainder 0,5 ; C 2,0 → 2, remainder 0.
    // 5 by the quotient, 1 left; A and B have the same remainder: B has more votes → B.
    let r = results(1_200, &[("A", 300), ("B", 500), ("C", 400)]);
    let lines = seats(&r, GEN, &["A", "B", "C"], 6);
    assert_eq!(got(&lines), [("A", 1), ("B", 3), ("C", 2)]);
    assert!(lines.iter().all(|a| a.avertissement.is_none()));
    assert!(line(&lines, "B")
        .explication
        .contains("Reste égal à celui de A : l'emporte par ses voix."));
    assert!(line(&lines, "A")
        .explication
        .contains("Reste égal à celui de B, qui l'emporte par ses voix."));
}

#[test]
fn a_perfect_tie_is_decided_by_the_order_and_flagged() {
    // A 100, B 100, 3 seats: quotient 200 ÷ 3 = 66,67 ; each 300 ÷ 200 = 1,5 → 1, remainder 0,5.
    // 1 left, same remainder, same votes: the text is silent; A, first entered, gets it, and the
    // result says a draw or an agreement is needed.
    let r = results(200, &[("A", 100), ("B", 100)]);
    let lines = seats(&r, GEN, &["A", "B"], 3);
    assert_eq!(got(&lines), [("A", 2), ("B", 1)]);
    let warning = line(&lines, "A").avertissement.clone().unwrap();
    assert!(
        warning.starts_with("Égalité parfaite au collège des médecins généralistes entre A et B")
    );
    assert!(warning.contains("tirage au sort"));
    assert!(line(&lines, "B").avertissement.is_none());
    // compute() gathers it.
    let scenario = Saisie {
        resultats: r,
        signataires: vec!["A".into(), "B".into()],
        sieges_generalistes: 3,
        sieges_specialistes: 1,
    };
    assert!(compute(&scenario)
        .unwrap()
        .avertissements
        .contains(&warning));
}

#[test]
fn a_set_of_one_union_takes_every_seat() {
    // MG France alone: quotient 4 841 ÷ 6 = 806,83 ; 4 841 ÷ 806,83 = 6 exactly, remainder 0.
    let lines = seats(&urps_2021(), GEN, &[MG_FRANCE], 6);
    assert_eq!(got(&lines), [(MG_FRANCE, 6)]);
    assert_eq!(
        lines[0].explication,
        "4\u{a0}841 voix ÷ 806,83 (quotient électoral) = 6,0000 : 6 sièges au quotient, reste \
         0,0000 ; tous les sièges sont pourvus au quotient. Total : 6 sièges."
    );
}

#[test]
fn seats_never_panic_on_unvalidated_input() {
    let r = results(0, &[("A", 0), ("B", -3)]);
    assert_eq!(got(&seats(&r, GEN, &["A", "B"], 6)), [("A", 0), ("B", 0)]);
    assert_eq!(
        got(&seats(&urps_2021(), GEN, &signataires_2024(), 0)),
        [(CSMF, 0), (FMF, 0), (MG_FRANCE, 0)]
    );
    assert!(seats(&urps_2021(), GEN, &["Inconnu"], 6).is_empty());
    // Fewer seats than signatories: no guarantee possible, 2 seats to the largest remainders.
    let lines = seats(&urps_2021(), GEN, &signataires_2024(), 2);
    assert_eq!(lines.iter().map(|a| a.sieges).sum::<i64>(), 2);
    let huge = results(i64::MAX, &[("A", i64::MAX), ("B", i64::MAX)]);
    assert_eq!(got(&seats(&huge, GEN, &["A", "B"], i64::MAX)).len(), 2);
    let lopsided = results(i64::MAX, &[("A", i64::MAX), ("B", 1)]);
    assert_eq!(
        got(&seats(&lopsided, GEN, &["A", "B"], i64::MAX))[1],
        ("B", 1)
    );
}

proptest! {
    #[test]
    fn every_seat_is_filled_and_each_signatory_has_one(
        votes in prop::collection::vec(0i64..1_000_000, 1..7),
        extra in 0i64..20,
    ) {
        prop_assume!(votes.iter().any(|v| *v > 0));
        let names: Vec<String> = (0..votes.len()).map(|i| format!("S{i}")).collect();
        let unions: Vec<(&str, i64)> =
            names.iter().map(String::as_str).zip(votes.iter().copied()).collect();
        let total: i64 = votes.iter().sum();
        let r = results(total, &unions);
        let s = votes.len() as i64 + extra;
        let lines = seats(&r, GEN, &names, s);
        prop_assert_eq!(lines.iter().map(|a| a.sieges).sum::<i64>(), s);
        prop_assert!(lines.iter().all(|a| a.sieges >= 1));
        if lines.iter().all(|a| !a.siege_garanti) {
            // Largest remainders: each union has the integer part of its quotient, or one more.
            for a in &lines {
                prop_assert!(a.sieges == a.sieges_au_quotient || a.sieges == a.sieges_au_quotient + 1);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The result for the page
// ---------------------------------------------------------------------------------------------

#[test]
fn the_convention_scenario_as_the_page_receives_it() {
    let r = compute(&Saisie::default()).unwrap();
    let v = serde_json::to_value(&r).unwrap();
    let gen = &v["colleges"][0];
    assert_eq!(gen["college"], "generalistes");
    assert_eq!(gen["part_signataires"], "71.07");
    assert_eq!(
        gen["formule_part"],
        "17,31\u{a0}% + 17,18\u{a0}% + 36,58\u{a0}% = 71,07\u{a0}%"
    );
    assert_eq!(gen["quotient_electoral"], "1567.67");
    assert_eq!(gen["voix_signataires"], 9406);
    assert_eq!(
        gen["repartition"],
        "Quotient électoral : 9\u{a0}406 voix des signataires ÷ 6 sièges = 1\u{a0}567,67 ; 5 \
         sièges au quotient, 1 au plus fort reste (CSMF). Résultat : CSMF 2, FMF 1, MG France 3."
    );
    let mg = &gen["lignes"][2];
    assert_eq!(
        (
            mg["syndicat"].as_str(),
            mg["voix"].as_i64(),
            mg["part"].as_str(),
            mg["sieges"].as_i64()
        ),
        (Some(MG_FRANCE), Some(4841), Some("36.58"), Some(3))
    );
    assert_eq!(mg["attribution"]["quotient"], "3.0880");
    let ufml = &gen["lignes"][3];
    assert_eq!(
        (ufml["signataire"].as_bool(), ufml["sieges"].as_i64()),
        (Some(false), Some(0))
    );
    assert!(ufml.get("attribution").is_none());
    let spe = &v["colleges"][1];
    assert_eq!(spe["part_signataires"], "73.68");
    assert_eq!(spe["lignes"][1]["part"], "39.30");
    assert_eq!(v["interpretations"].as_array().unwrap().len(), 6);
    assert_eq!(v["sources"][2]["objet"], "Répartition des sièges");
    assert!(v["sources"][0]["reference"]
        .as_str()
        .unwrap()
        .starts_with("Séance d'ouverture des négociations du 15/11/2023"));
    assert!(r
        .notes
        .iter()
        .any(|n| n.contains("71,07\u{a0}%, celui que publie le préambule ; sièges identiques")));
    assert!(r
        .notes
        .iter()
        .any(|n| n.contains("73,68\u{a0}%, celui que publie le préambule ; sièges identiques")));
    // The « Exprimés » column against the published shares, per college.
    assert_eq!(r.avertissements.len(), 2);
    assert!(r.avertissements[0].contains("4\u{a0}841 voix, soit 20,70\u{a0}% de 23\u{a0}384"));
    assert!(r.avertissements[0].contains("environ 13\u{a0}234 suffrages exprimés"));
    assert!(r.avertissements[1].contains("environ 12\u{a0}262 suffrages exprimés"));
}

#[test]
fn a_json_scenario_with_typed_results() {
    // 1 000 expressed votes: A 500 (50 %), B 300 (30 %), C 150 (15 %), D 50 (5 %, not signing).
    // Weight of A, B, C: 50 + 30 + 15 = 95 %. 4 seats: 950 ÷ 4 = 237,5 ;
    // A 2 000 ÷ 950 = 2,1052 → 2 ; B 1 200 ÷ 950 = 1,2631 → 1 ; C 600 ÷ 950 = 0,6315 → 0.
    // 1 left: C (0,6315) → A 2, B 1, C 1.
    let text = json!({
        "resultats": {
            "scrutin": "Hypothèse 2026",
            "generalistes": {"exprimes": 1000, "syndicats": [
                {"syndicat": "A", "voix": 500}, {"syndicat": "B", "voix": 300},
                {"syndicat": "C", "voix": 150}, {"syndicat": "D", "voix": 50}
            ]},
            "specialistes": {"exprimes": 10, "syndicats": [{"syndicat": "A", "voix": 10}]}
        },
        "signataires": ["A", "B", "C"],
        "sieges_generalistes": 4,
        "sieges_specialistes": 1
    })
    .to_string();
    let scenario = from_json(&text).unwrap();
    let r = compute(&scenario).unwrap();
    let gen = &r.colleges[0];
    assert_eq!(gen.part_signataires, dec!(95.00));
    assert_eq!(
        gen.lignes[0].formule_part,
        "500 ÷ 1\u{a0}000 × 100 = 50,00\u{a0}%"
    );
    assert!(!gen.lignes[0].part_publiee);
    assert_eq!(
        gen.lignes.iter().map(|l| l.sieges).collect::<Vec<_>>(),
        [2, 1, 1, 0]
    );
    assert_eq!(r.colleges[1].lignes[0].sieges, 1);
    assert_eq!(
        r.sources[0].reference,
        "Résultats saisis par l'utilisateur (sans source indiquée)"
    );
    assert!(r.avertissements.is_empty());
    // Not the convention's scenario: no comparison with the published figures.
    assert!(r.notes.is_empty());
}

#[test]
fn an_empty_scenario_is_the_convention_of_2024() {
    let scenario = from_json("{}").unwrap();
    assert_eq!(scenario, Saisie::default());
    assert_eq!(
        scenario.signataires,
        [MG_FRANCE, FMF, CSMF, AVENIR_SPE_LE_BLOC, SML]
    );
    assert_eq!(
        (scenario.sieges_generalistes, scenario.sieges_specialistes),
        (6, 6)
    );
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

#[test]
fn every_error_at_once_on_its_field() {
    let text = json!({
        "resultats": {
            "scrutin": "Erreurs",
            "generalistes": {"exprimes": -1, "syndicats": [
                {"syndicat": "A", "voix": -5},
                {"syndicat": "a ", "voix": 10, "part": "douze"},
                {"syndicat": "", "voix": 20, "part": 120}
            ]},
            "specialistes": {"exprimes": 100, "syndicats": []}
        },
        "signataires": ["A", "Z", "A", " "],
        "sieges_generalistes": 0,
        "sieges_specialistes": 101
    })
    .to_string();
    let scenario = from_json(&text).unwrap();
    assert_eq!(
        validate(&scenario),
        [
            err("resultats.generalistes.exprimes", "Un nombre de suffrages ne peut pas être négatif."),
            err("resultats.generalistes.syndicats.0.voix", "Un nombre de voix ne peut pas être négatif."),
            err("resultats.generalistes.syndicats.1.syndicat", "« a » est déjà saisi dans ce collège."),
            err("resultats.generalistes.syndicats.1.part", "Pourcentage attendu (par exemple 36,58)."),
            err("resultats.generalistes.syndicats.2.syndicat", "Nom du syndicat attendu."),
            err("resultats.generalistes.syndicats.2.part", "Une part est un pourcentage entre 0 et 100."),
            err("resultats.specialistes.syndicats", "Au moins un syndicat attendu dans ce collège."),
            err(
                "signataires.1",
                "Syndicat inconnu : « Z » n'a de résultats dans aucun collège (syndicats saisis : A)."
            ),
            err("signataires.2", "« A » est déjà cité."),
            err("signataires.3", "Nom du syndicat attendu."),
            err("sieges_generalistes", "Au moins 1 siège à pourvoir."),
            err(
                "signataires",
                "Aucun signataire n'a de résultats au collège des médecins spécialistes : ses \
                 sièges ne peuvent pas être répartis."
            ),
            err("sieges_specialistes", "100 sièges au plus."),
        ]
    );
    assert!(compute(&scenario).is_err());
}

#[test]
fn an_empty_set_of_signatories() {
    let scenario = Saisie {
        signataires: Vec::new(),
        ..Saisie::default()
    };
    assert_eq!(
        validate(&scenario),
        [err(
            "signataires",
            "Au moins un syndicat signataire attendu."
        )]
    );
}

#[test]
fn fewer_seats_than_signatories_cannot_give_one_each() {
    let scenario = Saisie {
        sieges_generalistes: 2,
        sieges_specialistes: 1,
        ..Saisie::default()
    };
    assert_eq!(
        validate(&scenario),
        [
            err(
                "sieges_generalistes",
                "2 sièges ne suffisent pas à assurer au moins un siège à chacun des 3 signataires \
                 au collège des médecins généralistes : 3 sièges au moins."
            ),
            err(
                "sieges_specialistes",
                "1 siège ne suffit pas à assurer au moins un siège à chacun des 3 signataires au \
                 collège des médecins spécialistes : 3 sièges au moins."
            ),
        ]
    );
}

#[test]
fn votes_beyond_the_expressed_votes_and_signatories_without_votes() {
    let mut r = results(100, &[("A", 60), ("B", 50)]);
    r.specialistes = college(10, &[("A", 0), ("C", 10)]);
    let scenario = Saisie {
        resultats: r,
        signataires: vec!["A".into()],
        sieges_generalistes: 6,
        sieges_specialistes: 6,
    };
    assert_eq!(
        validate(&scenario),
        [
            err(
                "resultats.generalistes.exprimes",
                "Moins de suffrages exprimés (100) que de voix des syndicats (110)."
            ),
            err(
                "signataires",
                "Les signataires n'ont aucune voix au collège des médecins spécialistes : le \
                 quotient électoral ne peut pas être calculé."
            ),
        ]
    );
}

#[test]
fn no_expressed_votes_for_shares_that_are_not_published() {
    let mut r = results(0, &[("A", 0)]);
    r.generalistes.syndicats.push(VoixSyndicat {
        syndicat: "B".into(),
        voix: 0,
        part: Some(DecimalInput::from(Decimal::TEN)),
    });
    let scenario = Saisie {
        resultats: r,
        signataires: vec!["A".into()],
        ..Saisie::default()
    };
    let errors = validate(&scenario);
    assert_eq!(
        errors[0],
        err(
            "resultats.generalistes.exprimes",
            "Suffrages exprimés attendus (plus de 0) pour calculer la part des syndicats sans part \
             publiée."
        )
    );
}

#[test]
fn structural_errors_come_back_in_french_on_their_field() {
    assert_eq!(
        from_json(r#"{"siege": 6}"#).unwrap_err(),
        err("siege", "Champ inconnu : « siege ».")
    );
    let fractional = json!({"resultats": {
        "scrutin": "x",
        "generalistes": {"exprimes": 10, "syndicats": [{"syndicat": "A", "voix": 12.5}]},
        "specialistes": {"exprimes": 10, "syndicats": []}
    }});
    assert_eq!(
        from_json(&fractional.to_string()).unwrap_err(),
        err(
            "resultats.generalistes.syndicats.0.voix",
            "Nombre entier attendu (sans virgule)."
        )
    );
    let unknown = json!({"resultats": {
        "scrutin": "x",
        "generalistes": {"exprimes": 10, "syndicats": [{"syndicat": "A", "voix": 1, "pct": 3}]},
        "specialistes": {"exprimes": 10, "syndicats": []}
    }});
    assert_eq!(
        from_json(&unknown.to_string()).unwrap_err(),
        err(
            "resultats.generalistes.syndicats.0.pct",
            "Champ inconnu : « pct »."
        )
    );
    assert_eq!(
        from_json(
            r#"{"resultats": {"scrutin": "x", "generalistes": {"exprimes": 1, "syndicats": []}}}"#
        )
        .unwrap_err(),
        err(
            "resultats.specialistes",
            "Champ obligatoire manquant : « specialistes »."
        )
    );
    assert_eq!(
        from_json(r#"{"signataires": "MG France"}"#).unwrap_err(),
        err("signataires", "Liste attendue (entre crochets).")
    );
    assert_eq!(from_json("{").unwrap_err().champ, "");
    assert_eq!(
        from_json("{} x").unwrap_err(),
        err("", "Texte en trop après le scénario JSON.")
    );
}

// ---------------------------------------------------------------------------------------------
// Bounds (issue 9: 1 000 unions with 10 unknown signatories took 5 s, 5 000 took 95 s)
// ---------------------------------------------------------------------------------------------

/// A scenario with `n` unions in each college and `signataires` (the first of them, then
/// `unknown` names that have no result).
fn many(n: usize, signataires: usize, unknown: usize) -> Saisie {
    let college = |n: usize| ResultatsCollege {
        exprimes: 10 * n as i64,
        syndicats: (0..n)
            .map(|i| VoixSyndicat {
                syndicat: format!("Syndicat {i}"),
                voix: 10,
                part: None,
            })
            .collect(),
    };
    Saisie {
        resultats: Resultats {
            scrutin: "Taille".to_owned(),
            source: String::new(),
            notes: Vec::new(),
            generalistes: college(n),
            specialistes: college(n),
        },
        signataires: (0..signataires)
            .map(|i| format!("Syndicat {i}"))
            .chain((0..unknown).map(|i| format!("Inconnu {i}")))
            .collect(),
        sieges_generalistes: 100,
        sieges_specialistes: 100,
    }
}

#[test]
fn more_unions_than_the_bound_are_refused_on_the_list() {
    for n in [1_000, 5_000] {
        assert_eq!(
            compute(&many(n, 10, 10)).unwrap_err(),
            vec![
                err(
                    "resultats.generalistes.syndicats",
                    &format!("50 syndicats au plus par collège ({n} saisis).")
                ),
                err(
                    "resultats.specialistes.syndicats",
                    &format!("50 syndicats au plus par collège ({n} saisis).")
                ),
            ]
        );
    }
    assert_eq!(
        compute(&many(50, 50, 10)).unwrap_err(),
        vec![err(
            "signataires",
            "50 syndicats signataires au plus (60 saisis)."
        )]
    );
}

#[test]
fn at_the_bound_unknown_signatories_are_each_named_once() {
    // 50 unions per college, 40 of them signing, 10 unknown names: one error each, listing the 50
    // unions once (the same names in both colleges).
    let errors = compute(&many(50, 40, 10)).unwrap_err();
    assert_eq!(errors.len(), 10);
    let known: Vec<String> = (0..50).map(|i| format!("Syndicat {i}")).collect();
    for (i, e) in errors.iter().enumerate() {
        assert_eq!(e.champ, format!("signataires.{}", 40 + i));
        assert_eq!(
            e.message,
            format!(
                "Syndicat inconnu : « Inconnu {i} » n'a de résultats dans aucun collège \
                 (syndicats saisis : {}).",
                known.join(", ")
            )
        );
    }
    // Without the unknown names, the 50 signatories share the 100 seats of each college: 10 votes
    // each of 500, quotient 500 ÷ 100 = 5, so 2 seats each.
    let r = compute(&many(50, 50, 0)).unwrap();
    for c in &r.colleges {
        assert!(c.lignes.iter().all(|l| l.sieges == 2), "{:?}", c.college);
        assert_eq!(c.part_signataires, dec!(100.00));
    }
}

#[test]
fn a_name_longer_than_the_bound_is_refused_on_its_field() {
    let mut s = Saisie::default();
    s.resultats.generalistes.syndicats[0].syndicat = "x".repeat(101);
    s.signataires.push("y".repeat(101));
    assert_eq!(
        validate(&s),
        vec![
            err(
                "resultats.generalistes.syndicats.0.syndicat",
                "Nom du syndicat de 100 caractères au plus."
            ),
            err(
                "signataires.5",
                "Nom du syndicat de 100 caractères au plus."
            ),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Typed votes that do not add up to the expressed votes (issue 9, item 8)
// ---------------------------------------------------------------------------------------------

#[test]
fn typed_votes_short_of_the_expressed_votes_show_both_readings() {
    // The URPS 2021 table typed without its published shares.
    let mut s = Saisie::default();
    for college in [&mut s.resultats.generalistes, &mut s.resultats.specialistes] {
        for l in &mut college.syndicats {
            l.part = None;
        }
    }
    let r = compute(&s).unwrap();
    let (gen, spe) = (&r.colleges[0], &r.colleges[1]);
    // Over the « Exprimés » entered: 2 291 ÷ 23 384 = 9,80 %, 2 274 ÷ 23 384 = 9,72 %,
    // 4 841 ÷ 23 384 = 20,70 % → 40,22 %; 2 742 ÷ 19 188 = 14,29 %, 4 819 ÷ 19 188 = 25,11 %,
    // 1 474 ÷ 19 188 = 7,68 % → 47,08 %.
    assert_eq!(gen.part_signataires, dec!(40.22));
    assert_eq!(spe.part_signataires, dec!(47.08));
    // Over the votes typed: 2 291 + 2 274 + 4 841 + 2 259 = 11 665 (49,88 % of 23 384);
    // 2 291 ÷ 11 665 = 19,64 %, 2 274 ÷ 11 665 = 19,49 %, 4 841 ÷ 11 665 = 41,50 % → 80,63 %.
    let g = gen.lecture_voix_saisies.as_ref().unwrap();
    assert_eq!(
        (g.voix_saisies, g.part_des_exprimes, g.part_signataires),
        (11_665, dec!(49.88), dec!(80.63))
    );
    assert_eq!(
        g.formule_part,
        "CSMF 19,64\u{a0}% + FMF 19,49\u{a0}% + MG France 41,50\u{a0}% = 80,63\u{a0}% \
         (voix ÷ 11\u{a0}665 voix saisies × 100)"
    );
    // 2 742 + 4 819 + 1 474 + 2 044 = 11 079 (57,74 % of 19 188); 2 742 ÷ 11 079 = 24,75 %,
    // 4 819 ÷ 11 079 = 43,50 %, 1 474 ÷ 11 079 = 13,30 % → 81,55 %.
    let p = spe.lecture_voix_saisies.as_ref().unwrap();
    assert_eq!(
        (p.voix_saisies, p.part_des_exprimes, p.part_signataires),
        (11_079, dec!(57.74), dec!(81.55))
    );
    // The seats count the signatories' votes only: the published 3, 2, 1 in both readings.
    let seats: Vec<i64> = gen.lignes.iter().map(|l| l.sieges).collect();
    assert_eq!(seats, [2, 1, 3, 0]);
    let warnings: Vec<&String> = r
        .avertissements
        .iter()
        .filter(|w| w.contains("voix saisies"))
        .collect();
    assert_eq!(warnings.len(), 2);
    assert_eq!(
        warnings[0],
        "Au collège des médecins généralistes, les voix saisies (11\u{a0}665) ne font que \
         49,88\u{a0}% des 23\u{a0}384 suffrages exprimés saisis : les parts calculées à partir des \
         voix supposent que les 11\u{a0}719 autres voix sont allées à des listes non saisies. Si \
         « Exprimés » n'est pas la base de ces voix (un tableau qui omet des listes, comme celui \
         des élections URPS 2021), les parts sont celles des voix saisies et les signataires \
         pèsent 80,63\u{a0}% au lieu de 40,22\u{a0}%. Les deux lectures sont affichées ; la \
         répartition des sièges, qui ne compte que les voix des signataires, est la même dans \
         les deux."
    );
    assert!(warnings[1]
        .starts_with("Au collège des médecins spécialistes, les voix saisies (11\u{a0}079)"));
    assert!(warnings[1].contains("pèsent 81,55\u{a0}% au lieu de 47,08\u{a0}%"));
}

#[test]
fn votes_that_add_up_or_published_shares_have_one_reading() {
    // Every share published (the preloaded table): the published shares are the shares.
    let r = compute(&Saisie::default()).unwrap();
    assert!(r.colleges.iter().all(|c| c.lecture_voix_saisies.is_none()));
    // Typed votes adding up to the expressed votes: one reading, no warning.
    let mut s = many(4, 4, 0);
    s.sieges_generalistes = 4;
    s.sieges_specialistes = 4;
    let r = compute(&s).unwrap();
    assert!(r.colleges.iter().all(|c| c.lecture_voix_saisies.is_none()));
    assert!(r.avertissements.is_empty());
    // One vote short: both readings (40 typed, 41 expressed; 4 × 10 ÷ 40 = 100 %).
    s.resultats.generalistes.exprimes = 41;
    let r = compute(&s).unwrap();
    let l = r.colleges[0].lecture_voix_saisies.as_ref().unwrap();
    assert_eq!((l.voix_saisies, l.part_signataires), (40, dec!(100.00)));
    // 10 ÷ 41 = 24,39 % each → 97,56 %.
    assert_eq!(r.colleges[0].part_signataires, dec!(97.56));
    assert!(r.colleges[1].lecture_voix_saisies.is_none());
    assert_eq!(r.avertissements.len(), 1);
}
