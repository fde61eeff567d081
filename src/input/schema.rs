//! The shape of the form, for the page: the age bands of the patientèle grid and the prevention
//! indicators, with their keys and French labels, so that the page holds no second copy of them.

use serde::Serialize;

use super::{AgeBand, Prevention};

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
    }
}
