#![no_main]

use forfaits_fuzz::{run, targets::Comparaison, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Input<Comparaison>| run(&input.case));
