// The dashboard's state — filters and view — kept in the page's URL, so that a reload or a shared
// link restores the same view. Defaults are left out of the URL.

export const FILTERS = ["since", "until", "type", "acled_type", "country", "admin1", "actor",
  "modality", "q", "has_named_source", "learned", "bbox"];
const VIEW_DEFAULTS = {
  sort: "-date", page: "1", size: "50", colour: "plover", map: "markers", measure: "events",
  interval: "", event: "",
};
const FILTER_DEFAULTS = { modality: "asserted" };

export function readUrl(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTERS) filters[name] = params.get(name) || FILTER_DEFAULTS[name] || "";
  const view = {};
  for (const [name, value] of Object.entries(VIEW_DEFAULTS)) view[name] = params.get(name) || value;
  return { filters, view };
}

export function toQuery(state) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value && value !== FILTER_DEFAULTS[name]) params.set(name, value);
  }
  for (const [name, fallback] of Object.entries(VIEW_DEFAULTS)) {
    const value = state.view[name];
    if (value && value !== fallback) params.set(name, value);
  }
  return params.toString();
}

/** The API's query parameters for the current filters (modality always explicit). */
export function apiParams(state) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

export function sameFilters(a, b) {
  return FILTERS.every((name) => (a.filters[name] || "") === (b.filters[name] || ""));
}

/** The form shows the filters it has fields for; admin1 and an explicit bbox show as chips. */
export function fillForm(form, state) {
  for (const name of ["since", "until", "type", "acled_type", "country", "actor", "modality", "q"]) {
    form.elements[name].value = state.filters[name] || "";
  }
  if (!form.elements.modality.value) form.elements.modality.value = "asserted";
  form.elements.has_named_source.checked = state.filters.has_named_source === "true";
  form.elements.learned.value = state.filters.learned || "";
  form.elements.in_view.checked = Boolean(state.filters.bbox);
}

export function readForm(form, filters) {
  const out = { ...filters };
  for (const name of ["since", "until", "type", "acled_type", "actor", "modality", "q"]) {
    out[name] = form.elements[name].value.trim();
  }
  out.country = form.elements.country.value.trim().toUpperCase();
  out.has_named_source = form.elements.has_named_source.checked ? "true" : "";
  out.learned = form.elements.learned.value;
  return out;
}
