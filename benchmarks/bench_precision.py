"""Precision of asserted events on development pages, judged by hand against their articles.

The pages: the article-extraction pages' ground-truth bodies (varied news, reviews, press
releases, sports), the Gun Violence Corpus articles (local crime news) and PolNeAR's political
news (the first `--polnear` articles of the file), each run through the whole pipeline with its
publication date where the set has one. From every asserted event a sample is drawn, stratified
by PLOVER type: each type's events in a fixed pseudo-random order (sha256 of set, document,
type and evidence offsets, so an event keeps its place while the coder changes), the first
`QUOTA[type]` (else `DEFAULT_QUOTA`) of each type taken. The whole cast of asserted ASSAULT records
of `INCIDENT_DOCS` gun-violence articles is added, to count records per real incident.

Judgments live in `benchmarks/judgments/` as ids and offsets only (no text is copied):

- `events.tsv`: set, document id, PLOVER type, evidence start and end, verdict (`real`: an event
  of that type that really happened as the article reports it, near its publication date;
  `not`: anything else: no event, another kind of event, history, a statistic, a product, a
  plan), the incident it reports (a label unique within the article, for `real`), and a reason
  in our own words;
- `pages.tsv`: set, document id, whether the page holds political, conflict or crime news
  (`news` / `none`).

A verdict is re-used for any event with the same (set, document, type, evidence offsets); events
of the sample with no verdict are listed (`--unjudged`, with their sentence and context to judge
them) and left out of the figures, which say how many were judged. When the coder changes, the
unjudged events are judged and appended.

Figures, each for the tune and check parts of the fixed split (`splits.py`) and overall:
precision overall, per type, and reweighted by each type's share of all asserted events;
asserted events per extraction page without news (target at most 0.2); asserted records per
real incident over the fully judged gun-violence articles (target at most 1.3).

`--agreement` adds, over the sampled events both annotators judged (`events_second.tsv`, a second
annotator judging blind; `--second NAME`, repeatable, compares with `events_NAME.tsv` instead),
raw agreement and Cohen's kappa on real/not and each one's precision.

`--tune-misses` lists the tune part's sampled events judged not real, with their sentence and
reason, to read when writing a rule (never the check part's).

`--tune-pool TYPE` (repeatable) lists the tune part's asserted events of that type outside the
sample, with their sentence, and their verdict where `events_tune_pool.tsv` holds one: more to
learn from for the types the sample holds few of on the tune part. Those verdicts are kept apart
and never enter the figures (the sample alone is measured); never the check part's events.

`--extra` (prec21) measures `tune_extra.tsv`: asserted events of the verbal types drawn from more
TUNE pages (the PolNeAR tune articles after the first `--polnear`, at most `--extra-pages`, cached
in `.bench/precision_extra_docs.jsonl`), judged the same way and kept apart from the sample: how
many of the drawn events the coder still asserts and their precision (events it no longer asserts
drop out, and the real ones among them are counted as lost). The rows under `# prec22` sit on the
benchmark's own gun-violence and extraction TUNE pages (crime and conflict types outside the
sample) and are measured against the benchmark's cache (`--extra --extra-crime`: those alone).
`--extra-draw` lists a fresh draw
(`EXTRA_QUOTA` per type, fixed order by `_order`) with the sentence, to judge.

`--sample-corpus` (prec28) measures the bundled sample corpus (`../shared/data/sample/`, 32 openly
licensed news items on attacks, strikes, kidnappings, ceasefires, talks and statements) that no rule
was written from: every asserted event of every item (no sampling), each run with its `published`
date, judged in `judgments/sample.tsv` (columns of `events.tsv`, set `sample`; ids and offsets
only), with precision per part of its own fixed split (`splits.py`, set `sample`) and per type;
figures go to `results/precision_sample.md`. With `--unjudged` it lists the unjudged events, with
`--tune-misses` the tune part's events judged not real (never the check part's), with `--list-all`
every asserted event without any verdict (for a blind annotator, judge2). `--agreement` adds the
agreement with a blind re-judging of them (`judgments/sample_second.tsv`, or `sample_NAME.tsv`).

Run: .venv/bin/python benchmarks/bench_precision.py [--cache FILE] [--unjudged] [--tune-misses]
[--tune-pool TYPE ...] [--polnear N] [--agreement [--second NAME ...]] [--extra [--extra-draw]]
[--sample-corpus [--unjudged | --tune-misses | --list-all] [--agreement]]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from parts import hand_written
from splits import part

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
JUDGMENTS = HERE / "judgments"
RESULT = HERE / "results" / "precision.md"
DEFAULT_CACHE = HERE.parent / ".bench" / "precision_docs.jsonl"
EXTRA_CACHE = HERE.parent / ".bench" / "precision_extra_docs.jsonl"
SAMPLE_CACHE = HERE.parent / ".bench" / "precision_sample_docs.jsonl"
SAMPLE_RESULT = HERE / "results" / "precision_sample.md"
EXTRA_TYPES = ("AGREE", "CONSULT", "MOBILIZE", "REQUEST", "REJECT", "COERCE", "ACCUSE", "SUPPORT")
EXTRA_QUOTA = 30
QUOTA = {"ASSAULT": 70, "ACCUSE": 40, "PROTEST": 40, "COERCE": 30}
DEFAULT_QUOTA = 15
INCIDENT_DOCS = 16
EVENT_FIELDS = ("set", "doc_id", "type", "start", "end", "verdict", "incident", "reason")
URL_BASE = "https://dev.example/"
ANNOTATOR = re.compile(r"developer `([^`]+)`")


# -- the pages -----------------------------------------------------------------------------------
def load_pages(data: Path, polnear: int) -> list[dict[str, Any]]:
    """Every page as (set, id, title, text, published)."""
    pages: list[dict[str, Any]] = []
    for line in (data / "extraction" / "ground_truth.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        pages.append(
            {"set": "extraction", "id": row["id"], "title": None, "text": row["body"],
             "published": None}
        )  # fmt: skip
    for line in (data / "incidents" / "gvc.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        pages.append(
            {"set": "gvc", "id": row["doc_id"], "title": row["title"], "text": row["text"],
             "published": row["dct"]}
        )  # fmt: skip
    with (data / "quotes" / "polnear.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= polnear:
                break
            row = json.loads(line)
            pages.append(
                {"set": "polnear", "id": row["id"], "title": row["title"], "text": row["text"],
                 "published": row["publication_date"]}
            )  # fmt: skip
    return pages


def extra_pages(data: Path, skip: int, limit: int) -> list[dict[str, Any]]:
    """PolNeAR articles of the TUNE part after the first `skip` (the benchmark's own), at most
    `limit`: more tune pages for the verbal types the sample holds few of."""
    pages: list[dict[str, Any]] = []
    with (data / "quotes" / "polnear.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number < skip or len(pages) >= limit:
                continue
            row = json.loads(line)
            if part("polnear", row["id"]) != "tune":
                continue
            pages.append(
                {"set": "polnear", "id": row["id"], "title": row["title"], "text": row["text"],
                 "published": row["publication_date"]}
            )  # fmt: skip
    return pages


def sample_corpus_pages(data: Path) -> list[dict[str, Any]]:
    """The bundled sample corpus (prec28): fresh news no rule was written from."""
    pages: list[dict[str, Any]] = []
    for line in (data / "sample" / "articles.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        pages.append(
            {"set": "sample", "id": row["id"], "title": row["title"], "text": row["text"],
             "published": row["published"]}
        )  # fmt: skip
    return pages


def run_pipeline(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Document records of the pages (whole pipeline, one process); `url` names set and id."""
    from eventwire.pipeline.runner import Pipeline
    from eventwire.records import Document

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "pages.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for p in pages:
                record = {
                    "url": f"{URL_BASE}{p['set']}/{p['id']}",
                    "title": p["title"],
                    "text": p["text"],
                    "published": p["published"],
                }
                out.write(json.dumps({k: v for k, v in record.items() if v}) + "\n")
        return [d.to_json() for d in Pipeline().run([str(source)]) if isinstance(d, Document)]


def documents(
    args: argparse.Namespace, extra: bool = False, corpus: bool = False
) -> dict[tuple[str, str], dict[str, Any]]:
    """(set, id) → document record, from the cache when it exists (`extra`: the extra tune pages;
    `corpus`: the bundled sample corpus)."""
    cache: Path = args.sample_cache if corpus else args.extra_cache if extra else args.cache

    def pages() -> list[dict[str, Any]]:
        if corpus:
            return sample_corpus_pages(args.data)
        if extra:
            return extra_pages(args.data, args.polnear, args.extra_pages)
        return load_pages(args.data, args.polnear)

    return cached_documents(cache, args.rerun, pages)


def cached_documents(
    cache: Path, rerun: bool, pages: Callable[[], list[dict[str, Any]]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """(set, id) → document record: read from `cache`, or (when absent or `rerun`) the pipeline
    run over `pages()` and written there."""
    if cache.exists() and not rerun:
        records = [json.loads(line) for line in cache.open(encoding="utf-8")]
    else:
        records = run_pipeline(pages())
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for record in records:
        set_name, _, item = (record.get("url") or "")[len(URL_BASE) :].partition("/")
        found[(set_name, item)] = record
    return found


# -- the sample ----------------------------------------------------------------------------------
Key = tuple[str, str, str, int, int]


def event_key(set_name: str, doc_id: str, event: dict[str, Any]) -> Key:
    ev = event["evidence"]
    return (set_name, doc_id, event["type"], int(ev["start"]), int(ev["end"]))


def _order(key: Key) -> str:
    return hashlib.sha256("precision:{}:{}:{}:{}:{}".format(*key).encode()).hexdigest()


def asserted(docs: dict[tuple[str, str], dict[str, Any]]) -> dict[Key, dict[str, Any]]:
    return {
        event_key(s, i, e): e
        for (s, i), d in docs.items()
        for e in d["events"]
        if e["modality"] == "asserted"
    }


def incident_docs(docs: dict[tuple[str, str], dict[str, Any]]) -> list[tuple[str, str]]:
    """The gun-violence articles whose whole cast of asserted ASSAULT records is judged."""
    gvc = sorted((k for k in docs if k[0] == "gvc"), key=lambda k: _order((*k, "", 0, 0)))
    return gvc[:INCIDENT_DOCS]


def sample(docs: dict[tuple[str, str], dict[str, Any]]) -> list[Key]:
    events = asserted(docs)
    by_type: dict[str, list[Key]] = defaultdict(list)
    for key in events:
        by_type[key[2]].append(key)
    chosen: list[Key] = []
    for plover, keys in sorted(by_type.items()):
        chosen.extend(sorted(keys, key=_order)[: QUOTA.get(plover, DEFAULT_QUOTA)])
    whole = set(incident_docs(docs))
    chosen.extend(
        k for k in events if (k[0], k[1]) in whole and k[2] == "ASSAULT" and k not in chosen
    )
    return chosen


# -- judgments -----------------------------------------------------------------------------------
def _rows(name: str) -> list[dict[str, str]]:
    """The rows of a judgments table (`#` lines are comments)."""
    path = JUDGMENTS / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_judgments(name: str = "events.tsv") -> dict[Key, dict[str, str]]:
    return {
        (r["set"], r["doc_id"], r["type"], int(r["start"]), int(r["end"])): r for r in _rows(name)
    }


def annotators(name: str) -> dict[Key, str]:
    """Each row's annotator: the last developer a `#` comment above it names ("developer `X`")."""
    path = JUDGMENTS / name
    if not path.exists():
        return {}
    found: dict[Key, str] = {}
    current = "unnamed"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                current = (ANNOTATOR.findall(line) or [current])[-1]
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 5 and cells[3].isdigit() and cells[4].isdigit():
                key = (cells[0], cells[1], cells[2], int(cells[3]), int(cells[4]))
                found[key] = current
    return found


def read_pages() -> dict[tuple[str, str], str]:
    return {(r["set"], r["doc_id"]): r["news"] for r in _rows("pages.tsv")}


def show(key: Key, event: dict[str, Any], doc: dict[str, Any]) -> str:
    """An unjudged event with what a judge needs: title, date, the sentence in its paragraph."""
    text = doc["text"]
    start, end = key[3], key[4]
    before = text.rfind("\n", 0, max(start - 1, 0))
    context = text[max(before, start - 400) : start].replace("\n", " / ")
    after = text[end : end + 200].replace("\n", " / ")
    where = (event.get("location") or {}).get("name")
    return (
        f"{key[0]}\t{key[1]}\t{key[2]}\t{start}\t{end}\n"
        f"  title: {doc.get('title')} | published {doc.get('published')} | mode {event['mode']} "
        f"| date {event['date']} ({event['date_precision']}) | place {where} "
        f"| dead {event['fatalities']} hurt {event['injuries']} | main {event.get('main')}\n"
        f"  before: …{context[-300:]}\n  >>> {text[start:end]}\n  after: {after}…\n"
    )


def tune_misses(chosen: list[Key], verdicts: dict[Key, dict[str, str]]) -> list[Key]:
    """The sampled events of the tune part judged not real, by type: what rules may be written
    from (the check part's are never listed, so no rule is fitted to them)."""
    return sorted(
        (
            k
            for k in chosen
            if _part(k[0], k[1]) == "tune" and k in verdicts and verdicts[k]["verdict"] != "real"
        ),
        key=lambda k: (k[2], verdicts[k]["reason"], k),
    )


def tune_pool(
    events: dict[Key, dict[str, Any]], chosen: list[Key], types: Iterable[str]
) -> list[Key]:
    """The tune part's asserted events of `types` outside the sample: more errors to learn from
    for the types the sample holds few of (the check part's are never listed)."""
    wanted, taken = set(types), set(chosen)
    return sorted(
        k for k in events if k[2] in wanted and k not in taken and _part(k[0], k[1]) == "tune"
    )


def extra_draw(events: dict[Key, dict[str, Any]]) -> list[Key]:
    """The first `EXTRA_QUOTA` asserted events of each verbal type on the extra tune pages, in the
    sample's fixed pseudo-random order: the draw `tune_extra.tsv` judges."""
    chosen: list[Key] = []
    for plover in EXTRA_TYPES:
        keys = sorted((k for k in events if k[2] == plover), key=_order)
        chosen.extend(keys[:EXTRA_QUOTA])
    return chosen


def extra_figures(events: dict[Key, dict[str, Any]], judged: dict[Key, dict[str, str]]) -> str:
    """Precision of the judged extra events the coder still asserts, and the real ones it lost."""
    kept = [k for k in judged if k in events]
    real = sum(judged[k]["verdict"] == "real" for k in kept)
    lost = sum(judged[k]["verdict"] == "real" for k in judged if k not in events)
    dropped = len(judged) - len(kept)
    by_type = Counter(k[2] for k in kept)
    real_by_type = Counter(k[2] for k in kept if judged[k]["verdict"] == "real")
    return (
        f"tune_extra: precision of still-asserted drawn events {_ratio(real, len(kept))}; "
        f"drawn {len(judged)}, no longer asserted {dropped} (real among them {lost}); per type "
        + "; ".join(f"{t} {real_by_type[t]}/{n}" for t, n in sorted(by_type.items()))
    )


# -- agreement between annotators -------------------------------------------------------------------
def kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    """Cohen's kappa of two annotators' real/not verdicts (None when undefined)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first = sum(a for a, _ in pairs) / n
    second = sum(b for _, b in pairs) / n
    expected = first * second + (1 - first) * (1 - second)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def agreement(
    chosen: list[Key], first: dict[Key, dict[str, str]], second: dict[Key, dict[str, str]]
) -> list[str]:
    """Raw agreement, kappa and each annotator's precision over the sampled events both judged."""
    both = [k for k in chosen if k in first and k in second]
    lines = [
        "| measure | tune | check | all |",
        "|---|---|---|---|",
    ]
    cells: dict[str, list[str]] = defaultdict(list)
    for which in ("tune", "check", None):
        keys = [k for k in both if which is None or _part(k[0], k[1]) == which]
        pairs = [(first[k]["verdict"] == "real", second[k]["verdict"] == "real") for k in keys]
        value = kappa(pairs)
        cells["events judged by both"].append(str(len(keys)))
        cells["raw agreement, real/not"].append(_ratio(sum(a == b for a, b in pairs), len(pairs)))
        cells["Cohen's kappa, real/not"].append("–" if value is None else f"{value:.3f}")
        cells["precision, first annotator"].append(_ratio(sum(a for a, _ in pairs), len(pairs)))
        cells["precision, second annotator"].append(_ratio(sum(b for _, b in pairs), len(pairs)))
    lines.extend(f"| {name} | {' | '.join(values)} |" for name, values in cells.items())
    return lines


# -- figures -------------------------------------------------------------------------------------
def _part(set_name: str, doc_id: str) -> str:
    return part(set_name, doc_id)


def _ratio(num: float, den: float) -> str:
    return f"{num / den:.3f} ({num:g}/{den:g})" if den else "–"


def figures(
    docs: dict[tuple[str, str], dict[str, Any]],
    chosen: list[Key],
    verdicts: dict[Key, dict[str, str]],
    pages: dict[tuple[str, str], str],
) -> tuple[list[str], int]:
    events = asserted(docs)
    judged = [k for k in chosen if k in verdicts]
    parts = {"tune": "tune", "check": "check", "all": None}
    shares = Counter(k[2] for k in events)

    def precision(keys: Iterable[Key]) -> tuple[int, int]:
        keys = list(keys)
        return sum(verdicts[k]["verdict"] == "real" for k in keys), len(keys)

    def in_part(key: Key, which: str | None) -> bool:
        return which is None or _part(key[0], key[1]) == which

    lines = [
        "| measure | tune | check | all | target |",
        "|---|---|---|---|---|",
    ]

    def row(name: str, values: list[str], target: str) -> None:
        lines.append(f"| {name} | {' | '.join(values)} | {target} |")

    sampled = judged
    row(
        "precision, sampled asserted events",
        [_ratio(*precision(k for k in sampled if in_part(k, p))) for p in parts.values()],
        "≥ 0.85",
    )
    weighted = []
    for p in parts.values():
        by_type: dict[str, list[bool]] = defaultdict(list)
        for k in sampled:
            if in_part(k, p):
                by_type[k[2]].append(verdicts[k]["verdict"] == "real")
        covered = sum(shares[t] for t in by_type)
        value = sum(shares[t] * sum(v) / len(v) for t, v in by_type.items()) / max(covered, 1)
        weighted.append(f"{value:.3f}" if by_type else "–")
    row("precision reweighted by type share", weighted, "")
    for plover in ("ASSAULT", "PROTEST", "COERCE"):
        row(
            f"precision, {plover}",
            [
                _ratio(*precision(k for k in sampled if k[2] == plover and in_part(k, p)))
                for p in parts.values()
            ],
            "≥ 0.85" if plover != "COERCE" else "",
        )
    # pages without news
    none_pages = [k for k, v in pages.items() if v == "none" and k in docs]
    per_page = []
    for p in parts.values():
        side_pages = {k for k in none_pages if p is None or _part(*k) == p}
        count = sum(1 for e in events if (e[0], e[1]) in side_pages)
        per_page.append(_ratio(count, len(side_pages)))
    row("asserted events per extraction page without news", per_page, "≤ 0.2")
    # records per incident
    whole = incident_docs(docs)
    per_incident = []
    for p in parts.values():
        records = incidents = 0
        for doc in whole:
            if p is not None and _part(*doc) != p:
                continue
            keys = [k for k in events if (k[0], k[1]) == doc and k[2] == "ASSAULT"]
            if not keys or any(k not in verdicts for k in keys):
                continue
            real = [verdicts[k] for k in keys if verdicts[k]["verdict"] == "real"]
            records += len(real)
            incidents += len({v["incident"] for v in real})
        per_incident.append(_ratio(records, incidents))
    row("asserted ASSAULT records per real incident (whole articles)", per_incident, "≤ 1.3")
    lines.append("")
    by_type_all = Counter(k[2] for k in sampled)
    real_by_type = Counter(k[2] for k in sampled if verdicts[k]["verdict"] == "real")
    lines.append(
        "Per type (real/judged): "
        + "; ".join(f"{t} {real_by_type[t]}/{n}" for t, n in sorted(by_type_all.items()))
    )
    for which in ("tune", "check"):
        keys = [k for k in sampled if in_part(k, which)]
        judged_in = Counter(k[2] for k in keys)
        real_in = Counter(k[2] for k in keys if verdicts[k]["verdict"] == "real")
        lines.append(
            f"Per type, {which} (real/judged): "
            + "; ".join(f"{t} {real_in[t]}/{n}" for t, n in sorted(judged_in.items()))
        )
    reasons = Counter(verdicts[k]["reason"] for k in sampled if verdicts[k]["verdict"] != "real")
    lines.append(
        "Why events were not real: " + "; ".join(f"{r} {n}" for r, n in reasons.most_common(15))
    )
    return lines, len(sampled)


def sample_figures(
    events: dict[Key, dict[str, Any]], verdicts: dict[Key, dict[str, str]]
) -> list[str]:
    """Precision of every asserted event of the sample corpus, per part and per type, and why the
    others were not real (prec28)."""
    parts: dict[str, str | None] = {"tune": "tune", "check": "check", "all": None}
    judged = [k for k in events if k in verdicts]

    def cell(keys: Iterable[Key]) -> str:
        keys = list(keys)
        return _ratio(sum(verdicts[k]["verdict"] == "real" for k in keys), len(keys))

    def in_part(key: Key, which: str | None) -> bool:
        return which is None or _part(key[0], key[1]) == which

    lines = ["| measure | tune | check | all |", "|---|---|---|---|"]
    lines.append(
        "| asserted events (judged) | "
        + " | ".join(
            f"{sum(in_part(k, p) for k in events)} ({sum(in_part(k, p) for k in judged)})"
            for p in parts.values()
        )
        + " |"
    )
    lines.append(
        "| precision, every asserted event | "
        + " | ".join(cell(k for k in judged if in_part(k, p)) for p in parts.values())
        + " |"
    )
    for plover in sorted({k[2] for k in judged}):
        lines.append(
            f"| precision, {plover} | "
            + " | ".join(
                cell(k for k in judged if k[2] == plover and in_part(k, p)) for p in parts.values()
            )
            + " |"
        )
    lines.append("")
    for name, which in parts.items():
        reasons = Counter(
            verdicts[k]["reason"]
            for k in judged
            if in_part(k, which) and verdicts[k]["verdict"] != "real"
        )
        lines.append(
            f"Why events were not real, {name}: "
            + ("; ".join(f"{r} {n}" for r, n in reasons.most_common()) or "–")
        )
    return lines


def sample_corpus(args: argparse.Namespace, argv: list[str] | None) -> int:
    """`--sample-corpus`: list, judge and measure every asserted event of the sample corpus."""
    docs = documents(args, corpus=True)
    events = asserted(docs)
    if args.list_all:
        # for a blind annotator: every asserted event, no verdict read or shown
        for key in sorted(events):
            print(f"[{_part(key[0], key[1])}] " + show(key, events[key], docs[(key[0], key[1])]))
        print(f"{len(events)} asserted", file=sys.stderr)
        return 0
    verdicts = read_judgments("sample.tsv")
    if args.unjudged:
        unjudged = sorted(k for k in events if k not in verdicts)
        for key in unjudged:
            print(f"[{_part(key[0], key[1])}] " + show(key, events[key], docs[(key[0], key[1])]))
        print(f"{len(unjudged)} unjudged of {len(events)} asserted", file=sys.stderr)
        return 0
    if args.tune_misses:
        misses = tune_misses(sorted(events), verdicts)
        for key in misses:
            reason = verdicts[key]["reason"]
            print(f"[{reason}] " + show(key, events[key], docs[(key[0], key[1])]))
        print(f"{len(misses)} tune events judged not real", file=sys.stderr)
        return 0
    gone = sorted(k for k in verdicts if k not in events)
    command = command_line(argv)
    lines = [
        "## Precision on the bundled sample corpus: every asserted event judged (issue 15, prec28)",
        "",
        f"Command: `.venv/bin/python {command}`",
        "",
        f"Items: {len(docs)} (`../shared/data/sample/articles.jsonl`, each run with its "
        "`published` date; split by `splits.py`, set `sample`); no rule was written from them "
        "before its first measure (prec28), and rules only from its tune half since. "
        "Judgments: `benchmarks/judgments/sample.tsv` (real = an event of "
        "that type that happened as the article reports it, near its publication date; "
        "docs/CODEBOOK.md). Judged events the coder no longer asserts: "
        f"{len(gone)} (real among them {sum(verdicts[k]['verdict'] == 'real' for k in gone)}).",
        "",
        *sample_figures(events, verdicts),
        "",
    ]
    if args.agreement:
        first = ", ".join(f"`{n}`" for n in sorted(set(annotators("sample.tsv").values())))
        lines += agreement_sections(
            "sample",
            args.second,
            f"First annotator: `sample.tsv` ({first}); second: the re-judging, over every "
            "asserted event both judged.",
            sorted(events),
            verdicts,
        )
    print("\n".join(lines))
    SAMPLE_RESULT.parent.mkdir(parents=True, exist_ok=True)
    SAMPLE_RESULT.write_text("\n".join(lines) + hand_written(SAMPLE_RESULT), encoding="utf-8")
    return 0


def agreement_sections(
    table: str,
    seconds: list[str],
    first: str,
    keys: list[Key],
    verdicts: dict[Key, dict[str, str]],
) -> list[str]:
    """A section per blind re-judging (`judgments/<table>_<name>.tsv`) of the events `keys`."""
    lines: list[str] = []
    for name in seconds:
        other = f"{table}_{name}.tsv"
        names = ", ".join(f"`{n}`" for n in sorted(set(annotators(other).values())))
        lines += [
            f"### Agreement with a blind re-judging (`judgments/{other}`, by {names})",
            "",
            first,
            "",
            *agreement(keys, verdicts, read_judgments(other)),
            "",
        ]
    return lines


def who_judged(chosen: list[Key], args: argparse.Namespace) -> str:
    """Who judged the sampled events, by the names the tables' own comments give their sections."""
    judged = annotators("events.tsv")
    counts = Counter(judged[k] for k in chosen if k in judged)
    names = ", ".join(f"`{n}` {c}" for n, c in counts.most_common())
    text = (
        "Judgments: `benchmarks/judgments/events.tsv`, one verdict per event; sampled events by the "
        f"section of the file they sit in, named by its comment ({names}; some rows inside a "
        "section were added later by commits that name no annotator)."
    )
    if args.agreement:
        for name in args.second:
            other = f"events_{name}.tsv"
            second = sorted(set(annotators(other).values())) or ["unnamed"]
            text += (
                f" A blind re-judging of part of them: `{other}` "
                f"({', '.join(f'`{n}`' for n in second)}), agreement below."
            )
    return text


def command_line(argv: list[str] | None) -> str:
    """The command as a results file records it."""
    return " ".join(
        ["benchmarks/bench_precision.py", *(argv if argv is not None else sys.argv[1:])]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--rerun", action="store_true", help="re-run the pipeline into the cache")
    parser.add_argument("--polnear", type=int, default=300, help="PolNeAR articles to read")
    parser.add_argument("--unjudged", action="store_true", help="list unjudged sampled events")
    parser.add_argument("--pages", action="store_true", help="list extraction pages to judge")
    parser.add_argument(
        "--tune-misses",
        action="store_true",
        help="list the tune part's sampled events judged not real, with their sentence",
    )
    parser.add_argument(
        "--tune-pool",
        action="append",
        metavar="TYPE",
        help="list the tune part's asserted events of TYPE outside the sample (repeatable)",
    )
    parser.add_argument(
        "--agreement", action="store_true", help="add agreement with events_second.tsv"
    )
    parser.add_argument(
        "--second",
        action="append",
        metavar="NAME",
        help=(
            "with --agreement: compare with events_NAME.tsv (sample_NAME.tsv with "
            "--sample-corpus; repeatable; default: second)"
        ),
    )
    parser.add_argument("--extra", action="store_true", help="measure tune_extra.tsv (prec21)")
    parser.add_argument("--extra-draw", action="store_true", help="with --extra: list the draw")
    parser.add_argument("--extra-pages", type=int, default=1000, help="extra tune pages to read")
    parser.add_argument("--extra-cache", type=Path, default=EXTRA_CACHE)
    parser.add_argument(
        "--extra-crime",
        action="store_true",
        help="with --extra: only the gun-violence and extraction rows (prec22), no extra pages",
    )
    parser.add_argument(
        "--sample-corpus",
        action="store_true",
        help="measure every asserted event of the bundled sample corpus (prec28)",
    )
    parser.add_argument("--sample-cache", type=Path, default=SAMPLE_CACHE)
    parser.add_argument(
        "--list-all",
        action="store_true",
        help="with --sample-corpus: list every asserted event without verdicts (blind judging)",
    )
    args = parser.parse_args(argv)
    args.second = args.second or ["second"]
    if args.sample_corpus:
        return sample_corpus(args, argv)
    if args.extra:
        judged = read_judgments("tune_extra.tsv")
        # prec22's rows sit on the benchmark's own gvc and extraction pages (outside the sample)
        own = asserted(documents(args))
        crime = {k: v for k, v in judged.items() if k[0] != "polnear"}
        if args.extra_crime:
            print(extra_figures(own, crime))
            return 0
        extra = asserted(documents(args, extra=True))
        if args.extra_draw:
            docs = documents(args, extra=True)
            for key in extra_draw(extra):
                mark = "" if key not in judged else f"[{judged[key]['verdict']}] "
                print(mark + show(key, extra[key], docs[(key[0], key[1])]))
            return 0
        print(extra_figures(extra | own, judged))
        print("crime and conflict pages (prec22): " + extra_figures(own, crime))
        return 0
    docs = documents(args)
    chosen = sample(docs)
    verdicts = read_judgments()
    pages = read_pages()
    events = asserted(docs)
    if args.pages:
        for (s, i), d in sorted(docs.items()):
            if s == "extraction" and (s, i) not in pages:
                print(f"{s}\t{i}\t{d.get('url')}\t{d['text'][:150]!r}")
        return 0
    unjudged = [k for k in chosen if k not in verdicts]
    if args.unjudged:
        for key in unjudged:
            print(show(key, events[key], docs[(key[0], key[1])]))
        print(f"{len(unjudged)} unjudged of {len(chosen)} sampled", file=sys.stderr)
        return 0
    if args.tune_misses:
        misses = tune_misses(chosen, verdicts)
        for key in misses:
            reason = verdicts[key]["reason"]
            print(f"[{reason}] " + show(key, events[key], docs[(key[0], key[1])]))
        print(f"{len(misses)} tune events judged not real", file=sys.stderr)
        return 0
    if args.tune_pool:
        pooled = read_judgments("events_tune_pool.tsv")
        keys = tune_pool(events, chosen, args.tune_pool)
        for key in keys:
            verdict = pooled.get(key)
            mark = f"[{verdict['verdict']} {verdict['reason']}] " if verdict else "[unjudged] "
            print(mark + show(key, events[key], docs[(key[0], key[1])]))
        print(
            f"{len(keys)} tune events outside the sample, "
            f"{sum(k in pooled for k in keys)} judged in events_tune_pool.tsv",
            file=sys.stderr,
        )
        return 0
    table, n_judged = figures(docs, chosen, verdicts, pages)
    command = command_line(argv)
    lines = [
        "## Precision: asserted events judged against their articles (issue 15)",
        "",
        f"Command: `.venv/bin/python {command}`",
        "",
        f"Pages: {sum(1 for k in docs if k[0] == 'extraction')} extraction, "
        f"{sum(1 for k in docs if k[0] == 'gvc')} gun-violence, "
        f"{sum(1 for k in docs if k[0] == 'polnear')} PolNeAR; asserted events {len(events)}; "
        f"sampled {len(chosen)}, judged {n_judged}, unjudged {len(unjudged)} (left out). "
        + who_judged(chosen, args),
        "",
        *table,
        "",
    ]
    if args.agreement:
        lines += agreement_sections(
            "events",
            args.second,
            "First annotator: whoever judged the event in `events.tsv`; second: the re-judging.",
            chosen,
            verdicts,
        )
    print("\n".join(lines))
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text("\n".join(lines) + hand_written(RESULT), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
