//! The costing of a cohort, row after row, in memory that does not grow with the rows: totals per
//! column and per dispositif, winners and losers of each column against the reference, the
//! distribution of the differences (in euros and in % of the reference), the breakdown by
//! spécialité, secteur and zonage, the largest gains and losses, the first invalid rows.
//! Aggregates of parts of a file merge into the aggregates of the whole (the CLI's threads).

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::costing::{Costing, DispositifName, RowOutcome};
use super::distribution::{self, Distribution, EURO_EDGES, PERCENT_EDGES};
use super::groups::{Group, BREAKDOWNS};
use crate::input::FieldError;
use crate::money::{
    note_cents, note_percent, round_cents, serialize_all_cents, serialize_cents,
    serialize_count_u64, serialize_counts,
};
use crate::scenario::ComponentRow;

/// Largest gains and losses listed per column.
pub const EXTREMES: usize = 10;

/// Invalid rows listed in the results (all are counted; the CLI writes every one on request).
pub const FIRST_ERRORS: usize = 100;

/// Serialised as the aggregates of a part of a file ([`Aggregates::to_text`]): the columns and
/// dispositifs are the costing's, which the aggregates it is merged into have.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Aggregates {
    #[serde(skip)]
    columns: Vec<(String, i32)>,
    #[serde(skip)]
    dispositifs: Vec<DispositifName>,
    lues: u64,
    valides: u64,
    /// Each dispositif's sum, column after column.
    montants: Vec<Decimal>,
    /// Column 1, 2… against column 0.
    versus: Vec<Versus>,
    /// Per breakdown, per group.
    groups: Vec<Vec<GroupSums>>,
    invalides: u64,
    /// The invalid rows of smallest line numbers, in order.
    errors: Vec<(u64, Vec<FieldError>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Versus {
    gagnants: u64,
    perdants: u64,
    inchanges: u64,
    euros: Distribution,
    pourcent: Distribution,
    /// Physicians paid nothing under the reference: no difference in %.
    sans_reference: u64,
    #[serde(with = "exact_extremes")]
    hausses: Vec<Extreme>,
    #[serde(with = "exact_extremes")]
    baisses: Vec<Extreme>,
}

/// The extremes of a part of a file as they are (the results round them to the cent).
mod exact_extremes {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Extreme;

    type Raw = (u64, Decimal, Decimal, Decimal);

    pub fn serialize<S: Serializer>(list: &[Extreme], s: S) -> Result<S::Ok, S::Error> {
        let raw: Vec<Raw> = list
            .iter()
            .map(|e| (e.ligne, e.ecart, e.reference, e.total))
            .collect();
        raw.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Extreme>, D::Error> {
        let raw = Vec::<Raw>::deserialize(d)?;
        Ok(raw
            .into_iter()
            .map(|(ligne, ecart, reference, total)| Extreme {
                ligne,
                ecart,
                reference,
                total,
            })
            .collect())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct GroupSums {
    nombre: u64,
    totals: Vec<Decimal>,
    /// (gagnants, perdants, inchangés) of column 1, 2…
    verdicts: Vec<[u64; 3]>,
}

/// A physician among the largest gains or losses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extreme {
    pub ligne: u64,
    #[serde(serialize_with = "serialize_cents")]
    pub ecart: Decimal,
    #[serde(serialize_with = "serialize_cents")]
    pub reference: Decimal,
    #[serde(serialize_with = "serialize_cents")]
    pub total: Decimal,
}

impl Versus {
    fn new() -> Self {
        Self {
            gagnants: 0,
            perdants: 0,
            inchanges: 0,
            euros: Distribution::new(&EURO_EDGES),
            pourcent: Distribution::new(&PERCENT_EDGES),
            sans_reference: 0,
            hausses: Vec::new(),
            baisses: Vec::new(),
        }
    }

    fn merge(&mut self, other: &Self) {
        self.gagnants += other.gagnants;
        self.perdants += other.perdants;
        self.inchanges += other.inchanges;
        self.euros.merge(&other.euros);
        self.pourcent.merge(&other.pourcent);
        self.sans_reference += other.sans_reference;
        for e in &other.hausses {
            offer(&mut self.hausses, e.clone(), true);
        }
        for e in &other.baisses {
            offer(&mut self.baisses, e.clone(), false);
        }
    }
}

/// Keeps the [`EXTREMES`] largest gains (or losses), ties by line number.
fn offer(list: &mut Vec<Extreme>, e: Extreme, gains: bool) {
    let before = |a: &Extreme, b: &Extreme| {
        let (x, y) = if gains {
            (b.ecart, a.ecart)
        } else {
            (a.ecart, b.ecart)
        };
        (x, a.ligne) < (y, b.ligne)
    };
    if list.len() == EXTREMES && !before(&e, &list[EXTREMES - 1]) {
        return;
    }
    let at = list.partition_point(|x| before(x, &e));
    list.insert(at, e);
    list.truncate(EXTREMES);
}

/// An integer number of hundredths (cents, or hundredths of a percent), rounded half away from
/// zero.
fn hundredths(v: Decimal) -> i64 {
    let mut r = v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    i64::try_from(r.mantissa()).unwrap_or(if r.is_sign_negative() {
        i64::MIN
    } else {
        i64::MAX
    })
}

impl Aggregates {
    pub fn new(costing: &Costing) -> Self {
        let columns = costing.columns().to_vec();
        let n = columns.len();
        Self {
            dispositifs: costing.dispositifs().to_vec(),
            lues: 0,
            valides: 0,
            montants: vec![Decimal::ZERO; n * costing.dispositifs().len()],
            versus: (1..n).map(|_| Versus::new()).collect(),
            groups: BREAKDOWNS
                .iter()
                .map(|(_, groups)| {
                    groups
                        .iter()
                        .map(|_| GroupSums {
                            nombre: 0,
                            totals: vec![Decimal::ZERO; n],
                            verdicts: vec![[0; 3]; n - 1],
                        })
                        .collect()
                })
                .collect(),
            invalides: 0,
            errors: Vec::new(),
            columns,
        }
    }

    /// Rows read so far (valid and invalid).
    pub fn rows(&self) -> u64 {
        self.lues
    }

    pub fn valid(&self) -> u64 {
        self.valides
    }

    pub fn invalid(&self) -> u64 {
        self.invalides
    }

    pub fn add(&mut self, outcome: &RowOutcome) {
        self.lues += 1;
        let (ligne, costed) = match outcome {
            RowOutcome::Invalid { ligne, erreurs } => {
                self.invalides += 1;
                self.keep_error(*ligne, erreurs);
                return;
            }
            RowOutcome::Costed { ligne, costed } => (*ligne, costed),
        };
        self.valides += 1;
        for (sum, m) in self.montants.iter_mut().zip(&costed.montants) {
            *sum += m;
        }
        let totals = &costed.totals()[..self.columns.len()];
        let reference = totals[0];
        let mut verdicts = Vec::with_capacity(self.versus.len());
        for (v, total) in self.versus.iter_mut().zip(&totals[1..]) {
            let ecart = round_cents(*total - reference);
            let cents = hundredths(ecart);
            v.euros.add(cents);
            if reference > Decimal::ZERO {
                v.pourcent
                    .add(hundredths(ecart * Decimal::ONE_HUNDRED / reference));
            } else {
                v.sans_reference += 1;
            }
            let extreme = || Extreme {
                ligne,
                ecart,
                reference,
                total: *total,
            };
            let verdict = match cents.signum() {
                1 => {
                    v.gagnants += 1;
                    offer(&mut v.hausses, extreme(), true);
                    0
                }
                -1 => {
                    v.perdants += 1;
                    offer(&mut v.baisses, extreme(), false);
                    1
                }
                _ => {
                    v.inchanges += 1;
                    2
                }
            };
            verdicts.push(verdict);
        }
        for (breakdown, group) in self.groups.iter_mut().zip(costed.groupes.0) {
            let g = &mut breakdown[group];
            g.nombre += 1;
            for (sum, t) in g.totals.iter_mut().zip(totals) {
                *sum += t;
            }
            for (counts, verdict) in g.verdicts.iter_mut().zip(&verdicts) {
                counts[*verdict] += 1;
            }
        }
    }

    fn keep_error(&mut self, ligne: u64, erreurs: &[FieldError]) {
        if self.errors.len() == FIRST_ERRORS && self.errors[FIRST_ERRORS - 1].0 < ligne {
            return;
        }
        let at = self.errors.partition_point(|(l, _)| *l < ligne);
        self.errors.insert(at, (ligne, erreurs.to_vec()));
        self.errors.truncate(FIRST_ERRORS);
    }

    /// These aggregates as text, for the aggregates of the rest of the file to merge them in
    /// another wasm instance (the page's second Web Worker): JSON, amounts exact.
    pub fn to_text(&self) -> String {
        // Plain numbers and lists only: writing them cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Adds the aggregates of another part of the file under the same costing, as
    /// [`Aggregates::to_text`] wrote them; text of another shape is refused, nothing added.
    pub fn merge_text(&mut self, text: &str) -> Result<(), super::FileError> {
        let refused =
            || super::FileError::new("Les deux parties du fichier n'ont pas pu être réunies.");
        let other: Self = serde_json::from_str(text).map_err(|_| refused())?;
        if !self.same_shape(&other) {
            return Err(refused());
        }
        self.merge(&other);
        Ok(())
    }

    /// Whether `other` has the columns, dispositifs and groups of these aggregates.
    fn same_shape(&self, other: &Self) -> bool {
        let groups = |a: &GroupSums, b: &GroupSums| {
            a.totals.len() == b.totals.len() && a.verdicts.len() == b.verdicts.len()
        };
        self.montants.len() == other.montants.len()
            && self.versus.len() == other.versus.len()
            && self
                .versus
                .iter()
                .zip(&other.versus)
                .all(|(a, b)| a.euros.same_bins(&b.euros) && a.pourcent.same_bins(&b.pourcent))
            && self.groups.len() == other.groups.len()
            && self
                .groups
                .iter()
                .zip(&other.groups)
                .all(|(a, b)| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| groups(x, y)))
    }

    /// Adds the rows of `other` (a part of the same file under the same costing).
    pub fn merge(&mut self, other: &Self) {
        self.lues += other.lues;
        self.valides += other.valides;
        self.invalides += other.invalides;
        for (a, b) in self.montants.iter_mut().zip(&other.montants) {
            *a += b;
        }
        for (a, b) in self.versus.iter_mut().zip(&other.versus) {
            a.merge(b);
        }
        for (ga, gb) in self.groups.iter_mut().zip(&other.groups) {
            for (a, b) in ga.iter_mut().zip(gb) {
                a.nombre += b.nombre;
                for (x, y) in a.totals.iter_mut().zip(&b.totals) {
                    *x += y;
                }
                for (x, y) in a.verdicts.iter_mut().zip(&b.verdicts) {
                    for i in 0..3 {
                        x[i] += y[i];
                    }
                }
            }
        }
        for (ligne, erreurs) in &other.errors {
            self.keep_error(*ligne, erreurs);
        }
    }

    /// The results, as the CLI prints them and the page shows them.
    pub fn summary(&self) -> Summary {
        let n = self.columns.len();
        let d = self.dispositifs.len();
        // The physician's totals leave out the dispositifs shown apart, as the report does.
        let total = |c: usize| -> Decimal {
            self.montants[c * d..(c + 1) * d]
                .iter()
                .zip(&self.dispositifs)
                .filter(|(_, name)| !name.hors_total)
                .map(|(m, _)| *m)
                .sum()
        };
        let reference = total(0);
        let share = |k: u64| -> String {
            if self.valides == 0 {
                return "0.0".to_owned();
            }
            let mut p = (Decimal::from(k) * Decimal::ONE_HUNDRED / Decimal::from(self.valides))
                .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
            p.rescale(1);
            p.to_string()
        };
        let count = |nombre: u64| Count {
            nombre,
            part: share(nombre),
        };
        let scenarios = (0..n)
            .map(|c| ColumnSummary {
                nom: self.columns[c].0.clone(),
                annee: self.columns[c].1,
                total: total(c),
                ecart: total(c) - reference,
            })
            .collect();
        let dispositifs = (0..d)
            .map(|i| {
                let montants: Vec<Decimal> = (0..n).map(|c| self.montants[c * d + i]).collect();
                ComponentRow {
                    code: self.dispositifs[i].code,
                    libelle: self.dispositifs[i].libelle,
                    hors_total: self.dispositifs[i].hors_total,
                    ecarts: montants.iter().map(|m| *m - montants[0]).collect(),
                    montants,
                }
            })
            .collect();
        let comparaisons = self
            .versus
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let ecart = total(i + 1) - reference;
                VersusSummary {
                    nom: self.columns[i + 1].0.clone(),
                    reference: self.columns[0].0.clone(),
                    ecart,
                    ecart_moyen: if self.valides == 0 {
                        Decimal::ZERO
                    } else {
                        ecart / Decimal::from(self.valides)
                    },
                    gagnants: count(v.gagnants),
                    perdants: count(v.perdants),
                    inchanges: count(v.inchanges),
                    ecarts_euros: v.euros.summary(),
                    ecarts_pourcent: v.pourcent.summary(),
                    sans_reference: v.sans_reference,
                    plus_fortes_hausses: v.hausses.clone(),
                    plus_fortes_baisses: v.baisses.clone(),
                }
            })
            .collect();
        let repartitions = BREAKDOWNS
            .iter()
            .zip(&self.groups)
            .map(|((dimension, groups), sums)| Breakdown {
                dimension,
                groupes: groups
                    .iter()
                    .zip(sums)
                    .filter(|(_, s)| s.nombre > 0)
                    .map(|(g, s)| GroupSummary {
                        groupe: *g,
                        nombre: s.nombre,
                        totaux: s.totals.clone(),
                        ecarts: s.totals[1..].iter().map(|t| *t - s.totals[0]).collect(),
                        gagnants: s.verdicts.iter().map(|v| v[0]).collect(),
                        perdants: s.verdicts.iter().map(|v| v[1]).collect(),
                        inchanges: s.verdicts.iter().map(|v| v[2]).collect(),
                    })
                    .collect(),
            })
            .collect();
        Summary {
            statut: "cohorte",
            lignes: Lines {
                lues: self.lues,
                valides: self.valides,
                invalides: self.invalides,
            },
            profils: self.valides,
            scenarios,
            dispositifs,
            comparaisons,
            repartitions,
            erreurs: self
                .errors
                .iter()
                .flat_map(|(ligne, errors)| {
                    errors.iter().map(|e| RowError {
                        ligne: *ligne,
                        champ: e.champ.clone(),
                        message: e.message.clone(),
                    })
                })
                .collect(),
            erreurs_tronquees: self.invalides > self.errors.len() as u64,
        }
    }
}

/// The results of a cohort.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub statut: &'static str,
    pub lignes: Lines,
    /// The physicians costed (the valid rows).
    #[serde(serialize_with = "serialize_count_u64")]
    pub profils: u64,
    /// Each column's total, and its difference with the first.
    pub scenarios: Vec<ColumnSummary>,
    /// Each dispositif under each column.
    pub dispositifs: Vec<ComponentRow>,
    /// Each column after the first against it.
    pub comparaisons: Vec<VersusSummary>,
    pub repartitions: Vec<Breakdown>,
    /// The errors of the first invalid rows (see [`FIRST_ERRORS`]).
    pub erreurs: Vec<RowError>,
    /// More rows were invalid than listed.
    pub erreurs_tronquees: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lines {
    #[serde(serialize_with = "serialize_count_u64")]
    pub lues: u64,
    #[serde(serialize_with = "serialize_count_u64")]
    pub valides: u64,
    #[serde(serialize_with = "serialize_count_u64")]
    pub invalides: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnSummary {
    pub nom: String,
    pub annee: i32,
    #[serde(serialize_with = "serialize_cents")]
    pub total: Decimal,
    #[serde(serialize_with = "serialize_cents")]
    pub ecart: Decimal,
}

/// A number of physicians and their share of the valid rows, in % to one decimal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    #[serde(serialize_with = "serialize_count_u64")]
    pub nombre: u64,
    #[serde(serialize_with = "percent")]
    pub part: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VersusSummary {
    pub nom: String,
    pub reference: String,
    #[serde(serialize_with = "serialize_cents")]
    pub ecart: Decimal,
    /// The difference per physician costed.
    #[serde(serialize_with = "serialize_cents")]
    pub ecart_moyen: Decimal,
    pub gagnants: Count,
    pub perdants: Count,
    pub inchanges: Count,
    /// Per-physician differences in euros.
    #[serde(serialize_with = "in_euros")]
    pub ecarts_euros: distribution::Summary,
    /// Per-physician differences in % of the reference (physicians paid something under it).
    #[serde(serialize_with = "in_percent")]
    pub ecarts_pourcent: distribution::Summary,
    /// Physicians paid nothing under the reference, absent from `ecarts_pourcent`.
    #[serde(serialize_with = "serialize_count_u64")]
    pub sans_reference: u64,
    pub plus_fortes_hausses: Vec<Extreme>,
    pub plus_fortes_baisses: Vec<Extreme>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breakdown {
    pub dimension: &'static str,
    pub groupes: Vec<GroupSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupSummary {
    #[serde(flatten)]
    pub groupe: Group,
    #[serde(serialize_with = "serialize_count_u64")]
    pub nombre: u64,
    /// The group's total under each column.
    #[serde(serialize_with = "serialize_all_cents")]
    pub totaux: Vec<Decimal>,
    /// Column 1, 2… minus column 0.
    #[serde(serialize_with = "serialize_all_cents")]
    pub ecarts: Vec<Decimal>,
    #[serde(serialize_with = "serialize_counts")]
    pub gagnants: Vec<u64>,
    #[serde(serialize_with = "serialize_counts")]
    pub perdants: Vec<u64>,
    #[serde(serialize_with = "serialize_counts")]
    pub inchanges: Vec<u64>,
}

/// An error of an invalid row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub ligne: u64,
    pub champ: String,
    pub message: String,
}

// The French texts of the figures the page shows (noted only while the boundary serialises, see
// `crate::money::with_texts`): a share or a difference in % under « 12.5 % », an amount under
// its digits.
fn percent<S: serde::Serializer>(raw: &str, s: S) -> Result<S::Ok, S::Error> {
    note_percent(raw);
    s.serialize_str(raw)
}

fn in_euros<S: serde::Serializer>(d: &distribution::Summary, s: S) -> Result<S::Ok, S::Error> {
    d.values().for_each(note_cents);
    d.serialize(s)
}

fn in_percent<S: serde::Serializer>(d: &distribution::Summary, s: S) -> Result<S::Ok, S::Error> {
    d.values().for_each(note_percent);
    d.serialize(s)
}
