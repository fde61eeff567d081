//! Option démographie of the 2011 convention, 2012 to 2016 — circulaire CNAMTS 19/2011, II.1 a):
//! for a physician installed in a zone déficitaire or its immediate proximity, in a group or a
//! pôle de santé, with two thirds of the activity for patients of the zone, an aide à l'activité
//! (10 % of the fees without overrun made in the zone capped at 20 000 € in a group, 5 % capped at
//! 10 000 € in a pôle) and an aide à l'investissement (5 000 €, or 2 500 €, a year for 3 years).

use chrono::Datelike;

use crate::input::{Lieu, OptionKind, Profile, Regroupement};
use crate::money::{euros, pct, Cents};
use crate::params::{option_demographie as d, NotInForce, Parameters, Resolved, CONVENTION_2011};
use crate::report::{Group, Line};

use super::kit::options_2011::{self, Activity};
use super::kit::{
    cite_all, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year,
};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'option démographie de la convention de 2011",
    feminine: true,
    replaces: None,
    replaced_by: None,
};
const NAME: &str = "option démographie";

/// The aids of one way of working together.
#[derive(Debug, Clone)]
pub struct Aids {
    taux: Resolved,
    plafond: Resolved,
    investissement: Resolved,
}

#[derive(Debug, Clone)]
pub struct Params {
    groupe: Aids,
    pole: Aids,
    duree: Resolved,
    part_activite: Resolved,
}

impl Params {
    fn aids(&self, r: Regroupement) -> &Aids {
        match r {
            Regroupement::Groupe => &self.groupe,
            Regroupement::PoleSante => &self.pole,
        }
    }
}

#[derive(Debug, Clone)]
pub struct OptionDemographie(InForce<Params>);

impl OptionDemographie {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let get = |param| params.get(param, year.parameters_date);
            Ok::<_, NotInForce>(Params {
                groupe: Aids {
                    taux: get(&d::GROUPE_TAUX)?,
                    plafond: get(&d::GROUPE_PLAFOND)?,
                    investissement: get(&d::GROUPE_INVESTISSEMENT)?,
                },
                pole: Aids {
                    taux: get(&d::POLE_TAUX)?,
                    plafond: get(&d::POLE_PLAFOND)?,
                    investissement: get(&d::POLE_INVESTISSEMENT)?,
                },
                duree: get(&d::INVESTISSEMENT_DUREE)?,
                part_activite: get(&d::PART_ACTIVITE_ZONE)?,
            })
        }))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    activity: Activity,
    /// The year of the option (1 for the year of the adhesion).
    rank: i32,
    investment: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.activity.paid + self.investment
    }
}

/// Why the physician's place or activity does not open the option, if so.
fn eligibility(p: &Params, profile: &Profile) -> Result<(), NotApplicable> {
    let o = &profile.options_2011;
    if o.lieu == Lieu::HorsZone {
        return Err(NotApplicable::new(
            "L'option démographie est réservée aux médecins installés dans une zone déficitaire ou à \
             sa proximité immédiate (5 km en zone rurale, 2 km en zone urbaine).",
        ));
    }
    let part = o.part_activite_zone.value();
    if part < p.part_activite.value {
        return Err(NotApplicable::new(format!(
            "Activité auprès de patients résidant dans la zone de {}, sous les {} exigés.",
            pct(part),
            pct(p.part_activite.value.round_dp(2))
        )));
    }
    Ok(())
}

impl Computation for OptionDemographie {
    const CODE: &'static str = "OPTION_DEMOGRAPHIE";
    const LIBELLE: &'static str = "Option démographie (convention de 2011)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2011.cite("II.1 a) (articles 1.1 et 1.2, annexes IV à VI de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        let adhesion = options_2011::adhesion(profile, OptionKind::Demographie, NAME, year)?;
        eligibility(p, profile)?;
        let aids = p.aids(profile.options_2011.regroupement);
        let rank = year.annee - adhesion.year() + 1;
        let invested = Cents::of(aids.investissement.value);
        Ok(Amounts {
            activity: Activity::of(profile, &aids.taux, &aids.plafond),
            rank,
            investment: if rust_decimal::Decimal::from(rank) <= p.duree.value {
                invested
            } else {
                Cents::ZERO
            },
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let regroupement = profile.options_2011.regroupement;
        let aids = p.aids(regroupement);
        let who = match regroupement {
            Regroupement::Groupe => "exercice en groupe",
            Regroupement::PoleSante => "membre d'un pôle de santé",
        };
        let investment = || {
            if a.investment.is_zero() {
                format!(
                "{}e année de l'option : l'aide à l'investissement ne couvre que les {} premières",
                a.rank,
                crate::money::plain(p.duree.value)
            )
            } else {
                format!(
                    "{}{} année de l'option sur {} ({who}) : {}",
                    a.rank,
                    if a.rank == 1 { "re" } else { "e" },
                    crate::money::plain(p.duree.value),
                    euros(aids.investissement.value)
                )
            }
        };
        let lines = vec![
            Line::new(
                "OPTION_DEMOGRAPHIE.ACTIVITE",
                format!("Aide à l'activité ({who})"),
                detail.text(|| a.activity.formula(profile, &aids.taux)),
                a.activity.paid,
                detail.text(|| cite_all(&[&aids.taux, &aids.plafond])),
            ),
            Line::new(
                "OPTION_DEMOGRAPHIE.INVESTISSEMENT",
                "Aide à l'investissement",
                detail.text(investment),
                a.investment,
                detail.text(|| cite_all(&[&aids.investissement, &p.duree])),
            )
            .interpretation(
                "L'aide à l'investissement est comptée par années civiles, en entier : l'année de \
                 l'adhésion et les suivantes, jusqu'à la durée de l'aide.",
            ),
        ];
        Explained {
            groups: vec![Group::new(
                "OPTION_DEMOGRAPHIE.AIDES",
                "Aides de l'option",
                lines,
            )],
            payments: vec![options_2011::payment(
                year,
                format!("Option démographie {}", year.annee),
                a.activity.paid + a.investment,
            )],
        }
    }
}
