"""Merging reports of one real-world event across articles: the ACLED rule.

Two reports are one event when they agree on type and modality, on date within the precision of
each, on place within a distance that depends on how precise each place is, and their actors are
compatible. Two events from the same article are never merged here: the event coder already
decided they were different. The result does not depend on input order: reports are sorted by a
total key before they are grouped, and each group keeps the reasons it was formed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import Actor, Event, MergedEvent, Place, Source

DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}
PLACE_RANK = {"landmark": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}
# How far apart two places may be and still be "the same place", by the coarser precision.
PLACE_TOLERANCE_KM = {"landmark": 10.0, "city": 30.0, "admin2": 60.0}
UNDATED_TOLERANCE_DAYS = 2


@dataclass(frozen=True)
class Report:
    """One article's event, with what the merge needs to know about the article."""

    event: Event
    document_id: str
    url: str | None
    published: str | None

    def sort_key(self) -> tuple[str, str, str, str, int, str]:
        e = self.event
        return (
            e.type,
            e.date or "",
            self.published or "",
            self.document_id,
            e.evidence.start,
            e.id,
        )


def merge_events(reports: Iterable[Report]) -> list[MergedEvent]:
    """Group reports into merged events; deterministic for any order of `reports`."""
    by_type: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for report in reports:
        by_type[(report.event.type, report.event.modality)].append(report)
    merged: list[MergedEvent] = []
    for key in sorted(by_type):
        groups: list[list[Report]] = []
        reasons: list[list[str]] = []
        for report in sorted(by_type[key], key=Report.sort_key):
            for group, why in zip(groups, reasons, strict=True):
                if any(r.document_id == report.document_id for r in group):
                    continue
                verdict = compatible(group[0].event, report.event)
                if verdict is not None:
                    group.append(report)
                    why.append(f"{report.event.id} joined {group[0].event.id}: {verdict}")
                    break
            else:
                groups.append([report])
                reasons.append([])
        merged.extend(_combine(g, why) for g, why in zip(groups, reasons, strict=True))
    merged.sort(key=lambda m: (m.event.date or "", m.event.id))
    return merged


def compatible(a: Event, b: Event) -> str | None:
    """Why `a` and `b` are the same event, or None when they are not."""
    if a.type != b.type or a.modality != b.modality:
        return None
    date_why = _dates_agree(a, b)
    if date_why is None:
        return None
    place_why = _places_agree(a.location, b.location)
    actor_why = _actors_agree(a, b)
    if place_why is None or actor_why is None:
        return None
    if a.location is None and b.location is None and actor_why == "actors unknown":
        return None  # nothing but type and date in common: too little to call it one event
    return f"same type {a.type}; {date_why}; {place_why}; {actor_why}"


def _dates_agree(a: Event, b: Event) -> str | None:
    if not a.date or not b.date:
        return None
    if a.date_precision == "unknown" or b.date_precision == "unknown":
        days = _days_apart(a.date, b.date)
        if days is not None and days <= UNDATED_TOLERANCE_DAYS:
            return f"dates {a.date} and {b.date} within {UNDATED_TOLERANCE_DAYS} days"
        return None
    coarser = min(a.date_precision, b.date_precision, key=lambda p: DATE_RANK[p])
    width = {"day": 10, "month": 7, "year": 4}.get(coarser)
    if coarser == "week":
        same = _iso_week(a.date) == _iso_week(b.date)
    else:
        same = width is not None and a.date[:width] == b.date[:width]
    return f"dates {a.date} and {b.date} agree to the {coarser}" if same else None


def _places_agree(a: Place | None, b: Place | None) -> str | None:
    if a is None or b is None:
        return "place known in one report only" if (a or b) else "place unknown"
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return f"same place {a.name}"
    if a.country != b.country:
        return None
    coarser = min(a.feature, b.feature, key=lambda f: PLACE_RANK.get(f, 0))
    if coarser in ("country",):
        return f"same country {a.country}"
    if coarser == "admin1":
        return f"same first-level division {a.admin1}" if a.admin1 == b.admin1 else None
    limit = PLACE_TOLERANCE_KM.get(coarser, 30.0)
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    return f"places {a.name} and {b.name} {km:.0f} km apart" if km <= limit else None


def _actors_agree(a: Event, b: Event) -> str | None:
    left = a.actor + a.recipient
    right = b.actor + b.recipient
    if not left or not right:
        return "actors unknown"
    names = {x.name.casefold() for x in left} & {x.name.casefold() for x in right}
    if names:
        return f"actors share {sorted(names)[0]!r}"
    keys = {(x.country, x.sector) for x in left if x.country or x.sector}
    shared = keys & {(x.country, x.sector) for x in right if x.country or x.sector}
    if shared:
        country, sector = sorted(shared, key=str)[0]
        return f"actors share {country or '?'}/{sector or '?'}"
    return None


def _combine(group: list[Report], reasons: list[str]) -> MergedEvent:
    best_date = max(group, key=lambda r: DATE_RANK[r.event.date_precision]).event
    with_place = [r for r in group if r.event.location is not None]
    best_place = (
        max(with_place, key=lambda r: PLACE_RANK.get(r.event.location.feature, 0)).event.location  # type: ignore[union-attr]
        if with_place
        else None
    )
    fatalities = [r.event.fatalities for r in group if r.event.fatalities is not None]
    latest_fatal = [
        r.event.fatalities
        for r in sorted(group, key=lambda r: r.published or "")
        if r.event.fatalities is not None
    ]
    latest_injured = [
        r.event.injuries
        for r in sorted(group, key=lambda r: r.published or "")
        if r.event.injuries is not None
    ]
    first = group[0].event
    merged_id = "m" + hashlib.sha1(first.id.encode("utf-8")).hexdigest()[:15]
    event = dataclasses.replace(
        first,
        id=merged_id,
        date=best_date.date,
        date_precision=best_date.date_precision,
        location=best_place,
        actor=_union(r.event.actor for r in group),
        recipient=_union(r.event.recipient for r in group),
        fatalities=latest_fatal[-1] if latest_fatal else None,
        injuries=latest_injured[-1] if latest_injured else None,
        confidence=max(r.event.confidence for r in group),
    )
    sources = tuple(
        Source(
            document_id=r.document_id,
            url=r.url,
            published=r.published,
            event_id=r.event.id,
            evidence=r.event.evidence,
            fatalities=r.event.fatalities,
            injuries=r.event.injuries,
        )
        for r in group
    )
    published = [r.published for r in group if r.published]
    return MergedEvent(
        event=event,
        sources=sources,
        first_reported=min(published) if published else None,
        fatalities_range=(min(fatalities), max(fatalities)) if len(set(fatalities)) > 1 else None,
        merge_reasons=tuple(reasons),
    )


def _union(groups: Iterable[tuple[Actor, ...]]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for actors in groups:
        for actor in actors:
            seen.setdefault(actor.name.casefold(), actor)
    return tuple(seen.values())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _days_apart(a: str, b: str) -> int | None:
    from datetime import date

    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _iso_week(value: str) -> str:
    from datetime import date

    if "-W" in value:
        return value[:8]
    try:
        year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return value
    return f"{year}-W{week:02d}"
