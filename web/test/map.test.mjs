// The browser test of the web map: headless Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core loads the page of a running `vigie serve`, sees the events on the map, filters
// them by type, opens an event and finds its evidence highlighted in the article. It saves a
// screenshot to target/map-screenshot.png.
//
//   VIGIE_URL=http://127.0.0.1:8080 node web/test/map.test.mjs
//
// web/browser-test.sh builds vigie, fills a store from examples/ and runs this against it.
// Prints `browser: N passed, M failed` last; exits 1 when a check failed.

import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const base = (process.env.VIGIE_URL || "http://127.0.0.1:8080").replace(/\/+$/, "");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const screenshot = process.env.VIGIE_SCREENSHOT || join(root, "target", "map-screenshot.png");
const STEP_MS = 30000; // how long one step may wait for the page before it is counted failed

let passed = 0;
let failed = 0;
function ok(name) {
  passed += 1;
  console.log(`ok - ${name}`);
}
function fail(name, why) {
  failed += 1;
  console.log(`FAILED - ${name}: ${why}`);
}
/** Runs one named check; a thrown error fails it. Returns its value, or undefined. */
async function check(name, fn) {
  try {
    const v = await fn();
    ok(name);
    return v;
  } catch (err) {
    fail(name, err && err.message ? err.message.split("\n")[0] : String(err));
    return undefined;
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function finish() {
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

async function getJSON(path) {
  const r = await fetch(base + path);
  if (!r.ok) throw new Error(`GET ${path}: ${r.status}`);
  return r.json();
}

// The server must be up, and its store must hold events with coordinates.
async function waitForServer() {
  let last = null;
  for (let i = 0; i < 150; i += 1) {
    try {
      return await getJSON("/api");
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`no vigie server answers at ${base}: ${last && last.message}`);
}

const FAMILY_OF_TYPE = { "Air/drone strike": "Explosions/Remote violence" };

async function main() {
  const precondition = await check("the server answers and its store holds events with coordinates", async () => {
    await waitForServer();
    const page = await getJSON("/events?limit=1000");
    assert(page.total > 0, "the store holds no events: ingest examples/ first (vigie ingest --db STORE examples/)");
    const placed = page.events.filter((e) => Number.isFinite(e.latitude) && Number.isFinite(e.longitude));
    assert(
      placed.length > 0,
      `none of the ${page.total} events has coordinates: the gazetteer is not installed or is unusable ` +
        "(see vigie's warning above). Run `vigie setup` (or set VIGIE_DATA to the folder it installed), then ingest again",
    );
    return { events: page.events, placed };
  });
  if (!precondition) return finish();

  // A new, empty profile (user-data-dir), removed at the end.
  const profile = mkdtempSync(join(tmpdir(), "vigie-chromium-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (err) {
    fail("Chromium starts", `${err.message.split("\n")[0]} (is ${chromiumPath} installed? apt-get install chromium)`);
    rmSync(profile, { recursive: true, force: true });
    return finish();
  }
  try {
    await run(context, precondition);
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  finish();
}

async function run(context, { events, placed }) {
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(STEP_MS);
  const errors = [];
  const outside = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  // Nothing may be fetched from anywhere but the server itself.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`) || url === base) return route.continue();
    outside.push(url);
    return route.abort();
  });

  const generation = () => page.evaluate(() => Number(document.body.dataset.generation || 0));
  const markerState = () =>
    page.$$eval(".marker", (ms) => ms.map((m) => ({ ids: m.dataset.ids.split(",").map(Number), families: m.dataset.families.split("|") })));

  const loaded = await check("the page loads and shows markers", async () => {
    const response = await page.goto(`${base}/`);
    assert(response && response.ok(), `GET / answered ${response && response.status()}`);
    await page.waitForSelector("body[data-state=ready]");
    await page.waitForSelector("#map .marker");
    await page.waitForSelector("#map path.country");
    return true;
  });
  if (!loaded) return;

  const before = await check("every event with coordinates is on the map", async () => {
    const markers = await markerState();
    const shown = new Set(markers.flatMap((m) => m.ids));
    const missing = placed.filter((e) => !shown.has(e.id)).map((e) => e.id);
    assert(missing.length === 0, `events ${missing.join(", ")} have no marker (${shown.size} shown)`);
    return markers;
  });

  await check("the timeline has bars", async () => {
    const bars = await page.$$("#timeline rect.bar");
    assert(bars.length > 0, "no bar in #timeline");
  });

  // Filter by a type the store holds: "Air/drone strike" when there is one, else the family of
  // the first event.
  const strike = events.find((e) => e.sub_event_type === "Air/drone strike" && Number.isFinite(e.latitude));
  const chosenType = strike ? "Air/drone strike" : placed[0].event_type;
  const family = strike ? FAMILY_OF_TYPE["Air/drone strike"] : placed[0].event_type;
  await check(`filtering by type "${chosenType}" shows only ${family}`, async () => {
    const g = await generation();
    await page.selectOption("#filter-type", chosenType);
    await page.waitForFunction((g0) => Number(document.body.dataset.generation) > g0 && document.body.dataset.state === "ready", g);
    await page.waitForSelector("#map .marker");
    const after = await markerState();
    const ids = after.flatMap((m) => m.ids).sort((a, b) => a - b);
    const idsBefore = (before || []).flatMap((m) => m.ids).sort((a, b) => a - b);
    assert(ids.join(",") !== idsBefore.join(","), `the markers did not change (${ids.join(",")})`);
    const wrong = after.filter((m) => m.families.some((f) => f !== family));
    assert(wrong.length === 0, `markers of other families are shown: ${JSON.stringify(wrong)}`);
    const expected = new Set(placed.filter((e) => (strike ? e.sub_event_type === chosenType : e.event_type === family)).map((e) => e.id));
    assert(ids.length === expected.size && ids.every((id) => expected.has(id)), `shown ${ids.join(",")}, expected ${[...expected].join(",")}`);
  });

  const mark = await check("clicking a marker opens the event with its evidence highlighted", async () => {
    await page.locator("#map .marker").first().click();
    // A cluster lists its events in the panel: open the first.
    const listed = await page.waitForSelector("#panel mark.evidence, #panel .event-item", { state: "attached" });
    if (await listed.evaluate((n) => n.classList.contains("event-item"))) {
      await listed.click();
    }
    const m = await page.waitForSelector("#panel mark.evidence");
    return m.evaluate((n) => ({ text: n.textContent, article: Number(n.dataset.article), start: Number(n.dataset.start), end: Number(n.dataset.end) }));
  });

  if (mark) {
    await check("the evidence is not empty and is the article's text at its byte offsets", async () => {
      assert(mark.text.trim().length > 0, "the highlighted evidence is empty");
      const a = await getJSON(`/articles/${mark.article}`);
      const text = a.document.text;
      assert(text.includes(mark.text), "the highlighted words are not in the article");
      const slice = Buffer.from(text, "utf8").subarray(mark.start, mark.end).toString("utf8");
      assert(slice === mark.text, `the article's bytes ${mark.start}..${mark.end} are ${JSON.stringify(slice)}, the page shows ${JSON.stringify(mark.text)}`);
    });
  }

  // Byte offsets are not string indices: open, from the panel's list, an event whose evidence
  // comes after non-ASCII text, and check the highlighted words again.
  const far = await check("an event told after non-ASCII text is found in the store", async () => {
    for (const e of placed) {
      for (const s of e.sources || []) {
        const text = (await getJSON(`/articles/${s.article_id}`)).document.text;
        const before = Buffer.from(text, "utf8").subarray(0, s.evidence_start).toString("utf8");
        if (before.length !== s.evidence_start) return { id: e.id, evidence: s.evidence };
      }
    }
    throw new Error("every evidence comes after ASCII text only: the example articles should include a French one");
  });
  if (far) {
    await check("the evidence after non-ASCII text is highlighted exactly", async () => {
      const g = await generation();
      await page.selectOption("#filter-type", "");
      await page.waitForFunction((g0) => Number(document.body.dataset.generation) > g0 && document.body.dataset.state === "ready", g);
      await page.click("#panel button.back"); // from the event open above to the list of events
      await page.click(`#panel .event-item[data-id="${far.id}"]`);
      await page.waitForFunction(
        (want) => [...document.querySelectorAll("#panel mark.evidence")].some((m) => m.textContent === want),
        far.evidence,
      );
    });
  }

  await check("the page fetched nothing from outside and logged no error", async () => {
    assert(outside.length === 0, `requests outside the server: ${outside.join(", ")}`);
    assert(errors.length === 0, `errors: ${errors.join(" | ")}`);
  });

  await check(`the screenshot is saved to ${screenshot}`, async () => {
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
  });
}

main().catch((err) => {
  fail("the test ran to its end", err && err.stack ? err.stack : String(err));
  finish();
});
