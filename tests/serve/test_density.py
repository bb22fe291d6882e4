"""The map-box count that chooses a page's plan (#19): right counts, same pages either way, a cheap
plan for a box that holds nothing, and a heap the garbage collector need not walk while serving."""

from __future__ import annotations

import gc
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, delete, func, select

from eventwire.serve import queries
from eventwire.serve.app import create_app
from eventwire.serve.density import PlaceDensity
from eventwire.store import tables
from eventwire.store.filters import EventFilter

EVERYWHERE = (-180.0, -90.0, 180.0, 90.0)
OPEN_SEA = (-40.0, -50.0, -30.0, -40.0)
"""The South Atlantic: no event of the sample corpus lies there."""


class BoxFirst:
    """A density that always says: read the box, then sort."""

    def read_box_first(self, bbox: Any, wanted: int) -> bool:
        return True


def _placed(engine: Any) -> list[tuple[float, float]]:
    m = tables.merged_events
    with engine.connect() as conn:
        return [
            tuple(r) for r in conn.execute(select(m.c.lat, m.c.lon).where(m.c.lat.is_not(None)))
        ]


def test_box_counts_are_the_events_in_the_touched_cells(serve_db: str) -> None:
    engine = create_engine(serve_db)
    density = PlaceDensity(engine)
    placed = _placed(engine)
    assert placed, "the sample corpus places some events"
    assert density.in_box(EVERYWHERE) == len(placed)
    assert density.in_box(OPEN_SEA) == 0
    lat, lon = placed[0]
    around = (lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5)
    near = sum(abs(a - lat) <= 2 and abs(b - lon) <= 2 for a, b in placed)
    assert 1 <= density.in_box(around) <= near
    # Across the antimeridian: the two halves together are the whole world.
    west_of_180, east_of_minus_180 = (0.0, -90.0, 180.0, 90.0), (-180.0, -90.0, 0.0, 90.0)
    wrapped = (0.0, -90.0, -0.0001, 90.0)
    assert density.in_box(wrapped) == density.in_box(west_of_180) + density.in_box(
        east_of_minus_180
    )
    assert density.total >= len(placed)


def test_an_empty_box_reads_the_box_and_a_full_one_scans_in_order(serve_db: str) -> None:
    engine = create_engine(serve_db)
    density = PlaceDensity(engine)
    assert density.read_box_first(OPEN_SEA, 51)
    assert not density.read_box_first(EVERYWHERE, 1)
    with engine.connect() as conn:
        query = queries.events_page_query(
            conn, EventFilter(bbox=OPEN_SEA), 50, None, density=density
        )
        sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "ix_merged_places" in plan, plan


def test_pages_are_the_same_whichever_plan_reads_them(serve_db: str) -> None:
    engine = create_engine(serve_db)
    placed = _placed(engine)
    boxes = [EVERYWHERE, OPEN_SEA] + [
        (lon - 3, lat - 3, lon + 3, lat + 3) for lat, lon in placed[:3]
    ]
    for box in boxes:
        for sort in ("date", "-date"):
            pages = []
            for density in (None, BoxFirst()):
                ids, cursor = [], None
                while True:
                    items, cursor = queries.events_page_raw(
                        engine,
                        EventFilter(bbox=box),
                        2,
                        cursor,
                        sort,
                        0,
                        density,  # type: ignore[arg-type]
                    )
                    ids += items
                    if cursor is None:
                        break
                pages.append(ids)
            assert pages[0] == pages[1], (box, sort)


def test_the_grid_is_rebuilt_only_after_its_refresh_time(serve_db_copy: str) -> None:
    engine = create_engine(serve_db_copy)
    now = [0.0]
    density = PlaceDensity(engine, refresh_s=30.0, clock=lambda: now[0])
    before = density.in_box(EVERYWHERE)
    assert before > 0
    with engine.begin() as conn:
        conn.execute(delete(tables.merged_events))
        assert conn.execute(select(func.count()).select_from(tables.merged_events)).scalar() == 0
    now[0] = 29.0
    assert density.in_box(EVERYWHERE) == before  # stale but harmless: only a plan's choice
    now[0] = 31.0
    assert density.in_box(EVERYWHERE) == 0
    assert density.total == 0


def test_the_servers_loaded_heap_is_frozen_while_it_serves(serve_db: str) -> None:
    with TestClient(create_app(serve_db)) as client:
        assert client.get("/api/health").status_code == 200
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
