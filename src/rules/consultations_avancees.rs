//! Consultations avancées en ZIP, from 2026 — Circulaire CNAM du 31/07/2024, §3.2 B: for
//! physicians not installed in a zone sous-dense (cabinet principal or secondaire) who consult in
//! a ZIP occasionally, 200 € per half-day, at most 6 half-days a month. Any sector, but secteur 2
//! without OPTAM only at tarif opposable. A CSTM contract pays the interventions in the ZIP while
//! it runs; resigning it ends it and opens the consultations avancées: the months after it are
//! paid.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::input::date::french;
use crate::input::{ContractKind, DemographicContract, Optam, Profile, Secteur, Zonage, MOIS};
use crate::money::{count, euros, plain, Cents};
use crate::params::{
    consultations_avancees as ca, NotInForce, Parameters, Resolved, CONVENTION_2024,
};
use crate::report::{Group, Line, Payment};

use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le forfait de consultations avancées",
    feminine: false,
    replaces: Some("il succède au CSTM"),
    replaced_by: None,
};

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

/// §3.2 B excludes the physicians « installés en zone sous dense »; §3.2 A counts the ZAC among
/// the zones sous-denses (its aid to the primo-installés there): a ZAC is one.
/// The exclusion in ZAC with that reading, one sentence written at compile time (the fast total
/// meets it for every physician in ZAC).
const ZAC_EXCLUSION: &str =
    "Le dispositif s'adresse aux médecins qui ne sont pas installés en zone sous-dense : votre \
     cabinet principal est en ZAC. Interprétation : le §3.2 B exclut les médecins installés en \
     zone sous-dense et le §3.2 A range la ZAC parmi les zones sous-denses (aide aux \
     primo-installés en ZAC) : un cabinet principal en ZAC en est une.";

/// Why the physician is not in the scheme this year, if so.
fn exclusion(profile: &Profile, year: Year) -> Option<Cow<'static, str>> {
    let e = &profile.exercice;
    if e.installe_en_zip() {
        return Some(
            "Le dispositif s'adresse aux médecins qui ne sont pas installés en ZIP (cabinet principal ou \
             secondaire) : vous y êtes installé."
                .into(),
        );
    }
    if e.zonage == Zonage::Zac {
        return Some(ZAC_EXCLUSION.into());
    }
    if let Some(motif) = cstm_all_year(profile, year) {
        return Some(motif.into());
    }
    if e.secteur == Secteur::Deux
        && e.optam == Optam::Aucune
        && !profile.consultations_avancees.tarif_opposable
    {
        return Some(
            "En secteur 2 sans OPTAM, les consultations avancées doivent être faites au tarif opposable pour \
             ouvrir droit au forfait."
                .into(),
        );
    }
    None
}

/// The physician's CSTM, if any.
fn cstm(profile: &Profile) -> Option<&DemographicContract> {
    profile
        .exercice
        .contrat_demographique
        .as_ref()
        .filter(|c| c.kind == ContractKind::Cstm)
}

/// The first day of month `i` (0 for January) of the year.
fn month_start(year: Year, i: usize) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.annee, u32::try_from(i + 1).ok()?, 1)
}

/// For each month, whether the CSTM still runs on its first day: its interventions in the ZIP
/// are the CSTM's that month (§3.2 B), the months after it ends are the consultations avancées'.
fn cstm_months(profile: &Profile, year: Year) -> [bool; 12] {
    let mut months = [false; 12];
    if let Some(c) = cstm(profile) {
        for (i, runs) in months.iter_mut().enumerate() {
            *runs = month_start(year, i).is_some_and(|d| c.runs_on(d));
        }
    }
    months
}

/// The CSTM covers every month of the year: the physician is not in the scheme this year.
fn cstm_all_year(profile: &Profile, year: Year) -> Option<String> {
    let c = cstm(profile)?;
    if !cstm_months(profile, year).iter().all(|&runs| runs) {
        return None;
    }
    Some(match c.resiliation.get() {
        Some(day) => format!(
            "Votre contrat CSTM court jusqu'à sa résiliation, le {} : il rémunère vos interventions en \
             ZIP de {} et exclut les consultations avancées (§3.2 B).",
            french(day),
            year.annee
        ),
        None => "Votre contrat CSTM est conservé : il continue de rémunérer vos interventions en ZIP et \
                 exclut les consultations avancées. Le résilier ouvrirait ce forfait (§3.2 B)."
            .to_owned(),
    })
}

/// Every month with declared half-days falls while the CSTM runs: nothing for this scheme.
fn cstm_covers_every_declared_month(profile: &Profile, a: &Amounts) -> Option<String> {
    let c = cstm(profile)?;
    let done = &profile.consultations_avancees.demi_journees;
    let mut declared = (0..12).filter(|&i| done[i] > 0).peekable();
    if declared.peek().is_none() || !declared.all(|i| a.cstm[i]) {
        return None;
    }
    let open = a
        .cstm
        .iter()
        .position(|runs| !runs)
        .map_or(String::new(), |i| {
            format!(
                " ; les consultations avancées sont ouvertes à partir de {}",
                MOIS[i]
            )
        });
    let ended = match (c.resiliation.get(), c.fin.get()) {
        (Some(day), _) => format!("résilié le {}", french(day)),
        (None, Some(last)) => format!("arrivé à son terme le {}", french(last)),
        (None, None) => "en cours".to_owned(),
    };
    Some(format!(
        "Votre contrat CSTM ({ended}) couvre les mois où vous avez déclaré des demi-journées : il les \
         rémunère (§3.2 B){open}."
    ))
}

