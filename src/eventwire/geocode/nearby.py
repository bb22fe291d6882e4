"""Co-location: names of one article that can all be read as neighbours most likely are.

A reader who meets "Edmonton" and "Enfield" in one story places both in north London, though each
alone would be read as a larger namesake elsewhere. The resolver (resolver.py) gives a candidate
town a bonus when another name of the article has a candidate town close by.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from .gazetteer import PRIMARY, Entry

_NEAR_KM = 50.0
SENTENCE_NEAR_KM = 150.0
"""Names of one sentence are read as neighbours further apart ("from Springfield to Peoria")."""
_NEAR_CANDIDATES = 15
"""Towns per name, largest first, that the co-location test compares (bounds the time)."""


def co_located(
    keys: Sequence[str], candidates: Sequence[list[Entry]], radius_km: float = _NEAR_KM
) -> dict[str, dict[int, float]]:
    """For each name's candidate towns, the distance to the nearest candidate town of another
    name within _NEAR_KM: names that can all be read as neighbours most likely are ("Edmonton"
    and "Enfield" in north London, "Athens" and "Frankston" in East Texas)."""
    towns: dict[str, list[Entry]] = {}
    for key, cands in zip(keys, candidates, strict=True):
        if key not in towns:
            found = [e for e in cands if e.feature in {"city", "admin2"}]
            towns[key] = sorted(found, key=lambda e: -e.population)[:_NEAR_CANDIDATES]
    cell = max(0.5, radius_km / 100.0)  # degrees: a neighbour lies in the 3x3 cells around
    grid: dict[tuple[int, int], list[tuple[str, Entry]]] = defaultdict(list)
    for key, entries in towns.items():
        for e in entries:
            grid[(int(e.lat // cell), int(e.lon // cell))].append((key, e))
    out: dict[str, dict[int, float]] = {}
    for key, entries in towns.items():
        for e in entries:
            best = _nearest_other(grid, key, e, cell)
            if best < radius_km:
                out.setdefault(key, {})[e.id] = best
    return out


def _nearest_other(
    grid: dict[tuple[int, int], list[tuple[str, Entry]]], key: str, e: Entry, cell: float = 0.5
) -> float:
    """Distance to the nearest town of another name: not one merely extending this name
    ("Henderson" and "Henderson County"), nor the same town under another of its names."""
    ci, cj = int(e.lat // cell), int(e.lon // cell)
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


def beside(
    spans: Sequence[tuple[int, int]], keys: Sequence[str], candidates: Sequence[list[Entry]],
    text: str,
) -> dict[str, dict[int, float]]:  # fmt: skip
    """`co_located` for each two names written side by side (no more than a few words and no
    sentence end between them: "from Springfield to Peoria", "Athens and Macon"), with the wider
    radius: a town named beside a neighbouring city is the namesake near that city. A name that
    is also a country's or a state's ("Oregon") takes no part: it means the state."""
    out: dict[str, dict[int, float]] = {}
    for i in range(len(spans) - 1):
        a, b = i, i + 1
        gap = text[spans[a][1] : spans[b][0]]
        if keys[a] == keys[b] or len(gap) > _BESIDE_CHARS or any(c in gap for c in ".!?;\n"):
            continue
        if _division_name(candidates[a]) or _division_name(candidates[b]):
            continue
        found = co_located([keys[a], keys[b]], [candidates[a], candidates[b]], SENTENCE_NEAR_KM)
        for key, by_id in found.items():
            slot = out.setdefault(key, {})
            for pid, km in by_id.items():
                slot[pid] = min(km, slot.get(pid, km))
    return out


_BESIDE_CHARS = 30


def _division_name(cands: Sequence[Entry]) -> bool:
    """The name is a country's or a first-level division's own name."""
    return any(e.feature in {"country", "admin1"} and e.kind == PRIMARY for e in cands)
