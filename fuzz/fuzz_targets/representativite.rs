#![no_main]

use forfaits_fuzz::{run, targets::Representativite, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Input<Representativite>| run(&input.case));
