// eventwire dashboard: filters drive the map, timeline, summary and list through the REST API;
// the state lives in the URL. Every value from the API is inserted as text, never as HTML.
import { ACLED, PLOVER, categories } from "./categories.js";
import { clear, el, number } from "./dom.js";
import { EventMap } from "./map.js";
import { EvidencePanel } from "./panel.js";
import { apiParams, fillForm, readForm, readUrl, sameFilters, toQuery } from "./state.js";
import { drawSummary } from "./summary.js";
import { EventTable } from "./table.js";
import { Timeline } from "./timeline.js";

const NEAR_KM = 50;
const form = document.getElementById("filters");
const statusBox = document.getElementById("status");
const main = document.querySelector("main");
const controls = {
  map: document.getElementById("map-mode"),
  measure: document.getElementById("measure"),
  colour: document.getElementById("colour"),
  interval: document.getElementById("interval"),
};
let state = readUrl(window.location.search);
let lastSummary = null;
let firstLoad = true;

for (const [t] of PLOVER) form.elements.type.append(el("option", { value: t }, t));
for (const [t] of ACLED) form.elements.acled_type.append(el("option", { value: t }, t));

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body = await response.json();
      detail = typeof body.detail === "string" ? body.detail
        : (body.detail || []).map((d) => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ");
    } catch (_) { /* not JSON */ }
    throw new Error(`${response.status} ${detail}`);
  }
  return response.json();
}

// -- the parts --------------------------------------------------------------------------------
const map = new EventMap("map", {
  onOpenEvent: (id, fromKeyboard) => openEvent(id, fromKeyboard),
  onPlaceClick: (place, fromKeyboard) => placeEvents(place, fromKeyboard),
  onDivisionClick: (row) => setFilters({ country: row.country || "", admin1: row.admin1 }),
  onUserMove: () => {
    if (form.elements.in_view.checked) setFilters({ bbox: map.bboxOfView() }, { fit: false, push: false });
  },
});
const timeline = new Timeline(document.getElementById("timeline"), document.getElementById("timeline-note"), {
  onBrush: (since, until) => setFilters({ since, until }),
});
const table = new EventTable(document.getElementById("event-table"), document.getElementById("pager"), {
  onSort: (sort) => { state.view.sort = sort; state.view.page = "1"; loadPage(); },
  onPage: (page, size) => {
    state.view.page = String(page);
    if (size) state.view.size = size;
    loadPage();
  },
  onOpen: (id) => openEvent(id, false),
});
const panel = new EvidencePanel(document.getElementById("panel"), {
  api,
  onClose: () => {
    map.select(null);
    table.markSelected(null);
    state.view.event = "";
    writeUrl(false);
  },
});

// -- URL state ----------------------------------------------------------------------------------
function writeUrl(push) {
  const query = toQuery(state);
  const target = query ? `?${query}` : window.location.pathname;
  if (`?${query}` === window.location.search || (!query && !window.location.search)) return;
  window.history[push ? "pushState" : "replaceState"](null, "", target);
}

function setFilters(changes, { fit = true, push = true } = {}) {
  state.filters = { ...state.filters, ...changes };
  state.view.page = "1";
  fillForm(form, state);
  refresh({ fit, push });
}

function drawChips() {
  const box = document.getElementById("chips");
  clear(box);
  const chip = (text, remove) => box.append(el("span", { class: "chip" }, text,
    el("button", { type: "button", "aria-label": `Remove: ${text}`, onclick: remove }, "×")));
  if (state.filters.admin1) chip(`Division: ${state.filters.admin1}`, () => setFilters({ admin1: "" }));
  if (state.filters.bbox) chip(`Area: ${state.filters.bbox}`, () => setFilters({ bbox: "" }));
  const dated = state.filters.since || state.filters.until;
  if (dated) chip(`Dates: ${state.filters.since || "…"} to ${state.filters.until || "…"}`, () => setFilters({ since: "", until: "" }));
}

function exportLinks(params) {
  const csv = new URLSearchParams(params);
  csv.set("sort", state.view.sort);
  csv.set("columns", "table");
  document.getElementById("dl-csv").href = `/api/export/events.csv?${csv}`;
  for (const fmt of ["geojson", "jsonl"]) {
    const q = new URLSearchParams(params);
    q.set("sort", state.view.sort);
    document.getElementById(`dl-${fmt}`).href = `/api/export/events.${fmt}?${q}`;
  }
}

// -- loading -----------------------------------------------------------------------------------
function pageUrl(params) {
  const q = new URLSearchParams(params);
  const size = Number(state.view.size) || 50;
  q.set("sort", state.view.sort);
  q.set("limit", String(size));
  q.set("offset", String((Math.max(1, Number(state.view.page) || 1) - 1) * size));
  return `/api/events?${q}`;
}

function timelineUrl(params) {
  const q = new URLSearchParams(params);
  q.set("measure", state.view.measure);
  q.set("by", state.view.colour === "acled" ? "acled_type" : "type");
  if (state.view.interval) q.set("interval", state.view.interval);
  return `/api/timeline?${q}`;
}

