//! Maître de stage (encadrement des étudiants en médecine) — Circulaire CNAM du 31/07/2024, §3.4 B:
//! one rule with dated amounts. Until 2025, 350 €, the 50 points of the forfait structure's
//! « encadrement des étudiants » at 7 € (avenant 9, art. 5), so the forfait structure reports it;
//! from 2026, 800 € a year for a physician installed in ZIP and 500 € elsewhere, as a mission.

use crate::input::{Profile, Zonage};
use crate::money::{euros, Cents};
use crate::params::{NotInForce, Parameters, Resolved};
use crate::report::{famille, Detail, Line};

use super::Year;

#[derive(Debug, Clone)]
pub struct MaitreDeStage {
    zip: Resolved,
    hors_zip: Resolved,
}

impl MaitreDeStage {
    pub fn resolve(params: &Parameters, year: Year) -> Result<Self, NotInForce> {
        Ok(Self {
            zip: params.get(
                &crate::params::missions::MAITRE_DE_STAGE_ZIP,
                year.parameters_date,
            )?,
            hors_zip: params.get(
                &crate::params::missions::MAITRE_DE_STAGE_HORS_ZIP,
                year.parameters_date,
            )?,
        })
    }

    fn rate(&self, profile: &Profile) -> &Resolved {
        if profile.exercice.zonage == Zonage::Zip {
            &self.zip
        } else {
            &self.hors_zip
        }
    }

    pub fn amount(&self, profile: &Profile) -> Cents {
        if profile.missions.maitre_de_stage {
            Cents::of(self.rate(profile).value)
        } else {
            Cents::ZERO
        }
    }

    /// The line of `amount`, under the code of the dispositif that pays it.
    pub fn line(
        &self,
        profile: &Profile,
        code: &'static str,
        amount: Cents,
        detail: Detail,
    ) -> Line {
        let rate = self.rate(profile);
        let formula = || {
            let zone = if profile.exercice.zonage == Zonage::Zip {
                "installé en ZIP"
            } else {
                "installé hors ZIP"
            };
            if profile.missions.maitre_de_stage {
                format!(
                    "Maître de stage déclaré, {zone} : {} par an",
                    euros(rate.value)
                )
            } else {
                "Pas de maîtrise de stage déclarée pour l'année.".to_owned()
            }
        };
        Line::new(
            code,
            "Encadrement des étudiants en médecine (maître de stage)",
            detail.text(formula),
            amount,
            detail.text(|| rate.citation().to_owned()),
        )
        .famille(famille::MAITRE_DE_STAGE)
    }
}
