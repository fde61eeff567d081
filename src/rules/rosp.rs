//! Rémunération sur objectifs de santé publique (ROSP) of the 2016 convention, 2021 to 2025 —
//! Circulaire CNAMTS 19/2011, II.4 c): points × 7 €; the points of the indicators of the médecin
//! traitant are set for a patientèle of 800 and weighted by the real patientèle. Kept in 2024–2025
//! by annexe 7 of the 2024 convention (circulaire du 31/07/2024, §3.1 C), replaced by the FMT's
//! prevention part.
//!
//! The 2016 grid of indicators is not in the sources: the physician enters their points. The ROSP
//! of 2012 to 2016, computed from the 2011 grid, is the dispositif `rosp_2011` (why apart: there).

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{count, euros, plain, to_cents, Cents};
use crate::params::{rosp as r, Parameters, Resolved};
use crate::report::{famille, Group, Line, Payment};

use super::kit::{points, Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La ROSP de la convention de 2016",
    feminine: true,
    replaces: Some("elle succède à la ROSP de la convention de 2011, calculée de 2012 à 2016"),
    replaced_by: Some("remplacée par le volet prévention du FMT"),
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
                point: params.get(&r::POINT, year.parameters_date)?,
                reference: params.get(&r::PATIENTELE_REFERENCE, year.parameters_date)?,
            })
        }))
    }
}

/// The points and what they pay.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    /// Points of the médecin traitant indicators after weighting by patientèle / reference.
    weighted: Decimal,
    other: Decimal,
    weighted_amount: Cents,
    other_amount: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.weighted_amount + self.other_amount
    }
}

impl Computation for Rosp {
    const CODE: &'static str = "ROSP";
    const LIBELLE: &'static str = "Rémunération sur objectifs de santé publique (ROSP)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        "Circulaire CNAMTS 19/2011 du 26/10/2011, II.4 ; circulaire CNAM du 31/07/2024, §3.1 C (maintien en 2024 et 2025)".to_owned()
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let patients = Decimal::from(profile.patientele.total());
        // The reference is at least 1 (its domain).
        let weighted = profile.rosp.points_ponderes.value() * patients / p.reference.value;
        let other = profile.rosp.points_non_ponderes.value();
        Ok(Amounts {
            weighted,
            other,
            weighted_amount: points::amount(weighted, &p.point),
            other_amount: points::amount(other, &p.point),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let patients = profile.patientele.total();
        let lines = vec![
            Line::new(
                "ROSP.PONDERES",
                "Indicateurs du médecin traitant, pondérés par la patientèle",
                detail.text(|| {
                    format!(
                        "{} points × {} patients / {} × {} ({} points pondérés)",
                        plain(profile.rosp.points_ponderes.value()),
                        count(patients),
                        plain(p.reference.value),
                        euros(p.point.value),
                        plain(to_cents(a.weighted))
                    )
                }),
                a.weighted_amount,
                detail.text(|| format!("{} ; {}", p.point.citation(), p.reference.citation())),
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
                detail.text(|| points::formula(a.other, &p.point)),
                a.other_amount,
                detail.text(|| p.point.citation()),
            )
            .famille(famille::PREVENTION),
        ];
        let total = a.weighted_amount + a.other_amount;
        Explained {
            groups: vec![Group::new("ROSP.POINTS", "Points obtenus", lines)],
            payments: vec![Payment::new(
                format!("Début {} (année glissante)", year.annee + 1),
                format!("ROSP {}", year.annee),
                total.value(),
                || "Circulaire CNAMTS 19/2011 du 26/10/2011, II.4 d)",
            )
            .interpretation(
                "La ROSP de l'année n, calculée en année glissante, est versée au début de l'année n+1 \
                 (calendrier de 2011 : mise en œuvre en 2012, premiers paiements début 2013).",
            )],
        }
    }
}
