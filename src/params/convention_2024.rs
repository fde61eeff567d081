//! Values set by the convention médicale of 4 June 2024, as the CNAM circular of 31/07/2024
//! presents it (`shared/sources/000_a8aa8d5400d38f5b.txt`).

use rust_decimal_macros::dec;

use super::{date, dated, ParameterSet, Value};

/// The FMT replaces the FPMT and the ROSP from 1 January 2026 (§3.1 A, « Entrée en vigueur »
/// of §3.1 C); no end date is set, the convention runs for five years from 22/06/2024. The DONUM,
/// the aides à l'installation, the consultations avancées and the new missions start the same day.
const FMT_START: chrono::NaiveDate = date(2026, 1, 1);
/// The DONUM's targets rise in 2028 (§3.3 A, table « Cible 2026 / Cible 2028 »).
const DONUM_2028: chrono::NaiveDate = date(2028, 1, 1);
const DONUM_2027_END: Option<chrono::NaiveDate> = Some(date(2027, 12, 31));
/// The convention is in force from 22 June 2024; so are the assistant médical rules of §4.
pub(crate) const CONVENTION_START: chrono::NaiveDate = date(2024, 6, 22);

/// An assistant médical amount or rule, in force from 22/06/2024 (§4).
const fn am(id: &'static str, valeur: rust_decimal::Decimal, section: &'static str) -> Value {
    dated(id, valeur, CONVENTION_START, None, section)
}

/// AME and IPA missions from 1 January 2025 (§3.4 C and D).
const MISSIONS_2025: chrono::NaiveDate = date(2025, 1, 1);

/// A value in force from 1 January 2026, until further notice.
const fn from_2026(
    id: &'static str,
    valeur: rust_decimal::Decimal,
    section: &'static str,
) -> Value {
    dated(id, valeur, FMT_START, None, section)
}

const fn fmt(id: &'static str, valeur: rust_decimal::Decimal, section: &'static str) -> Value {
    Value {
        id,
        valeur,
        debut: FMT_START,
        fin: None,
        section,
    }
}

/// The FPMT runs until 31/12/2025 (§3.1 A). The circular gives its « montants actuels » only:
/// they are applied from 2021 on, an interpretation the FPMT lines show for years before 2024.
const fn fpmt(id: &'static str, valeur: rust_decimal::Decimal, section: &'static str) -> Value {
    dated(
        id,
        valeur,
        date(2021, 1, 1),
        Some(date(2025, 12, 31)),
        section,
    )
}

