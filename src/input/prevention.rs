//! Results of the 15 prevention indicators of the FMT (Circulaire CNAM du 31/07/2024, §3.1 C):
//! for each, the patients eligible and those for whom the indicator is validated.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Indicator {
    pub eligibles: i64,
    pub valides: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Prevention {
    pub grippe: Indicator,
    pub covid: Indicator,
    pub pneumocoque: Indicator,
    pub ror: Indicator,
    pub meningocoque_c: Indicator,
    pub hpv: Indicator,
    pub cancer_sein: Indicator,
    pub cancer_col: Indicator,
    pub cancer_colorectal: Indicator,
    pub diabete_glycemie: Indicator,
    pub mrc: Indicator,
    pub hba1c: Indicator,
    pub examen_m9: Indicator,
    pub examen_m24: Indicator,
    pub bucco_dentaire: Indicator,
}

/// One indicator with its key, its French label and its theme as the table of §3.1 C gives them.
#[derive(Debug, Clone, Copy)]
pub struct IndicatorRef<'a> {
    pub key: &'static str,
    pub libelle: &'static str,
    pub theme: &'static str,
    pub indicator: &'a Indicator,
}

impl IndicatorRef<'_> {
    pub fn path(&self) -> String {
        format!("prevention.{}", self.key)
    }
}

impl Prevention {
    /// The 15 indicators, in the order of the table of §3.1 C.
    pub fn indicators(&self) -> [IndicatorRef<'_>; 15] {
        const VAC: &str = "Vaccination";
        const DEP: &str = "Dépistage";
        const SUI: &str = "Suivi";
        let r = |key, libelle, theme, indicator| IndicatorRef {
            key,
            libelle,
            theme,
            indicator,
        };
        [
            r("grippe", "Vaccination contre la grippe", VAC, &self.grippe),
            r("covid", "Vaccination contre le covid", VAC, &self.covid),
            r(
                "pneumocoque",
                "Vaccination contre le pneumocoque",
                VAC,
                &self.pneumocoque,
            ),
            r("ror", "Vaccination ROR", VAC, &self.ror),
            r(
                "meningocoque_c",
                "Vaccination contre le méningocoque C",
                VAC,
                &self.meningocoque_c,
            ),
            r(
                "hpv",
                "Vaccination contre le papillomavirus (HPV)",
                VAC,
                &self.hpv,
            ),
            r(
                "cancer_sein",
                "Dépistage organisé du cancer du sein",
                DEP,
                &self.cancer_sein,
            ),
            r(
                "cancer_col",
                "Dépistage du cancer du col de l'utérus",
                DEP,
                &self.cancer_col,
            ),
            r(
                "cancer_colorectal",
                "Dépistage du cancer colorectal",
                DEP,
                &self.cancer_colorectal,
            ),
            r(
                "diabete_glycemie",
                "Dépistage du diabète par glycémie à jeun",
                DEP,
                &self.diabete_glycemie,
            ),
            r(
                "mrc",
                "Dépistage de la maladie rénale chronique",
                DEP,
                &self.mrc,
            ),
            r(
                "hba1c",
                "Suivi du diabète par dosage de l'HbA1c",
                DEP,
                &self.hba1c,
            ),
            r(
                "examen_m9",
                "Examen obligatoire de l'enfant (certificat du 9e mois)",
                SUI,
                &self.examen_m9,
            ),
            r(
                "examen_m24",
                "Examen obligatoire de l'enfant (certificat du 24e mois)",
                SUI,
                &self.examen_m24,
            ),
            r(
                "bucco_dentaire",
                "Examen bucco-dentaire annuel 3-24 ans",
                SUI,
                &self.bucco_dentaire,
            ),
        ]
    }

    /// The 15 indicators' counts, in the order of [`Prevention::indicators`]: a copy the
    /// validation reads without a branch.
    pub fn values(&self) -> [Indicator; 15] {
        self.indicators().map(|r| *r.indicator)
    }

    pub fn indicator_mut(&mut self, key: &str) -> Option<&mut Indicator> {
        Some(match key {
            "grippe" => &mut self.grippe,
            "covid" => &mut self.covid,
            "pneumocoque" => &mut self.pneumocoque,
            "ror" => &mut self.ror,
            "meningocoque_c" => &mut self.meningocoque_c,
            "hpv" => &mut self.hpv,
            "cancer_sein" => &mut self.cancer_sein,
            "cancer_col" => &mut self.cancer_col,
            "cancer_colorectal" => &mut self.cancer_colorectal,
            "diabete_glycemie" => &mut self.diabete_glycemie,
            "mrc" => &mut self.mrc,
            "hba1c" => &mut self.hba1c,
            "examen_m9" => &mut self.examen_m9,
            "examen_m24" => &mut self.examen_m24,
            "bucco_dentaire" => &mut self.bucco_dentaire,
            _ => return None,
        })
    }
}
