#![no_main]

use forfaits_fuzz::{run, targets::Echeancier, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Input<Echeancier>| run(&input.case));
