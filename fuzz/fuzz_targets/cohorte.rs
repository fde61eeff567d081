#![no_main]

use forfaits_fuzz::{run, targets::Cohorte, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Input<Cohorte>| run(&input.case));
