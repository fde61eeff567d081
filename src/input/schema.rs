//! The shape of the form, for the page: the age bands of the patientèle grid and the prevention
//! indicators, with their keys and French labels, so that the page holds no second copy of them.

use serde::Serialize;

use super::{AgeBand, Numerique, Prevention};

#[derive(Debug, Clone, Serialize)]
pub struct Band {
    pub cle: &'static str,
    pub libelle: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorField {
    pub cle: &'static str,
    pub libelle: &'static str,
    pub theme: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Schema {
    pub bandes: Vec<Band>,
    pub indicateurs: Vec<IndicatorField>,
    /// The téléservices, each entered as numerator and denominator.
    pub usages: Vec<Band>,
    /// The years of the VSM campaigns (results at 30 June).
    pub campagnes_vsm: Vec<i32>,
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
        campagnes_vsm: crate::params::vsm::campaigns().collect(),
        rosp_2011: super::convention_2011::form(),
        annees_non_calculees: super::uncovered().collect(),
    }
}
