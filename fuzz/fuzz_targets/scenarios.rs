#![no_main]

use forfaits_fuzz::{run, targets::Scenarios, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Input<Scenarios>| run(&input.case));
