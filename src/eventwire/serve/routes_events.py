"""Event endpoints: pages of merged events, one event, counts for charts, and exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import Engine

from ..store.filters import EventFilter
from ..store.formats import CSV_COLUMNS, LIST_COLUMNS, csv_row, geojson, list_row
from . import queries
from .cache import PageCache
from .models import Aggregate, EventOut, EventPage, GroupBy, Interval
from .params import event_filter, get_engine, run_read

router = APIRouter(prefix="/api", tags=["events"])

Filters = Annotated[EventFilter, Depends(event_filter)]
DB = Annotated[Engine, Depends(get_engine)]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Cursor = Annotated[
    str | None,
    Query(max_length=1000, description="`next_cursor` of the previous page; absent: first page."),
]
Sort = Annotated[
    str,
    Query(
        pattern=queries.SORT_PATTERN,
        description="Order by date, type, acled_sub_event_type, actor, recipient, place, "
        "fatalities or sources (then by id); a leading `-` sorts descending (`-date`: newest "
        "first). Missing values count as the smallest.",
    ),
]
Offset = Annotated[
    int,
    Query(ge=0, le=1_000_000, description="Rows to skip (a table's page); cursors are steadier."),
]


@router.get("/events", response_model=EventPage, summary="Merged events, filtered and paged")
async def list_events(
    request: Request,
    f: Filters,
    db: DB,
    limit: Limit = 50,
    cursor: Cursor = None,
    sort: Sort = queries.DEFAULT_SORT,
    offset: Offset = 0,
) -> Response:
    """Merged events ordered by `sort` then id; stable cursors survive concurrent ingests."""
    # The read runs in a worker thread: SQLite releases the GIL while it searches and reads,
    # so that work overlaps with other requests' Python, and a slow filter never holds the loop.
    pages: PageCache = request.app.state.event_pages

    async def compute() -> bytes:
        try:
            items, next_cursor = await run_read(
                request,
                queries.events_page_raw,
                db,
                f,
                limit,
                cursor,
                sort,
                offset,
                request.app.state.place_density,
            )
        except queries.CursorError as exc:
            raise HTTPException(422, detail=str(exc)) from None
        # The stored records are already EventOut-shaped JSON: sent without re-serialising.
        text = '{"items":[' + ",".join(items) + '],"next_cursor":' + json.dumps(next_cursor) + "}"
        return text.encode("utf-8")

    body = await pages.answer(request.url.query, compute)
    return Response(content=body, media_type="application/json")


@router.get("/events/{event_id}", response_model=EventOut, summary="One event with its sources")
def get_event(event_id: str, db: DB) -> dict[str, Any]:
    """One merged event: every source with its evidence, and why reports were merged."""
    record = queries.event_detail(db, event_id)
    if record is None:
        raise HTTPException(404, detail=f"no merged event with id {event_id!r}")
    return record


@router.get("/aggregates", response_model=Aggregate, summary="Event counts for charts")
async def aggregates(
    request: Request,
    f: Filters,
    db: DB,
    interval: Annotated[Interval | None, Query(description="Count per period.")] = None,
    group: Annotated[GroupBy | None, Query(description="Count per value of this field.")] = None,
) -> Response:
    """Counts of matching events per day/week/month/year and/or per type, country, ..."""
    # Charts ask the same few questions again and again: answered from memory until the
    # database changes; a new question is counted in a worker thread (SQLite releases the GIL).
    cache: PageCache = request.app.state.aggregate_pages

    async def compute() -> bytes:
        total, rows = await run_read(
            request,
            queries.aggregate,
            db,
            f,
            interval.value if interval else None,
            group.value if group else None,
        )
        answer = {
            "interval": interval.value if interval else None,
            "group": group.value if group else None,
            "total": total,
            "rows": rows,
        }
        return json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    body = await cache.answer(request.url.query, compute)
    return Response(content=body, media_type="application/json")


def _csv_lines(events: Iterator[dict[str, Any]], columns: str = "acled") -> Iterator[str]:
    fields, row = (CSV_COLUMNS, csv_row) if columns == "acled" else (LIST_COLUMNS, list_row)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    for event in events:
        writer.writerow(row(event))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _geojson_chunks(events: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield '{"type":"FeatureCollection","features":['
    for i, event in enumerate(events):
        feature = geojson([event])["features"][0]
        yield ("," if i else "") + json.dumps(feature, ensure_ascii=False)
    yield "]}\n"


def _jsonl_lines(events: Iterator[dict[str, Any]]) -> Iterator[str]:
    for event in events:
        yield json.dumps(event, ensure_ascii=False) + "\n"


_EXPORTS = {
    "geojson": ("application/geo+json", _geojson_chunks),
    "jsonl": ("application/x-ndjson", _jsonl_lines),
}


def _export(
    fmt: str, f: EventFilter, db: Engine, sort: str = queries.DEFAULT_SORT
) -> StreamingResponse:
    media_type, render = _EXPORTS[fmt]
    return StreamingResponse(
        render(queries.iter_events(db, f, sort)),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="events.{fmt}"'},
    )


@router.get(
    "/export/events.csv",
    summary="Export events as CSV (ACLED-style columns)",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}}, "description": "One row per merged event."}},
)
def export_csv(
    f: Filters,
    db: DB,
    sort: Sort = queries.DEFAULT_SORT,
    columns: Annotated[
        Literal["acled", "table"],
        Query(
            description="acled: ACLED-style columns (the default); table: the dashboard "
            "list's columns (date, type, ACLED sub-type, actor, recipient, place, fatalities, "
            "sources), so the export is the view on screen."
        ),
    ] = "acled",
) -> StreamingResponse:
    media_type = "text/csv; charset=utf-8"
    return StreamingResponse(
        _csv_lines(queries.iter_events(db, f, sort), columns),
        media_type=media_type,
        headers={"Content-Disposition": 'attachment; filename="events.csv"'},
    )


@router.get(
    "/export/events.geojson",
    summary="Export events as a GeoJSON FeatureCollection",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/geo+json": {}}, "description": "Point features."}},
)
def export_geojson(f: Filters, db: DB, sort: Sort = queries.DEFAULT_SORT) -> StreamingResponse:
    return _export("geojson", f, db, sort)


@router.get(
    "/export/events.jsonl",
    summary="Export events as JSON Lines",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}}, "description": "One per line."}},
)
def export_jsonl(f: Filters, db: DB, sort: Sort = queries.DEFAULT_SORT) -> StreamingResponse:
    return _export("jsonl", f, db, sort)
