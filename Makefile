# The two commands of the README: `make serve` and `make test`. Both install what is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PORT ?= 8000
WASM := pkg/forfaits_bg.wasm
WASM_REP := pkg/representativite_bg.wasm
WASM_COH := pkg/cohorte_bg.wasm
WASM_COMPLET := pkg/complet_bg.wasm
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help setup build dist serve test lint test-native test-wasm test-node test-e2e cases bench fuzz clean

help:
	@echo "make serve   installe ce qui manque, construit et sert la page sur http://127.0.0.1:$(PORT)/"
	@echo "make test    installe ce qui manque, puis fmt, clippy, tests natifs, wasm (Node) et de bout en bout (Chromium)"
	@echo "make dist    le dossier dist/ à copier sur n'importe quel hébergement statique"
	@echo "make bench   recalcul à travers la frontière, frappe, taille des wasm, premier résultat (local, Slow 4G), calculs natifs par seconde"
	@echo "make cases   les cas calculés à la main de tests/cases/ (CAS=fmt make cases : ceux dont le chemin contient « fmt »)"
	@echo "make fuzz    chaque cible de fuzzing FUZZ_SECONDS secondes (180), une à la fois ; voir scripts/fuzz.sh"

setup:
	@scripts/setup.sh

# pkg/: wasm-pack output (generated, not committed); dist/: what a static host serves, built from
# www/ and pkg/ by scripts/build-dist.mjs (hashed names, preloads, service worker file list,
# .br and .gz copies; README, « Héberger »), its first view rendered at build time: the built page
# opened in headless Chromium (scripts/prerender.mjs), the form and the empty form's total it
# renders written into dist/index.html (README, « Premier résultat et livraison »).
# No wasm-opt pass: Debian's binaryen (108) breaks the externref table wasm-bindgen emits
# ("WebAssembly.Table.set(): Argument 1 is invalid") and made the gzipped file larger
# (99 028 → 104 793 bytes), so rustc's opt-level "z" + LTO output is shipped as is.
# Four wasm modules from src/wasm.rs: the page's (first view), the page's complete one (the same
# plus the dispositifs of the 2011 convention and the scenarios: loaded when a year 2012 to 2016
# or the scenarios are chosen, README « Taille »), the representativité panel's, loaded when it is
# opened, and the costing of a population, loaded by its Web Worker only. That one (every year:
# the 2011 convention's too) is built for speed, not size (opt-level 3: 110 000 rows generated and costed in 4,6 s of CPU
# instead of 11 s, for 58 Kio more gzip): it is never part of the first view.
build: setup
	wasm-pack build --target web --release --no-typescript --no-pack --out-dir pkg -- --no-default-features --features page
	wasm-pack build --target web --release --no-typescript --no-pack --out-dir pkg-complet --out-name complet -- --no-default-features --features page,convention_2011,complet
	wasm-pack build --target web --release --no-typescript --no-pack --out-dir pkg-rep --out-name representativite -- --no-default-features --features representativite
	CARGO_PROFILE_RELEASE_OPT_LEVEL=3 wasm-pack build --target web --release --no-typescript --no-pack --out-dir pkg-coh --out-name cohorte -- --no-default-features --features cohorte,convention_2011
	cp pkg-complet/complet.js pkg-complet/complet_bg.wasm pkg-rep/representativite.js pkg-rep/representativite_bg.wasm pkg-coh/cohorte.js pkg-coh/cohorte_bg.wasm pkg/
	node scripts/strip-names.mjs $(WASM)
	node scripts/strip-names.mjs $(WASM_COMPLET)
	node scripts/strip-names.mjs $(WASM_REP)
	node scripts/strip-names.mjs $(WASM_COH)
	node scripts/write-formulaire.mjs pkg/complet.js pkg/formulaire.json
	node scripts/build-dist.mjs www pkg dist

dist: build
	@echo "dist/ est prêt : copiez son contenu sur un hébergement statique (README, « Héberger »)."

serve: build
	node scripts/serve.mjs dist $(PORT)

# Clippy on the wasm twice: every feature, and the page's first module alone (without the 2011
# convention's amounts nor the scenarios, see src/wasm.rs).
lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features page -- -D warnings

test-native: setup
	cargo test

# The hand-computed case files alone (tests/cases/README.md); CAS=texte keeps the files whose
# path contains it. Part of test-native too.
cases:
	cargo test --test cases -- --nocapture

test-wasm: setup
	wasm-pack test --node -- --test wasm

# Every export of the built modules against hostile JavaScript values, in Node.
test-node: build
	node --test tests/node/

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/

test: lint test-native test-wasm test-node test-e2e

# The boundary per recomputation (min/median/max, ratio to the figures before it was rebuilt), a
# keystroke in the page, the wasm of the first view and of the modules loaded later (gzip -9,
# brotli), 110 000 physicians costed in the page's Web Worker, then the native throughput.
bench: build
	node scripts/bench-page.mjs
	node scripts/bench-first-result.mjs
	node scripts/bench-cohorte.mjs
	cargo bench --bench throughput

# The fuzzing harness (fuzz/, its own workspace: never built by lint or test, which only replay
# its regression inputs through tests/fuzz_regressions.rs). FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 180
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

clean:
	cargo clean
	rm -rf pkg pkg-rep pkg-coh dist fuzz/target
