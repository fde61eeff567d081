//! The patientèle médecin traitant observed on 31/12 of year n−1 (Circulaire CNAM du 31/07/2024,
//! §3.1 A), as a grid: age band × ALD × C2S, each cell with its patients and, among them, those
//! not seen for two years by the physician or their collaborator.
//!
//! The age bands are those of the signed text (< 7, 7–74, 75–79, ≥ 80 ans) split finer where the
//! negotiation proposals of 14/03/2024 need it (< 2 ans and 2–6 ans).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Cell {
    pub patients: i64,
    /// Among `patients`, those not seen in the last two years.
    pub non_vus: i64,
}

impl Cell {
    /// Patients seen in the last two years.
    pub fn vus(&self) -> i64 {
        self.patients - self.non_vus
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PatientsByC2s {
    pub hors_c2s: Cell,
    /// Beneficiaries of the complémentaire santé solidaire.
    pub c2s: Cell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PatientsByAld {
    pub hors_ald: PatientsByC2s,
    /// Patients with an affection de longue durée.
    pub ald: PatientsByC2s,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Patientele {
    pub moins_2_ans: PatientsByAld,
    pub de_2_a_6_ans: PatientsByAld,
    pub de_7_a_74_ans: PatientsByAld,
    pub de_75_a_79_ans: PatientsByAld,
    pub de_80_ans_et_plus: PatientsByAld,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeBand {
    Moins2,
    De2a6,
    De7a74,
    De75a79,
    De80EtPlus,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] = [
        Self::Moins2,
        Self::De2a6,
        Self::De7a74,
        Self::De75a79,
        Self::De80EtPlus,
    ];

    /// The key of the band in the profile.
    pub fn key(self) -> &'static str {
        match self {
            Self::Moins2 => "moins_2_ans",
            Self::De2a6 => "de_2_a_6_ans",
            Self::De7a74 => "de_7_a_74_ans",
            Self::De75a79 => "de_75_a_79_ans",
            Self::De80EtPlus => "de_80_ans_et_plus",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Moins2 => "moins de 2 ans",
            Self::De2a6 => "2 à 6 ans",
            Self::De7a74 => "7 à 74 ans",
            Self::De75a79 => "75 à 79 ans",
            Self::De80EtPlus => "80 ans et plus",
        }
    }
}

/// One cell of the grid with its coordinates.
#[derive(Debug, Clone, Copy)]
pub struct CellRef<'a> {
    pub band: AgeBand,
    pub ald: bool,
    pub c2s: bool,
    pub cell: &'a Cell,
}

impl CellRef<'_> {
    /// Field path of the cell in the profile, e.g. `patientele.de_7_a_74_ans.ald.c2s`.
    pub fn path(&self) -> String {
        format!(
            "patientele.{}.{}.{}",
            self.band.key(),
            if self.ald { "ald" } else { "hors_ald" },
            if self.c2s { "c2s" } else { "hors_c2s" }
        )
    }
}

impl Patientele {
    pub fn band(&self, band: AgeBand) -> &PatientsByAld {
        match band {
            AgeBand::Moins2 => &self.moins_2_ans,
            AgeBand::De2a6 => &self.de_2_a_6_ans,
            AgeBand::De7a74 => &self.de_7_a_74_ans,
            AgeBand::De75a79 => &self.de_75_a_79_ans,
            AgeBand::De80EtPlus => &self.de_80_ans_et_plus,
        }
    }

    pub fn band_mut(&mut self, band: AgeBand) -> &mut PatientsByAld {
        match band {
            AgeBand::Moins2 => &mut self.moins_2_ans,
            AgeBand::De2a6 => &mut self.de_2_a_6_ans,
            AgeBand::De7a74 => &mut self.de_7_a_74_ans,
            AgeBand::De75a79 => &mut self.de_75_a_79_ans,
            AgeBand::De80EtPlus => &mut self.de_80_ans_et_plus,
        }
    }

    /// The 20 cells of the grid (an array, not a chained iterator: it is read on every profile).
    pub fn cells(&self) -> [CellRef<'_>; 20] {
        // Written out band by band, without a loop: every coordinate is a constant and each
        // cell's address a fixed offset, which the total path reads on every profile.
        let four = |band: AgeBand| {
            let b = self.band(band);
            let cell = |ald, c2s, cell| CellRef {
                band,
                ald,
                c2s,
                cell,
            };
            [
                cell(false, false, &b.hors_ald.hors_c2s),
                cell(false, true, &b.hors_ald.c2s),
                cell(true, false, &b.ald.hors_c2s),
                cell(true, true, &b.ald.c2s),
            ]
        };
        let [a0, a1, a2, a3] = four(AgeBand::Moins2);
        let [b0, b1, b2, b3] = four(AgeBand::De2a6);
        let [c0, c1, c2, c3] = four(AgeBand::De7a74);
        let [d0, d1, d2, d3] = four(AgeBand::De75a79);
        let [e0, e1, e2, e3] = four(AgeBand::De80EtPlus);
        [
            a0, a1, a2, a3, b0, b1, b2, b3, c0, c1, c2, c3, d0, d1, d2, d3, e0, e1, e2, e3,
        ]
    }

    /// The band, ALD and C2S of the `i`-th cell of [`Patientele::cells`] (band by band; in a
    /// band, hors ALD then ALD, each hors C2S then C2S), known at compile time.
    pub const fn coordinates(i: usize) -> (AgeBand, bool, bool) {
        (AgeBand::ALL[i / 4], i % 4 >= 2, i % 2 == 1)
    }

    /// The 20 cells' counts, in the order of [`Patientele::cells`]: a copy the validation and the
    /// FMT's socle read without a branch.
    pub fn grid(&self) -> [Cell; 20] {
        self.cells().map(|c| *c.cell)
    }

    /// All patients of the patientèle médecin traitant. Saturating, so that an absurd count in an
    /// unvalidated profile (validation calls this) cannot overflow.
    pub fn total(&self) -> i64 {
        self.cells()
            .iter()
            .fold(0_i64, |sum, c| sum.saturating_add(c.cell.patients))
    }
}

impl PatientsByAld {
    pub fn cell_mut(&mut self, ald: bool, c2s: bool) -> &mut Cell {
        let by_c2s = if ald {
            &mut self.ald
        } else {
            &mut self.hors_ald
        };
        if c2s {
            &mut by_c2s.c2s
        } else {
            &mut by_c2s.hors_c2s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cells_are_in_the_order_of_their_coordinates() {
        for (i, c) in Patientele::default().cells().iter().enumerate() {
            assert_eq!(Patientele::coordinates(i), (c.band, c.ald, c.c2s));
        }
    }
}
