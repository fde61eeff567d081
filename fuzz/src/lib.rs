//! The fuzzing harness of the calculator: one target per entry point of the core
//! (`fuzz_targets/`), each drawing a structured [`Case`] from the fuzzer's bytes
//! ([`generate`]) and checking it ([`run`]).
//!
//! A case that fails is written, by `cargo fuzz fmt` (see `scripts/fuzz.sh`), as the JSON of its
//! [`Case`] into `fuzz/regressions/<target>/`; `make test` replays those files through the same
//! checks (`tests/fuzz_regressions.rs`) without any fuzzing engine.

pub mod cases;
pub mod generate;

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use arbitrary::{Arbitrary, Unstructured};

pub use cases::{check, Case};

/// The most a case may take: the page recomputes at each keystroke. A cohort has it per line.
const BUDGET: Duration = Duration::from_millis(50);

/// The budget of `case`: [`BUDGET`], per line for a cohort (its header and each record).
fn budget(case: &Case) -> Duration {
    match case {
        Case::Cohorte { lignes, .. } => BUDGET * (lignes.len() as u32 + 1),
        _ => BUDGET,
    }
}

/// The processor time this thread has used: unlike the wall clock, it does not count the time
/// the thread waits for a core (the machine is shared; a loaded machine must not fail a case).
fn cpu_time() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec to write into; the clock exists on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// Checks `case`, and that it runs within its [`budget`] of processor time; a slow case is run twice
/// more and counts by its fastest run (caches, page faults of a first run). Panics on a failure,
/// which the fuzzer records.
pub fn run(case: &Case) {
    let timed = || {
        let start = cpu_time();
        if let Err(broken) = check(case) {
            panic!("invariant broken: {broken}");
        }
        cpu_time().saturating_sub(start)
    };
    let budget = budget(case);
    let first = timed();
    if first > budget {
        let fastest = first.min(timed()).min(timed());
        assert!(
            fastest <= budget,
            "too slow: {fastest:?} of processor time at best (at most {budget:?})"
        );
    }
}

/// How a target draws its case.
pub trait Target {
    fn case(u: &mut Unstructured) -> arbitrary::Result<Case>;
}

/// The input of target `T`: its case, drawn by `T`. Its `Debug` is the case's JSON, which
/// `cargo fuzz fmt` prints: a failing input becomes a regression file as it is.
pub struct Input<T> {
    pub case: Case,
    target: PhantomData<T>,
}

impl<'a, T: Target> Arbitrary<'a> for Input<T> {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(Self {
            case: T::case(u)?,
            target: PhantomData,
        })
    }
}

impl<T> fmt::Debug for Input<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let json = serde_json::to_string_pretty(&self.case).map_err(|_| fmt::Error)?;
        f.write_str(&json)
    }
}

/// The targets, one per entry point: each names how it draws its case.
pub mod targets {
    use super::generate as g;
    use super::{Case, Target};
    use arbitrary::{Result, Unstructured};

    macro_rules! targets {
        ($($(#[$doc:meta])* $name:ident => |$u:ident| $case:expr;)+) => {
            $(
                $(#[$doc])*
                pub struct $name;

                impl Target for $name {
                    fn case($u: &mut Unstructured) -> Result<Case> {
                        Ok($case)
                    }
                }
            )+
        };
    }

    targets! {
        /// A profile for a year.
        Profil => |u| Case::Profil { annee: g::year(u)?, profil: g::profile(u, false)? };
        /// A profile under one scenario.
        Scenario => |u| Case::Scenario {
            annee: g::year(u)?,
            profil: g::profile(u, false)?,
            scenario: g::scenario(u)?,
        };
        /// Two years compared.
        Comparaison => |u| Case::Comparaison {
            annee_a: g::year(u)?,
            annee_b: g::year(u)?,
            profil: g::profile(u, false)?,
        };
        /// Scenarios side by side.
        Scenarios => |u| Case::Scenarios {
            annee: g::year(u)?,
            profil: g::profile(u, false)?,
            scenarios: g::scenarios(u)?,
        };
        /// URPS results, signatories and seats.
        Representativite => |u| Case::Representativite { donnees: g::representativite(u)? };
        /// An assistant médical contract's schedule.
        Echeancier => |u| Case::Echeancier { profil: g::profile(u, true)? };
        /// A cohort file, fed in pieces.
        Cohorte => |u| g::cohort(u)?;
        /// A request of the page, then patches of it.
        Retouche => |u| g::retouche(u)?;
    }
}
