//! Option santé solidarité territoriale of the 2011 convention, 2012 to 2016 — circulaire CNAMTS
//! 19/2011, II.1 a) and its table: a physician installed outside the zone déficitaire who works
//! there at least 28 days a year is paid 10 % of the fees without overrun made in the zone,
//! capped at 20 000 €.

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use super::calendar::{CONVENTION_2011_START, REGIME_2011_END};
use super::documents::CONVENTION_2011;
use super::{parameters, Dated, Param, Unit};

/// From the entry into force of the 2011 convention to its last year.
const YEARS: (NaiveDate, NaiveDate) = (CONVENTION_2011_START, REGIME_2011_END);

parameters! {
    TAUX = Param::new(
        "option_sst.taux",
        "Option santé solidarité territoriale — aide à l'activité (part des honoraires sans dépassement dans la zone)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (10 % des HSD dans la zone)"),
        ],
    );

    PLAFOND = Param::new(
        "option_sst.plafond",
        "Option santé solidarité territoriale — plafond de l'aide à l'activité",
        Unit::Euro,
        &[
            Dated::during(dec!(20000), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (plafond de 20 000 €)"),
        ],
    );

    JOURS_MINIMUM = Param::new(
        "option_sst.jours_minimum",
        "Option santé solidarité territoriale — jours d'exercice dans la zone déficitaire (minimum annuel)",
        Unit::Nombre,
        &[
            Dated::during(dec!(28), YEARS, &CONVENTION_2011, "II.1 a), option santé solidarité territoriale (au moins 28 jours par an dans une zone déficitaire)"),
        ],
    )
    .within(dec!(0), dec!(366));
}
