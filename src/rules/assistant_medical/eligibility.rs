//! Who may sign the contract — Circulaire CNAM du 31/07/2024, §4.1 (specialties, surgeons' CCAM
//! share, sector, patientèle), §4.3 (the options 1,5 and 2 ETP) and §4 with §4.2 (the option 1/3
//! ETP is left to the contracts signed before the convention).

use crate::input::date::french;
use crate::input::{BandePatientele, OptionEtp, Specialite, Zonage};
use crate::money::pct;
use crate::params::{assistant_medical as am, CONVENTION_2024_START};

use super::super::kit::controlled_fees;
use super::{rule_value, Contract};

const EXCLUDED: [(Specialite, &str); 6] = [
    (Specialite::Radiologie, "radiologie"),
    (Specialite::Radiotherapie, "radiothérapie"),
    (Specialite::Stomatologie, "stomatologie"),
    (Specialite::Anesthesie, "anesthésie"),
    (Specialite::Anatomocytopathologie, "anatomocytopathologie"),
    (Specialite::MedecineNucleaire, "médecine nucléaire"),
];

/// Why the physician cannot sign this contract, if so.
pub fn refusal(c: &Contract, params: &crate::params::Parameters) -> Option<String> {
    let e = &c.profile.exercice;
    if let Some((_, name)) = EXCLUDED.iter().find(|(s, _)| *s == e.specialite) {
        return Some(format!(
            "La spécialité « {name} » est exclue de l'aide (§4.1)."
        ));
    }
    if e.specialite == Specialite::Chirurgie {
        if let Some(motif) = surgeon(c, params) {
            return Some(motif);
        }
    }
    if !controlled_fees(e) {
        return Some(
            "L'aide est réservée au secteur 1 et au secteur 2 adhérant à l'OPTAM ou à \
             l'OPTAM-ACO (§4.1)."
                .to_owned(),
        );
    }
    if c.terms.bande_patientele == BandePatientele::SousP30 {
        return Some(
            "Une patientèle au moins au P30 de la spécialité est requise (§4.1).".to_owned(),
        );
    }
    if c.tiers() && c.signature >= CONVENTION_2024_START {
        return Some(format!(
            "L'option 1/3 ETP ne peut plus être choisie pour un contrat signé à partir du {} : \
             les nouveaux contrats relèvent des options 1/2 et 1 ETP, l'option 1/3 ETP reste \
             aux contrats signés avant (§4 et §4.2 ; interprétation).",
            french(CONVENTION_2024_START)
        ));
    }
    extension(c)
}

/// A surgeon is eligible when the CCAM acts make less than the maximum share of their fees.
fn surgeon(c: &Contract, params: &crate::params::Parameters) -> Option<String> {
    let max = match rule_value(params, &am::CCAM_MAX, c.signature) {
        Ok(max) => max.value,
        Err(missing) => {
            return Some(format!(
                "La part maximale des honoraires CCAM d'un chirurgien n'a pas de valeur au {} \
                 (paramètre « {} ») : l'éligibilité ne peut pas être appréciée.",
                french(missing.date),
                missing.param.id
            ))
        }
    };
    let rule = format!(
        "Un chirurgien n'est éligible que si ses honoraires CCAM font moins de {} de ses \
         honoraires (§4.1)",
        pct(max)
    );
    let share = &c.terms.part_ccam_pourcent;
    match share.get().filter(|_| !share.is_empty()) {
        None => Some(format!("{rule} : saisissez leur part.")),
        Some(part) if part >= max => Some(format!("{rule} : ils en font {}.", pct(part))),
        Some(_) => None,
    }
}

/// The options 1,5 and 2 ETP (§4.3): in a ZIP, a généraliste (not MEP), all the objectives of the
/// 1 ETP contract reached.
fn extension(c: &Contract) -> Option<String> {
    if !matches!(c.terms.option, OptionEtp::UnEtDemi | OptionEtp::Deux) {
        return None;
    }
    let e = &c.profile.exercice;
    let mut missing = Vec::new();
    if e.zonage != Zonage::Zip {
        missing.push("exercer en ZIP");
    }
    if e.specialite != Specialite::MedecineGenerale || c.terms.mep {
        missing.push("être médecin généraliste (hors MEP)");
    }
    if !c.terms.objectifs_1_etp_atteints {
        missing.push("avoir atteint tous les objectifs du contrat 1 ETP");
    }
    (!missing.is_empty()).then(|| {
        format!(
            "L'option {} demande de {} (§4.3).",
            c.terms.option.label(),
            missing.join(", ")
        )
    })
}
