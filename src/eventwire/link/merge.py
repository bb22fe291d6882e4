"""Merging reports of one real-world event across articles: the ACLED rule.

Two reports are one event when they agree on type and modality, on date within the precision of
each, on place within a distance that depends on how precise each place is, and their actors do
not contradict each other. In detail:

- dates: equal to the coarser precision; two day-precise dates one day apart only at the same town
  (a night event, a late report); an undated report (dated by its publication) matches a dated
  one of up to UNDATED_LOOKBACK_DAYS before it; two undated ones within UNDATED_TOLERANCE_DAYS;
- places: the same gazetteer entry, or within PLACE_TOLERANCE_KM of the coarser feature, or the
  same first-level division / country at those precisions. A report whose sentence names no place
  is compared through its article's town (`Report.area`), and without any place on one side only
  a shared actor name can make two reports one event;
- actors: a shared name or country/sector, or differently named parties ("a gunman", "the
  suspect"); reports whose actors (or recipients) have different countries stay apart;
- counts: a report whose figures are implausible for its kind (a national tally) merges with
  nothing, and a merged event's figures come only from reports placed within COUNT_RADIUS_KM of
  its place (or placed no more precisely than it): the dead of a city's shooting and of a
  report from another city are never one figure.

Two events from the same article are never merged here: the event coder already decided they were
different. The result does not depend on input order: reports are sorted by a total key (the most
informative first) before they are grouped, and each group keeps the reasons it was formed.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..records import Actor, Event, MergedEvent, Place, Source, apart_from_actors

DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}
PLACE_RANK = {"landmark": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}
# How far apart two places may be and still be "the same place", by the coarser precision.
PLACE_TOLERANCE_KM = {"landmark": 10.0, "city": 30.0, "admin2": 60.0}
COUNT_RADIUS_KM = 100.0
"""Reports placed further than this from the merged event's place give it no casualty figures."""
UNDATED_TOLERANCE_DAYS = 2
UNDATED_LOOKBACK_DAYS = 7
"""An undated report (dated by its publication) may report an event up to this many days older."""
ACTORS_UNKNOWN = "actors unknown"
SHARED_NAME = "actors share the name"
NEXT_DAY = "dates one day apart at the same place"
ACTORS_COMPATIBLE = "actors differently named, not contradictory"


@dataclass(frozen=True)
class Report:
    """One article's event, with what the merge needs to know about the article."""

    event: Event
    document_id: str
    url: str | None
    published: str | None
    area: Place | None = None
    """Where the article as a whole is set (see `article_area`): stands in, for comparison only,
    when the event sentence names no place."""
    story_id: str | None = None
    """The article's story (dedupe stage): reports of one story need less to agree on."""

    @functools.cached_property
    def placed(self) -> Event:
        """The event as compared: its own place, else the article's area. A place the geocoder
        only inferred from the article (`Place.inferred`, no name in the text) counts as none:
        two reports placed in one country by inference alone are no evidence of one event."""
        own = self.event.location
        if own is not None and not own.inferred:
            return self.event
        if self.area is not None:
            return dataclasses.replace(self.event, location=self.area)
        return self.event if own is None else dataclasses.replace(self.event, location=None)

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
    """Group reports into merged events; deterministic for any order of `reports`.

    Reports are taken in a fixed order, the most informative first (a day-precise date, then a
    precise place), so that vague reports join the events that precise ones established. A report
    joins the group holding the member it agrees with best (same place > nearer place, then the
    earlier group), never a group that already has a report from the same article.
    """
    by_type: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for report in reports:
        by_type[(report.event.type, report.event.modality)].append(report)
    merged: list[MergedEvent] = []
    for key in sorted(by_type):
        groups: list[list[Report]] = []
        reasons: list[list[str]] = []
        index = _DateIndex()
        for report in sorted(by_type[key], key=_informative_first):
            best: tuple[float, int, Report, str] | None = None
            for number, position in index.candidates(report.event):
                group = groups[number]
                member = group[position]
                if any(r.document_id == report.document_id for r in group):
                    continue
                same_story = report.story_id is not None and report.story_id == member.story_id
                verdict = compatible(member.placed, report.placed, same_story=same_story)
                if verdict is None:
                    continue
                score = _agreement(member.placed, report.placed)
                if best is None or score > best[0]:
                    best = (score, number, member, verdict)
            if best is None:
                groups.append([report])
                reasons.append([])
                index.add(report.event, len(groups) - 1, 0)
            else:
                _, number, member, verdict = best
                groups[number].append(report)
                borrowed = [r.event.id for r in (report, member) if r.placed is not r.event]
                if borrowed:
                    verdict += f" (place of {', '.join(borrowed)} from its article)"
                reasons[number].append(f"{report.event.id} joined {member.event.id}: {verdict}")
                index.add(report.event, number, len(groups[number]) - 1)
        merged.extend(_combine(g, why) for g, why in zip(groups, reasons, strict=True))
    merged.sort(key=lambda m: (m.event.date or "", m.event.id))
    return merged


