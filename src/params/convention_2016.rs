//! Values of the convention médicale of 25 August 2016 that the sources refer to without giving
//! them. Cited with their own reference, as `shared/sources/README.md` allows.

use rust_decimal_macros::dec;

use super::{date, dated, ParameterSet};

pub const SET: ParameterSet = ParameterSet {
    id: "convention_2016",
    document: "Convention médicale du 25/08/2016 (arrêté du 20/10/2016, JO du 23/10/2016)",
    fichier: "",
    valeurs: &[dated(
        "fs.point",
        dec!(7),
        date(2017, 1, 1),
        // The forfait structure is kept until 31/12/2025 (circulaire du 31/07/2024, §3.3 A).
        Some(date(2025, 12, 31)),
        "article 20 et annexe 12 (forfait structure : valeur du point fixée à 7 €)",
    )],
};
