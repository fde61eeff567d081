//! The biosimilaires intéressement — avenant 9, art. 6 (article 27 bis of the 2016 convention);
//! circulaire du 31/07/2024, §9.3 A: per molecule, patients initiated or switched × the saving of
//! a full year of treatment × the physician's share of the year; a molecule under 50 € is not
//! paid; 7 000 € at most for all molecules; paid in the half-year after the anniversary (1 January).

use rust_decimal::Decimal;

use crate::input::Profile;
use crate::money::{count, euros, pct, Cents};
use crate::params::interessements::{Molecule, MINIMUM_PAR_MOLECULE, MOLECULES, PLAFOND};
use crate::params::{Parameters, Resolved, AVENANT_9};
use crate::report::{Detail, Group, Line, Payment};

use crate::rules::kit::periods::first_in_year;
use crate::rules::kit::Year;

/// The molecules in the dispositif during the year, with their share, and the minimum and cap.
#[derive(Debug, Clone)]
pub struct Params {
    molecules: Vec<(&'static Molecule, Resolved)>,
    minimum: Resolved,
    plafond: Resolved,
}

impl Params {
    pub fn resolve(params: &Parameters, year: Year) -> Option<Self> {
        let get = |param| first_in_year(params, param, year).ok();
        let molecules: Vec<_> = MOLECULES
            .iter()
            .filter_map(|m| Some((m, get(m.part)?)))
            .collect();
        if molecules.is_empty() {
            return None;
        }
        Some(Self {
            molecules,
            minimum: get(&MINIMUM_PAR_MOLECULE)?,
            plafond: get(&PLAFOND)?,
        })
    }
}

/// Each molecule's intéressement (0 under the minimum), and the reduction to the cap (≤ 0).
#[derive(Debug, Clone)]
pub struct Amounts {
    pub molecules: Vec<Cents>,
    pub ecretement: Cents,
}

impl Amounts {
    pub fn total(&self) -> Cents {
        self.molecules.iter().sum::<Cents>() + self.ecretement
    }
}

/// Patients × saving per patient × share, before the minimum.
fn computed(profile: &Profile, m: &Molecule, part: &Resolved) -> Cents {
    let entry = profile.interessements.biosimilaires.molecules.get(m.cle);
    entry.map_or(Cents::ZERO, |e| {
        Cents::of(crate::money::percent_of(
            Decimal::from(e.patients) * e.economie_par_patient.value(),
            part.value,
        ))
    })
}

pub fn amounts(p: &Params, profile: &Profile) -> Amounts {
    if profile.interessements.biosimilaires.refus {
        return Amounts {
            molecules: vec![Cents::ZERO; p.molecules.len()],
            ecretement: Cents::ZERO,
        };
    }
    let molecules: Vec<Cents> = p
        .molecules
        .iter()
        .map(|(m, part)| computed(profile, m, part))
        .map(|c| {
            if c.value() < p.minimum.value {
                Cents::ZERO
            } else {
                c
            }
        })
        .collect();
    let sum: Cents = molecules.iter().sum();
    let cap = Cents::of(p.plafond.value);
    Amounts {
        ecretement: if sum > cap { cap - sum } else { Cents::ZERO },
        molecules,
    }
}

pub fn groups(p: &Params, profile: &Profile, a: &Amounts, detail: Detail) -> Vec<Group> {
    let mut groups: Vec<Group> = p
        .molecules
        .iter()
        .zip(&a.molecules)
        .map(|((m, part), amount)| {
            Group::new(
                m.code,
                "Intéressement biosimilaires",
                vec![molecule_line(p, profile, m, part, *amount, detail)],
            )
        })
        .collect();
    groups.push(cap_group(p, a, detail));
    groups
}

fn molecule_line(
    p: &Params,
    profile: &Profile,
    m: &Molecule,
    part: &Resolved,
    amount: Cents,
    detail: Detail,
) -> Line {
    let b = &profile.interessements.biosimilaires;
    let formula = || {
        let e = b.molecules.get(m.cle).cloned().unwrap_or_default();
        let raw = computed(profile, m, part);
        let product = format!(
            "{} patient(s) × {} × {}",
            count(e.patients),
            euros(e.economie_par_patient.value()),
            pct(part.value)
        );
        if b.refus {
            "refus de l'intéressement notifié à la caisse : le médecin renonce à toutes les molécules (article 27 bis 3)".to_owned()
        } else if raw.is_zero() {
            format!("{product} = 0 €")
        } else if amount.is_zero() {
            format!(
                "{product} = {}, sous le minimum de {} par molécule : non versé",
                euros(raw.value()),
                euros(p.minimum.value)
            )
        } else {
            format!("{product} = {}", euros(amount.value()))
        }
    };
    let mut line = Line::new(
        m.code,
        format!(
            "Biosimilaires — {} (initiations et switchs de l'année)",
            m.nom
        ),
        detail.text(formula),
        amount,
        detail.text(|| format!("{} ; minimum : {}", part.citation(), p.minimum.citation())),
    )
    .interpretations(part.interpretation)
    .interpretations(m.lecture);
    if m.prescription_restreinte && detail.lignes() {
        line = line.note("Prescription restreinte : seuls les médecins autorisés à la prescrire sont éligibles (article 27 bis 3).");
    }
    line
}

fn cap_group(p: &Params, a: &Amounts, detail: Detail) -> Group {
    let sum: Cents = a.molecules.iter().sum();
    let formula = || {
        if a.ecretement.is_zero() {
            format!(
                "total des molécules {} ≤ plafond de {} : rien à retirer",
                euros(sum.value()),
                euros(p.plafond.value)
            )
        } else {
            format!(
                "total des molécules {} ramené au plafond de {} par médecin",
                euros(sum.value()),
                euros(p.plafond.value)
            )
        }
    };
    Group::new(
        "INTERESSEMENTS.BIOSIMILAIRES",
        "Plafond de l'intéressement biosimilaires",
        vec![Line::new(
            "INTERESSEMENTS.BIOSIMILAIRES.PLAFOND",
            "Plafond toutes molécules confondues",
            detail.text(formula),
            a.ecretement,
            detail.text(|| p.plafond.citation()),
        )],
    )
}

pub fn payment(year: Year, a: &Amounts) -> Payment {
    Payment::new(
        format!("1er semestre {}", year.annee + 1),
        "Intéressement biosimilaires",
        a.total().value(),
        || {
            AVENANT_9.cite(
            "art. 6 (article 27 bis 5 : versé au cours du semestre qui suit la date anniversaire)",
        )
        },
    )
}
