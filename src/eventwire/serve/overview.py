"""The dashboard's aggregates: totals and top lists, events per place, and a binned timeline.

Each is one or a few GROUP BY queries over the filtered merged events, so that a 50,000-event
database answers in tens of milliseconds and the browser never downloads every event.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Engine, case, func

from ..store import tables
from ..store.filters import EventFilter
from .queries import filtered_events

TOP = 10
INTERVALS = ("day", "week", "month", "year")
_RANK = {name: i for i, name in enumerate(INTERVALS)}
_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}
MAX_BINS = 400
"""A bin size the caller asks for is kept unless it would make more bins than this."""


@cache
def country_numeric() -> dict[str, str]:
    """ISO 3166-1 alpha-3 → numeric code (the ids of world-atlas's country shapes)."""
    import pycountry

    return {c.alpha_3: c.numeric for c in pycountry.countries}


def summary(
    engine: Engine, f: EventFilter, *, colour_by: str = "type", contains: str | None = None
) -> dict[str, Any]:
    """Totals; events and fatalities per place (the map's markers), country and first-level
    division; top actors and places.

    One grouping by coordinates serves the map, the top places, the countries and the
    divisions, so a large result is read a few times, not once per list. `colour_by` (type or
    acled_type) names the field whose most frequent value each place reports; `contains`: an
    event id, and the answer says whether that event is in the result.
    """
    m = tables.merged_events
    n, fatal = func.count(), func.coalesce(func.sum(m.c.fatalities), 0)
    located = (m.c.lat.is_not(None), m.c.lon.is_not(None))
    with engine.connect() as conn:
        totals = conn.execute(
            filtered_events(
                conn,
                f,
                [
                    n.label("n"),
                    fatal.label("f"),
                    func.count(m.c.fatalities).filter(m.c.fatalities > 0).label("with_f"),
                    func.min(m.c.date).label("first"),
                    func.max(m.c.date).label("last"),
                ],
            )
        ).one()
        place_rows = conn.execute(
            filtered_events(
                conn,
                f,
                [
                    m.c.lat,
                    m.c.lon,
                    n.label("n"),
                    fatal.label("f"),
                    func.min(m.c.id).label("some_id"),
                    func.max(m.c.place_name).label("name"),
                    func.max(m.c.admin1).label("admin1"),
                    func.max(m.c.country).label("country"),
                ],
            )
            .where(*located)
            .group_by(m.c.lat, m.c.lon)
        ).all()
        kind_column = m.c.acled_event_type if colour_by == "acled_type" else m.c.type
        kinds = _most_frequent(
            conn.execute(
                filtered_events(conn, f, [m.c.lat, m.c.lon, kind_column, n])
                .where(*located, kind_column.is_not(None))
                .group_by(m.c.lat, m.c.lon, kind_column)
            )
        )
        unplaced_countries = conn.execute(
            filtered_events(conn, f, [m.c.country, n.label("n"), fatal.label("f")])
            .where(m.c.lat.is_(None), m.c.country.is_not(None))
            .group_by(m.c.country)
        ).all()
        actors = conn.execute(
            filtered_events(conn, f, [m.c.actor_name, n.label("n"), fatal.label("f")])
            .where(m.c.actor_name.is_not(None))
            .group_by(m.c.actor_name)
            .order_by(n.desc(), m.c.actor_name)
            .limit(TOP)
        ).all()
        found = None
        if contains:
            query = filtered_events(conn, f, [m.c.id]).where(m.c.id == contains)
            found = conn.execute(query.limit(1)).first() is not None
    places = [
        {
            "lat": lat,
            "lon": lon,
            "name": name or "",
            "admin1": admin1,
            "country": country,
            "count": count,
            "fatalities": int(fatalities),
            "kind": kinds.get((lat, lon)),
            "event_id": some_id if count == 1 else None,
        }
        for lat, lon, count, fatalities, some_id, name, admin1, country in place_rows
    ]
    places.sort(key=lambda p: (-p["count"], p["name"]))
    located_count = sum(p["count"] for p in places)
    return {
        "total": totals.n,
        "fatalities": int(totals.f),
        "with_fatalities": totals.with_f,
        "located": located_count,
        "unlocated": totals.n - located_count,
        "first_date": totals.first,
        "last_date": totals.last,
        "colour_by": colour_by,
        "places": places,
        "countries": _countries(places, unplaced_countries),
        "admin1": _divisions(places),
        "top_actors": [
            {"name": r.actor_name, "count": r.n, "fatalities": int(r.f)} for r in actors
        ],
        "top_places": [
            {k: p[k] for k in ("name", "country", "count", "fatalities", "lat", "lon")}
            for p in [p for p in places if p["name"]][:TOP]
        ],
        "contains": found,
    }


def _countries(places: list[dict[str, Any]], unplaced: Sequence[Any]) -> list[dict[str, Any]]:
    """Events and fatalities per country: its places' and its events placed at no point."""
    counts: Counter[str] = Counter()
    fatalities: Counter[str] = Counter()
    for p in places:
        if p["country"]:
            counts[p["country"]] += p["count"]
            fatalities[p["country"]] += p["fatalities"]
    for r in unplaced:
        counts[r.country] += r.n
        fatalities[r.country] += int(r.f)
    numeric = country_numeric()
    return [
        {"country": c, "numeric": numeric.get(c), "count": n, "fatalities": fatalities[c]}
        for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _divisions(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events and fatalities per first-level division, drawn at its events' mean position."""
    rows: dict[tuple[str | None, str], dict[str, Any]] = {}
    for p in places:
        if not p["admin1"]:
            continue
        row = rows.setdefault(
            (p["country"], p["admin1"]),
            {"country": p["country"], "admin1": p["admin1"], "lat": 0.0, "lon": 0.0,
             "count": 0, "fatalities": 0},
        )  # fmt: skip
        row["lat"] += p["lat"] * p["count"]
        row["lon"] += p["lon"] * p["count"]
        row["count"] += p["count"]
        row["fatalities"] += p["fatalities"]
    for row in rows.values():
        row["lat"] = round(row["lat"] / row["count"], 5)
        row["lon"] = round(row["lon"] / row["count"], 5)
    return sorted(rows.values(), key=lambda r: (-r["count"], r["admin1"]))


def _most_frequent(rows: Iterable[Any]) -> dict[tuple[float, float], str]:
    """Per place, its most frequent kind (ties: the first in order), from (lat, lon, kind,
    count) rows."""
    best: dict[tuple[float, float], tuple[int, str]] = {}
    for lat, lon, kind, count in rows:
        held = best.get((lat, lon))
        if held is None or count > held[0] or (count == held[0] and kind < held[1]):
            best[(lat, lon)] = (count, kind)
    return {place: kind for place, (_, kind) in best.items()}


def parse_date(value: str) -> tuple[date, str] | None:
    """A stored (possibly partial) ISO date as its first day and precision; None if unreadable.

    A week (YYYY-Www) is placed on its Thursday, the day that decides its month and year in ISO.
    """
    try:
        if len(value) == 10:
            return date.fromisoformat(value), "day"
        if len(value) == 8 and value[4:6] == "-W":
            return date.fromisocalendar(int(value[:4]), int(value[6:]), 4), "week"
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 1), "month"
        if len(value) == 4:
            return date(int(value), 1, 1), "year"
    except ValueError:
        return None
    return None


def bin_start(day: date, interval: str) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    if interval == "year":
        return day.replace(month=1, day=1)
    return day


def next_bin(start: date, interval: str) -> date:
    if interval == "day":
        return start + timedelta(days=1)
    if interval == "week":
        return start + timedelta(days=7)
    if interval == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def bin_index(day: date, first: date, interval: str) -> int:
    if interval == "day":
        return (day - first).days
    if interval == "week":
        return (day - first).days // 7
    if interval == "month":
        return (day.year - first.year) * 12 + day.month - first.month
    return day.year - first.year


def choose_interval(first: date, last: date) -> str:
    """The bin size for a span: about 15 to 120 bins, never a mix of sizes."""
    days = (last - first).days + 1
    if days <= 92:
        return "day"
    if days <= 2 * 366:
        return "week"
    if days <= 20 * 366:
        return "month"
    return "year"


def coarse_enough(interval: str, parsed: list[tuple[tuple[date, str], int]]) -> str:
    """`interval`, or a larger one if more than a tenth of the events are dated less precisely
    (a month of reports dated only "June 2013" is not left off a weekly axis)."""
    total = sum(n for _, n in parsed)
    while interval != "year":
        coarser = sum(n for (_, precision), n in parsed if _RANK[precision] > _RANK[interval])
        if coarser <= total / 10:
            break
        interval = INTERVALS[_RANK[interval] + 1]
    return interval


def axis_span(weighted: list[tuple[date, int]]) -> tuple[date, date]:
    """First and last day of the axis: every date, unless a few outliers (say a date centuries
    back) would squeeze the rest into one bin; then the central 99% of events."""
    ordered = sorted(weighted)
    total = sum(n for _, n in ordered)
    first, last = ordered[0][0], ordered[-1][0]
    if total < 50:
        return first, last
    low_cut, high_cut = total * 0.005, total * 0.995
    seen, low, high = 0, first, last
    for day, n in ordered:
        if seen <= low_cut < seen + n:
            low = day
        if seen < high_cut <= seen + n:
            high = day
        seen += n
    if (last - first).days > 3 * (high - low).days + 30:
        return low, high
    return first, last


_PRECISION_BY_LENGTH = {10: "day", 8: "week", 7: "month", 4: "year"}


def _bucket(column: Any, interval: str) -> Any:
    """The part of a stored date that decides its bin: the month or year of a date for those
    bins (so the database groups thousands of days into a few buckets), else the date itself.
    A week (YYYY-Www) is kept whole."""
    if interval not in ("month", "year"):
        return column
    head = func.substr(column, 1, 7 if interval == "month" else 4)
    return case((func.length(column) == 8, column), else_=head)


def timeline(
    engine: Engine, f: EventFilter, *, measure: str, by: str, interval: str | None
) -> dict[str, Any]:
    """Events (or fatalities) per bin of one size, stacked by PLOVER or ACLED type.

    Dates coarser than the bin (a year on a monthly axis) are not spread over bins: they are
    counted apart, as are undated events and the few outside the axis.
    """
    m = tables.merged_events
    key_col = m.c.type if by == "type" else m.c.acled_event_type
    out: dict[str, Any] = {
        "measure": measure,
        "by": by,
        "interval": interval,
        "bins": [],
        "end": None,
        "series": [],
        "plotted": 0,
        "undated": 0,
        "coarse": 0,
        "before": 0,
        "after": 0,
    }
    with engine.connect() as conn:
        # The span, from the events per day: grouped by the sort key (the date, "" if none), the
        # order of the index of all events, which streams the groups without a sort.
        day = tables.event_sort_key(m)
        per_date = conn.execute(
            filtered_events(conn, f, [day, func.count()]).where(day > "").group_by(day)
        ).all()
        parsed = [(p, n) for value, n in per_date if (p := parse_date(value)) is not None]
        if parsed:
            first, last = axis_span([(d, n) for (d, _), n in parsed])
            if interval is None or (last - first).days / _DAYS[interval] > MAX_BINS:
                interval = coarse_enough(choose_interval(first, last), parsed)
            bucket = _bucket(m.c.date, interval)
        else:
            bucket = m.c.date
        length = func.length(m.c.date)
        rows = conn.execute(
            filtered_events(
                conn,
                f,
                [bucket, length, key_col, func.count(), func.sum(m.c.fatalities)],
            ).group_by(bucket, length, key_col)
        ).all()
    dated: list[tuple[date, str, str, int]] = []
    for value, size, key, n, fatalities in rows:
        amount = n if measure == "events" else int(fatalities or 0)
        parsed_day = parse_date(value) if value else None
        if parsed_day is None or size not in _PRECISION_BY_LENGTH:
            out["undated"] += amount
        else:
            dated.append((parsed_day[0], _PRECISION_BY_LENGTH[size], key or "none", amount))
    if not parsed or interval is None:
        return out
    start = bin_start(first, interval)
    bins = [start]
    while next_bin(bins[-1], interval) <= last:
        bins.append(next_bin(bins[-1], interval))
    series: dict[str, list[int]] = defaultdict(lambda: [0] * len(bins))
    for day_start, precision, key, amount in dated:
        if _RANK[precision] > _RANK[interval]:
            out["coarse"] += amount
            continue
        i = bin_index(bin_start(day_start, interval), start, interval)
        if i < 0:
            out["before"] += amount
        elif i >= len(bins):
            out["after"] += amount
        else:
            series[key][i] += amount
            out["plotted"] += amount
    out.update(
        interval=interval,
        bins=[b.isoformat() for b in bins],
        end=next_bin(bins[-1], interval).isoformat(),
        series=[{"key": k, "values": v} for k, v in sorted(series.items()) if any(v)],
    )
    return out
