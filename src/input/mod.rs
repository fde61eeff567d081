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
mod keyed;
pub mod lean;
mod number;
mod numerique;
pub(crate) mod parse;
mod patientele;
mod prevention;
mod remunerations;
mod schema;
mod validate;
mod validate_2011;

use serde::{Deserialize, Serialize};

pub use assistant::{
    AssistantMedical, BandePatientele, OptionEtp, YearResults, MAX_ANNEES, PREMIERE_ANNEE_RESULTATS,
};
pub use before_2026::{ForfaitStructure, Missions, Rosp, Vsm, VsmResults};
pub use date::{DateInput, MOIS};
pub use from_2026::{ConsultationsAvancees, Qualite};
pub use keyed::Keyed;
pub use number::DecimalInput;
pub use numerique::{Numerique, Usage, UsageRef};
pub use parse::{from_json, from_value, read_json, read_json_at, MAX_INPUT_BYTES};
pub use patientele::{AgeBand, Cell, CellRef, Patientele, PatientsByAld, PatientsByC2s};
pub use prevention::{Indicator, IndicatorRef, Prevention};
pub use remunerations::{
    ActiviteOptam, Biosimilaires, Commissions, CongeParental, Ess, Interessements, Ipp, Molecule,
    NatureConge, Oam, Respect, SoinsNonProgrammes, TauxRegional, REGIONS,
};
pub use schema::{schema, Schema};
pub use validate::{
    uncovered, validate, validate_fields, year_error, year_errors, FieldError, MAX_COUNT,
    MAX_RESULTATS, YEARS,
};

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
    /// Soins non programmés and régulation libérale.
    #[serde(default)]
    pub soins_non_programmes: SoinsNonProgrammes,
    #[serde(default)]
    pub interessements: Interessements,
    /// Activity under the OPTAM or OPTAM-ACO (and, for negotiators, regional rates).
    #[serde(default)]
    pub optam: ActiviteOptam,
    /// A leave for maternité, paternité or adoption in the year.
    #[serde(default)]
    pub conge_parental: CongeParental,
    /// Apart from the physician's total: an équipe de soins spécialisée.
    #[serde(default)]
    pub ess: Ess,
    /// Apart from the physician's total: the séances of the commissions paritaires.
    #[serde(default)]
    pub commissions: Commissions,
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
    GynecologieObstetrique,
    Psychiatrie,
    Cardiologie,
}

impl Specialite {
    /// Every specialty of the form, in its order.
    pub const ALL: [Self; 13] = [
        Self::MedecineGenerale,
        Self::Pediatrie,
        Self::Chirurgie,
        Self::Radiologie,
        Self::Radiotherapie,
        Self::Stomatologie,
        Self::Anesthesie,
        Self::Anatomocytopathologie,
        Self::MedecineNucleaire,
        Self::AutreSpecialite,
        Self::GynecologieObstetrique,
        Self::Psychiatrie,
        Self::Cardiologie,
    ];
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

impl Practice {
    /// Installed in a ZIP, by the cabinet principal or a secondary one: such a physician is not in
    /// the scheme of the consultations avancées (Circulaire CNAM du 31/07/2024, §3.2 B).
    pub fn installe_en_zip(&self) -> bool {
        self.zonage == Zonage::Zip || self.cabinet_secondaire_zip
    }
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
    /// The day the physician's resignation takes effect, if they choose to resign: from that day
    /// the contract no longer runs (§3.2 A: it opens the zone majoration of the FMT; §3.2 B: for
    /// a CSTM, « il sera mis fin au contrat » and the consultations avancées open).
    #[serde(default)]
    pub resiliation: DateInput,
}

impl DemographicContract {
    /// Whether the contract still runs on `date`: its term (`fin`, its last day) not passed, and
    /// no resignation taking effect on that day or before.
    pub fn runs_on(&self, date: chrono::NaiveDate) -> bool {
        let term_passed = self.fin.get().is_some_and(|last| last < date);
        let resigned = self.resiliation.get().is_some_and(|day| day <= date);
        !term_passed && !resigned
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
