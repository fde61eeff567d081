#!/usr/bin/env bash
# Installs whatever is missing to build and test on a fresh machine; does nothing when all is there.
# Rust target and wasm-pack (which builds wasm-bindgen-cli itself), Debian's chromium, and
# playwright-core from npm (driving that chromium: no browser download), typescript (checks the
# boundary's declarations, www/types.d.ts) and axe-core (the accessibility checks of the e2e suite).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null; then
  say "cargo install wasm-pack"
  cargo install wasm-pack --locked
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  say "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/typescript ] || [ ! -d node_modules/axe-core ]; then
  say "npm ci (playwright-core, typescript, axe-core)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
