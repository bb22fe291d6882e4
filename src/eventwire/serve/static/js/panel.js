// The evidence panel: one merged event, its facts, every report with its evidence sentence, why
// the reports were merged, and the evidence highlighted in its article (quotes underlined).
import { actorNames, clear, el, placeLabel, urlNode } from "./dom.js";

function highlightedText(text, start, end, quotes) {
  const container = el("div", { class: "article-text" });
  const cuts = new Set([0, text.length, start, end]);
  for (const q of quotes) { cuts.add(q.start); cuts.add(q.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    let node = document.createTextNode(text.slice(a, b));
    if (quotes.some((q) => a >= q.start && b <= q.end)) node = el("span", { class: "quote-span" }, node);
    if (a >= start && b <= end) node = el("mark", { class: "evidence" }, node);
    container.append(node);
  }
  return container;
}

export class EvidencePanel {
  constructor(panel, { api, onClose }) {
    this.panel = panel;
    this.api = api;
    this.onClose = onClose;
    this.eventId = null;
    this.returnFocus = null;
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && !this.panel.hidden) {
        ev.preventDefault();
        this.close();
      }
    });
  }

  get isOpen() { return !this.panel.hidden; }

  close() {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    clear(this.panel);
    this.eventId = null;
    this.onClose();
    if (this.returnFocus && document.contains(this.returnFocus)) this.returnFocus.focus();
    this.returnFocus = null;
  }

  async open(id, e) {
    if (!this.isOpen) this.returnFocus = document.activeElement;
    this.eventId = id;
    clear(this.panel);
    this.panel.hidden = false;
    const loc = e.location;
    const facts = el("dl", { class: "facts" });
    const fact = (k, v) => {
      if (v !== null && v !== undefined && v !== "") facts.append(el("dt", {}, k), el("dd", {}, String(v)));
    };
    fact("Date", `${e.date || "unknown"} (${e.date_precision})`);
    fact("PLOVER", `${e.type}${e.mode ? " / " + e.mode : ""}`);
    fact("ACLED", [e.acled_event_type, e.acled_sub_event_type].filter(Boolean).join(" / "));
    fact("Actor", actorNames(e.actor) || "—");
    fact("Recipient", actorNames(e.recipient) || "—");
    fact("Place", loc ? `${placeLabel(loc)} (${loc.inferred ? "inferred from the article" : loc.feature})` : "unknown");
    fact("Fatalities", e.fatalities_range
      ? `${e.fatalities} (reports: ${e.fatalities_range[0]}–${e.fatalities_range[1]})` : e.fatalities);
    fact("Injuries", e.injuries);
    fact("Modality", e.modality);
    fact("Read by", e.learned ? "the trained models (no hand-written rule read it)" : "the rules");
    fact("Named source", e.has_named_source ? "yes" : "no");
    const holder = el("div", { class: "source-article" });
    const sources = el("ol", { class: "sources" });
    e.sources.forEach((s, i) => {
      const button = el("button", { type: "button", class: `source-button${i === 0 ? " active" : ""}`, onclick: () => {
        for (const b of sources.querySelectorAll(".source-button")) b.classList.remove("active");
        button.classList.add("active");
        this.showSource(s, holder);
      } }, s.title || s.url || s.document_id);
      const speakers = (s.speakers || []).map((p) => (p.anonymous ? `${p.speaker} (anonymous)` : p.speaker))
        .filter(Boolean);
      sources.append(el("li", {}, button,
        el("span", { class: "muted" }, ` ${s.site || ""} ${s.published || ""}`),
        s.url ? el("div", { class: "source-url" }, urlNode(s.url, s.link)) : null,
        el("div", { class: "evidence-line" }, s.evidence.sentence),
        speakers.length ? el("div", { class: "speakers muted" }, `Speakers: ${speakers.join("; ")}`) : null));
    });
    const reasons = el("ul", { class: "reasons" });
    for (const r of e.merge_reasons || []) reasons.append(el("li", {}, r));
    if (!reasons.childElementCount) reasons.append(el("li", {}, "A single report: nothing was merged."));
    const heading = el("h2", { id: "panel-title", tabindex: "-1" }, `${e.type} — ${e.date || "undated"}`);
    this.panel.append(
      el("button", { type: "button", class: "close", "aria-label": "Close (Escape)", title: "Close (Escape)",
        onclick: () => this.close() }, "×"),
      heading,
      el("blockquote", { class: "evidence-sentence" }, e.evidence.sentence),
      facts,
      el("h3", {}, `Sources (${e.num_sources} reports in ${e.num_articles} articles)`), sources,
      el("h3", {}, "Why these reports were merged"), reasons,
      el("h3", {}, "Evidence in its article"), holder);
    this.panel.setAttribute("aria-labelledby", "panel-title");
    this.panel.dataset.eventId = id;
    heading.focus({ preventScroll: true });
    if (e.sources.length) await this.showSource(e.sources[0], holder);
  }

  async showSource(source, holder) {
    clear(holder);
    holder.append(el("p", { class: "muted" }, "Loading the article…"));
    let article;
    try {
      article = await this.api(`/api/articles/${encodeURIComponent(source.document_id)}`);
    } catch (err) {
      clear(holder);
      holder.append(el("p", { class: "error" }, `Article: ${err.message}`));
      return;
    }
    clear(holder);
    holder.append(el("h4", { class: "article-title" }, article.title || "(untitled)"),
      el("p", { class: "muted" }, [article.site, article.published, article.author].filter(Boolean).join(" · ")));
    if (article.url) holder.append(el("p", { class: "article-url" }, urlNode(article.url, article.link)));
    const text = highlightedText(article.text, source.evidence.start, source.evidence.end, article.quotes);
    holder.append(text);
    const mark = text.querySelector("mark");
    if (mark) text.scrollTop = Math.max(0, mark.offsetTop - text.offsetTop - 40);
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
}
