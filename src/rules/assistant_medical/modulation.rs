//! The share of its maximum a contract year earns from its results — Circulaire CNAM du
//! 31/07/2024, §4.4 (objectives: an increase, or keeping the starting patientèle within a
//! tolerance at the P95 or from 65 years; the primo-installé's new objective) and §4.5 (the table
//! of the généralistes and pédiatres on file active and patientèle médecin traitant, of the other
//! specialists on the file active alone). Years 1 and 2 are paid in full (§4.2).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::input::date::full_years;
use crate::input::{BandePatientele, OptionEtp, Specialite, YearResults};
use crate::money::{count, pct, plain};
use crate::params::{assistant_medical as am, NotInForce, Parameters};

use super::{rule_value, Contract};

/// How a contract year's results were assessed, with every figure its explanation shows.
#[derive(Debug, Clone)]
pub enum Assessment {
    /// Years 1 and 2: paid in full whatever the results.
    Full,
    /// The year after a primo-installé's new objective: full rate (two years to reach it, §4.4).
    NewObjective,
    /// No results entered for the year: the maximal balance is shown.
    NotEntered,
    /// Keeping the starting patientèle within a tolerance.
    Maintain(Maintain),
    /// An increase of the patientèle (the table of §4.5).
    Growth(Growth),
}

/// Why the objective is to keep the starting patientèle (§4.4).
#[derive(Debug, Clone, Copy)]
pub enum Regime {
    /// At least this age at the signature.
    Age(Decimal),
    /// A patientèle at the P95 or above.
    P95,
}

#[derive(Debug, Clone)]
pub struct Maintain {
    regime: Regime,
    /// The decrease tolerated, in %.
    tolerance: Decimal,
    /// Each indicator's rate, in %; no PMT when it is not assessed.
    pfa: Decimal,
    pub pmt: Option<Decimal>,
    share: Decimal,
}

/// One indicator against its increase objective.
#[derive(Debug, Clone, Copy)]
pub struct Indicator {
    depart: i64,
    objectif: i64,
    realisee: i64,
}

#[derive(Debug, Clone)]
pub struct Growth {
    pfa: Indicator,
    /// No PMT when it is not assessed.
    pub pmt: Option<Indicator>,
    share: Decimal,
}

impl Assessment {
    /// The share of the maximum paid, in %.
    pub fn share(&self) -> Decimal {
        match self {
            Self::Full | Self::NewObjective | Self::NotEntered => Decimal::ONE_HUNDRED,
            Self::Maintain(m) => m.share,
            Self::Growth(g) => g.share,
        }
    }

    /// Whether a PMT was left out of the assessment (left empty by a généraliste or pédiatre).
    pub fn pmt_left_out(&self) -> bool {
        match self {
            Self::Maintain(m) => m.pmt.is_none(),
            Self::Growth(g) => g.pmt.is_none(),
            _ => false,
        }
    }

    /// The assessment in words, from its figures.
    pub fn explain(&self) -> String {
        match self {
            Self::Full => "versement intégral quelle que soit l'atteinte des objectifs".to_owned(),
            Self::NewObjective => {
                "nouvel objectif de primo-installé fixé l'an passé : aide à taux \
                                   plein (deux ans pour l'atteindre, §4.4)"
                    .to_owned()
            }
            Self::NotEntered => {
                "résultats de l'année non saisis : solde maximal affiché".to_owned()
            }
            Self::Maintain(m) => m.explain(),
            Self::Growth(g) => g.explain(),
        }
    }
}

