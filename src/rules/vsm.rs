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
use crate::money::{count, euros, pct, percent_of, plain, to_cents};
use crate::params::{NotInForce, Parameters, Resolved};
use crate::report::{Dispositif, Group, Line, Payment};

use super::{InForce, Lifecycle, Rule, Year};

const CODE: &str = "VSM";
const LIBELLE: &str = "Forfait élaboration initiale du VSM";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le forfait VSM",
    feminine: false,
    replaces: None,
    replaced_by: Some("supprimé après les résultats au 30 juin 2025"),
};
/// The campaign whose physicians already paid may get a complement (§3.3 B).
const COMPLEMENT_CAMPAIGN: i32 = 2025;

fn source() -> String {
    "Avenant n° 9 (JO du 25/09/2021), art. 4 ; circulaire CNAM du 31/07/2024, §3.3 B".to_owned()
}

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
}

impl Params {
    fn resolve(params: &Parameters, date: NaiveDate) -> Result<Self, NotInForce> {
        let get = |id| params.get(id, date);
        Ok(Self {
            moitie: get(&crate::params::vsm::MONTANT_MOITIE)?,
            quasi_totalite: get(&crate::params::vsm::MONTANT_QUASI_TOTALITE)?,
            seuil_moitie: get(&crate::params::vsm::SEUIL_MOITIE)?,
            seuil_quasi_totalite: get(&crate::params::vsm::SEUIL_QUASI_TOTALITE)?,
            structure_seuil: get(&crate::params::vsm::STRUCTURE_SEUIL)?,
            structure_majoration: get(&crate::params::vsm::STRUCTURE_MAJORATION)?,
            reference: get(&crate::params::vsm::PATIENTELE_REFERENCE)?,
            taux_versement: get(&crate::params::vsm::TAUX_VERSEMENT)?,
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
            let mut list: Vec<(i32, Params)> = (2000..year.annee)
                .filter_map(|y| Some((y, Params::resolve(params, results_date(y)?).ok()?)))
                .collect();
            list.push((year.annee, current));
            Ok(Campaigns { list })
        }))
    }
}

/// What one campaign's results are worth at full rate, and why.
struct Computed {
    full: Decimal,
    formula: String,
}

fn full_amount(r: &VsmResults, patients: i64, p: &Params) -> Computed {
    let share = (r.patients_ald > 0).then(|| {
        Decimal::from(r.patients_ald_avec_vsm) * Decimal::ONE_HUNDRED
            / Decimal::from(r.patients_ald)
    });
    let base = match share {
        Some(s) if s >= p.seuil_quasi_totalite.value => Some(&p.quasi_totalite),
        Some(s) if s >= p.seuil_moitie.value => Some(&p.moitie),
        _ => None,
    };
    let share_text = share.map_or("aucun patient en ALD".to_owned(), |s| {
        format!(
            "{} patients en ALD sur {} ont un VSM au DMP ({})",
            count(r.patients_ald_avec_vsm),
            count(r.patients_ald),
            pct(s.round_dp(1))
        )
    });
    let Some(base) = base else {
        return Computed {
            full: Decimal::ZERO,
            formula: format!(
                "{share_text} : moins de {} → pas de forfait",
                pct(p.seuil_moitie.value)
            ),
        };
    };
    let weighted = if p.reference.value.is_zero() {
        Decimal::ZERO
    } else {
        base.value * Decimal::from(patients) / p.reference.value
    };
    let structured_share = (r.patients_ald_avec_vsm > 0).then(|| {
        Decimal::from(r.vsm_structures) * Decimal::ONE_HUNDRED
            / Decimal::from(r.patients_ald_avec_vsm)
    });
    let structured = structured_share.is_some_and(|s| s > p.structure_seuil.value);
    let full = if structured {
        weighted + percent_of(weighted, p.structure_majoration.value)
    } else {
        weighted
    };
    let structure_text = if structured {
        format!(
            " × (1 + {}) car {} des VSM sont structurés (plus d'un tiers)",
            pct(p.structure_majoration.value),
            pct(structured_share.unwrap_or_default().round_dp(1))
        )
    } else {
        String::new()
    };
    Computed {
        full: to_cents(full),
        formula: format!(
            "{share_text} → {} × {} patients / {}{structure_text} = {}",
            euros(base.value),
            count(patients),
            plain(p.reference.value),
            euros(to_cents(full))
        ),
    }
}

