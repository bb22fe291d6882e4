"""Read queries the API needs beyond `Store`: keyset pages, articles, places, stories, counts.

Pages use an opaque cursor over (date, id) rather than an offset, so a page boundary does not move
when articles are ingested while a client is paging. Rows without a date sort first (as "").
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, func, or_, select
from sqlalchemy.engine import Connection

from ..annotate.sources import article_sources
from ..geocode.spellings import admin1_spellings
from ..store import fulltext, tables
from ..store.filters import EventFilter, apply_filter
from ..store.links import web_link
from .density import PlaceDensity

EXPORT_CHUNK = 500


class CursorError(ValueError):
    """A cursor this server did not make (or made for another listing)."""


def encode_cursor(kind: str, sort_key: str | float, row_id: str) -> str:
    raw = json.dumps([kind, sort_key, row_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(kind: str, cursor: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        found_kind, sort_key, row_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise CursorError("cursor is not one this server made") from exc
    valid_key = isinstance(sort_key, str | int | float) and not isinstance(sort_key, bool)
    if found_kind != kind or not valid_key or not isinstance(row_id, str):
        raise CursorError(f"cursor is not a {kind} cursor")
    return sort_key, row_id


def _after(
    key: ColumnElement[Any],
    id_col: ColumnElement[Any],
    cursor: tuple[Any, str],
    descending: bool = False,
) -> Any:
    sort_key, row_id = cursor
    if descending:
        return or_(key < sort_key, and_(key == sort_key, id_col < row_id))
    return or_(key > sort_key, and_(key == sort_key, id_col > row_id))


def filtered_events(
    conn: Connection, f: EventFilter, columns: list[Any] | None = None, *, in_order: bool = False
) -> Select:  # type: ignore[type-arg]
    """SELECT over merged events matching `f` (free text through the full-text index), unordered;
    `in_order`: to be read in sort-key order (see `apply_filter`)."""
    m = tables.merged_events
    query = apply_filter(
        select(*(columns or [m.c.record_json])),
        m,
        replace(f, text=None, limit=None, offset=0),
        admin1_spellings,
        in_order=in_order,
    ).order_by(None)
    if f.text:
        query = query.where(fulltext.condition(conn, m, f.text))
    return query


SORT_FIELDS = ("date", "type", "acled_sub_event_type", "actor", "recipient", "place")
SORT_NUMBERS = ("fatalities", "sources")
SORT_PATTERN = r"^-?(" + "|".join(SORT_FIELDS + SORT_NUMBERS) + r")$"
DEFAULT_SORT = "date"
"""Oldest first, as the API has always listed; the dashboard asks for `-date` (newest first)."""


def sort_key(sort: str) -> tuple[ColumnElement[Any], bool]:
    """The column a sort spec (`date`, `-fatalities`, ...) orders by, and whether descending.

    Missing values sort as the smallest ("" or -1), so they come last when descending: a key
    without NULLs is what keyset cursors need, on every back end alike. Dates sort by
    `tables.event_sort_key`, the expression the sorted indexes are made on.
    """
    m = tables.merged_events
    name = sort.lstrip("-")
    columns: dict[str, ColumnElement[Any]] = {
        "type": m.c.type,
        "acled_sub_event_type": m.c.acled_sub_event_type,
        "actor": m.c.actor_name,
        "recipient": m.c.recipient_name,
        "place": m.c.place_name,
        "fatalities": m.c.fatalities,
        "sources": m.c.num_sources,
    }
    descending = sort.startswith("-")
    if name == "date":
        return tables.event_sort_key(m), descending
    if name not in columns:
        raise ValueError(f"cannot sort by {name!r}")
    empty: str | int = -1 if name in SORT_NUMBERS else ""
    return func.coalesce(columns[name], empty), descending


def _cursor_kind(sort: str) -> str:
    return "events" if sort == DEFAULT_SORT else f"events:{sort}"


def events_page_query(
    conn: Connection,
    f: EventFilter,
    limit: int,
    cursor: str | None,
    sort: str = DEFAULT_SORT,
    offset: int = 0,
    density: PlaceDensity | None = None,
) -> Select:  # type: ignore[type-arg]
    """The SELECT of one page: matching events in (sort key, id) order, one more than `limit`.

    By date (either way), the sorted indexes (`tables`) let the database read them in this order
    and stop early, unless the map's box holds so few events (by `density`) that reading the box
    and sorting it is cheaper. By another column the matches are sorted: first the page's keys,
    then only those rows' records, since sorting rows that carry the whole record would read them
    all.
    """
    m = tables.merged_events
    key, descending = sort_key(sort)
    order = (key.desc(), m.c.id.desc()) if descending else (key, m.c.id)
    after = (
        _after(key, m.c.id, decode_cursor(_cursor_kind(sort), cursor), descending)
        if cursor
        else None
    )
    if sort.lstrip("-") == "date":
        columns = [key.label("sort_key"), m.c.id, m.c.record_json]
        box_first = bool(f.bbox and density and density.read_box_first(f.bbox, limit + offset + 1))
        query = filtered_events(conn, f, columns, in_order=not box_first)
        if after is not None:
            query = query.where(after)
        return query.order_by(*order).limit(limit + 1).offset(offset or None)
    keys = filtered_events(conn, f, [key.label("sort_key"), m.c.id.label("row_id")])
    if after is not None:
        keys = keys.where(after)
    page = keys.order_by(*order).limit(limit + 1).offset(offset or None).subquery()
    outer = (page.c.sort_key, page.c.row_id)
    return (
        select(page.c.sort_key, page.c.row_id.label("id"), m.c.record_json)
        .join(m, m.c.id == page.c.row_id)
        .order_by(*((c.desc() for c in outer) if descending else outer))
    )


def events_page_raw(
    engine: Engine,
    f: EventFilter,
    limit: int,
    cursor: str | None,
    sort: str = DEFAULT_SORT,
    offset: int = 0,
    density: PlaceDensity | None = None,
) -> tuple[list[str], str | None]:
    """One page of merged events as their stored JSON text, and the cursor of the next page.

    Ordered by `sort` then id; a page starts after `cursor` (keyset: stable while articles are
    ingested), or `offset` rows in (a table's page number). The API answers with the stored text
    as it is: no parse and re-serialise on the hot path.
    """
    with engine.connect() as conn:
        query = events_page_query(conn, f, limit, cursor, sort, offset, density)
        rows = conn.execute(query).all()
    last = rows[limit - 1] if len(rows) > limit else None
    return [r.record_json for r in rows[:limit]], (
        encode_cursor(_cursor_kind(sort), last.sort_key, last.id) if last else None
    )


def events_page(
    engine: Engine,
    f: EventFilter,
    limit: int,
    cursor: str | None,
    sort: str = DEFAULT_SORT,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of merged events ordered by `sort` then id, and the cursor of the next page."""
    raw, next_cursor = events_page_raw(engine, f, limit, cursor, sort)
    return [json.loads(r) for r in raw], next_cursor


def iter_events(
    engine: Engine, f: EventFilter, sort: str = DEFAULT_SORT
) -> Iterator[dict[str, Any]]:
    """Every matching merged event, fetched in keyset chunks (exports stream, memory stays flat)."""
    cursor: str | None = None
    while True:
        items, cursor = events_page(engine, f, EXPORT_CHUNK, cursor, sort)
        yield from items
        if cursor is None:
            return


def event_detail(engine: Engine, event_id: str) -> dict[str, Any] | None:
    """One merged event, each source with its article's title and site."""
    m, d = tables.merged_events, tables.documents
    with engine.connect() as conn:
        raw = conn.execute(select(m.c.record_json).where(m.c.id == event_id)).scalar()
        if raw is None:
            return None
        record: dict[str, Any] = json.loads(raw)
        ids = {s["document_id"] for s in record.get("sources", [])}
        meta = {
            r.id: r
            for r in conn.execute(select(d.c.id, d.c.title, d.c.site).where(d.c.id.in_(ids)))
        }
    for source in record.get("sources", []):
        row = meta.get(source["document_id"])
        source["title"] = row.title if row else None
        source["site"] = row.site if row else None
        source["link"] = web_link(source.get("url"))
    return record


_ARTICLE_FIELDS = (
    "id",
    "url",
    "source_url",
    "site",
    "title",
    "author",
    "published",
    "duplicate_of",
    "story_id",
)


def _article_columns() -> list[Any]:
    d, e, q = tables.documents, tables.events, tables.quotes
    n_events = select(func.count()).where(e.c.document_id == d.c.id).scalar_subquery()
    n_quotes = select(func.count()).where(q.c.document_id == d.c.id).scalar_subquery()
    return [
        *(d.c[name] for name in _ARTICLE_FIELDS),
        n_events.label("num_events"),
        n_quotes.label("num_quotes"),
    ]


def _article_summary(row: Any) -> dict[str, Any]:
    data = {name: getattr(row, name) for name in _ARTICLE_FIELDS}
    data["link"] = web_link(data["url"])
    data["source_link"] = web_link(data["source_url"])
    data["num_events"] = row.num_events
    data["num_quotes"] = row.num_quotes
    return data


def articles_page(
    engine: Engine,
    *,
    since: str | None,
    until: str | None,
    site: str | None,
    story_id: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[dict[str, Any]], str | None]:
    """Articles ordered by (published, id), with their event and quote counts."""
    d = tables.documents
    key = func.coalesce(d.c.published, "")
    query = select(key.label("sort_key"), *_article_columns())
    if since:
        query = query.where(d.c.published >= since)
    if until:
        query = query.where(d.c.published <= until + "\uffff")
    if site:
        query = query.where(d.c.site == site)
    if story_id:
        query = query.where(d.c.story_id == story_id)
    if cursor:
        query = query.where(_after(key, d.c.id, decode_cursor("articles", cursor)))
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(key, d.c.id).limit(limit + 1)).all()
    items = [_article_summary(r) for r in rows[:limit]]
    last = rows[limit - 1] if len(rows) > limit else None
    return items, encode_cursor("articles", last.sort_key, last.id) if last else None


