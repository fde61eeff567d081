//! Values set by the convention médicale of 26 July 2011, as CNAMTS circular 19/2011 presents it
//! (`shared/sources/002_c0041839c87d17d9.txt`): the mechanism of the ROSP, kept by the 2016
//! convention and, in 2024–2025, by annexe 7 of the 2024 convention (circulaire du 31/07/2024,
//! §3.1 C, « Entrée en vigueur »).

use rust_decimal_macros::dec;

use super::{date, dated, ParameterSet};

const ROSP_START: chrono::NaiveDate = date(2012, 1, 1);
/// The FMT's prevention part replaces the ROSP on 1 January 2026 (circulaire du 31/07/2024, §3.1).
const ROSP_END: Option<chrono::NaiveDate> = Some(date(2025, 12, 31));

pub const SET: ParameterSet = ParameterSet {
    id: "convention_2011",
    document: "Circulaire CNAMTS 19/2011 du 26/10/2011 (convention médicale du 26 juillet 2011)",
    fichier: "002_c0041839c87d17d9.txt",
    valeurs: &[
        dated(
            "rosp.point",
            dec!(7),
            ROSP_START,
            ROSP_END,
            "II.4 c) (valeur du point)",
        ),
        dated(
            "rosp.patientele_reference",
            dec!(800),
            ROSP_START,
            ROSP_END,
            "II.4 c) (patientèle moyenne de 800 patients)",
        ),
    ],
};
