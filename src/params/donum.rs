//! Dotation numérique (DONUM), from 2026 — circulaire du 31/07/2024, §3.3 A: points of the socle
//! and of the optional indicators, their targets for 2026 and 2028, the neutralisation threshold.

use rust_decimal_macros::dec;

use super::calendar::{DONUM_2028, FMT_START};
use super::documents::CONVENTION_2024;
use super::{date, parameters, Dated, Param, Unit};

parameters! {
    POINT = Param::new(
        "donum.point",
        "DONUM — valeur du point",
        Unit::Euro,
        &[
            Dated::since(dec!(7), FMT_START, &CONVENTION_2024, "§3.3 A (valeur du point fixée à 7 €)"),
        ],
    );

    SOCLE_POINTS = Param::new(
        "donum.socle.points",
        "DONUM — points des indicateurs socles",
        Unit::Points,
        &[
            Dated::since(dec!(280), FMT_START, &CONVENTION_2024, "§3.3 A, tableau, indicateurs socles"),
        ],
    );

    SOCLE_CIBLE = Param::new(
        "donum.socle.cible",
        "DONUM — cible de la moyenne des taux DCMT, PSE, FSE, AAT",
        Unit::Pourcent,
        &[
            Dated::during(dec!(60), (FMT_START, date(2027, 12, 31)), &CONVENTION_2024, "§3.3 A, tableau, cible 2026"),
            Dated::since(dec!(80), DONUM_2028, &CONVENTION_2024, "§3.3 A, tableau, cible 2028"),
        ],
    );

    AUTRES_TELESERVICES_POINTS = Param::new(
        "donum.autres_teleservices.points",
        "DONUM — points de l'indicateur autres téléservices",
        Unit::Points,
        &[
            Dated::since(dec!(60), FMT_START, &CONVENTION_2024, "§3.3 A, tableau, indicateurs optionnels"),
        ],
    );

    AUTRES_TELESERVICES_CIBLE = Param::new(
        "donum.autres_teleservices.cible",
        "DONUM — cible de la moyenne des taux CM AT-MP, SPE, DSG",
        Unit::Pourcent,
        &[
            Dated::during(dec!(30), (FMT_START, date(2027, 12, 31)), &CONVENTION_2024, "§3.3 A, tableau, cible 2026"),
            Dated::since(dec!(60), DONUM_2028, &CONVENTION_2024, "§3.3 A, tableau, cible 2028"),
        ],
    );

    NUMERIQUE_SANTE_POINTS = Param::new(
        "donum.numerique_sante.points",
        "DONUM — points de l'indicateur numérique en santé",
        Unit::Points,
        &[
            Dated::since(dec!(60), FMT_START, &CONVENTION_2024, "§3.3 A, tableau, indicateurs optionnels"),
        ],
    );

    NUMERIQUE_SANTE_CIBLE = Param::new(
        "donum.numerique_sante.cible",
        "DONUM — cible de la moyenne des taux DMP et ordonnance numérique",
        Unit::Pourcent,
        &[
            Dated::during(dec!(30), (FMT_START, date(2027, 12, 31)), &CONVENTION_2024, "§3.3 A, tableau, cible 2026"),
            Dated::since(dec!(60), DONUM_2028, &CONVENTION_2024, "§3.3 A, tableau, cible 2028"),
        ],
    );

    APP_CV_MSS_POINTS = Param::new(
        "donum.app_cv_mss.points",
        "DONUM — points de l'usage de l'application carte Vitale et de la messagerie",
        Unit::Points,
        &[
            Dated::since(dec!(20), FMT_START, &CONVENTION_2024, "§3.3 A, tableau, usage de l'application carte Vitale et de la messagerie"),
        ],
    );

    NEUTRALISATION_DENOMINATEUR = Param::new(
        "donum.neutralisation.denominateur",
        "DONUM — dénominateur en dessous duquel un taux est neutralisé",
        Unit::Nombre,
        &[
            Dated::since(dec!(10), FMT_START, &CONVENTION_2024, "§3.3 A (neutralisation si le dénominateur est inférieur à 10)"),
        ],
    );
}
