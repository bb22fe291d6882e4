// The timeline: a true time axis of bins all one size (chosen by the API from the span), bars
// stacked by type, and a brush: drag across it (mouse, pen or finger) to set the date filter.
import { categories, colourOf } from "./categories.js";
import { clear, number, svg } from "./dom.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function label(iso, interval) {
  const [y, m, d] = iso.split("-");
  if (interval === "year") return y;
  if (interval === "month") return MONTHS[Number(m) - 1];
  return `${Number(d)} ${MONTHS[Number(m) - 1]}`;
}

function niceMax(value) {
  if (value <= 6) return Math.max(2, value + (value % 2));
  const step = 10 ** Math.floor(Math.log10(value));
  for (const k of [1, 2, 3, 4, 6, 8, 10]) if (k * step >= value) return k * step;  // whole halves
  return value;
}

const STEPS = { month: [1, 2, 3, 6, 12, 24, 60, 120], year: [1, 2, 5, 10, 20, 50, 100, 200, 500] };

/** The smallest calendar step (in bins) at least `least` bins wide. */
function tickStep(interval, least) {
  const steps = STEPS[interval];
  if (!steps) return least;
  return steps.find((k) => k >= least) || least;
}

function onTick(start, index, interval, every) {
  if (interval === "month") return ((Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1) % every) === 0;
  if (interval === "year") return Number(start.slice(0, 4)) % every === 0;
  return index % every === 0;
}

