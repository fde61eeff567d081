//! Rémunération médecin traitant (RMT) of the patients in ALD, 2012 to 2016 — circulaire CNAMTS
//! 19/2011, II.2 a): 40 € a year per patient in ALD of the médecin traitant, paid quarterly within
//! 45 days after the end of each quarter (annexe XIII).
//!
//! Its two lines share the families of the ALD categories of the FPMT and the FMT: a comparison
//! across regimes matches what each paid per patient in ALD.

use chrono::{Days, Months, NaiveDate};
use rust_decimal::prelude::ToPrimitive;

use crate::input::Profile;
use crate::money::{split, Cents};
use crate::params::{rmt as r, NotInForce, Parameters, Resolved, CONVENTION_2011};
use crate::report::{Group, Line, Payment};

use super::kit::categories::{self, per_patient, CATEGORIES};
use super::kit::{Computation, Detail, Explained, InForce, Lifecycle, NotApplicable, Year};

const LIFECYCLE: Lifecycle = Lifecycle {
    name: "La rémunération médecin traitant des patients en ALD (RMT)",
    feminine: true,
    replaces: None,
    replaced_by: None,
};

/// The two ALD categories of the table of patients (80 ans ou plus, moins de 80 ans).
const ALD: [usize; 2] = [0, 1];

#[derive(Debug, Clone)]
pub struct Params {
    montant: Resolved,
    delai: Resolved,
}

#[derive(Debug, Clone)]
pub struct Rmt(InForce<Params>);

impl Rmt {
    pub fn resolve(params: &Parameters, year: Year) -> Self {
        Self(InForce::resolve(&LIFECYCLE, year, || {
            Ok::<_, NotInForce>(Params {
                montant: params.get(&r::MONTANT, year.parameters_date)?,
                delai: params.get(&r::DELAI_VERSEMENT, year.parameters_date)?,
            })
        }))
    }
}

/// The patients in ALD of each category and what they are paid.
#[derive(Debug, Clone, Copy)]
pub struct Amounts {
    patients: [i64; 2],
    lines: [Cents; 2],
}

impl super::kit::Amounts for Amounts {
    fn total(&self) -> Cents {
        self.lines.iter().sum()
    }
}

/// The last day of quarter `q` (0 to 3) of `annee`.
fn quarter_end(annee: i32, q: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(annee, 3 * q + 3, 1)?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

impl Computation for Rmt {
    const CODE: &'static str = "RMT";
    const LIBELLE: &'static str = "Rémunération médecin traitant des patients en ALD (RMT)";
    type Params = Params;
    type Amounts = Amounts;

    fn params(&self) -> &InForce<Params> {
        &self.0
    }

    fn source() -> String {
        CONVENTION_2011.cite("II.2 a) (article 12 et annexe XIII de la convention)")
    }

    fn amounts(p: &Params, profile: &Profile, _: Year) -> Result<Amounts, NotApplicable> {
        let all = categories::patients(&profile.patientele);
        let patients = ALD.map(|i| all[i]);
        Ok(Amounts {
            patients,
            lines: patients.map(|n| Cents::times(n, p.montant.value)),
        })
    }

    fn explain(p: &Params, _: &Profile, year: Year, a: &Amounts, detail: Detail) -> Explained {
        let lines = ALD
            .iter()
            .enumerate()
            .map(|(k, &i)| {
                Line::new(
                    format!("RMT.{}", CATEGORIES[i].key),
                    format!("{}, vus ou non", CATEGORIES[i].libelle),
                    detail.text(|| per_patient(a.patients[k], p.montant.value)),
                    a.lines[k],
                    detail.text(|| p.montant.citation()),
                )
                .interpretation(
                    "Les patients en ALD sont ceux de la patientèle médecin traitant saisie (au 31/12 de \
                     l'année précédente), comptés les quatre trimestres de l'année.",
                )
                .famille(CATEGORIES[i].libelle)
            })
            .collect();
        let total = a.lines.iter().sum::<Cents>();
        // A whole number of days (the parameter's domain).
        let delay = p.delai.value.to_u64().unwrap_or(0);
        let payments = split(total.value(), 4)
            .into_iter()
            .zip(0..4_u32)
            .map(|(amount, q)| {
                let due = quarter_end(year.annee, q)
                    .and_then(|end| end.checked_add_days(Days::new(delay)))
                    .map_or_else(String::new, crate::input::date::french);
                Payment::new(
                    format!("Au plus tard le {due}"),
                    format!("RMT, {} trimestre {}", if q == 0 { "1er".to_owned() } else { format!("{}e", q + 1) }, year.annee),
                    amount,
                    || p.delai.citation().to_owned(),
                )
                .interpretation(
                    "La RMT annuelle est versée par quarts, chacun dans le délai suivant la fin de son \
                     trimestre.",
                )
            })
            .collect();
        Explained {
            groups: vec![Group::new(
                "RMT.PATIENTS_ALD",
                "Patients en ALD du médecin traitant",
                lines,
            )],
            payments,
        }
    }
}
