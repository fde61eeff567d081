//! Forfait médecin traitant (FMT), from 1 January 2026 — Circulaire CNAM du 31/07/2024, §3.1
//! (articles 21 à 24-3 et annexes 4, 5 et 7 de la convention du 4 juin 2024).
//!
//! FMT = socle (per patient) + majoration C2S + majorations d'exercice (ZIP/QPV, primo-installé,
//! âge, in % of the socle) + volet prévention (per validated indicator).

mod majorations;
mod payments;
mod prevention;
pub(crate) mod socle;

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::params::{NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Dispositif, Group};

use super::{InForce, Lifecycle, Rule, Year};

pub const CODE: &str = "FMT";
pub const LIBELLE: &str = "Forfait médecin traitant (FMT)";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le forfait médecin traitant (FMT)",
    feminine: false,
    replaces: Some("il remplace le FPMT et la ROSP"),
    replaced_by: None,
};

/// The FMT's parameters in force for a year, or why it does not exist that year.
#[derive(Debug, Clone)]
pub struct Fmt(InForce<Box<Params>>);

/// Every value the FMT reads, resolved once for the year.
#[derive(Debug, Clone)]
pub struct Params {
    socle: [Resolved; socle::CATEGORIES.len()],
    non_vu: Resolved,
    non_vus_distincts: Resolved,
    c2s: Resolved,
    zip_qpv: Resolved,
    primo_installe: [Resolved; 3],
    age: Resolved,
    age_seuil: Resolved,
    prevention: Resolved,
}

impl Params {
    fn resolve(params: &Parameters, year: Year) -> Result<Self, NotInForce> {
        let get = |id| params.get(id, year.parameters_date);
        let socle = socle::CATEGORIES.map(|c| get(c.param));
        let [s0, s1, s2, s3, s4, s5, s6] = socle;
        Ok(Self {
            socle: [s0?, s1?, s2?, s3?, s4?, s5?, s6?],
            non_vu: get(&crate::params::fmt::SOCLE_NON_VU_2_ANS)?,
            non_vus_distincts: get(&crate::params::fmt::SOCLE_NON_VUS_DISTINCTS)?,
            c2s: get(&crate::params::fmt::MAJORATION_C2S)?,
            zip_qpv: get(&crate::params::fmt::MAJORATION_ZIP_QPV)?,
            primo_installe: [
                get(&crate::params::fmt::MAJORATION_PRIMO_INSTALLE_ANNEE_1)?,
                get(&crate::params::fmt::MAJORATION_PRIMO_INSTALLE_ANNEE_2)?,
                get(&crate::params::fmt::MAJORATION_PRIMO_INSTALLE_ANNEE_3)?,
            ],
            age: get(&crate::params::fmt::MAJORATION_AGE)?,
            age_seuil: get(&crate::params::fmt::MAJORATION_AGE_SEUIL)?,
            prevention: get(&crate::params::fmt::PREVENTION_INDICATEUR)?,
        })
    }
}

fn source() -> String {
    CONVENTION_2024.cite("§3.1 (articles 21 à 24-3, annexes 4, 5 et 7 de la convention)")
}

/// Every amount of the FMT for one profile, before any explanation is written.
#[derive(Debug, Clone, Copy)]
struct Amounts {
    socle: socle::Socle,
    majorations: majorations::Majorations,
    prevention: [Decimal; 15],
}

impl Amounts {
    fn of(profile: &Profile, p: &Params, year: Year) -> Self {
        let socle = socle::Socle::of(&profile.patientele, p);
        Self {
            majorations: majorations::Majorations::of(&profile.exercice, socle.total, p, year),
            prevention: prevention::amounts(&profile.prevention, p),
            socle,
        }
    }
}

impl Fmt {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Params::resolve(params, year).map(Box::new)
        }))
    }
}

impl Rule for Fmt {
    fn code(&self) -> &'static str {
        CODE
    }

    /// The FMT's total alone, without writing its explanation (for costing many physicians).
    fn total(&self, profile: &Profile, year: Year) -> Decimal {
        match &self.0 {
            InForce::Yes(p) if ineligibility(profile).is_none() => {
                let socle = socle::Socle::of(&profile.patientele, p);
                let m = majorations::Majorations::of(&profile.exercice, socle.total, p, year);
                socle.total
                    + socle.c2s
                    + m.zone_amount
                    + m.age_amount
                    + prevention::total(&profile.prevention, p)
            }
            _ => Decimal::ZERO,
        }
    }

    /// The FMT with every line that explains it.
    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        let p = match &self.0 {
            InForce::No(motif) => {
                return Dispositif::not_in_force(CODE, LIBELLE, source(), motif.clone())
            }
            InForce::Yes(p) => p,
        };
        if let Some(motif) = ineligibility(profile) {
            return Dispositif::not_applicable(
                CODE,
                LIBELLE,
                CONVENTION_2024.cite("§3.1 A"),
                motif,
            );
        }
        let a = Amounts::of(profile, p, year);
        let groups = vec![
            Group::new("FMT.SOCLE", "Partie socle", a.socle.lines(p)),
            Group::new(
                "FMT.C2S",
                "Majoration C2S (précarité)",
                vec![a.socle.c2s_line(p)],
            ),
            Group::new(
                "FMT.MAJORATIONS",
                "Majorations propres à l'exercice du médecin",
                a.majorations
                    .lines(&profile.exercice, a.socle.total, p, year),
            ),
            Group::new(
                "FMT.PREVENTION",
                "Majorations prévention",
                prevention::lines(&profile.prevention, &a.prevention, p),
            ),
        ];
        let payments = payments::schedule(&groups, year);
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
    }
}

/// The FMT is reserved to secteur 1 and to secteur 2 adhering to OPTAM / OPTAM-ACO (§3.1 A).
fn ineligibility(profile: &Profile) -> Option<String> {
    let p = &profile.exercice;
    (!super::controlled_fees(p)).then(|| {
        "Le FMT est réservé aux médecins de secteur 1 et de secteur 2 adhérant à l'OPTAM ou à \
         l'OPTAM-ACO : un médecin de secteur 2 sans option de pratique tarifaire maîtrisée n'y a pas droit."
            .to_owned()
    })
}
