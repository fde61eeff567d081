//! Partie socle of the FMT and majoration C2S — Circulaire CNAM du 31/07/2024, §3.1 A.
//!
//! Each patient seen in the last two years counts for the amount of their category (ALD × age);
//! a patient not seen for two years by the physician or their collaborator counts for the
//! « non vu » amount instead, whatever their category. The C2S majoration is added for each C2S
//! beneficiary seen in the two years, and is not part of the socle.

use crate::input::Patientele;
use crate::money::{count, Cents};
use crate::report::{famille, Detail, Line};

use super::super::kit::categories::{per_patient, CATEGORIES, N, OF_CELLS};
use super::Params;

// The grid's cells go by pairs of one category, hors C2S then C2S: what `Socle::of` reads
// (checked at compile time).
const _: () = {
    let mut i = 0;
    while i < OF_CELLS.len() {
        assert!(OF_CELLS[i].0 == OF_CELLS[i + 1].0 && !OF_CELLS[i].1 && OF_CELLS[i + 1].1);
        i += 2;
    }
};

/// The patients the socle and the C2S majoration count, and what each line pays.
#[derive(Debug, Clone, Copy)]
pub struct Socle {
    seen: [i64; N],
    not_seen: i64,
    c2s_seen: i64,
    c2s_not_seen: i64,
    /// One amount per category, then the « non vus » line.
    lines: [Cents; N + 1],
    pub c2s: Cents,
}

impl Socle {
    pub fn of(patientele: &Patientele, p: &Params) -> Self {
        let mut seen = [0_i64; N];
        let (mut not_seen, mut c2s_seen, mut c2s_not_seen) = (0, 0, 0);
        // The signed text pays a patient not seen for two years at the « non vu » amount, with no
        // C2S majoration; a proposal may pay them at their category instead (flag at 0): the
        // patients not seen are then counted as seen. Without a branch: `unseen` is `non_vus` or 0.
        let apart = -i64::from(!p.non_vus_distincts.value.is_zero());
        let grid = patientele.grid();
        // The cells go by pairs of one category, hors C2S then C2S (checked above).
        let (pairs, _) = grid.as_chunks::<2>();
        let (kinds, _) = OF_CELLS.as_chunks::<2>();
        for ([out, c2s], [(category, _), _]) in pairs.iter().zip(kinds) {
            let unseen = [out.non_vus & apart, c2s.non_vus & apart];
            let counted = [out.patients - unseen[0], c2s.patients - unseen[1]];
            seen[usize::from(*category)] += counted[0] + counted[1];
            not_seen += unseen[0] + unseen[1];
            c2s_seen += counted[1];
            c2s_not_seen += unseen[1];
        }
        let mut lines = [Cents::ZERO; N + 1];
        for (i, amount) in p.each.socle.iter().enumerate() {
            lines[i] = Cents::times_each(seen[i], amount);
        }
        lines[N] = Cents::times_each(not_seen, &p.each.non_vu);
        Self {
            seen,
            not_seen,
            c2s_seen,
            c2s_not_seen,
            lines,
            c2s: Cents::times_each(c2s_seen, &p.each.c2s),
        }
    }

    /// The socle: the base of the majorations d'exercice.
    pub fn total(&self) -> Cents {
        self.lines.iter().sum()
    }

    /// One line per category (patients seen), then one for the patients not seen for two years.
    pub fn lines(&self, p: &Params, detail: Detail) -> Vec<Line> {
        let mut lines: Vec<Line> = CATEGORIES
            .iter()
            .zip(&p.socle)
            .enumerate()
            .map(|(i, (cat, amount))| {
                let line = Line::new(
                    format!("FMT.SOCLE.{}", cat.key),
                    format!("{}, vus dans les 2 ans", cat.libelle),
                    detail.text(|| per_patient(self.seen[i], amount.value)),
                    self.lines[i],
                    detail.text(|| amount.citation()),
                )
                .famille(cat.libelle);
                if i == 1 {
                    line.interpretation(
                        "Les patients en ALD de moins de 2 ans, de 2 à 6 ans, de 7 à 74 ans et de 75 à 79 ans \
                         relèvent tous de la ligne « (ALD) 0-79 ans » du tableau du §3.1 A.",
                    )
                } else {
                    line
                }
            })
            .collect();
        lines.push(
            Line::new(
                "FMT.SOCLE.NON_VUS",
                "Patients non vus depuis 2 ans par le médecin ou son collaborateur (toutes catégories)",
                detail.text(|| {
                    if p.non_vus_distincts.value.is_zero() {
                        "Pas de montant propre : chaque patient non vu compte dans sa catégorie"
                            .to_owned()
                    } else {
                        per_patient(self.not_seen, p.non_vu.value)
                    }
                }),
                self.lines[N],
                detail.text(|| p.non_vu.citation()),
            )
            .famille(famille::NON_VUS),
        );
        lines
    }

    /// The C2S majoration: C2S beneficiaries seen in the last two years.
    pub fn c2s_line(&self, p: &Params, detail: Detail) -> Line {
        let line = Line::new(
            "FMT.C2S",
            "Majoration par patient bénéficiaire de la C2S vu dans les 2 ans",
            detail.text(|| per_patient(self.c2s_seen, p.c2s.value)),
            self.c2s,
            detail.text(|| p.c2s.citation()),
        );
        if self.c2s_not_seen > 0 && detail.lignes() {
            line.note(format!(
                "{} bénéficiaire(s) de la C2S non vu(s) depuis 2 ans : pas de majoration pour eux.",
                count(self.c2s_not_seen)
            ))
        } else {
            line
        }
    }
}
