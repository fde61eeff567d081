//! Values of the NGAP (not in the sources, cited by their own reference): the letter key C, in
//! which the Sophia forfait of the 2011 convention and a commission member's indemnity are paid.

use rust_decimal_macros::dec;

use super::documents::NGAP;
use super::{date, parameters, Dated, Param, Unit};

parameters! {
    C = Param::new(
        "ngap.c",
        "Valeur de la lettre clé C (consultation au cabinet)",
        Unit::Euro,
        &[Dated::since(dec!(23), date(2011, 1, 1), &NGAP, "art. 2 des dispositions générales (lettre clé C) ; 23 € depuis le 01/01/2011, tarif inchangé au 22/12/2024 (Assurance maladie, mémo de facturation de la convention médicale du 22/12/2024)")],
    )
    .within(dec!(0), dec!(1000));
}
