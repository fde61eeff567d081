//! OPTAM and OPTAM-ACO — circulaire du 31/07/2024, §5 (articles 41 à 41-11 and annexes 12 à 15
//! of the convention): the modificateurs K, T and « 3 » by half-year, the eligibility to the
//! OPTAM-ACO, the partage de gains and the regional floor and ceiling of the overrun rates, all
//! from 1 January 2025; K and T at their earlier rates, which the circular quotes, before.

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use super::calendar::AVENANT_9_START;
use super::documents::CONVENTION_2024;
use super::{date, parameters, Dated, Param, Unit};

/// « L'ensemble de ces évolutions rentreront en vigueur à compter du 1er janvier 2025 » (§5).
const OPTAM_2025: NaiveDate = date(2025, 1, 1);
const BEFORE_2025: NaiveDate = date(2024, 12, 31);
/// The second step of K and T (§5 A).
const JUILLET_2025: NaiveDate = date(2025, 7, 1);
const JUIN_2025: NaiveDate = date(2025, 6, 30);

const EARLIER_RATE: &str = "La circulaire du 31/07/2024 (§5 A) donne le taux antérieur au 01/01/2025 sans le dater : il est appliqué depuis la première année du calculateur (2021).";

parameters! {
    MODIFICATEUR_K = Param::new(
        "optam.modificateur_k",
        "Modificateur K (OPTAM-ACO, actes de chirurgie et d'accouchement des chirurgiens et gynécologues-obstétriciens)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(20), (AVENANT_9_START, BEFORE_2025), &CONVENTION_2024, "§5 A (le modificateur K passe de 20 % à 25 % le 1er janvier 2025)")
                .read_as(EARLIER_RATE),
            Dated::during(dec!(25), (OPTAM_2025, JUIN_2025), &CONVENTION_2024, "§5 A (25 % le 1er janvier 2025)"),
            Dated::since(dec!(30), JUILLET_2025, &CONVENTION_2024, "§5 A (30 % au 1er juillet 2025)"),
        ],
    );

    MODIFICATEUR_T = Param::new(
        "optam.modificateur_t",
        "Modificateur T (médecins éligibles à l'OPTAM-ACO adhérant à l'OPTAM)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(11.5), (AVENANT_9_START, BEFORE_2025), &CONVENTION_2024, "§5 A (le modificateur T passe de 11,5 % à 16,5 % à compter du 1er janvier 2025)")
                .read_as(EARLIER_RATE),
            Dated::during(dec!(16.5), (OPTAM_2025, JUIN_2025), &CONVENTION_2024, "§5 A (16,5 % à compter du 1er janvier 2025)"),
            Dated::since(dec!(21.5), JUILLET_2025, &CONVENTION_2024, "§5 A (21,5 % à compter du 1er juillet 2025)"),
        ],
    );

    MODIFICATEUR_3_OPTAM_ACO = Param::new(
        "optam.modificateur_3.optam_aco",
        "Modificateur « 3 » des actes d'anesthésie — secteur 2 adhérant à l'OPTAM-ACO",
        Unit::Pourcent,
        &[
            Dated::since(dec!(8), OPTAM_2025, &CONVENTION_2024, "§5 A (8 % pour les médecins secteur 2 OPTAM-ACO, à compter du 1er janvier 2025)"),
        ],
    );

    MODIFICATEUR_3_SECTEUR_1 = Param::new(
        "optam.modificateur_3.secteur_1",
        "Modificateur « 3 » des actes d'anesthésie — secteur 1",
        Unit::Pourcent,
        &[
            Dated::since(dec!(12), OPTAM_2025, &CONVENTION_2024, "§5 A (12 % pour les médecins secteur 1, à compter du 1er janvier 2025)"),
        ],
    );

    ACTES_OPTAM_ACO = Param::new(
        "optam.optam_aco.actes_minimum",
        "OPTAM-ACO — actes d'anesthésie, de chirurgie ou d'obstétrique requis l'année précédant l'adhésion",
        Unit::Nombre,
        &[
            Dated::since(dec!(50), AVENANT_9_START, &CONVENTION_2024, "§5 A (au moins 50 actes l'année précédant la demande d'adhésion, critère inchangé)")
                .read_as("Le critère de 50 actes est « inchangé » (§5 A) : il est appliqué aussi avant 2025, à l'OPTAM-CO que l'OPTAM-ACO remplace."),
        ],
    );

    PARTAGE_RESPECT_STRICT = Param::new(
        "optam.partage_de_gains.respect_strict",
        "Partage de gains — part de la revalorisation pour un respect strict des engagements",
        Unit::Pourcent,
        &[
            Dated::since(dec!(60), OPTAM_2025, &CONVENTION_2024, "§5 B b (respect strict : 60 %)"),
        ],
    );

    PARTAGE_ECART_1_A_5 = Param::new(
        "optam.partage_de_gains.ecart_1_a_5",
        "Partage de gains — part de la revalorisation pour un non-respect de 1 à 5 points",
        Unit::Pourcent,
        &[
            Dated::since(dec!(40), OPTAM_2025, &CONVENTION_2024, "§5 B b (non-respect compris entre 1 et 5 points : 40 %)"),
        ],
    );

    PARTAGE_ECART_PLUS_DE_5 = Param::new(
        "optam.partage_de_gains.ecart_plus_de_5",
        "Partage de gains — part de la revalorisation pour un non-respect de plus de 5 points",
        Unit::Pourcent,
        &[
            Dated::since(dec!(0), OPTAM_2025, &CONVENTION_2024, "§5 B b (non-respect supérieur à 5 points : 0 %)"),
        ],
    );

    PLANCHER_POINTS = Param::new(
        "optam.taux_regionaux.plancher_points",
        "Taux plancher — points ajoutés au taux de dépassement régional le plus faible",
        Unit::Pourcent,
        &[
            Dated::since(dec!(10), OPTAM_2025, &CONVENTION_2024, "§5 B c (taux le plus faible majoré de 10 points)"),
        ],
    );

    PLAFOND_POINTS = Param::new(
        "optam.taux_regionaux.plafond_points",
        "Taux plafond — points retirés au taux de dépassement régional le plus élevé",
        Unit::Pourcent,
        &[
            Dated::since(dec!(5), OPTAM_2025, &CONVENTION_2024, "§5 B c (taux le plus élevé minoré de 5 points)"),
        ],
    );
}
