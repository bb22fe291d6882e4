"""Benchmark of the events stage on the ACLED and PLOVER development sets.

ACLED (`events/acled.jsonl`, the `notes` of real ACLED events): the *main event* of a note is the
first sentence's most violent ACLED-typed event (`eventwire.events.coder.main_event`); we score its
event type (accuracy), sub-event type (macro-F1 over the gold sub-event types), date (exact),
fatalities (exact; unknown counts as 0, as in ACLED), country and first-level division of its place
(only what the record holds: an event with no place has no country; the geocoder gives an event
that no name places the article's home country, marked `inferred`), the division two ways (the
same spelling, and the same division, where ACLED's division name looked up in the gazetteer is a
first-level division of that country named as ours: "Idleb"/"Idlib"),
and whether ACLED's actor1 was found among its actors (a content word of actor1's name in our
actor's text or canonical name, or the same ACLED actor class: protesters, rioters, civilians,
police or military forces of the event's country, unidentified armed groups).
PLOVER (`events/plover.jsonl`): the most confident event of the sentence, type accuracy against
`event_plover16` and source-actor country where the gold has one (sentences are geocoded, as
in the pipeline).

Run: .venv/bin/python benchmarks/bench_events.py [--data DIR] [--limit N] [--parse-cache FILE]
[--country-errors FILE] [--plover-only] [--tune-errors]
(`--limit N` scores N notes spread evenly over the file, which is ordered by country;
`--parse-cache FILE` keeps the spaCy parses in a DocBin, so that reruns skip parsing; `--country-errors FILE` writes the *tune* notes whose country is wrong, one
JSON line each, to study them: check notes are never listed, rules are written on tune only;
`--tune-errors` prints the same tune notes as a listing, gold country, predicted place and why it
missed (`miss_family`), with a count per family, and the tune PLOVER sentences with gold and
predicted type; `--plover-only` scores the PLOVER sentences alone and records nothing.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from parts import hand_written, measure, sizes, split, table
from splits import part

from eventwire.annotate.nlp import load_nlp
from eventwire.events.coder import EventCoder, main_event
from eventwire.records import Document, Event, Place, TimeExpression
from eventwire.settings import Settings

STOP = {
    "of",
    "the",
    "and",
    "for",
    "in",
    "forces",
    "force",
    "group",
    "unidentified",
    "armed",
    "military",
    "police",
    "civilians",
    "protesters",
    "rioters",
    "government",
}
CLASS_WORDS = {
    "protesters": {
        "protester",
        "protesters",
        "protestors",
        "demonstrators",
        "people",
        "residents",
        "workers",
        "students",
        "farmers",
        "members",
        "supporters",
        "activists",
    },
    "rioters": {"rioters", "mob", "villagers", "residents", "people", "supporters", "group"},
    "civilians": {"civilian", "civilians", "man", "woman", "people", "residents"},
    "military forces": {"army", "soldiers", "troops", "military", "forces"},
    "police forces": {"police", "policemen", "officers", "police officers"},
    "unidentified armed group": {
        "gunmen",
        "armed men",
        "unidentified",
        "assailants",
        "attackers",
        "militants",
        "unknown",
    },
}


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9 ]", " ", (text or "").lower()).strip()


def actor_found(gold: str | None, event: Event) -> bool:
    if not gold:
        return not event.actor
    texts = " ".join(_norm(a.text) + " " + _norm(a.name) for a in event.actor)
    if not texts.strip():
        return False
    base = _norm(gold.split("(")[0])
    if base.startswith(("protesters", "rioters")):
        # ACLED's Protesters/Rioters are whoever demonstrates, unless it is the state's forces
        return any(a.sector not in {"GOV", "MIL", "COP"} for a in event.actor)
    for cls, words in CLASS_WORDS.items():
        if base.startswith(cls):
            return any(w in texts.split() or w in texts for w in words)
    content = [w for w in base.split() if w not in STOP and len(w) > 2]
    return bool(content) and any(w in texts.split() for w in content)


def plover_type_counts(p_conf: dict[str, Counter[tuple[str, str | None]]]) -> list[str]:
    """Per gold type and part: how many right, given another type (which), given no event.

    Counts only: the check part is read as numbers, never as sentences.
    """
    lines = ["PLOVER per gold type (right / total; another type: which; no event), by part:", ""]
    for side in ("tune", "check"):
        conf = p_conf[side]
        for gold in sorted({g for g, _ in conf}):
            total = sum(c for (g, _), c in conf.items() if g == gold)
            right = conf[(gold, gold)]
            other = ", ".join(
                f"{p} {c}"
                for (g, p), c in sorted(conf.items(), key=lambda kv: -kv[1])
                if g == gold and p not in (gold, None)
            )
            none = conf[(gold, None)]
            lines.append(
                f"- {side} {gold}: {right}/{total}; other: {other or '-'}; no event: {none}"
            )
        lines.append("")
    return lines


def _per_class_f1(pairs: list[tuple[str, str | None]]) -> dict[str, float]:
    labels = {g for g, _ in pairs}
    scores: dict[str, float] = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores[label] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return scores


def _macro_f1(pairs: list[tuple[str, str | None]]) -> float:
    scores = _per_class_f1(pairs)
    return sum(scores.values()) / len(scores) if scores else 0.0


class _Annotator:
    """Time tagger and geocoder when their modules are present, else the coder's own fallbacks."""

    def __init__(self) -> None:
        self.tagger: Any = None
        self.geocoder: Any = None
        try:
            from eventwire.annotate.times import TimeTagger

            self.tagger = TimeTagger()
        except Exception as exc:  # noqa: BLE001 - optional stage
            print(f"(time tagger unavailable: {exc})", file=sys.stderr)
        try:
            from eventwire.geocode.resolver import Geocoder

            geocoder = Geocoder(Settings().cache_dir)
            geocoder.setup()
            self.geocoder = geocoder
        except Exception as exc:  # noqa: BLE001 - optional stage
            print(f"(geocoder unavailable: {exc})", file=sys.stderr)

    def times(self, text: str, doc: Any, published: str | None) -> tuple[TimeExpression, ...]:
        return self.tagger.tag(text, published, doc) if self.tagger else ()

    def places(self, doc: Any) -> tuple[Place, ...]:
        return tuple(self.geocoder.geocode(doc)) if self.geocoder else ()

    def same_admin1(self, gold: str | None, iso3: str, predicted: str | None) -> bool:
        """ACLED's division name and ours name the same division: the gold name, looked up in
        the gazetteer, is a name of a first-level division of that country called as ours
        ("Idleb"/"Idlib", "Sardegna"/"Sardinia", "Nord-Kivu"/"Nord Kivu")."""
        if not gold or not predicted or self.geocoder is None:
            return False
        from eventwire.geocode.gazetteer import normalise

        ours = normalise(predicted)
        if normalise(gold) == ours:
            return True
        for entry in self.geocoder.gazetteer.lookup(gold):
            if entry.country == iso3 and entry.feature == "admin1" and entry.admin1:
                if normalise(entry.admin1) == ours:
                    return True
        return False


