//! Pertinence et qualité des soins — Circulaire CNAM du 31/07/2024: sobriété de prescription
//! (§9.5, 1 000 € from 2026 for the most sober prescribers; the texts do not define the threshold,
//! the physician states it) and groupes d'amélioration des pratiques (§9.4 B, 140 € per two-hour
//! session).

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{count, euros};
use crate::params::{Parameters, Resolved, CONVENTION_2024};
use crate::report::{Dispositif, Group, Line, Payment};

use super::{InForce, Lifecycle, Rule, Year};

const CODE: &str = "QUALITE";
const LIBELLE: &str = "Pertinence et qualité (sobriété, GAP)";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La rémunération de la sobriété et des GAP",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

fn source() -> String {
    CONVENTION_2024.cite("§9.4 B et §9.5")
}

#[derive(Debug, Clone)]
pub struct Params {
    sobriete: Option<Resolved>,
    gap: Option<Resolved>,
}

#[derive(Debug, Clone)]
pub struct Qualite(InForce<Params>);

impl Qualite {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let sobriete = params
            .get(&crate::params::qualite::SOBRIETE, year.parameters_date)
            .ok();
        // Sessions of the year: the indemnity in force at its end (it starts on 22/06/2024).
        let gap = params
            .get(&crate::params::qualite::GAP_SEANCE, year.end_date)
            .ok();
        Self(InForce::resolve(&LIFECYCLE, year, || {
            if sobriete.is_none() && gap.is_none() {
                params.get(&crate::params::qualite::GAP_SEANCE, year.end_date)?;
            }
            Ok(Params { sobriete, gap })
        }))
    }
}

impl Params {
    fn amounts(&self, profile: &Profile) -> [Decimal; 2] {
        let q = &profile.qualite;
        [
            self.sobriete
                .as_ref()
                .filter(|_| q.prescripteur_sobre)
                .map_or(Decimal::ZERO, |r| r.value),
            self.gap
                .as_ref()
                .map_or(Decimal::ZERO, |r| Decimal::from(q.seances_gap) * r.value),
        ]
    }
}

impl Rule for Qualite {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, _year: Year) -> Decimal {
        self.0.total(|p| p.amounts(profile).iter().sum())
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        self.0.explain(CODE, LIBELLE, source, |p| {
        let [sobriete, gap] = p.amounts(profile);
        let q = &profile.qualite;
        let mut lines = Vec::new();
        if let Some(r) = &p.sobriete {
            lines.push(
                Line::new(
                    "QUALITE.SOBRIETE",
                    "Prescripteur parmi les plus sobres (ratio de sobriété)",
                    if q.prescripteur_sobre {
                        format!("déclaré parmi les plus sobres → {}", euros(r.value))
                    } else {
                        "non déclaré parmi les plus sobres".to_owned()
                    },
                    sobriete,
                    r.citation.clone(),
                )
                .interpretation(
                    "Le §9.5 ne définit pas le seuil du ratio de sobriété : le médecin déclare s'il fait \
                     partie des prescripteurs les plus sobres.",
                ),
            );
        }
        if let Some(r) = &p.gap {
            lines.push(Line::new(
                "QUALITE.GAP",
                "Groupes d'amélioration des pratiques",
                format!(
                    "{} séance(s) de 2 heures × {}",
                    count(q.seances_gap),
                    euros(r.value)
                ),
                gap,
                r.citation.clone(),
            ));
        }
        let groups = vec![Group::new("QUALITE.LIGNES", "Pertinence et qualité", lines)];
        let total: Decimal = groups.iter().map(|g| g.sous_total).sum();
        let payments = vec![Payment::new(
            format!("Année {}", year.annee),
            "Sobriété et GAP",
            total,
            source(),
        )
        .interpretation(
            "Les textes ne datent pas ces versements : ils sont présentés dans l'année.",
        )];
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
        })
    }
}
