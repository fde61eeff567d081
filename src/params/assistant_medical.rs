//! Aide à l'emploi d'un assistant médical — circulaire du 31/07/2024, §4: the revalorised amounts
//! of each option and contract year (§4.2, §4.3), the deposit rates (§4.6), the tolerances (§4.4)
//! and the other thresholds, in force from the convention's start on 22/06/2024.
//!
//! The first day of a value says when it exists: the options 1,5 and 2 ETP are created by §4.3,
//! so their amounts start on 22/06/2024 and a contract year that starts earlier cannot take them.
//! The amounts of the older options (1/3, 1/2, 1 ETP) before that day are not in the sources: the
//! rule derives them from these ones and the revalorisation rate (a stated reading).

use rust_decimal_macros::dec;

use super::calendar::CONVENTION_2024_START;
use super::documents::CONVENTION_2024;
use super::{parameters, Dated, Param, Unit};

parameters! {
    TIERS_ANNEE_1 = Param::new(
        "am.tiers.annee_1",
        "Assistant médical 1/3 ETP — aide maximale, 1re année",
        Unit::Euro,
        &[
            Dated::since(dec!(12600), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau de l'option 1/3 ETP (1re année : montant fixe du P95, comme pour les options 1/2 et 1 ETP ; interprétation)")
                .read_as("La 1re année de l'option 1/3 ETP manque au tableau de la circulaire : elle vaut le montant fixe du P95, comme pour les options 1/2 et 1 ETP où la 1re année égale ce montant."),
        ],
    );

    TIERS_ANNEE_2 = Param::new(
        "am.tiers.annee_2",
        "Assistant médical 1/3 ETP — aide maximale, 2e année",
        Unit::Euro,
        &[
            Dated::since(dec!(9450), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau de l'option 1/3 ETP"),
        ],
    );

    TIERS_ANNEE_3 = Param::new(
        "am.tiers.annee_3",
        "Assistant médical 1/3 ETP — aide maximale, 3e année et suivantes",
        Unit::Euro,
        &[
            Dated::since(dec!(7350), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau de l'option 1/3 ETP"),
        ],
    );

    TIERS_MAJORE = Param::new(
        "am.tiers.majore",
        "Assistant médical 1/3 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94",
        Unit::Euro,
        &[
            Dated::since(dec!(8767), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau de l'option 1/3 ETP"),
        ],
    );

    TIERS_P95 = Param::new(
        "am.tiers.p95",
        "Assistant médical 1/3 ETP — aide maximale, toute année, patientèle au P95 ou plus",
        Unit::Euro,
        &[
            Dated::since(dec!(12600), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau de l'option 1/3 ETP"),
        ],
    );

    DEMI_ANNEE_1 = Param::new(
        "am.demi.annee_1",
        "Assistant médical 1/2 ETP — aide maximale, 1re année",
        Unit::Euro,
        &[
            Dated::since(dec!(19000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    DEMI_ANNEE_2 = Param::new(
        "am.demi.annee_2",
        "Assistant médical 1/2 ETP — aide maximale, 2e année",
        Unit::Euro,
        &[
            Dated::since(dec!(14000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    DEMI_ANNEE_3 = Param::new(
        "am.demi.annee_3",
        "Assistant médical 1/2 ETP — aide maximale, 3e année et suivantes",
        Unit::Euro,
        &[
            Dated::since(dec!(11000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    DEMI_MAJORE = Param::new(
        "am.demi.majore",
        "Assistant médical 1/2 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94",
        Unit::Euro,
        &[
            Dated::since(dec!(13000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    DEMI_P95 = Param::new(
        "am.demi.p95",
        "Assistant médical 1/2 ETP — aide maximale, toute année, patientèle au P95 ou plus",
        Unit::Euro,
        &[
            Dated::since(dec!(19000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    UN_ANNEE_1 = Param::new(
        "am.un.annee_1",
        "Assistant médical 1 ETP — aide maximale, 1re année",
        Unit::Euro,
        &[
            Dated::since(dec!(38000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    UN_ANNEE_2 = Param::new(
        "am.un.annee_2",
        "Assistant médical 1 ETP — aide maximale, 2e année",
        Unit::Euro,
        &[
            Dated::since(dec!(28000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    UN_ANNEE_3 = Param::new(
        "am.un.annee_3",
        "Assistant médical 1 ETP — aide maximale, 3e année et suivantes",
        Unit::Euro,
        &[
            Dated::since(dec!(22000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    UN_MAJORE = Param::new(
        "am.un.majore",
        "Assistant médical 1 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94",
        Unit::Euro,
        &[
            Dated::since(dec!(26000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    UN_P95 = Param::new(
        "am.un.p95",
        "Assistant médical 1 ETP — aide maximale, toute année, patientèle au P95 ou plus",
        Unit::Euro,
        &[
            Dated::since(dec!(38000), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        ],
    );

    UN_ET_DEMI_ANNEE_3 = Param::new(
        "am.un_et_demi.annee_3",
        "Assistant médical 1,5 ETP — aide maximale, 3e année et suivantes",
        Unit::Euro,
        &[
            Dated::since(dec!(33000), CONVENTION_2024_START, &CONVENTION_2024, "§4.3, tableau des options 1,5 et 2 ETP"),
        ],
    );

    UN_ET_DEMI_MAJORE = Param::new(
        "am.un_et_demi.majore",
        "Assistant médical 1,5 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94",
        Unit::Euro,
        &[
            Dated::since(dec!(39000), CONVENTION_2024_START, &CONVENTION_2024, "§4.3, tableau des options 1,5 et 2 ETP"),
        ],
    );

    UN_ET_DEMI_P95 = Param::new(
        "am.un_et_demi.p95",
        "Assistant médical 1,5 ETP — aide maximale, toute année, patientèle au P95 ou plus",
        Unit::Euro,
        &[
            Dated::since(dec!(57000), CONVENTION_2024_START, &CONVENTION_2024, "§4.3, tableau des options 1,5 et 2 ETP"),
        ],
    );

    DEUX_ANNEE_3 = Param::new(
        "am.deux.annee_3",
        "Assistant médical 2 ETP — aide maximale, 3e année et suivantes",
        Unit::Euro,
        &[
            Dated::since(dec!(44000), CONVENTION_2024_START, &CONVENTION_2024, "§4.3, tableau des options 1,5 et 2 ETP"),
        ],
    );

    DEUX_MAJORE = Param::new(
        "am.deux.majore",
        "Assistant médical 2 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94",
        Unit::Euro,
        &[
            Dated::since(dec!(52000), CONVENTION_2024_START, &CONVENTION_2024, "§4.3, tableau des options 1,5 et 2 ETP"),
        ],
    );

    DEUX_P95 = Param::new(
        "am.deux.p95",
        "Assistant médical 2 ETP — aide maximale, toute année, patientèle au P95 ou plus",
        Unit::Euro,
        &[
            Dated::since(dec!(76000), CONVENTION_2024_START, &CONVENTION_2024, "§4.3, tableau des options 1,5 et 2 ETP"),
        ],
    );

    REVALORISATION = Param::new(
        "am.revalorisation",
        "Assistant médical — revalorisation des aides au 22/06/2024",
        Unit::Pourcent,
        &[
            Dated::since(dec!(5), CONVENTION_2024_START, &CONVENTION_2024, "§4.2 (revalorisation de 5 %)"),
        ],
    );

    ACOMPTE = Param::new(
        "am.acompte",
        "Assistant médical — part de l'aide versée en acompte (à partir de la 3e année)",
        Unit::Pourcent,
        &[
            Dated::since(dec!(50), CONVENTION_2024_START, &CONVENTION_2024, "§4.6 (acompte de 50 % à la date anniversaire)"),
        ],
    );

    ACOMPTE_TIERS = Param::new(
        "am.acompte_tiers",
        "Assistant médical 1/3 ETP — part de l'aide versée en acompte",
        Unit::Pourcent,
        &[
            Dated::since(dec!(70), CONVENTION_2024_START, &CONVENTION_2024, "§4.2, tableau de l'option 1/3 ETP (70 % d'acompte, 30 % de solde)"),
        ],
    );

    TOLERANCE_P95 = Param::new(
        "am.tolerance.p95",
        "Assistant médical — baisse de patientèle tolérée au P95 ou plus",
        Unit::Pourcent,
        &[
            Dated::since(dec!(5), CONVENTION_2024_START, &CONVENTION_2024, "§4.4 (patientèle au-delà du P95 : tolérance de 0 à -5 %)"),
        ],
    );

    TOLERANCE_AGE = Param::new(
        "am.tolerance.age",
        "Assistant médical — baisse de patientèle tolérée à partir de l'âge seuil",
        Unit::Pourcent,
        &[
            Dated::since(dec!(10), CONVENTION_2024_START, &CONVENTION_2024, "§4.4 (médecins de 65 ans et plus : tolérance de 0 à -10 %)"),
        ],
    );

    AGE = Param::new(
        "am.age",
        "Assistant médical — âge à partir duquel l'objectif est de maintenir la patientèle",
        Unit::Annees,
        &[
            Dated::since(dec!(65), CONVENTION_2024_START, &CONVENTION_2024, "§4.4 (médecins âgés de 65 ans et plus)"),
        ],
    )
    // An age a practising physician may have: every one is 18 or more at installation.
    .within(dec!(18), dec!(100));

    CCAM_MAX = Param::new(
        "am.ccam.max",
        "Assistant médical — part maximale des honoraires CCAM d'un chirurgien éligible",
        Unit::Pourcent,
        &[
            Dated::since(dec!(20), CONVENTION_2024_START, &CONVENTION_2024, "§4.1 (chirurgiens : honoraires CCAM sous 20 % des honoraires)"),
        ],
    );

    CARENCE = Param::new(
        "am.carence",
        "Assistant médical — délai de carence après la fin d'un contrat",
        Unit::Annees,
        &[
            Dated::since(dec!(2), CONVENTION_2024_START, &CONVENTION_2024, "§4.8 a (délai de carence de deux ans)"),
        ],
    )
    // A delay after a contract of 20 years at most (the longest the calculator follows).
    .within(dec!(0), dec!(20));
}