def miss_family(loc: Place | None, gold: str, places: Any) -> str:
    """Why an event's country is wrong, to group the misses: no place at all; the article's home
    country inferred (no name placed the event); a nationality word read as the place; a named
    place of another country, whether the note names any place of the gold country (a namesake
    town abroad, a place of another event) or none (a name the gazetteer lacks, a country named
    only as an adjective)."""
    if loc is None:
        return "no place"
    if loc.inferred:
        return "inferred home country"
    named_gold = any(p.country == gold for p in places)
    if loc.feature == "country" and loc.text and loc.text.lower() != loc.name.lower():
        return "nationality as place" + ("" if named_gold else " (gold not named)")
    if named_gold:
        return f"{loc.feature} abroad, gold named elsewhere"
    return f"{loc.feature} abroad, gold never named"


def error_listing(errors: list[dict[str, Any]]) -> str:
    """The tune misses of ACLED country, one line each (gold, predicted, place, why), then the
    count per family."""
    lines = ["ACLED country, tune misses:"]
    for e in sorted(errors, key=lambda e: (e["why"], e["id"])):
        place = e.get("mention") or e.get("place") or "-"
        lines.append(
            f"  {e['id']}  gold {e['gold']}  predicted {e['predicted'] or '-'}  "
            f"place {place!r} ({e.get('feature') or '-'})  why: {e['why']}"
        )
    counts = Counter(e["why"] for e in errors)
    lines.append(f"{len(errors)} tune misses")
    lines.append("by family: " + "; ".join(f"{k} {v}" for k, v in counts.most_common()))
    return "\n".join(lines)


