//! The distribution of the per-physician differences, in bounded memory: a histogram on a fixed
//! 1-2-5 scale (exact counts), the extremes, and the deciles.
//!
//! Values are integers of a fixed unit (cents, or hundredths of a percent). The deciles are exact
//! while the physicians hold at most [`EXACT_LIMIT`] distinct values (every count kept); beyond,
//! the values fall into logarithmic buckets of relative width 2⁻⁹, and a decile is the middle of
//! its bucket: **within 0.1 % of the exact value** (2⁻¹⁰ relative), and exact below 1 024 units.
//! Memory stays under a few hundred kilobytes whatever the number of rows; merging two
//! distributions gives the distribution of all their values, whatever the order (so the threads of
//! the CLI find the same figures as one thread).
//!
//! Decile k (k = 1…9) is the value of the physician of rank ⌈k·n/10⌉ in increasing order (the
//! « nearest rank » method): always the difference of an actual physician, to the cent. The
//! median is the 5th decile.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Distinct values kept exactly.
pub const EXACT_LIMIT: usize = 20_000;

/// Bits of mantissa of a bucket: 2⁹ buckets per power of two.
const SUB_BITS: u32 = 9;

/// Histogram edges in euros (cents), 1-2-5 from 1 € to 50 000 €.
pub const EURO_EDGES: [i64; 15] = [
    100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000,
    1_000_000, 2_000_000, 5_000_000,
];

/// Histogram edges in percent (hundredths), 1-2-5 from 0,1 % to 100 %.
pub const PERCENT_EDGES: [i64; 10] = [10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Values {
    Exact(BTreeMap<i64, u64>),
    /// Bucket index (signed like the values) → count.
    Buckets(BTreeMap<i64, u64>),
}

/// Serialised (for the aggregates of a part of a file, [`super::Aggregates::to_text`]) without its
/// edges, which the distribution it is merged into has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    #[serde(skip)]
    edges: &'static [i64],
    /// Losses farthest first, then zero, then gains nearest first (see [`Distribution::bin`]).
    bins: Vec<u64>,
    count: u64,
    min: i64,
    max: i64,
    values: Values,
}

