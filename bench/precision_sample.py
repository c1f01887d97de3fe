#!/usr/bin/env python3
"""Draw the events to check by hand for precision (issue 6), from vigie's gold-format output.

    vigie extract --format gold ../shared/eval/news-en-guardian/gold.jsonl > guardian.jsonl
    python3 bench/precision_sample.py guardian.jsonl [--seed 2026] [--n 40]

Prints one block per sampled event: its key (document id # ordinal), type, arguments and the evidence
sentence, for a reader to judge. The verdicts go in docs/eval/precision-sample-*.tsv (keys and verdicts
only, never the articles' text). The same engine, input and seed draw the same sample. The gold format
holds only the events that happened (negated and hypothetical ones are left out), so those are what is
sampled. Draw a new seed for each reported sample; a seed looked at while tuning is spent.
"""
import argparse
import json
import random

ap = argparse.ArgumentParser()
ap.add_argument("predictions")
ap.add_argument("--seed", type=int, default=2026)
ap.add_argument("--n", type=int, default=40)
args = ap.parse_args()

events = []
with open(args.predictions, encoding="utf-8") as f:
    for line in f:
        doc = json.loads(line)
        for i, e in enumerate(doc.get("events", [])):
            events.append((doc["id"], i, e))
random.seed(args.seed)
for doc_id, i, e in random.sample(events, min(args.n, len(events))):
    names = lambda a: (e.get(a) or {}).get("names")
    print(f"== {doc_id}#{i} [{e.get('type')}] a1={names('actor1')} a2={names('actor2')} "
          f"loc={(e.get('location') or {}).get('name')} date={e.get('date')} fat={e.get('fatalities')}")
    print(f"   {e.get('evidence')}")
print(f"# {len(events)} events in all")
