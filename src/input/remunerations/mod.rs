//! What the dispositifs beside the forfaits read: the soins non programmés and the régulation, the
//! intéressements, the OPTAM activity, a leave for maternité, paternité or adoption, and — apart
//! from the physician's total — an équipe de soins spécialisée and the commissions paritaires.
//! Every section defaults to empty, so that a profile written before them still reads.

mod validate;

use serde::{Deserialize, Serialize};

use super::DecimalInput;

pub(super) use validate::validate;

/// Soins non programmés and régulation (circulaire du 31/07/2024, §6; avenant 9, art. 3). Counts
/// of the year, as the physician's statement gives them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SoinsNonProgrammes {
    /// Majorations SNP billed: patients outside the patientèle médecin traitant sent by the SAS.
    pub snp: i64,
    /// Weeks of the year in which SNP were billed: the SNP is capped at 20 a week, so the yearly
    /// count is capped at 20 × these weeks.
    pub semaines_snp: i64,
    /// SHE billed with a SNP (19 h – 21 h, patient outside the patientèle médecin traitant).
    pub she: i64,
    /// SHE billed with a MRT (19 h – 21 h, a patient of the patientèle médecin traitant sent by
    /// the centre de régulation).
    pub she_patientele_mt: i64,
    /// MVR: home visits within 24 h of the SAS call, at tarif opposable.
    pub mvr: i64,
    /// MHP: non-regulated consultations and visits at PDSA hours, at tarif opposable.
    pub mhp: i64,
    /// Home visits at PDSA hours, at tarif opposable.
    pub visites_pdsa: i64,
    /// Hours of régulation libérale in the year.
    pub heures_regulation: DecimalInput,
}

/// The intéressements (avenant 9, art. 6; circulaire du 31/07/2024, §9.3).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Interessements {
    pub biosimilaires: Biosimilaires,
    pub ipp: Ipp,
    pub oam: Oam,
}

/// The biosimilaires, molecule by molecule, for the reference year (the calculation year).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Biosimilaires {
    /// The physician notified the caisse that they refuse the intéressement (article 27 bis 3).
    pub refus: bool,
    /// By molecule key (`params::interessements::MOLECULES`); the validation refuses any other.
    pub molecules: crate::input::Keyed<Molecule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Molecule {
    /// Patients initiated on, or switched to, a biosimilar during the reference year.
    pub patients: i64,
    /// The saving over a full year of treatment for one patient, as the Assurance maladie gives it.
    pub economie_par_patient: DecimalInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Ipp {
    /// The saving the Assurance maladie attributes to the physician's dé-prescriptions of the
    /// year (the calculation of annexe 18 is not in the sources).
    pub economie: DecimalInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Oam {
    /// The physician prescribes OAM (the collective intéressement is shared among prescribers).
    pub prescripteur: bool,
    /// The national rate of initiation by OAM of the year, in % (published by the Assurance
    /// maladie).
    pub taux_national: DecimalInput,
}

/// The OPTAM activity (circulaire du 31/07/2024, §5).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ActiviteOptam {
    /// Acts of anesthésie, chirurgie or obstétrique in the year before the OPTAM-ACO adhesion.
    pub actes_annee_precedant_adhesion: i64,
    /// Reimbursement base of the acts the modificateur applies to, January to June.
    pub base_semestre_1: DecimalInput,
    /// The same, July to December.
    pub base_semestre_2: DecimalInput,
    /// Increase of the reimbursement base of the physician's acts by the revalorisations.
    pub revalorisation: DecimalInput,
    /// The last known level of respect of the commitments.
    pub respect: Respect,
    /// For negotiators: the regional average overrun rates of a spécialité.
    pub taux_regionaux: Vec<TauxRegional>,
}

/// The levels of the partage de gains' table (§5 B b).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Respect {
    #[default]
    Strict,
    #[serde(rename = "ecart_1_a_5")]
    Ecart1A5,
    #[serde(rename = "ecart_plus_de_5")]
    EcartPlusDe5,
}

impl Respect {
    pub const ALL: [Self; 3] = [Self::Strict, Self::Ecart1A5, Self::EcartPlusDe5];

    /// The level as the form offers it (the bands of §5 B b).
    pub fn choice(self) -> &'static str {
        match self {
            Self::Strict => "Respect strict",
            Self::Ecart1A5 => "Non-respect de 1 à 5 points",
            Self::EcartPlusDe5 => "Non-respect de plus de 5 points",
        }
    }
}

/// One region's average overrun rate (a row left without a region is not read).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TauxRegional {
    pub region: String,
    /// In %.
    pub taux: DecimalInput,
}

/// A leave for maternité, paternité or adoption (article 70.2 of the 2016 convention, avenant 9
/// art. 8.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CongeParental {
    pub nature: NatureConge,
    /// Days of the leave within the calculation year.
    pub jours: i64,
    /// Half-days of liberal activity per week.
    pub demi_journees: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NatureConge {
    #[default]
    Aucun,
    Maternite,
    Paternite,
    Adoption,
}

/// An équipe de soins spécialisée the physician belongs to (circulaire du 31/07/2024, §7).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Ess {
    pub membre: bool,
    /// The year the ESS was created: its crédit d'amorçage is paid that year (0: not known).
    pub annee_creation: i64,
    /// The yearly allocation set for the structure (empty: not known yet).
    pub dotation_annuelle: DecimalInput,
}

/// The commissions paritaires (circulaire du 31/07/2024, §12 D).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Commissions {
    /// Séances of the year as a member of the section professionnelle for a signatory union.
    pub seances: i64,
}

/// The regions of France whose overrun rates a negotiator enters: 13 in metropolitan France and
/// 5 overseas; the form offers a row for each.
pub const REGIONS: usize = 18;
