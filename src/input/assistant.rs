//! A contract of aide à l'emploi d'un assistant médical (circulaire CNAM du 31/07/2024, §4): the
//! signature date, the option, the patientèle band of the physician, and the yearly results.

use serde::{Deserialize, Serialize};

use super::{DateInput, DecimalInput};

/// Working time of the assistant the contract pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OptionEtp {
    #[serde(rename = "1/3")]
    Tiers,
    #[serde(rename = "1/2")]
    Demi,
    #[serde(rename = "1")]
    Un,
    /// 1,5 ETP: an extension, from the 3rd year, of a 1 ETP contract (§4.3).
    #[serde(rename = "1.5")]
    UnEtDemi,
    /// 2 ETP: likewise.
    #[serde(rename = "2")]
    Deux,
}

impl OptionEtp {
    pub fn key(self) -> &'static str {
        match self {
            Self::Tiers => "tiers",
            Self::Demi => "demi",
            Self::Un => "un",
            Self::UnEtDemi => "un_et_demi",
            Self::Deux => "deux",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Tiers => "1/3 ETP",
            Self::Demi => "1/2 ETP",
            Self::Un => "1 ETP",
            Self::UnEtDemi => "1,5 ETP",
            Self::Deux => "2 ETP",
        }
    }
}

impl OptionEtp {
    pub const ALL: [Self; 5] = [
        Self::Tiers,
        Self::Demi,
        Self::Un,
        Self::UnEtDemi,
        Self::Deux,
    ];

    /// The option as the form offers it.
    pub fn choice(self) -> &'static str {
        match self {
            Self::UnEtDemi => "1,5 ETP (extension d'un contrat 1 ETP, en ZIP)",
            Self::Deux => "2 ETP (extension d'un contrat 1 ETP, en ZIP)",
            other => other.label(),
        }
    }
}

/// The physician's patientèle in the national distribution of their specialty (annexe 10, not in
/// the sources: the physician states their band).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BandePatientele {
    SousP30,
    #[default]
    P30AP90,
    P90AP94,
    P95EtPlus,
}

impl BandePatientele {
    pub const ALL: [Self; 4] = [Self::SousP30, Self::P30AP90, Self::P90AP94, Self::P95EtPlus];

    /// The band as the form offers it (annexe 10: below the P30, no aid).
    pub fn choice(self) -> &'static str {
        match self {
            Self::SousP30 => "Sous le P30 (non éligible)",
            Self::P30AP90 => "Entre le P30 et le P90",
            Self::P90AP94 => "Entre le P90 et le P94",
            Self::P95EtPlus => "Au P95 ou plus",
        }
    }
}

/// One contract year's results, from the 3rd year: patientèle médecin traitant (PMT) and file
/// active (PFA), each at the start of the contract, as the objective, and as achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct YearResults {
    pub pfa_depart: i64,
    pub pfa_objectif: i64,
    pub pfa_realisee: i64,
    pub pmt_depart: i64,
    pub pmt_objectif: i64,
    pub pmt_realisee: i64,
    /// A primo-installé who reached the P50 got a new objective by avenant this year: the next
    /// year is paid at full rate (two years to reach it, §4.4).
    pub nouvel_objectif_primo_installe: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssistantMedical {
    pub date_signature: DateInput,
    pub option: OptionEtp,
    #[serde(default)]
    pub bande_patientele: BandePatientele,
    /// For a surgeon: the share of CCAM acts in all fees, in % (§4.1 sets the maximum, see the
    /// parameter `am.ccam.max`); left empty, it is not known.
    #[serde(default)]
    pub part_ccam_pourcent: DecimalInput,
    /// For 1,5 and 2 ETP: médecin à expertise particulière (excluded).
    #[serde(default)]
    pub mep: bool,
    /// For 1,5 and 2 ETP: the 1 ETP contract's objectives were all met.
    #[serde(default)]
    pub objectifs_1_etp_atteints: bool,
    /// Contract years shown (5 by default; more for the tacit renewal).
    #[serde(default = "five")]
    pub annees: i64,
    /// Early termination, if any.
    #[serde(default)]
    pub date_resiliation: DateInput,
    /// Results of the contract years 3, 4, … in order.
    #[serde(default)]
    pub resultats: Vec<YearResults>,
}

/// Contract years a schedule shows at most (five, then tacit renewals).
pub const MAX_ANNEES: i64 = 20;
/// The first contract year whose results modulate the aid (§4.4: the first two are paid in full).
pub const PREMIERE_ANNEE_RESULTATS: i64 = 3;

fn five() -> i64 {
    5
}

impl AssistantMedical {
    /// The contract the form proposes before the physician states theirs: 1 ETP, a patientèle
    /// between the P30 and the P90, five years shown.
    pub fn propose() -> Self {
        Self {
            date_signature: DateInput::default(),
            option: OptionEtp::Un,
            bande_patientele: BandePatientele::default(),
            part_ccam_pourcent: DecimalInput::default(),
            mep: false,
            objectifs_1_etp_atteints: false,
            annees: five(),
            date_resiliation: DateInput::default(),
            resultats: Vec::new(),
        }
    }
}
