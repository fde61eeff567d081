//! Option santé solidarité territoriale of the 2011 convention, 2012 to 2016 — circulaire CNAMTS
//! 19/2011, II.1 a): a physician installed outside the zones déficitaires who works in one at
//! least 28 days a year is paid 10 % of the fees without overrun made there, capped at 20 000 €.

use crate::input::{Lieu, OptionKind, Profile};
use crate::money::{count, Cents};
use crate::params::{option_sst as o, NotInForce, Parameters, Resolved, CONVENTION_2011};
use crate::report::{Group, Line};

use super::kit::options_2011::{self, Activity};
use super::kit::{
    cite_all, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year,
};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'option santé solidarité territoriale de la convention de 2011",
    feminine: true,
    replaces: None,
    replaced_by: None,
};
const NAME: &str = "option santé solidarité territoriale";

#[derive(Debug, Clone)]
pub struct Params {
    taux: Resolved,
    plafond: Resolved,
    jours: Resolved,
}

#[derive(Debug, Clone)]
pub struct OptionSst(InForce<Params>);

impl OptionSst {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let get = |param| params.get(param, year.parameters_date);
            Ok::<_, NotInForce>(Params {
                taux: get(&o::TAUX)?,
                plafond: get(&o::PLAFOND)?,
                jours: get(&o::JOURS_MINIMUM)?,
            })
        }))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    activity: Activity,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.activity.paid
    }
}

impl Computation for OptionSst {
    const CODE: &'static str = "OPTION_SST";
    const LIBELLE: &'static str = "Option santé solidarité territoriale (convention de 2011)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2011.cite("II.1 a) (articles 2.1 et 2.3, annexes VII à IX de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        options_2011::adhesion(profile, OptionKind::SanteSolidariteTerritoriale, NAME, year)?;
        let o = &profile.options_2011;
        if o.lieu == Lieu::ZoneDeficitaire {
            return Err(NotApplicable::new(
                "L'option santé solidarité territoriale est réservée aux médecins installés hors des \
                 zones déficitaires (dans la zone, c'est l'option démographie).",
            ));
        }
        if rust_decimal::Decimal::from(o.jours_zone) < p.jours.value {
            return Err(NotApplicable::new(format!(
                "{} jour(s) d'exercice dans la zone déficitaire dans l'année, sous le minimum de {} jours.",
                count(o.jours_zone),
                crate::money::plain(p.jours.value)
            )));
        }
        Ok(Amounts {
            activity: Activity::of(profile, &p.taux, &p.plafond),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let line = Line::new(
            "OPTION_SST.ACTIVITE",
            format!(
                "Aide à l'activité ({} jours dans la zone déficitaire)",
                count(profile.options_2011.jours_zone)
            ),
            detail.text(|| a.activity.formula(profile, &p.taux)),
            a.activity.paid,
            detail.text(|| cite_all(&[&p.taux, &p.plafond, &p.jours])),
        );
        Explained {
            groups: vec![Group::new(
                "OPTION_SST.AIDES",
                "Aide de l'option",
                vec![line],
            )],
            payments: vec![options_2011::payment(
                year,
                format!("Option santé solidarité territoriale {}", year.annee),
                a.activity.paid,
            )],
        }
    }
}
