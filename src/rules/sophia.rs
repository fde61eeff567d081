//! Sophia, the programme d'accompagnement des patients diabétiques, 2012 to 2016 — circulaire
//! CNAMTS 19/2011, II.3 c): the médecin traitant taking part is paid 1 C for sending a patient's
//! medical questionnaire and 1 C for its renewal; the value of C is the NGAP's.

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{count, euros, plain, Cents};
use crate::params::{ngap, sophia as s, NotInForce, Parameters, Resolved, CONVENTION_2011};
use crate::report::{Group, Line, Payment};

use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La rémunération Sophia de la convention de 2011",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

#[derive(Debug, Clone)]
pub struct Params {
    questionnaire: Resolved,
    renouvellement: Resolved,
    c: Resolved,
}

#[derive(Debug, Clone)]
pub struct Sophia(InForce<Params>);

impl Sophia {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            let get = |param| params.get(param, year.parameters_date);
            Ok::<_, NotInForce>(Params {
                questionnaire: get(&s::QUESTIONNAIRE)?,
                renouvellement: get(&s::RENOUVELLEMENT)?,
                c: get(&ngap::C)?,
            })
        }))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    questionnaires: Cents,
    renouvellements: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.questionnaires + self.renouvellements
    }
}

/// « 3 questionnaires × 1 C × 23 € »
fn formula(n: i64, noun: &str, c_count: &Resolved, c: &Resolved) -> String {
    format!(
        "{} {noun}{} × {} C × {}",
        count(n),
        if n > 1 { "s" } else { "" },
        plain(c_count.value),
        euros(c.value)
    )
}

impl Computation for Sophia {
    const CODE: &'static str = "SOPHIA";
    const LIBELLE: &'static str = "Programme Sophia (patients diabétiques)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2011.cite("II.3 c) (articles 18 et 19 de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let pay =
            |n: i64, c_count: &Resolved| Cents::of(Decimal::from(n) * c_count.value * p.c.value);
        Ok(Amounts {
            questionnaires: pay(profile.sophia.questionnaires, &p.questionnaire),
            renouvellements: pay(profile.sophia.renouvellements, &p.renouvellement),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let source = |c_count: &Resolved| {
            detail.text(|| format!("{} ; {}", c_count.citation(), p.c.citation()))
        };
        let lines = vec![
            Line::new(
                "SOPHIA.QUESTIONNAIRES",
                "Envoi du questionnaire médical d'un patient entrant dans le programme",
                detail.text(|| {
                    formula(
                        profile.sophia.questionnaires,
                        "questionnaire",
                        &p.questionnaire,
                        &p.c,
                    )
                }),
                a.questionnaires,
                source(&p.questionnaire),
            ),
            Line::new(
                "SOPHIA.RENOUVELLEMENTS",
                "Renouvellement du questionnaire médical",
                detail.text(|| {
                    formula(
                        profile.sophia.renouvellements,
                        "renouvellement",
                        &p.renouvellement,
                        &p.c,
                    )
                }),
                a.renouvellements,
                source(&p.renouvellement),
            ),
        ];
        Explained {
            groups: vec![Group::new("SOPHIA.PROGRAMME", "Questionnaires médicaux", lines)],
            payments: vec![Payment::new(
                format!("Année {}", year.annee),
                "Sophia, questionnaires de l'année",
                (a.questionnaires + a.renouvellements).value(),
                Self::source,
            )
            .interpretation(
                "La circulaire ne date pas le versement : chaque questionnaire est présenté comme payé \
                 l'année de son envoi.",
            )],
        }
    }
}
