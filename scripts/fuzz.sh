#!/usr/bin/env bash
# The fuzzing harness (fuzz/, cargo-fuzz on stable Rust): each target in turn for FUZZ_SECONDS
# (180 by default), one job at a time, with structured inputs and the invariants of
# fuzz/src/cases.rs. An input that fails is written as a regression case (the JSON of its case,
# printed by `cargo fuzz fmt`) into fuzz/regressions/<target>/, which `make test` replays
# (tests/fuzz_regressions.rs); the script then ends with exit 1. The corpus stays in fuzz/corpus/
# (not committed) and makes the next run start where this one stopped.
#
#   make fuzz                                   every target, 3 minutes each
#   FUZZ_SECONDS=600 FUZZ_TARGETS=profil make fuzz
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-180}"
targets="${FUZZ_TARGETS:-profil scenario comparaison scenarios representativite echeancier cohorte retouche}"
# cargo-fuzz passes flags of nightly rustc (-Zsanitizer…, sancov passes); stable accepts them so.
export RUSTC_BOOTSTRAP=1
flags=(-s none --debug-assertions)

say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }

if ! command -v cargo-fuzz >/dev/null; then
  say "cargo install cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

cargo fuzz build "${flags[@]}"
status=0
for t in $targets; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t" "fuzz/regressions/$t"
  log="fuzz/artifacts/$t/log"
  say "$t : ${seconds} s"
  # A profile with every section takes a few kB of the fuzzer's bytes, a cohort many profiles.
  max_len=16384
  [ "$t" = cohorte ] && max_len=262144
  if cargo fuzz run "${flags[@]}" -j 1 "$t" -- -max_total_time="$seconds" -timeout=10 \
      -max_len="$max_len" -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    say "$t : ${runs:-?} exécutions, aucune découverte"
  else
    status=1
    say "$t : échec (journal : $log)"
    for artifact in "fuzz/artifacts/$t"/{crash,timeout,oom,slow-unit,leak}-*; do
      [ -e "$artifact" ] || continue
      case_file="fuzz/regressions/$t/$(basename "$artifact").json"
      [ -e "$case_file" ] && continue
      # `cargo fuzz fmt` prints the input's Debug (the case's JSON, from a line "{") on stderr.
      if cargo fuzz fmt "${flags[@]}" "$t" "$artifact" 2>&1 >/dev/null | sed -n '/^{$/,$p' >"$case_file" \
          && [ -s "$case_file" ]; then
        say "cas de régression écrit : $case_file"
      else
        rm -f "$case_file"
        say "entrée brute gardée : $artifact"
      fi
    done
    grep -E "panicked|invariant broken|too slow|ERROR" "$log" | head -5 || true
  fi
done
exit "$status"