def _document(item_id: str, text: str, times: Any, places: Any) -> Document:
    return Document(
        id=item_id,
        published=None,
        language="en",
        text=text,
        times=times,
        places=places,
    )


class _Parser:
    """spaCy parses of every text, optionally kept in a DocBin between runs."""

    def __init__(self, nlp: Any, cache: Path | None, texts: list[str]) -> None:
        from spacy.tokens import DocBin

        self.nlp = nlp
        self.docs: dict[str, Any] = {}
        if cache and cache.exists():
            stored = DocBin().from_bytes(cache.read_bytes())
            self.docs = {doc.text: doc for doc in stored.get_docs(nlp.vocab)}
        if cache and any(text not in self.docs for text in texts):
            missing = [text for text in dict.fromkeys(texts) if text not in self.docs]
            for doc in nlp.pipe(missing, batch_size=64):
                self.docs[doc.text] = doc
            bin_ = DocBin(store_user_data=False)
            for doc in self.docs.values():
                bin_.add(doc)
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(bin_.to_bytes())

    def __call__(self, text: str) -> Any:
        doc = self.docs.get(text)
        return doc if doc is not None else self.nlp(text)


def run(
    data: Path,
    limit: int | None,
    parse_cache: Path | None = None,
    learned: bool = True,
    country_errors: Path | None = None,
    plover_only: bool = False,
    tune_errors: bool = False,
) -> str:
    spacy_nlp = load_nlp(Settings().spacy_model)
    ann = _Annotator()  # first: the geocoder builds the gazetteer index the coder reads
    coder = EventCoder(learned=learned)
    coder.setup()
    acled = [json.loads(line) for line in (data / "events" / "acled.jsonl").open()]
    if plover_only:
        acled = []
    if limit and limit < len(acled):
        step = len(acled) / limit
        acled = [acled[int(i * step)] for i in range(limit)]
    plover = [json.loads(line) for line in (data / "events" / "plover.jsonl").open()]
    nlp = _Parser(
        spacy_nlp, parse_cache, [row["text"] for row in acled] + [row["text"] for row in plover]
    )
    t_parse = t_annot = t_code = 0.0
    n = 0
    outcomes: list[dict[str, Any]] = []  # one per note: what was right
    sub_pairs: list[tuple[str, str | None]] = []
    confusion: Counter[tuple[str, str | None]] = Counter()
    errors: list[dict[str, Any]] = []  # tune notes whose country is wrong (for --country-errors)
    for row in acled:
        text = row["text"]
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        document = _document(row["id"], text, ann.times(text, doc, None), ann.places(doc))
        t2 = time.perf_counter()
        events = coder.code(doc, document)
        t3 = time.perf_counter()
        t_parse += t1 - t0
        t_annot += t2 - t1
        t_code += t3 - t2
        n += 1
        main = main_event(events)
        pred_type = main.acled_event_type if main else None
        pair = (row["sub_event_type"], main.acled_sub_event_type if main else None)
        if part("acled", row["id"]) == "tune":  # rules are written on tune: only its errors shown
            confusion[(row["event_type"], pred_type)] += 1
            sub_pairs.append(pair)
        outcome: dict[str, Any] = {"id": row["id"], "found": main is not None, "sub": pair}
        outcomes.append(outcome)
        if main is None:
            if tune_errors and part("acled", row["id"]) == "tune":
                errors.append(
                    {
                        "id": row["id"],
                        "gold": row["iso3"],
                        "predicted": None,
                        "why": "no event",
                        "text": text,
                    }
                )
            continue
        loc = main.location
        # only what the event record holds: no place, no country
        country = loc.country if loc else None
        outcome.update(
            type=pred_type == row["event_type"],
            date=main.date == row["event_date"],
            fatalities=(main.fatalities or 0) == (row["fatalities"] or 0),
            country=country == row["iso3"],
            admin1=bool(loc and _norm(loc.admin1) and _norm(loc.admin1) == _norm(row["admin1"])),
            admin1_alias=bool(
                loc
                and country == row["iso3"]
                and ann.same_admin1(row["admin1"], row["iso3"], loc.admin1)
            ),
            actor=actor_found(row["actor1"], main),
        )
        listed = country_errors or tune_errors
        if listed and country != row["iso3"] and part("acled", row["id"]) == "tune":
            errors.append(
                {
                    "id": row["id"],
                    "gold": row["iso3"],
                    "predicted": country,
                    "place": loc.name if loc else None,
                    "mention": loc.text if loc else None,
                    "feature": loc.feature if loc else None,
                    "admin1": loc.admin1 if loc else None,
                    "why": miss_family(loc, row["iso3"], document.places),
                    "sentence": main.evidence.sentence,
                    "text": text,
                }
            )
    if country_errors:
        country_errors.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors if "place" in e),
            encoding="utf-8",
        )
    if tune_errors:
        print(error_listing(errors), file=sys.stderr)
    acled_sides = split("acled", outcomes, lambda o: o["id"])

    def share(name: str) -> Any:
        return lambda items: sum(bool(o.get(name)) for o in items) / len(items)

    p_found = 0
    p_outcomes: list[dict[str, Any]] = []
    p_conf: dict[str, Counter[tuple[str, str | None]]] = {"tune": Counter(), "check": Counter()}
    for row in plover:
        doc = nlp(row["text"])
        times = ann.times(row["text"], doc, None)
        document = _document(row["id"], row["text"], times, ann.places(doc))
        events = coder.code(doc, document)
        best = max(events, key=lambda e: e.confidence, default=None)
        gold = row["event_plover16"]
        p_conf[part("plover", row["id"])][(gold, best.type if best else None)] += 1
        p_found += best is not None
        if tune_errors and part("plover", row["id"]) == "tune":
            mark = "ok " if best and best.type == gold else "ERR"
            trigger = row["text"][best.evidence.start : best.evidence.end] if best else ""
            print(
                f"{mark} {row['id']}\tgold {gold}\tpred {best.type if best else None}"
                f" ({trigger})\t{row['text']}",
                file=sys.stderr,
            )
        gold_country = next((a["country"] for a in row["source"] if a.get("country")), None)
        p_outcomes.append(
            {
                "id": row["id"],
                "type": bool(best and best.type == gold),
                "country": None
                if not gold_country
                else bool(best and any(a.country == gold_country for a in best.actor)),
            }
        )
    plover_sides = split("plover", p_outcomes, lambda o: o["id"])

    def country_share(items: list[dict[str, Any]]) -> float | None:
        scored = [o["country"] for o in items if o["country"] is not None]
        return sum(scored) / len(scored) if scored else None

    c_n = sum(o["country"] is not None for o in p_outcomes)
    plover_lines = [
        f"PLOVER gold-standard sentences: {len(plover)} ({sizes(plover_sides)})",
        "",
        *table(
            [
                ("event type accuracy", measure(plover_sides, share("type")), "≥ 0.75"),
                (
                    f"source actor country ({c_n} with a gold country)",
                    measure(plover_sides, country_share),
                    "≥ 0.80",
                ),
            ]
        ),
        "",
    ]
    plover_confusions = [
        f"Most frequent PLOVER confusions, {side} part (gold → predicted): "
        + "; ".join(f"{g} → {p}: {c}" for (g, p), c in p_conf[side].most_common(30) if g != p)[:900]
        for side in ("tune",)  # rules are written on tune: the check part is read as figures only
    ] + [""]
    if plover_only:
        return "\n".join(plover_lines + plover_confusions + plover_type_counts(p_conf))
    lines = [
        "## Events (issue 6)",
        "",
        f"Command: `.venv/bin/python benchmarks/bench_events.py{f' --limit {limit}' if limit else ''}"
        f"{'' if learned else ' --no-learned'}`",
        f"(trained models: {'yes, where `events/arbitrate.py` lets them decide' if learned else 'no, rules alone'})",
        f"(time tagger: {'yes' if ann.tagger else 'no'}; geocoder: {'yes' if ann.geocoder else 'no'})",
        "",
        f"ACLED development notes: {n} ({sizes(acled_sides)}; main event found in "
        f"{sum(o['found'] for o in outcomes) / n:.3f}). Every figure on both sides of the fixed "
        "tune/check split (`benchmarks/splits.py`); rules are written looking at tune only.",
        "",
        *table(
            [
                ("event type accuracy", measure(acled_sides, share("type")), "≥ 0.90"),
                (
                    "sub-event type macro-F1",
                    measure(acled_sides, lambda items: _macro_f1([o["sub"] for o in items])),
                    "≥ 0.75",
                ),
                ("date exact", measure(acled_sides, share("date")), "≥ 0.97"),
                ("fatalities exact", measure(acled_sides, share("fatalities")), "≥ 0.92"),
                ("country", measure(acled_sides, share("country")), "≥ 0.96"),
                (
                    "first-level division (same spelling)",
                    measure(acled_sides, share("admin1")),
                    "",
                ),
                (
                    "first-level division (same division, gazetteer names)",
                    measure(acled_sides, share("admin1_alias")),
                    "≥ 0.80",
                ),
                ("actor1 found", measure(acled_sides, share("actor")), "≥ 0.70"),
            ]
        ),
        "",
        *plover_lines,
        f"Time per ACLED note: parse {1000 * t_parse / n:.1f} ms, time+geocode {1000 * t_annot / n:.1f} ms, "
        f"event coding {1000 * t_code / n:.1f} ms "
        f"({100 * t_code / max(t_parse + t_annot, 1e-9):.0f}% of parse+annotation)."
        + (
            " Parses read from the cache: timings are meaningful only without it."
            if parse_cache
            else ""
        ),
        "",
        "Sub-event F1 by type, tune part (gold count): "
        + "; ".join(
            f"{k} {v:.2f} ({sum(1 for g, _ in sub_pairs if g == k)})"
            for k, v in sorted(_per_class_f1(sub_pairs).items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        "",
        "Most frequent ACLED type confusions, tune part (gold → predicted): "
        + "; ".join(f"{g} → {p}: {c}" for (g, p), c in confusion.most_common(12) if g != p),
        "",
        *plover_confusions,
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--parse-cache", type=Path, default=None, help="DocBin of parses")
    parser.add_argument(
        "--no-learned", action="store_true", help="rules alone, without the trained models"
    )
    parser.add_argument(
        "--country-errors",
        type=Path,
        default=None,
        help="write the tune notes whose country is wrong here (JSON lines)",
    )
    parser.add_argument(
        "--plover-only", action="store_true", help="score the PLOVER sentences alone (no ACLED)"
    )
    parser.add_argument(
        "--tune-errors",
        action="store_true",
        help="list on stderr the tune notes whose country is wrong, with why, and the tune PLOVER "
        "sentences with gold and predicted type (tune only)",
    )
    args = parser.parse_args()
    report = run(
        args.data,
        args.limit,
        args.parse_cache,
        learned=not args.no_learned,
        country_errors=args.country_errors,
        plover_only=args.plover_only,
        tune_errors=args.tune_errors,
    )
    print(report)
    if args.plover_only:
        return  # a partial run: the recorded results stay those of a full run
    out = Path(__file__).resolve().parent / "results" / "events.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report + "\n" + hand_written(out), encoding="utf-8")


if __name__ == "__main__":
    main()