/// What each campaign up to this year pays: (year, paid, explanation), in order.
fn payments(profile: &Profile, c: &Campaigns) -> Vec<(i32, Decimal, String)> {
    let patients = profile.patientele.total();
    let mut out: Vec<(i32, Decimal, String)> = Vec::new();
    let mut previous_full: Option<Decimal> = None;
    for (annee, p) in &c.list {
        let results = profile.vsm.campaign(*annee).copied().unwrap_or_default();
        let computed = full_amount(&results, patients, p);
        let already: Decimal = out.iter().map(|(_, paid, _)| *paid).sum();
        let rate = p.taux_versement.value;
        let (paid, text) = if already.is_zero() {
            let paid = to_cents(percent_of(computed.full, rate));
            let text = if rate == Decimal::ONE_HUNDRED {
                computed.formula
            } else {
                format!(
                    "{} ; versé à {} : {}",
                    computed.formula,
                    pct(rate),
                    euros(paid)
                )
            };
            (paid, text)
        } else if *annee == COMPLEMENT_CAMPAIGN
            && previous_full.is_some_and(|prev| computed.full > prev)
        {
            let paid = to_cents(percent_of(computed.full - already, rate)).max(Decimal::ZERO);
            (
                paid,
                format!(
                    "{} ; résultats améliorés : complément = {} × ({} − {} déjà perçus) = {}",
                    computed.formula,
                    pct(rate),
                    euros(computed.full),
                    euros(already),
                    euros(paid)
                ),
            )
        } else {
            (
                Decimal::ZERO,
                format!(
                    "{} ; forfait déjà perçu ({}) : rien de plus cette année",
                    computed.formula,
                    euros(already)
                ),
            )
        };
        previous_full = Some(computed.full);
        out.push((*annee, paid, text));
    }
    out
}

impl Rule for Vsm {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, _year: Year) -> Decimal {
        self.0.total(|c| {
            payments(profile, c)
                .last()
                .map_or(Decimal::ZERO, |(_, paid, _)| *paid)
        })
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        let c = match &self.0 {
            InForce::Yes(c) => c,
            InForce::No(motif) => {
                return Dispositif::not_in_force(CODE, LIBELLE, source(), motif.clone())
            }
        };
        let all = payments(profile, c);
        let Some((annee, paid, text)) = all.last().cloned() else {
            return Dispositif::not_in_force(
                CODE,
                LIBELLE,
                source(),
                "Aucune campagne VSM.".to_owned(),
            );
        };
        let citation = c
            .list
            .last()
            .map(|(_, p)| p.quasi_totalite.citation.clone())
            .unwrap_or_default();
        let mut line = Line::new(
            "VSM.FORFAIT",
            format!("Forfait VSM, résultats au 30/06/{annee}"),
            text,
            paid,
            citation,
        )
        .interpretation(
            "La patientèle médecin traitant de la pondération est celle saisie (au 31/12 de l'année \
             précédente), pour chaque campagne.",
        );
        for (earlier, amount, _) in &all[..all.len() - 1] {
            if !amount.is_zero() {
                line = line.note(format!(
                    "Perçu au titre des résultats au 30/06/{earlier} : {}.",
                    euros(*amount)
                ));
            }
        }
        if annee == COMPLEMENT_CAMPAIGN {
            line = line.interpretation(
                "Complément 2025 : versé si le forfait calculé sur les résultats 2025 dépasse celui \
                 calculé sur les résultats 2024 ; il vaut 90 % de la différence entre le forfait 2025 \
                 et ce qui a déjà été perçu.",
            );
        }
        let groups = vec![Group::new(
            "VSM.CAMPAGNE",
            "Campagne de l'année",
            vec![line],
        )];
        let payments = vec![Payment {
            echeance: if year.annee == 2023 {
                "Second semestre 2023".to_owned()
            } else {
                format!("Année {} (après les résultats au 30 juin)", year.annee)
            },
            objet: format!("Forfait VSM, résultats au 30/06/{annee}"),
            montant: paid,
            source: source(),
            interpretation: (year.annee != 2023).then(|| {
                "Le §3.3 B ne date pas le paiement : il est présenté dans l'année des résultats.".to_owned()
            }),
        }];
        Dispositif::computed(CODE, LIBELLE, source(), groups, payments)
    }
}
