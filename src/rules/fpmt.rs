//! Forfait patientèle médecin traitant (FPMT), until 31/12/2025 — Circulaire CNAM du 31/07/2024,
//! §3.1 A, column « montants actuels » of the table.
//!
//! Every patient of the patientèle médecin traitant counts for the amount of their category,
//! seen or not (the column has no line for patients not seen), with no C2S majoration.

use crate::input::Profile;
use crate::money::Cents;
use crate::params::{fpmt as p, NotInForce, Param, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Group, Line, Payment};

use super::kit::categories::{self, per_patient, CATEGORIES, N};
use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le FPMT",
    feminine: false,
    replaces: None,
    replaced_by: Some("remplacé par le forfait médecin traitant (FMT)"),
};

/// The FPMT's amounts, in the order of the categories.
static PARAMS: [&Param; N] = [
    &p::ALD_80_ANS_ET_PLUS,
    &p::ALD_MOINS_80_ANS,
    &p::DE_80_ANS_ET_PLUS,
    &p::DE_75_A_79_ANS,
    &p::DE_7_A_74_ANS,
    &p::DE_2_A_6_ANS,
    &p::MOINS_2_ANS,
];

#[derive(Debug, Clone)]
pub struct Fpmt(InForce<[Resolved; N]>);

impl Fpmt {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let [a, b, c, d, e, f, g] = PARAMS.map(|param| params.get(param, year.parameters_date));
            Ok::<_, NotInForce>([a?, b?, c?, d?, e?, f?, g?])
        }))
    }
}

/// What each category pays: its patients, seen or not, at its amount.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    patients: [i64; N],
    lines: [Cents; N],
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.lines.iter().sum()
    }
}

impl Computation for Fpmt {
    const CODE: &'static str = "FPMT";
    const LIBELLE: &'static str = "Forfait patientèle médecin traitant (FPMT)";
    type Params = [Resolved; N];
    type Amounts = Amounts;

    fn params(&self) -> &InForce<[Resolved; N]> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§3.1 A (FPMT en vigueur jusqu'au 31/12/2025)")
    }

    fn amounts(p: &[Resolved; N], profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let patients = categories::patients(&profile.patientele);
        let mut lines = [Cents::ZERO; N];
        for (line, (n, amount)) in lines.iter_mut().zip(patients.iter().zip(p)) {
            *line = Cents::times(*n, amount.value);
        }
        Ok(Amounts { patients, lines })
    }

    fn explain(
        p: &[Resolved; N],
        _: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let lines: Vec<Line> = CATEGORIES
            .iter()
            .zip(p)
            .enumerate()
            .map(|(i, (cat, amount))| {
                let line = Line::new(
                    format!("FPMT.{}", cat.key),
                    format!("{}, vus ou non", cat.libelle),
                    detail.text(|| per_patient(a.patients[i], amount.value)),
                    a.lines[i],
                    detail.text(|| amount.citation()),
                )
                .famille(cat.libelle);
                if i > 0 {
                    return line;
                }
                let line = line.interpretation(
                    "Le FPMT est calculé pour tout médecin traitant, quel que soit son secteur : la réserve \
                     au secteur 1 et au secteur 2 OPTAM est présentée par le §3.1 A comme une règle du \
                     nouveau FMT.",
                );
                match amount.interpretation {
                    Some(reading) => {
                        line.interpretation(format!("{reading} : ils sont appliqués à {}.", year.annee))
                    }
                    None => line,
                }
            })
            .collect();
        let total = a.lines.iter().sum::<Cents>();
        Explained {
            groups: vec![Group::new(
                "FPMT.PATIENTELE",
                "Patientèle médecin traitant",
                lines,
            )],
            payments: vec![Payment::new(
                format!("Année {} (acomptes puis régularisation)", year.annee),
                "FPMT de l'année",
                total.value(),
                || {
                    CONVENTION_2024
                        .cite("§3.1 A, modalités de versement (système d'acomptes du FPMT)")
                },
            )
            .interpretation(
                "Le texte mentionne le système d'acomptes du FPMT sans en donner le calendrier : \
                 le FPMT est présenté comme versé dans l'année.",
            )],
        }
    }
}
