#!/usr/bin/env bash
# Vendors the web map's third-party files into crates/vigie-server/assets/vendor/, from npm, at
# pinned versions. The files are embedded in the `vigie` binary (crates/vigie-server/src/web.rs),
# so the page works with no network. Run it again only to change a version; commit the result.
#
#   bash web/vendor.sh
set -euo pipefail

D3_ARRAY=3.2.4
D3_GEO=3.1.1
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/crates/vigie-server/assets/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "vendor: installing d3-array@$D3_ARRAY d3-geo@$D3_GEO topojson-client@$TOPOJSON_CLIENT world-atlas@$WORLD_ATLAS" >&2
npm install --no-save --no-audit --no-fund --ignore-scripts --prefix "$tmp" \
    "d3-array@$D3_ARRAY" "d3-geo@$D3_GEO" "topojson-client@$TOPOJSON_CLIENT" "world-atlas@$WORLD_ATLAS" >&2

nm="$tmp/node_modules"
# The versions installed must be the versions asked for.
check() {
    local got
    got="$(node -p "require('$nm/$1/package.json').version")"
    if [ "$got" != "$2" ]; then
        echo "vendor: $1 is $got, expected $2" >&2
        exit 1
    fi
}
check d3-array "$D3_ARRAY"
check d3-geo "$D3_GEO"
check topojson-client "$TOPOJSON_CLIENT"
check world-atlas "$WORLD_ATLAS"

mkdir -p "$out"
cp "$nm/d3-array/dist/d3-array.min.js" "$out/d3-array.min.js"
cp "$nm/d3-geo/dist/d3-geo.min.js" "$out/d3-geo.min.js"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$out/topojson-client.min.js"
cp "$nm/world-atlas/countries-110m.json" "$out/countries-110m.json"

licence() {
    # $1 package, $2 version, $3 files
    local pkg="$1" version="$2" files="$3" spdx
    spdx="$(node -p "require('$nm/$pkg/package.json').license")"
    printf '## %s %s\n\n' "$pkg" "$version"
    printf -- '- Files: %s\n' "$files"
    printf -- '- From: https://www.npmjs.com/package/%s/v/%s\n' "$pkg" "$version"
    printf -- '- Licence: %s\n\n' "$spdx"
    for f in LICENSE LICENSE.md LICENSE.txt license; do
        if [ -f "$nm/$pkg/$f" ]; then
            printf '```\n'
            cat "$nm/$pkg/$f"
            printf '```\n\n'
            break
        fi
    done
}

{
    printf '# Vendored files\n\n'
    printf 'Copied from npm by `web/vendor.sh` (run it to update them; do not edit these files by hand).\n'
    printf 'They are embedded in the `vigie` binary and served under `/assets/vendor/` by `vigie serve`.\n\n'
    licence d3-array "$D3_ARRAY" "d3-array.min.js"
    licence d3-geo "$D3_GEO" "d3-geo.min.js"
    licence topojson-client "$TOPOJSON_CLIENT" "topojson-client.min.js"
    licence world-atlas "$WORLD_ATLAS" "countries-110m.json (country boundaries from Natural Earth, public domain)"
} > "$out/LICENSES.md"

ls -l "$out" >&2
echo "vendor: done" >&2
