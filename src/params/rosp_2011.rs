//! ROSP of the 2011 convention, 2012 to 2016 — circulaire CNAMTS 19/2011, II.4: the 5 indicators
//! of the organisation du cabinet (II.4 b), for every physician, the synthèse annuelle for the
//! médecin traitant only), the 24 indicators of the qualité de la pratique (9 pathologies
//! chroniques, 8 prévention, 7 efficience, médecins traitants only) with their target, threshold
//! and points; the point at 7 €, the patientèle of reference of 800 and the majoration of the
//! point for a first installation (II.4 c). The grid holds 1 300 points.
//!
//! The tables [`ORGANISATION`] and [`INDICATORS`] say, once, what each indicator is (key, label,
//! which way it improves, what its threshold counts): the rule, the validation of the profile and
//! the form read them.

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use super::calendar::{REGIME_2011_END, ROSP_START};
use super::documents::CONVENTION_2011;
use super::{parameters, Dated, Param, Unit};

/// The years of the 2011 grid: from its first year to the last year of the 2011 convention.
const YEARS: (NaiveDate, NaiveDate) = (ROSP_START, REGIME_2011_END);

parameters! {
    // The point and the patientèle of reference of the weighting.
    POINT = Param::new(
        "rosp2011.point",
        "ROSP 2011 — valeur du point",
        Unit::Euro,
        &[
            Dated::during(dec!(7), YEARS, &CONVENTION_2011, "II.4 c) (valeur du point)"),
        ],
    );

    PATIENTELE_REFERENCE = Param::new(
        "rosp2011.patientele_reference",
        "ROSP 2011 — patientèle de référence des indicateurs du médecin traitant",
        Unit::Nombre,
        &[
            Dated::during(dec!(800), YEARS, &CONVENTION_2011, "II.4 c) (patientèle moyenne de 800 patients)"),
        ],
    )
    .within(dec!(1), dec!(100000));

    MAJORATION_ANNEE_1 = Param::new(
        "rosp2011.majoration_installation.annee_1",
        "ROSP 2011 — majoration de la valeur du point, 1re année d'une première installation",
        Unit::Pourcent,
        &[
            Dated::during(dec!(15), YEARS, &CONVENTION_2011, "II.4 c) (majoration de 15 % la première année)"),
        ],
    );

    MAJORATION_ANNEE_2 = Param::new(
        "rosp2011.majoration_installation.annee_2",
        "ROSP 2011 — majoration de la valeur du point, 2e année d'une première installation",
        Unit::Pourcent,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 c) (majoration de 10 % la deuxième année)"),
        ],
    );

    MAJORATION_ANNEE_3 = Param::new(
        "rosp2011.majoration_installation.annee_3",
        "ROSP 2011 — majoration de la valeur du point, 3e année d'une première installation",
        Unit::Pourcent,
        &[
            Dated::during(dec!(5), YEARS, &CONVENTION_2011, "II.4 c) (majoration de 5 % la troisième année)"),
        ],
    );

    TELETRANSMISSION_SEUIL = Param::new(
        "rosp2011.organisation.teletransmission_seuil",
        "ROSP 2011 — taux de télétransmission à atteindre (volet organisation du cabinet)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(66.666666666666666666666666667), YEARS, &CONVENTION_2011, "II.4 b), organisation du cabinet (taux de télétransmission supérieur ou égal à 2/3)"),
        ],
    );

    ORGANISATION_DOSSIER_INFORMATISE = Param::new(
        "rosp2011.organisation.dossier_informatise",
        "ROSP 2011 — organisation du cabinet : équipement permettant la tenue du dossier médical informatisé et la saisie de données cliniques (points)",
        Unit::Points,
        &[
            Dated::during(dec!(75), YEARS, &CONVENTION_2011, "II.4 b), organisation du cabinet (75 points)"),
        ],
    );

    ORGANISATION_LOGICIEL_AIDE_PRESCRIPTION = Param::new(
        "rosp2011.organisation.logiciel_aide_prescription",
        "ROSP 2011 — organisation du cabinet : logiciel d'aide à la prescription certifié (points)",
        Unit::Points,
        &[
            Dated::during(dec!(50), YEARS, &CONVENTION_2011, "II.4 b), organisation du cabinet (50 points)"),
        ],
    );

    ORGANISATION_EQUIPEMENT_TELESERVICES = Param::new(
        "rosp2011.organisation.equipement_teleservices",
        "ROSP 2011 — organisation du cabinet : équipement informatique permettant de télétransmettre et d'utiliser les téléservices (points)",
        Unit::Points,
        &[
            Dated::during(dec!(75), YEARS, &CONVENTION_2011, "II.4 b), organisation du cabinet (75 points)"),
        ],
    );

    ORGANISATION_AFFICHAGE_HORAIRES = Param::new(
        "rosp2011.organisation.affichage_horaires",
        "ROSP 2011 — organisation du cabinet : affichage au cabinet (et sur ameli) des horaires et de l'organisation du cabinet (points)",
        Unit::Points,
        &[
            Dated::during(dec!(50), YEARS, &CONVENTION_2011, "II.4 b), organisation du cabinet (50 points)"),
        ],
    );

    ORGANISATION_SYNTHESE_ANNUELLE = Param::new(
        "rosp2011.organisation.synthese_annuelle",
        "ROSP 2011 — organisation du cabinet : synthèse annuelle du dossier médical par le médecin traitant pour ses patients (points)",
        Unit::Points,
        &[
            Dated::during(dec!(150), YEARS, &CONVENTION_2011, "II.4 b), organisation du cabinet (150 points)"),
        ],
    );

    DIABETE_HBA1C_DOSAGES_OBJECTIF = Param::new(
        "rosp2011.diabete_hba1c_dosages.objectif",
        "ROSP 2011 — diabète : 3 ou 4 dosages d'HbA1c dans l'année (patients traités par antidiabétiques) : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(65), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, nombre de dosages d'HbA1c (objectif ≥ 65 %)"),
        ],
    );

    DIABETE_HBA1C_DOSAGES_SEUIL = Param::new(
        "rosp2011.diabete_hba1c_dosages.seuil",
        "ROSP 2011 — diabète : 3 ou 4 dosages d'HbA1c dans l'année (patients traités par antidiabétiques) : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, nombre de dosages d'HbA1c (seuil de 10 patients)"),
        ],
    );

    DIABETE_HBA1C_DOSAGES_POINTS = Param::new(
        "rosp2011.diabete_hba1c_dosages.points",
        "ROSP 2011 — diabète : 3 ou 4 dosages d'HbA1c dans l'année (patients traités par antidiabétiques) : points",
        Unit::Points,
        &[
            Dated::during(dec!(30), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, nombre de dosages d'HbA1c (30 points)"),
        ],
    );

    DIABETE_HBA1C_8_5_OBJECTIF = Param::new(
        "rosp2011.diabete_hba1c_8_5.objectif",
        "ROSP 2011 — diabète de type 2 : résultat d'HbA1c inférieur à 8,5 % : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(90), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, HbA1c < 8,5 % (objectif ≥ 90 %)"),
        ],
    );

    DIABETE_HBA1C_8_5_SEUIL = Param::new(
        "rosp2011.diabete_hba1c_8_5.seuil",
        "ROSP 2011 — diabète de type 2 : résultat d'HbA1c inférieur à 8,5 % : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, HbA1c < 8,5 % (seuil de 10 patients)"),
        ],
    );

    DIABETE_HBA1C_8_5_POINTS = Param::new(
        "rosp2011.diabete_hba1c_8_5.points",
        "ROSP 2011 — diabète de type 2 : résultat d'HbA1c inférieur à 8,5 % : points",
        Unit::Points,
        &[
            Dated::during(dec!(15), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, HbA1c < 8,5 % (15 points)"),
        ],
    );

    DIABETE_HBA1C_7_5_OBJECTIF = Param::new(
        "rosp2011.diabete_hba1c_7_5.objectif",
        "ROSP 2011 — diabète de type 2 : résultat d'HbA1c inférieur à 7,5 % : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(80), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, HbA1c < 7,5 % (objectif ≥ 80 %)"),
        ],
    );

    DIABETE_HBA1C_7_5_SEUIL = Param::new(
        "rosp2011.diabete_hba1c_7_5.seuil",
        "ROSP 2011 — diabète de type 2 : résultat d'HbA1c inférieur à 7,5 % : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, HbA1c < 7,5 % (seuil de 10 patients)"),
        ],
    );

    DIABETE_HBA1C_7_5_POINTS = Param::new(
        "rosp2011.diabete_hba1c_7_5.points",
        "ROSP 2011 — diabète de type 2 : résultat d'HbA1c inférieur à 7,5 % : points",
        Unit::Points,
        &[
            Dated::during(dec!(25), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, HbA1c < 7,5 % (25 points)"),
        ],
    );

    DIABETE_LDL_1_5_OBJECTIF = Param::new(
        "rosp2011.diabete_ldl_1_5.objectif",
        "ROSP 2011 — diabète de type 2 : LDL cholestérol inférieur à 1,5 g/l : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(90), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, LDL < 1,5 g/l (objectif ≥ 90 %)"),
        ],
    );

    DIABETE_LDL_1_5_SEUIL = Param::new(
        "rosp2011.diabete_ldl_1_5.seuil",
        "ROSP 2011 — diabète de type 2 : LDL cholestérol inférieur à 1,5 g/l : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, LDL < 1,5 g/l (seuil de 10 patients)"),
        ],
    );

    DIABETE_LDL_1_5_POINTS = Param::new(
        "rosp2011.diabete_ldl_1_5.points",
        "ROSP 2011 — diabète de type 2 : LDL cholestérol inférieur à 1,5 g/l : points",
        Unit::Points,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, LDL < 1,5 g/l (10 points)"),
        ],
    );

    DIABETE_LDL_1_3_OBJECTIF = Param::new(
        "rosp2011.diabete_ldl_1_3.objectif",
        "ROSP 2011 — diabète de type 2 : LDL cholestérol inférieur à 1,3 g/l : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(80), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, LDL < 1,3 g/l (objectif ≥ 80 %)"),
        ],
    );

    DIABETE_LDL_1_3_SEUIL = Param::new(
        "rosp2011.diabete_ldl_1_3.seuil",
        "ROSP 2011 — diabète de type 2 : LDL cholestérol inférieur à 1,3 g/l : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, LDL < 1,3 g/l (seuil de 10 patients)"),
        ],
    );

    DIABETE_LDL_1_3_POINTS = Param::new(
        "rosp2011.diabete_ldl_1_3.points",
        "ROSP 2011 — diabète de type 2 : LDL cholestérol inférieur à 1,3 g/l : points",
        Unit::Points,
        &[
            Dated::during(dec!(25), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, LDL < 1,3 g/l (25 points)"),
        ],
    );

    DIABETE_FOND_OEIL_OBJECTIF = Param::new(
        "rosp2011.diabete_fond_oeil.objectif",
        "ROSP 2011 — diabète : fond d'œil tous les 2 ans (patients traités par antidiabétiques) : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(80), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, surveillance du fond d'œil (objectif ≥ 80 %)"),
        ],
    );

    DIABETE_FOND_OEIL_SEUIL = Param::new(
        "rosp2011.diabete_fond_oeil.seuil",
        "ROSP 2011 — diabète : fond d'œil tous les 2 ans (patients traités par antidiabétiques) : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, surveillance du fond d'œil (seuil de 10 patients)"),
        ],
    );

    DIABETE_FOND_OEIL_POINTS = Param::new(
        "rosp2011.diabete_fond_oeil.points",
        "ROSP 2011 — diabète : fond d'œil tous les 2 ans (patients traités par antidiabétiques) : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, surveillance du fond d'œil (35 points)"),
        ],
    );

    DIABETE_STATINE_ANTIHYPERTENSEUR_OBJECTIF = Param::new(
        "rosp2011.diabete_statine_antihypertenseur.objectif",
        "ROSP 2011 — diabète à haut risque cardiovasculaire : traitement par statine et antihypertenseurs : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(75), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, prévention cardiovasculaire par statine et antihypertenseurs (objectif ≥ 75 %)"),
        ],
    );

    DIABETE_STATINE_ANTIHYPERTENSEUR_SEUIL = Param::new(
        "rosp2011.diabete_statine_antihypertenseur.seuil",
        "ROSP 2011 — diabète à haut risque cardiovasculaire : traitement par statine et antihypertenseurs : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, prévention cardiovasculaire par statine et antihypertenseurs (seuil de 10 patients)"),
        ],
    );

    DIABETE_STATINE_ANTIHYPERTENSEUR_POINTS = Param::new(
        "rosp2011.diabete_statine_antihypertenseur.points",
        "ROSP 2011 — diabète à haut risque cardiovasculaire : traitement par statine et antihypertenseurs : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, prévention cardiovasculaire par statine et antihypertenseurs (35 points)"),
        ],
    );

    DIABETE_ASPIRINE_OBJECTIF = Param::new(
        "rosp2011.diabete_aspirine.objectif",
        "ROSP 2011 — diabète à haut risque cardiovasculaire : traitement par aspirine à faible dose ou anticoagulant : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(65), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, prévention cardiovasculaire par aspirine ou anticoagulant (objectif ≥ 65 %)"),
        ],
    );

    DIABETE_ASPIRINE_SEUIL = Param::new(
        "rosp2011.diabete_aspirine.seuil",
        "ROSP 2011 — diabète à haut risque cardiovasculaire : traitement par aspirine à faible dose ou anticoagulant : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, prévention cardiovasculaire par aspirine ou anticoagulant (seuil de 10 patients)"),
        ],
    );

    DIABETE_ASPIRINE_POINTS = Param::new(
        "rosp2011.diabete_aspirine.points",
        "ROSP 2011 — diabète à haut risque cardiovasculaire : traitement par aspirine à faible dose ou anticoagulant : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, diabète, prévention cardiovasculaire par aspirine ou anticoagulant (35 points)"),
        ],
    );

    HTA_CONTROLE_TENSIONNEL_OBJECTIF = Param::new(
        "rosp2011.hta_controle_tensionnel.objectif",
        "ROSP 2011 — hypertension : pression artérielle ≤ 140/90 mm Hg sous antihypertenseurs : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(60), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, hypertension artérielle, contrôle tensionnel (objectif ≥ 60 %)"),
        ],
    );

    HTA_CONTROLE_TENSIONNEL_SEUIL = Param::new(
        "rosp2011.hta_controle_tensionnel.seuil",
        "ROSP 2011 — hypertension : pression artérielle ≤ 140/90 mm Hg sous antihypertenseurs : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, hypertension artérielle, contrôle tensionnel (seuil de 20 patients)"),
        ],
    );

    HTA_CONTROLE_TENSIONNEL_POINTS = Param::new(
        "rosp2011.hta_controle_tensionnel.points",
        "ROSP 2011 — hypertension : pression artérielle ≤ 140/90 mm Hg sous antihypertenseurs : points",
        Unit::Points,
        &[
            Dated::during(dec!(40), YEARS, &CONVENTION_2011, "II.4 b), suivi des pathologies chroniques, hypertension artérielle, contrôle tensionnel (40 points)"),
        ],
    );

    GRIPPE_65_ANS_OBJECTIF = Param::new(
        "rosp2011.grippe_65_ans.objectif",
        "ROSP 2011 — vaccination contre la grippe des patients de plus de 65 ans : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(75), YEARS, &CONVENTION_2011, "II.4 b), prévention, grippe, patients de plus de 65 ans (objectif ≥ 75 %)"),
        ],
    );

    GRIPPE_65_ANS_SEUIL = Param::new(
        "rosp2011.grippe_65_ans.seuil",
        "ROSP 2011 — vaccination contre la grippe des patients de plus de 65 ans : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), prévention, grippe, patients de plus de 65 ans (seuil de 20 patients)"),
        ],
    );

    GRIPPE_65_ANS_POINTS = Param::new(
        "rosp2011.grippe_65_ans.points",
        "ROSP 2011 — vaccination contre la grippe des patients de plus de 65 ans : points",
        Unit::Points,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), prévention, grippe, patients de plus de 65 ans (20 points)"),
        ],
    );

    GRIPPE_16_64_ANS_ALD_OBJECTIF = Param::new(
        "rosp2011.grippe_16_64_ans_ald.objectif",
        "ROSP 2011 — vaccination contre la grippe des patients de 16 à 64 ans en ALD ciblés par la campagne : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(75), YEARS, &CONVENTION_2011, "II.4 b), prévention, grippe, patients de 16 à 64 ans en ALD (objectif ≥ 75 %)"),
        ],
    );

    GRIPPE_16_64_ANS_ALD_SEUIL = Param::new(
        "rosp2011.grippe_16_64_ans_ald.seuil",
        "ROSP 2011 — vaccination contre la grippe des patients de 16 à 64 ans en ALD ciblés par la campagne : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), prévention, grippe, patients de 16 à 64 ans en ALD (seuil de 10 patients)"),
        ],
    );

    GRIPPE_16_64_ANS_ALD_POINTS = Param::new(
        "rosp2011.grippe_16_64_ans_ald.points",
        "ROSP 2011 — vaccination contre la grippe des patients de 16 à 64 ans en ALD ciblés par la campagne : points",
        Unit::Points,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), prévention, grippe, patients de 16 à 64 ans en ALD (20 points)"),
        ],
    );

    CANCER_SEIN_OBJECTIF = Param::new(
        "rosp2011.cancer_sein.objectif",
        "ROSP 2011 — dépistage du cancer du sein des patientes de 50 à 74 ans (organisé ou individuel) : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(80), YEARS, &CONVENTION_2011, "II.4 b), prévention, dépistage du cancer du sein (objectif ≥ 80 %)"),
        ],
    );

    CANCER_SEIN_SEUIL = Param::new(
        "rosp2011.cancer_sein.seuil",
        "ROSP 2011 — dépistage du cancer du sein des patientes de 50 à 74 ans (organisé ou individuel) : seuil (patientes)",
        Unit::Nombre,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), prévention, dépistage du cancer du sein (seuil de 20 patientes)"),
        ],
    );

    CANCER_SEIN_POINTS = Param::new(
        "rosp2011.cancer_sein.points",
        "ROSP 2011 — dépistage du cancer du sein des patientes de 50 à 74 ans (organisé ou individuel) : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), prévention, dépistage du cancer du sein (35 points)"),
        ],
    );

    CANCER_COL_OBJECTIF = Param::new(
        "rosp2011.cancer_col.objectif",
        "ROSP 2011 — frottis dans les 3 dernières années des patientes de 25 à 65 ans : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(80), YEARS, &CONVENTION_2011, "II.4 b), prévention, cancer du col de l'utérus (objectif ≥ 80 %)"),
        ],
    );

    CANCER_COL_SEUIL = Param::new(
        "rosp2011.cancer_col.seuil",
        "ROSP 2011 — frottis dans les 3 dernières années des patientes de 25 à 65 ans : seuil (patientes)",
        Unit::Nombre,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), prévention, cancer du col de l'utérus (seuil de 20 patientes)"),
        ],
    );

    CANCER_COL_POINTS = Param::new(
        "rosp2011.cancer_col.points",
        "ROSP 2011 — frottis dans les 3 dernières années des patientes de 25 à 65 ans : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), prévention, cancer du col de l'utérus (35 points)"),
        ],
    );

    VASODILATATEURS_OBJECTIF = Param::new(
        "rosp2011.vasodilatateurs.objectif",
        "ROSP 2011 — patients de plus de 65 ans traités par vasodilatateurs : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(5), YEARS, &CONVENTION_2011, "II.4 b), prévention, vasodilatateurs (5 % au plus) (objectif ≤ 5 %)"),
        ],
    );

    VASODILATATEURS_SEUIL = Param::new(
        "rosp2011.vasodilatateurs.seuil",
        "ROSP 2011 — patients de plus de 65 ans traités par vasodilatateurs : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), prévention, vasodilatateurs (5 % au plus) (seuil de 20 patients)"),
        ],
    );

    VASODILATATEURS_POINTS = Param::new(
        "rosp2011.vasodilatateurs.points",
        "ROSP 2011 — patients de plus de 65 ans traités par vasodilatateurs : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), prévention, vasodilatateurs (5 % au plus) (35 points)"),
        ],
    );

    BENZODIAZEPINES_DEMI_VIE_LONGUE_OBJECTIF = Param::new(
        "rosp2011.benzodiazepines_demi_vie_longue.objectif",
        "ROSP 2011 — patients de plus de 65 ans traités par benzodiazépines à demi-vie longue : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(5), YEARS, &CONVENTION_2011, "II.4 b), prévention, benzodiazépines à demi-vie longue (5 % au plus) (objectif ≤ 5 %)"),
        ],
    );

    BENZODIAZEPINES_DEMI_VIE_LONGUE_SEUIL = Param::new(
        "rosp2011.benzodiazepines_demi_vie_longue.seuil",
        "ROSP 2011 — patients de plus de 65 ans traités par benzodiazépines à demi-vie longue : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), prévention, benzodiazépines à demi-vie longue (5 % au plus) (seuil de 20 patients)"),
        ],
    );

    BENZODIAZEPINES_DEMI_VIE_LONGUE_POINTS = Param::new(
        "rosp2011.benzodiazepines_demi_vie_longue.points",
        "ROSP 2011 — patients de plus de 65 ans traités par benzodiazépines à demi-vie longue : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), prévention, benzodiazépines à demi-vie longue (5 % au plus) (35 points)"),
        ],
    );

    BENZODIAZEPINES_DUREE_OBJECTIF = Param::new(
        "rosp2011.benzodiazepines_duree.objectif",
        "ROSP 2011 — patients nouvellement traités par benzodiazépine pendant plus de 12 semaines : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(12), YEARS, &CONVENTION_2011, "II.4 b), prévention, durée de traitement par benzodiazépines (moins de 12 %) (objectif ≤ 12 %)"),
        ],
    );

    BENZODIAZEPINES_DUREE_SEUIL = Param::new(
        "rosp2011.benzodiazepines_duree.seuil",
        "ROSP 2011 — patients nouvellement traités par benzodiazépine pendant plus de 12 semaines : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(5), YEARS, &CONVENTION_2011, "II.4 b), prévention, durée de traitement par benzodiazépines (moins de 12 %) (seuil de 5 patients)"),
        ],
    );

    BENZODIAZEPINES_DUREE_POINTS = Param::new(
        "rosp2011.benzodiazepines_duree.points",
        "ROSP 2011 — patients nouvellement traités par benzodiazépine pendant plus de 12 semaines : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), prévention, durée de traitement par benzodiazépines (moins de 12 %) (35 points)"),
        ],
    );

    ANTIBIOTIQUES_OBJECTIF = Param::new(
        "rosp2011.antibiotiques.objectif",
        "ROSP 2011 — traitements antibiotiques pour 100 patients de 16 à 65 ans hors ALD : objectif cible (pour 100 patients)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(37), YEARS, &CONVENTION_2011, "II.4 b), prévention, antibiothérapie (37 traitements pour 100 patients au plus) (objectif ≤ 37 pour 100 patients)"),
        ],
    )
    .within(dec!(0), dec!(1000));

    ANTIBIOTIQUES_SEUIL = Param::new(
        "rosp2011.antibiotiques.seuil",
        "ROSP 2011 — traitements antibiotiques pour 100 patients de 16 à 65 ans hors ALD : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(20), YEARS, &CONVENTION_2011, "II.4 b), prévention, antibiothérapie (37 traitements pour 100 patients au plus) (seuil de 20 patients)"),
        ],
    );

    ANTIBIOTIQUES_POINTS = Param::new(
        "rosp2011.antibiotiques.points",
        "ROSP 2011 — traitements antibiotiques pour 100 patients de 16 à 65 ans hors ALD : points",
        Unit::Points,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), prévention, antibiothérapie (37 traitements pour 100 patients au plus) (35 points)"),
        ],
    );

    GENERIQUES_ANTIBIOTIQUES_OBJECTIF = Param::new(
        "rosp2011.generiques_antibiotiques.objectif",
        "ROSP 2011 — antibiotiques prescrits dans le répertoire des génériques : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(90), YEARS, &CONVENTION_2011, "II.4 b), efficience, antibiotiques dans le répertoire des génériques (objectif ≥ 90 %)"),
        ],
    );

    GENERIQUES_ANTIBIOTIQUES_SEUIL = Param::new(
        "rosp2011.generiques_antibiotiques.seuil",
        "ROSP 2011 — antibiotiques prescrits dans le répertoire des génériques : seuil (boîtes)",
        Unit::Nombre,
        &[
            Dated::during(dec!(40), YEARS, &CONVENTION_2011, "II.4 b), efficience, antibiotiques dans le répertoire des génériques (seuil de 40 boîtes)"),
        ],
    );

    GENERIQUES_ANTIBIOTIQUES_POINTS = Param::new(
        "rosp2011.generiques_antibiotiques.points",
        "ROSP 2011 — antibiotiques prescrits dans le répertoire des génériques : points",
        Unit::Points,
        &[
            Dated::during(dec!(60), YEARS, &CONVENTION_2011, "II.4 b), efficience, antibiotiques dans le répertoire des génériques (60 points)"),
        ],
    );

    GENERIQUES_IPP_OBJECTIF = Param::new(
        "rosp2011.generiques_ipp.objectif",
        "ROSP 2011 — inhibiteurs de la pompe à protons prescrits dans le répertoire des génériques : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(85), YEARS, &CONVENTION_2011, "II.4 b), efficience, IPP dans le répertoire des génériques (objectif ≥ 85 %)"),
        ],
    );

    GENERIQUES_IPP_SEUIL = Param::new(
        "rosp2011.generiques_ipp.seuil",
        "ROSP 2011 — inhibiteurs de la pompe à protons prescrits dans le répertoire des génériques : seuil (boîtes)",
        Unit::Nombre,
        &[
            Dated::during(dec!(35), YEARS, &CONVENTION_2011, "II.4 b), efficience, IPP dans le répertoire des génériques (seuil de 35 boîtes)"),
        ],
    );

    GENERIQUES_IPP_POINTS = Param::new(
        "rosp2011.generiques_ipp.points",
        "ROSP 2011 — inhibiteurs de la pompe à protons prescrits dans le répertoire des génériques : points",
        Unit::Points,
        &[
            Dated::during(dec!(60), YEARS, &CONVENTION_2011, "II.4 b), efficience, IPP dans le répertoire des génériques (60 points)"),
        ],
    );

    GENERIQUES_STATINES_OBJECTIF = Param::new(
        "rosp2011.generiques_statines.objectif",
        "ROSP 2011 — statines prescrites dans le répertoire des génériques : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(70), YEARS, &CONVENTION_2011, "II.4 b), efficience, statines dans le répertoire des génériques (objectif ≥ 70 %)"),
        ],
    );

    GENERIQUES_STATINES_SEUIL = Param::new(
        "rosp2011.generiques_statines.seuil",
        "ROSP 2011 — statines prescrites dans le répertoire des génériques : seuil (boîtes)",
        Unit::Nombre,
        &[
            Dated::during(dec!(30), YEARS, &CONVENTION_2011, "II.4 b), efficience, statines dans le répertoire des génériques (seuil de 30 boîtes)"),
        ],
    );

    GENERIQUES_STATINES_POINTS = Param::new(
        "rosp2011.generiques_statines.points",
        "ROSP 2011 — statines prescrites dans le répertoire des génériques : points",
        Unit::Points,
        &[
            Dated::during(dec!(60), YEARS, &CONVENTION_2011, "II.4 b), efficience, statines dans le répertoire des génériques (60 points)"),
        ],
    );

    GENERIQUES_ANTIHYPERTENSEURS_OBJECTIF = Param::new(
        "rosp2011.generiques_antihypertenseurs.objectif",
        "ROSP 2011 — antihypertenseurs prescrits dans le répertoire des génériques : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(65), YEARS, &CONVENTION_2011, "II.4 b), efficience, antihypertenseurs dans le répertoire des génériques, seuil de 130 boîtes (correctif) (objectif ≥ 65 %)"),
        ],
    );

    GENERIQUES_ANTIHYPERTENSEURS_SEUIL = Param::new(
        "rosp2011.generiques_antihypertenseurs.seuil",
        "ROSP 2011 — antihypertenseurs prescrits dans le répertoire des génériques : seuil (boîtes)",
        Unit::Nombre,
        &[
            Dated::during(dec!(130), YEARS, &CONVENTION_2011, "II.4 b), efficience, antihypertenseurs dans le répertoire des génériques, seuil de 130 boîtes (correctif) (seuil de 130 boîtes)"),
        ],
    );

    GENERIQUES_ANTIHYPERTENSEURS_POINTS = Param::new(
        "rosp2011.generiques_antihypertenseurs.points",
        "ROSP 2011 — antihypertenseurs prescrits dans le répertoire des génériques : points",
        Unit::Points,
        &[
            Dated::during(dec!(55), YEARS, &CONVENTION_2011, "II.4 b), efficience, antihypertenseurs dans le répertoire des génériques, seuil de 130 boîtes (correctif) (55 points)"),
        ],
    );

    GENERIQUES_ANTIDEPRESSEURS_OBJECTIF = Param::new(
        "rosp2011.generiques_antidepresseurs.objectif",
        "ROSP 2011 — antidépresseurs prescrits dans le répertoire des génériques : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(80), YEARS, &CONVENTION_2011, "II.4 b), efficience, antidépresseurs dans le répertoire des génériques (objectif ≥ 80 %)"),
        ],
    );

    GENERIQUES_ANTIDEPRESSEURS_SEUIL = Param::new(
        "rosp2011.generiques_antidepresseurs.seuil",
        "ROSP 2011 — antidépresseurs prescrits dans le répertoire des génériques : seuil (boîtes)",
        Unit::Nombre,
        &[
            Dated::during(dec!(30), YEARS, &CONVENTION_2011, "II.4 b), efficience, antidépresseurs dans le répertoire des génériques (seuil de 30 boîtes)"),
        ],
    );

    GENERIQUES_ANTIDEPRESSEURS_POINTS = Param::new(
        "rosp2011.generiques_antidepresseurs.points",
        "ROSP 2011 — antidépresseurs prescrits dans le répertoire des génériques : points",
        Unit::Points,
        &[
            Dated::during(dec!(55), YEARS, &CONVENTION_2011, "II.4 b), efficience, antidépresseurs dans le répertoire des génériques (55 points)"),
        ],
    );

    IEC_SARTANS_OBJECTIF = Param::new(
        "rosp2011.iec_sartans.objectif",
        "ROSP 2011 — patients traités par IEC parmi ceux traités par IEC ou sartans : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(65), YEARS, &CONVENTION_2011, "II.4 b), efficience, ratio IEC / IEC + sartans (objectif ≥ 65 %)"),
        ],
    );

    IEC_SARTANS_SEUIL = Param::new(
        "rosp2011.iec_sartans.seuil",
        "ROSP 2011 — patients traités par IEC parmi ceux traités par IEC ou sartans : seuil (boîtes)",
        Unit::Nombre,
        &[
            Dated::during(dec!(50), YEARS, &CONVENTION_2011, "II.4 b), efficience, ratio IEC / IEC + sartans (seuil de 50 boîtes)"),
        ],
    );

    IEC_SARTANS_POINTS = Param::new(
        "rosp2011.iec_sartans.points",
        "ROSP 2011 — patients traités par IEC parmi ceux traités par IEC ou sartans : points",
        Unit::Points,
        &[
            Dated::during(dec!(55), YEARS, &CONVENTION_2011, "II.4 b), efficience, ratio IEC / IEC + sartans (55 points)"),
        ],
    );

    ASPIRINE_ANTIAGREGANTS_OBJECTIF = Param::new(
        "rosp2011.aspirine_antiagregants.objectif",
        "ROSP 2011 — patients traités par aspirine à faible dose parmi ceux traités par antiagrégants plaquettaires : objectif cible (%)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(85), YEARS, &CONVENTION_2011, "II.4 b), efficience, aspirine parmi les antiagrégants plaquettaires (objectif ≥ 85 %)"),
        ],
    );

    ASPIRINE_ANTIAGREGANTS_SEUIL = Param::new(
        "rosp2011.aspirine_antiagregants.seuil",
        "ROSP 2011 — patients traités par aspirine à faible dose parmi ceux traités par antiagrégants plaquettaires : seuil (patients)",
        Unit::Nombre,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.4 b), efficience, aspirine parmi les antiagrégants plaquettaires (seuil de 10 patients)"),
        ],
    );

    ASPIRINE_ANTIAGREGANTS_POINTS = Param::new(
        "rosp2011.aspirine_antiagregants.points",
        "ROSP 2011 — patients traités par aspirine à faible dose parmi ceux traités par antiagrégants plaquettaires : points",
        Unit::Points,
        &[
            Dated::during(dec!(55), YEARS, &CONVENTION_2011, "II.4 b), efficience, aspirine parmi les antiagrégants plaquettaires (55 points)"),
        ],
    );
}