class _DateIndex:
    """Group members by day, so a report is only compared with reports dated near it.

    Members with a day (or a publication-day) date are found by day number; the few with a
    coarser or unreadable date are compared with every report, and a coarse report with all.
    """

    def __init__(self) -> None:
        self._by_day: dict[int, list[tuple[int, int]]] = defaultdict(list)
        self._coarse: list[tuple[int, int]] = []
        self._all: list[tuple[int, int]] = []

    def add(self, event: Event, group: int, position: int) -> None:
        day = _day_number(event)
        (self._coarse if day is None else self._by_day[day]).append((group, position))
        self._all.append((group, position))

    def candidates(self, event: Event) -> list[tuple[int, int]]:
        day = _day_number(event)
        if day is None:
            return sorted(self._all)
        span = max(UNDATED_LOOKBACK_DAYS, UNDATED_TOLERANCE_DAYS) + 1
        found = list(self._coarse)
        for d in range(day - span, day + span + 1):
            found.extend(self._by_day.get(d, ()))
        return sorted(found)


def _day_number(event: Event) -> int | None:
    if event.date_precision not in ("day", "unknown") or not event.date:
        return None
    try:
        return date.fromisoformat(event.date[:10]).toordinal()
    except ValueError:
        return None


def article_area(places: Iterable[Place]) -> Place | None:
    """The town-level (or finer) place an article mentions most, first mentioned on ties.

    An event sentence often names no place ("The gunman fled on foot") when the article's lead
    did; a local report is set in one town, which is the best guess for such events.
    """
    local = [p for p in places if p.feature in ("city", "landmark") and p.lat is not None]
    if not local:
        return None
    counts = Counter(p.geonameid if p.geonameid is not None else p.name for p in local)
    return max(local, key=lambda p: counts[p.geonameid if p.geonameid is not None else p.name])


def _informative_first(report: Report) -> tuple[int, int, tuple[str, str, str, str, int, str]]:
    e = report.event
    place = PLACE_RANK.get(e.location.feature, 0) if e.location else 0
    return (-DATE_RANK[e.date_precision], -place, report.sort_key())


def _agreement(a: Event, b: Event) -> float:
    """How closely two compatible reports agree (higher is closer), to pick the best group."""
    score = 0.0
    if a.date == b.date:
        score += 2.0
    if a.location is not None and b.location is not None:
        if a.location.geonameid is not None and a.location.geonameid == b.location.geonameid:
            score += 2.0
        elif None not in (a.location.lat, a.location.lon, b.location.lat, b.location.lon):
            km = haversine_km(a.location.lat, a.location.lon, b.location.lat, b.location.lon)  # type: ignore[arg-type]
            score += 1.0 / (1.0 + km)
    names = {x.name.casefold() for x in _told(a.actor + a.recipient)}
    score += 0.5 * len(names & {x.name.casefold() for x in _told(b.actor + b.recipient)})
    return score


