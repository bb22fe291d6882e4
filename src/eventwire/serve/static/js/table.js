// The list: a sortable, paged table of the filtered events (newest first by default). Sorting and
// paging happen in the API, so the table shows any page of any result, and its CSV export (the
// same filters, order and columns) is the view on screen.
import { colourOf } from "./categories.js";
import { actorNames, clear, el, number, placeLabel } from "./dom.js";

export const COLUMNS = [
  ["date", "Date"], ["type", "Type"], ["acled_sub_event_type", "ACLED sub-type"],
  ["actor", "Actor"], ["recipient", "Recipient"], ["place", "Place"],
  ["fatalities", "Fatalities"], ["sources", "Sources"],
];
const FIRST_DESCENDING = new Set(["date", "fatalities", "sources"]);

export class EventTable {
  constructor(table, pager, { onSort, onPage, onOpen }) {
    this.table = table;
    this.pager = pager;
    this.onSort = onSort;
    this.onPage = onPage;
    this.onOpen = onOpen;
    this.selectedId = null;
    this.colour = "plover";
  }

  drawHead(sort) {
    const row = this.table.tHead.rows[0];
    clear(row);
    const key = sort.replace(/^-/, "");
    for (const [name, title] of COLUMNS) {
      const active = name === key;
      const direction = active ? (sort.startsWith("-") ? "descending" : "ascending") : "none";
      const next = active ? (sort.startsWith("-") ? name : `-${name}`)
        : (FIRST_DESCENDING.has(name) ? `-${name}` : name);
      row.append(el("th", { scope: "col", "aria-sort": direction, class: `col-${name}` },
        el("button", { type: "button", class: "sort", data: { sort: name }, onclick: () => this.onSort(next) },
          title, el("span", { class: "arrow", "aria-hidden": "true" },
            direction === "ascending" ? " ▲" : direction === "descending" ? " ▼" : ""))));
    }
  }

  draw(items, { sort, page, size, total, colour }) {
    this.colour = colour;
    this.drawHead(sort);
    const body = this.table.tBodies[0];
    clear(body);
    for (const e of items) {
      const cells = [
        el("button", { type: "button", class: "open-event", onclick: (ev) => { ev.stopPropagation(); this.onOpen(e.id); } },
          e.date || "undated"),
        el("span", { class: "tag", style: { background: colourOf(colour, e.type, e.acled_event_type) } },
          colour === "acled" ? (e.acled_event_type || e.type) : e.type),
        e.acled_sub_event_type || "",
        actorNames(e.actor),
        actorNames(e.recipient),
        placeLabel(e.location),
        e.fatalities === null || e.fatalities === undefined ? "" : number(e.fatalities),
        number(e.num_sources),
      ];
      // A learned event (read by the trained models, no rule) is listed, marked in italics.
      const row = el("tr", { data: { id: e.id },
        class: [e.id === this.selectedId ? "selected" : "", e.learned ? "learned" : ""].join(" ").trim(),
        title: e.learned ? "Read by the trained models where the rules read none" : null,
        onclick: () => this.onOpen(e.id) },
        cells.map((cell, i) => el("td", { class: `col-${COLUMNS[i][0]}` }, cell)));
      body.append(row);
    }
    if (!items.length) {
      body.append(el("tr", {}, el("td", { colspan: String(COLUMNS.length), class: "muted" }, "No events match these filters.")));
    }
    this.drawPager(page, size, total);
  }

  drawPager(page, size, total) {
    clear(this.pager);
    const pages = Math.max(1, Math.ceil((total || 0) / size));
    const first = total ? (page - 1) * size + 1 : 0;
    const last = Math.min(total || 0, page * size);
    this.pager.append(
      el("button", { type: "button", class: "prev", disabled: page <= 1, onclick: () => this.onPage(page - 1) }, "‹ Previous"),
      el("span", { class: "page-info" }, `${number(first)}–${number(last)} of ${number(total)} · page ${number(page)} of ${number(pages)}`),
      el("button", { type: "button", class: "next", disabled: page >= pages, onclick: () => this.onPage(page + 1) }, "Next ›"),
      el("label", {}, " per page ", el("select", { class: "page-size", onchange: (ev) => this.onPage(1, ev.target.value) },
        ["10", "25", "50", "100"].map((n) => el("option", { value: n, selected: String(size) === n }, n)))),
    );
  }

  markSelected(id) {
    this.selectedId = id;
    for (const row of this.table.tBodies[0].rows) row.classList.toggle("selected", row.dataset.id === id);
  }
}
