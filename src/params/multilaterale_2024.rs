//! Values that only the negotiation slides of 14 March 2024 give
//! (`shared/sources/001_98d0a63e098e8324.txt`), used where the signed text is silent.

use rust_decimal_macros::dec;

use super::{date, dated, ParameterSet};

pub const SET: ParameterSet = ParameterSet {
    id: "multilaterale_2024_03_14",
    document: "Multilatérale du 14/03/2024 (propositions de l'Assurance maladie)",
    fichier: "001_98d0a63e098e8324.txt",
    valeurs: &[dated(
        "mission.sas",
        dec!(1000),
        date(2026, 1, 1),
        None,
        "« Maître de stage et participation au SAS » : forfait de 1 000 € par an (la circulaire du \
         31/07/2024, §3.4 A, fixe les conditions sans donner le montant)",
    )],
};
