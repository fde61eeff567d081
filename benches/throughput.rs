//! `make bench`: native throughput, each figure as min / median / max of several timed runs (the
//! machine is shared: compare figures of one run, as ratios).
//!
//! - the total path (`Engine::total`, what a costing computes per physician and column), per
//!   core: target ≥ 3 000 000 profiles/s;
//! - the explained report (`Engine::compute`), per core;
//! - a cohort file through the whole path — CSV (or JSON Lines) bytes → rows → profiles →
//!   totals under the signed text and the option 2 of 14/03/2024 → aggregates — on one thread (as
//!   the page's Web Worker) and on every core (as the CLI).
//!
//! One thread's figures are per second of that thread's CPU time (read from
//! `/proc/thread-self/schedstat`, so that other work on the machine does not lower them), or of
//! wall time where Linux does not give it; several threads' are per second of wall time.
//! `cargo bench --bench throughput -- total` (or `rapport`, `cohorte`) runs one part only.
//!
//! It prints its figures; it is a measurement, not a test.

use std::hint::black_box;
use std::time::Instant;

use forfaits::population::{parallel, synthetic, Costing, Reader, Run};
use forfaits::scenario::shipped;
use forfaits::{defaults, Decimal, Engine, Parameters, Profile};

/// Timed runs per figure.
const RUNS: usize = 7;

fn main() {
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let part = |name: &str| only.is_empty() || only.iter().any(|o| o == name);
    let engine = Engine::new(&Parameters::official(), 2026);
    let base = defaults::profile();
    // A cohort of distinct profiles near the page's default, and a synthetic population.
    let near_default: Vec<Profile> = (0..1_000)
        .map(|i| {
            let mut p = base.clone();
            p.patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients += i;
            p
        })
        .collect();
    let synthetic: Vec<Profile> = synthetic::Generator::new(1).take(1_000).collect();
    // Both paths must agree before anything is timed.
    for p in near_default.iter().chain(&synthetic) {
        let report = engine.compute(p).expect("valid cohort");
        assert_eq!(engine.total(p).ok(), Some(report.total));
    }
    for (name, cohort) in [
        ("profil d'exemple", &near_default),
        ("population synthétique", &synthetic),
    ] {
        if part("total") {
            let total = rates(|| count(cohort, 500, |p| engine.total(p).ok()));
            println!(
                "natif, total seul, {name} : {} profils/s sur un cœur (cible ≥ 3 000 000)",
                show(&total)
            );
        }
        if part("rapport") {
            let report = rates(|| count(cohort, 5, |p| engine.compute(p).ok().map(|r| r.total)));
            println!(
                "natif, rapport complet expliqué, {name} : {} profils/s sur un cœur",
                show(&report)
            );
        }
    }
    if part("cohorte") {
        cohort_files();
    }
    if part("frontiere") {
        boundary();
    }
    if part("cles") {
        many_keys();
    }
}

/// A request whose map of VSM campaigns holds 40 000 years given in descending order (480 KB,
/// under the reading's limit): read whole, ms per reading. Each entry is put in its place among
/// those read, which made this reading quadratic (512 ms); it now stops at the 101st entry
/// (`input::keyed::MAX_ENTRIES`) with its error, and must stay well under a millisecond.
fn many_keys() {
    use forfaits::page::read_demande;
    let n = 40_000;
    let mut text = String::from(
        r#"{"annee":2025,"profil":{"exercice":{"secteur":"1","specialite":"medecine_generale"},"vsm":{"#,
    );
    for i in (0..n).rev() {
        if i + 1 < n {
            text.push(',');
        }
        text += &format!("\"{i:06}\":{{}}");
    }
    text += "}}}";
    let mut runs: Vec<f64> = (0..=RUNS)
        .map(|_| {
            let clock = Clock::start();
            for _ in 0..5 {
                black_box(read_demande(&text).expect_err("too many entries"));
            }
            clock.seconds() * 1e3 / 5.0
        })
        .skip(1)
        .collect();
    runs.sort_by(f64::total_cmp);
    println!(
        "natif, demande de {} octets, {n} clés décroissantes : min {:.3} / médiane {:.3} / max {:.3} ms",
        text.len(),
        runs[0],
        runs[runs.len() / 2],
        runs[runs.len() - 1]
    );
}