/// The assessment of contract year `rang`, starting on `start`, whose amounts are `option`'s.
pub fn assess(
    c: &Contract,
    params: &Parameters,
    rang: i64,
    start: NaiveDate,
    option: OptionEtp,
) -> Result<Assessment, NotInForce> {
    let Ok(index) = usize::try_from(rang - 3) else {
        return Ok(Assessment::Full);
    };
    let results = &c.terms.resultats;
    let avenant_last_year = index
        .checked_sub(1)
        .and_then(|i| results.get(i))
        .is_some_and(|r| r.nouvel_objectif_primo_installe);
    if avenant_last_year {
        return Ok(Assessment::NewObjective);
    }
    let Some(r) = results.get(index) else {
        return Ok(Assessment::NotEntered);
    };
    let both = assessed_on_both(c, r);
    Ok(match regime(c, params, start, option)? {
        Some((regime, tolerance)) => Assessment::Maintain(maintain(r, both, regime, tolerance)),
        None => Assessment::Growth(growth(r, both)),
    })
}

/// Généralistes and pédiatres are assessed on PFA and PMT (§4.4); a PMT left empty (0 at the
/// start, as objective and as achieved) is not assessed: the PFA alone decides.
fn assessed_on_both(c: &Contract, r: &YearResults) -> bool {
    let pmt_entered = r.pmt_depart != 0 || r.pmt_objectif != 0 || r.pmt_realisee != 0;
    pmt_entered
        && matches!(
            c.profile.exercice.specialite,
            Specialite::MedecineGenerale | Specialite::Pediatrie
        )
}

/// The objective of keeping the starting patientèle and its tolerance, if the physician has one
/// (§4.4): from the age threshold, reached at the signature (the contract fixes the objectives),
/// or with a patientèle at the P95 or above — except for the options 1,5 and 2 ETP, whose
/// objective at the P95 is a fixed increase (§4.3).
fn regime(
    c: &Contract,
    params: &Parameters,
    start: NaiveDate,
    option: OptionEtp,
) -> Result<Option<(Regime, Decimal)>, NotInForce> {
    let threshold = rule_value(params, &am::AGE, c.signature)?.value;
    let age = c
        .profile
        .exercice
        .date_naissance
        .get()
        .map(|birth| full_years(birth, c.signature));
    if age.is_some_and(|a| Decimal::from(a) >= threshold) {
        let tolerance = rule_value(params, &am::TOLERANCE_AGE, start)?.value;
        return Ok(Some((Regime::Age(threshold), tolerance)));
    }
    let extension = matches!(option, OptionEtp::UnEtDemi | OptionEtp::Deux);
    if c.terms.bande_patientele == BandePatientele::P95EtPlus && !extension {
        let tolerance = rule_value(params, &am::TOLERANCE_P95, start)?.value;
        return Ok(Some((Regime::P95, tolerance)));
    }
    Ok(None)
}

/// Keeping one indicator: 100 % down to the tolerance floor, below it the achieved patientèle
/// over the floor (« au-delà l'aide sera proratisée », §4.4), to the hundredth of a %.
fn kept(realisee: i64, depart: i64, tolerance: Decimal) -> Decimal {
    let floor = Decimal::from(depart) * (Decimal::ONE_HUNDRED - tolerance) / Decimal::ONE_HUNDRED;
    if floor <= Decimal::ZERO || Decimal::from(realisee) >= floor {
        Decimal::ONE_HUNDRED
    } else {
        (Decimal::from(realisee.max(0)) * Decimal::ONE_HUNDRED / floor).round_dp(2)
    }
}

/// Both indicators must be kept: a fall of either beyond the tolerance prorates the aid (§4.4),
/// as a decrease of either deprives of it in the table of §4.5. The lower rate applies.
fn maintain(r: &YearResults, both: bool, regime: Regime, tolerance: Decimal) -> Maintain {
    let pfa = kept(r.pfa_realisee, r.pfa_depart, tolerance);
    let pmt = both.then(|| kept(r.pmt_realisee, r.pmt_depart, tolerance));
    Maintain {
        regime,
        tolerance,
        pfa,
        pmt,
        share: pmt.map_or(pfa, |pmt| pfa.min(pmt)),
    }
}

