#!/usr/bin/env bash
# The browser test of the web map (`vigie serve`'s page), as CI runs it:
#   1. installs Debian's chromium when /usr/bin/chromium is missing (as root only);
#   2. installs playwright-core (pinned in web/package-lock.json) with `npm ci`;
#   3. builds vigie (release) and ingests examples/ into a temporary store (with the gazetteer
#      found through VIGIE_DATA, or vigie's default data folder: see `vigie setup`);
#   4. starts `vigie serve` on 127.0.0.1 on a free port and runs web/test/map.test.mjs against it;
#   5. stops the server and exits with the test's status.
# The screenshot is saved to target/map-screenshot.png.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = "0" ]; then
        echo "browser-test: installing chromium" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2
    else
        echo "browser-test: /usr/bin/chromium is missing; install it (apt-get install chromium) and run again" >&2
        exit 1
    fi
fi

npm ci --prefix web --no-audit --no-fund >&2

cargo build --release -p vigie >&2
vigie="$root/target/release/vigie"

tmp="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

db="$tmp/store.sqlite"
"$vigie" ingest --db "$db" examples/ >&2

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
"$vigie" serve --db "$db" --addr "127.0.0.1:$port" 2>"$tmp/serve.log" &
server=$!

status=0
VIGIE_URL="http://127.0.0.1:$port" node web/test/map.test.mjs || status=$?
if [ "$status" -ne 0 ]; then
    echo "browser-test: the server said:" >&2
    cat "$tmp/serve.log" >&2 || true
fi
exit "$status"
