//! Rémunération sur objectifs de santé publique (ROSP) of the 2011 convention, 2012 to 2016 —
//! circulaire CNAMTS 19/2011, II.4: computed from its 29 indicators (see `params::rosp_2011`),
//! the organisation du cabinet for every physician ([`organisation`]), the qualité de la pratique
//! for the médecin traitant ([`pratique`]), at 7 € the point, raised in the first three years
//! after a first installation ([`point`]); the year n is paid in n+1.
//!
//! A dispositif of its own, apart from the `ROSP` of 2021–2025 (points entered): the two never
//! coexist in a year, they read different inputs (29 indicator rates here, the points of a
//! statement there, the 2016 grid being out of the sources) and come from different texts; a rule
//! switching between two computations by date would be two rules in one. What they share is what
//! they pay for: their lines carry the same families (`report::famille`), so a comparison across
//! regimes matches them, and matches both with the prevention part of the FMT.

mod organisation;
mod point;
mod pratique;

use crate::input::Profile;
use crate::money::Cents;
use crate::params::rosp_2011::{self as r, INDICATORS, ORGANISATION};
use crate::params::{NotInForce, Parameters, Resolved, CONVENTION_2011};
use crate::report::{Group, Payment};

use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La ROSP de la convention de 2011",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

/// The values of one indicator of the qualité de la pratique.
#[derive(Debug, Clone)]
pub struct IndicatorParams {
    def: &'static r::Indicator,
    objectif: Resolved,
    seuil: Resolved,
    points: Resolved,
}

#[derive(Debug, Clone)]
pub struct Params {
    point: Resolved,
    reference: Resolved,
    /// The majorations of the point, first to third year after a first installation.
    majorations: [Resolved; 3],
    teletransmission: Resolved,
    /// The points of the organisation du cabinet, in the order of `ORGANISATION`.
    organisation: Vec<Resolved>,
    indicators: Vec<IndicatorParams>,
}

impl Params {
    fn resolve(params: &Parameters, year: Year) -> Result<Self, NotInForce> {
        let get = |param| params.get(param, year.parameters_date);
        let organisation = ORGANISATION
            .iter()
            .map(|o| get(o.points))
            .collect::<Result<_, _>>()?;
        let indicators = INDICATORS
            .iter()
            .map(|def| {
                Ok(IndicatorParams {
                    def,
                    objectif: get(def.objectif)?,
                    seuil: get(def.seuil)?,
                    points: get(def.points)?,
                })
            })
            .collect::<Result<_, NotInForce>>()?;
        Ok(Self {
            point: get(&r::POINT)?,
            reference: get(&r::PATIENTELE_REFERENCE)?,
            majorations: [
                get(&r::MAJORATION_ANNEE_1)?,
                get(&r::MAJORATION_ANNEE_2)?,
                get(&r::MAJORATION_ANNEE_3)?,
            ],
            teletransmission: get(&r::TELETRANSMISSION_SEUIL)?,
            organisation,
            indicators,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Rosp2011(InForce<Box<Params>>);

impl Rosp2011 {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Params::resolve(params, year).map(Box::new)
        }))
    }
}

/// Everything the ROSP pays, line by line.
#[derive(Debug, Clone)]
pub struct Amounts {
    point: point::PointValue,
    organisation: organisation::Amounts,
    pratique: pratique::Amounts,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.organisation.total() + self.pratique.total()
    }
}

impl Computation for Rosp2011 {
    const CODE: &'static str = "ROSP_2011";
    const LIBELLE: &'static str =
        "Rémunération sur objectifs de santé publique (ROSP, convention de 2011)";
    type Params = Box<Params>;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Box<Params>> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2011.cite("II.4 (articles 26 et suivants et annexe XVII de la convention)")
    }

    fn amounts(p: &Box<Params>, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        let point = point::PointValue::of(p, profile, year);
        Ok(Amounts {
            organisation: organisation::Amounts::of(p, profile, &point),
            pratique: pratique::Amounts::of(p, profile, &point),
            point,
        })
    }

    fn explain(
        p: &Box<Params>,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let mut groups = vec![Group::new(
            "ROSP_2011.ORGANISATION",
            "Organisation du cabinet",
            a.organisation.lines(p, &a.point, detail),
        )];
        groups.extend(a.pratique.groups(p, profile, &a.point, detail));
        let total = super::kit::Amounts::total(a);
        Explained {
            groups,
            payments: vec![Payment::new(
                format!("Mars-avril {}", year.annee + 1),
                format!("ROSP {} (convention de 2011)", year.annee),
                total.value(),
                || CONVENTION_2011.cite("II.4 d) et II-10 (premiers paiements en mars-avril 2013)"),
            )
            .interpretation(
                "La ROSP de l'année n, calculée en année glissante, est versée en n+1 : le calendrier \
                 du premier versement (mars-avril 2013 pour 2012, II-10) est appliqué à chaque année.",
            )],
        }
    }
}