def article_detail(engine: Engine, document_id: str) -> dict[str, Any] | None:
    """One article: metadata, text, quotes (direct and indirect), places, its events."""
    d, q, s = tables.documents, tables.quotes, tables.event_sources
    with engine.connect() as conn:
        row = conn.execute(
            select(*_article_columns(), d.c.record_json).where(d.c.id == document_id)
        ).first()
        if row is None:
            return None
        quotes = conn.execute(
            select(q).where(q.c.document_id == document_id).order_by(q.c.start, q.c.idx)
        ).all()
        merged_ids = conn.execute(
            select(s.c.merged_id).where(s.c.document_id == document_id).distinct()
        ).scalars()
        merged = sorted(merged_ids)
    record = json.loads(row.record_json)
    data = _article_summary(row)
    data.update(
        language=record.get("language"),
        text=record.get("text", ""),
        quotes=[
            {k: getattr(r, k) for k in r._fields if k not in ("document_id", "idx")} for r in quotes
        ],
        places=record.get("places", []),
        focus=record.get("focus", []),
        events=record.get("events", []),
        merged_event_ids=merged,
        sources=[source.to_json() for source in article_sources(record)],
    )
    return data


def places(engine: Engine, *, country: str | None, limit: int) -> list[dict[str, Any]]:
    """Resolved places, most mentioned first."""
    p = tables.places
    group = (p.c.name, p.c.geonameid, p.c.lat, p.c.lon, p.c.country, p.c.admin1, p.c.feature)
    query = select(
        *group,
        func.count().label("mentions"),
        func.count(p.c.document_id.distinct()).label("articles"),
    ).group_by(*group)
    if country:
        query = query.where(p.c.country == country)
    query = query.order_by(func.count().desc(), p.c.name).limit(limit)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def stories(engine: Engine, *, min_articles: int, limit: int) -> list[dict[str, Any]]:
    """Stories (articles sharing a story id), largest first, each with its articles."""
    d = tables.documents
    sizes = (
        select(d.c.story_id, func.count().label("n"))
        .where(d.c.story_id.is_not(None))
        .group_by(d.c.story_id)
        .having(func.count() >= min_articles)
        .order_by(func.count().desc(), d.c.story_id)
        .limit(limit)
    )
    with engine.connect() as conn:
        chosen = [r.story_id for r in conn.execute(sizes)]
        rows = conn.execute(
            select(*_article_columns())
            .where(d.c.story_id.in_(chosen))
            .order_by(d.c.published, d.c.id)
        ).all()
    by_story: dict[str, list[dict[str, Any]]] = {sid: [] for sid in chosen}
    for r in rows:
        by_story[r.story_id].append(_article_summary(r))
    out = []
    for sid, articles in by_story.items():
        dates = [a["published"] for a in articles if a["published"]]
        out.append(
            {
                "story_id": sid,
                "num_articles": len(articles),
                "first_published": min(dates) if dates else None,
                "last_published": max(dates) if dates else None,
                "articles": articles,
            }
        )
    return out


