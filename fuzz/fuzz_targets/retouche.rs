#![no_main]

use forfaits_fuzz::{run, targets::Retouche, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Input<Retouche>| run(&input.case));
