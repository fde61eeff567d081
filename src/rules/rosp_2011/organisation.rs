//! The organisation du cabinet of the 2011 ROSP (circulaire CNAMTS 19/2011, II.4 b): five
//! justificatifs worth their points each, for every physician — the synthèse annuelle for the
//! médecin traitant only — and paid only with equipment at the last SESAM-Vitale cahier des
//! charges and a télétransmission rate of at least 2/3.

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{pct, Cents};
use crate::params::rosp_2011::ORGANISATION;
use crate::report::{famille, Detail, Line};

use super::point::PointValue;
use super::Params;

/// The points of the organisation are not weighted by the patientèle.
const NOT_WEIGHTED: &str =
    "Les points de l'organisation du cabinet, synthèse annuelle comprise, ne sont pas pondérés par \
     la patientèle : la pondération (II.4 c) accompagne la progression vers des objectifs, que seuls \
     les indicateurs de la qualité de la pratique ont.";
/// Where the télétransmission rate comes from.
const RATE: &str =
    "Le taux de télétransmission est celui des feuilles de soins électroniques saisi dans « Équipement \
     et usages numériques » (FSE télétransmises sur l'ensemble des feuilles de soins de l'année).";
/// Who is a médecin traitant.
pub const MEDECIN_TRAITANT: &str =
    "Est médecin traitant, pour la ROSP de 2011, le médecin qui a au moins un patient dans sa \
     patientèle médecin traitant saisie.";

/// The condition of the whole organisation part: SESAM-Vitale equipment and télétransmission.
#[derive(Debug, Clone, Copy)]
struct Gate {
    sesam_vitale: bool,
    /// The télétransmission rate in %, if there are feuilles de soins.
    rate: Option<Decimal>,
    met: bool,
}

/// Why an indicator pays or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Paid,
    NotProvided,
    ReservedToMedecinTraitant,
    Gated,
}

#[derive(Debug, Clone)]
pub struct Amounts {
    gate: Gate,
    lines: Vec<(Outcome, Cents)>,
}

impl Amounts {
    pub fn of(p: &Params, profile: &Profile, point: &PointValue) -> Self {
        let n = &profile.numerique;
        let rate = n.fse.percent();
        let gate = Gate {
            sesam_vitale: n.cahier_des_charges_sesam_vitale,
            rate,
            met: n.cahier_des_charges_sesam_vitale
                && rate.is_some_and(|r| r >= p.teletransmission.value),
        };
        let medecin_traitant = profile.patientele.total() > 0;
        let lines = ORGANISATION
            .iter()
            .zip(&p.organisation)
            .map(|(o, points)| {
                let outcome = if !profile.rosp_2011.organisation.met(o.key).unwrap_or(false) {
                    Outcome::NotProvided
                } else if o.medecin_traitant && !medecin_traitant {
                    Outcome::ReservedToMedecinTraitant
                } else if !gate.met {
                    Outcome::Gated
                } else {
                    Outcome::Paid
                };
                let amount = if outcome == Outcome::Paid {
                    Cents::of(points.value * point.value)
                } else {
                    Cents::ZERO
                };
                (outcome, amount)
            })
            .collect();
        Self { gate, lines }
    }

    pub fn total(&self) -> Cents {
        self.lines.iter().map(|(_, c)| *c).sum()
    }

    pub fn lines(&self, p: &Params, point: &PointValue, detail: Detail) -> Vec<Line> {
        ORGANISATION
            .iter()
            .zip(&p.organisation)
            .zip(&self.lines)
            .map(|((o, points), (outcome, amount))| {
                let formula = || match outcome {
                    Outcome::Paid => point.times(points.value),
                    Outcome::NotProvided => "Justificatif non fourni : 0 point".to_owned(),
                    Outcome::ReservedToMedecinTraitant => {
                        "Réservé au médecin traitant : aucun patient médecin traitant".to_owned()
                    }
                    Outcome::Gated => format!(
                        "{} points non versés : {}",
                        crate::money::plain(points.value),
                        self.gate_failure(p)
                    ),
                };
                let mut line = Line::new(
                    format!("ROSP_2011.ORGANISATION.{}", o.key.to_ascii_uppercase()),
                    o.label(),
                    detail.text(formula),
                    *amount,
                    detail.text(|| point.citation(&[points, &p.teletransmission])),
                )
                .interpretation(NOT_WEIGHTED)
                .interpretation(RATE)
                .interpretations(point.reading())
                .famille(famille::NUMERIQUE);
                if o.medecin_traitant {
                    line = line.interpretation(MEDECIN_TRAITANT);
                }
                line
            })
            .collect()
    }

    /// Why the organisation part is not paid: « équipement … non conforme ; taux … ».
    fn gate_failure(&self, p: &Params) -> String {
        let mut reasons = Vec::new();
        if !self.gate.sesam_vitale {
            reasons.push(
                "équipement non conforme au dernier cahier des charges SESAM-Vitale".to_owned(),
            );
        }
        let threshold = pct(p.teletransmission.value.round_dp(2));
        match self.gate.rate {
            None => reasons.push(format!(
                "aucune feuille de soins saisie, taux de télétransmission inconnu (il faut au moins {threshold})"
            )),
            Some(r) if r < p.teletransmission.value => reasons.push(format!(
                "taux de télétransmission de {} sous les {threshold}",
                pct(r.round_dp(1))
            )),
            Some(_) => {}
        }
        reasons.join(" ; ")
    }
}
