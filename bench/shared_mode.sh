#!/usr/bin/env bash
# Throughput of the shared mode (NATS JetStream + PostgreSQL/PostGIS on loopback) with 1, 2 and 4
# workers, beside the embedded mode (`vigie ingest` into SQLite), on the same corpus; printed as a
# table, with the machine.
#
# Usage: bench/shared_mode.sh [COPIES] [WORKERS...]
#   COPIES   how many times the corpus is replicated (each copy's texts made distinct), default 2
#   WORKERS  worker counts to measure, default "1 2 4"
# Corpus: ../shared/eval/news-*/gold.jsonl and acled-2020 when present, else examples/*.txt.
# Needs nats-server and PostgreSQL 15 with PostGIS (installed with apt-get when root and missing).
# $VIGIE names the binary (default target/release/vigie); $WORKER_ARGS adds options to every
# `vigie worker` (e.g. "--batch 64"). Each worker's time (fetching, annotating, inserting, waiting
# for the merge lock, merging) is printed under the table.
# The data directory is $VIGIE_DATA (else vigie's default). Servers run in a temporary folder,
# PostgreSQL as `nobody` when run as root; all are stopped on exit.
#
# What is timed: for the shared mode, from the workers' start to the last one's exit (each loads the
# pipeline, about a second, and stops when the queue is empty), after the corpus was published
# (publishing is timed apart); for the embedded mode, the whole `vigie ingest` (load, read,
# annotate, write, merge).
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${1:-2}
shift || true
WORKERS=("${@:-1 2 4}")
read -r -a WORKERS <<<"${WORKERS[*]}"
VIGIE=${VIGIE:-target/release/vigie}
WORKER_ARGS=${WORKER_ARGS:-}
PG_BIN=/usr/lib/postgresql/15/bin

[ -x "$VIGIE" ] || cargo build --release -p vigie
if ! command -v nats-server >/dev/null || [ ! -x "$PG_BIN/initdb" ] || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y nats-server postgresql-15-postgis-3 >/dev/null
    else
        echo "shared_mode.sh: needs nats-server and postgresql-15-postgis-3 (apt-get install -y ...)" >&2
        exit 1
    fi
fi

WORK=$(mktemp -d /tmp/vigie-bench-shared.XXXXXX)
chmod 755 "$WORK"
NATS_PID=""
cleanup() {
    [ -n "$NATS_PID" ] && kill "$NATS_PID" 2>/dev/null || true
    if [ -d "$WORK/pg" ]; then as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The corpus.
CORPUS="$WORK/corpus.jsonl"
python3 - "$COPIES" "$CORPUS" <<'EOF'
import glob, json, sys, os
copies, out = int(sys.argv[1]), sys.argv[2]
files = sorted(glob.glob("../shared/eval/news-*/gold.jsonl")) + glob.glob("../shared/eval/acled-2020/gold.jsonl")
docs = []
for f in files:
    for line in open(f, encoding="utf-8"):
        g = json.loads(line)
        docs.append({k: g[k] for k in ("id", "text", "lang", "published") if k in g})
if not docs:
    for f in sorted(glob.glob("examples/*.txt")):
        docs.append({"id": os.path.basename(f), "text": open(f, encoding="utf-8").read()})
with open(out, "w", encoding="utf-8") as o:
    for c in range(copies):
        for d in docs:
            d = dict(d, id=f"{d['id']}-{c}", text=d["text"] if c == 0 else f"{d['text']}\n\n({c})")
            o.write(json.dumps(d, ensure_ascii=False) + "\n")
EOF
DOCS=$(wc -l <"$CORPUS")
MB=$(python3 -c "import json,sys; print(round(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1], encoding='utf-8'))/1e6, 2))" "$CORPUS")

# PostgreSQL.
mkdir "$WORK/pg"
[ "$(id -u)" = 0 ] && chown nobody "$WORK/pg"
PG_PORT=$(free_port)
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U vigie --auth=trust --encoding=UTF8 --locale=C >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-h 127.0.0.1 -p $PG_PORT -k $WORK/pg" -l "$WORK/pg/server.log" -w start >/dev/null

rows=()
times=()
now() { date +%s.%N; }
rate() { python3 -c "import sys; d,mb,s=map(float,sys.argv[1:]); print(f'{s:8.1f}  {d/s:8.1f}  {mb/s:6.3f}')" "$DOCS" "$MB" "$1"; }

# Embedded.
t0=$(now)
"$VIGIE" ingest --db "$WORK/embedded.sqlite" "$CORPUS" 2>"$WORK/embedded.log"
t1=$(now)
rows+=("embedded (SQLite)    1  $(rate "$(python3 -c "print($t1-$t0)")")")

for n in "${WORKERS[@]}"; do
    # A fresh queue and database for each run.
    NATS_PORT=$(free_port)
    nats-server -js -a 127.0.0.1 -p "$NATS_PORT" -sd "$WORK/js-$n" >"$WORK/nats-$n.log" 2>&1 &
    NATS_PID=$!
    for _ in $(seq 50); do (echo >/dev/tcp/127.0.0.1/"$NATS_PORT") 2>/dev/null && break; sleep 0.1; done
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U vigie "bench$n"
    DB="postgres://vigie@127.0.0.1:$PG_PORT/bench$n"
    p0=$(now)
    "$VIGIE" ingest --queue "nats://127.0.0.1:$NATS_PORT" "$CORPUS" 2>"$WORK/publish-$n.log"
    p1=$(now)
    pids=()
    t0=$(now)
    for i in $(seq "$n"); do
        # shellcheck disable=SC2086
        "$VIGIE" worker --queue "nats://127.0.0.1:$NATS_PORT" --db "$DB" --until-empty $WORKER_ARGS 2>"$WORK/worker-$n-$i.log" &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
    t1=$(now)
    stored=$(as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U vigie -Atc "SELECT COUNT(*) FROM articles" "bench$n")
    rows+=("shared (NATS + PG)   $n  $(rate "$(python3 -c "print($t1-$t0)")")   publish $(python3 -c "print(round($p1-$p0,2))") s, $stored stored")
    # Where each worker's time went (fetching, annotating, writing and merging, acknowledging).
    for i in $(seq "$n"); do
        spent=$(grep -h "seconds spent fetching" "$WORK/worker-$n-$i.log" | sed 's/^vigie: worker [0-9]*: //' || true)
        articles=$(grep -ho "[0-9]* article(s) stored" "$WORK/worker-$n-$i.log" | cut -d' ' -f1 || true)
        split=$(grep -h "of the writing" "$WORK/worker-$n-$i.log" | sed 's/^vigie: worker [0-9]*: //' || true)
        times+=("$n worker(s), worker $i: ${articles:-?} article(s); $spent; $split")
    done
    kill "$NATS_PID"; wait "$NATS_PID" 2>/dev/null || true; NATS_PID=""
done

echo "corpus: $DOCS articles, $MB MB of text; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "mode                 workers  seconds    docs/s    MB/s"
printf '%s\n' "${rows[@]}"
echo "time per worker:"
printf '  %s\n' "${times[@]}"