def _told(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The parties a report names: not those the coder implies where it names none (an
    unidentified armed group, a state's authorities: no text), which say nothing of which
    event it is."""
    return tuple(x for x in actors if x.text)


def compatible(a: Event, b: Event, *, same_story: bool = False) -> str | None:
    """Why `a` and `b` are the same event, or None when they are not.

    `same_story`: the two articles tell one developing story, which stands in for the evidence
    the rule otherwise asks of weakly placed reports (a shared place or name, the same town for
    dates a day apart); places and dates that contradict each other still keep reports apart.
    """
    if a.type != b.type or a.modality != b.modality:
        return None
    if a.implausible_counts or b.implausible_counts:
        return None  # a tally or a misread figure is no report of one event
    date_why = _dates_agree(a, b)
    if date_why is None:
        return None
    place_why = _places_agree(a.location, b.location)
    actor_why = _actors_agree(a, b)
    if place_why is None or actor_why is None:
        return None
    if same_story:
        return f"same type {a.type}; {date_why}; {place_why}; {actor_why}; same story"
    if (a.location is None or b.location is None) and not actor_why.startswith(SHARED_NAME):
        return None  # without a common place, only a named party in common makes it one event
    if date_why.startswith(NEXT_DAY) and not _same_locality(a.location, b.location):
        return None  # a day apart (a night event, a late report) only at the very same place
    return f"same type {a.type}; {date_why}; {place_why}; {actor_why}"


def _dates_agree(a: Event, b: Event) -> str | None:
    if not a.date or not b.date:
        return None
    if a.date_precision == "unknown" and b.date_precision == "unknown":
        days = _days_apart(a.date, b.date)
        if days is not None and days <= UNDATED_TOLERANCE_DAYS:
            return f"dates {a.date} and {b.date} within {UNDATED_TOLERANCE_DAYS} days"
        return None
    if a.date_precision == "unknown" or b.date_precision == "unknown":
        # An undated report carries its publication date: the event happened then or shortly
        # before, so a dated report of the days before it may be the same event.
        vague, dated = (a, b) if a.date_precision == "unknown" else (b, a)
        lag = _days_between(dated.date, vague.date)  # type: ignore[arg-type]
        if lag is not None and -1 <= lag <= UNDATED_LOOKBACK_DAYS:
            return (
                f"undated report of {vague.date} within {UNDATED_LOOKBACK_DAYS} days after "
                f"{dated.date}"
            )
        return None
    if a.date_precision == "day" and b.date_precision == "day":
        if a.date[:10] == b.date[:10]:
            return f"dates {a.date} and {b.date} agree to the day"
        if _days_apart(a.date, b.date) == 1:
            return f"{NEXT_DAY} ({a.date} and {b.date})"
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


def _same_locality(a: Place | None, b: Place | None) -> bool:
    """Both places known, town-level or finer, and the same place or within the town tolerance."""
    if a is None or b is None or a.feature not in ("city", "landmark"):
        return False
    if b.feature not in ("city", "landmark"):
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= PLACE_TOLERANCE_KM["city"]  # type: ignore[arg-type]


def _actors_agree(a: Event, b: Event) -> str | None:
    """Why the two reports' actors can be the same parties, or None when they contradict.

    Reports name the parties of one event differently ("a gunman", "the suspect", "police"), and
    often not at all, so only a contradiction keeps reports apart: both name the same role
    (actor or recipient) with countries and the countries differ.
    """
    left = _told(a.actor + a.recipient)
    right = _told(b.actor + b.recipient)
    names = {x.name.casefold() for x in left} & {x.name.casefold() for x in right}
    if names:
        return f"{SHARED_NAME} {sorted(names)[0]!r}"
    for mine, theirs in (
        (_told(a.actor), _told(b.actor)),
        (_told(a.recipient), _told(b.recipient)),
    ):
        countries = {x.country for x in mine if x.country}
        others = {x.country for x in theirs if x.country}
        if countries and others and not countries & others:
            return None
    keys = {(x.country, x.sector) for x in left if x.country or x.sector}
    shared = keys & {(x.country, x.sector) for x in right if x.country or x.sector}
    if shared:
        country, sector = sorted(shared, key=str)[0]
        return f"actors share {country or '?'}/{sector or '?'}"
    if not left or not right:
        return ACTORS_UNKNOWN
    return ACTORS_COMPATIBLE


def _combine(group: list[Report], reasons: list[str]) -> MergedEvent:
    """One merged event: the most precise date and place (the most cited among equally precise
    ones), the latest report's figures with their range, every source's evidence."""
    top_date = max(DATE_RANK[r.event.date_precision] for r in group)
    dates = Counter(r.event.date for r in group if DATE_RANK[r.event.date_precision] == top_date)
    chosen_date = min(dates, key=lambda d: (-dates[d], d or ""))
    best_date = next(r.event for r in group if r.event.date == chosen_date)
    places = [r.event.location for r in group if r.event.location is not None]
    best_place: Place | None = None
    if places:
        top_place = max(PLACE_RANK.get(p.feature, 0) for p in places)
        precise = [p for p in places if PLACE_RANK.get(p.feature, 0) == top_place]
        cited = Counter((p.geonameid, p.name) for p in precise)
        best_place = min(precise, key=lambda p: (-cited[(p.geonameid, p.name)], p.name))
    counting = [r for r in group if _counts_here(r.event, best_place)]
    if not any(r.event.fatalities is not None or r.event.injuries is not None for r in counting):
        # only vaguer reports give figures ("three killed in Ohio"): theirs, from that country
        counting = [r for r in group if _counts_here(r.event, best_place, vaguer=True)]
    fatalities = [r.event.fatalities for r in counting if r.event.fatalities is not None]
    by_date = sorted(counting, key=lambda r: r.published or "")
    latest_fatal = [r.event.fatalities for r in by_date if r.event.fatalities is not None]
    # "at least" goes with the figure taken (the latest report's); with no figure, any report's
    # vague count of the dead ("several were killed") still says some died
    fatal_bounds = [
        r.event.fatalities_lower_bound for r in by_date if r.event.fatalities is not None
    ]
    lower_bound = (
        fatal_bounds[-1] if fatal_bounds else any(r.event.fatalities_lower_bound for r in counting)
    )
    latest_injured = [
        r.event.injuries
        for r in sorted(counting, key=lambda r: r.published or "")
        if r.event.injuries is not None
    ]
    first = group[0].event
    actors = _union(r.event.actor for r in group)
    merged_id = "m" + hashlib.sha1(first.id.encode("utf-8")).hexdigest()[:15]
    event = dataclasses.replace(
        first,
        id=merged_id,
        date=best_date.date,
        date_precision=best_date.date_precision,
        location=best_place,
        actor=actors,
        recipient=apart_from_actors(actors, _union(r.event.recipient for r in group)),
        fatalities=latest_fatal[-1] if latest_fatal else None,
        fatalities_lower_bound=lower_bound,
        injuries=latest_injured[-1] if latest_injured else None,
        confidence=max(r.event.confidence for r in group),
        main=any(r.event.main for r in group),
        implausible_counts=False,
        # learned only when no report of it was read by the hand-written rules (issue 15)
        learned=all(r.event.learned for r in group),
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


def _counts_here(event: Event, place: Place | None, vaguer: bool = False) -> bool:
    """Whether a report's casualty figures are figures of the merged event at `place`: plausible
    for its kind, and told of a place within COUNT_RADIUS_KM of it, or of no place; with
    `vaguer`, also of a coarser place of the same country ("a shooting in Ohio" beside "a
    shooting in Dayton": the town's figures are used when the town's reports give any)."""
    if event.implausible_counts:
        return False
    own = event.location
    if own is None or place is None or own is place:
        return True
    if PLACE_RANK.get(own.feature, 0) < PLACE_RANK.get(place.feature, 0):
        return vaguer and own.country == place.country
    if None in (own.lat, own.lon, place.lat, place.lon):
        return own.country == place.country
    return haversine_km(own.lat, own.lon, place.lat, place.lon) <= COUNT_RADIUS_KM  # type: ignore[arg-type]


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
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _days_between(earlier: str, later: str) -> int | None:
    """Days from `earlier` to `later` (negative when `later` is before), by their first day."""
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return None


def _iso_week(value: str) -> str:
    if "-W" in value:
        return value[:8]
    try:
        year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return value
    return f"{year}-W{week:02d}"
