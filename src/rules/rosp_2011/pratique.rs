//! The qualité de la pratique of the 2011 ROSP (circulaire CNAMTS 19/2011, II.4 b and c): 24
//! indicators for the médecin traitant, each with its target, its threshold (below it, the
//! indicator is not computed) and its points, set for a patientèle of 800 and weighted by the
//! real one. The pay « tient compte de la progression et de l'atteinte des objectifs » without a
//! formula in the sources (annexe XVII): the calculator pays the share of the way made from the
//! starting rate to the target (see [`share`]).

use rust_decimal::Decimal;

use crate::input::{Profile, Resultat2011};
use crate::money::{count, pct, plain, Cents};
use crate::params::rosp_2011::{Echelle, Sens, Volet};
use crate::report::{famille, Detail, Group, Line};

use super::organisation::MEDECIN_TRAITANT;
use super::point::PointValue;
use super::{IndicatorParams, Params};

/// The reading of « progression et atteinte des objectifs », on every line.
const PROGRESS: &str =
    "Le texte ne donne pas la formule de la progression (annexe XVII, hors sources) : chaque \
     indicateur rapporte la part du chemin parcouru depuis le taux de départ vers l'objectif, \
     soit (taux − taux de départ) / (objectif − taux de départ), tous ses points à l'objectif ou \
     au-delà ; aucun point sans taux de départ saisi, ni si le taux de départ atteignait déjà \
     l'objectif et que le taux n'y est plus.";
/// Which patientèle weights the points.
const WEIGHTING: &str =
    "La patientèle réelle de la pondération (points × patients / 800) est la patientèle médecin \
     traitant saisie, au 31/12 de l'année précédente.";

/// The share of an indicator's points earned, from 0 to 1: all of them at the target or beyond;
/// otherwise the way made from the starting rate towards the target, if the start was short of it.
pub fn share(rate: Decimal, start: Option<Decimal>, target: Decimal, sens: Sens) -> Decimal {
    let (way, made) = match sens {
        Sens::Hausse if rate >= target => return Decimal::ONE,
        Sens::Baisse if rate <= target => return Decimal::ONE,
        Sens::Hausse => start.map(|s| (target - s, rate - s)),
        Sens::Baisse => start.map(|s| (s - target, s - rate)),
    }
    .unwrap_or_default();
    if way <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    (made.max(Decimal::ZERO) / way).min(Decimal::ONE)
}

/// What an indicator gives, and why.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    NotMedecinTraitant,
    BelowThreshold,
    RateUnknown,
    Scored(Score),
}

#[derive(Debug, Clone, Copy)]
struct Score {
    rate: Decimal,
    start: Option<Decimal>,
    share: Decimal,
    /// The indicator's points × share, before weighting.
    points: Decimal,
    /// After weighting by the patientèle.
    weighted: Decimal,
}

#[derive(Debug, Clone)]
pub struct Amounts {
    patients: i64,
    lines: Vec<(Outcome, Cents)>,
}

fn outcome(
    i: &IndicatorParams,
    r: Option<&Resultat2011>,
    patients: i64,
    reference: Decimal,
) -> Outcome {
    let r = r.cloned().unwrap_or_default();
    if patients == 0 {
        return Outcome::NotMedecinTraitant;
    }
    if Decimal::from(r.effectif) < i.seuil.value {
        return Outcome::BelowThreshold;
    }
    if r.taux.is_empty() {
        return Outcome::RateUnknown;
    }
    let rate = r.taux.value();
    let start = (!r.taux_initial.is_empty()).then(|| r.taux_initial.value());
    let share = share(rate, start, i.objectif.value, i.def.sens);
    let points = i.points.value * share;
    // The reference is at least 1 (its domain).
    let weighted = points * Decimal::from(patients) / reference;
    Outcome::Scored(Score {
        rate,
        start,
        share,
        points,
        weighted,
    })
}

impl Amounts {
    pub fn of(p: &Params, profile: &Profile, point: &PointValue) -> Self {
        let patients = profile.patientele.total();
        let results = &profile.rosp_2011.indicateurs;
        let lines = p
            .indicators
            .iter()
            .map(|i| {
                let o = outcome(i, results.get(i.def.key), patients, p.reference.value);
                let amount = match o {
                    Outcome::Scored(s) => Cents::of(s.weighted * point.value),
                    _ => Cents::ZERO,
                };
                (o, amount)
            })
            .collect();
        Self { patients, lines }
    }

    pub fn total(&self) -> Cents {
        self.lines.iter().map(|(_, c)| *c).sum()
    }

