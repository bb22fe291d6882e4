"""Reading and scoring the project's own place set (`data/places.txt`): shared by its test and by
anyone who wants the figures (`python -m tests.geocode.place_set` is not needed: the test prints
them on failure)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.geocode.gazetteer import Entry, Gazetteer
from eventwire.records import Place

PLACE_SET = Path(__file__).resolve().parent / "data" / "places.txt"
_MARK = re.compile(r"\[([^\[\]|]+)\|([^\[\]]+)\]")


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int
    expected: str
    """'-', an ISO3 country, 'ISO3/Admin1[/level]' or 'region:Name' (see the file's header)."""


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    mentions: tuple[Mention, ...]


def read_items(path: Path = PLACE_SET) -> list[Item]:
    items: list[Item] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, mentions, pos = "", [], 0
        for match in _MARK.finditer(line):
            text += line[pos : match.start()]
            start = len(text)
            text += match.group(1)
            mentions.append(Mention(match.group(1), start, len(text), match.group(2).strip()))
            pos = match.end()
        text += line[pos:]
        items.append(Item(text, tuple(mentions)))
    return items


def expected_entry(gazetteer: Gazetteer, mention: Mention) -> Entry:
    """The gazetteer entry a mention's annotation names: looked up by the mention's own text
    (or the region's name), then narrowed to the country, division and level annotated."""
    spec = mention.expected
    if spec.startswith("region:"):
        name = spec.split(":", 1)[1]
        found = [e for e in gazetteer.lookup(name) if e.feature in {"landmark", "country"}]
        found = [e for e in found if e.country is None or e.feature == "landmark"]
    else:
        parts = spec.split("/")
        country = parts[0]
        admin1 = parts[1] if len(parts) > 1 else None
        level = parts[2] if len(parts) > 2 else ("city" if admin1 else "country")
        if level == "country":
            entry = gazetteer.country(country)
            assert entry is not None, spec
            return entry
        name = mention.text
        for suffix in (" state", " State"):
            name = name.removesuffix(suffix)
        found = [
            e
            for e in gazetteer.lookup(name.title() if name.isupper() else name)
            if e.country == country and e.feature == level and (e.admin1 == admin1)
        ]
    assert found, f"no gazetteer entry for {mention}"
    return max(found, key=lambda e: e.population)


def is_right(gazetteer: Gazetteer, mention: Mention, places: Sequence[Place]) -> bool:
    """A mention is right when no place overlaps it and none is expected, or when the place
    overlapping it is the expected one: the same GeoNames id, or for a country or a division
    without an id the same level and country (and division)."""
    found = [p for p in places if p.start < mention.end and mention.start < p.end]
    if mention.expected == "-":
        return not found
    if not found:
        return False
    place = found[0]
    entry = expected_entry(gazetteer, mention)
    if entry.feature == "country" and entry.country:
        return place.feature == "country" and place.country == entry.country
    if entry.geonameid is not None:
        return place.geonameid == entry.geonameid
    return (place.feature, place.country, place.name) == (entry.feature, entry.country, entry.name)


def score(
    gazetteer: Gazetteer, items: Sequence[Item], places: Sequence[Sequence[Place]]
) -> Iterator[tuple[Mention, bool, str]]:
    """Every mention with whether it is right and what the geocoder gave (for messages)."""
    for item, found in zip(items, places, strict=True):
        for mention in item.mentions:
            got = [p for p in found if p.start < mention.end and mention.start < p.end]
            given = ", ".join(f"{p.name} ({p.feature}, {p.country}, {p.admin1})" for p in got)
            yield mention, is_right(gazetteer, mention, found), given or "nothing"