impl Distribution {
    pub fn new(edges: &'static [i64]) -> Self {
        Self {
            edges,
            bins: vec![0; 2 * edges.len() + 3],
            count: 0,
            min: i64::MAX,
            max: i64::MIN,
            values: Values::Exact(BTreeMap::new()),
        }
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    /// Whether `other` has the bins of this one (a distribution read from text before a merge).
    pub fn same_bins(&self, other: &Self) -> bool {
        self.bins.len() == other.bins.len()
    }

    /// The histogram bin of `v`: `e` edges make `e + 1` bins of each sign and one for zero; the
    /// bound nearer zero belongs to the bin (a gain of 1 € is in « 1 € to 2 € »).
    fn bin(&self, v: i64) -> usize {
        let side = self.edges.len() + 1;
        let k = self
            .edges
            .partition_point(|e| *e <= v.unsigned_abs() as i64);
        match v.signum() {
            0 => side,
            1 => side + 1 + k,
            _ => side - 1 - k,
        }
    }

    pub fn add(&mut self, v: i64) {
        let bin = self.bin(v);
        self.bins[bin] += 1;
        self.count += 1;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
        match &mut self.values {
            Values::Exact(map) => {
                *map.entry(v).or_default() += 1;
                if map.len() > EXACT_LIMIT {
                    self.switch_to_buckets();
                }
            }
            Values::Buckets(map) => *map.entry(bucket(v)).or_default() += 1,
        }
    }

    /// Past [`EXACT_LIMIT`] distinct values: every count moves to its bucket.
    fn switch_to_buckets(&mut self) {
        if let Values::Exact(map) = &self.values {
            self.values = Values::Buckets(bucketed(map));
        }
    }

    /// Adds every value of `other` (same edges).
    pub fn merge(&mut self, other: &Self) {
        for (a, b) in self.bins.iter_mut().zip(&other.bins) {
            *a += b;
        }
        self.count += other.count;
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
        let incoming = match (&self.values, &other.values) {
            (Values::Buckets(_), Values::Exact(map)) => bucketed(map),
            (Values::Exact(_), Values::Buckets(map)) => {
                self.switch_to_buckets();
                map.clone()
            }
            (_, Values::Exact(map) | Values::Buckets(map)) => map.clone(),
        };
        let (Values::Exact(map) | Values::Buckets(map)) = &mut self.values;
        for (k, n) in incoming {
            *map.entry(k).or_default() += n;
        }
        if matches!(&self.values, Values::Exact(m) if m.len() > EXACT_LIMIT) {
            self.switch_to_buckets();
        }
    }

    /// The value of rank `rank` (from 1) in increasing order.
    fn at_rank(&self, rank: u64) -> i64 {
        let (map, exact) = match &self.values {
            Values::Exact(m) => (m, true),
            Values::Buckets(m) => (m, false),
        };
        let mut seen = 0;
        for (k, n) in map {
            seen += n;
            if seen >= rank {
                let v = if exact { *k } else { middle(*k) };
                return v.clamp(self.min, self.max);
            }
        }
        self.max
    }

    /// The summary in `unit`s (cents or hundredths of a percent, both written with 2 decimals).
    pub fn summary(&self) -> Summary {
        let d = |v: i64| Decimal::new(v, 2).to_string();
        let deciles: Vec<String> = if self.count == 0 {
            Vec::new()
        } else {
            (1..=9)
                .map(|k| d(self.at_rank((k * self.count).div_ceil(10))))
                .collect()
        };
        let side = self.edges.len() + 1;
        let edge = |i: usize| self.edges.get(i).copied();
        let mut histogramme: Vec<Bin> = self
            .bins
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let (de, a) = match i.cmp(&side) {
                    std::cmp::Ordering::Equal => (Some(0), Some(0)),
                    std::cmp::Ordering::Greater => {
                        let k = i - side - 1;
                        (Some(if k == 0 { 0 } else { self.edges[k - 1] }), edge(k))
                    }
                    std::cmp::Ordering::Less => {
                        let k = side - 1 - i;
                        (
                            edge(k).map(|e| -e),
                            Some(if k == 0 { 0 } else { -self.edges[k - 1] }),
                        )
                    }
                };
                Bin {
                    de: de.map(d),
                    a: a.map(d),
                    nombre: *n,
                }
            })
            .collect();
        // From the first bin with a physician to the last, zero always shown.
        let first = self
            .bins
            .iter()
            .position(|n| *n > 0)
            .unwrap_or(side)
            .min(side);
        let last = self
            .bins
            .iter()
            .rposition(|n| *n > 0)
            .unwrap_or(side)
            .max(side);
        histogramme.truncate(last + 1);
        histogramme.drain(..first);
        Summary {
            nombre: self.count,
            exact: matches!(self.values, Values::Exact(_)),
            min: (self.count > 0).then(|| d(self.min)),
            max: (self.count > 0).then(|| d(self.max)),
            mediane: deciles.get(4).cloned(),
            deciles,
            histogramme,
        }
    }
}

/// The counts of exact values, by bucket.
fn bucketed(exact: &BTreeMap<i64, u64>) -> BTreeMap<i64, u64> {
    let mut buckets = BTreeMap::new();
    for (v, n) in exact {
        *buckets.entry(bucket(*v)).or_default() += n;
    }
    buckets
}

/// The bucket of `v`: exact below 2¹⁰, then 2⁹ buckets per power of two; monotonic and signed.
fn bucket(v: i64) -> i64 {
    let m = v.unsigned_abs();
    let index = if m < 1 << (SUB_BITS + 1) {
        m as i64
    } else {
        let shift = 63 - m.leading_zeros() - SUB_BITS;
        ((shift as i64) << SUB_BITS) + (m >> shift) as i64
    };
    index * v.signum()
}

/// The middle of bucket `index`: within 2⁻¹⁰ of any value of the bucket, relatively.
fn middle(index: i64) -> i64 {
    let i = index.unsigned_abs();
    let m = if i < 1 << (SUB_BITS + 1) {
        i
    } else {
        let shift = (i >> SUB_BITS) - 1;
        let top = i - (shift << SUB_BITS);
        (top << shift) + (1 << (shift - 1))
    };
    i64::try_from(m).unwrap_or(i64::MAX) * index.signum()
}

