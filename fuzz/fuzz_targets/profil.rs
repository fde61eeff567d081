#![no_main]

use forfaits_fuzz::{run, targets::Profil, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Input<Profil>| run(&input.case));
