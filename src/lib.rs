//! Forfaits — the reference open calculator of the forfaitary pay of French private physicians
//! under the convention médicale.
//!
//! The core is pure: [`input`] (the profile and its validation), [`params`] (dated values with
//! their sources), [`rules`] (one module per dispositif), [`report`] (every amount with the line
//! that explains it), [`money`] (exact amounts and the one rounding rule), [`page`] (what the
//! page shows, in one computation per keystroke, and the form it shows it with), [`changes`] (what
//! changed in it since the view the page holds). The only module
//! that knows JavaScript is `wasm`, compiled for `wasm32` alone, which passes JSON text to [`page`]
//! and back; the CLI (`src/bin/forfaits.rs`) calls the same core.

/// The page's wasm modules but the cohort's are built for size (opt-level « z », one profile per
/// keystroke): there the total path keeps one copy of its checks and arithmetic (no quick walk
/// before the validation's checks, no bounded DONUM mean, `Cents` sums out of line: copies that
/// would weigh kilobytes of gzip for no time a user could see). `money.rs` says the same in its
/// `cfg_attr`s, which cannot read a constant.
pub(crate) const SIZED_FOR_PAGE: bool = cfg!(all(target_arch = "wasm32", not(feature = "cohorte")));

/// A function kept as one copy in the modules built for size ([`SIZED_FOR_PAGE`]: called through
/// pointers there rather than copied into each caller), and inlined everywhere else, where the
/// total path reduces its checks of a valid profile to comparisons.
macro_rules! one_copy_in_page {
    ($item:item) => {
        #[cfg_attr(all(target_arch = "wasm32", not(feature = "cohorte")), inline(never))]
        #[cfg_attr(
            not(all(target_arch = "wasm32", not(feature = "cohorte"))),
            inline(always)
        )]
        $item
    };
}
pub(crate) use one_copy_in_page;

pub mod changes;
pub mod compare;
pub mod decimal_text;
pub mod defaults;
pub mod input;
pub mod json;
pub mod money;
pub mod outcome;
pub mod page;
pub mod params;
pub mod population;
pub mod report;
pub mod representativite;
pub mod rules;
pub mod scenario;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use compare::{compare, Comparison};
pub use input::{FieldError, Profile};
pub use outcome::Outcome;
pub use params::Parameters;
pub use report::Report;
pub use rules::{compute, Engine};
pub use rust_decimal::Decimal;
pub use scenario::{compare_scenarios, Scenario};
