"""Event filters shared by the command line, the Python API and the REST API.

Filters hold plain values. How a division's name may be spelled is the caller's to say
(`NameSpellings`: the geocoder's `admin1_spellings` where the user types names); by default a name
matches itself in any case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, Table, func, or_

from .fulltext import escape_like as _escape_like

NameSpellings = Callable[[str], Iterable[str]]
"""A name as typed → the lower-case spellings it may be stored under."""


def exact_spelling(name: str) -> list[str]:
    """The name itself, in any case."""
    return [name.strip().lower()]


def check_iso_date(value: str | None) -> str | None:
    """`value` when it is an ISO date, full or partial (YYYY-MM-DD, YYYY-MM, YYYY); else ValueError."""
    if value is None:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            date.fromisoformat(value)
        elif len(parts) == 2:
            date.fromisoformat(value + "-01")
        elif not (len(value) == 4 and value.isdigit()):
            raise ValueError(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return value


@dataclass(frozen=True)
class EventFilter:
    """Which merged events to return. Dates compare as ISO strings (partial dates work)."""

    since: str | None = None
    until: str | None = None
    type: str | None = None
    mode: str | None = None
    acled_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    modality: str | None = None
    text: str | None = None
    """Words that must all appear in the evidence (full-text index; see `store.fulltext`)."""
    has_named_source: bool | None = None
    bbox: tuple[float, float, float, float] | None = None
    """min_lon, min_lat, max_lon, max_lat"""
    limit: int | None = None
    offset: int = 0


def apply_filter(
    query: Select[Any], m: Table, f: EventFilter, admin1_spellings: NameSpellings = exact_spelling
) -> Select[Any]:
    """Every filter but `text`, which needs the connection's dialect (`fulltext.condition`)."""
    c = m.c
    if f.since:
        query = query.where(c.date >= f.since)
    if f.until:
        # "until 2020-09" includes every day of September.
        query = query.where(c.date <= f.until + "\uffff")
    if f.type:
        query = query.where(c.type == f.type.upper())
    if f.mode:
        query = query.where(c.mode == f.mode)
    if f.acled_type:
        query = query.where(c.acled_event_type == f.acled_type)
    if f.country:
        query = query.where(c.country == f.country.upper())
    if f.admin1:
        query = query.where(func.lower(c.admin1).in_(sorted(set(admin1_spellings(f.admin1)))))
    if f.actor:
        query = query.where(c.actors_text.ilike(f"%{_escape_like(f.actor)}%", escape="\\"))
    if f.modality:
        query = query.where(c.modality == f.modality)
    if f.has_named_source is not None:
        query = query.where(c.has_named_source.is_(f.has_named_source))
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        query = query.where(
            c.lat.is_not(None),
            c.lat.between(min_lat, max_lat),
            c.lon.between(min_lon, max_lon)
            if min_lon <= max_lon
            else or_(c.lon >= min_lon, c.lon <= max_lon),
        )
    query = query.order_by(c.date, c.id)
    if f.limit is not None:
        query = query.limit(f.limit)
    if f.offset:
        query = query.offset(f.offset)
    return query
