//! The groups a costing is broken down by: spécialité, secteur (with the OPTAM, which decides
//! the FMT) and zonage of the cabinet principal. Keys are the profile's values, labels the form's.

use serde::Serialize;

use crate::input::{Optam, Profile, Secteur, Specialite, Zonage};

/// A group of one breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Group {
    pub cle: &'static str,
    pub libelle: &'static str,
}

const fn g(cle: &'static str, libelle: &'static str) -> Group {
    Group { cle, libelle }
}

/// In the order of [`Specialite::ALL`].
pub const SPECIALITES: [Group; Specialite::ALL.len()] = [
    g("medecine_generale", "Médecine générale"),
    g("pediatrie", "Pédiatrie"),
    g("chirurgie", "Chirurgie"),
    g("radiologie", "Radiologie"),
    g("radiotherapie", "Radiothérapie"),
    g("stomatologie", "Stomatologie"),
    g("anesthesie", "Anesthésie"),
    g("anatomocytopathologie", "Anatomocytopathologie"),
    g("medecine_nucleaire", "Médecine nucléaire"),
    g("autre_specialite", "Autre spécialité"),
    g("gynecologie_obstetrique", "Gynécologie-obstétrique"),
    g("psychiatrie", "Psychiatrie"),
    g("cardiologie", "Cardiologie"),
];

pub const SECTEURS: [Group; 4] = [
    g("1", "Secteur 1"),
    g("2_optam", "Secteur 2 à l'OPTAM"),
    g("2_optam_aco", "Secteur 2 à l'OPTAM-ACO"),
    g("2", "Secteur 2 sans option"),
];

pub const ZONES: [Group; 3] = [
    g("zip", "Zone d'intervention prioritaire (ZIP)"),
    g("zac", "Zone d'action complémentaire (ZAC)"),
    g("hors_zonage", "Ni ZIP ni ZAC"),
];

/// The breakdowns, with their name in the results.
pub const BREAKDOWNS: [(&str, &[Group]); 3] = [
    ("specialite", &SPECIALITES),
    ("secteur", &SECTEURS),
    ("zonage", &ZONES),
];

/// A physician's group in each breakdown (positions in [`BREAKDOWNS`]' lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Groups(pub [usize; 3]);

impl Groups {
    pub fn of(profile: &Profile) -> Self {
        let e = &profile.exercice;
        let specialite = Specialite::ALL
            .iter()
            .position(|s| *s == e.specialite)
            .unwrap_or(0);
        let secteur = match (e.secteur, e.optam) {
            (Secteur::Un, _) => 0,
            (Secteur::Deux, Optam::Optam) => 1,
            (Secteur::Deux, Optam::OptamAco) => 2,
            (Secteur::Deux, Optam::Aucune) => 3,
        };
        let zone = match e.zonage {
            Zonage::Zip => 0,
            Zonage::Zac => 1,
            Zonage::HorsZonage => 2,
        };
        Self([specialite, secteur, zone])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_profile_values() {
        let mut p = crate::defaults::profile();
        for (s, specialite) in SPECIALITES.iter().zip(Specialite::ALL) {
            p.exercice.specialite = serde_json::from_value(serde_json::json!(s.cle)).unwrap();
            assert_eq!(p.exercice.specialite, specialite);
            assert_eq!(SPECIALITES[Groups::of(&p).0[0]], *s);
        }
        for z in ZONES {
            p.exercice.zonage = serde_json::from_value(serde_json::json!(z.cle)).unwrap();
            assert_eq!(ZONES[Groups::of(&p).0[2]], z);
        }
    }
}
