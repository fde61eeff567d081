//! ROSP of the 2016 convention, 2021 to 2025 — the mechanism of the 2011 convention (circulaire
//! CNAMTS 19/2011, II.4 c): the point's value and the patientèle of reference of the médecin
//! traitant indicators; kept by the 2016 convention and, in 2024–2025, by annexe 7 of the 2024
//! convention (circulaire du 31/07/2024, §3.1 C), until the FMT's prevention part replaces it on
//! 1 January 2026. The years 2012 to 2016 have their own grid (`rosp_2011`); 2017 to 2020 are not
//! in the sources, so these values start with the calculator's years of the 2016 convention.

use rust_decimal_macros::dec;

use super::calendar::{AVENANT_9_START, OLD_REGIME_END};
use super::documents::CONVENTION_2011;
use super::{parameters, Dated, Param, Unit};

parameters! {
    POINT = Param::new(
        "rosp.point",
        "ROSP — valeur du point",
        Unit::Euro,
        &[
            Dated::during(dec!(7), (AVENANT_9_START, OLD_REGIME_END), &CONVENTION_2011, "II.4 c) (valeur du point)"),
        ],
    );

    PATIENTELE_REFERENCE = Param::new(
        "rosp.patientele_reference",
        "ROSP — patientèle de référence des indicateurs pondérés",
        Unit::Nombre,
        &[
            Dated::during(dec!(800), (AVENANT_9_START, OLD_REGIME_END), &CONVENTION_2011, "II.4 c) (patientèle moyenne de 800 patients)"),
        ],
    )
    // A divisor of the weighting: at least one patient.
    .within(dec!(1), dec!(100000));
}
