#!/usr/bin/env bash
# Runs every fuzz target for a short while (30 s each by default); fails on the first crash.
#
#   fuzz/ci.sh            # all targets, 30 s each
#   FUZZ_SECONDS=120 fuzz/ci.sh pipeline store_filter
#
# cargo-fuzz needs nightly features (-Zsanitizer); on a stable toolchain RUSTC_BOOTSTRAP=1
# allows them. FUZZ_SANITIZER=none builds without AddressSanitizer (faster build and runs).
set -euo pipefail
cd "$(dirname "$0")"

seconds="${FUZZ_SECONDS:-30}"
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
for target in "${targets[@]}"; do
    echo "== fuzz/$target: ${seconds}s"
    mkdir -p "corpus/$target"
    # libFuzzer exits non-zero on a crash, a panic, a timeout or running out of memory; the
    # reproducer is written to fuzz/artifacts/$target/.
    cargo fuzz run -O --sanitizer "$sanitizer" "$target" -- \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 -print_final_stats=1
done
echo "fuzz: ${#targets[@]} target(s), ${seconds}s each, no crash"
