# The two commands of the README: `make serve` and `make test`. Both install what is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PORT ?= 8000
WASM := pkg/forfaits_bg.wasm
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help setup build dist serve test lint test-native test-wasm test-e2e bench fuzz clean

help:
	@echo "make serve   installe ce qui manque, construit et sert la page sur http://127.0.0.1:$(PORT)/"
	@echo "make test    installe ce qui manque, puis fmt, clippy, tests natifs, wasm (Node) et de bout en bout (Chromium)"
	@echo "make dist    le dossier dist/ à copier sur n'importe quel hébergement statique"
	@echo "make bench   taille du wasm, temps d'un calcul dans la page, calculs natifs par seconde"
	@echo "make fuzz    chaque cible de fuzzing FUZZ_SECONDS secondes (180), une à la fois ; voir scripts/fuzz.sh"

setup:
	@scripts/setup.sh

# pkg/: wasm-pack output (generated, not committed); dist/: the page with pkg/ inside.
# No wasm-opt pass: Debian's binaryen (108) breaks the externref table wasm-bindgen emits
# ("WebAssembly.Table.set(): Argument 1 is invalid") and made the gzipped file larger
# (99 028 → 104 793 bytes), so rustc's opt-level "z" + LTO output is shipped as is.
build: setup
	wasm-pack build --target web --release --no-typescript --no-pack --out-dir pkg
	node scripts/strip-names.mjs $(WASM)
	rm -rf dist && mkdir -p dist/pkg
	cp -r www/. dist/
	cp pkg/forfaits.js $(WASM) dist/pkg/

dist: build
	@echo "dist/ est prêt : copiez son contenu sur un hébergement statique."

serve: build
	node scripts/serve.mjs dist $(PORT)

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

test-native: setup
	cargo test

test-wasm: setup
	wasm-pack test --node -- --test wasm

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/

test: lint test-native test-wasm test-e2e

bench: build
	@raw=$$(stat -c %s $(WASM)); gz=$$(gzip -9 -c $(WASM) | wc -c); \
	  echo "wasm : $$raw octets bruts, $$gz octets gzip -9 ($$((gz / 1024)) Kio ; cible ≤ 150 Kio)"
	node scripts/bench-page.mjs
	cargo bench --bench throughput

# The fuzzing harness (fuzz/, its own workspace: never built by lint or test, which only replay
# its regression inputs through tests/fuzz_regressions.rs). FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 180
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

clean:
	cargo clean
	rm -rf pkg dist fuzz/target
