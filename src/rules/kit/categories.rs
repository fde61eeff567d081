//! The categories of patients of the table of the circulaire du 31/07/2024, §3.1 A (ALD × age),
//! shared by the FMT (revalorised amounts) and the FPMT (« montants actuels »). The signed text's
//! « moins de 7 ans » is split into two bands so that the proposals of 14/03/2024 can price them
//! apart.

use rust_decimal::Decimal;

use crate::input::{AgeBand, Patientele};
use crate::money::{count, euros};

/// A line of the table of §3.1 A.
#[derive(Debug, Clone, Copy)]
pub struct Category {
    /// The last part of the line's code (« ALD_80_ANS_ET_PLUS »).
    pub key: &'static str,
    pub libelle: &'static str,
}

/// The number of categories.
pub const N: usize = 7;

/// The categories, in the order of the table.
pub const CATEGORIES: [Category; N] = [
    Category {
        key: "ALD_80_ANS_ET_PLUS",
        libelle: "Patients en ALD de 80 ans ou plus",
    },
    Category {
        key: "ALD_MOINS_80_ANS",
        libelle: "Patients en ALD de moins de 80 ans",
    },
    Category {
        key: "80_ANS_ET_PLUS",
        libelle: "Patients hors ALD de 80 ans ou plus",
    },
    Category {
        key: "75_A_79_ANS",
        libelle: "Patients hors ALD de 75 à 79 ans",
    },
    Category {
        key: "7_A_74_ANS",
        libelle: "Patients hors ALD de 7 à 74 ans",
    },
    Category {
        key: "2_A_6_ANS",
        libelle: "Patients hors ALD de 2 à 6 ans",
    },
    Category {
        key: "MOINS_2_ANS",
        libelle: "Patients hors ALD de moins de 2 ans",
    },
];

/// Index in [`CATEGORIES`] of a cell of the grid.
pub const fn category_of(band: AgeBand, ald: bool) -> usize {
    match (ald, band) {
        (true, AgeBand::De80EtPlus) => 0,
        (true, _) => 1,
        (false, AgeBand::De80EtPlus) => 2,
        (false, AgeBand::De75a79) => 3,
        (false, AgeBand::De7a74) => 4,
        (false, AgeBand::De2a6) => 5,
        (false, AgeBand::Moins2) => 6,
    }
}

/// The category of each cell of [`Patientele::grid`] and whether it holds C2S beneficiaries, in
/// its order: a constant, so that a walk over a profile's grid adds each cell to its category
/// in a register.
pub const OF_CELLS: [(u8, bool); 20] = {
    let mut cells = [(0, false); 20];
    let mut i = 0;
    while i < cells.len() {
        let (band, ald, c2s) = Patientele::coordinates(i);
        // A category is under N (7): a byte holds it (the table is 40 bytes of the wasm).
        cells[i] = (category_of(band, ald) as u8, c2s);
        i += 1;
    }
    cells
};

/// Every patient per category, seen or not.
pub fn patients(patientele: &Patientele) -> [i64; N] {
    let mut n = [0_i64; N];
    for c in patientele.cells() {
        n[category_of(c.band, c.ald)] += c.cell.patients;
    }
    n
}

/// « 120 patients × 100 € »
pub fn per_patient(patients: i64, amount: Decimal) -> String {
    let noun = if patients > 1 { "patients" } else { "patient" };
    format!("{} {noun} × {}", count(patients), euros(amount))
}
