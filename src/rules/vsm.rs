//! Forfait élaboration initiale du volet de synthèse médicale (VSM), paid once per physician —
//! avenant 9, art. 4 (results at 30/06/2023) and circulaire CNAM du 31/07/2024, §3.3 B (results
//! at 30/06/2024 and 30/06/2025, the latter paid at 90 %, with a complement for physicians already
//! paid whose results improved; abolished after 30/06/2025).
//!
//! Amount: 1 500 € when VSM fed to the DMP cover at least half of the ALD patientèle, 3 000 € from
//! 90 %; weighted by the patientèle médecin traitant / 800; +20 % when more than a third of those
//! VSM are structured (CI-SIS).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::input::{Profile, VsmResults};
use crate::money::{count, euros, pct, percent_of, plain, Cents};
use crate::params::{vsm as v, NotInForce, Parameters, Resolved, AVENANT_9};
use crate::report::{Group, Line, Payment};

use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le forfait VSM",
    feminine: false,
    replaces: None,
    replaced_by: None,
};

/// The results of a campaign are read on 30 June of its year.
fn results_date(annee: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(annee, 6, 30)
}

#[derive(Debug, Clone)]
pub struct Params {
    moitie: Resolved,
    quasi_totalite: Resolved,
    seuil_moitie: Resolved,
    seuil_quasi_totalite: Resolved,
    structure_seuil: Resolved,
    structure_majoration: Resolved,
    reference: Resolved,
    taux_versement: Resolved,
    complement: Resolved,
}

impl Params {
    fn resolve(params: &Parameters, date: NaiveDate) -> Result<Self, NotInForce> {
        let get = |param| params.get(param, date);
        Ok(Self {
            moitie: get(&v::MONTANT_MOITIE)?,
            quasi_totalite: get(&v::MONTANT_QUASI_TOTALITE)?,
            seuil_moitie: get(&v::SEUIL_MOITIE)?,
            seuil_quasi_totalite: get(&v::SEUIL_QUASI_TOTALITE)?,
            structure_seuil: get(&v::STRUCTURE_SEUIL)?,
            structure_majoration: get(&v::STRUCTURE_MAJORATION)?,
            reference: get(&v::PATIENTELE_REFERENCE)?,
            taux_versement: get(&v::TAUX_VERSEMENT)?,
            complement: get(&v::COMPLEMENT)?,
        })
    }
}

/// The parameters of this year's campaign and of the earlier ones (to know what was paid).
#[derive(Debug, Clone)]
pub struct Campaigns {
    /// (year of the results, parameters), earlier ones first, this year's last.
    list: Vec<(i32, Params)>,
}

#[derive(Debug, Clone)]
pub struct Vsm(InForce<Campaigns>);

impl Vsm {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let date = results_date(year.annee).unwrap_or(year.parameters_date);
            let current = Params::resolve(params, date)?;
            let mut list: Vec<(i32, Params)> = v::campaigns()
                .filter(|y| *y < year.annee)
                .filter_map(|y| Some((y, Params::resolve(params, results_date(y)?).ok()?)))
                .collect();
            list.push((year.annee, current));
            Ok(Campaigns { list })
        }))
    }
}

/// What one campaign's results are worth at full rate.
#[derive(Debug, Clone, Copy)]
struct Full {
    /// Share of the ALD patientèle with a VSM, in % (none without ALD patients).
    share: Option<Decimal>,
    /// The base amount reached (1 500 € or 3 000 €), if any.
    base: Option<Decimal>,
    /// Share of structured VSM, in %, when it earns the majoration.
    structured: Option<Decimal>,
    amount: Cents,
}

fn full_amount(r: &VsmResults, patients: i64, p: &Params) -> Full {
    let share = (r.patients_ald > 0).then(|| {
        Decimal::from(r.patients_ald_avec_vsm) * Decimal::ONE_HUNDRED
            / Decimal::from(r.patients_ald)
    });
    let base = match share {
        Some(s) if s >= p.seuil_quasi_totalite.value => Some(p.quasi_totalite.value),
        Some(s) if s >= p.seuil_moitie.value => Some(p.moitie.value),
        _ => None,
    };
    let structured = (r.patients_ald_avec_vsm > 0)
        .then(|| {
            Decimal::from(r.vsm_structures) * Decimal::ONE_HUNDRED
                / Decimal::from(r.patients_ald_avec_vsm)
        })
        .filter(|s| *s > p.structure_seuil.value);
    let amount = base.map_or(Cents::ZERO, |base| {
        // The reference is at least 1 (its domain).
        let weighted = base * Decimal::from(patients) / p.reference.value;
        let full = match structured {
            Some(_) => weighted + percent_of(weighted, p.structure_majoration.value),
            None => weighted,
        };
        Cents::of(full)
    });
    Full {
        share,
        base,
        structured,
        amount,
    }
}

/// How a campaign was paid.
#[derive(Debug, Clone, Copy)]
enum Paid {
    /// A first payment, at the campaign's rate.
    First,
    /// A complement for improved results: rate × (full amount − already paid).
    Complement { already: Cents },
    /// Already paid once: nothing more.
    Nothing { already: Cents },
}

/// One campaign up to this year: its results' worth and what it paid.
#[derive(Debug, Clone, Copy)]
struct Campaign {
    annee: i32,
    full: Full,
    how: Paid,
    paid: Cents,
}

/// What this year's campaign pays, with the earlier ones (to know what was already paid).
#[derive(Debug, Clone)]
pub struct Amounts {
    campaigns: Vec<Campaign>,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.campaigns.last().map_or(Cents::ZERO, |c| c.paid)
    }
}

