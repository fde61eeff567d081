//! Missions spécifiques of the 2024 convention — Circulaire CNAM du 31/07/2024, §3.4 (articles 30
//! à 30-4). From 2026, the maître de stage is paid as a mission (before, by the forfait
//! structure, see `maitre_de_stage`).

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::params::{convention_2024::SET as CONVENTION_2024, Parameters};
use crate::report::{Dispositif, Group, Payment};

use super::maitre_de_stage::MaitreDeStage;
use super::{InForce, Lifecycle, Rule, Year};

const CODE: &str = "MISSIONS";
const LIBELLE: &str = "Missions spécifiques";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La rémunération des missions",
    replaces: None,
    replaced_by: None,
};

fn source() -> String {
    CONVENTION_2024.cite("§3.4 (articles 30 à 30-4 de la convention)")
}

#[derive(Debug, Clone)]
pub struct Missions(InForce<MaitreDeStage>);

impl Missions {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        // While the forfait structure exists, it pays the encadrement des étudiants (§3.4 B).
        if params.get("fs.point", year.parameters_date).is_ok() {
            return Self(InForce::No(format!(
                "En {}, l'encadrement des étudiants (maître de stage) est rémunéré par le forfait \
                 structure ; les missions de la convention de 2024 le rémunèrent à compter du 01/01/2026.",
                year.annee
            )));
        }
        Self(InForce::resolve(&LIFECYCLE, year, || {
            MaitreDeStage::resolve(params, year)
        }))
    }
}

impl Rule for Missions {
    fn total(&self, profile: &Profile, _year: Year) -> Decimal {
        match &self.0 {
            InForce::Yes(m) => m.amount(profile),
            InForce::No(_) => Decimal::ZERO,
        }
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        let m = match &self.0 {
            InForce::Yes(m) => m,
            InForce::No(motif) => {
                return Dispositif::not_in_force(CODE, LIBELLE, source(), motif.clone())
            }
        };
        let groups = vec![Group::new(
            "MISSIONS.MAITRE_DE_STAGE",
            "Encadrement des étudiants",
            vec![m.line(profile, "MISSIONS.MAITRE_DE_STAGE")],
        )];
        let total: Decimal = groups.iter().map(|g| g.sous_total).sum();
        let payments = if total.is_zero() {
            Vec::new()
        } else {
            vec![Payment {
                echeance: format!("Année {} (sur la déclaration annuelle amelipro)", year.annee),
                objet: "Maître de stage".to_owned(),
                montant: total,
                source: CONVENTION_2024.cite("§3.4 B"),
                interpretation: Some(
                    "Le §3.4 B fonde la rémunération sur la déclaration annuelle sans dater le versement : \
                     il est présenté dans l'année."
                        .to_owned(),
                ),
            }]
        };
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
    }
}