function drawPage(page) {
  table.draw(page.items, {
    sort: state.view.sort, page: Number(state.view.page) || 1, size: Number(state.view.size) || 50,
    total: lastSummary ? lastSummary.total : page.items.length, colour: state.view.colour,
  });
}

function showError(err) {
  statusBox.classList.add("error");
  statusBox.textContent = `Could not load events: ${err.message}`;
}

/** Run `work` and record its duration as a performance measure (read by the benchmarks). */
function timed(name, work) {
  const start = performance.now();
  try { return work(); } finally { performance.measure(name, { start, end: performance.now() }); }
}

// Each kind of load has its own generation: an answer is drawn only if no newer load of its kind
// started meanwhile (a full refresh counts as a new load of every kind).
const generations = { all: 0, page: 0, timeline: 0 };
let busy = 0;
function setBusy(delta) {
  busy += delta;
  main.setAttribute("aria-busy", busy > 0 ? "true" : "false");
}

async function refresh({ fit = true, push = false } = {}) {
  const mine = ++generations.all;
  const pageGen = ++generations.page, lineGen = ++generations.timeline;
  const started = performance.now();
  setBusy(1);
  writeUrl(push);
  drawChips();
  const params = apiParams(state);
  exportLinks(params);
  statusBox.classList.remove("error");
  statusBox.textContent = "Loading…";
  const summaryParams = new URLSearchParams(params);
  summaryParams.set("colour_by", state.view.colour === "acled" ? "acled_type" : "type");
  if (state.view.event) summaryParams.set("contains", state.view.event);
  try {
    const [summary, line, page] = await Promise.all([
      api(`/api/summary?${summaryParams}`), api(timelineUrl(params)), api(pageUrl(params)),
    ]);
    if (mine === generations.all) {
      lastSummary = summary;
      timed("ew-draw-summary", () => drawSummary(document.getElementById("summary"), summary, {
        onActor: (row) => setFilters({ actor: row.name }),
        onPlace: (row) => {
          const place = lastSummary.places.find((p) => p.lat === row.lat && p.lon === row.lon);
          if (place) { map.showPlace(place); map.openPlace(place, false); }
        },
      }));
      timed("ew-draw-choropleth", () => map.setSummary(summary));
      const markersStart = performance.now();
      const clustered = map.setPlaces(summary.places, fit && !state.filters.bbox);
      if (lineGen === generations.timeline) timed("ew-draw-timeline", () => timeline.set(line, state.view.colour));
      if (pageGen === generations.page) timed("ew-draw-list", () => drawPage(page));
      if (panel.isOpen && summary.contains === false) panel.close();
      await clustered;
      performance.measure("ew-draw-markers", { start: markersStart, end: performance.now() });
      statusBox.textContent = `${number(summary.total)} events, ${number(summary.fatalities)} fatalities; `
        + `${number(summary.located)} on the map at ${number(summary.places.length)} places`
        + (summary.unlocated ? ` (${number(summary.unlocated)} without a place)` : "") + ".";
    }
  } catch (err) {
    if (mine === generations.all) showError(err);
  }
  performance.measure("ew-refresh", { start: started, end: performance.now() });
  if (firstLoad) {
    firstLoad = false;
    performance.measure("ew-first-load", { start: 0, end: performance.now() });
    document.body.dataset.loaded = "1";
  }
  setBusy(-1);
}

async function loadPart(kind, url, draw) {
  const mine = ++generations[kind];
  setBusy(1);
  writeUrl(false);
  exportLinks(apiParams(state));
  try {
    const answer = await api(url);
    if (mine === generations[kind]) draw(answer);
  } catch (err) {
    if (mine === generations[kind]) showError(err);
  }
  setBusy(-1);
}

function loadPage() {
  return loadPart("page", pageUrl(apiParams(state)), drawPage);
}

function loadTimeline() {
  return loadPart("timeline", timelineUrl(apiParams(state)), (line) => timeline.set(line, state.view.colour));
}

