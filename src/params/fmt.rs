//! Forfait médecin traitant (FMT), from 2026 — Circulaire CNAM du 31/07/2024, §3.1: the socle per
//! patient (§3.1 A, table « Montants revalorisés »), the C2S majoration, the majorations of the
//! physician (§3.1 B) and the amount per validated prevention indicator (§3.1 C).

use rust_decimal_macros::dec;

use super::calendar::FMT_START;
use super::documents::CONVENTION_2024;
use super::{parameters, Dated, Param, Unit};

parameters! {
    SOCLE_ALD_80_ANS_ET_PLUS = Param::new(
        "fmt.socle.ald_80_ans_et_plus",
        "FMT socle — patient en ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
        &[
            Dated::since(dec!(100), FMT_START, &CONVENTION_2024, "§3.1 A, tableau, ligne (ALD) 80 ans ou plus"),
        ],
    );

    SOCLE_ALD_MOINS_80_ANS = Param::new(
        "fmt.socle.ald_moins_80_ans",
        "FMT socle — patient en ALD de moins de 80 ans (par patient)",
        Unit::Euro,
        &[
            Dated::since(dec!(55), FMT_START, &CONVENTION_2024, "§3.1 A, tableau, ligne (ALD) 0-79 ans"),
        ],
    );

    SOCLE_80_ANS_ET_PLUS = Param::new(
        "fmt.socle.80_ans_et_plus",
        "FMT socle — patient hors ALD de 80 ans ou plus (par patient)",
        Unit::Euro,
        &[
            Dated::since(dec!(55), FMT_START, &CONVENTION_2024, "§3.1 A, tableau, ligne 80 ans et plus"),
        ],
    );

    SOCLE_75_A_79_ANS = Param::new(
        "fmt.socle.75_a_79_ans",
        "FMT socle — patient hors ALD de 75 à 79 ans (par patient)",
        Unit::Euro,
        &[
            Dated::since(dec!(15), FMT_START, &CONVENTION_2024, "§3.1 A, tableau, ligne 75-79 ans"),
        ],
    );

    SOCLE_7_A_74_ANS = Param::new(
        "fmt.socle.7_a_74_ans",
        "FMT socle — patient hors ALD de 7 à 74 ans (par patient)",
        Unit::Euro,
        &[
            Dated::since(dec!(5), FMT_START, &CONVENTION_2024, "§3.1 A, tableau, ligne 7 à 74 ans"),
        ],
    );

    SOCLE_2_A_6_ANS = Param::new(
        "fmt.socle.2_a_6_ans",
        "FMT socle — patient hors ALD de 2 à 6 ans (par patient)",
        Unit::Euro,
        &[
            Dated::since(dec!(15), FMT_START, &CONVENTION_2024, "§3.1 A, tableau, ligne moins de 7 ans"),
        ],
    );

    SOCLE_MOINS_2_ANS = Param::new(
        "fmt.socle.moins_2_ans",
        "FMT socle — patient hors ALD de moins de 2 ans (par patient)",
        Unit::Euro,
        &[
            Dated::since(dec!(15), FMT_START, &CONVENTION_2024, "§3.1 A, tableau, ligne moins de 7 ans"),
        ],
    );

    SOCLE_NON_VU_2_ANS = Param::new(
        "fmt.socle.non_vu_2_ans",
        "FMT socle — patient non vu depuis 2 ans (par patient, au lieu du montant de sa catégorie)",
        Unit::Euro,
        &[
            Dated::since(dec!(5), FMT_START, &CONVENTION_2024, "§3.1 A, tableau, ligne patients non vus dans les 2 ans"),
        ],
    );

    SOCLE_NON_VUS_DISTINCTS = Param::new(
        "fmt.socle.non_vus_distincts",
        "FMT — les patients non vus depuis 2 ans ont leur propre montant, sans majoration C2S (1 oui, 0 non)",
        Unit::OuiNon,
        &[
            Dated::since(dec!(1), FMT_START, &CONVENTION_2024, "§3.1 A (les patients non vus depuis 2 ans ont leur propre montant et pas de majoration C2S)"),
        ],
    );

    MAJORATION_C2S = Param::new(
        "fmt.majoration.c2s",
        "FMT — majoration par patient bénéficiaire de la C2S vu dans les 2 ans",
        Unit::Euro,
        &[
            Dated::since(dec!(10), FMT_START, &CONVENTION_2024, "§3.1 A, majoration C2S (précarité)"),
        ],
    );

    MAJORATION_ZIP_QPV = Param::new(
        "fmt.majoration.zip_qpv",
        "FMT — majoration pérenne du socle, cabinet principal en ZIP ou QPV",
        Unit::Pourcent,
        &[
            Dated::since(dec!(10), FMT_START, &CONVENTION_2024, "§3.1 B 1 A/"),
        ],
    );

    MAJORATION_PRIMO_INSTALLE_ANNEE_1 = Param::new(
        "fmt.majoration.primo_installe.annee_1",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 1re année",
        Unit::Pourcent,
        &[
            Dated::since(dec!(50), FMT_START, &CONVENTION_2024, "§3.1 B 1 B/"),
        ],
    );

    MAJORATION_PRIMO_INSTALLE_ANNEE_2 = Param::new(
        "fmt.majoration.primo_installe.annee_2",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 2e année",
        Unit::Pourcent,
        &[
            Dated::since(dec!(30), FMT_START, &CONVENTION_2024, "§3.1 B 1 B/"),
        ],
    );

    MAJORATION_PRIMO_INSTALLE_ANNEE_3 = Param::new(
        "fmt.majoration.primo_installe.annee_3",
        "FMT — majoration du socle, primo-installé en ZIP/QPV, 3e année",
        Unit::Pourcent,
        &[
            Dated::since(dec!(10), FMT_START, &CONVENTION_2024, "§3.1 B 1 B/"),
        ],
    );

    MAJORATION_AGE = Param::new(
        "fmt.majoration.age",
        "FMT — majoration du socle, médecin ayant atteint l'âge seuil",
        Unit::Pourcent,
        &[
            Dated::since(dec!(10), FMT_START, &CONVENTION_2024, "§3.1 B 2"),
        ],
    );

    MAJORATION_AGE_SEUIL = Param::new(
        "fmt.majoration.age.seuil",
        "FMT — âge à partir duquel la majoration d'âge s'applique",
        Unit::Annees,
        &[
            Dated::since(dec!(67), FMT_START, &CONVENTION_2024, "§3.1 B 2"),
        ],
    )
    // An age a practising physician may have: every one is 18 or more at installation.
    .within(dec!(18), dec!(100));

    PREVENTION_INDICATEUR = Param::new(
        "fmt.prevention.indicateur",
        "FMT prévention — montant par indicateur validé et par patient",
        Unit::Euro,
        &[
            Dated::since(dec!(5), FMT_START, &CONVENTION_2024, "§3.1 C"),
        ],
    );
}