    /// One group per volet, in the order of II.4 b).
    pub fn groups(
        &self,
        p: &Params,
        profile: &Profile,
        point: &PointValue,
        detail: Detail,
    ) -> Vec<Group> {
        let results = &profile.rosp_2011.indicateurs;
        [Volet::Chroniques, Volet::Prevention, Volet::Efficience]
            .into_iter()
            .map(|volet| {
                let lines = p
                    .indicators
                    .iter()
                    .zip(&self.lines)
                    .filter(|(i, _)| i.def.volet == volet)
                    .map(|(i, (o, amount))| {
                        let r = results.get(i.def.key).cloned().unwrap_or_default();
                        self.line(p, i, &r, (*o, *amount), point, detail)
                    })
                    .collect();
                let (code, libelle) = match volet {
                    Volet::Chroniques => (
                        "ROSP_2011.CHRONIQUES",
                        "Qualité de la pratique : suivi des pathologies chroniques",
                    ),
                    Volet::Prevention => (
                        "ROSP_2011.PREVENTION",
                        "Qualité de la pratique : prévention",
                    ),
                    Volet::Efficience => (
                        "ROSP_2011.EFFICIENCE",
                        "Qualité de la pratique : efficience des prescriptions",
                    ),
                };
                Group::new(code, libelle, lines)
            })
            .collect()
    }

    fn line(
        &self,
        p: &Params,
        i: &IndicatorParams,
        r: &Resultat2011,
        (o, amount): (Outcome, Cents),
        point: &PointValue,
        detail: Detail,
    ) -> Line {
        let def = i.def;
        let formula = || match o {
            Outcome::NotMedecinTraitant => {
                "Réservé au médecin traitant : aucun patient médecin traitant".to_owned()
            }
            Outcome::BelowThreshold => format!(
                "Effectif de {} sous le seuil de {} {} : indicateur non calculé",
                counted(r.effectif, def.compte),
                plain(i.seuil.value),
                def.compte
            ),
            Outcome::RateUnknown => "Taux non saisi : indicateur non calculé".to_owned(),
            Outcome::Scored(s) => self.scored(p, i, s, point),
        };
        let mut line = Line::new(
            format!("ROSP_2011.{}", def.key.to_ascii_uppercase()),
            def.label(),
            detail.text(formula),
            amount,
            detail.text(|| point.citation(&[&i.objectif, &i.seuil, &i.points, &p.reference])),
        )
        .interpretation(PROGRESS)
        .interpretation(WEIGHTING)
        .interpretations(point.reading())
        .famille(famille::PREVENTION);
        if matches!(o, Outcome::NotMedecinTraitant) {
            line = line.interpretation(MEDECIN_TRAITANT);
        }
        if def.sens == Sens::Baisse {
            line = line.note_in(detail, || {
                "Indicateur à la baisse : l'objectif est un taux à ne pas dépasser."
            });
        }
        match def.note() {
            Some(note) => line.note_in(detail, || note),
            None => line,
        }
    }

    /// « Taux 52 %, départ 40 %, objectif ≥ 65 % : (52 − 40) / (65 − 40) = 48 % des 30 points =
    /// 14,4 points × 1 016 / 800 = 18,29 points × 7 € »
    fn scored(&self, p: &Params, i: &IndicatorParams, s: Score, point: &PointValue) -> String {
        let def = i.def;
        let rate = |v: Decimal| match def.echelle {
            Echelle::Pourcentage => pct(v),
            Echelle::PourCentPatients => format!("{} pour 100 patients", plain(v)),
        };
        let cmp = if def.sens == Sens::Hausse {
            "≥"
        } else {
            "≤"
        };
        let target = format!("objectif {cmp} {}", rate(i.objectif.value));
        let weighting = format!(
            "{} points × {} / {} = {} points × {}",
            plain(s.points.round_dp(2)),
            count(self.patients),
            plain(p.reference.value),
            plain(s.weighted.round_dp(2)),
            point.formula()
        );
        if reached(s.rate, i) {
            return format!("Taux {} : {target} atteint ; {weighting}", rate(s.rate));
        }
        let Some(start) = s.start else {
            return format!(
                "Taux {}, {target} non atteint, taux de départ non saisi : 0 point",
                rate(s.rate)
            );
        };
        let minus = |a: Decimal, b: Decimal| format!("{} − {}", plain(a), plain(b));
        let (made, way) = match def.sens {
            Sens::Hausse => (minus(s.rate, start), minus(i.objectif.value, start)),
            Sens::Baisse => (minus(start, s.rate), minus(start, i.objectif.value)),
        };
        if reached(start, i) {
            return format!(
                "Taux {}, {target} non atteint alors que le taux de départ ({}) l'atteignait : 0 point",
                rate(s.rate),
                rate(start)
            );
        }
        format!(
            "Taux {}, départ {}, {target} : progression ({made}) / ({way}) = {} des {} points = {weighting}",
            rate(s.rate),
            rate(start),
            pct((s.share * Decimal::ONE_HUNDRED).round_dp(2)),
            plain(i.points.value)
        )
    }
}

/// Whether `rate` is at the indicator's target or beyond it.
fn reached(rate: Decimal, i: &IndicatorParams) -> bool {
    match i.def.sens {
        Sens::Hausse => rate >= i.objectif.value,
        Sens::Baisse => rate <= i.objectif.value,
    }
}

/// « 0 patient », « 12 boîtes »: the unit is plural from 2.
fn counted(n: i64, unit: &str) -> String {
    let unit = if n > 1 {
        unit
    } else {
        unit.trim_end_matches('s')
    };
    format!("{} {unit}", count(n))
}
