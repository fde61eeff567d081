//! The shape of the form, for the page: the age bands of the patientèle grid, the prevention
//! indicators, the téléservices, the VSM campaigns, the months and quarters, and the assistant
//! médical contract the form proposes — with their keys and French labels, so that the page holds
//! no second copy of them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::date::{french, MOIS};
use super::{
    AgeBand, AssistantMedical, BandePatientele, Lieu, Numerique, OptionEtp, OptionKind, Prevention,
    Regroupement, Vsm,
};
use super::{MAX_ANNEES, PREMIERE_ANNEE_RESULTATS};

#[derive(Debug, Clone, Serialize)]
pub struct Band {
    pub cle: &'static str,
    pub libelle: &'static str,
}

/// A choice of a list: the value the profile holds and its French label.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub cle: String,
    pub libelle: &'static str,
}

impl Choice {
    /// `value` as the profile writes it (its serde name), with its label.
    fn of<T: Serialize>(value: T, libelle: &'static str) -> Self {
        let cle = crate::json::to_string(&value)
            .unwrap_or_default()
            .trim_matches('"')
            .to_owned();
        Self { cle, libelle }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorField {
    pub cle: &'static str,
    pub libelle: &'static str,
    pub theme: &'static str,
}

/// A VSM campaign: its key in the profile and the day its results are read.
#[derive(Debug, Clone, Serialize)]
pub struct Campaign {
    pub cle: String,
    /// « Au 30/06/2024 ».
    pub libelle: String,
}

/// The assistant médical part of the form.
#[derive(Debug, Clone, Serialize)]
pub struct AssistantForm {
    /// The contract proposed before the physician states theirs.
    pub contrat_propose: AssistantMedical,
    /// Results are entered from this contract year on…
    pub premiere_annee_resultats: i64,
    /// …up to this one.
    pub annees_max: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Schema {
    pub bandes: Vec<Band>,
    pub indicateurs: Vec<IndicatorField>,
    /// The téléservices, each entered as numerator and denominator.
    pub usages: Vec<Band>,
    pub campagnes_vsm: Vec<Campaign>,
    /// The months of the consultations avancées, January first.
    pub mois: [&'static str; 12],
    /// The quarters of the soins non programmés régulés par le SAS.
    pub trimestres: usize,
    pub assistant: AssistantForm,
    /// The choices of the form's lists that the core names, by the field they fill.
    pub choix: BTreeMap<&'static str, Vec<Choice>>,
    /// Rows of the OPTAM's regional rates the form offers (one per region).
    pub lignes_taux_regionaux: usize,
    /// The grid of the ROSP of the 2011 convention (years 2012 to 2016).
    pub rosp_2011: super::convention_2011::Rosp2011Form,
    /// The years within the calculator's range whose texts are not in the sources.
    pub annees_non_calculees: Vec<i32>,
}

pub fn schema() -> Schema {
    Schema {
        bandes: AgeBand::ALL
            .iter()
            .map(|b| Band {
                cle: b.key(),
                libelle: b.label(),
            })
            .collect(),
        indicateurs: Prevention::default()
            .indicators()
            .iter()
            .map(|i| IndicatorField {
                cle: i.key,
                libelle: i.libelle,
                theme: i.theme,
            })
            .collect(),
        usages: Numerique::default()
            .usages()
            .iter()
            .map(|u| Band {
                cle: u.key,
                libelle: u.libelle,
            })
            .collect(),
        campagnes_vsm: crate::params::vsm::campaigns()
            .map(|y| Campaign {
                cle: y.to_string(),
                libelle: Vsm::results_day(y)
                    .map(|d| format!("Au {}", french(d)))
                    .unwrap_or_default(),
            })
            .collect(),
        mois: MOIS,
        trimestres: super::ForfaitStructure::default().snp_sas_trimestres.len(),
        assistant: AssistantForm {
            contrat_propose: AssistantMedical::propose(),
            premiere_annee_resultats: PREMIERE_ANNEE_RESULTATS,
            annees_max: MAX_ANNEES,
        },
        choix: BTreeMap::from([
            (
                "assistant_medical.option",
                OptionEtp::ALL
                    .iter()
                    .map(|o| Choice::of(o, o.choice()))
                    .collect(),
            ),
            (
                "assistant_medical.bande_patientele",
                BandePatientele::ALL
                    .iter()
                    .map(|b| Choice::of(b, b.choice()))
                    .collect(),
            ),
            (
                "options_2011.option",
                vec![
                    Choice::of(OptionKind::Aucune, "Aucune"),
                    Choice::of(OptionKind::Demographie, "Option démographie"),
                    Choice::of(
                        OptionKind::SanteSolidariteTerritoriale,
                        "Option santé solidarité territoriale",
                    ),
                ],
            ),
            (
                // The proximity of II.1 a): 5 km in a rural zone, 2 km in an urban one.
                "options_2011.lieu",
                vec![
                    Choice::of(Lieu::ZoneDeficitaire, "Dans une zone déficitaire"),
                    Choice::of(
                        Lieu::Proximite,
                        "À proximité immédiate d'une zone déficitaire (5 km en zone rurale, 2 km en zone urbaine)",
                    ),
                    Choice::of(Lieu::HorsZone, "Hors zone déficitaire"),
                ],
            ),
            (
                "options_2011.regroupement",
                vec![
                    Choice::of(
                        Regroupement::Groupe,
                        "En groupe (médecins seuls ou pluridisciplinaire)",
                    ),
                    Choice::of(Regroupement::PoleSante, "Membre d'un pôle de santé"),
                ],
            ),
            (
                "optam.respect",
                super::Respect::ALL
                    .iter()
                    .map(|r| Choice::of(r, r.choice()))
                    .collect(),
            ),
        ]),
        lignes_taux_regionaux: super::remunerations::REGIONS,
        rosp_2011: super::convention_2011::form(),
        annees_non_calculees: super::uncovered().collect(),
    }
}
