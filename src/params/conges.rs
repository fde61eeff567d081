//! Aide financière complémentaire en cas d'interruption de l'activité pour maternité, paternité ou
//! adoption — article 70.2 of the 2016 convention, whose paternity part avenant 9 rewrote (art.
//! 8.2, for the paternity leave lengthened on 1 July 2021). The sources give the paternity amounts
//! and say they are 72 % of the maternity one: the maternity amounts are derived from them.

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use super::documents::AVENANT_9;
use super::{date, parameters, Dated, Param, Unit};

/// The paternity leave is lengthened on 1 July 2021 (LFSS 2021, art. 73), which avenant 9's
/// art. 8.2 accompanies.
const CONGE_PATERNITE_2021: NaiveDate = date(2021, 7, 1);

const FROM_LEAVE: &str = "L'avenant 9 (art. 8.2) ne date pas ses montants : ils sont appliqués à compter du 01/07/2021, date de l'allongement du congé paternité qu'il accompagne.";

parameters! {
    MATERNITE_OPPOSABLE = Param::new(
        "conges.maternite.secteur_1_optam",
        "Maternité ou adoption — aide mensuelle, secteur 1 ou OPTAM, 8 demi-journées et plus par semaine",
        Unit::Euro,
        &[
            Dated::since(dec!(3100), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (l'aide paternité de 2 232 € est égale à 72 % de la rémunération versée pour cause de maternité)")
                .read_as("Les sources ne donnent que l'aide paternité : 2 232 € étant 72 % de l'aide maternité (avenant 9, art. 8.2), celle-ci vaut 2 232 € ÷ 72 % = 3 100 € par mois."),
        ],
    );

    MATERNITE_SECTEUR_2 = Param::new(
        "conges.maternite.secteur_2",
        "Maternité ou adoption — aide mensuelle, secteur 2 sans OPTAM, 8 demi-journées et plus par semaine",
        Unit::Euro,
        &[
            Dated::since(dec!(2066.67), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (1 488 € brut par mois en secteur 2 pour la paternité ; 72 % de l'aide maternité)")
                .read_as("Les sources ne donnent que l'aide paternité du secteur 2 (1 488 € par mois) : avec le même rapport de 72 % qu'en secteur 1 (1 488 € = 2/3 de 2 232 €), l'aide maternité vaut 1 488 € ÷ 72 % = 2 066,67 € par mois (au centime)."),
        ],
    );

    PATERNITE_OPPOSABLE = Param::new(
        "conges.paternite.secteur_1_optam",
        "Paternité — aide mensuelle, secteur 1 ou OPTAM, 8 demi-journées et plus par semaine",
        Unit::Euro,
        &[
            Dated::since(dec!(2232), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (72 % de la rémunération versée pour cause de maternité, soit 2 232 euros)")
                .read_as(FROM_LEAVE),
        ],
    );

    PATERNITE_SECTEUR_2 = Param::new(
        "conges.paternite.secteur_2",
        "Paternité — aide mensuelle, secteur 2 sans OPTAM, 8 demi-journées et plus par semaine",
        Unit::Euro,
        &[
            Dated::since(dec!(1488), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (1 488 euros brut, par mois)")
                .read_as(FROM_LEAVE),
        ],
    );

    DEMI_JOURNEES_PLEIN = Param::new(
        "conges.demi_journees.plein",
        "Demi-journées d'activité par semaine ouvrant l'aide entière",
        Unit::Nombre,
        &[Dated::since(dec!(8), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (8 demi-journées et plus par semaine)")],
    )
    .within(dec!(1), dec!(14));

    DEMI_JOURNEES_75 = Param::new(
        "conges.demi_journees.trois_quarts",
        "Demi-journées d'activité par semaine ouvrant 75 % de l'aide",
        Unit::Nombre,
        &[Dated::since(dec!(6), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (6 demi-journées et moins de 8)")],
    )
    .within(dec!(1), dec!(14));

    DEMI_JOURNEES_50 = Param::new(
        "conges.demi_journees.moitie",
        "Demi-journées d'activité par semaine ouvrant 50 % de l'aide",
        Unit::Nombre,
        &[Dated::since(dec!(4), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (4 demi-journées et moins de 6)")],
    )
    .within(dec!(1), dec!(14));

    TAUX_75 = Param::new(
        "conges.taux.trois_quarts",
        "Part de l'aide de 6 à moins de 8 demi-journées par semaine",
        Unit::Pourcent,
        &[Dated::since(dec!(75), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (75 % de la rémunération versée pour 8 demi-journées et plus)")],
    );

    TAUX_50 = Param::new(
        "conges.taux.moitie",
        "Part de l'aide de 4 à moins de 6 demi-journées par semaine",
        Unit::Pourcent,
        &[Dated::since(dec!(50), CONGE_PATERNITE_2021, &AVENANT_9, "art. 8.2 (50 % de la rémunération versée pour 8 demi-journées et plus)")],
    );
}
