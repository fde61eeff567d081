//! Consultations avancées en ZIP, from 2026 — Circulaire CNAM du 31/07/2024, §3.2 B: for
//! physicians not installed (cabinet principal or secondaire) in a ZIP who consult there
//! occasionally, 200 € per half-day, at most 6 half-days a month. Any sector, but secteur 2
//! without OPTAM only at tarif opposable; a physician keeping a CSTM contract is not in the scheme
//! until they resign it.

use rust_decimal::Decimal;

use crate::input::{ContractKind, Optam, Profile, Secteur};
use crate::money::{count, euros, plain};
use crate::params::{convention_2024::SET as CONVENTION_2024, NotInForce, Parameters, Resolved};
use crate::report::{Dispositif, Group, Line, Payment};

use super::{InForce, Lifecycle, Rule, Year};

const CODE: &str = "CONSULTATIONS_AVANCEES";
const LIBELLE: &str = "Consultations avancées en ZIP";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le forfait de consultations avancées",
    feminine: false,
    replaces: Some("il succède au CSTM"),
    replaced_by: None,
};

fn source() -> String {
    CONVENTION_2024.cite("§3.2 B")
}

#[derive(Debug, Clone)]
pub struct Params {
    half_day: Resolved,
    monthly_cap: Resolved,
}

#[derive(Debug, Clone)]
pub struct ConsultationsAvancees(InForce<Params>);

impl ConsultationsAvancees {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Ok::<_, NotInForce>(Params {
                half_day: params.get("ca.demi_journee", year.parameters_date)?,
                monthly_cap: params.get("ca.plafond_mensuel", year.parameters_date)?,
            })
        }))
    }
}

/// Why the physician is not in the scheme this year, if so.
fn exclusion(profile: &Profile, year: Year) -> Option<&'static str> {
    let e = &profile.exercice;
    if e.installe_en_zip() {
        return Some(
            "Le dispositif s'adresse aux médecins qui ne sont pas installés en ZIP (cabinet principal ou \
             secondaire) : vous y êtes installé."
        );
    }
    if let Some(c) = &e.contrat_demographique {
        if c.kind == ContractKind::Cstm && c.runs_on(year.parameters_date) {
            return Some(
                "Votre contrat CSTM est conservé : il continue de rémunérer vos interventions en ZIP et \
                 exclut les consultations avancées. Le résilier ouvrirait ce forfait (§3.2 B)."
            );
        }
    }
    if e.secteur == Secteur::Deux
        && e.optam == Optam::Aucune
        && !profile.consultations_avancees.tarif_opposable
    {
        return Some(
            "En secteur 2 sans OPTAM, les consultations avancées doivent être faites au tarif opposable pour \
             ouvrir droit au forfait."
        );
    }
    None
}

/// Half-days paid in a month: those done, up to the monthly cap.
fn paid(done: i64, p: &Params) -> Decimal {
    Decimal::from(done.max(0)).min(p.monthly_cap.value)
}

impl Rule for ConsultationsAvancees {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, year: Year) -> Decimal {
        match &self.0 {
            InForce::Yes(p) if exclusion(profile, year).is_none() => profile
                .consultations_avancees
                .demi_journees
                .iter()
                .map(|n| paid(*n, p) * p.half_day.value)
                .sum(),
            _ => Decimal::ZERO,
        }
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        self.0.explain(CODE, LIBELLE, source, |p| {
        if let Some(motif) = exclusion(profile, year) {
            return Dispositif::not_applicable(CODE, LIBELLE, source(), motif.to_owned());
        }
        let lines: Vec<Line> = profile
            .consultations_avancees
            .demi_journees
            .iter()
            .zip(crate::input::MOIS)
            .enumerate()
            .filter(|(_, (n, _))| **n > 0)
            .map(|(i, (n, month))| {
                let kept = paid(*n, p);
                let capped = Decimal::from(*n) > kept;
                let line = Line::new(
                    format!("CONSULTATIONS_AVANCEES.MOIS_{:02}", i + 1),
                    format!("Demi-journées en ZIP, {month}"),
                    format!(
                        "{} demi-journée(s){} × {}",
                        count(*n),
                        if capped {
                            format!(", dont {} rémunérées (plafond mensuel)", plain(kept))
                        } else {
                            String::new()
                        },
                        euros(p.half_day.value)
                    ),
                    kept * p.half_day.value,
                    format!("{} ; {}", p.half_day.citation, p.monthly_cap.citation),
                );
                if capped {
                    line.note(format!(
                        "Au-delà de {} demi-journées dans le mois, les demi-journées ne sont pas rémunérées.",
                        plain(p.monthly_cap.value)
                    ))
                } else {
                    line
                }
            })
            .collect();
        let lines = if lines.is_empty() {
            vec![Line::new(
                "CONSULTATIONS_AVANCEES.AUCUNE",
                "Demi-journées de consultations avancées en ZIP",
                "Aucune demi-journée déclarée pour l'année".to_owned(),
                Decimal::ZERO,
                p.half_day.citation.clone(),
            )]
        } else {
            lines
        };
        let groups = vec![Group::new("CONSULTATIONS_AVANCEES.MOIS", "Par mois", lines)];
        let total: Decimal = groups.iter().map(|g| g.sous_total).sum();
        let payments = vec![Payment::new(
            format!("Année {}", year.annee),
            "Consultations avancées en ZIP",
            total,
            source(),
        )
        .interpretation(
                    "Le §3.2 B ne donne pas le calendrier de versement : le forfait est présenté dans l'année."
                        .to_owned(),
        )];
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
        })
    }
}
