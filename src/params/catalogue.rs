//! What each parameter is: its French label and its unit. The values are in the sets.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Euros per patient, per indicator or per year, as the label says.
    Euro,
    /// A percentage: 10 means 10 %.
    Pourcent,
    /// A number of years.
    Annees,
    /// Points of a forfait, paid at the point's value.
    Points,
    /// A number of patients or of acts.
    Nombre,
    /// A rule switched on (1) or off (0).
    OuiNon,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Definition {
    pub id: &'static str,
    pub libelle: &'static str,
    pub unite: Unit,
}

const fn def(id: &'static str, libelle: &'static str, unite: Unit) -> Definition {
    Definition { id, libelle, unite }
}

/// Every parameter a rule may read. A test checks that each has a value with a source and that
/// each value of a set is defined here.
pub const DEFINITIONS: &[Definition] = &[
    def(
        "fmt.socle.ald_80_ans_et_plus",
        "FMT socle — patient en ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.ald_moins_80_ans",
        "FMT socle — patient en ALD de moins de 80 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.80_ans_et_plus",
        "FMT socle — patient hors ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.75_a_79_ans",
        "FMT socle — patient hors ALD de 75 à 79 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.7_a_74_ans",
        "FMT socle — patient hors ALD de 7 à 74 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.2_a_6_ans",
        "FMT socle — patient hors ALD de 2 à 6 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.moins_2_ans",
        "FMT socle — patient hors ALD de moins de 2 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.non_vu_2_ans",
        "FMT socle — patient non vu depuis 2 ans (par patient, au lieu du montant de sa catégorie)",
        Unit::Euro,
    ),
    def(
        "fmt.socle.non_vus_distincts",
        "FMT — les patients non vus depuis 2 ans ont leur propre montant, sans majoration C2S (1 oui, 0 non)",
        Unit::OuiNon,
    ),
    def(
        "fmt.majoration.c2s",
        "FMT — majoration par patient bénéficiaire de la C2S vu dans les 2 ans",
        Unit::Euro,
    ),
    def(
        "fmt.majoration.zip_qpv",
        "FMT — majoration pérenne du socle, cabinet principal en ZIP ou QPV",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.primo_installe.annee_1",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 1re année",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.primo_installe.annee_2",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 2e année",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.primo_installe.annee_3",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 3e année",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.age",
        "FMT — majoration du socle, médecin ayant atteint l'âge seuil",
        Unit::Pourcent,
    ),
    def(
        "fmt.majoration.age.seuil",
        "FMT — âge à partir duquel la majoration d'âge s'applique",
        Unit::Annees,
    ),
    def(
        "fmt.prevention.indicateur",
        "FMT prévention — montant par indicateur validé et par patient",
        Unit::Euro,
    ),
    def(
        "fpmt.ald_80_ans_et_plus",
        "FPMT — patient en ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
    ),
    def(
        "fpmt.ald_moins_80_ans",
        "FPMT — patient en ALD de moins de 80 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fpmt.80_ans_et_plus",
        "FPMT — patient hors ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
    ),
    def(
        "fpmt.75_a_79_ans",
        "FPMT — patient hors ALD de 75 à 79 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fpmt.7_a_74_ans",
        "FPMT — patient hors ALD de 7 à 74 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fpmt.2_a_6_ans",
        "FPMT — patient hors ALD de 2 à 6 ans (par patient)",
        Unit::Euro,
    ),
    def(
        "fpmt.moins_2_ans",
        "FPMT — patient hors ALD de moins de 2 ans (par patient)",
        Unit::Euro,
    ),
    def("rosp.point", "ROSP — valeur du point", Unit::Euro),
    def(
        "rosp.patientele_reference",
        "ROSP — patientèle de référence des indicateurs pondérés",
        Unit::Nombre,
    ),
    def(
        "fs.point",
        "Forfait structure — valeur du point",
        Unit::Euro,
    ),
    def(
        "fs.volet1.points",
        "Forfait structure — points du volet 1 (prérequis)",
        Unit::Points,
    ),
    def(
        "fs.volet1.teletransmission.seuil",
        "Forfait structure — taux de télétransmission à dépasser (volet 1)",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.aat.seuil",
        "Forfait structure — taux cible d'arrêts de travail en ligne (AAT)",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.aat.points",
        "Forfait structure — points de l'indicateur AAT",
        Unit::Points,
    ),
    def(
        "fs.volet2.cm_atmp.seuil",
        "Forfait structure — taux cible de certificats AT-MP en ligne",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.cm_atmp.points",
        "Forfait structure — points de l'indicateur CM AT-MP",
        Unit::Points,
    ),
    def(
        "fs.volet2.pse.seuil",
        "Forfait structure — taux cible de protocoles de soins électroniques",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.pse.points",
        "Forfait structure — points de l'indicateur PSE",
        Unit::Points,
    ),
    def(
        "fs.volet2.dcmt.seuil",
        "Forfait structure — taux cible de déclarations médecin traitant en ligne",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.dcmt.points",
        "Forfait structure — points de l'indicateur DMT",
        Unit::Points,
    ),
    def(
        "fs.volet2.spe.seuil",
        "Forfait structure — taux cible de prescriptions électroniques de transport",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.spe.points",
        "Forfait structure — points de l'indicateur SPE",
        Unit::Points,
    ),
    def(
        "fs.volet2.dsg.seuil",
        "Forfait structure — taux cible de déclarations de grossesse en ligne",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.dsg.points",
        "Forfait structure — points de l'indicateur DSG",
        Unit::Points,
    ),
    def(
        "fs.volet2.dmp.seuil",
        "Forfait structure — part des consultations alimentant le DMP",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.dmp.points",
        "Forfait structure — points de l'indicateur DMP",
        Unit::Points,
    ),
    def(
        "fs.volet2.mss.seuil",
        "Forfait structure — part des consultations avec un échange par messagerie sécurisée",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.mss.points",
        "Forfait structure — points de l'indicateur messagerie sécurisée",
        Unit::Points,
    ),
    def(
        "fs.volet2.ordonnance_numerique.seuil",
        "Forfait structure — part des prescriptions par e-prescription",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.ordonnance_numerique.points",
        "Forfait structure — points de l'indicateur e-prescription",
        Unit::Points,
    ),
    def(
        "fs.volet2.app_carte_vitale.seuil",
        "Forfait structure — part des FSE avec l'application carte Vitale",
        Unit::Pourcent,
    ),
    def(
        "fs.volet2.app_carte_vitale.points",
        "Forfait structure — points de l'indicateur application carte Vitale",
        Unit::Points,
    ),
    def(
        "fs.volet2.capacite_a_coder",
        "Forfait structure — points de la capacité à coder",
        Unit::Points,
    ),
    def(
        "fs.volet2.prise_en_charge_coordonnee",
        "Forfait structure — points de l'implication dans la prise en charge coordonnée (volet 2)",
        Unit::Points,
    ),
    def(
        "fs.volet2.services_patients",
        "Forfait structure — points des services offerts aux patients",
        Unit::Points,
    ),
    def(
        "fs.volet2.videotransmission",
        "Forfait structure — points de l'équipement de vidéotransmission",
        Unit::Points,
    ),
    def(
        "fs.volet2.equipements_connectes",
        "Forfait structure — points des équipements médicaux connectés",
        Unit::Points,
    ),
    def(
        "fs.volet2.participation_sas",
        "Forfait structure — points de la participation au SAS",
        Unit::Points,
    ),
    def(
        "fs.volet2.snp_sas.seuil_1",
        "Forfait structure — effection SAS : SNP du trimestre pour le 1er palier",
        Unit::Nombre,
    ),
    def(
        "fs.volet2.snp_sas.seuil_2",
        "Forfait structure — effection SAS : SNP du trimestre pour le 2e palier",
        Unit::Nombre,
    ),
    def(
        "fs.volet2.snp_sas.seuil_3",
        "Forfait structure — effection SAS : SNP du trimestre pour le 3e palier",
        Unit::Nombre,
    ),
    def(
        "fs.volet2.snp_sas.seuil_4",
        "Forfait structure — effection SAS : SNP du trimestre pour le 4e palier",
        Unit::Nombre,
    ),
    def(
        "fs.volet2.snp_sas.seuil_5",
        "Forfait structure — effection SAS : SNP du trimestre pour le 5e palier",
        Unit::Nombre,
    ),
    def(
        "fs.volet2.snp_sas.points_1",
        "Forfait structure — effection SAS : points du 1er palier",
        Unit::Points,
    ),
    def(
        "fs.volet2.snp_sas.points_2",
        "Forfait structure — effection SAS : points du 2e palier",
        Unit::Points,
    ),
    def(
        "fs.volet2.snp_sas.points_3",
        "Forfait structure — effection SAS : points du 3e palier",
        Unit::Points,
    ),
    def(
        "fs.volet2.snp_sas.points_4",
        "Forfait structure — effection SAS : points du 4e palier",
        Unit::Points,
    ),
    def(
        "fs.volet2.snp_sas.points_5",
        "Forfait structure — effection SAS : points du 5e palier",
        Unit::Points,
    ),
    def(
        "vsm.montant.moitie",
        "Forfait VSM — montant si la moitié de la patientèle ALD a un VSM au DMP",
        Unit::Euro,
    ),
    def(
        "vsm.montant.quasi_totalite",
        "Forfait VSM — montant si 90 % de la patientèle ALD a un VSM au DMP",
        Unit::Euro,
    ),
    def(
        "vsm.seuil.moitie",
        "Forfait VSM — premier seuil de patients ALD avec VSM",
        Unit::Pourcent,
    ),
    def(
        "vsm.seuil.quasi_totalite",
        "Forfait VSM — second seuil de patients ALD avec VSM",
        Unit::Pourcent,
    ),
    def(
        "vsm.structure.seuil",
        "Forfait VSM — part de VSM structurés à dépasser pour la majoration",
        Unit::Pourcent,
    ),
    def(
        "vsm.structure.majoration",
        "Forfait VSM — majoration pour VSM structurés",
        Unit::Pourcent,
    ),
    def(
        "vsm.patientele_reference",
        "Forfait VSM — patientèle de référence de la pondération",
        Unit::Nombre,
    ),
    def(
        "vsm.taux_versement",
        "Forfait VSM — part du montant calculé qui est versée",
        Unit::Pourcent,
    ),
    def(
        "mission.maitre_de_stage.zip",
        "Maître de stage — montant annuel, médecin installé en ZIP",
        Unit::Euro,
    ),
    def(
        "mission.maitre_de_stage.hors_zip",
        "Maître de stage — montant annuel, médecin installé hors ZIP",
        Unit::Euro,
    ),
    def("donum.point", "DONUM — valeur du point", Unit::Euro),
    def(
        "donum.socle.points",
        "DONUM — points des indicateurs socles",
        Unit::Points,
    ),
    def(
        "donum.socle.cible",
        "DONUM — cible de la moyenne des taux DCMT, PSE, FSE, AAT",
        Unit::Pourcent,
    ),
    def(
        "donum.autres_teleservices.points",
        "DONUM — points de l'indicateur autres téléservices",
        Unit::Points,
    ),
    def(
        "donum.autres_teleservices.cible",
        "DONUM — cible de la moyenne des taux CM AT-MP, SPE, DSG",
        Unit::Pourcent,
    ),
    def(
        "donum.numerique_sante.points",
        "DONUM — points de l'indicateur numérique en santé",
        Unit::Points,
    ),
    def(
        "donum.numerique_sante.cible",
        "DONUM — cible de la moyenne des taux DMP et ordonnance numérique",
        Unit::Pourcent,
    ),
    def(
        "donum.app_cv_mss.points",
        "DONUM — points de l'usage de l'application carte Vitale et de la messagerie",
        Unit::Points,
    ),
    def(
        "donum.neutralisation.denominateur",
        "DONUM — dénominateur en dessous duquel un taux est neutralisé",
        Unit::Nombre,
    ),
    def(
        "mission.sas",
        "Participation au SAS — montant annuel",
        Unit::Euro,
    ),
    def(
        "mission.ame",
        "Patientèle AME importante — montant annuel",
        Unit::Euro,
    ),
    def(
        "mission.ipa.seuil_1",
        "Orientation vers une IPA — 1er palier (patients)",
        Unit::Nombre,
    ),
    def(
        "mission.ipa.seuil_2",
        "Orientation vers une IPA — 2e palier (patients)",
        Unit::Nombre,
    ),
    def(
        "mission.ipa.seuil_3",
        "Orientation vers une IPA — 3e palier (patients)",
        Unit::Nombre,
    ),
    def(
        "mission.ipa.montant_1",
        "Orientation vers une IPA — montant du 1er palier",
        Unit::Euro,
    ),
    def(
        "mission.ipa.montant_2",
        "Orientation vers une IPA — montant du 2e palier",
        Unit::Euro,
    ),
    def(
        "mission.ipa.montant_3",
        "Orientation vers une IPA — montant du 3e palier",
        Unit::Euro,
    ),
    def(
        "aide.primo_installe.zip",
        "Aide à l'installation — primo-installé en ZIP",
        Unit::Euro,
    ),
    def(
        "aide.primo_installe.zac",
        "Aide à l'installation — primo-installé en ZAC",
        Unit::Euro,
    ),
    def(
        "aide.cabinet_secondaire.zip",
        "Aide à l'installation — cabinet secondaire en ZIP",
        Unit::Euro,
    ),
    def(
        "ca.demi_journee",
        "Consultations avancées en ZIP — montant par demi-journée",
        Unit::Euro,
    ),
    def(
        "ca.plafond_mensuel",
        "Consultations avancées en ZIP — demi-journées rémunérées par mois au plus",
        Unit::Nombre,
    ),
    def(
        "qualite.sobriete",
        "Sobriété de prescription — montant annuel",
        Unit::Euro,
    ),
    def(
        "qualite.gap.seance",
        "Groupe d'amélioration des pratiques — indemnité par séance de 2 heures",
        Unit::Euro,
    ),
    def("am.tiers.annee_1", "Assistant médical 1/3 ETP — aide maximale, 1re année", Unit::Euro),
    def("am.tiers.annee_2", "Assistant médical 1/3 ETP — aide maximale, 2e année", Unit::Euro),
    def("am.tiers.annee_3", "Assistant médical 1/3 ETP — aide maximale, 3e année et suivantes", Unit::Euro),
    def("am.tiers.majore", "Assistant médical 1/3 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94", Unit::Euro),
    def("am.tiers.p95", "Assistant médical 1/3 ETP — aide maximale, toute année, patientèle au P95 ou plus", Unit::Euro),
    def("am.demi.annee_1", "Assistant médical 1/2 ETP — aide maximale, 1re année", Unit::Euro),
    def("am.demi.annee_2", "Assistant médical 1/2 ETP — aide maximale, 2e année", Unit::Euro),
    def("am.demi.annee_3", "Assistant médical 1/2 ETP — aide maximale, 3e année et suivantes", Unit::Euro),
    def("am.demi.majore", "Assistant médical 1/2 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94", Unit::Euro),
    def("am.demi.p95", "Assistant médical 1/2 ETP — aide maximale, toute année, patientèle au P95 ou plus", Unit::Euro),
    def("am.un.annee_1", "Assistant médical 1 ETP — aide maximale, 1re année", Unit::Euro),
    def("am.un.annee_2", "Assistant médical 1 ETP — aide maximale, 2e année", Unit::Euro),
    def("am.un.annee_3", "Assistant médical 1 ETP — aide maximale, 3e année et suivantes", Unit::Euro),
    def("am.un.majore", "Assistant médical 1 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94", Unit::Euro),
    def("am.un.p95", "Assistant médical 1 ETP — aide maximale, toute année, patientèle au P95 ou plus", Unit::Euro),
    def("am.un_et_demi.annee_3", "Assistant médical 1,5 ETP — aide maximale, 3e année et suivantes", Unit::Euro),
    def("am.un_et_demi.majore", "Assistant médical 1,5 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94", Unit::Euro),
    def("am.un_et_demi.p95", "Assistant médical 1,5 ETP — aide maximale, toute année, patientèle au P95 ou plus", Unit::Euro),
    def("am.deux.annee_3", "Assistant médical 2 ETP — aide maximale, 3e année et suivantes", Unit::Euro),
    def("am.deux.majore", "Assistant médical 2 ETP — aide maximale, 3e année et suivantes, patientèle entre P90 et P94", Unit::Euro),
    def("am.deux.p95", "Assistant médical 2 ETP — aide maximale, toute année, patientèle au P95 ou plus", Unit::Euro),
    def("am.revalorisation", "Assistant médical — revalorisation des aides au 22/06/2024", Unit::Pourcent),
    def("am.acompte", "Assistant médical — part de l'aide versée en acompte (à partir de la 3e année)", Unit::Pourcent),
    def("am.acompte_tiers", "Assistant médical 1/3 ETP — part de l'aide versée en acompte", Unit::Pourcent),
    def("am.tolerance.p95", "Assistant médical — baisse de patientèle tolérée au P95 ou plus", Unit::Pourcent),
    def("am.tolerance.age", "Assistant médical — baisse de patientèle tolérée à partir de l'âge seuil", Unit::Pourcent),
    def("am.age", "Assistant médical — âge à partir duquel l'objectif est de maintenir la patientèle", Unit::Annees),
    def("am.ccam.max", "Assistant médical — part maximale des honoraires CCAM d'un chirurgien éligible", Unit::Pourcent),
    def("am.carence", "Assistant médical — délai de carence après la fin d'un contrat", Unit::Annees),
];

/// The definition of `id`, if it is a parameter of the calculator.
pub fn definition(id: &str) -> Option<&'static Definition> {
    DEFINITIONS.iter().find(|d| d.id == id)
}
