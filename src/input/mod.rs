//! The profile a physician enters: their practice, their patientèle médecin traitant and their
//! prevention results. Designed for every dispositif of the product, not only the FMT.
//!
//! The serde layer is deliberately permissive (counts are `i64`, dates are strings) so that a
//! bad value reaches [`validate`], which reports *every* error with its field path and a French
//! message, instead of stopping at the first one.

mod assistant;
mod before_2026;
mod convention_2011;
pub(crate) mod date;
mod from_2026;
mod number;
mod numerique;
mod parse;
mod patientele;
mod prevention;
mod schema;
mod validate;
mod validate_2011;

use serde::{Deserialize, Serialize};

pub use assistant::{AssistantMedical, BandePatientele, OptionEtp, YearResults};
pub use before_2026::{ForfaitStructure, Missions, Rosp, Vsm, VsmResults};
pub use date::DateInput;
pub use from_2026::{ConsultationsAvancees, Qualite};
pub use number::DecimalInput;
pub use numerique::{Numerique, Usage, UsageRef};
pub use parse::{from_deserializer, from_json, read, read_json};
pub use patientele::{AgeBand, Cell, CellRef, Patientele, PatientsByAld, PatientsByC2s};
pub use prevention::{Indicator, IndicatorRef, Prevention};
pub use schema::{schema, Schema};
pub use validate::{uncovered, validate, year_error, FieldError, MAX_COUNT, YEARS};

pub use convention_2011::{
    Avenant20, Lieu, OptionKind, Options2011, Organisation2011, Regroupement, Resultat2011,
    Rosp2011, Sophia,
};

/// Everything the calculator knows of one physician.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub exercice: Practice,
    #[serde(default)]
    pub patientele: Patientele,
    #[serde(default)]
    pub prevention: Prevention,
    /// Until 2025: the points of the ROSP.
    #[serde(default)]
    pub rosp: Rosp,
    /// Digital equipment and usage (forfait structure until 2025, DONUM from 2026).
    #[serde(default)]
    pub numerique: Numerique,
    /// Until 2025: the other declarations of the forfait structure.
    #[serde(default)]
    pub forfait_structure: ForfaitStructure,
    /// 2023 to 2025: the VSM campaigns.
    #[serde(default)]
    pub vsm: Vsm,
    #[serde(default)]
    pub missions: Missions,
    /// From 2026: half-days of consultations avancées in a ZIP, per month.
    #[serde(default)]
    pub consultations_avancees: ConsultationsAvancees,
    /// From 2026: sobriété de prescription and groupes d'amélioration des pratiques.
    #[serde(default)]
    pub qualite: Qualite,
    /// A contract of aide à l'emploi d'un assistant médical, if any.
    #[serde(default)]
    pub assistant_medical: Option<AssistantMedical>,
    /// 2012 to 2016: the indicators of the ROSP of the 2011 convention.
    #[serde(default)]
    pub rosp_2011: Rosp2011,
    /// 2012 to 2016: the Sophia questionnaires.
    #[serde(default)]
    pub sophia: Sophia,
    /// 2012 to 2016: the options démographie and santé solidarité territoriale.
    #[serde(default)]
    pub options_2011: Options2011,
    /// 2012 to 2016: the avenant 20, prorogued then in transition.
    #[serde(default)]
    pub avenant_20: Avenant20,
}

/// The physician's practice (« exercice »).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub secteur: Secteur,
    /// Adhesion to the option de pratique tarifaire maîtrisée (secteur 2).
    #[serde(default)]
    pub optam: Optam,
    pub specialite: Specialite,
    /// ARS zoning of the cabinet principal.
    #[serde(default)]
    pub zonage: Zonage,
    /// Cabinet principal in a quartier prioritaire de la politique de la ville.
    #[serde(default)]
    pub qpv: bool,
    /// First installation in conventioned liberal practice.
    #[serde(default)]
    pub date_premiere_installation: DateInput,
    #[serde(default)]
    pub date_naissance: DateInput,
    /// A demographic contract of the 2016 convention (none if absent).
    #[serde(default)]
    pub contrat_demographique: Option<DemographicContract>,
    /// A secondary cabinet in a ZIP.
    #[serde(default)]
    pub cabinet_secondaire_zip: bool,
    /// When that secondary cabinet opened.
    #[serde(default)]
    pub date_ouverture_cabinet_secondaire: DateInput,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Secteur {
    #[serde(rename = "1")]
    Un,
    #[serde(rename = "2")]
    Deux,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Optam {
    #[default]
    Aucune,
    Optam,
    OptamAco,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Specialite {
    MedecineGenerale,
    Pediatrie,
    Chirurgie,
    Radiologie,
    Radiotherapie,
    Stomatologie,
    Anesthesie,
    Anatomocytopathologie,
    MedecineNucleaire,
    AutreSpecialite,
}

/// Zoning of the ARS: zone d'intervention prioritaire, zone d'action complémentaire, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zonage {
    Zip,
    Zac,
    #[default]
    HorsZonage,
}

/// A demographic contract of the 2016 convention (Circulaire CNAM du 31/07/2024, §3.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemographicContract {
    #[serde(rename = "type")]
    pub kind: ContractKind,
    /// Last day of the contract, if the physician knows it; absent means still running.
    #[serde(default)]
    pub fin: DateInput,
    /// The day the physician ends it by resigning, if they choose to (§3.2 A: it opens the zone
    /// majoration of the FMT; for a CSTM, the consultations avancées).
    #[serde(default)]
    pub resiliation: DateInput,
}

impl DemographicContract {
    /// Whether the contract still runs on `date`: neither ended nor resigned before.
    pub fn runs_on(&self, date: chrono::NaiveDate) -> bool {
        let ended = |d: &DateInput| d.get().is_some_and(|end| end < date);
        !ended(&self.fin) && !ended(&self.resiliation)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ContractKind {
    Caim,
    Coscom,
    Cotram,
    Cstm,
}

impl ContractKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Caim => "CAIM",
            Self::Coscom => "COSCOM",
            Self::Cotram => "COTRAM",
            Self::Cstm => "CSTM",
        }
    }
}
