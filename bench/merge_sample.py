#!/usr/bin/env python3
"""A seeded sample of merged events (clusters told by at least two articles) for a hand check.

    python3 bench/merge_sample.py --db STORE.sqlite [--seed 7] [--n 40] [--without PREFIX] [--show | --tsv]

--show prints, for each sampled cluster, every telling: article, type, place, date, actors, toll,
and the sentence holding its evidence, for a reader to judge whether they are one event.
--tsv prints the sample as rows (cluster, event ids, doc ids), ids only, with an empty verdict
column for the reader to fill (docs/eval/merge-sample.tsv). --without acled- leaves out the clusters
whose articles' doc ids all start with "acled-" (ACLED notes are each a distinct event by construction),
to sample the merges of news articles alone. Standard library only (sqlite3).
"""

import argparse
import json
import random
import sqlite3
import sys


def clusters(conn):
    """Cluster id -> its events, for clusters told by at least two articles, by cluster id."""
    rows = conn.execute(
        """SELECT COALESCE(e.cluster_id, e.id), e.id, a.id, a.doc_id, e.sub_event_type, e.location, e.country,
                  e.date_start, e.date_end, e.actor1, e.actor2, e.fatalities, e.evidence_start, e.evidence_end
           FROM events e JOIN articles a ON a.id = e.article_id ORDER BY 1, e.id"""
    ).fetchall()
    out = {}
    for r in rows:
        out.setdefault(r[0], []).append(r[1:])
    return {c: evs for c, evs in sorted(out.items()) if len({e[1] for e in evs}) >= 2}


def sentence(conn, article_id, start, end):
    """The sentence(s) of the article that hold the evidence span (byte offsets)."""
    text, document = conn.execute("SELECT text, document FROM articles WHERE id = ?", (article_id,)).fetchone()
    data = text.encode("utf-8")
    spans = [(s["span"]["start"], s["span"]["end"]) for s in json.loads(document).get("sentences", [])]
    covering = [(a, b) for a, b in spans if a < end and b > start] or [(start, end)]
    a, b = covering[0][0], covering[-1][1]
    return data[a:b].decode("utf-8", "replace").replace("\n", " ")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--without", metavar="PREFIX", help="leave out clusters whose doc ids all start with PREFIX")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--show", action="store_true")
    mode.add_argument("--tsv", action="store_true")
    args = p.parse_args()
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    merged = clusters(conn)
    if args.without:
        merged = {c: evs for c, evs in merged.items() if not all(e[2].startswith(args.without) for e in evs)}
    ids = sorted(merged)
    sample = sorted(random.Random(args.seed).sample(ids, min(args.n, len(ids))))
    print(f"# {len(ids)} clusters told by at least two articles{' (without ' + args.without + ' only)' if args.without else ''}; sample of {len(sample)}, seed {args.seed}", file=sys.stderr)
    for c in sample:
        evs = merged[c]
        if args.tsv:
            print("\t".join([str(c), str(len(evs)), ",".join(str(e[0]) for e in evs), ",".join(sorted({e[2] for e in evs})), ""]))
            continue
        print(f"== cluster {c}: {len(evs)} events from {len({e[1] for e in evs})} articles")
        for (eid, aid, doc, kind, loc, country, d0, d1, a1, a2, fat, s, e) in evs:
            date = d0 if d0 == d1 else f"{d0}/{d1}"
            print(f"  [{eid} {doc}] {kind} | {loc} {country} | {date} | {a1} -> {a2} | killed {fat}")
            print(f"      {sentence(conn, aid, s, e)[:400]}")


if __name__ == "__main__":
    main()