/// Half-days paid in a month: those done, up to the monthly cap.
fn paid(done: i64, p: &Params) -> Decimal {
    // Most months have none: no decimal arithmetic for them (the cap is never negative).
    if done <= 0 {
        return Decimal::ZERO;
    }
    Decimal::from(done).min(p.monthly_cap.value)
}

/// Each month's half-days paid and what they pay.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    paid: [Decimal; 12],
    months: [Cents; 12],
    /// The months the CSTM still runs: nothing is paid by this scheme. Not looked for when no
    /// half-day is declared ([`Amounts::NONE`]): no month line reads them then.
    cstm: [bool; 12],
}

impl Amounts {
    /// No half-day declared.
    const NONE: Self = Self {
        paid: [Decimal::ZERO; 12],
        months: [Cents::ZERO; 12],
        cstm: [false; 12],
    };
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
        // Most physicians declare no half-day: nothing is paid, and no month is set against a
        // CSTM (the report then writes its single line « aucune demi-journée »).
        if done.iter().all(|&n| n <= 0) {
            return Ok(Amounts::NONE);
        }
        let cstm = cstm_months(profile, year);
        let mut paid = done.map(|n| paid(n, p));
        for (kept, runs) in paid.iter_mut().zip(cstm) {
            if runs {
                *kept = Decimal::ZERO;
            }
        }
        let a = Amounts {
            paid,
            months: paid.map(|n| {
                if n.is_zero() {
                    Cents::ZERO
                } else {
                    Cents::product(n, p.half_day.value)
                }
            }),
            cstm,
        };
        match cstm_covers_every_declared_month(profile, &a) {
            Some(motif) => Err(NotApplicable::new(motif)),
            None => Ok(a),
        }
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let done = &profile.consultations_avancees.demi_journees;
        let lines: Vec<Line> = (0..12)
            .filter(|&i| done[i] > 0)
            .map(|i| month_line(i, done[i], a, p, detail))
            .collect();
        let lines = if lines.is_empty() {
            vec![Line::new(
                "CONSULTATIONS_AVANCEES.AUCUNE",
                "Demi-journées de consultations avancées en ZIP",
                detail.text(|| "Aucune demi-journée déclarée pour l'année"),
                Cents::ZERO,
                detail.text(|| p.half_day.citation().to_owned()),
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
                Self::source,
            )
            .interpretation(
                "Le §3.2 B ne donne pas le calendrier de versement : le forfait est présenté dans l'année.",
            )],
        }
    }
}

/// Where a CSTM ran part of the year: a month is the consultations avancées' if the contract no
/// longer runs on its first day (resigned that day or before); the half-days are entered by
/// month, so the month of a resignation stays the CSTM's.
const CSTM_READING: &str = "Un mois relève des consultations avancées si le contrat CSTM ne court plus \
     le 1er du mois (résilié ce jour-là ou avant) : les demi-journées sont saisies par mois, le mois \
     d'une résiliation reste au CSTM.";

/// The line of month `i` (0 for January), where `done` half-days were declared.
fn month_line(i: usize, done: i64, a: &Amounts, p: &Params, detail: Detail) -> Line {
    let line = if a.cstm[i] {
        Line::new(
            format!("CONSULTATIONS_AVANCEES.MOIS_{:02}", i + 1),
            format!("Demi-journées en ZIP, {}", MOIS[i]),
            detail.text(|| {
                format!(
                    "{} demi-journée(s) pendant le contrat CSTM, qui les rémunère",
                    count(done)
                )
            }),
            Cents::ZERO,
            detail.text(|| CONVENTION_2024.cite("§3.2 B")),
        )
    } else {
        paid_month_line(i, done, a, p, detail)
    };
    if a.cstm.contains(&true) {
        line.interpretation(CSTM_READING)
    } else {
        line
    }
}

/// The line of a month of the scheme: the half-days paid, up to the monthly cap.
fn paid_month_line(i: usize, done: i64, a: &Amounts, p: &Params, detail: Detail) -> Line {
    let kept = a.paid[i];
    let capped = Decimal::from(done) > kept;
    let line = Line::new(
        format!("CONSULTATIONS_AVANCEES.MOIS_{:02}", i + 1),
        format!("Demi-journées en ZIP, {}", MOIS[i]),
        detail.text(|| {
            format!(
                "{} demi-journée(s){} × {}",
                count(done),
                if capped {
                    format!(", dont {} rémunérées (plafond mensuel)", plain(kept))
                } else {
                    String::new()
                },
                euros(p.half_day.value)
            )
        }),
        a.months[i],
        detail.text(|| format!("{} ; {}", p.half_day.citation(), p.monthly_cap.citation())),
    );
    if capped {
        line.note_in(detail, || {
            format!(
                "Au-delà de {} demi-journées dans le mois, les demi-journées ne sont pas rémunérées.",
                plain(p.monthly_cap.value)
            )
        })
    } else {
        line
    }
}
