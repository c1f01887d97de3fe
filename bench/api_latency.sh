#!/bin/sh
# API latency on a store of at least 100,000 events grown from real ones.
#
#   bench/api_latency.sh [STORE] [extra options of `vigie bench --api`]
#
# 1. Ingests the news sets and acled-2020 of ../shared/eval (beside the clone; the gold lines'
#    texts are read as articles, nothing is copied into the repository) into STORE (default
#    target/api-bench/eval.sqlite); a store already holding them is left as it is.
# 2. `vigie bench --api` copies the store, replicates its events (each copy's dates moved by whole
#    years) to at least 100,000, serves it on a free local port and runs the load generator
#    (`vigie loadtest`): typical queries from 4 keep-alive connections; requests/s, p50/p95/p99.
# Needs the release binary and the gazetteer (VIGIE_DATA or --data-dir, from `vigie setup`).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
vigie="$here/target/release/vigie"
shared="$here/../shared/eval"
store=${1:-$here/target/api-bench/eval.sqlite}
[ $# -gt 0 ] && shift
if [ ! -d "$shared" ]; then
    echo "api_latency.sh: $shared is missing: the evaluation sets are needed to build the store" >&2
    exit 1
fi
mkdir -p "$(dirname "$store")"
"$vigie" ingest --db "$store" "$shared"/news-*/gold.jsonl "$shared/acled-2020/gold.jsonl"
exec "$vigie" bench --api --db "$store" --min-events 100000 --concurrency 4 --requests 5000 "$@"
