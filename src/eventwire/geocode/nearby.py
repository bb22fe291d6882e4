"""Co-location: names of one article that can all be read as neighbours most likely are.

A reader who meets "Edmonton" and "Enfield" in one story places both in north London, though each
alone would be read as a larger namesake elsewhere. The resolver (resolver.py) gives a candidate
town a bonus when another name of the article has a candidate town close by.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from .gazetteer import Entry

_NEAR_KM = 50.0
_NEAR_CANDIDATES = 15
"""Towns per name, largest first, that the co-location test compares (bounds the time)."""


def co_located(
    keys: Sequence[str], candidates: Sequence[list[Entry]]
) -> dict[str, dict[int, float]]:
    """For each name's candidate towns, the distance to the nearest candidate town of another
    name within _NEAR_KM: names that can all be read as neighbours most likely are ("Edmonton"
    and "Enfield" in north London, "Athens" and "Frankston" in East Texas)."""
    towns: dict[str, list[Entry]] = {}
    for key, cands in zip(keys, candidates, strict=True):
        if key not in towns:
            found = [e for e in cands if e.feature in {"city", "admin2"}]
            towns[key] = sorted(found, key=lambda e: -e.population)[:_NEAR_CANDIDATES]
    grid: dict[tuple[int, int], list[tuple[str, Entry]]] = defaultdict(list)
    for key, entries in towns.items():
        for e in entries:
            grid[(int(e.lat // 0.5), int(e.lon // 0.5))].append((key, e))
    out: dict[str, dict[int, float]] = {}
    for key, entries in towns.items():
        for e in entries:
            best = _nearest_other(grid, key, e)
            if best < _NEAR_KM:
                out.setdefault(key, {})[e.id] = best
    return out


def _nearest_other(
    grid: dict[tuple[int, int], list[tuple[str, Entry]]], key: str, e: Entry
) -> float:
    """Distance to the nearest town of another name: not one merely extending this name
    ("Henderson" and "Henderson County"), nor the same town under another of its names."""
    ci, cj = int(e.lat // 0.5), int(e.lon // 0.5)
    coslat = math.cos(math.radians(e.lat))
    best = math.inf
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            for other, o in grid.get((ci + di, cj + dj), ()):
                if o.id == e.id or other.startswith(key) or key.startswith(other):
                    continue
                d = (o.lat - e.lat) ** 2 + ((o.lon - e.lon) * coslat) ** 2
                best = min(best, d)
    return 111.2 * math.sqrt(best) if best < math.inf else best
