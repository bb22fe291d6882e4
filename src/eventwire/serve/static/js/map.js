// The map: one marker per place (the API groups events by place), clustered with
// Leaflet.markercluster; choropleths by country (world-atlas shapes) or by first-level division
// (circles at the mean position of the division's events: no admin1 shapes are shipped).
/* global L, topojson */
import { colourOf } from "./categories.js";
import { el, number } from "./dom.js";

const WORLD = [[-56, -170], [76, 180]];  // the inhabited world: no half-map of Antarctica
const LATITUDES = [[-56, 15], [76, 15.01]];
const ANTARCTICA = "010";
const SCALE = ["#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"];

// Cluster icons are markers too; none of them is a tab stop (the map itself is the one stop).
L.MarkerCluster.mergeOptions({ keyboard: false });

/** A place's marker: a dot in its main type's colour, with its count when more than one; its
 * element is made only when the map shows it (thousands of places, a few dozen on screen). */
const PlaceIcon = L.DivIcon.extend({
  createIcon(old) {
    const { place, colour, iconSize } = this.options;
    this.options.html = el("div", {
      class: "event-marker", data: { events: String(place.count) },
      style: { background: colour, width: `${iconSize[0]}px`, height: `${iconSize[1]}px` },
    }, place.count > 1 ? compact(place.count) : "");
    return L.DivIcon.prototype.createIcon.call(this, old);
  },
});

function compact(n) {
  return n >= 10000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
}

/** Shapes that cross the antimeridian (Russia, the USA's Aleutians, Fiji) are drawn as one piece:
 * a ring is never drawn across the whole map (the "bands"), and a country's polygons on the far
 * side of the line are moved next to the rest of it (±360°). */
function unwrap(geometry) {
  const span = (ring) => {
    let min = Infinity, max = -Infinity;
    for (const [x] of ring) { if (x < min) min = x; if (x > max) max = x; }
    return [min, max];
  };
  const shift = (polygon, by) => polygon.map((ring) => ring.map(([x, y]) => [x + by, y]));
  const fixRing = (ring) => {
    const [min, max] = span(ring);
    return max - min > 180 ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
  };
  let polygons = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  polygons = polygons.map((polygon) => polygon.map(fixRing));
  const ranges = polygons.map((polygon) => span(polygon[0]));
  const west = Math.min(...ranges.map(([min]) => min)), east = Math.max(...ranges.map(([, max]) => max));
  if (polygons.length > 1 && east - west > 180) {
    const weight = (polygon) => polygon[0].length;
    let eastern = 0, western = 0;
    polygons.forEach((polygon, i) => {
      if (ranges[i][0] + ranges[i][1] > 0) eastern += weight(polygon); else western += weight(polygon);
    });
    polygons = polygons.map((polygon, i) => {
      const isEastern = ranges[i][0] + ranges[i][1] > 0;
      if (eastern >= western && !isEastern && ranges[i][1] < -90) return shift(polygon, 360);
      if (western > eastern && isEastern && ranges[i][0] > 90) return shift(polygon, -360);
      return polygon;
    });
  }
  if (geometry.type === "Polygon") geometry.coordinates = polygons[0];
  if (geometry.type === "MultiPolygon") geometry.coordinates = polygons;
  return geometry;
}

/** Shapes with a tooltip become focusable in Chromium; the map itself is the one tab stop. */
function notTabbable(layer) {
  const node = layer.getElement && layer.getElement();
  if (node) node.setAttribute("tabindex", "-1");
}

/** Class breaks for a choropleth: up to six classes over the positive values. */
function breaks(values) {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const out = [];
  for (let i = 1; i <= SCALE.length; i++) {
    const v = sorted[Math.min(sorted.length - 1, Math.ceil((i / SCALE.length) * sorted.length) - 1)];
    if (!out.length || v > out[out.length - 1]) out.push(v);
  }
  return out;
}

function classColour(value, limits) {
  if (!value) return null;
  const i = limits.findIndex((limit) => value <= limit);
  return SCALE[Math.max(0, i === -1 ? limits.length - 1 : i) + SCALE.length - limits.length];
}

