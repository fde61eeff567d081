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
    for p in &cohort {
        black_box(engine.compute(p).ok());
    }
    let rounds = 500;
    let start = Instant::now();
    let mut total = Decimal::ZERO;
    for _ in 0..rounds {
        for p in &cohort {
            if let Ok(r) = engine.compute(black_box(p)) {
                total += r.total;
            }
        }
    }
    let elapsed = start.elapsed();
    let n = rounds * cohort.len();
    let per_sec = n as f64 / elapsed.as_secs_f64();
    println!("native: {n} profils calculés en {:.3} s — {:.0} profils/s sur un cœur (cible ≥ 1 000 000) [total de contrôle {total}]", elapsed.as_secs_f64(), per_sec);
}
