//! Partie socle of the FMT and majoration C2S — Circulaire CNAM du 31/07/2024, §3.1 A.
//!
//! Each patient seen in the last two years counts for the amount of their category (ALD × age);
//! a patient not seen for two years by the physician or their collaborator counts for the
//! « non vu » amount instead, whatever their category. The C2S majoration is added for each C2S
//! beneficiary seen in the two years, and is not part of the socle.

use rust_decimal::Decimal;

use crate::input::{AgeBand, Patientele};
use crate::money::{count, euros, to_cents};
use crate::params::Param;
use crate::report::{famille, Line};

use super::Params;

/// A line of the table of §3.1 A.
#[derive(Debug, Clone, Copy)]
pub struct Category {
    pub param: &'static Param,
    pub code: &'static str,
    pub libelle: &'static str,
}

const fn category(param: &'static Param, code: &'static str, libelle: &'static str) -> Category {
    Category {
        param,
        code,
        libelle,
    }
}

/// The categories, in the order of the table; the signed text's « moins de 7 ans » is split into
/// two bands so that the proposals of 14/03/2024 can price them apart.
pub const CATEGORIES: [Category; 7] = [
    category(
        &crate::params::fmt::SOCLE_ALD_80_ANS_ET_PLUS,
        "FMT.SOCLE.ALD_80_ANS_ET_PLUS",
        "Patients en ALD de 80 ans ou plus",
    ),
    category(
        &crate::params::fmt::SOCLE_ALD_MOINS_80_ANS,
        "FMT.SOCLE.ALD_MOINS_80_ANS",
        "Patients en ALD de moins de 80 ans",
    ),
    category(
        &crate::params::fmt::SOCLE_80_ANS_ET_PLUS,
        "FMT.SOCLE.80_ANS_ET_PLUS",
        "Patients hors ALD de 80 ans ou plus",
    ),
    category(
        &crate::params::fmt::SOCLE_75_A_79_ANS,
        "FMT.SOCLE.75_A_79_ANS",
        "Patients hors ALD de 75 à 79 ans",
    ),
    category(
        &crate::params::fmt::SOCLE_7_A_74_ANS,
        "FMT.SOCLE.7_A_74_ANS",
        "Patients hors ALD de 7 à 74 ans",
    ),
    category(
        &crate::params::fmt::SOCLE_2_A_6_ANS,
        "FMT.SOCLE.2_A_6_ANS",
        "Patients hors ALD de 2 à 6 ans",
    ),
    category(
        &crate::params::fmt::SOCLE_MOINS_2_ANS,
        "FMT.SOCLE.MOINS_2_ANS",
        "Patients hors ALD de moins de 2 ans",
    ),
];

/// Index in [`CATEGORIES`] of a cell of the grid.
pub fn category_of(band: AgeBand, ald: bool) -> usize {
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

/// The patients the socle and the C2S majoration count, and what each line pays.
#[derive(Debug, Clone, Copy)]
pub struct Socle {
    seen: [i64; CATEGORIES.len()],
    not_seen: i64,
    c2s_seen: i64,
    c2s_not_seen: i64,
    /// One amount per category, then the « non vus » line; each rounded to the cent.
    lines: [Decimal; CATEGORIES.len() + 1],
    /// Sum of `lines`: the base of the majorations d'exercice.
    pub total: Decimal,
    pub c2s: Decimal,
}

impl Socle {
    pub fn of(patientele: &Patientele, p: &Params) -> Self {
        let mut seen = [0_i64; CATEGORIES.len()];
        let (mut not_seen, mut c2s_seen, mut c2s_not_seen) = (0, 0, 0);
        // The signed text pays a patient not seen for two years at the « non vu » amount, with no
        // C2S majoration; a proposal may pay them at their category instead (flag at 0).
        let apart = !p.non_vus_distincts.value.is_zero();
        for c in patientele.cells() {
            let (counted, unseen) = if apart {
                (c.cell.vus(), c.cell.non_vus)
            } else {
                (c.cell.patients, 0)
            };
            seen[category_of(c.band, c.ald)] += counted;
            not_seen += unseen;
            if c.c2s {
                c2s_seen += counted;
                c2s_not_seen += unseen;
            }
        }
        let mut lines = [Decimal::ZERO; CATEGORIES.len() + 1];
        for (i, amount) in p.socle.iter().enumerate() {
            lines[i] = to_cents(Decimal::from(seen[i]) * amount.value);
        }
        lines[CATEGORIES.len()] = to_cents(Decimal::from(not_seen) * p.non_vu.value);
        Self {
            seen,
            not_seen,
            c2s_seen,
            c2s_not_seen,
            lines,
            total: lines.iter().sum(),
            c2s: to_cents(Decimal::from(c2s_seen) * p.c2s.value),
        }
    }

    /// One line per category (patients seen), then one for the patients not seen for two years.
    pub fn lines(&self, p: &Params) -> Vec<Line> {
        let mut lines: Vec<Line> = CATEGORIES
            .iter()
            .zip(&p.socle)
            .enumerate()
            .map(|(i, (cat, amount))| {
                Line::new(
                    cat.code,
                    format!("{}, vus dans les 2 ans", cat.libelle),
                    per_patient(self.seen[i], amount.value),
                    self.lines[i],
                    amount.citation.clone(),
                )
                .famille(cat.libelle)
            })
            .collect();
        lines[1] = lines[1].clone().interpretation(
            "Les patients en ALD de moins de 2 ans, de 2 à 6 ans, de 7 à 74 ans et de 75 à 79 ans \
             relèvent tous de la ligne « (ALD) 0-79 ans » du tableau du §3.1 A.",
        );
        lines.push(Line::new(
            "FMT.SOCLE.NON_VUS",
            "Patients non vus depuis 2 ans par le médecin ou son collaborateur (toutes catégories)",
            if p.non_vus_distincts.value.is_zero() {
                "Pas de montant propre : chaque patient non vu compte dans sa catégorie".to_owned()
            } else {
                per_patient(self.not_seen, p.non_vu.value)
            },
            self.lines[CATEGORIES.len()],
            p.non_vu.citation.clone(),
        )
        .famille(famille::NON_VUS));
        lines
    }

    /// The C2S majoration: C2S beneficiaries seen in the last two years.
    pub fn c2s_line(&self, p: &Params) -> Line {
        let line = Line::new(
            "FMT.C2S",
            "Majoration par patient bénéficiaire de la C2S vu dans les 2 ans",
            per_patient(self.c2s_seen, p.c2s.value),
            self.c2s,
            p.c2s.citation.clone(),
        );
        if self.c2s_not_seen > 0 {
            line.note(format!(
                "{} bénéficiaire(s) de la C2S non vu(s) depuis 2 ans : pas de majoration pour eux.",
                count(self.c2s_not_seen)
            ))
        } else {
            line
        }
    }
}

/// « 120 patients × 100 € »
pub fn per_patient(patients: i64, amount: Decimal) -> String {
    let noun = if patients > 1 { "patients" } else { "patient" };
    format!("{} {noun} × {}", count(patients), euros(amount))
}
