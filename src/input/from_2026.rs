//! What the dispositifs created by the 2024 convention from 2026 read, beyond the patientèle and
//! the digital usage: consultations avancées, sobriété, groupes d'amélioration des pratiques.

use serde::{Deserialize, Serialize};

/// Consultations avancées in a ZIP where the physician is not installed (circulaire du
/// 31/07/2024, §3.2 B).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConsultationsAvancees {
    /// Half-days done in the year, January to December.
    pub demi_journees: [i64; 12],
    /// Consultations done at tarif opposable (required of secteur 2 without OPTAM).
    pub tarif_opposable: bool,
}

/// Pertinence et qualité (circulaire du 31/07/2024, §9.4 B and §9.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Qualite {
    /// Among the most sober prescribers, by the « ratio de sobriété » (the texts do not define
    /// the threshold: the physician states it).
    pub prescripteur_sobre: bool,
    /// Groupes d'amélioration des pratiques attended in the year (sessions of two hours).
    pub seances_gap: i64,
}
