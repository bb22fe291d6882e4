// eventwire dashboard: map, timeline, filters and the evidence panel, over the REST API.
// Rule: article text and every value from the API enter the page only as text (textContent,
// createTextNode), never as HTML, so an article containing <script> shows it and runs nothing.
"use strict";

(function () {
  const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
    "ASSAULT"];
  const ACLED = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Riots",
    "Protests", "Strategic developments"];
  const COLORS = {
    AGREE: "#1b9e77", CONSULT: "#66a61e", SUPPORT: "#a6d854", CONCEDE: "#8dd3c7",
    COOPERATE: "#80b1d3", AID: "#377eb8", RETREAT: "#bebada", REQUEST: "#fdb462",
    ACCUSE: "#e6ab02", REJECT: "#b3de69", THREATEN: "#ff7f00", PROTEST: "#984ea3",
    SANCTION: "#a65628", MOBILIZE: "#f781bf", COERCE: "#e7298a", ASSAULT: "#e41a1c",
  };
  const MAX_EVENTS = 5000;
  const PAGE = 500;

  const form = document.getElementById("filters");
  const statusBox = document.getElementById("status");
  const list = document.getElementById("event-list");
  const panel = document.getElementById("panel");
  const intervalSelect = document.getElementById("interval");

  // -- small DOM helpers (text only) ------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key === "data") Object.assign(node.dataset, value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  for (const t of PLOVER) form.elements.type.append(el("option", { value: t }, t));
  for (const t of ACLED) form.elements.acled_type.append(el("option", { value: t }, t));

  // -- API --------------------------------------------------------------------------------
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

  function filterParams() {
    const params = new URLSearchParams();
    for (const name of ["since", "until", "type", "acled_type", "country", "actor", "modality", "q"]) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, value);
    }
    if (form.elements.has_named_source.checked) params.set("has_named_source", "true");
    if (form.elements.in_view.checked) {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
      params.set("bbox", [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
        clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(","));
    }
    return params;
  }

  // -- map --------------------------------------------------------------------------------
  const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 40], 3);
  map.attributionControl.addAttribution("Countries: Natural Earth via world-atlas");
  const markers = L.featureGroup().addTo(map);
  let fitted = false;
  fetch("/static/vendor/world-atlas/countries-50m.json")
    .then((r) => r.json())
    .then((world) => {
      const countries = topojson.feature(world, world.objects.countries);
      L.geoJSON(countries, {
        style: { color: "#8a8f98", weight: 0.6, fillColor: "#e9ecef", fillOpacity: 1 },
        interactive: false,
      }).addTo(map).bringToBack();
    })
    .catch(() => { statusBox.textContent = "The world map could not be loaded."; });

  function drawMarkers(events) {
    markers.clearLayers();
    for (const e of events) {
      const loc = e.location;
      if (!loc || loc.lat === null || loc.lon === null || loc.lat === undefined) continue;
      const marker = L.circleMarker([loc.lat, loc.lon], {
        radius: 5 + Math.min(6, (e.num_sources || 1) - 1),
        color: "#222", weight: 1, fillColor: COLORS[e.type] || "#555", fillOpacity: 0.85,
        className: "event-marker",
      });
      marker.bindTooltip(`${e.type} · ${e.date || "undated"} · ${loc.name}`);  // Leaflet: text
      marker.on("click", () => openEvent(e.id));
      marker.addTo(markers);
    }
    if (!fitted && markers.getLayers().length) {  // frame the events once, on the first load
      map.fitBounds(markers.getBounds(), { padding: [30, 30], maxZoom: 6 });
      fitted = true;
    }
  }

  // -- timeline (stacked bars by type) ----------------------------------------------------
  function drawTimeline(agg) {
    const box = document.getElementById("timeline");
    const legend = document.getElementById("legend");
    clear(box); clear(legend);
    const periods = [...new Set(agg.rows.map((r) => r.period || "undated"))].sort();
    if (!periods.length) { box.append(el("p", { class: "muted" }, "No events.")); return; }
    const stacks = new Map(periods.map((p) => [p, []]));
    for (const r of agg.rows) stacks.get(r.period || "undated").push(r);
    const maxTotal = Math.max(...[...stacks.values()].map((s) => s.reduce((a, r) => a + r.count, 0)));
    const width = Math.max(320, box.clientWidth || 600), height = 150, pad = 22;
    const barW = Math.max(2, (width - pad) / periods.length - 2);
    const chart = svg("svg", { width, height, role: "img", viewBox: `0 0 ${width} ${height}` });
    chart.append(svg("line", { x1: pad, y1: height - pad, x2: width, y2: height - pad, stroke: "#999" }));
    const maxLabel = svg("text", { x: 0, y: 12, class: "axis" });
    maxLabel.textContent = String(maxTotal);
    chart.append(maxLabel);
    periods.forEach((p, i) => {
      const x = pad + i * (barW + 2);
      let y = height - pad;
      for (const r of stacks.get(p).sort((a, b) => PLOVER.indexOf(a.key) - PLOVER.indexOf(b.key))) {
        const h = ((height - 2 * pad) * r.count) / maxTotal;
        y -= h;
        const rect = svg("rect", { x, y, width: barW, height: Math.max(h, 0.5), fill: COLORS[r.key] || "#555", class: "bar" });
        const title = svg("title", {});
        title.textContent = `${p} · ${r.key}: ${r.count}`;
        rect.append(title);
        rect.addEventListener("click", () => selectType(r.key));
        chart.append(rect);
      }
      if (periods.length <= 24 || i % Math.ceil(periods.length / 12) === 0) {
        const label = svg("text", { x: x + barW / 2, y: height - 6, class: "axis", "text-anchor": "middle" });
        label.textContent = p;
        chart.append(label);
      }
    });
    box.append(chart);
    const types = [...new Set(agg.rows.map((r) => r.key))].sort();
    for (const t of types) {
      legend.append(el("button", { type: "button", class: "legend-item", data: { type: t }, onclick: () => selectType(t) },
        el("span", { class: `swatch swatch-${(t || "none").toLowerCase()}` }), t || "none"));
    }
  }

  function selectType(type) {
    form.elements.type.value = form.elements.type.value === type ? "" : type;
    refresh();
  }

  // -- event list and panel ---------------------------------------------------------------
  function drawList(events, more) {
    clear(list);
    for (const e of events.slice(0, 300)) {
      const loc = e.location ? `${e.location.name}${e.location.country ? ", " + e.location.country : ""}` : "no place";
      list.append(el("li", { class: "event-item", data: { id: e.id }, tabindex: "0",
        onclick: () => openEvent(e.id), onkeydown: (ev) => { if (ev.key === "Enter") openEvent(e.id); } },
        el("span", { class: `tag swatch-${e.type.toLowerCase()}` }, e.type),
        " ", el("strong", {}, e.date || "undated"), " ", loc,
        el("div", { class: "evidence-line" }, e.evidence ? e.evidence.sentence : "")));
    }
    if (events.length > 300 || more) list.append(el("li", { class: "muted" }, "Narrow the filters to list more."));
  }

  function highlightedText(text, start, end, quotes) {
    // The article as text nodes; the evidence sentence in <mark>, quotes underlined.
    const container = el("div", { class: "article-text" });
    const cuts = new Set([0, text.length, start, end]);
    for (const q of quotes) { cuts.add(q.start); cuts.add(q.end); }
    const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const inEvidence = a >= start && b <= end;
      const inQuote = quotes.some((q) => a >= q.start && b <= q.end);
      let node = document.createTextNode(piece);
      if (inQuote) node = el("span", { class: "quote-span" }, node);
      if (inEvidence) node = el("mark", { class: "evidence" }, node);
      container.append(node);
    }
    return container;
  }

  async function showSource(event, source, holder) {
    clear(holder);
    holder.append(el("p", { class: "muted" }, "Loading the article…"));
    let article;
    try { article = await api(`/api/articles/${encodeURIComponent(source.document_id)}`); }
    catch (err) { clear(holder); holder.append(el("p", { class: "error" }, `Article: ${err.message}`)); return; }
    clear(holder);
    holder.append(el("h4", { class: "article-title" }, article.title || "(untitled)"),
      el("p", { class: "muted" }, [article.site, article.published, article.author].filter(Boolean).join(" · ")));
    if (article.url) holder.append(el("p", {}, el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank" }, article.url)));
    const text = highlightedText(article.text, source.evidence.start, source.evidence.end, article.quotes);
    holder.append(text);
    const mark = text.querySelector("mark");
    if (mark) mark.scrollIntoView({ block: "center" });
    const quoteList = el("ul", { class: "quotes" });
    for (const q of article.quotes) {
      quoteList.append(el("li", { class: `quote ${q.kind}` },
        el("q", {}, q.text), " — ",
        el("strong", {}, q.anonymous ? "anonymous source" : (q.speaker || "unknown speaker")),
        q.speaker_description ? `, ${q.speaker_description}` : "",
        q.kind === "indirect" ? " (reported)" : ""));
    }
    holder.append(el("h4", {}, `Quotes and speakers (${article.quotes.length})`), quoteList);
  }

  function actorNames(actors) {
    return (actors || []).map((a) => `${a.name}${a.country ? " (" + a.country + ")" : ""}${a.sector ? " " + a.sector : ""}`).join(", ") || "—";
  }

  async function openEvent(id) {
    let e;
    try { e = await api(`/api/events/${encodeURIComponent(id)}`); }
    catch (err) { statusBox.textContent = `Event: ${err.message}`; return; }
    for (const item of list.querySelectorAll(".event-item.selected")) item.classList.remove("selected");
    const selected = [...list.querySelectorAll(".event-item")].find((li) => li.dataset.id === id);
    if (selected) selected.classList.add("selected");
    clear(panel);
    panel.hidden = false;
    const loc = e.location;
    const facts = el("dl", { class: "facts" });
    const fact = (k, v) => { if (v !== null && v !== undefined && v !== "") facts.append(el("dt", {}, k), el("dd", {}, v)); };
    fact("Date", `${e.date || "unknown"} (${e.date_precision})`);
    fact("PLOVER", `${e.type}${e.mode ? " / " + e.mode : ""}`);
    fact("ACLED", [e.acled_event_type, e.acled_sub_event_type].filter(Boolean).join(" / "));
    fact("Actor", actorNames(e.actor));
    fact("Recipient", actorNames(e.recipient));
    fact("Place", loc ? `${loc.name}${loc.admin1 ? ", " + loc.admin1 : ""}${loc.country ? ", " + loc.country : ""} (${loc.feature})` : "unknown");
    fact("Fatalities", e.fatalities_range ? `${e.fatalities} (reports: ${e.fatalities_range[0]}–${e.fatalities_range[1]})` : e.fatalities);
    fact("Injuries", e.injuries);
    fact("Modality", e.modality);
    fact("Named source", e.has_named_source ? "yes" : "no");
    const holder = el("div", { class: "source-article" });
    const sources = el("ol", { class: "sources" });
    e.sources.forEach((s, i) => {
      const button = el("button", { type: "button", class: "source-button", onclick: () => {
        for (const b of sources.querySelectorAll(".source-button")) b.classList.remove("active");
        button.classList.add("active");
        showSource(e, s, holder);
      } }, s.title || s.url || s.document_id);
      if (i === 0) button.classList.add("active");
      sources.append(el("li", {}, button, el("span", { class: "muted" }, ` ${s.site || ""} ${s.published || ""}`),
        el("div", { class: "evidence-line" }, s.evidence.sentence)));
    });
    const reasons = el("ul", { class: "reasons" });
    for (const r of e.merge_reasons || []) reasons.append(el("li", {}, r));
    if (!reasons.childElementCount) reasons.append(el("li", {}, "A single report: nothing was merged."));
    panel.append(
      el("button", { type: "button", class: "close", "aria-label": "Close", onclick: () => { panel.hidden = true; } }, "×"),
      el("h3", {}, `${e.type} — ${e.date || "undated"}`),
      el("blockquote", { class: "evidence-sentence" }, e.evidence.sentence),
      facts,
      el("h4", {}, `Sources (${e.num_sources} reports in ${e.num_articles} articles)`), sources,
      el("h4", {}, "Why these reports were merged"), reasons,
      el("h4", {}, "Evidence in its article"), holder);
    if (e.sources.length) showSource(e, e.sources[0], holder);
    panel.scrollIntoView({ block: "start" });
  }

  // -- refresh: one set of filters drives map, list, timeline and exports ----------------
  let generation = 0;
  async function refresh() {
    const mine = ++generation;
    const params = filterParams();
    const query = params.toString();
    for (const fmt of ["csv", "geojson", "jsonl"]) {
      document.getElementById(`dl-${fmt}`).href = `/api/export/events.${fmt}${query ? "?" + query : ""}`;
    }
    statusBox.classList.remove("error");
    statusBox.textContent = "Loading…";
    try {
      const aggParams = new URLSearchParams(params);
      aggParams.set("interval", intervalSelect.value);
      aggParams.set("group", "type");
      const aggPromise = api(`/api/aggregates?${aggParams}`);
      const events = [];
      let cursor = null;
      do {
        const pageParams = new URLSearchParams(params);
        pageParams.set("limit", String(PAGE));
        if (cursor) pageParams.set("cursor", cursor);
        const page = await api(`/api/events?${pageParams}`);
        if (mine !== generation) return;
        events.push(...page.items);
        cursor = page.next_cursor;
      } while (cursor && events.length < MAX_EVENTS);
      const agg = await aggPromise;
      if (mine !== generation) return;
      drawMarkers(events);
      drawList(events, Boolean(cursor));
      drawTimeline(agg);
      const located = events.filter((e) => e.location && e.location.lat !== null).length;
      statusBox.textContent = `${agg.total} events (${located} on the map${cursor ? `, first ${events.length} shown` : ""}).`;
      document.body.dataset.loaded = "1";
    } catch (err) {
      if (mine !== generation) return;
      statusBox.classList.add("error");
      statusBox.textContent = `Could not load events: ${err.message}`;
    }
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  form.addEventListener("change", () => refresh());
  form.addEventListener("reset", () => setTimeout(refresh, 0));
  intervalSelect.addEventListener("change", () => refresh());
  map.on("moveend", () => { if (form.elements.in_view.checked) refresh(); });
  refresh();
})();
