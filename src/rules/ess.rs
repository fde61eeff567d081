//! Équipes de soins spécialisées — Circulaire CNAM du 31/07/2024, §7 (articles 53 à 58): the
//! crédit d'amorçage (80 000 €) and the yearly allocation (50 000 € to 100 000 €) are paid to the
//! structure, not to the physician: the report shows them apart from the total.

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{euros, Cents};
use crate::params::{ess as p, NotInForce, Parameters, Resolved, CONVENTION_2024};
use crate::report::{Group, Line, Payment};

use super::kit::periods::first_in_year;
use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "Le financement des équipes de soins spécialisées",
    feminine: false,
    replaces: None,
    replaced_by: None,
};

const APART: &str = "Versé à l'équipe de soins spécialisée, pas au médecin : ce montant n'est pas compté dans votre total.";

#[derive(Debug, Clone)]
pub struct Params {
    credit_amorcage: Resolved,
    dotation_minimum: Resolved,
    dotation_maximum: Resolved,
}

#[derive(Debug, Clone)]
pub struct Ess(InForce<Params>);

impl Ess {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        let get = |param| first_in_year(params, param, year);
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Ok::<_, NotInForce>(Params {
                credit_amorcage: get(&p::CREDIT_AMORCAGE)?,
                dotation_minimum: get(&p::DOTATION_MINIMUM)?,
                dotation_maximum: get(&p::DOTATION_MAXIMUM)?,
            })
        }))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    credit_amorcage: Cents,
    dotation: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.credit_amorcage + self.dotation
    }
}

fn created_in(profile: &Profile, year: Year) -> bool {
    profile.ess.annee_creation == i64::from(year.annee)
}

fn created_after(profile: &Profile, year: Year) -> bool {
    profile.ess.annee_creation > i64::from(year.annee)
}

/// The allocation entered, brought within the range of §7 (0: not known yet).
/// The dotation's formula: the amount entered, brought within the range of §7 if need be.
fn allocation(p: &Params, ess: &crate::input::Ess, a: &Amounts) -> String {
    let range = format!(
        "de {} à {}",
        euros(p.dotation_minimum.value),
        euros(p.dotation_maximum.value)
    );
    let entered = ess.dotation_annuelle.value();
    if entered.is_zero() {
        format!("dotation annuelle {range} : saisissez celle fixée pour la structure")
    } else if entered != a.dotation.value() {
        format!(
            "dotation saisie {}, ramenée à la fourchette {range} du §7 → {}",
            euros(entered),
            euros(a.dotation.value())
        )
    } else {
        format!("dotation annuelle {} (fourchette {range})", euros(entered))
    }
}

fn dotation(p: &Params, profile: &Profile) -> Decimal {
    let entered = profile.ess.dotation_annuelle.value();
    if entered.is_zero() {
        return Decimal::ZERO;
    }
    entered
        .max(p.dotation_minimum.value)
        .min(p.dotation_maximum.value.max(p.dotation_minimum.value))
}

impl Computation for Ess {
    const CODE: &'static str = "ESS";
    const LIBELLE: &'static str =
        "Équipe de soins spécialisée — versé à la structure, hors de votre total";
    const HORS_TOTAL: bool = true;
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2024.cite("§7 (articles 53 à 58 de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        if !profile.ess.membre {
            return Err(NotApplicable::new(
                "Aucune équipe de soins spécialisée déclarée.",
            ));
        }
        if created_after(profile, year) {
            return Err(NotApplicable::new(format!(
                "L'équipe de soins spécialisée est créée en {} : rien en {}.",
                profile.ess.annee_creation, year.annee
            )));
        }
        Ok(Amounts {
            credit_amorcage: if created_in(profile, year) {
                Cents::of(p.credit_amorcage.value)
            } else {
                Cents::ZERO
            },
            dotation: Cents::of(dotation(p, profile)),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let ess = &profile.ess;
        let allocation = detail.text(|| allocation(p, ess, a));
        let lines = vec![
            Line::new(
                "ESS.CREDIT_AMORCAGE",
                "Crédit d'amorçage (année de création de l'équipe)",
                detail.text(|| {
                    if created_in(profile, year) {
                        format!(
                            "équipe créée en {} → {}",
                            year.annee,
                            euros(p.credit_amorcage.value)
                        )
                    } else if ess.annee_creation == 0 {
                        "année de création non saisie : pas de crédit d'amorçage".to_owned()
                    } else {
                        format!(
                            "équipe créée en {} : crédit d'amorçage versé cette année-là",
                            ess.annee_creation
                        )
                    }
                }),
                a.credit_amorcage,
                detail.text(|| p.credit_amorcage.citation().to_owned()),
            )
            .note_in(detail, || APART),
            Line::new(
                "ESS.DOTATION",
                "Dotation annuelle (dès la première année)",
                allocation,
                a.dotation,
                detail.text(|| p.dotation_minimum.citation().to_owned()),
            )
            .note_in(detail, || APART),
        ];
        Explained {
            groups: vec![Group::new("ESS.STRUCTURE", "Versé à la structure", lines)],
            payments: vec![Payment::new(
                format!("Année {} (à la structure)", year.annee),
                "Équipe de soins spécialisée",
                (a.credit_amorcage + a.dotation).value(),
                Self::source,
            )
            .interpretation("Le §7 renvoie les modalités de financement à des instructions ultérieures : le versement est présenté dans l'année.")],
        }
    }
}
