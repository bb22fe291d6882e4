"""Aggregates for the dashboard: totals, places and top lists, and a binned timeline."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from ..store.filters import EventFilter
from . import overview
from .cache import PageCache
from .models import Interval, Summary, Timeline
from .params import event_filter, get_engine

router = APIRouter(prefix="/api", tags=["aggregates"])

Filters = Annotated[EventFilter, Depends(event_filter)]
DB = Annotated[Engine, Depends(get_engine)]


def _cached(request: Request, build: Callable[[], dict[str, Any]]) -> Response:
    """The answer as JSON, as built (the route's response_model documents it: validating
    thousands of places again would cost more than the query), from the page cache when the
    same question was asked since the database last changed."""
    pages: PageCache = request.app.state.overview_pages
    key = f"{request.url.path}?{request.url.query}"
    body = pages.get(key)
    if body is None:
        body = json.dumps(build(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        pages.put(key, body)
    return Response(content=body, media_type="application/json")


@router.get("/summary", response_model=Summary, summary="Totals, places, top actors and places")
def summary(
    request: Request,
    f: Filters,
    db: DB,
    colour_by: Annotated[
        Literal["type", "acled_type"],
        Query(description="Each place reports its most frequent PLOVER or ACLED type."),
    ] = "type",
    contains: Annotated[
        str | None,
        Query(max_length=64, description="An event id: say whether it is in the result."),
    ] = None,
) -> Response:
    """Events and fatalities in total, per place, per country and per first-level division;
    top actors and places."""
    return _cached(request, lambda: overview.summary(db, f, colour_by=colour_by, contains=contains))


@router.get("/timeline", response_model=Timeline, summary="Events or fatalities over time")
def timeline(
    request: Request,
    f: Filters,
    db: DB,
    measure: Annotated[
        Literal["events", "fatalities"], Query(description="What the bars count.")
    ] = "events",
    by: Annotated[
        Literal["type", "acled_type"], Query(description="Stack by PLOVER or ACLED type.")
    ] = "type",
    interval: Annotated[
        Interval | None,
        Query(description="Bin size; absent: chosen from the span (day, week, month, year)."),
    ] = None,
) -> Response:
    """Bins all one size, chosen from the dates' span unless given."""
    return _cached(
        request,
        lambda: overview.timeline(
            db, f, measure=measure, by=by, interval=interval.value if interval else None
        ),
    )
