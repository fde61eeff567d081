//! Forfait médecin traitant (FMT), from 1 January 2026 — Circulaire CNAM du 31/07/2024, §3.1
//! (articles 21 à 24-3 et annexes 4, 5 et 7 de la convention).
//!
//! FMT = socle (per patient) + majoration C2S + majorations d'exercice (ZIP/QPV, primo-installé,
//! âge, in % of the socle) + volet prévention (per validated indicator).

mod majorations;
mod payments;
mod prevention;
mod socle;

use crate::input::Profile;
use crate::money::{Cents, PerUnit};
use crate::params::{fmt as p, NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::Group;

use super::kit::{
    categories, controlled_fees, whole_from, Computation, Detail, Explained, InForce, Lifecycle,
    NotApplicable, Year,
};

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
    /// Per patient seen, in the order of [`categories::CATEGORIES`].
    socle: [Resolved; categories::N],
    non_vu: Resolved,
    non_vus_distincts: Resolved,
    c2s: Resolved,
    zip_qpv: Resolved,
    primo_installe: [Resolved; 3],
    age: Resolved,
    age_seuil: Resolved,
    /// The age in whole years from which the majoration d'âge is paid (`age_seuil` rounded up).
    age_from: i64,
    prevention: Resolved,
    /// The amounts per patient or per indicator above, read once for the year's many profiles.
    each: Each,
}

/// The amounts of [`Params`] that multiply counts, as [`Cents::times_each`] takes them.
#[derive(Debug, Clone)]
struct Each {
    socle: [PerUnit; categories::N],
    non_vu: PerUnit,
    c2s: PerUnit,
    prevention: PerUnit,
}

/// The FMT's amounts per category of the socle, in the order of [`categories::CATEGORIES`].
static SOCLE: [&crate::params::Param; categories::N] = [
    &p::SOCLE_ALD_80_ANS_ET_PLUS,
    &p::SOCLE_ALD_MOINS_80_ANS,
    &p::SOCLE_80_ANS_ET_PLUS,
    &p::SOCLE_75_A_79_ANS,
    &p::SOCLE_7_A_74_ANS,
    &p::SOCLE_2_A_6_ANS,
    &p::SOCLE_MOINS_2_ANS,
];

impl Params {
    fn resolve(params: &Parameters, year: Year) -> Result<Self, NotInForce> {
        let get = |param| params.get(param, year.parameters_date);
        let [s0, s1, s2, s3, s4, s5, s6] = SOCLE.map(get);
        let socle = [s0?, s1?, s2?, s3?, s4?, s5?, s6?];
        let non_vu = get(&p::SOCLE_NON_VU_2_ANS)?;
        let c2s = get(&p::MAJORATION_C2S)?;
        let prevention = get(&p::PREVENTION_INDICATEUR)?;
        let age_seuil = get(&p::MAJORATION_AGE_SEUIL)?;
        Ok(Self {
            age_from: whole_from(age_seuil.value),
            each: Each {
                socle: socle.each_ref().map(|r| PerUnit::new(r.value)),
                non_vu: PerUnit::new(non_vu.value),
                c2s: PerUnit::new(c2s.value),
                prevention: PerUnit::new(prevention.value),
            },
            socle,
            non_vu,
            non_vus_distincts: get(&p::SOCLE_NON_VUS_DISTINCTS)?,
            c2s,
            zip_qpv: get(&p::MAJORATION_ZIP_QPV)?,
            primo_installe: [
                get(&p::MAJORATION_PRIMO_INSTALLE_ANNEE_1)?,
                get(&p::MAJORATION_PRIMO_INSTALLE_ANNEE_2)?,
                get(&p::MAJORATION_PRIMO_INSTALLE_ANNEE_3)?,
            ],
            age: get(&p::MAJORATION_AGE)?,
            age_seuil,
            prevention,
        })
    }
}

impl Fmt {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Params::resolve(params, year).map(Box::new)
        }))
    }
}

/// Every amount of the FMT for one profile, before any explanation is written.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    socle: socle::Socle,
    majorations: majorations::Majorations,
    prevention: [Cents; prevention::N],
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.socle.total()
            + self.socle.c2s
            + self.majorations.total()
            + self.prevention.iter().sum()
    }
}

impl Computation for Fmt {
    const CODE: &'static str = "FMT";
    const LIBELLE: &'static str = "Forfait médecin traitant (FMT)";
    type Params = Box<Params>;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Box<Params>> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§3.1 (articles 21 à 24-3, annexes 4, 5 et 7 de la convention)")
    }

    fn amounts(p: &Box<Params>, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        // The FMT is reserved to secteur 1 and to secteur 2 adhering to OPTAM / OPTAM-ACO (§3.1 A).
        if !controlled_fees(&profile.exercice) {
            return Err(NotApplicable::new(
                "Le FMT est réservé aux médecins de secteur 1 et de secteur 2 adhérant à l'OPTAM ou à \
                 l'OPTAM-ACO : un médecin de secteur 2 sans option de pratique tarifaire maîtrisée n'y a pas droit.",
            ));
        }
        let socle = socle::Socle::of(&profile.patientele, p);
        Ok(Amounts {
            majorations: majorations::Majorations::of(&profile.exercice, socle.total(), p, year),
            prevention: prevention::amounts(&profile.prevention, p),
            socle,
        })
    }

    fn explain(
        p: &Box<Params>,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let groups = vec![
            Group::new("FMT.SOCLE", "Partie socle", a.socle.lines(p, detail)),
            Group::new(
                "FMT.C2S",
                "Majoration C2S (précarité)",
                vec![a.socle.c2s_line(p, detail)],
            ),
            Group::new(
                "FMT.MAJORATIONS",
                "Majorations propres à l'exercice du médecin",
                a.majorations
                    .lines(&profile.exercice, a.socle.total(), p, year, detail),
            ),
            Group::new(
                "FMT.PREVENTION",
                "Majorations prévention",
                prevention::lines(&profile.prevention, &a.prevention, p, detail),
            ),
        ];
        let payments = payments::schedule(&groups, year);
        Explained { groups, payments }
    }
}
