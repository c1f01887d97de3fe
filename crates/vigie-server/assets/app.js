// vigie web map: plain JavaScript over the JSON API of `vigie serve` (no build step, no framework).
// Libraries (vendored, embedded in the binary): d3-geo for the projection, topojson-client for the
// country boundaries of world-atlas. Everything else (map, pan/zoom, clustering, timeline, brush,
// panel) is drawn here, in SVG.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";

  // ACLED event types (families) and their sub-event types, with a colour per family.
  const FAMILIES = [
    { name: "Battles", color: "#e5484d", types: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"] },
    { name: "Explosions/Remote violence", color: "#f59e0b", types: ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"] },
    { name: "Violence against civilians", color: "#b36bff", types: ["Sexual violence", "Attack", "Abduction/forced disappearance"] },
    { name: "Protests", color: "#30c48d", types: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"] },
    { name: "Riots", color: "#f2d544", types: ["Violent demonstration", "Mob violence"] },
    { name: "Strategic developments", color: "#3e9bff", types: ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"] },
  ];
  const OTHER_COLOR = "#9aa5b1";
  const FAMILY_OF = new Map();
  for (const f of FAMILIES) for (const t of f.types) FAMILY_OF.set(t.toLowerCase(), f.name);
  const COLOR = new Map(FAMILIES.map((f) => [f.name, f.color]));
  const INTER = { 1: "state forces", 2: "rebel group", 3: "political militia", 4: "identity militia", 5: "rioters", 6: "protesters", 7: "civilians", 8: "external/other forces" };

  const familyOf = (e) => e.event_type || FAMILY_OF.get(String(e.sub_event_type || "").toLowerCase()) || "Other";
  const colorOf = (family) => COLOR.get(family) || OTHER_COLOR;

  const $ = (sel) => document.querySelector(sel);
  function el(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") n.className = v;
      else if (k.startsWith("on")) n.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(n.dataset, v);
      else n.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) n.append(c instanceof Node ? c : String(c));
    return n;
  }
  function svg(tag, attrs) {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) n.setAttribute(k, v);
    return n;
  }

  // ----- state -------------------------------------------------------------------------------

  const state = {
    filters: { type: "", actor: "", country: "", text: "" },
    range: null, // { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }
    events: [], // events matching filters and range
    total: 0,
    timeline: [],
    selected: null, // event id shown in the panel
    cluster: null, // ids listed in the panel after clicking a cluster
    view: { k: 1, x: 0, y: 0 },
    generation: 0,
  };
  let request = 0; // the latest load; older answers are dropped

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await r.json(); } catch (_) { /* not JSON */ }
    if (!r.ok) throw new Error((body && body.error && body.error.message) || `${r.status} ${r.statusText}`);
    return body;
  }

  function filterQuery(withRange) {
    const q = new URLSearchParams();
    const f = state.filters;
    if (f.type) q.set("type", f.type);
    if (f.actor.trim()) q.set("actor", f.actor.trim());
    if (/^[A-Za-z]{2}$/.test(f.country.trim())) q.set("country", f.country.trim().toUpperCase());
    if (f.text.trim()) q.set("text", f.text.trim());
    if (withRange && state.range) { q.set("from", state.range.from); q.set("to", state.range.to); }
    return q;
  }

  // ----- loading -----------------------------------------------------------------------------

  const PAGE = 1000, MAX_EVENTS = 20000;

  async function loadEvents() {
    const events = [];
    let total = 0;
    for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
      const q = filterQuery(true);
      q.set("limit", PAGE);
      q.set("offset", offset);
      const page = await getJSON(`/events?${q}`);
      total = page.total;
      events.push(...page.events);
      if (page.events.length < PAGE || events.length >= total) break;
    }
    return { events, total };
  }

  async function reload({ timeline }) {
    const mine = ++request;
    document.body.dataset.state = "loading";
    saveHash();
    try {
      const [ev, tl] = await Promise.all([
        loadEvents(),
        timeline ? getJSON(`/timeline?${filterQuery(false)}&bucket=day`) : Promise.resolve(null),
      ]);
      if (mine !== request) return;
      state.events = ev.events;
      state.total = ev.total;
      if (tl) state.timeline = tl;
      $("#status").classList.remove("error");
      renderAll();
    } catch (err) {
      if (mine !== request) return;
      $("#status").textContent = `Error: ${err.message}`;
      $("#status").classList.add("error");
    } finally {
      if (mine === request) {
        state.generation += 1;
        document.body.dataset.generation = String(state.generation);
        document.body.dataset.state = "ready";
      }
    }
  }

  function renderAll() {
    const placed = state.events.filter(hasPlace).length;
    const status = $("#status");
    status.textContent = "";
    status.append(el("b", {}, String(state.events.length)), state.total > state.events.length ? ` of ${state.total}` : "", " events",
      placed < state.events.length ? ` · ${placed} on the map` : "");
    $("#unplaced").textContent = placed < state.events.length ? `${state.events.length - placed} event(s) without coordinates (listed in the panel)` : "";
    if (state.selected !== null && !state.events.some((e) => e.id === state.selected)) state.selected = null;
    state.cluster = null;
    renderLegend();
    drawMarkers();
    drawTimeline();
    if (state.selected !== null) showEvent(state.selected, { keep: true });
    else renderList();
  }

  // ----- URL hash: the filters and range, so that a view can be shared --------------------------

  function saveHash() {
    const q = filterQuery(true);
    const h = q.toString();
    if (location.hash.slice(1) !== h) history.replaceState(null, "", h ? `#${h}` : location.pathname);
  }
  function loadHash() {
    const q = new URLSearchParams(location.hash.slice(1));
    for (const k of Object.keys(state.filters)) state.filters[k] = q.get(k) || "";
    const from = q.get("from"), to = q.get("to");
    state.range = /^\d{4}-\d\d-\d\d$/.test(from || "") && /^\d{4}-\d\d-\d\d$/.test(to || "") && from <= to ? { from, to } : null;
  }

  // ----- filters -----------------------------------------------------------------------------

  function setupFilters() {
    const select = $("#filter-type");
    for (const f of FAMILIES) {
      const group = el("optgroup", { label: f.name });
      group.append(el("option", { value: f.name }, `${f.name} (all)`));
      for (const t of f.types) group.append(el("option", { value: t }, t));
      select.append(group);
    }
    const inputs = { type: select, actor: $("#filter-actor"), country: $("#filter-country"), text: $("#filter-text") };
    for (const [k, input] of Object.entries(inputs)) input.value = state.filters[k];
    let timer = null;
    const apply = () => {
      clearTimeout(timer);
      const next = { type: select.value, actor: inputs.actor.value, country: inputs.country.value, text: inputs.text.value };
      if (next.country.trim() && !/^[A-Za-z]{2}$/.test(next.country.trim())) return; // wait for two letters
      if (JSON.stringify(next) === JSON.stringify(state.filters)) return;
      state.filters = next;
      reload({ timeline: true });
    };
    select.addEventListener("change", apply);
    for (const k of ["actor", "country", "text"]) {
      inputs[k].addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(apply, 350); });
      inputs[k].addEventListener("change", apply);
    }
    $("#filters").addEventListener("submit", (e) => { e.preventDefault(); apply(); });
    $("#filter-reset").addEventListener("click", () => {
      for (const input of Object.values(inputs)) input.value = "";
      state.range = null;
      state.filters = { type: "", actor: "", country: "", text: "" };
      reload({ timeline: true });
    });
    $("#range-clear").addEventListener("click", () => setRange(null));
  }

  function renderLegend() {
    const counts = new Map();
    for (const e of state.events) counts.set(familyOf(e), (counts.get(familyOf(e)) || 0) + 1);
    const legend = $("#legend");
    legend.textContent = "";
    const names = FAMILIES.map((f) => f.name);
    if (counts.has("Other")) names.push("Other");
    for (const name of names) {
      const sw = el("span", { class: "sw" });
      sw.style.background = colorOf(name);
      legend.append(el("div", {
        class: `item${state.filters.type === name ? " active" : ""}${counts.get(name) ? "" : " zero"}`,
        title: state.filters.type === name ? "Show every type" : `Show only ${name}`,
        dataset: { family: name },
        onclick: () => {
          if (name === "Other") return;
          const select = $("#filter-type");
          select.value = state.filters.type === name ? "" : name;
          select.dispatchEvent(new Event("change"));
        },
      }, sw, name, el("span", { class: "n" }, String(counts.get(name) || 0))));
    }
  }

  // ----- the map -----------------------------------------------------------------------------

  const map = { svg: null, base: null, markers: null, projection: null, width: 0, height: 0, drawn: false, fitted: false };
  const hasPlace = (e) => Number.isFinite(e.latitude) && Number.isFinite(e.longitude);

  function setupMap(world) {
    map.svg = $("#map");
    map.base = $("#basemap");
    map.markers = $("#markers");
    map.projection = d3.geoNaturalEarth1();
    map.world = world;
    sizeMap();
    window.addEventListener("resize", () => { sizeMap(); drawTimeline(); });

    // Pan with the pointer, zoom with the wheel (around the pointer) and the buttons.
    let drag = null;
    map.svg.addEventListener("pointerdown", (e) => {
      if (e.button !== 0 || e.target.closest(".marker")) return;
      drag = { x: e.clientX, y: e.clientY, vx: state.view.x, vy: state.view.y, moved: false };
      map.svg.setPointerCapture(e.pointerId);
    });
    map.svg.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 2) { drag.moved = true; map.svg.classList.add("dragging"); }
      setView(state.view.k, drag.vx + dx, drag.vy + dy);
    });
    const end = () => { drag = null; map.svg.classList.remove("dragging"); };
    map.svg.addEventListener("pointerup", end);
    map.svg.addEventListener("pointercancel", end);
    map.svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      const r = map.svg.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    map.svg.addEventListener("dblclick", (e) => {
      if (e.target.closest(".marker")) return;
      const r = map.svg.getBoundingClientRect();
      zoomAt(2, e.clientX - r.left, e.clientY - r.top);
    });
    $("#zoom-in").addEventListener("click", () => zoomAt(1.6, map.width / 2, map.height / 2));
    $("#zoom-out").addEventListener("click", () => zoomAt(1 / 1.6, map.width / 2, map.height / 2));
    $("#zoom-fit").addEventListener("click", () => fitEvents(state.events));
  }

  function sizeMap() {
    const r = map.svg.getBoundingClientRect();
    const w = Math.max(200, Math.round(r.width)), h = Math.max(150, Math.round(r.height));
    if (w === map.width && h === map.height && map.drawn) return;
    map.width = w; map.height = h;
    map.projection.fitExtent([[8, 8], [w - 8, h - 8]], { type: "Sphere" });
    drawBasemap();
    setView(state.view.k, state.view.x, state.view.y);
  }

  function drawBasemap() {
    const path = d3.geoPath(map.projection);
    map.base.textContent = "";
    map.base.append(svg("path", { class: "sphere", d: path({ type: "Sphere" }) }));
    map.base.append(svg("path", { class: "graticule", d: path(d3.geoGraticule10()) }));
    if (map.world) {
      const countries = topojson.feature(map.world, map.world.objects.countries).features;
      const g = svg("g", { class: "countries" });
      for (const c of countries) {
        const p = svg("path", { class: "country", d: path(c) || "" });
        const t = svg("title");
        t.textContent = (c.properties && c.properties.name) || "";
        p.append(t);
        g.append(p);
      }
      map.base.append(g);
    }
    map.drawn = true;
  }

  const K_MIN = 0.8, K_MAX = 256;
  function setView(k, x, y) {
    k = Math.min(K_MAX, Math.max(K_MIN, k));
    // Keep some of the world on screen.
    const w = map.width, h = map.height;
    x = Math.min(w * 0.8, Math.max(w * 0.2 - w * k, x));
    y = Math.min(h * 0.8, Math.max(h * 0.2 - h * k, y));
    state.view = { k, x, y };
    map.base.setAttribute("transform", `translate(${x},${y}) scale(${k})`);
    scheduleMarkers();
  }
  function zoomAt(factor, px, py) {
    const { k, x, y } = state.view;
    const k2 = Math.min(K_MAX, Math.max(K_MIN, k * factor));
    const f = k2 / k;
    setView(k2, px - (px - x) * f, py - (py - y) * f);
  }
  function fitEvents(events) {
    const pts = events.filter(hasPlace).map((e) => map.projection([e.longitude, e.latitude])).filter(Boolean);
    if (!pts.length) { setView(1, 0, 0); return; }
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of pts) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
    const pad = 60;
    const k = Math.min(24, Math.max(1, Math.min((map.width - 2 * pad) / Math.max(1, x1 - x0), (map.height - 2 * pad) / Math.max(1, y1 - y0))));
    setView(k, map.width / 2 - k * (x0 + x1) / 2, map.height / 2 - k * (y0 + y1) / 2);
  }

  let markerFrame = 0;
  function scheduleMarkers() {
    if (markerFrame) return;
    markerFrame = requestAnimationFrame(() => { markerFrame = 0; drawMarkers(); });
  }

  // Grid clustering in screen space: events whose points fall in the same cell become one marker.
  const CELL = 44;
  function clusters() {
    const { k, x, y } = state.view;
    const cells = new Map();
    for (const e of state.events) {
      if (!hasPlace(e)) continue;
      const p = map.projection([e.longitude, e.latitude]);
      if (!p) continue;
      const sx = x + k * p[0], sy = y + k * p[1];
      if (sx < -CELL || sy < -CELL || sx > map.width + CELL || sy > map.height + CELL) continue;
      const key = `${Math.floor(sx / CELL)}:${Math.floor(sy / CELL)}`;
      let c = cells.get(key);
      if (!c) cells.set(key, (c = { events: [], sx: 0, sy: 0 }));
      c.events.push(e);
      c.sx += sx; c.sy += sy;
    }
    return [...cells.values()].map((c) => ({ events: c.events, x: c.sx / c.events.length, y: c.sy / c.events.length }));
  }

  function drawMarkers() {
    if (!map.projection) return;
    const g = map.markers;
    g.textContent = "";
    for (const c of clusters()) {
      const n = c.events.length;
      const fams = new Map();
      for (const e of c.events) fams.set(familyOf(e), (fams.get(familyOf(e)) || 0) + 1);
      const sorted = [...fams.entries()].sort((a, b) => b[1] - a[1]);
      const ids = c.events.map((e) => e.id);
      const m = svg("g", {
        class: "marker",
        transform: `translate(${c.x.toFixed(1)},${c.y.toFixed(1)})`,
        "data-count": n,
        "data-ids": ids.join(","),
        "data-family": sorted[0][0],
        "data-families": sorted.map((f) => f[0]).join("|"),
      });
      if (ids.includes(state.selected)) m.classList.add("selected");
      const title = svg("title");
      if (n === 1) {
        const e = c.events[0];
        const r = 6 + Math.min(6, Math.sqrt(e.fatalities || 0));
        m.append(svg("circle", { class: "halo", r: r + 4 }));
        m.append(svg("circle", { class: "dot", r, fill: colorOf(sorted[0][0]) }));
        title.textContent = `${e.sub_event_type} · ${e.date_start || "undated"} · ${e.location || ""}${e.fatalities ? ` · ${e.fatalities} killed` : ""}`;
      } else {
        const r = 10 + Math.min(14, 3 * Math.log2(n));
        m.append(svg("circle", { class: "halo", r: r + 5 }));
        m.append(svg("circle", { class: "ring", r }));
        // One arc per family, its length in proportion to its events.
        const circ = 2 * Math.PI * (r - 2);
        let offset = 0;
        for (const [fam, count] of sorted) {
          const len = (circ * count) / n;
          m.append(svg("circle", {
            class: "seg", r: r - 2, stroke: colorOf(fam), "stroke-width": 4,
            "stroke-dasharray": `${len} ${circ - len}`, "stroke-dashoffset": -offset, transform: "rotate(-90)",
          }));
          offset += len;
        }
        const label = svg("text");
        label.textContent = String(n);
        m.append(label);
        title.textContent = `${n} events: ${sorted.map(([f, k]) => `${k} ${f}`).join(", ")} (click to list and zoom in)`;
      }
      m.append(title);
      m.addEventListener("click", (ev) => { ev.stopPropagation(); clickCluster(c); });
      m.addEventListener("mouseenter", () => hoverIds(ids, true));
      m.addEventListener("mouseleave", () => hoverIds(ids, false));
      g.append(m);
    }
  }

  function clickCluster(c) {
    if (c.events.length === 1) {
      showEvent(c.events[0].id);
      return;
    }
    state.cluster = c.events.map((e) => e.id);
    state.selected = null;
    renderList();
    // Zoom onto the cluster's events, so that it falls apart (when they are not all at one place).
    const pts = c.events.map((e) => map.projection([e.longitude, e.latitude])).filter(Boolean);
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if ((x1 - x0 + y1 - y0) * state.view.k < 0.5) return;
    const pad = 80;
    // The events take a third of the map at most, leaving some of their surroundings in view.
    const fit = Math.min((map.width - 2 * pad) / 3 / Math.max(1e-9, x1 - x0), (map.height - 2 * pad) / 3 / Math.max(1e-9, y1 - y0));
    const k = Math.min(K_MAX, Math.max(state.view.k * 2, Math.min(fit, state.view.k * 64)));
    setView(k, map.width / 2 - k * (x0 + x1) / 2, map.height / 2 - k * (y0 + y1) / 2);
  }

  function hoverIds(ids, on) {
    for (const li of document.querySelectorAll(".event-item")) if (ids.includes(Number(li.dataset.id))) li.classList.toggle("hover", on);
  }

  // ----- the side panel ----------------------------------------------------------------------

  const fmtDate = (e) => (e.date_start ? (e.date_end && e.date_end !== e.date_start ? `${e.date_start} → ${e.date_end}` : e.date_start) : "undated");
  const chip = (family) => { const c = el("span", { class: "chip" }); c.style.background = colorOf(family); return c; };

  function renderList() {
    const body = $("#panel-body");
    body.textContent = "";
    let events = state.events;
    if (state.cluster) {
      const ids = new Set(state.cluster);
      events = events.filter((e) => ids.has(e.id));
      body.append(el("button", { class: "back", type: "button", onclick: () => { state.cluster = null; renderList(); } }, "← All events"));
      body.append(el("h2", {}, `${events.length} events here`));
    } else {
      body.append(el("h2", {}, "Events"));
      body.append(el("div", { class: "family" }, state.events.length ? "Newest first. Click one to read its evidence in the articles." : ""));
    }
    if (!events.length) {
      const filtered = state.range || Object.values(state.filters).some((v) => v.trim());
      body.append(el("div", { class: "empty" }, filtered ? "No event matches these filters." : "The store holds no event yet: add articles with `vigie ingest`."));
      return;
    }
    const sorted = [...events].sort((a, b) => String(b.date_start || "").localeCompare(String(a.date_start || "")) || b.id - a.id);
    const list = el("ul", { class: "event-list" });
    for (const e of sorted.slice(0, 500)) {
      const fam = familyOf(e);
      const actors = [e.actor1, e.actor2].filter(Boolean).join(" vs ");
      const open = () => showEvent(e.id, { pan: true });
      const li = el("li", {
        class: "event-item", tabindex: "0", dataset: { id: e.id, family: fam }, onclick: open,
        onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); } },
      },
        chip(fam),
        el("span", { class: "t" }, e.sub_event_type),
        el("span", { class: "d" }, fmtDate(e)),
        el("span", { class: "w" }, [e.location, e.country].filter(Boolean).join(", ") || "no place", actors ? ` · ${actors}` : "",
          hasPlace(e) ? "" : " · not on the map"),
      );
      if (e.fatalities) li.querySelector(".w").append(" · ", el("span", { class: "k" }, `${e.fatalities} killed`));
      li.addEventListener("mouseenter", () => highlightMarker(e.id, true));
      li.addEventListener("mouseleave", () => highlightMarker(e.id, false));
      list.append(li);
    }
    body.append(list);
    if (sorted.length > 500) body.append(el("div", { class: "empty" }, `… and ${sorted.length - 500} more: narrow the filters.`));
  }

  function highlightMarker(id, on) {
    for (const m of document.querySelectorAll(".marker")) {
      if (m.dataset.ids.split(",").map(Number).includes(id)) m.classList.toggle("hover", on);
    }
  }

  const articles = new Map(); // article id -> promise of the article
  function article(id) {
    if (!articles.has(id)) {
      const p = getJSON(`/articles/${encodeURIComponent(id)}`);
      p.catch(() => articles.delete(id));
      articles.set(id, p);
    }
    return articles.get(id);
  }

  // The article's text cut at byte offsets [start, end) of its UTF-8 encoding: before, inside,
  // after; null when the offsets do not fall on character boundaries of this text.
  function cutAtBytes(text, start, end) {
    const bytes = new TextEncoder().encode(text);
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= bytes.length)) return null;
    const dec = new TextDecoder("utf-8", { fatal: true });
    try {
      return [dec.decode(bytes.subarray(0, start)), dec.decode(bytes.subarray(start, end)), dec.decode(bytes.subarray(end))];
    } catch (_) {
      return null;
    }
  }

  let showing = 0;
  async function showEvent(id, opts) {
    const mine = ++showing;
    state.selected = id;
    for (const m of document.querySelectorAll(".marker")) m.classList.toggle("selected", m.dataset.ids.split(",").map(Number).includes(id));
    const body = $("#panel-body");
    if (!(opts && opts.keep)) { body.textContent = ""; body.append(el("div", { class: "empty" }, "Loading…")); }
    let e;
    try {
      e = await getJSON(`/events/${encodeURIComponent(id)}`);
    } catch (err) {
      if (mine !== showing) return;
      body.textContent = "";
      body.append(el("div", { class: "empty" }, `Cannot load event ${id}: ${err.message}`));
      return;
    }
    if (mine !== showing) return;
    const fam = familyOf(e);
    const actor = (name, inter, country) => name ? [name, inter ? el("span", { class: "inter" }, ` (${INTER[inter] || `inter ${inter}`})`) : "", country ? el("span", { class: "inter" }, ` ${country}`) : ""] : "—";
    body.textContent = "";
    body.append(
      el("button", { class: "back", type: "button", onclick: () => { state.selected = null; drawMarkers(); renderList(); } }, state.cluster ? "← Back to the list" : "← All events"),
      el("h2", {}, chip(fam), e.sub_event_type),
      el("div", { class: "family" }, fam),
      el("dl", { class: "facts" },
        el("dt", {}, "Date"), el("dd", {}, fmtDate(e)),
        el("dt", {}, "Place"), el("dd", {}, [e.location, e.admin1 && `admin1 ${e.admin1}`, e.country].filter(Boolean).join(", ") || "—",
          hasPlace(e) ? el("span", { class: "inter" }, ` ${e.latitude.toFixed(3)}, ${e.longitude.toFixed(3)}`) : ""),
        el("dt", {}, "Actor 1"), el("dd", {}, actor(e.actor1, e.inter1, e.actor1_country)),
        el("dt", {}, "Actor 2"), el("dd", {}, actor(e.actor2, e.inter2, e.actor2_country)),
        el("dt", {}, "Fatalities"), el("dd", {}, String(e.fatalities ?? 0)),
        el("dt", {}, "Codes"), el("dd", {}, [e.plover && `PLOVER ${e.plover}`, e.cameo && `CAMEO ${e.cameo}`, `event ${e.id}`].filter(Boolean).join(" · ")),
      ),
      el("h3", {}, `${e.sources.length} source${e.sources.length === 1 ? "" : "s"}`),
    );
    if (hasPlace(e) && opts && opts.pan) panTo(e);
    for (const s of e.sources) {
      const box = el("div", { class: "source", dataset: { article: s.article_id } });
      const meta = [s.published, s.doc_id, s.fatalities != null ? `${s.fatalities} killed` : null].filter(Boolean).join(" · ");
      box.append(el("div", { class: "source-head" },
        el("div", { class: "st" }, s.title || s.doc_id),
        el("div", { class: "meta" }, meta),
        s.url && /^https?:\/\//i.test(s.url) ? el("div", { class: "meta" }, el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, s.url)) : null,
      ));
      box.append(el("div", { class: "quote" }, s.evidence));
      const textBox = el("div", { class: "article-text" }, "Loading the article…");
      box.append(textBox);
      body.append(box);
      article(s.article_id).then((a) => {
        if (mine !== showing) return;
        const text = (a.document && a.document.text) || "";
        const parts = cutAtBytes(text, s.evidence_start, s.evidence_end);
        textBox.textContent = "";
        if (!parts) {
          textBox.textContent = text;
          box.insertBefore(el("div", { class: "warn" }, "The evidence offsets do not fit this article's text."), textBox);
          return;
        }
        const mark = el("mark", { class: "evidence", dataset: { article: s.article_id, start: s.evidence_start, end: s.evidence_end } }, parts[1]);
        textBox.append(parts[0], mark, parts[2]);
        if (parts[1] !== s.evidence) box.insertBefore(el("div", { class: "warn" }, "The stored evidence differs from the text at its offsets."), textBox);
        textBox.scrollTop = Math.max(0, mark.offsetTop - textBox.offsetTop - 40);
      }, (err) => {
        if (mine !== showing) return;
        textBox.textContent = `Cannot load article ${s.article_id}: ${err.message}`;
      });
    }
  }

  function panTo(e) {
    const p = map.projection([e.longitude, e.latitude]);
    if (!p) return;
    const { k, x, y } = state.view;
    const sx = x + k * p[0], sy = y + k * p[1];
    // Only when the event is off screen or near its edge.
    if (sx > 40 && sy > 40 && sx < map.width - 40 && sy < map.height - 40) return;
    setView(k, map.width / 2 - k * p[0], map.height / 2 - k * p[1]);
  }

  // ----- the timeline and its brush ----------------------------------------------------------

  const DAY = 86400000;
  const tl = { svg: null, x0: 0, x1: 1, left: 36, right: 14, top: 8, bottom: 22, width: 0, height: 0 };
  const dayMs = (s) => Date.parse(`${s}T00:00:00Z`);
  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

  function bucketOf(ms, unit) {
    const d = new Date(ms);
    if (unit === "week") { const wd = (d.getUTCDay() + 6) % 7; return ms - wd * DAY; }
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    return ms;
  }
  function nextBucket(ms, unit) {
    const d = new Date(ms);
    if (unit === "week") return ms + 7 * DAY;
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    return ms + DAY;
  }

  function drawTimeline() {
    const s = tl.svg || (tl.svg = $("#timeline"));
    const r = s.getBoundingClientRect();
    tl.width = Math.max(200, Math.round(r.width));
    tl.height = Math.max(60, Math.round(r.height));
    s.setAttribute("viewBox", `0 0 ${tl.width} ${tl.height}`);
    s.textContent = "";
    const points = state.timeline.filter((p) => /^\d{4}-\d\d-\d\d$/.test(p.date));
    if (!points.length) {
      const t = svg("text", { class: "nodata", x: tl.width / 2, y: tl.height / 2, "text-anchor": "middle" });
      t.textContent = "No dated event.";
      s.append(t);
      return;
    }
    const inner = tl.width - tl.left - tl.right;
    const first = dayMs(points[0].date), last = dayMs(points[points.length - 1].date);
    const days = (last - first) / DAY + 1;
    const unit = days <= inner / 4 ? "day" : days / 7 <= inner / 4 ? "week" : "month";
    const buckets = new Map();
    for (const p of points) {
      const b = bucketOf(dayMs(p.date), unit);
      buckets.set(b, (buckets.get(b) || 0) + p.events);
    }
    tl.unit = unit;
    tl.x0 = bucketOf(first, unit);
    tl.x1 = nextBucket(bucketOf(last, unit), unit);
    const pad = (tl.x1 - tl.x0) * 0.02;
    tl.x0 -= pad; tl.x1 += pad;
    const max = Math.max(...buckets.values());
    const h = tl.height - tl.top - tl.bottom;
    const from = state.range && dayMs(state.range.from), to = state.range && dayMs(state.range.to) + DAY;

    // Axis: a baseline, a few date ticks, the highest count.
    const axis = svg("g", { class: "axis" });
    axis.append(svg("line", { x1: tl.left, x2: tl.width - tl.right, y1: tl.top + h + 0.5, y2: tl.top + h + 0.5 }));
    for (const t of ticks(tl.x0, tl.x1, Math.max(2, Math.floor(inner / 90)))) {
      const x = scaleX(t.ms);
      axis.append(svg("line", { x1: x, x2: x, y1: tl.top + h, y2: tl.top + h + 4 }));
      const label = svg("text", { x, y: tl.height - 6, "text-anchor": "middle" });
      label.textContent = t.label;
      axis.append(label);
    }
    const ymax = svg("text", { x: tl.left - 6, y: tl.top + 8, "text-anchor": "end" });
    ymax.textContent = String(max);
    axis.append(ymax);
    const unitLabel = svg("text", { x: tl.left - 6, y: tl.top + h, "text-anchor": "end" });
    unitLabel.textContent = unit === "day" ? "/day" : unit === "week" ? "/wk" : "/mo";
    axis.append(unitLabel);
    s.append(axis);

    const bars = svg("g", { class: "bars" });
    for (const [b, n] of [...buckets.entries()].sort((a, c) => a[0] - c[0])) {
      const xa = scaleX(b), xb = scaleX(nextBucket(b, unit));
      const bh = Math.max(2, (h * n) / max);
      const cls = state.range ? (b < to && nextBucket(b, unit) > from ? "bar in" : "bar out") : "bar";
      const rect = svg("rect", { class: cls, x: xa + 0.5, y: tl.top + h - bh, width: Math.max(2, xb - xa - 1), height: bh, "data-date": isoDay(b), "data-events": n });
      const title = svg("title");
      title.textContent = `${unit === "day" ? isoDay(b) : `${unit} of ${isoDay(b)}`}: ${n} event${n === 1 ? "" : "s"}`;
      rect.append(title);
      bars.append(rect);
    }
    s.append(bars);
    tl.brush = svg("rect", { class: "brush", y: tl.top - 2, height: h + 4, x: 0, width: 0, visibility: "hidden" });
    s.append(tl.brush);
    if (state.range) showBrush(scaleX(from), scaleX(to));
    updateRangeLabel();
  }

  const scaleX = (ms) => tl.left + ((ms - tl.x0) / (tl.x1 - tl.x0)) * (tl.width - tl.left - tl.right);
  const invertX = (px) => tl.x0 + ((px - tl.left) / (tl.width - tl.left - tl.right)) * (tl.x1 - tl.x0);

  function ticks(a, b, n) {
    const span = b - a;
    const steps = [[DAY, "day"], [7 * DAY, "week"], [30 * DAY, "month"], [91 * DAY, "quarter"], [365 * DAY, "year"], [5 * 365 * DAY, "5 years"]];
    let [step, unit] = steps.find(([s]) => span / s <= n) || steps[steps.length - 1];
    const out = [];
    const d = new Date(a);
    let t;
    if (unit === "day" || unit === "week") t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
    else if (unit === "year" || unit === "5 years") t = Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    else t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    while (t < b && out.length < 40) {
      const x = new Date(t);
      const label = unit === "year" || unit === "5 years" ? String(x.getUTCFullYear())
        : unit === "month" || unit === "quarter" ? `${months[x.getUTCMonth()]} ${x.getUTCFullYear()}`
        : `${x.getUTCDate()} ${months[x.getUTCMonth()]}`;
      out.push({ ms: t, label });
      if (unit === "month") t = Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 1);
      else if (unit === "quarter") t = Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 3, 1);
      else if (unit === "year") t = Date.UTC(x.getUTCFullYear() + 1, 0, 1);
      else if (unit === "5 years") t = Date.UTC(x.getUTCFullYear() + 5, 0, 1);
      else t += step;
    }
    return out;
  }

  function showBrush(xa, xb) {
    const lo = Math.max(tl.left, Math.min(xa, xb)), hi = Math.min(tl.width - tl.right, Math.max(xa, xb));
    tl.brush.setAttribute("x", lo);
    tl.brush.setAttribute("width", Math.max(1, hi - lo));
    tl.brush.setAttribute("visibility", "visible");
  }

  function setupTimeline() {
    const s = $("#timeline");
    tl.svg = s;
    let start = null;
    const px = (e) => e.clientX - s.getBoundingClientRect().left;
    s.addEventListener("pointerdown", (e) => {
      if (e.button !== 0 || !state.timeline.length) return;
      start = px(e);
      s.setPointerCapture(e.pointerId);
      showBrush(start, start);
    });
    s.addEventListener("pointermove", (e) => { if (start !== null) showBrush(start, px(e)); });
    s.addEventListener("pointerup", (e) => {
      if (start === null) return;
      const end = px(e);
      const a = Math.min(start, end), b = Math.max(start, end);
      start = null;
      if (b - a < 3) { setRange(null); return; } // a click clears the period
      const from = isoDay(Math.floor(invertX(a) / DAY) * DAY);
      const to = isoDay(Math.max(Math.floor(invertX(a) / DAY), Math.ceil(invertX(b) / DAY) - 1) * DAY);
      setRange({ from, to });
    });
    s.addEventListener("pointercancel", () => { start = null; drawTimeline(); });
  }

  function setRange(range) {
    state.range = range;
    updateRangeLabel();
    reload({ timeline: false });
  }

  function updateRangeLabel() {
    const label = $("#range-label");
    label.classList.toggle("set", !!state.range);
    label.textContent = state.range ? `${state.range.from} → ${state.range.to}` : "drag across the bars to select a period";
    $("#range-clear").hidden = !state.range;
  }

  // ----- start -------------------------------------------------------------------------------

  async function start() {
    loadHash();
    setupFilters();
    setupTimeline();
    let world = null;
    try {
      world = await getJSON("/assets/vendor/countries-110m.json");
    } catch (err) {
      $("#status").textContent = `The basemap did not load: ${err.message}`;
    }
    setupMap(world);
    await reload({ timeline: true });
    fitEvents(state.events);
    try {
      const s = await getJSON("/stats");
      $(".brand .sub").textContent = `event map · ${s.articles} articles · ${s.clusters} events`;
    } catch (_) { /* the counts are a nicety */ }
  }

  if (typeof d3 === "undefined" || typeof topojson === "undefined") {
    document.addEventListener("DOMContentLoaded", () => { $("#status").textContent = "The map libraries did not load."; });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