export class EventMap {
  constructor(container, { onOpenEvent, onPlaceClick, onDivisionClick, onUserMove }) {
    this.onOpenEvent = onOpenEvent;
    this.onPlaceClick = onPlaceClick;
    this.onDivisionClick = onDivisionClick;
    this.onUserMove = onUserMove;
    this.places = [];
    this.mode = "markers";
    this.colour = "plover";
    this.measure = "events";
    this.summary = null;
    this.quiet = false;
    this.map = L.map(container, {
      center: [20, 10], zoom: 2, minZoom: 1, maxZoom: 14, zoomSnap: 0.25, worldCopyJump: false,
      maxBounds: [[-70, -220], [86, 240]], maxBoundsViscosity: 0.7,
    });
    this.map.attributionControl.setPrefix("Leaflet");
    this.map.attributionControl.addAttribution("Countries: Natural Earth via world-atlas");
    for (const a of this.map.getContainer().querySelectorAll(".leaflet-control-zoom a")) a.tabIndex = -1;
    this.clusters = L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true,
      spiderfyOnMaxZoom: false, disableClusteringAtZoom: 10,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster),
    }).addTo(this.map);
    this.clusters.on("click", (ev) => this.openPlace(ev.layer.options.place, false));
    this.clusters.on("mouseover", (ev) => {
      const marker = ev.layer;
      if (marker.getTooltip()) return;
      marker.bindTooltip(() => this.placeTooltip(marker.options.place), { direction: "top" });
      marker.openTooltip();
    });
    this.divisions = L.featureGroup();
    this.highlights = L.featureGroup().addTo(this.map);
    this.selected = null;
    this.focusRing = null;
    this.world = null;
    this.map.on("moveend", () => {
      const box = this.map.getContainer();  // the view, readable by tests and scripts
      box.dataset.zoom = String(this.map.getZoom());
      box.dataset.bounds = this.map.getBounds().toBBoxString();
      if (!this.quiet) this.onUserMove();
    });
    this.map.on("moveend", () => { if (this.hasFocus()) this.showFocusRing(); });
    this.fitWorld();
    const box = this.map.getContainer();
    box.addEventListener("focus", () => this.showFocusRing());
    box.addEventListener("blur", () => this.hideFocusRing());
    box.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && ev.target === box) {
        ev.preventDefault();
        const place = this.focusPlace();
        if (place) this.openPlace(place, true);
      }
    });
  }

  /** Moves made by the dashboard itself (fit to results), without animation, so that their
   * moveend fires at once and is not taken for the user's. */
  moveProgrammatically(move) {
    this.quiet = true;
    try { move(); } finally { this.quiet = false; }
  }

  hasFocus() {
    return document.activeElement === this.map.getContainer();
  }

  async loadWorld(url) {
    const world = await (await fetch(url)).json();
    const shapes = topojson.feature(world, world.objects.countries);
    shapes.features = shapes.features.filter((f) => f.id !== ANTARCTICA);
    for (const f of shapes.features) unwrap(f.geometry);
    this.shaded = true;  // styled once below
    this.world = L.geoJSON(shapes, {
      style: () => this.countryStyle(null),
      onEachFeature: (feature, layer) => {
        layer.bindTooltip(() => this.countryTooltip(feature), { sticky: true });
      },
    }).addTo(this.map);
    this.world.eachLayer(notTabbable);
    this.world.bringToBack();
    this.restyleCountries();
  }

  countryStyle(fill) {
    return fill
      ? { color: "#6b6f76", weight: 0.6, fillColor: fill, fillOpacity: 0.85, className: "country" }
      : { color: "#8a8f98", weight: 0.6, fillColor: "#e9ecef", fillOpacity: 1, className: "country" };
  }

  countryValue(feature) {
    const row = this.countryRows.get(feature.id);
    return row ? row[this.measure === "fatalities" ? "fatalities" : "count"] : 0;
  }

  countryTooltip(feature) {
    const name = (feature.properties && feature.properties.name) || "";
    if (this.mode !== "countries") return el("span", {}, name);
    const row = this.countryRows.get(feature.id);
    return el("span", {}, el("strong", {}, name), ` · ${number(row ? row.count : 0)} events · `
      + `${number(row ? row.fatalities : 0)} fatalities`);
  }

  restyleCountries() {
    if (!this.world) return;
    if (this.mode !== "countries" && !this.shaded) return;  // already plain
    this.shaded = this.mode === "countries";
    const rows = (this.summary && this.summary.countries) || [];
    this.countryRows = new Map(rows.filter((r) => r.numeric).map((r) => [r.numeric, r]));
    const key = this.measure === "fatalities" ? "fatalities" : "count";
    const limits = breaks(rows.map((r) => r[key]));
    this.world.eachLayer((layer) => {
      const value = this.countryValue(layer.feature);
      const fill = this.mode === "countries" ? classColour(value, limits) : null;
      layer.setStyle(this.countryStyle(fill));
      const path = layer.getElement && layer.getElement();
      if (path) {  // setStyle leaves the class as it was when the path was made
        path.classList.toggle("choropleth", Boolean(fill));
        path.dataset.value = String(value || 0);
      }
    });
    if (this.mode === "countries") this.drawScale(limits, "country");
  }

  drawScale(limits, unit) {
    const legend = document.getElementById("choropleth-legend");
    legend.hidden = false;
    legend.replaceChildren(el("span", {}, `${this.measure === "fatalities" ? "Fatalities" : "Events"} per ${unit}: `));
    let low = 1;
    limits.forEach((limit, i) => {
      legend.append(el("span", { class: "scale-step" },
        el("span", { class: "swatch", style: { background: SCALE[i + SCALE.length - limits.length] } }),
        low === limit ? number(limit) : `${number(low)}–${number(limit)}`));
      low = limit + 1;
    });
    if (!limits.length) legend.append(el("span", {}, "none"));
  }

  clusterIcon(cluster) {
    let events = 0;
    for (const marker of cluster.getAllChildMarkers()) events += marker.options.place.count;
    const size = events < 10 ? 30 : events < 100 ? 36 : events < 1000 ? 42 : 50;
    const tier = events < 10 ? "small" : events < 100 ? "medium" : "large";
    const node = el("div", { class: `cluster-icon ${tier}`, data: { events: String(events) } },
      el("span", {}, compact(events)));
    return L.divIcon({ html: node, className: "event-cluster", iconSize: [size, size] });
  }

  placeIcon(place) {
    const size = place.count > 1 ? Math.min(30, 18 + 3 * Math.log10(place.count) * 2) : 14;
    const colour = colourOf(this.colour, place.kind, place.kind);
    return new PlaceIcon({ className: "place-icon", iconSize: [size, size], place, colour });
  }

  placeTooltip(place) {
    const label = [place.name, place.admin1 && place.admin1 !== place.name ? place.admin1 : null, place.country]
      .filter(Boolean).join(", ");
    const kind = place.kind || (this.colour === "acled" ? "no ACLED type" : "no type");
    return el("span", {}, el("strong", {}, label),
      ` · ${number(place.count)} event${place.count === 1 ? "" : "s"} · mostly ${kind}`
      + (place.fatalities ? ` · ${number(place.fatalities)} killed` : ""));
  }

  /** Draw the places of a new result; `fit`: frame them. Resolves once every marker is
   * clustered (a large result is clustered in chunks, the page staying responsive). */
  setPlaces(places, fit) {
    this.places = places;
    if (fit) this.fit();
    const drawn = this.drawMarkers();
    if (this.hasFocus()) this.showFocusRing();
    return drawn;
  }

  drawMarkers() {
    this.clusters.clearLayers();
    // Markers are cheap until shown: the icon's element is built when the map draws it, the
    // tooltip on first hover, and one click handler on the group serves them all.
    const markers = this.places.map((place) =>
      L.marker([place.lat, place.lon], { icon: this.placeIcon(place), keyboard: false, place }));
    const drawn = new Promise((resolve) => {
      if (!markers.length || !this.map.hasLayer(this.clusters)) { resolve(); return; }
      this.clusters.options.chunkProgress = (done, total) => { if (done >= total) resolve(); };
    });
    this.clusters.addLayers(markers);
    this.applyMode();
    return drawn;
  }

  fit() {
    if (!this.places.length) return;
    const bounds = L.latLngBounds(this.places.map((p) => [p.lat, p.lon]));
    this.moveProgrammatically(() => {
      if (this.places.length === 1) this.map.setView(bounds.getCenter(), 7, { animate: false });
      else this.map.fitBounds(bounds, { padding: [28, 28], maxZoom: 8, animate: false });
    });
  }

  /** The world without Antarctica: as wide as the map allows, never taller than the inhabited
   * latitudes (a phone's square map shows less width instead of a polar half). */
  fitWorld() {
    const zoom = Math.max(this.map.getBoundsZoom(WORLD), this.map.getBoundsZoom(LATITUDES));
    this.moveProgrammatically(() => this.map.setView([12, 15], zoom, { animate: false }));
  }

  /** Centre a place, close enough that its marker stands out of any cluster. */
  showPlace(place) {
    this.moveProgrammatically(() => this.map.setView([place.lat, place.lon], 10, { animate: false }));
  }

  fitBox(bbox) {
    const [w, s, e, n] = bbox.split(",").map(Number);
    this.moveProgrammatically(() => this.map.fitBounds([[s, w], [n, e]], { animate: false }));
  }

  bboxOfView() {
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(",");
  }

  openPlace(place, fromKeyboard) {
    if (place.event_id) this.onOpenEvent(place.event_id, fromKeyboard);
    else this.onPlaceClick(place, fromKeyboard);
  }

  popup(place, content) {
    L.popup({ maxWidth: 320, className: "place-popup" })
      .setLatLng([place.lat, place.lon]).setContent(content).openOn(this.map);
  }

  closePopup() { this.map.closePopup(); }

  setSummary(summary) {
    this.summary = summary;
    this.restyleCountries();
    this.divisionsDrawn = false;
    if (this.mode === "admin1") this.drawDivisions();
  }

  drawDivisions() {
    this.divisionsDrawn = true;
    this.divisions.clearLayers();
    const rows = (this.summary && this.summary.admin1) || [];
    const key = this.measure === "fatalities" ? "fatalities" : "count";
    const limits = breaks(rows.map((r) => r[key]));
    const max = Math.max(1, ...rows.map((r) => r[key]));
    for (const row of rows) {
      if (!row[key]) continue;
      const circle = L.circleMarker([row.lat, row.lon], {
        radius: 4 + 18 * Math.sqrt(row[key] / max), color: "#5a1010", weight: 1,
        fillColor: classColour(row[key], limits), fillOpacity: 0.8, className: "admin1-circle",
      });
      circle.bindTooltip(el("span", {}, el("strong", {}, `${row.admin1}, ${row.country}`),
        ` · ${number(row.count)} events · ${number(row.fatalities)} fatalities`));
      circle.on("click", () => this.onDivisionClick(row));
      circle.addTo(this.divisions);
      notTabbable(circle);
    }
    if (this.mode === "admin1") this.drawScale(limits, "first-level division");
  }

  setView({ mode, colour, measure }) {
    const remeasured = measure !== this.measure;
    this.mode = mode; this.colour = colour; this.measure = measure;
    this.applyMode();
    this.restyleCountries();
    if (mode === "admin1" && (remeasured || !this.divisionsDrawn)) this.drawDivisions();
  }

  applyMode() {
    const show = (layer, on) => {
      if (on && !this.map.hasLayer(layer)) layer.addTo(this.map);
      if (!on && this.map.hasLayer(layer)) this.map.removeLayer(layer);
    };
    show(this.clusters, this.mode === "markers");
    show(this.divisions, this.mode === "admin1");
    this.divisions.eachLayer(notTabbable);
    if (this.mode === "markers") document.getElementById("choropleth-legend").hidden = true;
    this.map.getContainer().dataset.mode = this.mode;
  }

  /** Mark the selected event's place with a ring (or clear it with null). */
  select(location) {
    if (this.selected) this.highlights.removeLayer(this.selected);
    this.selected = null;
    if (location && location.lat !== null && location.lat !== undefined) {
      this.selected = L.circleMarker([location.lat, location.lon], {
        radius: 17, color: "#111", weight: 3, fill: false, interactive: false, className: "selected-marker",
      }).addTo(this.highlights);
    }
  }

  /** The place the Enter key opens: the one nearest the centre of the view. */
  focusPlace() {
    const bounds = this.map.getBounds();
    const centre = this.map.latLngToContainerPoint(this.map.getCenter());
    let best = null, bestDistance = Infinity;
    for (const place of this.places) {
      if (!bounds.contains([place.lat, place.lon])) continue;
      const d = centre.distanceTo(this.map.latLngToContainerPoint([place.lat, place.lon]));
      if (d < bestDistance) { best = place; bestDistance = d; }
    }
    return best;
  }

  showFocusRing() {
    this.hideFocusRing();
    const place = this.focusPlace();
    if (!place) return;
    this.focusRing = L.circleMarker([place.lat, place.lon], {
      radius: 13, color: "#0b57d0", weight: 2, dashArray: "4 3", fill: false, interactive: false,
      className: "focus-marker",
    }).addTo(this.highlights);
  }

  hideFocusRing() {
    if (this.focusRing) this.highlights.removeLayer(this.focusRing);
    this.focusRing = null;
  }

  invalidate() { this.map.invalidateSize(); }
}
