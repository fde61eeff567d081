//! Pertinence et qualité — circulaire du 31/07/2024: sobriété (§9.5, from 2026) and groupes
//! d'amélioration des pratiques (§9.4 B, from the convention's start on 22/06/2024).

use rust_decimal_macros::dec;

use super::calendar::{CONVENTION_2024_START, FMT_START};
use super::documents::CONVENTION_2024;
use super::{parameters, Dated, Param, Unit};

parameters! {
    SOBRIETE = Param::new(
        "qualite.sobriete",
        "Sobriété de prescription — montant annuel",
        Unit::Euro,
        &[
            Dated::since(dec!(1000), FMT_START, &CONVENTION_2024, "§9.5 (1 000 € dès 2026 pour les prescripteurs les plus sobres)"),
        ],
    );

    GAP_SEANCE = Param::new(
        "qualite.gap.seance",
        "Groupe d'amélioration des pratiques — indemnité par séance de 2 heures",
        Unit::Euro,
        &[
            Dated::since(dec!(140), CONVENTION_2024_START, &CONVENTION_2024, "§9.4 B (indemnité de 140 € par groupe de 2 heures)"),
        ],
    );
}
