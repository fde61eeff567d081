//! Consultations avancées en ZIP, from 2026 — circulaire du 31/07/2024, §3.2 B.

use rust_decimal_macros::dec;

use super::calendar::FMT_START;
use super::documents::CONVENTION_2024;
use super::{parameters, Dated, Param, Unit};

parameters! {
    DEMI_JOURNEE = Param::new(
        "ca.demi_journee",
        "Consultations avancées en ZIP — montant par demi-journée",
        Unit::Euro,
        &[
            Dated::since(dec!(200), FMT_START, &CONVENTION_2024, "§3.2 B (200 € par demi-journée)"),
        ],
    );

    PLAFOND_MENSUEL = Param::new(
        "ca.plafond_mensuel",
        "Consultations avancées en ZIP — demi-journées rémunérées par mois au plus",
        Unit::Nombre,
        &[
            Dated::since(dec!(6), FMT_START, &CONVENTION_2024, "§3.2 B (dans la limite de 6 demi-journées par mois)"),
        ],
    )
    // Two half-days a day, 31 days at most.
    .within(dec!(0), dec!(62));
}