impl Maintain {
    fn explain(&self) -> String {
        let why = match self.regime {
            Regime::Age(threshold) => format!("{} ans ou plus", plain(threshold)),
            Regime::P95 => "patientèle au P95 ou plus".to_owned(),
        };
        let detail = match self.pmt {
            Some(pmt) => format!(
                "PFA {} ; PMT {} → le plus bas des deux",
                pct(self.pfa),
                pct(pmt)
            ),
            None => format!("PFA {}", pct(self.pfa)),
        };
        format!(
            "{why} : objectif de maintien de la patientèle de départ, tolérance de -{} ; {detail}",
            pct(self.tolerance)
        )
    }
}

impl Indicator {
    fn reached(self) -> bool {
        self.realisee >= self.objectif
    }

    /// Not reached, and below the starting patientèle (« avec ↓ » in the table of §4.5).
    fn falls(self) -> bool {
        !self.reached() && self.realisee < self.depart
    }

    /// Rate of achievement of the increase: (achieved − start) / (objective − start), in %.
    fn rate(self) -> Decimal {
        if self.reached() {
            Decimal::ONE_HUNDRED
        } else if self.objectif > self.depart && self.realisee > self.depart {
            (Decimal::from(self.realisee - self.depart) * Decimal::ONE_HUNDRED
                / Decimal::from(self.objectif - self.depart))
            .round_dp(2)
        } else {
            Decimal::ZERO
        }
    }

    fn state(self) -> &'static str {
        if self.reached() {
            "atteint"
        } else if self.falls() {
            "non atteint, en baisse"
        } else {
            "non atteint, sans baisse"
        }
    }

    fn explain(self, name: &str) -> String {
        format!(
            "{name} {} / objectif {} ({})",
            count(self.realisee),
            count(self.objectif),
            self.state()
        )
    }
}

/// Which row of the table of §4.5 (généralistes and pédiatres) applies.
#[derive(Debug, Clone, Copy)]
enum Row {
    /// Either indicator not reached and decreasing: no aid.
    Falls,
    /// One reached, the other not decreasing: in full.
    OneReached,
    /// Neither reached nor decreasing: the better rate of the two.
    Prorata,
}

fn row(pfa: Indicator, pmt: Indicator) -> Row {
    if pfa.falls() || pmt.falls() {
        Row::Falls
    } else if pfa.reached() || pmt.reached() {
        Row::OneReached
    } else {
        Row::Prorata
    }
}

fn growth(r: &YearResults, both: bool) -> Growth {
    let pfa = Indicator {
        depart: r.pfa_depart,
        objectif: r.pfa_objectif,
        realisee: r.pfa_realisee,
    };
    let pmt = both.then_some(Indicator {
        depart: r.pmt_depart,
        objectif: r.pmt_objectif,
        realisee: r.pmt_realisee,
    });
    let share = match pmt {
        // Other specialists, or a PMT not assessed: the PFA alone (second table of §4.5).
        None if pfa.falls() => Decimal::ZERO,
        None => pfa.rate(),
        Some(pmt) => match row(pfa, pmt) {
            Row::Falls => Decimal::ZERO,
            Row::OneReached => Decimal::ONE_HUNDRED,
            Row::Prorata => pfa.rate().max(pmt.rate()),
        },
    };
    Growth { pfa, pmt, share }
}

impl Growth {
    fn explain(&self) -> String {
        let pfa = self.pfa.explain("PFA");
        let Some(pmt) = self.pmt else {
            return format!("{pfa} → {}", pct(self.share));
        };
        let rule = match row(self.pfa, pmt) {
            Row::Falls => "une patientèle en baisse : pas d'aide",
            Row::OneReached => "un objectif atteint sans baisse de l'autre",
            Row::Prorata => "prorata du meilleur taux d'atteinte des deux",
        };
        format!(
            "{pfa} ; {} → {rule} : {}",
            pmt.explain("PMT"),
            pct(self.share)
        )
    }
}
