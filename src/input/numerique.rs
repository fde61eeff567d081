//! Digital equipment and the usage of the téléservices, shared by the forfait structure (until
//! 2025) and the DONUM (from 2026): each service as numerator and denominator, so that rates and
//! neutralisations are computed, not guessed.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Usage {
    /// Acts done through the téléservice.
    pub numerateur: i64,
    /// All acts of the kind, on paper or online.
    pub denominateur: i64,
}

impl Usage {
    /// The rate in % (exact decimal), if there is a denominator.
    pub fn percent(&self) -> Option<Decimal> {
        (self.denominateur > 0).then(|| {
            Decimal::from(self.numerateur) * Decimal::ONE_HUNDRED / Decimal::from(self.denominateur)
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Numerique {
    /// Logiciel métier with a HAS-certified LAP (compatible DMP, then référencé Ségur).
    pub logiciel_lap: bool,
    /// Messagerie sécurisée de santé.
    pub messagerie_securisee: bool,
    /// SESAM-Vitale specifications up to date with the addenda published by 31/12 of n−1.
    pub cahier_des_charges_sesam_vitale: bool,
    /// Arrêts de travail en ligne.
    pub aat: Usage,
    /// Déclarations médecin traitant dématérialisées.
    pub dcmt: Usage,
    /// Protocoles de soins électroniques.
    pub pse: Usage,
    /// Feuilles de soins électroniques télétransmises.
    pub fse: Usage,
    /// Certificats médicaux AT-MP dématérialisés.
    pub cm_atmp: Usage,
    /// Prescriptions électroniques de transport.
    pub spe: Usage,
    /// Déclarations simplifiées de grossesse en ligne.
    pub dsg: Usage,
    /// Consultations (or documents) feeding the DMP.
    pub dmp: Usage,
    /// Prescriptions of health products by ordonnance numérique (e-prescription).
    pub ordonnance_numerique: Usage,
    /// Consultations with a message to the patient through Mon espace santé's messaging.
    pub mss: Usage,
    /// FSE made with the application carte Vitale.
    pub app_carte_vitale: Usage,
}

/// One usage with its key and French label.
#[derive(Debug, Clone, Copy)]
pub struct UsageRef<'a> {
    pub key: &'static str,
    pub libelle: &'static str,
    pub usage: &'a Usage,
}

impl Numerique {
    pub fn usages(&self) -> [UsageRef<'_>; 11] {
        let u = |key, libelle, usage| UsageRef {
            key,
            libelle,
            usage,
        };
        [
            u("aat", "Arrêts de travail en ligne (AAT)", &self.aat),
            u(
                "dcmt",
                "Déclarations médecin traitant en ligne (DCMT)",
                &self.dcmt,
            ),
            u("pse", "Protocoles de soins électroniques (PSE)", &self.pse),
            u("fse", "Feuilles de soins télétransmises (FSE)", &self.fse),
            u(
                "cm_atmp",
                "Certificats AT-MP en ligne (CM AT-MP)",
                &self.cm_atmp,
            ),
            u(
                "spe",
                "Prescriptions électroniques de transport (SPE)",
                &self.spe,
            ),
            u(
                "dsg",
                "Déclarations simplifiées de grossesse en ligne (DSG)",
                &self.dsg,
            ),
            u("dmp", "Alimentation du DMP (Mon espace santé)", &self.dmp),
            u(
                "ordonnance_numerique",
                "Ordonnances numériques (e-prescription)",
                &self.ordonnance_numerique,
            ),
            u(
                "mss",
                "Messages aux patients par la messagerie de Mon espace santé",
                &self.mss,
            ),
            u(
                "app_carte_vitale",
                "FSE avec l'application carte Vitale",
                &self.app_carte_vitale,
            ),
        ]
    }

    /// The 11 usages' counts, in the order of [`Numerique::usages`]: a copy the validation reads
    /// without a branch.
    pub fn values(&self) -> [Usage; 11] {
        self.usages().map(|u| *u.usage)
    }

    /// The usage of a service by its key (a match, not a search): the forfait structure names
    /// its indicators' services by key; the DONUM reads the fields themselves.
    pub fn usage(&self, key: &str) -> Option<&Usage> {
        Some(match key {
            "aat" => &self.aat,
            "dcmt" => &self.dcmt,
            "pse" => &self.pse,
            "fse" => &self.fse,
            "cm_atmp" => &self.cm_atmp,
            "spe" => &self.spe,
            "dsg" => &self.dsg,
            "dmp" => &self.dmp,
            "ordonnance_numerique" => &self.ordonnance_numerique,
            "mss" => &self.mss,
            "app_carte_vitale" => &self.app_carte_vitale,
            _ => return None,
        })
    }
}