fn campaigns(profile: &Profile, list: &[(i32, Params)]) -> Vec<Campaign> {
    let patients = profile.patientele.total();
    let mut out: Vec<Campaign> = Vec::with_capacity(list.len());
    for (annee, p) in list {
        let results = profile.vsm.campaign(*annee).copied().unwrap_or_default();
        let full = full_amount(&results, patients, p);
        let already: Cents = out.iter().map(|c| c.paid).sum();
        let rate = p.taux_versement.value;
        let improved = out
            .last()
            .is_some_and(|prev| full.amount > prev.full.amount);
        let (how, paid) = if already.is_zero() {
            (Paid::First, full.amount.percent(rate))
        } else if !p.complement.value.is_zero() && improved {
            let due = (full.amount - already).percent(rate);
            (Paid::Complement { already }, due.max(Cents::ZERO))
        } else {
            (Paid::Nothing { already }, Cents::ZERO)
        };
        out.push(Campaign {
            annee: *annee,
            full,
            how,
            paid,
        });
    }
    out
}

impl Computation for Vsm {
    const CODE: &'static str = "VSM";
    const LIBELLE: &'static str = "Forfait élaboration initiale du VSM";
    type Params = Campaigns;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Campaigns> {
        &self.0
    }

    fn source() -> String {
        "Avenant n° 9 (JO du 25/09/2021), art. 4 ; circulaire CNAM du 31/07/2024, §3.3 B".to_owned()
    }

    fn amounts(c: &Campaigns, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        Ok(Amounts {
            campaigns: campaigns(profile, &c.list),
        })
    }

    fn explain(
        c: &Campaigns,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let (Some(this), Some((_, p))) = (a.campaigns.last(), c.list.last()) else {
            return Explained::default();
        };
        let mut line = Line::new(
            "VSM.FORFAIT",
            format!("Forfait VSM, résultats au 30/06/{}", this.annee),
            detail.text(|| formula(this, profile, p)),
            this.paid,
            detail.text(|| p.quasi_totalite.citation()),
        )
        .interpretation(
            "La patientèle médecin traitant de la pondération est celle saisie (au 31/12 de l'année \
             précédente), pour chaque campagne.",
        );
        for earlier in &a.campaigns[..a.campaigns.len() - 1] {
            if !earlier.paid.is_zero() && detail.lignes() {
                line = line.note(format!(
                    "Perçu au titre des résultats au 30/06/{} : {}.",
                    earlier.annee,
                    euros(earlier.paid.value())
                ));
            }
        }
        if !p.complement.value.is_zero() {
            line = line.interpretation(format!(
                "Complément {annee} : versé si le forfait calculé sur les résultats {annee} dépasse celui \
                 calculé sur les résultats de la campagne précédente ; il vaut {} de la différence entre \
                 le forfait {annee} et ce qui a déjà été perçu.",
                pct(p.taux_versement.value),
                annee = this.annee
            ));
        }
        // The text that sets a campaign may date its payment (avenant 9: the second half of 2023).
        let dated_by_text = std::ptr::eq(p.quasi_totalite.texte, &AVENANT_9);
        let payment = Payment::new(
            if dated_by_text {
                format!("Second semestre {}", year.annee)
            } else {
                format!("Année {} (après les résultats au 30 juin)", year.annee)
            },
            format!("Forfait VSM, résultats au 30/06/{}", this.annee),
            this.paid.value(),
            Self::source,
        );
        Explained {
            groups: vec![Group::new(
                "VSM.CAMPAGNE",
                "Campagne de l'année",
                vec![line],
            )],
            payments: vec![if dated_by_text {
                payment
            } else {
                payment.interpretation(
                    "Le §3.3 B ne date pas le paiement : il est présenté dans l'année des résultats.",
                )
            }],
        }
    }
}

/// The campaign's formula: share of the ALD patientèle, base amount, weighting, structuring, then
/// how it is paid.
fn formula(c: &Campaign, profile: &Profile, p: &Params) -> String {
    let r = profile.vsm.campaign(c.annee).copied().unwrap_or_default();
    let share_text = c.full.share.map_or("aucun patient en ALD".to_owned(), |s| {
        format!(
            "{} patients en ALD sur {} ont un VSM au DMP ({})",
            count(r.patients_ald_avec_vsm),
            count(r.patients_ald),
            pct(s.round_dp(1))
        )
    });
    let worth = match c.full.base {
        None => format!(
            "{share_text} : moins de {} → pas de forfait",
            pct(p.seuil_moitie.value)
        ),
        Some(base) => format!(
            "{share_text} → {} × {} patients / {}{} = {}",
            euros(base),
            count(profile.patientele.total()),
            plain(p.reference.value),
            c.full.structured.map_or(String::new(), |s| format!(
                " × (1 + {}) car {} des VSM sont structurés (plus d'un tiers)",
                pct(p.structure_majoration.value),
                pct(s.round_dp(1))
            )),
            euros(c.full.amount.value())
        ),
    };
    let rate = p.taux_versement.value;
    match c.how {
        Paid::First if rate == Decimal::ONE_HUNDRED => worth,
        Paid::First => format!(
            "{worth} ; versé à {} : {}",
            pct(rate),
            euros(c.paid.value())
        ),
        Paid::Complement { already } => format!(
            "{worth} ; résultats améliorés : complément = {} × ({} − {} déjà perçus) = {}",
            pct(rate),
            euros(c.full.amount.value()),
            euros(already.value()),
            euros(c.paid.value())
        ),
        Paid::Nothing { already } => format!(
            "{worth} ; forfait déjà perçu ({}) : rien de plus cette année",
            euros(already.value())
        ),
    }
}
