//! Forfait structure, 2021 to 2025 — avenant 9 (JO du 25/09/2021), article 5 and annexe 3; the
//! point's value from the 2016 convention (article 20). The forfait structure is kept until
//! 31/12/2025 (circulaire du 31/07/2024, §3.3 A); the sources set no value after 2023, so the 2023
//! values carry on in 2024 and 2025 — an interpretation written on those values' sections.

use rust_decimal_macros::dec;

use super::calendar::{AVENANT_9_START, OLD_REGIME_END};
use super::documents::{AVENANT_9, CONVENTION_2016};
use super::{date, parameters, year, Dated, Param, Unit};

parameters! {
    POINT = Param::new(
        "fs.point",
        "Forfait structure — valeur du point",
        Unit::Euro,
        &[
            Dated::during(dec!(7), (date(2017, 1, 1), OLD_REGIME_END), &CONVENTION_2016, "article 20 et annexe 12 (forfait structure : valeur du point fixée à 7 €)"),
        ],
    );

    VOLET1_POINTS = Param::new(
        "fs.volet1.points",
        "Forfait structure — points du volet 1 (prérequis)",
        Unit::Points,
        &[
            Dated::during(dec!(280), year(2021), &AVENANT_9, "art. 5, 1°, tableau du volet 1 (2021)"),
            Dated::during(dec!(400), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 1°, tableau du volet 1 (2022 et 2023 ; maintenu jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET1_LOGICIEL_SEGUR = Param::new(
        "fs.volet1.logiciel_segur",
        "Forfait structure — le logiciel du volet 1 doit être référencé Ségur (1 oui, 0 non : compatible DMP)",
        Unit::OuiNon,
        &[
            Dated::during(dec!(0), (AVENANT_9_START, date(2022, 12, 31)), &AVENANT_9, "art. 5, 1°, indicateur 1 (2021 et 2022 : logiciel métier compatible DMP avec un LAP certifié HAS)"),
            Dated::during(dec!(1), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 1°, indicateur 1 (2023 : logiciel référencé Ségur avec un LAP certifié HAS ; maintenu jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET1_TELETRANSMISSION_SEUIL = Param::new(
        "fs.volet1.teletransmission.seuil",
        "Forfait structure — taux de télétransmission à dépasser (volet 1)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(66.666666666666666666666666667), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 1°, indicateur 4 (taux de télétransmission > 2/3)"),
        ],
    );

    VOLET2_AAT_SEUIL = Param::new(
        "fs.volet2.aat.seuil",
        "Forfait structure — taux cible d'arrêts de travail en ligne (AAT)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(60), year(2021), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
            Dated::during(dec!(80), year(2022), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
            Dated::during(dec!(90), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET2_AAT_POINTS = Param::new(
        "fs.volet2.aat.points",
        "Forfait structure — points de l'indicateur AAT",
        Unit::Points,
        &[
            Dated::during(dec!(22.5), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
        ],
    );

    VOLET2_CM_ATMP_SEUIL = Param::new(
        "fs.volet2.cm_atmp.seuil",
        "Forfait structure — taux cible de certificats AT-MP en ligne",
        Unit::Pourcent,
        &[
            Dated::during(dec!(20), year(2021), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
            Dated::during(dec!(30), year(2022), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
            Dated::during(dec!(45), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET2_CM_ATMP_POINTS = Param::new(
        "fs.volet2.cm_atmp.points",
        "Forfait structure — points de l'indicateur CM AT-MP",
        Unit::Points,
        &[
            Dated::during(dec!(22.5), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
        ],
    );

    VOLET2_PSE_SEUIL = Param::new(
        "fs.volet2.pse.seuil",
        "Forfait structure — taux cible de protocoles de soins électroniques",
        Unit::Pourcent,
        &[
            Dated::during(dec!(70), year(2021), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
            Dated::during(dec!(80), year(2022), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
            Dated::during(dec!(90), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET2_PSE_POINTS = Param::new(
        "fs.volet2.pse.points",
        "Forfait structure — points de l'indicateur PSE",
        Unit::Points,
        &[
            Dated::during(dec!(22.5), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
        ],
    );

    VOLET2_DCMT_SEUIL = Param::new(
        "fs.volet2.dcmt.seuil",
        "Forfait structure — taux cible de déclarations médecin traitant en ligne",
        Unit::Pourcent,
        &[
            Dated::during(dec!(90), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
        ],
    );

    VOLET2_DCMT_POINTS = Param::new(
        "fs.volet2.dcmt.points",
        "Forfait structure — points de l'indicateur DMT",
        Unit::Points,
        &[
            Dated::during(dec!(22.5), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
        ],
    );

    VOLET2_SPE_SEUIL = Param::new(
        "fs.volet2.spe.seuil",
        "Forfait structure — taux cible de prescriptions électroniques de transport",
        Unit::Pourcent,
        &[
            Dated::during(dec!(10), year(2022), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
            Dated::during(dec!(30), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET2_SPE_POINTS = Param::new(
        "fs.volet2.spe.points",
        "Forfait structure — points de l'indicateur SPE",
        Unit::Points,
        &[
            Dated::during(dec!(10), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation"),
        ],
    );

    VOLET2_DSG_SEUIL = Param::new(
        "fs.volet2.dsg.seuil",
        "Forfait structure — taux cible de déclarations de grossesse en ligne",
        Unit::Pourcent,
        &[
            Dated::during(dec!(50), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET2_DSG_POINTS = Param::new(
        "fs.volet2.dsg.points",
        "Forfait structure — points de l'indicateur DSG",
        Unit::Points,
        &[
            Dated::during(dec!(10), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), tableau des taux de dématérialisation (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET2_DMP_SEUIL = Param::new(
        "fs.volet2.dmp.seuil",
        "Forfait structure — part des consultations alimentant le DMP",
        Unit::Pourcent,
        &[
            Dated::during(dec!(20), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), indicateur d'usage et remplissage du DMP"),
        ],
    );

    VOLET2_DMP_POINTS = Param::new(
        "fs.volet2.dmp.points",
        "Forfait structure — points de l'indicateur DMP",
        Unit::Points,
        &[
            Dated::during(dec!(40), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2"),
        ],
    );

    VOLET2_MSS_SEUIL = Param::new(
        "fs.volet2.mss.seuil",
        "Forfait structure — part des consultations avec un échange par messagerie sécurisée",
        Unit::Pourcent,
        &[
            Dated::during(dec!(5), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), indicateur d'usage de la messagerie sécurisée"),
        ],
    );

    VOLET2_MSS_POINTS = Param::new(
        "fs.volet2.mss.points",
        "Forfait structure — points de l'indicateur messagerie sécurisée",
        Unit::Points,
        &[
            Dated::during(dec!(40), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2"),
        ],
    );

    VOLET2_ORDONNANCE_NUMERIQUE_SEUIL = Param::new(
        "fs.volet2.ordonnance_numerique.seuil",
        "Forfait structure — part des prescriptions par e-prescription",
        Unit::Pourcent,
        &[
            Dated::during(dec!(50), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), indicateur d'usage de la e-prescription"),
        ],
    );

    VOLET2_ORDONNANCE_NUMERIQUE_POINTS = Param::new(
        "fs.volet2.ordonnance_numerique.points",
        "Forfait structure — points de l'indicateur e-prescription",
        Unit::Points,
        &[
            Dated::during(dec!(40), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2 (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET2_APP_CARTE_VITALE_SEUIL = Param::new(
        "fs.volet2.app_carte_vitale.seuil",
        "Forfait structure — part des FSE avec l'application carte Vitale",
        Unit::Pourcent,
        &[
            Dated::during(dec!(5), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° a), indicateur d'usage de l'application carte Vitale"),
        ],
    );

    VOLET2_APP_CARTE_VITALE_POINTS = Param::new(
        "fs.volet2.app_carte_vitale.points",
        "Forfait structure — points de l'indicateur application carte Vitale",
        Unit::Points,
        &[
            Dated::during(dec!(40), (date(2023, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2 (valeur 2023, maintenue jusqu'au 31/12/2025 : interprétation)"),
        ],
    );

    VOLET2_CAPACITE_A_CODER = Param::new(
        "fs.volet2.capacite_a_coder",
        "Forfait structure — points de la capacité à coder",
        Unit::Points,
        &[
            Dated::during(dec!(50), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2"),
        ],
    );

    VOLET2_PRISE_EN_CHARGE_COORDONNEE = Param::new(
        "fs.volet2.prise_en_charge_coordonnee",
        "Forfait structure — points de l'implication dans la prise en charge coordonnée (volet 2)",
        Unit::Points,
        &[
            Dated::during(dec!(120), year(2021), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2"),
        ],
    );

    VOLET2_SERVICES_PATIENTS = Param::new(
        "fs.volet2.services_patients",
        "Forfait structure — points des services offerts aux patients",
        Unit::Points,
        &[
            Dated::during(dec!(70), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2"),
        ],
    );

    VOLET2_VIDEOTRANSMISSION = Param::new(
        "fs.volet2.videotransmission",
        "Forfait structure — points de l'équipement de vidéotransmission",
        Unit::Points,
        &[
            Dated::during(dec!(50), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2"),
        ],
    );

    VOLET2_EQUIPEMENTS_CONNECTES = Param::new(
        "fs.volet2.equipements_connectes",
        "Forfait structure — points des équipements médicaux connectés",
        Unit::Points,
        &[
            Dated::during(dec!(25), (AVENANT_9_START, OLD_REGIME_END), &AVENANT_9, "art. 5, 2° d), tableau des points du volet 2"),
        ],
    );

    VOLET2_PARTICIPATION_SAS = Param::new(
        "fs.volet2.participation_sas",
        "Forfait structure — points de la participation au SAS",
        Unit::Points,
        &[
            Dated::during(dec!(150), year(2021), &AVENANT_9, "art. 5, 2° b), indicateur 8 (2021)"),
            Dated::during(dec!(200), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° b), indicateur 8 (à partir de 2022)"),
        ],
    );

    VOLET2_SNP_SAS_SEUIL_1 = Param::new(
        "fs.volet2.snp_sas.seuil_1",
        "Forfait structure — effection SAS : SNP du trimestre pour le 1er palier",
        Unit::Nombre,
        &[
            Dated::during(dec!(5), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );

    VOLET2_SNP_SAS_SEUIL_2 = Param::new(
        "fs.volet2.snp_sas.seuil_2",
        "Forfait structure — effection SAS : SNP du trimestre pour le 2e palier",
        Unit::Nombre,
        &[
            Dated::during(dec!(16), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );

    VOLET2_SNP_SAS_SEUIL_3 = Param::new(
        "fs.volet2.snp_sas.seuil_3",
        "Forfait structure — effection SAS : SNP du trimestre pour le 3e palier",
        Unit::Nombre,
        &[
            Dated::during(dec!(26), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );

    VOLET2_SNP_SAS_SEUIL_4 = Param::new(
        "fs.volet2.snp_sas.seuil_4",
        "Forfait structure — effection SAS : SNP du trimestre pour le 4e palier",
        Unit::Nombre,
        &[
            Dated::during(dec!(36), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );

    VOLET2_SNP_SAS_SEUIL_5 = Param::new(
        "fs.volet2.snp_sas.seuil_5",
        "Forfait structure — effection SAS : SNP du trimestre pour le 5e palier",
        Unit::Nombre,
        &[
            Dated::during(dec!(46), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel (au-delà de 45)"),
        ],
    );

    VOLET2_SNP_SAS_POINTS_1 = Param::new(
        "fs.volet2.snp_sas.points_1",
        "Forfait structure — effection SAS : points du 1er palier",
        Unit::Points,
        &[
            Dated::during(dec!(10), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );

    VOLET2_SNP_SAS_POINTS_2 = Param::new(
        "fs.volet2.snp_sas.points_2",
        "Forfait structure — effection SAS : points du 2e palier",
        Unit::Points,
        &[
            Dated::during(dec!(30), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );

    VOLET2_SNP_SAS_POINTS_3 = Param::new(
        "fs.volet2.snp_sas.points_3",
        "Forfait structure — effection SAS : points du 3e palier",
        Unit::Points,
        &[
            Dated::during(dec!(50), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );

    VOLET2_SNP_SAS_POINTS_4 = Param::new(
        "fs.volet2.snp_sas.points_4",
        "Forfait structure — effection SAS : points du 4e palier",
        Unit::Points,
        &[
            Dated::during(dec!(70), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );

    VOLET2_SNP_SAS_POINTS_5 = Param::new(
        "fs.volet2.snp_sas.points_5",
        "Forfait structure — effection SAS : points du 5e palier",
        Unit::Points,
        &[
            Dated::during(dec!(90), (date(2022, 1, 1), OLD_REGIME_END), &AVENANT_9, "art. 5, 2° c), indicateur 9, barème trimestriel"),
        ],
    );
}