def period(value: str | None, interval: str | None) -> str | None:
    """The bucket of a (possibly partial) ISO date; a date too coarse for it stays as it is."""
    if interval is None or value is None:
        return None
    if interval == "year":
        return value[:4]
    if interval == "month":
        return value[:7]
    if len(value) < 10:
        return value
    if interval == "week":
        try:
            year, week, _ = date.fromisoformat(value[:10]).isocalendar()
        except ValueError:
            return value
        return f"{year}-W{week:02d}"
    return value[:10]


_GROUP_COLUMNS = {
    "type": "type",
    "acled_type": "acled_event_type",
    "country": "country",
    "modality": "modality",
}


# Periods SQL can cut itself (a prefix of the ISO date); days and weeks are cut from whole dates.
_PERIOD_PREFIX = {"year": 4, "month": 7}


def aggregate(
    engine: Engine, f: EventFilter, interval: str | None, group: str | None
) -> tuple[int, list[dict[str, Any]]]:
    """Counts of matching events per period and/or group, ordered by period then key.

    The database groups and counts (one row per date or period and group, not one per event);
    Python only folds dates into weeks, where SQL dialects disagree.
    """
    m = tables.merged_events
    column = m.c[_GROUP_COLUMNS[group]] if group else None
    prefix = _PERIOD_PREFIX.get(interval or "")
    bucket: Any = func.substr(m.c.date, 1, prefix) if prefix else m.c.date
    keys = [bucket.label("bucket")] + ([column.label("key")] if column is not None else [])
    with engine.connect() as conn:
        query = filtered_events(conn, f, [*keys, func.count().label("n")])
        rows = conn.execute(query.group_by(*(k.element for k in keys))).all()
    counts: Counter[tuple[str | None, str | None]] = Counter()
    for row in rows:
        counts[(period(row.bucket, interval), row.key if column is not None else None)] += row.n
    ordered = sorted(counts.items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or ""))
    total = sum(counts.values())
    return total, [{"period": p, "key": k, "count": n} for (p, k), n in ordered]


def counts(engine: Engine) -> dict[str, int]:
    """Rows per table, for /api/health."""
    with engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (tables.documents, tables.quotes, tables.events, tables.merged_events)
        }