/// The distribution as the results give it: amounts as decimal strings of the unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    #[serde(serialize_with = "crate::money::serialize_count_u64")]
    pub nombre: u64,
    /// The deciles are exact (false: within 0.1 %, see the module).
    pub exact: bool,
    pub min: Option<String>,
    pub max: Option<String>,
    pub mediane: Option<String>,
    /// D1 to D9.
    pub deciles: Vec<String>,
    pub histogramme: Vec<Bin>,
}

impl Summary {
    /// Every value it writes (bounds, deciles, extremes), for their French texts.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        let bounds = self.histogramme.iter().flat_map(|b| [&b.de, &b.a]);
        [&self.min, &self.max]
            .into_iter()
            .chain(bounds)
            .flatten()
            .chain(&self.deciles)
            .map(String::as_str)
    }
}

/// A bin of the histogram: from `de` to `a` (`null`: no bound), the bound nearer zero included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bin {
    pub de: Option<String>,
    pub a: Option<String>,
    #[serde(serialize_with = "crate::money::serialize_count_u64")]
    pub nombre: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_monotonic_and_close() {
        let mut values: Vec<i64> = (-5000..5000)
            .chain((-(1_i64 << 40)..(1 << 40)).step_by(7_777_777))
            .collect();
        values.sort_unstable();
        for pair in values.windows(2) {
            assert!(bucket(pair[0]) <= bucket(pair[1]), "{pair:?}");
        }
        for v in values {
            let m = middle(bucket(v));
            // Within 2⁻¹⁰ of the value, and in the same bucket.
            assert!((m - v).abs() * 1024 <= v.abs().max(1), "{v} → {m}");
            assert_eq!(bucket(m), bucket(v), "{v}");
        }
        assert_eq!(middle(bucket(1023)), 1023);
    }

    #[test]
    fn deciles_by_nearest_rank_and_histogram() {
        let mut d = Distribution::new(&EURO_EDGES);
        // 1 to 10 €: D1 = 1 €, D5 = 5 €, D9 = 9 €.
        for v in 1..=10 {
            d.add(v * 100);
        }
        let s = d.summary();
        assert!(s.exact);
        assert_eq!(s.deciles[0], "1.00");
        assert_eq!(s.mediane.as_deref(), Some("5.00"));
        assert_eq!(s.deciles[8], "9.00");
        // 0 (empty, shown), [1, 2): 1, [2, 5): 3, [5, 10): 5, [10, 20): 1.
        let shown: Vec<_> = s
            .histogramme
            .iter()
            .map(|b| (b.de.as_deref(), b.a.as_deref(), b.nombre))
            .collect();
        assert_eq!(
            shown,
            [
                (Some("0.00"), Some("0.00"), 0),
                (Some("0.00"), Some("1.00"), 0),
                (Some("1.00"), Some("2.00"), 1),
                (Some("2.00"), Some("5.00"), 3),
                (Some("5.00"), Some("10.00"), 5),
                (Some("10.00"), Some("20.00"), 1),
            ]
        );
    }

    #[test]
    fn many_values_within_the_bound_and_merge_in_any_order() {
        let values: Vec<i64> = (0..60_000_i64)
            .map(|i| (i * 7919) % 1_000_003 - 300_000)
            .collect();
        let mut whole = Distribution::new(&EURO_EDGES);
        values.iter().for_each(|v| whole.add(*v));
        let (mut a, mut b) = (
            Distribution::new(&EURO_EDGES),
            Distribution::new(&EURO_EDGES),
        );
        values[..100].iter().for_each(|v| a.add(*v));
        values[100..].iter().for_each(|v| b.add(*v));
        b.merge(&a);
        assert_eq!(b.summary(), whole.summary());
        let s = whole.summary();
        assert!(!s.exact);
        let mut sorted = values.clone();
        sorted.sort_unstable();
        for k in 1..=9 {
            let exact = sorted[(k * sorted.len()).div_ceil(10) - 1];
            // Two decimals: the text without its point is the number of units.
            let got: i64 = s.deciles[k - 1].replace('.', "").parse().unwrap();
            assert!(
                (got - exact).abs() * 1024 <= exact.abs().max(1),
                "D{k}: {got} vs {exact}"
            );
        }
    }
}
