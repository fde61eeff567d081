//! Aides à l'installation, from 2026 — circulaire du 31/07/2024, §3.2 A.

use rust_decimal_macros::dec;

use super::calendar::FMT_START;
use super::documents::CONVENTION_2024;
use super::{parameters, Dated, Param, Unit};

parameters! {
    PRIMO_INSTALLE_ZIP = Param::new(
        "aide.primo_installe.zip",
        "Aide à l'installation — primo-installé en ZIP",
        Unit::Euro,
        &[
            Dated::since(dec!(10000), FMT_START, &CONVENTION_2024, "§3.2 A (primo-installé en ZIP)"),
        ],
    );

    PRIMO_INSTALLE_ZAC = Param::new(
        "aide.primo_installe.zac",
        "Aide à l'installation — primo-installé en ZAC",
        Unit::Euro,
        &[
            Dated::since(dec!(5000), FMT_START, &CONVENTION_2024, "§3.2 A (primo-installé en ZAC)"),
        ],
    );

    CABINET_SECONDAIRE_ZIP = Param::new(
        "aide.cabinet_secondaire.zip",
        "Aide à l'installation — cabinet secondaire en ZIP",
        Unit::Euro,
        &[
            Dated::since(dec!(3000), FMT_START, &CONVENTION_2024, "§3.2 A (cabinet secondaire en ZIP)"),
        ],
    );
}
