//! Option démographie of the 2011 convention, 2012 to 2016 — circulaire CNAMTS 19/2011, II.1 a)
//! and its table: for a physician in a group, 10 % of the fees without overrun made in the zone
//! déficitaire capped at 20 000 €, and 5 000 € a year for 3 years of investment aid; for a member
//! of a pôle de santé, 5 % capped at 10 000 € and 2 500 € a year. Eligibility: installed in the
//! zone or in its immediate proximity, secteur 1 (or secteur 2 with the option de coordination or
//! the tarifs opposables), two thirds of the activity for patients of the zone.

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use super::calendar::{CONVENTION_2011_START, REGIME_2011_END};
use super::documents::CONVENTION_2011;
use super::{parameters, Dated, Param, Unit};

/// From the entry into force of the 2011 convention to its last year.
const YEARS: (NaiveDate, NaiveDate) = (CONVENTION_2011_START, REGIME_2011_END);

parameters! {
    GROUPE_TAUX = Param::new(
        "option_demographie.groupe.taux",
        "Option démographie — aide à l'activité en groupe (part des honoraires sans dépassement dans la zone)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(10), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (groupe : 10 % des HSD dans la zone)"),
        ],
    );

    GROUPE_PLAFOND = Param::new(
        "option_demographie.groupe.plafond",
        "Option démographie — plafond de l'aide à l'activité en groupe",
        Unit::Euro,
        &[
            Dated::during(dec!(20000), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (groupe : plafond de 20 000 €)"),
        ],
    );

    GROUPE_INVESTISSEMENT = Param::new(
        "option_demographie.groupe.investissement",
        "Option démographie — aide à l'investissement en groupe (par an)",
        Unit::Euro,
        &[
            Dated::during(dec!(5000), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (groupe : 5 000 € par an pendant 3 ans)"),
        ],
    );

    POLE_TAUX = Param::new(
        "option_demographie.pole.taux",
        "Option démographie — aide à l'activité en pôle de santé (part des honoraires sans dépassement dans la zone)",
        Unit::Pourcent,
        &[
            Dated::during(dec!(5), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (pôle de santé : 5 % des HSD dans la zone)"),
        ],
    );

    POLE_PLAFOND = Param::new(
        "option_demographie.pole.plafond",
        "Option démographie — plafond de l'aide à l'activité en pôle de santé",
        Unit::Euro,
        &[
            Dated::during(dec!(10000), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (pôle de santé : plafond de 10 000 €)"),
        ],
    );

    POLE_INVESTISSEMENT = Param::new(
        "option_demographie.pole.investissement",
        "Option démographie — aide à l'investissement en pôle de santé (par an)",
        Unit::Euro,
        &[
            Dated::during(dec!(2500), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (pôle de santé : 2 500 € par an pendant 3 ans)"),
        ],
    );

    INVESTISSEMENT_DUREE = Param::new(
        "option_demographie.investissement.duree",
        "Option démographie — années d'aide à l'investissement",
        Unit::Annees,
        &[
            Dated::during(dec!(3), YEARS, &CONVENTION_2011, "II.1 a), tableau des options (aide à l'investissement pendant 3 ans)"),
        ],
    );

    PART_ACTIVITE_ZONE = Param::new(
        "option_demographie.part_activite_zone",
        "Option démographie — part minimale de l'activité auprès de patients résidant dans la zone",
        Unit::Pourcent,
        &[
            Dated::during(dec!(66.666666666666666666666666667), YEARS, &CONVENTION_2011, "II.1 a), option démographie (activité réalisée aux 2/3 auprès de patients résidant dans la zone déficitaire)"),
        ],
    );
}
