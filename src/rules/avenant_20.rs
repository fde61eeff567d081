//! Avenant 20 of the 2005 convention, 2012 to 2016 — circulaire CNAMTS 19/2011, II.1 a): prorogued
//! as it was until the ARS's new zonage; the new zonage ends it, and where it leaves the zone
//! déficitaire the adherent keeps 2/3 of the aid the first year and 1/3 the second. The aid itself
//! is computed by the avenant 20, which is not in the sources: the physician enters it.

use crate::input::Profile;
use crate::money::{euros, pct, percent_of, Cents};
use crate::params::{avenant_20 as a20, NotInForce, Parameters, Resolved, CONVENTION_2011};
use crate::report::{Group, Line, Payment};

use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "L'avenant 20 prorogé par la convention de 2011",
    feminine: false,
    replaces: None,
    replaced_by: None,
};

#[derive(Debug, Clone)]
pub struct Params {
    annee_1: Resolved,
    annee_2: Resolved,
}

#[derive(Debug, Clone)]
pub struct Avenant20(InForce<Params>);

impl Avenant20 {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Ok::<_, NotInForce>(Params {
                annee_1: params.get(&a20::PART_ANNEE_1, year.parameters_date)?,
                annee_2: params.get(&a20::PART_ANNEE_2, year.parameters_date)?,
            })
        }))
    }
}

/// Where the adherent stands in the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Before the new zonage: the aid as it was.
    Prorogued,
    /// First (1) or second (2) year of the transition.
    Transition(u8),
}

#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    stage: Stage,
    aid: Cents,
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.aid
    }
}

impl Params {
    fn part(&self, stage: Stage) -> Option<&Resolved> {
        match stage {
            Stage::Prorogued => None,
            Stage::Transition(1) => Some(&self.annee_1),
            Stage::Transition(_) => Some(&self.annee_2),
        }
    }
}

/// Where the adherent stands in `year`, or why nothing is paid.
fn stage(profile: &Profile, year: Year) -> Result<Stage, NotApplicable> {
    let a = &profile.avenant_20;
    if !a.adherent {
        return Err(NotApplicable::new("Pas d'adhésion à l'avenant 20."));
    }
    let zonage = a.annee_nouveau_zonage;
    let annee = i64::from(year.annee);
    if zonage == 0 || annee < zonage {
        return Ok(Stage::Prorogued);
    }
    if a.zone_reste_deficitaire {
        return Err(NotApplicable::new(format!(
            "Le nouveau zonage de l'ARS, en vigueur en {zonage}, met fin à l'avenant 20 ; la zone restant \
             déficitaire, l'option démographie vous est ouverte."
        )));
    }
    match annee - zonage {
        0 => Ok(Stage::Transition(1)),
        1 => Ok(Stage::Transition(2)),
        _ => Err(NotApplicable::new(format!(
            "La zone n'est plus déficitaire depuis le nouveau zonage de {zonage} : la transition de \
             l'avenant 20 a pris fin avec l'année {}.",
            zonage + 1
        ))),
    }
}

impl Computation for Avenant20 {
    const CODE: &'static str = "AVENANT_20";
    const LIBELLE: &'static str = "Avenant 20 (prorogation, puis transition)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2011.cite("II.1 a) (prolongation de l'avenant 20, disposition transitoire et dérogatoire, annexe III)")
    }

    fn amounts(p: &Params, profile: &Profile, year: Year) -> Result<Amounts, NotApplicable> {
        let stage = stage(profile, year)?;
        let aid = profile.avenant_20.aide_annuelle.value();
        Ok(Amounts {
            stage,
            aid: Cents::of(
                p.part(stage)
                    .map_or(aid, |part| percent_of(aid, part.value)),
            ),
        })
    }

    fn explain(
        p: &Params,
        profile: &Profile,
        year: Year,
        a: &Amounts,
        detail: Detail,
    ) -> Explained {
        let entered = profile.avenant_20.aide_annuelle.value();
        let written = || match p.part(a.stage) {
            None => (
                format!(
                    "Aide de l'avenant 20 prorogée, à taux plein : {}",
                    euros(entered)
                ),
                Self::source(),
            ),
            Some(part) => (
                format!(
                    "{} année après la sortie du zonage déficitaire : {} × {} = {}",
                    if a.stage == Stage::Transition(1) {
                        "1re"
                    } else {
                        "2e"
                    },
                    pct(part.value.round_dp(2)),
                    euros(entered),
                    euros(a.aid.value())
                ),
                part.citation().to_owned(),
            ),
        };
        let (formula, source) = if detail.lignes() {
            written()
        } else {
            (String::new(), String::new())
        };
        let mut line = Line::new("AVENANT_20.AIDE", "Aide forfaitaire de l'avenant 20", formula, a.aid, source)
            .interpretation(
                "Le calcul de l'aide de l'avenant 20 (convention de 2005) n'est pas dans les sources : \
                 son montant annuel à taux plein est saisi.",
            );
        if a.stage != Stage::Prorogued {
            line = line.interpretation(
                "La transition est comptée par années civiles : l'année d'entrée en vigueur du nouveau \
                 zonage est la première, la suivante la deuxième.",
            );
        }
        Explained {
            groups: vec![Group::new("AVENANT_20.AIDES", "Aide de l'avenant 20", vec![line])],
            payments: vec![Payment::new(
                format!("Année {}", year.annee + 1),
                format!("Avenant 20, aide {}", year.annee),
                a.aid.value(),
                Self::source,
            )
            .interpretation(
                "La circulaire ne date pas le versement de l'aide de l'avenant 20 : elle est présentée \
                 en n+1, comme celle des nouvelles options.",
            )],
        }
    }
}
