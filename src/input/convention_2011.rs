//! What the dispositifs of the 2011 convention (years 2012 to 2016) read beyond the practice and
//! the patientèle médecin traitant: the indicators of the ROSP, the Sophia questionnaires, the
//! options démographie and santé solidarité territoriale, the avenant 20 (circulaire CNAMTS
//! 19/2011, II.1 a, II.3 c, II.4).

use serde::{Deserialize, Serialize};

use super::{DateInput, DecimalInput};

/// The ROSP of the 2011 convention: the organisation du cabinet, and the indicators of the
/// qualité de la pratique keyed as in `params::rosp_2011::INDICATORS` (an indicator left out has
/// no size: it is below its threshold).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rosp2011 {
    pub organisation: Organisation2011,
    pub indicateurs: super::Keyed<Resultat2011>,
}

/// The justificatifs of the organisation du cabinet (II.4 b), each provided or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Organisation2011 {
    pub dossier_informatise: bool,
    pub logiciel_aide_prescription: bool,
    pub equipement_teleservices: bool,
    pub affichage_horaires: bool,
    pub synthese_annuelle: bool,
}

impl Organisation2011 {
    /// Whether the indicator of key `key` (as in `params::rosp_2011::ORGANISATION`) is met.
    pub fn met(&self, key: &str) -> Option<bool> {
        Some(match key {
            "dossier_informatise" => self.dossier_informatise,
            "logiciel_aide_prescription" => self.logiciel_aide_prescription,
            "equipement_teleservices" => self.equipement_teleservices,
            "affichage_horaires" => self.affichage_horaires,
            "synthese_annuelle" => self.synthese_annuelle,
            _ => return None,
        })
    }
}

/// One indicator of the qualité de la pratique, as the physician's statement gives it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Resultat2011 {
    /// The patients (or boxes) the indicator is computed on, compared with its threshold.
    pub effectif: i64,
    /// The rate reached in the year, in % (treatments per 100 patients for the antibiotics);
    /// blank: not known.
    pub taux: DecimalInput,
    /// The physician's rate when they entered the dispositif, from which progress is measured;
    /// blank: not known.
    pub taux_initial: DecimalInput,
}

/// Sophia (II.3 c): the medical questionnaires the médecin traitant sent in the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sophia {
    /// First questionnaires of patients entering the programme.
    pub questionnaires: i64,
    /// Renewals of the questionnaire.
    pub renouvellements: i64,
}

/// The option of the 2011 convention the physician adheres to (II.1 a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionKind {
    #[default]
    Aucune,
    Demographie,
    SanteSolidariteTerritoriale,
}

/// How the physician works together with others (option démographie).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regroupement {
    /// In a group, whatever its legal form or composition.
    #[default]
    Groupe,
    /// Member of a pôle de santé (article L. 6323-4 CSP).
    PoleSante,
}

/// Where the cabinet is, in the zonage of the ARS of the 2011 convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lieu {
    ZoneDeficitaire,
    /// Within 5 km of a zone déficitaire in a rural zone, 2 km in an urban one.
    Proximite,
    #[default]
    HorsZone,
}

/// The options démographie and santé solidarité territoriale (II.1 a): the adhesion and what the
/// aids are computed on, for the calculation year.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options2011 {
    pub option: OptionKind,
    pub date_adhesion: DateInput,
    pub regroupement: Regroupement,
    pub lieu: Lieu,
    /// Share of the activity for patients living in the zone déficitaire, in %.
    pub part_activite_zone: DecimalInput,
    /// Secteur 2: adhering to the option de coordination, or committed to the tarifs opposables
    /// in the zone.
    pub secteur_2_tarifs_opposables: bool,
    /// Honoraires sans dépassement (C or CS + V or VS) made in the zone in the year, in €.
    pub honoraires_zone: DecimalInput,
    /// Days worked in the zone déficitaire in the year (option santé solidarité territoriale).
    pub jours_zone: i64,
}

/// The avenant 20 of the 2005 convention, prorogued until the new zonage (II.1 a).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Avenant20 {
    pub adherent: bool,
    /// The yearly aid of the avenant 20 at its full rate, in € (computed by the avenant 20,
    /// which is not in the sources).
    pub aide_annuelle: DecimalInput,
    /// The year the ARS's new zonage came into force (0: not yet).
    pub annee_nouveau_zonage: i64,
    /// Whether the cabinet's zone is still déficitaire in the new zonage.
    pub zone_reste_deficitaire: bool,
}

/// An indicator of the organisation du cabinet as the form shows it.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationField {
    pub cle: &'static str,
    pub libelle: &'static str,
    pub points: String,
    pub medecin_traitant: bool,
}

/// An indicator of the qualité de la pratique as the form shows it: its target and threshold
/// beside the inputs.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorField {
    pub cle: &'static str,
    pub libelle: &'static str,
    pub volet: &'static str,
    /// « ≥ 65 % », « ≤ 37 pour 100 patients ».
    pub objectif: String,
    /// « 10 patients », « 130 boîtes ».
    pub seuil: String,
    pub points: String,
    /// What the rate is: « % » or « pour 100 patients ».
    pub unite_taux: &'static str,
}

/// The grid of the 2011 ROSP for the form, with the values of the signed text.
#[derive(Debug, Clone, Serialize)]
pub struct Rosp2011Form {
    pub organisation: Vec<OrganisationField>,
    pub indicateurs: Vec<IndicatorField>,
}

/// The grid of the 2011 ROSP as the form shows it (the values of its first year).
pub fn form() -> Rosp2011Form {
    use crate::money::plain;
    use crate::params::rosp_2011::{Echelle, Sens, INDICATORS, ORGANISATION};
    let params = crate::params::Parameters::official();
    let value = |p| {
        params
            .get(p, crate::params::ROSP_START)
            .map_or_else(|_| "—".to_owned(), |r| plain(r.value))
    };
    Rosp2011Form {
        organisation: ORGANISATION
            .iter()
            .map(|o| OrganisationField {
                cle: o.key,
                libelle: o.label(),
                points: value(o.points),
                medecin_traitant: o.medecin_traitant,
            })
            .collect(),
        indicateurs: INDICATORS
            .iter()
            .map(|i| {
                let unite_taux = match i.echelle {
                    Echelle::Pourcentage => "%",
                    Echelle::PourCentPatients => "pour 100 patients",
                };
                let cmp = if i.sens == Sens::Hausse { "≥" } else { "≤" };
                IndicatorField {
                    cle: i.key,
                    libelle: i.label(),
                    volet: i.volet.libelle(),
                    objectif: format!("{cmp} {} {unite_taux}", value(i.objectif)),
                    seuil: format!("{} {}", value(i.seuil), i.compte),
                    points: value(i.points),
                    unite_taux,
                }
            })
            .collect(),
    }
}