/// The three parts of the qualité de la pratique (II.4 b).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Volet {
    Chroniques,
    Prevention,
    Efficience,
}

impl Volet {
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Chroniques => "Suivi des pathologies chroniques",
            Self::Prevention => "Prévention",
            Self::Efficience => "Efficience des prescriptions",
        }
    }
}

/// Which way an indicator improves: most targets are a rate to reach (« que 65 % … aient »),
/// some a rate not to exceed (« 5 % max », « moins de 12 % », « maximum 37 traitements »).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sens {
    Hausse,
    Baisse,
}

/// How the rate of an indicator is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Echelle {
    /// A share of the patients (or boxes), in %.
    Pourcentage,
    /// A number of treatments per 100 patients (the antibiotherapy indicator), which may exceed 100.
    PourCentPatients,
}

/// An indicator of the organisation du cabinet: met or not.
#[derive(Debug)]
pub struct Organisation {
    pub key: &'static str,
    /// Read by the form and the 2011 ROSP's lines, both the complete module's: left out of the
    /// page's first module, as the parameters' labels are (`Param::label`).
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub libelle: &'static str,
    pub points: &'static Param,
    /// Reserved to the médecin traitant (the synthèse annuelle).
    pub medecin_traitant: bool,
}

/// An indicator of the qualité de la pratique.
#[derive(Debug)]
pub struct Indicator {
    pub key: &'static str,
    /// As [`Organisation::libelle`].
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub libelle: &'static str,
    pub volet: Volet,
    pub sens: Sens,
    pub echelle: Echelle,
    /// What the size and the threshold count: « patients », « patientes » or « boîtes ».
    pub compte: &'static str,
    pub objectif: &'static Param,
    pub seuil: &'static Param,
    pub points: &'static Param,
    /// What the physician should know about it (a corrected threshold): a note of its line,
    /// written with the lines only (`report::LINES_WRITTEN`).
    #[cfg(any(feature = "complet", not(feature = "page")))]
    pub note: Option<&'static str>,
}

