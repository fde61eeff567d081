//! Values set by the convention médicale of 4 June 2024, as the CNAM circular of 31/07/2024
//! presents it (`shared/sources/000_a8aa8d5400d38f5b.txt`).

use rust_decimal_macros::dec;

use super::{date, ParameterSet, Value};

/// The FMT replaces the FPMT and the ROSP from 1 January 2026 (§3.1 A, « Entrée en vigueur »
/// of §3.1 C); no end date is set, the convention runs for five years from 22/06/2024.
const FMT_START: chrono::NaiveDate = date(2026, 1, 1);

const fn fmt(id: &'static str, valeur: rust_decimal::Decimal, section: &'static str) -> Value {
    Value {
        id,
        valeur,
        debut: FMT_START,
        fin: None,
        section,
    }
}

pub const SET: ParameterSet = ParameterSet {
    id: "convention_2024",
    document: "Circulaire CNAM du 31/07/2024 (convention médicale du 4 juin 2024)",
    fichier: "000_a8aa8d5400d38f5b.txt",
    valeurs: &[
        fmt(
            "fmt.socle.ald_80_ans_et_plus",
            dec!(100),
            "§3.1 A, tableau, ligne (ALD) 80 ans ou plus",
        ),
        fmt(
            "fmt.socle.ald_moins_80_ans",
            dec!(55),
            "§3.1 A, tableau, ligne (ALD) 0-79 ans",
        ),
        fmt(
            "fmt.socle.80_ans_et_plus",
            dec!(55),
            "§3.1 A, tableau, ligne 80 ans et plus",
        ),
        fmt(
            "fmt.socle.75_a_79_ans",
            dec!(15),
            "§3.1 A, tableau, ligne 75-79 ans",
        ),
        fmt(
            "fmt.socle.7_a_74_ans",
            dec!(5),
            "§3.1 A, tableau, ligne 7 à 74 ans",
        ),
        fmt(
            "fmt.socle.2_a_6_ans",
            dec!(15),
            "§3.1 A, tableau, ligne moins de 7 ans",
        ),
        fmt(
            "fmt.socle.moins_2_ans",
            dec!(15),
            "§3.1 A, tableau, ligne moins de 7 ans",
        ),
        fmt(
            "fmt.socle.non_vu_2_ans",
            dec!(5),
            "§3.1 A, tableau, ligne patients non vus dans les 2 ans",
        ),
        fmt(
            "fmt.majoration.c2s",
            dec!(10),
            "§3.1 A, majoration C2S (précarité)",
        ),
        fmt("fmt.majoration.zip_qpv", dec!(10), "§3.1 B 1 A/"),
        fmt(
            "fmt.majoration.primo_installe.annee_1",
            dec!(50),
            "§3.1 B 1 B/",
        ),
        fmt(
            "fmt.majoration.primo_installe.annee_2",
            dec!(30),
            "§3.1 B 1 B/",
        ),
        fmt(
            "fmt.majoration.primo_installe.annee_3",
            dec!(10),
            "§3.1 B 1 B/",
        ),
        fmt("fmt.majoration.age", dec!(10), "§3.1 B 2"),
        fmt("fmt.majoration.age.seuil", dec!(67), "§3.1 B 2"),
        fmt("fmt.prevention.indicateur", dec!(5), "§3.1 C"),
    ],
};
