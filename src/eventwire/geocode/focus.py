"""An article's focus: the countries and first-level divisions it is about, ranked.

A reader says what a story is about from the places it names: how often, how surely, and how
early (the headline and the lead say where the story is). Every resolved place gives its country
its confidence, more in the lead; a nationality word ("Iraqi") gives half, a sea or a continent
nothing; a town, a district or a division also gives its first-level division. The countries with
a fair share of the weight are the focus, each with the division most of its places agree on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..records import Focus, Place

LEAD_CHARS = 300
"""The headline and the lead: places named here weigh more."""
LEAD_WEIGHT = 1.5
DEMONYM_WEIGHT = 0.5
MIN_SHARE = 0.2
"""A country with less of the article's place weight than this is no focus of it."""
ADMIN1_SHARE = 0.5
"""A division is named with its country when it holds this share of the country's own weight."""
MAX_FOCUS = 3


def article_focus(places: Sequence[Place]) -> tuple[Focus, ...]:
    """The article's focus, most weighty first (empty when it names no place in a country)."""
    countries: dict[str, float] = defaultdict(float)
    admin1s: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for p in places:
        if not p.country:
            continue
        weight = p.confidence * (LEAD_WEIGHT if p.start < LEAD_CHARS else 1.0)
        if p.feature == "country" and p.text.lower() != p.name.lower() and _demonym(p):
            weight *= DEMONYM_WEIGHT
        countries[p.country] += weight
        if p.feature != "country" and p.admin1:
            admin1s[p.country][p.admin1] += weight
    total = sum(countries.values())
    if not total:
        return ()
    ranked = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))
    focus: list[Focus] = []
    for country, weight in ranked[:MAX_FOCUS]:
        share = weight / total
        if focus and share < MIN_SHARE:
            break
        divisions = admin1s.get(country, {})
        admin1 = None
        if divisions:
            best, held = max(divisions.items(), key=lambda kv: (kv[1], kv[0]))
            admin1 = best if held >= ADMIN1_SHARE * weight else None
        focus.append(Focus(country=country, admin1=admin1, score=round(share, 3)))
    return tuple(focus)


def _demonym(place: Place) -> bool:
    """A nationality word read as its country ("Iraqi", "Russians"): the geocoder gives these a
    confidence of at most 0.6 and a text unlike the country's name."""
    return place.confidence <= 0.6