impl Organisation {
    /// The label, or nothing in the page's first module (see [`Organisation::libelle`]).
    pub const fn label(&self) -> &'static str {
        #[cfg(any(feature = "complet", not(feature = "page")))]
        return self.libelle;
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        ""
    }
}

impl Indicator {
    /// The label, or nothing in the page's first module (see [`Indicator::libelle`]).
    pub const fn label(&self) -> &'static str {
        #[cfg(any(feature = "complet", not(feature = "page")))]
        return self.libelle;
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        ""
    }

    /// The note of its line, if any (none in the page's first module).
    pub const fn note(&self) -> Option<&'static str> {
        #[cfg(any(feature = "complet", not(feature = "page")))]
        return self.note;
        #[cfg(not(any(feature = "complet", not(feature = "page"))))]
        None
    }
}

/// The organisation du cabinet, in the order of the table of II.4 b).
pub static ORGANISATION: [Organisation; 5] = [
    Organisation {
        key: "dossier_informatise",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Équipement permettant la tenue du dossier médical informatisé et la saisie de données cliniques",
        points: &ORGANISATION_DOSSIER_INFORMATISE,
        medecin_traitant: false,
    },
    Organisation {
        key: "logiciel_aide_prescription",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Logiciel d'aide à la prescription certifié",
        points: &ORGANISATION_LOGICIEL_AIDE_PRESCRIPTION,
        medecin_traitant: false,
    },
    Organisation {
        key: "equipement_teleservices",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Équipement informatique permettant de télétransmettre et d'utiliser les téléservices",
        points: &ORGANISATION_EQUIPEMENT_TELESERVICES,
        medecin_traitant: false,
    },
    Organisation {
        key: "affichage_horaires",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Affichage au cabinet (et sur ameli) des horaires et de l'organisation du cabinet",
        points: &ORGANISATION_AFFICHAGE_HORAIRES,
        medecin_traitant: false,
    },
    Organisation {
        key: "synthese_annuelle",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Synthèse annuelle du dossier médical par le médecin traitant pour ses patients",
        points: &ORGANISATION_SYNTHESE_ANNUELLE,
        medecin_traitant: true,
    },
];

