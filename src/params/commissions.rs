//! Indemnity of the members of the commissions paritaires — circulaire du 31/07/2024, §12 D
//! (articles 99 à 102-3 et annexe 6 de la convention): 13 C per séance, shown apart from the
//! physician's total.

use rust_decimal_macros::dec;

use super::calendar::CONVENTION_2024_START;
use super::documents::CONVENTION_2024;
use super::{parameters, Dated, Param, Unit};

parameters! {
    LETTRES_C_PAR_SEANCE = Param::new(
        "commissions.c_par_seance",
        "Commissions paritaires — indemnité par séance, en nombre de C",
        Unit::Nombre,
        &[Dated::since(dec!(13), CONVENTION_2024_START, &CONVENTION_2024, "§12 D (13C par séance, en présentiel ou en distanciel)")],
    )
    .within(dec!(0), dec!(100));
}
