//! Équipes de soins spécialisées — circulaire du 31/07/2024, §7 (articles 53 à 58 de la
//! convention): what the structure receives, shown apart from the physician's total.

use rust_decimal_macros::dec;

use super::calendar::CONVENTION_2024_START;
use super::documents::CONVENTION_2024;
use super::{parameters, Dated, Param, Unit};

parameters! {
    CREDIT_AMORCAGE = Param::new(
        "ess.credit_amorcage",
        "ESS — crédit d'amorçage versé à la structure",
        Unit::Euro,
        &[Dated::since(dec!(80000), CONVENTION_2024_START, &CONVENTION_2024, "§7 (crédit d'amorçage de 80 000 €)")],
    );

    DOTATION_MINIMUM = Param::new(
        "ess.dotation_minimum",
        "ESS — dotation annuelle, au moins",
        Unit::Euro,
        &[Dated::since(dec!(50000), CONVENTION_2024_START, &CONVENTION_2024, "§7 (dotation annuelle dès la première année entre 50 000 et 100 000 €)")],
    );

    DOTATION_MAXIMUM = Param::new(
        "ess.dotation_maximum",
        "ESS — dotation annuelle, au plus",
        Unit::Euro,
        &[Dated::since(dec!(100000), CONVENTION_2024_START, &CONVENTION_2024, "§7 (dotation annuelle dès la première année entre 50 000 et 100 000 €)")],
    );
}
