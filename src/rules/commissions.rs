//! Indemnity of the members of the commissions paritaires — Circulaire CNAM du 31/07/2024, §12 D:
//! 13 C per séance (the value of C from the NGAP), for the representatives of the signatory unions
//! in the section professionnelle. A mandate's indemnity, not the physician's pay for their
//! practice: the report shows it apart from the total.

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{count, euros, plain, Cents};
use crate::params::{commissions as p, ngap, NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Group, Line, Payment};

use super::kit::periods::first_in_year;
use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'indemnité des membres des commissions paritaires",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

#[derive(Debug, Clone)]
pub struct Params {
    c_par_seance: Resolved,
    c: Resolved,
}

#[derive(Debug, Clone)]
pub struct Commissions(InForce<Params>);

impl Commissions {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Ok::<_, NotInForce>(Params {
                c_par_seance: first_in_year(params, &p::LETTRES_C_PAR_SEANCE, year)?,
                c: first_in_year(params, &ngap::C, year)?,
            })
        }))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    indemnite: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.indemnite
    }
}

impl Computation for Commissions {
    const CODE: &'static str = "COMMISSIONS";
    const LIBELLE: &'static str =
        "Commissions paritaires — indemnité de mandat syndical, hors de votre total";
    const HORS_TOTAL: bool = true;
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§12 D (articles 99 à 102-3 et annexe 6 de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let n = profile.commissions.seances;
        if n == 0 {
            return Err(NotApplicable::new(
                "Aucune séance de commission paritaire saisie.",
            ));
        }
        Ok(Amounts {
            indemnite: Cents::of(Decimal::from(n) * p.c_par_seance.value * p.c.value),
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
            "COMMISSIONS.SEANCES",
            "Indemnité par séance (en présentiel ou à distance)",
            detail.text(|| {
                format!(
                    "{} séance(s) × {} C × {}",
                    count(profile.commissions.seances),
                    plain(p.c_par_seance.value),
                    euros(p.c.value)
                )
            }),
            a.indemnite,
            detail.text(|| format!("{} ; valeur du C : {}", p.c_par_seance.citation(), p.c.citation())),
        )
        .interpretations(p.c.interpretation)
        .note_in(detail, || "Indemnité d'un mandat syndical, pas une rémunération de votre exercice : elle n'est pas comptée dans votre total.")
        .note_in(detail, || "L'indemnité de déplacement (sauf séance à distance), fixée à la première réunion de la commission, n'est pas calculée.");
        Explained {
            groups: vec![Group::new(
                "COMMISSIONS.SEANCES",
                "Séances de la section professionnelle",
                vec![line],
            )],
            payments: vec![Payment::new(
                format!("Année {}", year.annee),
                "Indemnité de commission paritaire",
                a.indemnite.value(),
                Self::source,
            )
            .interpretation(
                "Le §12 D ne date pas le versement : il est présenté dans l'année des séances.",
            )],
        }
    }
}
