//! Forfait patientèle médecin traitant (FPMT), until 31/12/2025 — Circulaire CNAM du 31/07/2024,
//! §3.1 A, column « montants actuels ». The circular gives only the amounts in force in 2024: they
//! are applied from 2021, an interpretation the FPMT lines show for the years before 2024.

use rust_decimal_macros::dec;

use super::calendar::{AVENANT_9_START, OLD_REGIME_END};
use super::documents::CONVENTION_2024;
use super::{date, parameters, Dated, Param, Unit};

/// The circular gives the amounts in force in 2024 only.
const BEFORE_2024: &str =
    "Les sources ne donnent que les montants du FPMT en vigueur en 2024 (« montants actuels »)";

parameters! {
    ALD_80_ANS_ET_PLUS = Param::new(
        "fpmt.ald_80_ans_et_plus",
        "FPMT — patient en ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
        &[
            Dated::during(dec!(70), (AVENANT_9_START, date(2023, 12, 31)), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne (ALD) 80 ans ou plus")
                .read_as(BEFORE_2024),
            Dated::during(dec!(70), (date(2024, 1, 1), OLD_REGIME_END), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne (ALD) 80 ans ou plus"),
        ],
    );

    ALD_MOINS_80_ANS = Param::new(
        "fpmt.ald_moins_80_ans",
        "FPMT — patient en ALD de moins de 80 ans (par patient)",
        Unit::Euro,
        &[
            Dated::during(dec!(46), (AVENANT_9_START, date(2023, 12, 31)), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne (ALD) 0-79 ans")
                .read_as(BEFORE_2024),
            Dated::during(dec!(46), (date(2024, 1, 1), OLD_REGIME_END), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne (ALD) 0-79 ans"),
        ],
    );

    DE_80_ANS_ET_PLUS = Param::new(
        "fpmt.80_ans_et_plus",
        "FPMT — patient hors ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
        &[
            Dated::during(dec!(46), (AVENANT_9_START, date(2023, 12, 31)), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne 80 ans et plus")
                .read_as(BEFORE_2024),
            Dated::during(dec!(46), (date(2024, 1, 1), OLD_REGIME_END), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne 80 ans et plus"),
        ],
    );

    DE_75_A_79_ANS = Param::new(
        "fpmt.75_a_79_ans",
        "FPMT — patient hors ALD de 75 à 79 ans (par patient)",
        Unit::Euro,
        &[
            Dated::during(dec!(5), (AVENANT_9_START, date(2023, 12, 31)), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne 75-79 ans")
                .read_as(BEFORE_2024),
            Dated::during(dec!(5), (date(2024, 1, 1), OLD_REGIME_END), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne 75-79 ans"),
        ],
    );

    DE_7_A_74_ANS = Param::new(
        "fpmt.7_a_74_ans",
        "FPMT — patient hors ALD de 7 à 74 ans (par patient)",
        Unit::Euro,
        &[
            Dated::during(dec!(5), (AVENANT_9_START, date(2023, 12, 31)), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne 7 à 74 ans")
                .read_as(BEFORE_2024),
            Dated::during(dec!(5), (date(2024, 1, 1), OLD_REGIME_END), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne 7 à 74 ans"),
        ],
    );

    DE_2_A_6_ANS = Param::new(
        "fpmt.2_a_6_ans",
        "FPMT — patient hors ALD de 2 à 6 ans (par patient)",
        Unit::Euro,
        &[
            Dated::during(dec!(6), (AVENANT_9_START, date(2023, 12, 31)), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne moins de 7 ans")
                .read_as(BEFORE_2024),
            Dated::during(dec!(6), (date(2024, 1, 1), OLD_REGIME_END), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne moins de 7 ans"),
        ],
    );

    MOINS_2_ANS = Param::new(
        "fpmt.moins_2_ans",
        "FPMT — patient hors ALD de moins de 2 ans (par patient)",
        Unit::Euro,
        &[
            Dated::during(dec!(6), (AVENANT_9_START, date(2023, 12, 31)), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne moins de 7 ans")
                .read_as(BEFORE_2024),
            Dated::during(dec!(6), (date(2024, 1, 1), OLD_REGIME_END), &CONVENTION_2024, "§3.1 A, tableau, montants actuels, ligne moins de 7 ans"),
        ],
    );
}
