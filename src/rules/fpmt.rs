//! Forfait patientèle médecin traitant (FPMT), until 31/12/2025 — Circulaire CNAM du 31/07/2024,
//! §3.1 A, column « montants actuels » of the table.
//!
//! Every patient of the patientèle médecin traitant counts for the amount of their category,
//! seen or not (the column has no line for patients not seen), with no C2S majoration.

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::params::{NotInForce, Param, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Dispositif, Group, Line, Payment};

use super::fmt::socle::{category_of, per_patient, CATEGORIES};
use super::{InForce, Lifecycle, Rule, Year};

const CODE: &str = "FPMT";
const LIBELLE: &str = "Forfait patientèle médecin traitant (FPMT)";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le FPMT",
    feminine: false,
    replaces: None,
    replaced_by: Some("remplacé par le forfait médecin traitant (FMT) au 1er janvier 2026"),
};
/// The FPMT's amounts, in the order of the FMT's socle categories.
static PARAMS: [&Param; 7] = [
    &crate::params::fpmt::ALD_80_ANS_ET_PLUS,
    &crate::params::fpmt::ALD_MOINS_80_ANS,
    &crate::params::fpmt::DE_80_ANS_ET_PLUS,
    &crate::params::fpmt::DE_75_A_79_ANS,
    &crate::params::fpmt::DE_7_A_74_ANS,
    &crate::params::fpmt::DE_2_A_6_ANS,
    &crate::params::fpmt::MOINS_2_ANS,
];

#[derive(Debug, Clone)]
pub struct Fpmt(InForce<[Resolved; 7]>);

fn source() -> String {
    CONVENTION_2024.cite("§3.1 A (FPMT en vigueur jusqu'au 31/12/2025)")
}

impl Fpmt {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let [a, b, c, d, e, f, g] = PARAMS.map(|id| params.get(id, year.parameters_date));
            Ok::<_, NotInForce>([a?, b?, c?, d?, e?, f?, g?])
        }))
    }
}

/// Patients per category, seen or not.
fn patients(profile: &Profile) -> [i64; 7] {
    let mut n = [0_i64; 7];
    for c in profile.patientele.cells() {
        n[category_of(c.band, c.ald)] += c.cell.patients;
    }
    n
}

impl Rule for Fpmt {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, _year: Year) -> Decimal {
        self.0.total(|amounts| {
            patients(profile)
                .iter()
                .zip(amounts)
                .map(|(n, a)| crate::money::to_cents(Decimal::from(*n) * a.value))
                .sum()
        })
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        let amounts = match &self.0 {
            InForce::Yes(a) => a,
            InForce::No(motif) => {
                return Dispositif::not_in_force(CODE, LIBELLE, source(), motif.clone())
            }
        };
        let mut lines: Vec<Line> = CATEGORIES
            .iter()
            .zip(amounts)
            .zip(patients(profile))
            .map(|((cat, amount), n)| {
                Line::new(
                    cat.code.replace("FMT.SOCLE.", "FPMT."),
                    format!("{}, vus ou non", cat.libelle),
                    per_patient(n, amount.value),
                    Decimal::from(n) * amount.value,
                    amount.citation.clone(),
                )
                .famille(cat.libelle)
            })
            .collect();
        lines[0] = lines[0].clone().interpretation(
            "Le FPMT est calculé pour tout médecin traitant, quel que soit son secteur : la réserve \
             au secteur 1 et au secteur 2 OPTAM est présentée par le §3.1 A comme une règle du \
             nouveau FMT.",
        );
        if year.annee < 2024 {
            lines[0] = lines[0].clone().interpretation(format!(
                "Les sources ne donnent que les montants du FPMT en vigueur en 2024 (« montants \
                 actuels ») : ils sont appliqués à {}.",
                year.annee
            ));
        }
        let groups = vec![Group::new(
            "FPMT.PATIENTELE",
            "Patientèle médecin traitant",
            lines,
        )];
        let total: Decimal = groups.iter().map(|g| g.sous_total).sum();
        let payments = vec![Payment {
            echeance: format!("Année {} (acomptes puis régularisation)", year.annee),
            objet: "FPMT de l'année".to_owned(),
            montant: total,
            source: CONVENTION_2024
                .cite("§3.1 A, modalités de versement (système d'acomptes du FPMT)"),
            interpretation: Some(
                "Le texte mentionne le système d'acomptes du FPMT sans en donner le calendrier : \
                 le FPMT est présenté comme versé dans l'année."
                    .to_owned(),
            ),
        }];
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
    }
}
