//! What a cohort is costed under: columns of (name, year, parameters), the first being the
//! reference — the signed text then each scenario for one year, or the same parameters for two
//! years — each column an [`Engine`] read once; and one physician costed under every column.

use rust_decimal::Decimal;

use super::groups::Groups;
use crate::input::{validate_fields, FieldError, Profile, YEARS};
use crate::params::Parameters;
use crate::rules::Engine;
use crate::scenario::Scenario;

/// A column of the costing: what the physicians are paid under `parametres` in `annee`.
#[derive(Debug, Clone)]
pub struct Column {
    pub nom: String,
    pub annee: i32,
    pub parametres: Parameters,
}

/// A dispositif: its code and French label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DispositifName {
    pub code: &'static str,
    pub libelle: &'static str,
    /// Shown apart from the physician's total (a structure's, a mandate's): not in the totals.
    pub hors_total: bool,
}

#[derive(Debug)]
pub struct Costing {
    columns: Vec<(String, i32)>,
    engines: Vec<Engine>,
    dispositifs: Vec<DispositifName>,
}

impl Costing {
    /// The columns checked (at least one, each year in the calculator's range), each engine read.
    pub fn new(columns: Vec<Column>) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        if columns.is_empty() {
            errors.push(FieldError::new(
                "scenarios",
                "Au moins une colonne (la référence) est nécessaire.",
            ));
        }
        for (i, c) in columns.iter().enumerate() {
            if !YEARS.contains(&c.annee) {
                errors.push(FieldError::new(
                    if columns.iter().all(|d| d.annee == c.annee) {
                        "annee".to_owned()
                    } else {
                        format!("annees.{i}")
                    },
                    format!(
                        "Année de calcul hors du champ du calculateur ({} à {}).",
                        YEARS.start(),
                        YEARS.end()
                    ),
                ));
            }
        }
        errors.dedup();
        if !errors.is_empty() {
            return Err(errors);
        }
        let engines: Vec<Engine> = columns
            .iter()
            .map(|c| Engine::new(&c.parametres, c.annee))
            .collect();
        // The labels of the dispositifs, from one report (the rules are the same every year).
        let report = engines[0].compute(&crate::defaults::profile())?;
        let dispositifs = report
            .dispositifs
            .iter()
            .map(|d| DispositifName {
                code: d.code,
                libelle: d.libelle,
                hors_total: d.hors_total,
            })
            .collect();
        Ok(Self {
            columns: columns.into_iter().map(|c| (c.nom, c.annee)).collect(),
            engines,
            dispositifs,
        })
    }

    /// The signed text and each scenario for year `annee` (the first scenario is the reference);
    /// a scenario's errors are on `scenarios.<i>.…`.
    pub fn of_scenarios(annee: i32, scenarios: &[Scenario]) -> Result<Self, Vec<FieldError>> {
        let errors: Vec<FieldError> = scenarios
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.validate(&format!("scenarios.{i}")))
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        Self::new(
            scenarios
                .iter()
                .map(|s| Column {
                    nom: s.nom.trim().to_owned(),
                    annee,
                    parametres: s.parameters(),
                })
                .collect(),
        )
    }

    /// The same parameters in two years, `annee_a` the reference.
    pub fn of_years(
        annee_a: i32,
        annee_b: i32,
        params: &Parameters,
    ) -> Result<Self, Vec<FieldError>> {
        Self::new(
            [annee_a, annee_b]
                .into_iter()
                .map(|annee| Column {
                    nom: annee.to_string(),
                    annee,
                    parametres: params.clone(),
                })
                .collect(),
        )
    }

    /// (name, year) of each column.
    pub fn columns(&self) -> &[(String, i32)] {
        &self.columns
    }

    pub fn dispositifs(&self) -> &[DispositifName] {
        &self.dispositifs
    }

    /// One physician under every column: each dispositif's amount, column after column, or the
    /// errors of the profile (the validation of the form).
    pub fn cost(&self, profile: &Profile) -> Result<Costed, Vec<FieldError>> {
        let mut montants = Vec::with_capacity(self.engines.len() * self.dispositifs.len());
        // The fields are checked once for every column; each column adds its year's error.
        let field_errors = validate_fields(profile);
        for engine in &self.engines {
            montants.extend(engine.totals_of_checked(profile, &field_errors)?);
        }
        let d = self.dispositifs.len();
        let totals = montants
            .chunks(d.max(1))
            .map(|column| {
                column
                    .iter()
                    .zip(&self.dispositifs)
                    .filter(|(_, name)| !name.hors_total)
                    .map(|(m, _)| *m)
                    .sum()
            })
            .collect();
        Ok(Costed {
            groupes: Groups::of(profile),
            montants,
            totals,
            dispositifs: d,
        })
    }
}

/// A physician costed under every column.
#[derive(Debug, Clone, PartialEq)]
pub struct Costed {
    pub groupes: Groups,
    /// Each dispositif's amount, column after column.
    pub montants: Vec<Decimal>,
    /// The physician's total under each column: the dispositifs shown apart left out.
    totals: Vec<Decimal>,
    dispositifs: usize,
}

impl Costed {
    /// The amounts of the dispositifs under column `c`.
    pub fn column(&self, c: usize) -> &[Decimal] {
        &self.montants[c * self.dispositifs..(c + 1) * self.dispositifs]
    }

    /// The physician's total under each column, in order (as the report's: the dispositifs
    /// shown apart left out).
    pub fn totals(&self) -> &[Decimal] {
        &self.totals
    }
}

/// What became of one record of the file.
#[derive(Debug, Clone, PartialEq)]
pub enum RowOutcome {
    Costed {
        ligne: u64,
        costed: Costed,
    },
    Invalid {
        ligne: u64,
        erreurs: Vec<FieldError>,
    },
}

impl RowOutcome {
    pub fn ligne(&self) -> u64 {
        match self {
            Self::Costed { ligne, .. } | Self::Invalid { ligne, .. } => *ligne,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_out_of_range_are_field_errors() {
        let p = Parameters::official();
        let e = Costing::of_years(2025, 2040, &p).unwrap_err();
        assert_eq!(e[0].champ, "annees.1");
        let e = Costing::of_scenarios(2040, &crate::scenario::shipped()[..1]).unwrap_err();
        assert_eq!(e[0].champ, "annee");
    }
}
