"""Query parameters shared by the event endpoints, validated so that a bad value is a clear 422."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal, TypeVar

import anyio
from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import AfterValidator
from sqlalchemy import Engine

from ..store.filters import DEFAULT_MODALITY, EventFilter, FilterError, check_bbox, check_iso_date
from .record_models import AcledType, PloverType


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    return None if value is None else check_bbox(value)


ModalityChoice = Literal[
    "asserted", "future", "hypothetical", "negated", "background", "uncertain", "any"
]


IsoDate = Annotated[str | None, AfterValidator(check_iso_date)]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


async def event_filter(
    since: Annotated[
        IsoDate, Query(pattern=DATE_PATTERN, description="Events on or after this date.")
    ] = None,
    until: Annotated[
        IsoDate,
        Query(pattern=DATE_PATTERN, description="Events on or before this date (inclusive)."),
    ] = None,
    type: Annotated[PloverType | None, Query(description="PLOVER event type.")] = None,
    mode: Annotated[str | None, Query(max_length=64, description="PLOVER mode.")] = None,
    acled_type: Annotated[AcledType | None, Query(description="ACLED event type.")] = None,
    country: Annotated[
        str | None,
        Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 country of the place."),
    ] = None,
    admin1: Annotated[
        str | None, Query(max_length=200, description="First-level division of the place.")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="Text in an actor's or recipient's name.")
    ] = None,
    bbox: Annotated[
        str | None,
        Query(
            description="min_lon,min_lat,max_lon,max_lat (WGS84); min_lon > max_lon crosses "
            "the antimeridian.",
            examples=["38.7,29.0,48.6,37.4"],
        ),
        AfterValidator(_bbox),
    ] = None,
    modality: Annotated[
        ModalityChoice,
        Query(
            description="How the text reports it: asserted (told as having happened, the "
            "default, so that counts count real events), future, hypothetical, negated, "
            "background, uncertain (a reading the coder doubts), or any."
        ),
    ] = DEFAULT_MODALITY,
    has_named_source: Annotated[
        bool | None, Query(description="Only events with (true) or without (false) a named source.")
    ] = None,
    learned: Annotated[
        bool | None,
        Query(
            description="Only events read by the trained models where the hand-written rules "
            "read none (true), only the rules' (false); absent: both (learned events are real "
            "readings, marked `learned`)."
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(
            max_length=500,
            description="Words that must all appear in the evidence (full-text search).",
        ),
    ] = None,
) -> EventFilter:
    """The `EventFilter` of a request's query string (async: no worker-thread hop for it)."""
    try:
        return EventFilter(
            since=since,
            until=until,
            type=type.value if type else None,
            mode=mode,
            acled_type=acled_type.value if acled_type else None,
            country=country,
            admin1=admin1,
            actor=actor,
            modality=modality,
            text=q,
            has_named_source=has_named_source,
            learned=learned,
            bbox=bbox,  # type: ignore[arg-type]  # the validator made it a tuple
        )
    except FilterError as exc:
        raise RequestValidationError(
            [{"type": "value_error", "loc": ("query", exc.field), "msg": exc.detail, "input": None}]
        ) from None


async def get_engine(request: Request) -> Engine:
    """The app's database engine (made once in `create_app`)."""
    engine: Engine = request.app.state.engine
    return engine


READ_THREADS = 4
"""How many database reads one server process runs at once; more requests wait their turn, first
come first served. SQLite reads in parallel threads (it releases the GIL), but on a few cores a
crowd of concurrent reads only shares them out: every read, the slow ones most, then takes as
long as the crowd. In turn, a request's time is its wait plus its own cost."""

T = TypeVar("T")


async def run_read(request: Request, read: Callable[..., T], *args: object) -> T:
    """`read(*args)` in a worker thread, at most READ_THREADS of them at once per process."""
    state = request.app.state
    limiter = getattr(state, "read_limiter", None)
    if limiter is None:  # made on first use, inside the server's event loop
        limiter = state.read_limiter = anyio.CapacityLimiter(READ_THREADS)
    return await anyio.to_thread.run_sync(read, *args, limiter=limiter)
