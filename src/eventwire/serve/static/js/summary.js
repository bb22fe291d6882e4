// Totals and top lists for the current filters.
import { clear, el, number } from "./dom.js";

export function drawSummary(box, s, { onActor, onPlace }) {
  clear(box);
  const card = (value, title, cls) => el("div", { class: `card ${cls}` },
    el("div", { class: "value" }, value), el("div", { class: "label" }, title));
  const span = s.first_date ? `${s.first_date} – ${s.last_date}` : "—";
  box.append(el("div", { class: "cards" },
    card(number(s.total), "events", "total-events"),
    card(number(s.fatalities), "fatalities", "total-fatalities"),
    card(number(s.countries.length), "countries", "total-countries"),
    card(span, "dates", "date-span")));
  const list = (title, rows, cls, action) => el("div", { class: `top ${cls}` },
    el("h3", {}, title),
    el("ol", {}, rows.map((r) => el("li", {},
      action ? el("button", { type: "button", class: "link", onclick: () => action(r) },
        r.country ? `${r.name}, ${r.country}` : r.name)
        : el("span", {}, r.country ? `${r.name}, ${r.country}` : r.name),
      el("span", { class: "count" }, ` ${number(r.count)}`),
      r.fatalities ? el("span", { class: "muted" }, ` · ${number(r.fatalities)} killed`) : null))));
  box.append(el("div", { class: "tops" },
    list("Top actors", s.top_actors, "top-actors", onActor),
    list("Top places", s.top_places, "top-places", onPlace)));
}
