//! Avenant 20 of the 2005 convention, prorogued by the 2011 convention until the new zonages of
//! the ARS — circulaire CNAMTS 19/2011, II.1 a): where the new zonage leaves the zone déficitaire,
//! the adherent keeps 2/3 of the aid the first year and 1/3 the second. The aid itself is computed
//! by the avenant 20, which is not in the sources: the physician enters it.

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use super::calendar::{CONVENTION_2011_START, REGIME_2011_END};
use super::documents::CONVENTION_2011;
use super::{parameters, Dated, Param, Unit};

/// From the entry into force of the 2011 convention to its last year.
const YEARS: (NaiveDate, NaiveDate) = (CONVENTION_2011_START, REGIME_2011_END);

parameters! {
    PART_ANNEE_1 = Param::new(
        "avenant_20.transition.annee_1",
        "Avenant 20 — part de l'aide versée la 1re année après la sortie du zonage déficitaire",
        Unit::Pourcent,
        &[
            Dated::during(dec!(66.666666666666666666666666667), YEARS, &CONVENTION_2011, "II.1 a), disposition transitoire et dérogatoire (la 1re année : 2/3 de l'aide forfaitaire)"),
        ],
    );

    PART_ANNEE_2 = Param::new(
        "avenant_20.transition.annee_2",
        "Avenant 20 — part de l'aide versée la 2e année après la sortie du zonage déficitaire",
        Unit::Pourcent,
        &[
            Dated::during(dec!(33.333333333333333333333333333), YEARS, &CONVENTION_2011, "II.1 a), disposition transitoire et dérogatoire (la 2e année : 1/3 de l'aide forfaitaire)"),
        ],
    );
}
