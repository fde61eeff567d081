//! The regression inputs of the fuzzing harness, replayed by `make test` without any fuzzing
//! engine: each file of `fuzz/regressions/<target>/` is the JSON of a case (an entry point and
//! its inputs as a user sends them) that once broke an invariant, checked here by the very code
//! the fuzz targets run (`fuzz/src/cases.rs`, included below). The timing bound of the targets
//! (50 ms a case) is not checked here: speed is measured in benchmarks, not in tests.
// Native only: `wasm-pack test` builds every test target for wasm32 (see tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/cases.rs"]
mod cases;

use std::path::{Path, PathBuf};

/// Every `.json` file under `dir`, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a directory of regressions") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn every_regression_input_keeps_the_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let files = files(&root);
    assert!(
        !files.is_empty(),
        "no regression input in {}",
        root.display()
    );
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a readable file");
        let case: cases::Case = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a case ({e})", file.display()));
        match std::panic::catch_unwind(|| cases::check(&case)) {
            Ok(Ok(())) => {}
            Ok(Err(broken)) => failures.push(format!("{}: {broken}", file.display())),
            Err(_) => failures.push(format!("{}: panicked", file.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
