//! Sophia, the programme d'accompagnement des patients diabétiques, 2012 to 2016 — circulaire
//! CNAMTS 19/2011, II.3 c): the médecin traitant is paid 1 C for sending the medical
//! questionnaire and 1 C for its renewal (the value of C is the NGAP's, see `ngap`).

use rust_decimal_macros::dec;

use super::calendar::{CONVENTION_2011_START, REGIME_2011_END};
use super::documents::CONVENTION_2011;
use super::{parameters, Dated, Param, Unit};

parameters! {
    QUESTIONNAIRE = Param::new(
        "sophia.questionnaire",
        "Sophia — rémunération de l'envoi du questionnaire médical (nombre de C)",
        Unit::Nombre,
        &[
            Dated::during(dec!(1), (CONVENTION_2011_START, REGIME_2011_END), &CONVENTION_2011, "II.3 c) (1 C, contre 2 C auparavant)"),
        ],
    )
    .within(dec!(0), dec!(10));

    RENOUVELLEMENT = Param::new(
        "sophia.renouvellement",
        "Sophia — rémunération du renouvellement du questionnaire (nombre de C)",
        Unit::Nombre,
        &[
            Dated::during(dec!(1), (CONVENTION_2011_START, REGIME_2011_END), &CONVENTION_2011, "II.3 c) (renouvellement à hauteur d'une consultation C)"),
        ],
    )
    .within(dec!(0), dec!(10));
}