/// The page's boundary without the wasm (`Calculateur.vue` and `Calculateur.retouche` of
/// src/wasm.rs, the same functions): one keystroke on the example profile (one count changed,
/// never twice the same), as a whole request (read, view, written) and as a patch (applied, view,
/// what changed in it compared and written), and the view alone; µs per call, one year and two
/// years compared. `cargo bench --bench throughput --profile release -- frontiere` for the
/// page's `opt-level` « z ».
fn boundary() {
    use forfaits::changes::Shown;
    use forfaits::input::lean;
    use forfaits::page::{read_demande, Calculateur};
    const CALLS: usize = 2_000;
    let profile = defaults::profile();
    for (name, rest) in [
        ("une année", r#""annee":2026,"comparer":null,"ouverts":[]"#),
        (
            "deux années comparées",
            r#""annee":2026,"comparer":2025,"ouverts":[]"#,
        ),
    ] {
        let mut calc = Calculateur::new();
        let mut p = profile.clone();
        let base = p.patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients;
        let request = |p: &Profile| {
            let profil = forfaits::json::to_string(p).expect("profile");
            format!(r#"{{"profil":{profil},{rest}}}"#)
        };
        let texts: Vec<String> = (0..50)
            .map(|i| {
                p.patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients = base + i;
                request(&p)
            })
            .collect();
        let micros = |f: &mut dyn FnMut(usize)| -> Vec<f64> {
            let mut runs: Vec<f64> = (0..=RUNS)
                .map(|_| {
                    let clock = Clock::start();
                    for i in 0..CALLS {
                        f(i);
                    }
                    clock.seconds() * 1e6 / CALLS as f64
                })
                .skip(1)
                .collect();
            runs.sort_by(f64::total_cmp);
            runs
        };
        let whole = micros(&mut |i| {
            let d = read_demande(&texts[i % 50]).expect("request");
            black_box(Shown::new(calc.vue(&d)));
        });
        let mut kept = read_demande(&texts[0]).expect("request");
        let mut shown = Some(Shown::new(calc.vue(&kept)).expect("view").1);
        let patched = micros(&mut |i| {
            let patch = format!(
                r#"{{"profil.patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients":{}}}"#,
                base + 1 + (i as i64 % 49)
            );
            assert!(lean::patch(&mut kept, &patch));
            let vue = calc.vue(&kept);
            let (changes, next) = shown.take().and_then(|s| s.changes(vue)).expect("view");
            black_box(changes);
            shown = Some(next);
        });
        let view = micros(&mut |_| {
            kept.profil
                .patientele
                .de_7_a_74_ans
                .hors_ald
                .hors_c2s
                .patients += 1;
            black_box(calc.vue(&kept));
        });
        let vue = calc.vue(&kept);
        let written = micros(&mut |_| {
            black_box(Shown::new(vue.clone()));
        });
        let plain = micros(&mut |_| {
            black_box(forfaits::json::to_string(&vue).expect("view"));
        });
        let us = |r: &[f64]| {
            format!(
                "min {:.1} / médiane {:.1} / max {:.1} µs",
                r[0],
                r[r.len() / 2],
                r[r.len() - 1]
            )
        };
        println!("natif, frontière, {name} : demande entière {}", us(&whole));
        println!("natif, frontière, {name} : retouche {}", us(&patched));
        println!("natif, frontière, {name} : la vue seule {}", us(&view));
        println!(
            "natif, frontière, {name} : écrite entière (avec ses textes) {}",
            us(&written)
        );
        println!("natif, frontière, {name} : écrite seule {}", us(&plain));
    }
}

/// This thread's CPU time in seconds, if Linux gives it.
fn cpu_seconds() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = text.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// A clock of this thread's CPU time (wall time without it).
struct Clock {
    wall: Instant,
    cpu: Option<f64>,
}

impl Clock {
    fn start() -> Self {
        Self {
            wall: Instant::now(),
            cpu: cpu_seconds(),
        }
    }

    fn seconds(&self) -> f64 {
        match (self.cpu, cpu_seconds()) {
            (Some(a), Some(b)) => b - a,
            _ => self.wall.elapsed().as_secs_f64(),
        }
    }
}

/// Runs `f` over the cohort `rounds` times; returns (profiles, seconds).
fn count(
    cohort: &[Profile],
    rounds: usize,
    f: impl Fn(&Profile) -> Option<Decimal>,
) -> (usize, f64) {
    let clock = Clock::start();
    let mut total = Decimal::ZERO;
    for _ in 0..rounds {
        for p in cohort {
            total += f(black_box(p)).unwrap_or_default();
        }
    }
    black_box(total);
    (rounds * cohort.len(), clock.seconds())
}

/// [`RUNS`] timed runs of `f` (one untimed first), as items per second.
fn rates(f: impl Fn() -> (usize, f64)) -> Vec<f64> {
    f();
    let mut rates: Vec<f64> = (0..RUNS)
        .map(|_| {
            let (n, secs) = f();
            n as f64 / secs
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    rates
}

/// « min / médiane / max » of sorted rates, with French thousands separators.
fn show(rates: &[f64]) -> String {
    let n = |v: f64| {
        let digits = format!("{:.0}", v);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('\u{a0}');
            }
            out.push(c);
        }
        out
    };
    format!(
        "min {} / médiane {} / max {}",
        n(rates[0]),
        n(rates[rates.len() / 2]),
        n(rates[rates.len() - 1])
    )
}

/// The signed text and the option 2 of 14/03/2024, for 2026.
fn two_columns() -> Costing {
    let s = shipped();
    Costing::of_scenarios(2026, &[s[0].clone(), s[2].clone()]).expect("shipped scenarios")
}

fn cohort_files() {
    const ROWS: u64 = 20_000;
    let mut full = Vec::new();
    synthetic::write_csv(1, ROWS, &mut full).expect("written in memory");
    let mut jsonl = Vec::new();
    synthetic::write_json_lines(1, ROWS, &mut jsonl).expect("written in memory");
    let mut small = b"exercice.secteur;exercice.specialite;patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients\n".to_vec();
    for i in 0..ROWS * 5 {
        small.extend_from_slice(format!("1;medecine_generale;{}\n", i % 2000).as_bytes());
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let read = rates(|| {
        let clock = Clock::start();
        (read_only(&full), clock.seconds())
    });
    println!(
        "cohorte, CSV complet → profils (lecture seule), 1 fil : {} lignes/s (temps CPU)",
        show(&read)
    );
    for (name, text, rows) in [
        ("CSV complet", &full, ROWS),
        ("JSON Lines complet", &jsonl, ROWS),
        ("CSV de 3 colonnes", &small, ROWS * 5),
    ] {
        let one = rates(|| {
            let clock = Clock::start();
            let mut run = Run::new(two_columns());
            for chunk in text.chunks(1 << 16) {
                run.feed(chunk, &mut |_| {}).expect("a cohort");
            }
            let summary = run.finish(&mut |_| {}).expect("a cohort");
            assert_eq!(summary.lignes.valides, rows);
            (rows as usize, clock.seconds())
        });
        println!(
            "cohorte, {name} → agrégats, 2 colonnes, 1 fil : {} lignes/s (temps CPU)",
            show(&one)
        );
        let costing = two_columns();
        let many = rates(|| {
            let start = Instant::now();
            let a =
                parallel::cost_file(text.as_slice(), &costing, threads, None).expect("a cohort");
            assert_eq!(a.valid(), rows);
            (rows as usize, start.elapsed().as_secs_f64())
        });
        println!(
            "cohorte, {name} → agrégats, 2 colonnes, {threads} fils : {} lignes/s (temps écoulé)",
            show(&many)
        );
    }
}

/// The rows of `text` read into profiles, nothing costed: the reading's share of the path.
fn read_only(text: &[u8]) -> usize {
    let mut reader = Reader::new();
    let mut rows = 0;
    let mut read = |reader: &mut Reader| {
        while let Some((record, decoder)) = reader.next_record().expect("a cohort") {
            black_box(decoder.decode(record).expect("valid rows"));
            rows += 1;
        }
    };
    for chunk in text.chunks(1 << 16) {
        reader.push(chunk);
        read(&mut reader);
    }
    reader.finish();
    read(&mut reader);
    rows
}
