//! Pertinence et qualité des soins — Circulaire CNAM du 31/07/2024: sobriété de prescription
//! (§9.5, 1 000 € from 2026 for the most sober prescribers; the texts do not define the threshold,
//! the physician states it) and groupes d'amélioration des pratiques (§9.4 B, 140 € per two-hour
//! session).

use crate::input::Profile;
use crate::money::{count, euros, Cents};
use crate::params::{qualite as q, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Group, Line, Payment};

use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La rémunération de la sobriété et des GAP",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

#[derive(Debug, Clone)]
pub struct Params {
    sobriete: Option<Resolved>,
    gap: Option<Resolved>,
}

#[derive(Debug, Clone)]
pub struct Qualite(InForce<Params>);

impl Qualite {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let sobriete = params.get(&q::SOBRIETE, year.parameters_date).ok();
        // Sessions of the year: the indemnity in force at its end (it starts on 22/06/2024).
        let gap = params.get(&q::GAP_SEANCE, year.end_date).ok();
        Self(InForce::resolve(&LIFECYCLE, year, || {
            if sobriete.is_none() && gap.is_none() {
                params.get(&q::GAP_SEANCE, year.end_date)?;
            }
            Ok(Params { sobriete, gap })
        }))
    }
}

/// The sobriété forfait and the GAP sessions' indemnity.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    sobriete: Cents,
    gap: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.sobriete + self.gap
    }
}

impl Computation for Qualite {
    const CODE: &'static str = "QUALITE";
    const LIBELLE: &'static str = "Pertinence et qualité (sobriété, GAP)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§9.4 B et §9.5")
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let q = &profile.qualite;
        Ok(Amounts {
            sobriete: p
                .sobriete
                .as_ref()
                .filter(|_| q.prescripteur_sobre)
                .map_or(Cents::ZERO, |r| Cents::of(r.value)),
            gap: p
                .gap
                .as_ref()
                .map_or(Cents::ZERO, |r| Cents::times(q.seances_gap, r.value)),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let q = &profile.qualite;
        let mut lines = Vec::new();
        if let Some(r) = &p.sobriete {
            lines.push(
                Line::new(
                    "QUALITE.SOBRIETE",
                    "Prescripteur parmi les plus sobres (ratio de sobriété)",
                    detail.text(|| {
                        if q.prescripteur_sobre {
                            format!("déclaré parmi les plus sobres → {}", euros(r.value))
                        } else {
                            "non déclaré parmi les plus sobres".to_owned()
                        }
                    }),
                    a.sobriete,
                    detail.text(|| r.citation()),
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
                detail.text(|| {
                    format!(
                        "{} séance(s) de 2 heures × {}",
                        count(q.seances_gap),
                        euros(r.value)
                    )
                }),
                a.gap,
                detail.text(|| r.citation()),
            ));
        }
        Explained {
            groups: vec![Group::new("QUALITE.LIGNES", "Pertinence et qualité", lines)],
            payments: vec![Payment::new(
                format!("Année {}", year.annee),
                "Sobriété et GAP",
                (a.sobriete + a.gap).value(),
                Self::source,
            )
            .interpretation(
                "Les textes ne datent pas ces versements : ils sont présentés dans l'année.",
            )],
        }
    }
}
