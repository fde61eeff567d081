//! Consultations avancées en ZIP, from 2026 — Circulaire CNAM du 31/07/2024, §3.2 B: for
//! physicians not installed (cabinet principal or secondaire) in a ZIP who consult there
//! occasionally, 200 € per half-day, at most 6 half-days a month. Any sector, but secteur 2
//! without OPTAM only at tarif opposable; a physician keeping a CSTM contract is not in the scheme
//! until they resign it.

use rust_decimal::Decimal;

use crate::input::{ContractKind, Optam, Profile, Secteur, Zonage};
use crate::money::{count, euros, plain, Cents};
use crate::params::{
    consultations_avancees as ca, NotInForce, Parameters, Resolved, CONVENTION_2024,
};
use crate::report::{Group, Line, Payment};

use super::kit::{Computation, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le forfait de consultations avancées",
    feminine: false,
    replaces: Some("il succède au CSTM"),
    replaced_by: None,
};
const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

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
                half_day: params.get(&ca::DEMI_JOURNEE, year.parameters_date)?,
                monthly_cap: params.get(&ca::PLAFOND_MENSUEL, year.parameters_date)?,
            })
        }))
    }
}

/// Why the physician is not in the scheme this year, if so.
fn exclusion(profile: &Profile, year: Year) -> Option<&'static str> {
    let e = &profile.exercice;
    if e.zonage == Zonage::Zip || e.cabinet_secondaire_zip {
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

/// Each month's half-days paid and what they pay.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    paid: [Decimal; 12],
    months: [Cents; 12],
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.months.iter().sum()
    }
}

impl Computation for ConsultationsAvancees {
    const CODE: &'static str = "CONSULTATIONS_AVANCEES";
    const LIBELLE: &'static str = "Consultations avancées en ZIP";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§3.2 B")
    }

    fn amounts(p: &Params, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        if let Some(motif) = exclusion(profile, year) {
            return Err(NotApplicable::new(motif));
        }
        let done = &profile.consultations_avancees.demi_journees;
        let paid = done.map(|n| paid(n, p));
        Ok(Amounts {
            paid,
            months: paid.map(|n| Cents::of(n * p.half_day.value)),
        })
    }

    fn explain(p: &Params, profile: &Profile, year: Year, a: &Amounts) -> Explained {
        let done = &profile.consultations_avancees.demi_journees;
        let lines: Vec<Line> = (0..12)
            .filter(|&i| done[i] > 0)
            .map(|i| month_line(i, done[i], a, p))
            .collect();
        let lines = if lines.is_empty() {
            vec![Line::new(
                "CONSULTATIONS_AVANCEES.AUCUNE",
                "Demi-journées de consultations avancées en ZIP",
                "Aucune demi-journée déclarée pour l'année".to_owned(),
                Cents::ZERO,
                p.half_day.citation.clone(),
            )]
        } else {
            lines
        };
        Explained {
            groups: vec![Group::new("CONSULTATIONS_AVANCEES.MOIS", "Par mois", lines)],
            payments: vec![Payment::new(
                format!("Année {}", year.annee),
                "Consultations avancées en ZIP",
                a.months.iter().sum::<Cents>().value(),
                Self::source(),
            )
            .interpretation(
                "Le §3.2 B ne donne pas le calendrier de versement : le forfait est présenté dans l'année.",
            )],
        }
    }
}

/// The line of month `i` (0 for January), where `done` half-days were declared.
fn month_line(i: usize, done: i64, a: &Amounts, p: &Params) -> Line {
    let kept = a.paid[i];
    let capped = Decimal::from(done) > kept;
    let line = Line::new(
        format!("CONSULTATIONS_AVANCEES.MOIS_{:02}", i + 1),
        format!("Demi-journées en ZIP, {}", MONTHS[i]),
        format!(
            "{} demi-journée(s){} × {}",
            count(done),
            if capped {
                format!(", dont {} rémunérées (plafond mensuel)", plain(kept))
            } else {
                String::new()
            },
            euros(p.half_day.value)
        ),
        a.months[i],
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
}
