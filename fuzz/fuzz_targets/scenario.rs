#![no_main]

use forfaits_fuzz::{run, targets::Scenario, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Input<Scenario>| run(&input.case));
