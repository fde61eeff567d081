//! `make bench`: native computations per second on one core (target ≥ 1 000 000 profiles/s).
//! Prints its figures; it is a measurement, not a test.

use std::hint::black_box;
use std::time::Instant;

use forfaits::{defaults, Decimal, Engine, Parameters};

fn main() {
    let engine = Engine::new(&Parameters::official(), 2026);
    let base = defaults::profile();
    // A cohort of distinct profiles, as a negotiator's costing would run.
    let cohort: Vec<_> = (0..1_000)
        .map(|i| {
            let mut p = base.clone();
            p.patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients += i;
            p
        })
        .collect();
    // Both paths must agree before anything is timed.
    for p in &cohort {
        let report = engine.compute(p).expect("valid cohort");
        assert_eq!(engine.total(p).ok(), Some(report.total));
    }
    let (n, secs, total) = measure(&cohort, 2_000, |p| engine.total(p).ok());
    println!(
        "natif, total seul (chiffrage de masse) : {n} profils en {secs:.3} s — {:.0} profils/s sur un cœur (cible ≥ 1 000 000) [contrôle {total}]",
        n as f64 / secs
    );
    let (n, secs, total) = measure(&cohort, 20, |p| engine.compute(p).ok().map(|r| r.total));
    println!(
        "natif, rapport complet expliqué : {n} profils en {secs:.3} s — {:.0} profils/s sur un cœur [contrôle {total}]",
        n as f64 / secs
    );
}

/// Runs `f` over the cohort `rounds` times; returns (profiles, seconds, sum of the totals).
fn measure(
    cohort: &[forfaits::Profile],
    rounds: usize,
    f: impl Fn(&forfaits::Profile) -> Option<Decimal>,
) -> (usize, f64, Decimal) {
    let start = Instant::now();
    let mut total = Decimal::ZERO;
    for _ in 0..rounds {
        for p in cohort {
            total += f(black_box(p)).unwrap_or_default();
        }
    }
    (rounds * cohort.len(), start.elapsed().as_secs_f64(), total)
}