/// The qualité de la pratique, in the order of the tables of II.4 b).
pub static INDICATORS: [Indicator; 24] = [
    Indicator {
        key: "diabete_hba1c_dosages",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Diabète : 3 ou 4 dosages d'HbA1c dans l'année (patients traités par antidiabétiques)",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &DIABETE_HBA1C_DOSAGES_OBJECTIF,
        seuil: &DIABETE_HBA1C_DOSAGES_SEUIL,
        points: &DIABETE_HBA1C_DOSAGES_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "diabete_hba1c_8_5",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Diabète de type 2 : résultat d'HbA1c inférieur à 8,5 %",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &DIABETE_HBA1C_8_5_OBJECTIF,
        seuil: &DIABETE_HBA1C_8_5_SEUIL,
        points: &DIABETE_HBA1C_8_5_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "diabete_hba1c_7_5",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Diabète de type 2 : résultat d'HbA1c inférieur à 7,5 %",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &DIABETE_HBA1C_7_5_OBJECTIF,
        seuil: &DIABETE_HBA1C_7_5_SEUIL,
        points: &DIABETE_HBA1C_7_5_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "diabete_ldl_1_5",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Diabète de type 2 : LDL cholestérol inférieur à 1,5 g/l",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &DIABETE_LDL_1_5_OBJECTIF,
        seuil: &DIABETE_LDL_1_5_SEUIL,
        points: &DIABETE_LDL_1_5_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "diabete_ldl_1_3",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Diabète de type 2 : LDL cholestérol inférieur à 1,3 g/l",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &DIABETE_LDL_1_3_OBJECTIF,
        seuil: &DIABETE_LDL_1_3_SEUIL,
        points: &DIABETE_LDL_1_3_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "diabete_fond_oeil",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Diabète : fond d'œil tous les 2 ans (patients traités par antidiabétiques)",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &DIABETE_FOND_OEIL_OBJECTIF,
        seuil: &DIABETE_FOND_OEIL_SEUIL,
        points: &DIABETE_FOND_OEIL_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "diabete_statine_antihypertenseur",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Diabète à haut risque cardiovasculaire : traitement par statine et antihypertenseurs",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &DIABETE_STATINE_ANTIHYPERTENSEUR_OBJECTIF,
        seuil: &DIABETE_STATINE_ANTIHYPERTENSEUR_SEUIL,
        points: &DIABETE_STATINE_ANTIHYPERTENSEUR_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "diabete_aspirine",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Diabète à haut risque cardiovasculaire : traitement par aspirine à faible dose ou anticoagulant",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &DIABETE_ASPIRINE_OBJECTIF,
        seuil: &DIABETE_ASPIRINE_SEUIL,
        points: &DIABETE_ASPIRINE_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "hta_controle_tensionnel",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Hypertension : pression artérielle ≤ 140/90 mm Hg sous antihypertenseurs",
        volet: Volet::Chroniques,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &HTA_CONTROLE_TENSIONNEL_OBJECTIF,
        seuil: &HTA_CONTROLE_TENSIONNEL_SEUIL,
        points: &HTA_CONTROLE_TENSIONNEL_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "grippe_65_ans",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Vaccination contre la grippe des patients de plus de 65 ans",
        volet: Volet::Prevention,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &GRIPPE_65_ANS_OBJECTIF,
        seuil: &GRIPPE_65_ANS_SEUIL,
        points: &GRIPPE_65_ANS_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "grippe_16_64_ans_ald",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Vaccination contre la grippe des patients de 16 à 64 ans en ALD ciblés par la campagne",
        volet: Volet::Prevention,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &GRIPPE_16_64_ANS_ALD_OBJECTIF,
        seuil: &GRIPPE_16_64_ANS_ALD_SEUIL,
        points: &GRIPPE_16_64_ANS_ALD_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "cancer_sein",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Dépistage du cancer du sein des patientes de 50 à 74 ans (organisé ou individuel)",
        volet: Volet::Prevention,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patientes",
        objectif: &CANCER_SEIN_OBJECTIF,
        seuil: &CANCER_SEIN_SEUIL,
        points: &CANCER_SEIN_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "cancer_col",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Frottis dans les 3 dernières années des patientes de 25 à 65 ans",
        volet: Volet::Prevention,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patientes",
        objectif: &CANCER_COL_OBJECTIF,
        seuil: &CANCER_COL_SEUIL,
        points: &CANCER_COL_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "vasodilatateurs",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Patients de plus de 65 ans traités par vasodilatateurs",
        volet: Volet::Prevention,
        sens: Sens::Baisse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &VASODILATATEURS_OBJECTIF,
        seuil: &VASODILATATEURS_SEUIL,
        points: &VASODILATATEURS_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "benzodiazepines_demi_vie_longue",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Patients de plus de 65 ans traités par benzodiazépines à demi-vie longue",
        volet: Volet::Prevention,
        sens: Sens::Baisse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &BENZODIAZEPINES_DEMI_VIE_LONGUE_OBJECTIF,
        seuil: &BENZODIAZEPINES_DEMI_VIE_LONGUE_SEUIL,
        points: &BENZODIAZEPINES_DEMI_VIE_LONGUE_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "benzodiazepines_duree",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Patients nouvellement traités par benzodiazépine pendant plus de 12 semaines",
        volet: Volet::Prevention,
        sens: Sens::Baisse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &BENZODIAZEPINES_DUREE_OBJECTIF,
        seuil: &BENZODIAZEPINES_DUREE_SEUIL,
        points: &BENZODIAZEPINES_DUREE_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "antibiotiques",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Traitements antibiotiques pour 100 patients de 16 à 65 ans hors ALD",
        volet: Volet::Prevention,
        sens: Sens::Baisse,
        echelle: Echelle::PourCentPatients,
        compte: "patients",
        objectif: &ANTIBIOTIQUES_OBJECTIF,
        seuil: &ANTIBIOTIQUES_SEUIL,
        points: &ANTIBIOTIQUES_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "generiques_antibiotiques",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Antibiotiques prescrits dans le répertoire des génériques",
        volet: Volet::Efficience,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "boîtes",
        objectif: &GENERIQUES_ANTIBIOTIQUES_OBJECTIF,
        seuil: &GENERIQUES_ANTIBIOTIQUES_SEUIL,
        points: &GENERIQUES_ANTIBIOTIQUES_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "generiques_ipp",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Inhibiteurs de la pompe à protons prescrits dans le répertoire des génériques",
        volet: Volet::Efficience,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "boîtes",
        objectif: &GENERIQUES_IPP_OBJECTIF,
        seuil: &GENERIQUES_IPP_SEUIL,
        points: &GENERIQUES_IPP_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "generiques_statines",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Statines prescrites dans le répertoire des génériques",
        volet: Volet::Efficience,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "boîtes",
        objectif: &GENERIQUES_STATINES_OBJECTIF,
        seuil: &GENERIQUES_STATINES_SEUIL,
        points: &GENERIQUES_STATINES_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "generiques_antihypertenseurs",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Antihypertenseurs prescrits dans le répertoire des génériques",
        volet: Volet::Efficience,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "boîtes",
        objectif: &GENERIQUES_ANTIHYPERTENSEURS_OBJECTIF,
        seuil: &GENERIQUES_ANTIHYPERTENSEURS_SEUIL,
        points: &GENERIQUES_ANTIHYPERTENSEURS_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: Some("Seuil corrigé : 130 boîtes ; la convention publiée indiquait à tort 30 boîtes (correctif annoncé par la circulaire, II.4 b)."),
    },
    Indicator {
        key: "generiques_antidepresseurs",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Antidépresseurs prescrits dans le répertoire des génériques",
        volet: Volet::Efficience,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "boîtes",
        objectif: &GENERIQUES_ANTIDEPRESSEURS_OBJECTIF,
        seuil: &GENERIQUES_ANTIDEPRESSEURS_SEUIL,
        points: &GENERIQUES_ANTIDEPRESSEURS_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "iec_sartans",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Patients traités par IEC parmi ceux traités par IEC ou sartans",
        volet: Volet::Efficience,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "boîtes",
        objectif: &IEC_SARTANS_OBJECTIF,
        seuil: &IEC_SARTANS_SEUIL,
        points: &IEC_SARTANS_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
    Indicator {
        key: "aspirine_antiagregants",
        #[cfg(any(feature = "complet", not(feature = "page")))]
        libelle: "Patients traités par aspirine à faible dose parmi ceux traités par antiagrégants plaquettaires",
        volet: Volet::Efficience,
        sens: Sens::Hausse,
        echelle: Echelle::Pourcentage,
        compte: "patients",
        objectif: &ASPIRINE_ANTIAGREGANTS_OBJECTIF,
        seuil: &ASPIRINE_ANTIAGREGANTS_SEUIL,
        points: &ASPIRINE_ANTIAGREGANTS_POINTS,
        #[cfg(any(feature = "complet", not(feature = "page")))]
        note: None,
    },
];

impl Indicator {
    /// The indicator of key `key`, if there is one.
    pub fn by_key(key: &str) -> Option<&'static Indicator> {
        INDICATORS.iter().find(|i| i.key == key)
    }
}