// -- events and places ----------------------------------------------------------------------------
async function openEvent(id, fromKeyboard) {
  let e;
  try {
    e = await api(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    statusBox.textContent = `Event: ${err.message}`;
    return;
  }
  map.closePopup();
  state.view.event = id;
  writeUrl(false);
  map.select(e.location);
  table.markSelected(id);
  if (fromKeyboard && !panel.isOpen) panel.returnFocus = document.activeElement;
  await panel.open(id, e);
}

function nearBox(place, km) {
  const dLat = km / 111;
  const dLon = Math.min(179, km / (111 * Math.max(0.05, Math.cos((place.lat * Math.PI) / 180))));
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
  return [clamp(place.lon - dLon, -180, 180), clamp(place.lat - dLat, -90, 90),
    clamp(place.lon + dLon, -180, 180), clamp(place.lat + dLat, -90, 90)].join(",");
}

async function placeEvents(place, fromKeyboard) {
  const q = apiParams(state);
  q.set("bbox", nearBox(place, 0.01));
  q.set("sort", "-date");
  q.set("limit", "8");
  let page;
  try { page = await api(`/api/events?${q}`); } catch (err) { showError(err); return; }
  if (fromKeyboard && page.items.length) { openEvent(page.items[0].id, true); return; }
  const label = [place.name, place.admin1, place.country].filter(Boolean).join(", ");
  const content = el("div", { class: "place-events" },
    el("strong", {}, label),
    el("div", { class: "muted" }, `${number(place.count)} events${place.fatalities ? ` · ${number(place.fatalities)} killed` : ""}; newest first:`),
    el("ul", {}, page.items.map((e) => el("li", {},
      el("button", { type: "button", class: "link", onclick: () => openEvent(e.id, false) },
        `${e.date || "undated"} ${e.type}`),
      e.actor && e.actor.length ? ` · ${e.actor[0].name}` : ""))),
    el("button", { type: "button", class: "near", onclick: () => {
      map.closePopup();
      const bbox = nearBox(place, NEAR_KM);
      map.fitBox(bbox);
      setFilters({ bbox }, { fit: false });
    } }, `Events within ${NEAR_KM} km`));
  map.popup(place, content);
}

// -- legend and view controls -------------------------------------------------------------------
function drawLegend() {
  const legend = document.getElementById("legend");
  clear(legend);
  const scheme = state.view.colour;
  for (const [name, colour, line] of categories(scheme)) {
    const field = scheme === "acled" ? "acled_type" : "type";
    legend.append(el("li", { class: "legend-item", data: { key: name } },
      el("span", { class: "swatch", style: { background: colour } }),
      name === "none" ? el("strong", {}, name)
        : el("button", { type: "button", class: "link", onclick: () => setFilters({ [field]: state.filters[field] === name ? "" : name }) },
          el("strong", {}, name)),
      el("span", { class: "explain" }, ` ${line}`)));
  }
  document.querySelector("#legend-box summary").textContent =
    `What the colours mean (${scheme === "acled" ? "ACLED event types" : "PLOVER event types"})`;
}

function setControls() {
  for (const [name, select] of Object.entries(controls)) select.value = state.view[name];
}

function viewChanged(name, value) {
  state.view[name] = value;
  map.setView({ mode: state.view.map, colour: state.view.colour, measure: state.view.measure });
  document.getElementById("timeline-title").textContent =
    state.view.measure === "fatalities" ? "Fatalities over time" : "Events over time";
  if (name === "colour") {
    drawLegend();
    refresh({ fit: false });  // the places' colours come with the summary
  } else if (name === "measure" || name === "interval") loadTimeline();
  else writeUrl(false);
}

for (const [name, select] of Object.entries(controls)) {
  select.addEventListener("change", () => viewChanged(name, select.value));
}

form.addEventListener("submit", (ev) => { ev.preventDefault(); onFormChange(); });
form.addEventListener("change", (ev) => { if (ev.target.name !== "in_view") onFormChange(); });
form.elements.in_view.addEventListener("change", () => {
  setFilters({ bbox: form.elements.in_view.checked ? map.bboxOfView() : "" }, { fit: !form.elements.in_view.checked });
});
form.addEventListener("reset", (ev) => {
  ev.preventDefault();
  state.filters = readUrl("").filters;
  state.view.page = "1";
  fillForm(form, state);
  refresh({ push: true });
});

function onFormChange() {
  const next = { ...state, filters: readForm(form, state.filters) };
  if (sameFilters(next, state)) return;
  state.filters = next.filters;
  state.view.page = "1";
  refresh({ push: true });
}

window.addEventListener("popstate", () => {
  const previous = state.view.event;
  state = readUrl(window.location.search);
  fillForm(form, state);
  setControls();
  drawLegend();
  map.setView({ mode: state.view.map, colour: state.view.colour, measure: state.view.measure });
  refresh({ fit: !state.filters.bbox });
  if (state.view.event && state.view.event !== previous) openEvent(state.view.event, false);
  if (!state.view.event) panel.close();
});

// -- start ------------------------------------------------------------------------------------
fillForm(form, state);
setControls();
drawLegend();
map.setView({ mode: state.view.map, colour: state.view.colour, measure: state.view.measure });
document.getElementById("timeline-title").textContent =
  state.view.measure === "fatalities" ? "Fatalities over time" : "Events over time";
if (state.filters.bbox) map.fitBox(state.filters.bbox);
const worldStart = performance.now();
map.loadWorld("/static/vendor/world-atlas/countries-110m.json")
  .then(() => performance.measure("ew-world", { start: worldStart, end: performance.now() }))
  .catch(() => { statusBox.textContent = "The world map could not be loaded."; });
refresh({ fit: !state.filters.bbox }).then(() => {
  if (state.view.event) openEvent(state.view.event, false);
});