/// VSM results at 30/06/2024 and 30/06/2025; the forfait is abolished after (§3.3 B).
const fn vsm(id: &'static str, valeur: rust_decimal::Decimal, section: &'static str) -> Value {
    dated(
        id,
        valeur,
        date(2024, 1, 1),
        Some(date(2025, 6, 30)),
        section,
    )
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
            "fmt.socle.non_vus_distincts",
            dec!(1),
            "§3.1 A (les patients non vus depuis 2 ans ont leur propre montant et pas de majoration C2S)",
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
        fpmt(
            "fpmt.ald_80_ans_et_plus",
            dec!(70),
            "§3.1 A, tableau, montants actuels, ligne (ALD) 80 ans ou plus",
        ),
        fpmt(
            "fpmt.ald_moins_80_ans",
            dec!(46),
            "§3.1 A, tableau, montants actuels, ligne (ALD) 0-79 ans",
        ),
        fpmt(
            "fpmt.80_ans_et_plus",
            dec!(46),
            "§3.1 A, tableau, montants actuels, ligne 80 ans et plus",
        ),
        fpmt(
            "fpmt.75_a_79_ans",
            dec!(5),
            "§3.1 A, tableau, montants actuels, ligne 75-79 ans",
        ),
        fpmt(
            "fpmt.7_a_74_ans",
            dec!(5),
            "§3.1 A, tableau, montants actuels, ligne 7 à 74 ans",
        ),
        fpmt(
            "fpmt.2_a_6_ans",
            dec!(6),
            "§3.1 A, tableau, montants actuels, ligne moins de 7 ans",
        ),
        fpmt(
            "fpmt.moins_2_ans",
            dec!(6),
            "§3.1 A, tableau, montants actuels, ligne moins de 7 ans",
        ),
        vsm(
            "vsm.montant.moitie",
            dec!(1500),
            "§3.3 B, modalités de calcul",
        ),
        vsm(
            "vsm.montant.quasi_totalite",
            dec!(3000),
            "§3.3 B, modalités de calcul",
        ),
        vsm(
            "vsm.seuil.moitie",
            dec!(50),
            "§3.3 B (au moins la moitié de la patientèle en ALD)",
        ),
        vsm(
            "vsm.seuil.quasi_totalite",
            dec!(90),
            "§3.3 B (90 % de la patientèle ALD)",
        ),
        vsm(
            "vsm.structure.seuil",
            dec!(33.333333333333333333333333333),
            "§3.3 B (plus d'un tiers des VSM structurés)",
        ),
        vsm("vsm.structure.majoration", dec!(20), "§3.3 B"),
        vsm(
            "vsm.patientele_reference",
            dec!(800),
            "§3.3 B (patientèle moyenne de référence, 800 patients)",
        ),
        dated(
            "vsm.taux_versement",
            dec!(100),
            date(2024, 1, 1),
            Some(date(2024, 12, 31)),
            "§3.3 B, modalités de paiement (résultats au 30 juin 2024)",
        ),
        dated(
            "vsm.taux_versement",
            dec!(90),
            date(2025, 1, 1),
            Some(date(2025, 6, 30)),
            "§3.3 B, modalités de paiement (résultats au 30 juin 2025 versés à 90 %)",
        ),
        // Maître de stage: one rule, dated amounts (§3.4 B): 350 € « aujourd'hui », i.e. the 50
        // points of the forfait structure's « encadrement des étudiants » at 7 € (avenant 9, art. 5).
        dated(
            "mission.maitre_de_stage.zip",
            dec!(350),
            date(2021, 1, 1),
            Some(date(2025, 12, 31)),
            "§3.4 B (350 € avant 2026)",
        ),
        dated(
            "mission.maitre_de_stage.hors_zip",
            dec!(350),
            date(2021, 1, 1),
            Some(date(2025, 12, 31)),
            "§3.4 B (350 € avant 2026)",
        ),
        dated(
            "mission.maitre_de_stage.zip",
            dec!(800),
            FMT_START,
            None,
            "§3.4 B (800 € par an en ZIP à compter du 1er janvier 2026)",
        ),
        dated(
            "mission.maitre_de_stage.hors_zip",
            dec!(500),
            FMT_START,
            None,
            "§3.4 B (500 € par an hors ZIP à compter du 1er janvier 2026)",
        ),
        // DONUM (§3.3 A): socle required for everything; optional indicators independent.
        from_2026(
            "donum.point",
            dec!(7),
            "§3.3 A (valeur du point fixée à 7 €)",
        ),
        from_2026(
            "donum.socle.points",
            dec!(280),
            "§3.3 A, tableau, indicateurs socles",
        ),
        dated(
            "donum.socle.cible",
            dec!(60),
            FMT_START,
            DONUM_2027_END,
            "§3.3 A, tableau, cible 2026",
        ),
        dated(
            "donum.socle.cible",
            dec!(80),
            DONUM_2028,
            None,
            "§3.3 A, tableau, cible 2028",
        ),
        from_2026(
            "donum.autres_teleservices.points",
            dec!(60),
            "§3.3 A, tableau, indicateurs optionnels",
        ),
        dated(
            "donum.autres_teleservices.cible",
            dec!(30),
            FMT_START,
            DONUM_2027_END,
            "§3.3 A, tableau, cible 2026",
        ),
        dated(
            "donum.autres_teleservices.cible",
            dec!(60),
            DONUM_2028,
            None,
            "§3.3 A, tableau, cible 2028",
        ),
        from_2026(
            "donum.numerique_sante.points",
            dec!(60),
            "§3.3 A, tableau, indicateurs optionnels",
        ),
        dated(
            "donum.numerique_sante.cible",
            dec!(30),
            FMT_START,
            DONUM_2027_END,
            "§3.3 A, tableau, cible 2026",
        ),
        dated(
            "donum.numerique_sante.cible",
            dec!(60),
            DONUM_2028,
            None,
            "§3.3 A, tableau, cible 2028",
        ),
        from_2026(
            "donum.app_cv_mss.points",
            dec!(20),
            "§3.3 A, tableau, usage de l'application carte Vitale et de la messagerie",
        ),
        from_2026(
            "donum.neutralisation.denominateur",
            dec!(10),
            "§3.3 A (neutralisation si le dénominateur est inférieur à 10)",
        ),
        // Missions (§3.4).
        dated(
            "mission.ame",
            dec!(500),
            MISSIONS_2025,
            None,
            "§3.4 C (500 € par an à compter du 1er janvier 2025)",
        ),
        dated(
            "mission.ipa.seuil_1",
            dec!(10),
            MISSIONS_2025,
            None,
            "§3.4 D (au moins 10 patients)",
        ),
        dated(
            "mission.ipa.seuil_2",
            dec!(35),
            MISSIONS_2025,
            None,
            "§3.4 D (au moins 35 patients)",
        ),
        dated(
            "mission.ipa.seuil_3",
            dec!(100),
            MISSIONS_2025,
            None,
            "§3.4 D (au moins 100 patients)",
        ),
        dated(
            "mission.ipa.montant_1",
            dec!(100),
            MISSIONS_2025,
            None,
            "§3.4 D",
        ),
        dated(
            "mission.ipa.montant_2",
            dec!(400),
            MISSIONS_2025,
            None,
            "§3.4 D",
        ),
        dated(
            "mission.ipa.montant_3",
            dec!(1000),
            MISSIONS_2025,
            None,
            "§3.4 D",
        ),
        // Aides à l'installation (§3.2 A), once.
        from_2026(
            "aide.primo_installe.zip",
            dec!(10000),
            "§3.2 A (primo-installé en ZIP)",
        ),
        from_2026(
            "aide.primo_installe.zac",
            dec!(5000),
            "§3.2 A (primo-installé en ZAC)",
        ),
        from_2026(
            "aide.cabinet_secondaire.zip",
            dec!(3000),
            "§3.2 A (cabinet secondaire en ZIP)",
        ),
        // Consultations avancées en ZIP (§3.2 B).
        from_2026(
            "ca.demi_journee",
            dec!(200),
            "§3.2 B (200 € par demi-journée)",
        ),
        from_2026(
            "ca.plafond_mensuel",
            dec!(6),
            "§3.2 B (dans la limite de 6 demi-journées par mois)",
        ),
        // Pertinence (§9.4 B, §9.5).
        from_2026(
            "qualite.sobriete",
            dec!(1000),
            "§9.5 (1 000 € dès 2026 pour les prescripteurs les plus sobres)",
        ),
        dated(
            "qualite.gap.seance",
            dec!(140),
            date(2024, 6, 22),
            None,
            "§9.4 B (indemnité de 140 € par groupe de 2 heures)",
        ),
            // Aide à l'emploi d'un assistant médical (§4), revalorised amounts.
        am("am.demi.annee_1", dec!(19000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.demi.annee_2", dec!(14000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.demi.annee_3", dec!(11000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.demi.majore", dec!(13000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.demi.p95", dec!(19000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.un.annee_1", dec!(38000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.un.annee_2", dec!(28000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.un.annee_3", dec!(22000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.un.majore", dec!(26000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.un.p95", dec!(38000), "§4.2, tableau des montants revalorisés (options 1/2 et 1 ETP)"),
        am("am.tiers.annee_1", dec!(12600), "§4.2, tableau de l'option 1/3 ETP (1re année : montant fixe du P95, comme pour les options 1/2 et 1 ETP ; interprétation)"),
        am("am.tiers.annee_2", dec!(9450), "§4.2, tableau de l'option 1/3 ETP"),
        am("am.tiers.annee_3", dec!(7350), "§4.2, tableau de l'option 1/3 ETP"),
        am("am.tiers.majore", dec!(8767), "§4.2, tableau de l'option 1/3 ETP"),
        am("am.tiers.p95", dec!(12600), "§4.2, tableau de l'option 1/3 ETP"),
        am("am.un_et_demi.annee_3", dec!(33000), "§4.3, tableau des options 1,5 et 2 ETP"),
        am("am.un_et_demi.majore", dec!(39000), "§4.3, tableau des options 1,5 et 2 ETP"),
        am("am.un_et_demi.p95", dec!(57000), "§4.3, tableau des options 1,5 et 2 ETP"),
        am("am.deux.annee_3", dec!(44000), "§4.3, tableau des options 1,5 et 2 ETP"),
        am("am.deux.majore", dec!(52000), "§4.3, tableau des options 1,5 et 2 ETP"),
        am("am.deux.p95", dec!(76000), "§4.3, tableau des options 1,5 et 2 ETP"),
        am("am.revalorisation", dec!(5), "§4.2 (revalorisation de 5 %)"),
        am("am.acompte", dec!(50), "§4.6 (acompte de 50 % à la date anniversaire)"),
        am("am.acompte_tiers", dec!(70), "§4.2, tableau de l'option 1/3 ETP (70 % d'acompte, 30 % de solde)"),
        am("am.tolerance.p95", dec!(5), "§4.4 (patientèle au-delà du P95 : tolérance de 0 à -5 %)"),
        am("am.tolerance.age", dec!(10), "§4.4 (médecins de 65 ans et plus : tolérance de 0 à -10 %)"),
        am("am.age", dec!(65), "§4.4 (médecins âgés de 65 ans et plus)"),
        am("am.ccam.max", dec!(20), "§4.1 (chirurgiens : honoraires CCAM sous 20 % des honoraires)"),
        am("am.carence", dec!(2), "§4.8 a (délai de carence de deux ans)"),
    ],
};
