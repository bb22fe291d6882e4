"""Event filters shared by the command line, the Python API and the REST API.

An `EventFilter` checks its values when it is made, the same way for every interface: a typo
(`type="FOO"`, `country="iraq"`, `since="yesterday"`) is a `FilterError` that names the valid
values and the nearest one, never an empty answer.

Filters hold plain values. How a division's name may be spelled is the caller's to say
(`NameSpellings`: the geocoder's `admin1_spellings` where the user types names); by default a name
matches itself in any case.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, get_args

from sqlalchemy import Select, Table, func, or_

from ..errors import E_BAD_FILTER, UsageError
from ..records import AcledEventType, Modality, PloverType
from .fulltext import escape_like as _escape_like
from .tables import event_sort_key

PLOVER_TYPES: tuple[str, ...] = get_args(PloverType)
ACLED_EVENT_TYPES: tuple[str, ...] = get_args(AcledEventType)
MODALITIES: tuple[str, ...] = get_args(Modality)
ANY_MODALITY = "any"
DEFAULT_MODALITY: Modality = "asserted"
"""What every interface lists unless told otherwise: events told as having happened, so that
counts count real events (`any` lists every modality)."""
# Codes in use for places without an ISO 3166-1 entry (GeoNames and ACLED write Kosovo so).
EXTRA_COUNTRY_CODES = {"XKX": "Kosovo"}


NameSpellings = Callable[[str], Iterable[str]]
"""A name as typed → the lower-case spellings it may be stored under."""


def exact_spelling(name: str) -> list[str]:
    """The name itself, in any case."""
    return [name.strip().lower()]


class FilterError(UsageError, ValueError):
    """A filter value that cannot match anything as written; the message says what would."""

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(f"[{E_BAD_FILTER}] {field}: {detail}")
        self.field = field
        self.detail = detail


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
    modality: str | None = DEFAULT_MODALITY
    """One of MODALITIES, or None (or "any") for every modality."""
    text: str | None = None
    """Words that must all appear in the evidence (full-text index; see `store.fulltext`)."""
    has_named_source: bool | None = None
    learned: bool | None = None
    """Only events read by the trained models where the rules read none (True), only the rules'
    (False), or both (None, the default: learned records are real readings, marked as such)."""
    bbox: tuple[float, float, float, float] | None = None
    """min_lon, min_lat, max_lon, max_lat"""
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        for name in ("since", "until"):
            value = getattr(self, name)
            try:
                put(name, check_iso_date(value))
            except ValueError as exc:
                raise FilterError(name, str(exc)) from None
        if self.since and self.until and self.since > self.until + "\uffff":
            raise FilterError("since", f"{self.since} is after until {self.until}")
        if self.type is not None:
            put("type", _one_of("type", self.type, PLOVER_TYPES, "a PLOVER event type"))
        if self.acled_type is not None:
            put(
                "acled_type",
                _one_of("acled_type", self.acled_type, ACLED_EVENT_TYPES, "an ACLED event type"),
            )
        if self.modality is not None:
            value = _one_of("modality", self.modality, (*MODALITIES, ANY_MODALITY), "a modality")
            put("modality", None if value == ANY_MODALITY else value)
        if self.country is not None:
            put("country", check_country(self.country))
        if self.mode is not None:
            put("mode", self.mode.strip().lower() or None)
        if self.bbox is not None:
            put("bbox", check_bbox(self.bbox))
        if self.limit is not None and self.limit < 1:
            raise FilterError("limit", f"must be 1 or more, not {self.limit}")
        if self.offset < 0:
            raise FilterError("offset", f"must be 0 or more, not {self.offset}")


def _one_of(field: str, value: str, valid: tuple[str, ...], what: str) -> str:
    """The valid spelling of `value` (any case); else a FilterError naming the nearest ones."""
    by_lower = {v.lower(): v for v in valid}
    found = by_lower.get(value.strip().lower())
    if found is not None:
        return found
    near = difflib.get_close_matches(value.strip().lower(), list(by_lower), n=2, cutoff=0.5)
    hint = f"; did you mean {' or '.join(by_lower[n] for n in near)}?" if near else ""
    raise FilterError(field, f"{value!r} is not {what}{hint} (valid: {', '.join(valid)})")


def check_country(value: str) -> str:
    """An ISO 3166-1 alpha-3 code in upper case; else a FilterError suggesting the code meant."""
    import pycountry

    code = value.strip().upper()
    if code in EXTRA_COUNTRY_CODES or (
        len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None
    ):
        return code
    raise FilterError(
        "country",
        f"{value!r} is not an ISO 3166-1 alpha-3 code{_country_hint(value)} "
        "(three letters, e.g. IRQ for Iraq, SYR for Syria, USA)",
    )


def _country_hint(value: str) -> str:
    import pycountry

    text = value.strip()
    candidates: list[Any] = []
    if len(text) == 2 and (by_alpha2 := pycountry.countries.get(alpha_2=text.upper())):
        candidates.append(by_alpha2)
    else:
        try:
            candidates = list(pycountry.countries.search_fuzzy(text))[:2]
        except LookupError:
            codes = [c.alpha_3 for c in pycountry.countries]
            near = difflib.get_close_matches(text.upper(), codes, n=2, cutoff=0.6)
            candidates = [pycountry.countries.get(alpha_3=c) for c in near]
    named = [f"{c.alpha_3} ({c.name})" for c in candidates if c is not None]
    return f"; did you mean {' or '.join(named)}?" if named else ""


def check_bbox(box: Any) -> tuple[float, float, float, float]:
    """min_lon,min_lat,max_lon,max_lat as four numbers in range (a string or a sequence);
    min_lon > max_lon is a box across the antimeridian."""
    parts = box.split(",") if isinstance(box, str) else list(box)
    message = "needs four numbers: min_lon,min_lat,max_lon,max_lat"
    if len(parts) != 4:
        raise FilterError("bbox", message)
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise FilterError("bbox", message) from None
    for lon in (min_lon, max_lon):
        if not -180.0 <= lon <= 180.0:
            raise FilterError("bbox", f"longitude {lon} is outside -180..180")
    for lat in (min_lat, max_lat):
        if not -90.0 <= lat <= 90.0:
            raise FilterError("bbox", f"latitude {lat} is outside -90..90")
    if min_lat > max_lat:
        raise FilterError("bbox", "min_lat is greater than max_lat")
    return min_lon, min_lat, max_lon, max_lat


def apply_filter(
    query: Select[Any],
    m: Table,
    f: EventFilter,
    admin1_spellings: NameSpellings = exact_spelling,
    *,
    in_order: bool = True,
) -> Select[Any]:
    """Every filter but `text`, which needs the connection's dialect (`fulltext.condition`).

    `in_order`: the events are read in sort-key order (a list), so a map's box is checked on the
    sorted indexes' entries (`lat + 0`, `lon + 0` keep the database from reading the box off the
    place index instead, then sorting every event in it); counts may use the place index.
    """
    c = m.c
    # Dates are compared through the sort key, so that the sorted indexes serve the range too:
    # undated events sort first, as "", below any date.
    key = event_sort_key(m)
    if f.since:
        query = query.where(key >= f.since)
    if f.until:
        # "until 2020-09" includes every day of September.
        query = query.where(key <= f.until + "\uffff", c.date.is_not(None))
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
    if f.learned is not None:
        query = query.where(c.learned.is_(f.learned))
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        lat, lon = (c.lat + 0, c.lon + 0) if in_order else (c.lat, c.lon)
        query = query.where(
            lat.is_not(None),
            lat.between(min_lat, max_lat),
            lon.between(min_lon, max_lon)
            if min_lon <= max_lon
            else or_(lon >= min_lon, lon <= max_lon),
        )
    query = query.order_by(key, c.id)
    if f.limit is not None:
        query = query.limit(f.limit)
    if f.offset:
        query = query.offset(f.offset)
    return query
