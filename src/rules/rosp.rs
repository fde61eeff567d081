//! Rémunération sur objectifs de santé publique (ROSP), until 31/12/2025 — Circulaire CNAMTS
//! 19/2011, II.4 c): points × 7 €; the points of the indicators of the médecin traitant are set
//! for a patientèle of 800 and weighted by the real patientèle. Kept in 2024–2025 by annexe 7 of
//! the 2024 convention (circulaire du 31/07/2024, §3.1 C), replaced by the FMT's prevention part.
//!
//! The 2016 grid of indicators is not in the sources: the physician enters their points.

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{count, euros, plain, to_cents};
use crate::params::{Parameters, Resolved};
use crate::report::{famille, Dispositif, Group, Line, Payment};

use super::{points, InForce, Lifecycle, Rule, Year};

const CODE: &str = "ROSP";
const LIBELLE: &str = "Rémunération sur objectifs de santé publique (ROSP)";
const SOURCE: &str = "Circulaire CNAMTS 19/2011 du 26/10/2011, II.4 ; circulaire CNAM du 31/07/2024, §3.1 C (maintien en 2024 et 2025)";
const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La ROSP",
    feminine: true,
    replaces: None,
    replaced_by: Some("remplacée par le volet prévention du FMT au 1er janvier 2026"),
};

#[derive(Debug, Clone)]
pub struct Params {
    point: Resolved,
    reference: Resolved,
}

#[derive(Debug, Clone)]
pub struct Rosp(InForce<Params>);

impl Rosp {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Ok(Params {
                point: params.get(&crate::params::rosp::POINT, year.parameters_date)?,
                reference: params.get(
                    &crate::params::rosp::PATIENTELE_REFERENCE,
                    year.parameters_date,
                )?,
            })
        }))
    }
}

/// (weighted points after weighting, other points)
fn weighted_points(profile: &Profile, p: &Params) -> (Decimal, Decimal) {
    let patients = Decimal::from(profile.patientele.total());
    let weighted = if p.reference.value.is_zero() {
        Decimal::ZERO
    } else {
        profile.rosp.points_ponderes.value() * patients / p.reference.value
    };
    (weighted, profile.rosp.points_non_ponderes.value())
}

impl Rule for Rosp {
    fn code(&self) -> &'static str {
        CODE
    }

    fn total(&self, profile: &Profile, _year: Year) -> Decimal {
        match &self.0 {
            InForce::Yes(p) => {
                let (weighted, other) = weighted_points(profile, p);
                points::amount(weighted, &p.point) + points::amount(other, &p.point)
            }
            InForce::No(_) => Decimal::ZERO,
        }
    }

    fn compute(&self, profile: &Profile, year: Year) -> Dispositif {
        self.0.explain(CODE, LIBELLE, || SOURCE.to_owned(), |p| {
        let (weighted, other) = weighted_points(profile, p);
        let patients = profile.patientele.total();
        let lines = vec![
            Line::new(
                "ROSP.PONDERES",
                "Indicateurs du médecin traitant, pondérés par la patientèle",
                format!(
                    "{} points × {} patients / {} × {} ({} points pondérés)",
                    plain(profile.rosp.points_ponderes.value()),
                    count(patients),
                    plain(p.reference.value),
                    euros(p.point.value),
                    plain(to_cents(weighted))
                ),
                points::amount(weighted, &p.point),
                format!("{} ; {}", p.point.citation, p.reference.citation),
            )
            .interpretation(
                "La patientèle réelle de la pondération est la patientèle médecin traitant saisie (au \
                 31/12 de l'année précédente).",
            )
            .interpretation(
                "La grille d'indicateurs de 2016 n'est pas dans les sources : les points obtenus sont \
                 une saisie, et la majoration de la valeur du point pour les nouveaux installés prévue \
                 en 2011 (15 %, 10 %, 5 %) n'est pas appliquée.",
            )
            .famille(famille::PREVENTION),
            Line::new(
                "ROSP.AUTRES",
                "Autres indicateurs (non pondérés)",
                points::formula(other, &p.point),
                points::amount(other, &p.point),
                p.point.citation.clone(),
            )
            .famille(famille::PREVENTION),
        ];
        let groups = vec![Group::new("ROSP.POINTS", "Points obtenus", lines)];
        let total: Decimal = groups.iter().map(|g| g.sous_total).sum();
        let payments = vec![Payment {
            echeance: format!("Début {} (année glissante)", year.annee + 1),
            objet: format!("ROSP {}", year.annee),
            montant: total,
            source: "Circulaire CNAMTS 19/2011 du 26/10/2011, II.4 d)".to_owned(),
            interpretation: Some(
                "La ROSP de l'année n, calculée en année glissante, est versée au début de l'année n+1 \
                 (calendrier de 2011 : mise en œuvre en 2012, premiers paiements début 2013)."
                    .to_owned(),
            ),
        }];
        Dispositif::computed(CODE, LIBELLE, SOURCE.to_owned(), groups, payments)
        })
    }
}
