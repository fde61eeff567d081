//! Values of the letter keys of the NGAP, cited by their own reference (they are not in the
//! sources): the consultation C, in which the Sophia forfait of the 2011 convention is paid.

use rust_decimal_macros::dec;

use super::calendar::REGIME_2011_END;
use super::documents::NGAP;
use super::{date, parameters, Dated, Param, Unit};

parameters! {
    C = Param::new(
        "ngap.c",
        "NGAP — valeur de la consultation C",
        Unit::Euro,
        &[
            // Known until the calculator's gap (2017 to 2020, see calendar): later values are not used.
            Dated::during(dec!(23), (date(2011, 1, 1), REGIME_2011_END), &NGAP, "lettre clé C : 23 € au 01/01/2011 (règlement arbitral approuvé par l'arrêté du 3 mai 2010, JO du 5 mai 2010)"),
        ],
    );
}