function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export class Timeline {
  constructor(box, note, { onBrush }) {
    this.box = box;
    this.note = note;
    this.onBrush = onBrush;
    this.data = null;
    this.colour = "plover";
    let timer = null;
    window.addEventListener("resize", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.draw(), 120);
    });
  }

  set(data, colour) {
    this.data = data;
    this.colour = colour;
    this.draw();
  }

  draw() {
    const data = this.data;
    clear(this.box);
    if (!data) return;
    const n = data.bins.length;
    this.writeNote(data);
    if (!n) {
      this.box.append(svg("svg", { class: "empty", width: 10, height: 10 }));
      return;
    }
    const width = Math.max(280, this.box.clientWidth || 600);
    const height = width < 500 ? 150 : 170;
    const pad = { left: 40, right: 8, top: 10, bottom: 34 };
    const plotW = width - pad.left - pad.right, plotH = height - pad.top - pad.bottom;
    const order = categories(this.colour).map(([name]) => name);
    const series = [...data.series].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    const totals = data.bins.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
    const top = niceMax(Math.max(...totals, 0));
    const step = plotW / n;
    const chart = svg("svg", {
      width, height, viewBox: `0 0 ${width} ${height}`, role: "img", class: "time-axis",
      "data-interval": data.interval, "data-bins": String(n),
      "aria-label": `${data.measure} per ${data.interval}, ${data.bins[0]} to ${dayBefore(data.end)}`,
    });
    const y = (v) => pad.top + plotH - (plotH * v) / top;
    for (const v of [0, top / 2, top]) {
      chart.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), class: "grid" }));
      chart.append(svg("text", { x: pad.left - 4, y: y(v) + 3, class: "axis", "text-anchor": "end" },
        number(Math.round(v))));
    }
    const barW = Math.max(1, step - (step > 4 ? 1 : 0));
    const bars = document.createDocumentFragment();
    const fills = new Map(series.map((s) => [s.key, colourOf(this.colour, s.key, s.key)]));
    data.bins.forEach((start, i) => {
      if (!totals[i]) return;
      // One group per bin, its title listing the stack (fewer nodes than a title per bar).
      const group = svg("g", { class: "bin", "data-bin": start });
      const parts = [];
      let base = 0;
      for (const s of series) {
        const v = s.values[i];
        if (!v) continue;
        group.append(svg("rect", {
          x: pad.left + i * step, y: y(base + v), width: barW, height: Math.max(0.5, y(base) - y(base + v)),
          fill: fills.get(s.key), class: "bar", "data-bin": start, "data-key": s.key,
        }));
        parts.push(`${s.key} ${number(v)}`);
        base += v;
      }
      group.prepend(svg("title", {}, `${start} (${data.interval}): ${number(totals[i])} — ${parts.reverse().join(", ")}`));
      bars.append(group);
    });
    chart.append(bars);
    // Tick labels: as many as fit without overlapping (about 64 px each), on calendar steps
    // (months on quarters or Januaries, years on round numbers).
    const every = tickStep(data.interval, Math.max(1, Math.ceil(64 / step)));
    let lastYear = null;
    data.bins.forEach((start, i) => {
      const x = pad.left + i * step;
      if (!onTick(start, i, data.interval, every) || x > width - 30) return;  // no label cut off
      chart.append(svg("line", { x1: x, x2: x, y1: pad.top + plotH, y2: pad.top + plotH + 4, class: "tick" }));
      chart.append(svg("text", { x, y: height - 20, class: "axis tick-label", "text-anchor": "start" },
        label(start, data.interval)));
      const year = start.slice(0, 4);
      if (data.interval !== "year" && year !== lastYear) {
        chart.append(svg("text", { x, y: height - 6, class: "axis year-label", "text-anchor": "start" }, year));
        lastYear = year;
      }
    });
    chart.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: pad.top + plotH, y2: pad.top + plotH, class: "baseline" }));
    this.brushable(chart, { pad, plotH, step, n });
    this.box.append(chart);
  }

  writeNote(data) {
    const parts = [];
    if (data.interval) parts.push(`${data.measure === "fatalities" ? "Fatalities" : "Events"} per ${data.interval}, stacked by ${this.colour === "acled" ? "ACLED" : "PLOVER"} type. Drag across the chart to set the dates.`);
    else parts.push("No dated events.");
    const left = [];
    if (data.coarse) left.push(`${number(data.coarse)} dated less precisely than a ${data.interval}`);
    if (data.undated) left.push(`${number(data.undated)} undated`);
    if (data.before) left.push(`${number(data.before)} earlier`);
    if (data.after) left.push(`${number(data.after)} later`);
    if (left.length) parts.push(`Not on the axis: ${left.join(", ")}.`);
    this.note.textContent = parts.join(" ");
  }

  brushable(chart, { pad, plotH, step, n }) {
    const brush = svg("rect", { class: "brush", y: pad.top, height: plotH, x: 0, width: 0, visibility: "hidden" });
    chart.append(brush);
    const binAt = (ev) => {
      const box = chart.getBoundingClientRect();
      const x = ((ev.clientX - box.left) * chart.viewBox.baseVal.width) / box.width;
      return Math.min(n - 1, Math.max(0, Math.floor((x - pad.left) / step)));
    };
    let from = null;
    chart.addEventListener("pointerdown", (ev) => {
      if (ev.button !== 0) return;
      from = binAt(ev);
      chart.setPointerCapture(ev.pointerId);
      ev.preventDefault();
    });
    chart.addEventListener("pointermove", (ev) => {
      if (from === null) return;
      const to = binAt(ev), lo = Math.min(from, to), hi = Math.max(from, to);
      brush.setAttribute("x", pad.left + lo * step);
      brush.setAttribute("width", (hi - lo + 1) * step);
      brush.setAttribute("visibility", "visible");
    });
    const finish = (ev) => {
      if (from === null) return;
      const to = binAt(ev), lo = Math.min(from, to), hi = Math.max(from, to);
      from = null;
      const bins = this.data.bins;
      const end = hi + 1 < bins.length ? bins[hi + 1] : this.data.end;
      this.onBrush(bins[lo], dayBefore(end));
    };
    chart.addEventListener("pointerup", finish);
    chart.addEventListener("pointercancel", () => { from = null; brush.setAttribute("visibility", "hidden"); });
  }
}
