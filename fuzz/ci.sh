#!/usr/bin/env bash
# Runs every fuzz target for a short while (15 s each by default); fails on the first crash.
# .ci/run calls it after the tests; from nothing (cargo-fuzz to install, the instrumented build
# cold) it takes about the time measured in fuzz/README.md.
#
#   fuzz/ci.sh            # all targets, 15 s each
#   FUZZ_SECONDS=120 fuzz/ci.sh pipeline store_filter
#
# cargo-fuzz needs nightly features (-Zsanitizer); on a stable toolchain RUSTC_BOOTSTRAP=1
# allows them. FUZZ_SANITIZER=none builds without AddressSanitizer (faster build and runs).
set -euo pipefail
cd "$(dirname "$0")"

seconds="${FUZZ_SECONDS:-15}"
started=$(date +%s)
sanitizer="${FUZZ_SANITIZER:-address}"
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi

cargo fuzz build -O --sanitizer "$sanitizer"
echo "fuzz: cargo-fuzz and the build took $(( $(date +%s) - started )) s"
for target in "${targets[@]}"; do
    echo "== fuzz/$target: ${seconds}s"
    mkdir -p "corpus/$target"
    # libFuzzer exits non-zero on a crash, a panic, a timeout or running out of memory; the
    # reproducer is written to fuzz/artifacts/$target/.
    cargo fuzz run -O --sanitizer "$sanitizer" "$target" -- \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 -print_final_stats=1
done
echo "fuzz: ${#targets[@]} target(s), ${seconds}s each, no crash; $(( $(date +%s) - started )) s in all"
