"""merged_events.place_name, actor_name, recipient_name; indexes covering the dashboard

Revision ID: 0005
Revises: 0004

Summaries ("top actors", "top places") and sorted lists read these columns instead of parsing
every record's JSON. Rows stored before this revision are filled in from their record here.
Two indexes hold every column the dashboard's aggregates read (tables.DASHBOARD_COLUMNS), in
date order and in place order, so they scan a narrow index instead of whole records: the index
of all events in date order (0004's ix_merged_sorted) gains those columns, and a new one holds
them in place order.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NAME_COLUMNS = ("place_name", "actor_name", "recipient_name")
SORT_KEY = "coalesce(date, '')"
SORTED = [SORT_KEY, "id", "modality", "lat", "lon"]
DASHBOARD_COLUMNS = [
    "date", "type", "acled_event_type", "country", "admin1", "fatalities", "place_name",
    "actor_name", "has_named_source", "mode", "actors_text",
]  # fmt: skip
PLACE_COLUMNS = [
    "modality", "lat", "lon", "type", "acled_event_type", "date", "country", "admin1",
    "fatalities", "place_name", "actor_name", "has_named_source", "mode", "actors_text", "id",
]  # fmt: skip


# 0004's indexes of events in date order: all events, or those of one type, country, ACLED type.
SORTED_INDEXES = {
    "ix_merged_sorted": [],
    "ix_merged_type_sorted": ["type"],
    "ix_merged_country_sorted": ["country"],
    "ix_merged_acled_sorted": ["acled_event_type"],
}


def _first_name(people: list[dict[str, object]] | None) -> str | None:
    return str(people[0].get("name") or "") or None if people else None


def upgrade() -> None:
    with op.batch_alter_table("merged_events") as batch_op:
        for name in NAME_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=True))
    m = sa.table(
        "merged_events", sa.column("id"), sa.column("record_json"), *map(sa.column, NAME_COLUMNS)
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(m.c.id, m.c.record_json)).all()
    updates = []
    for row in rows:
        record = json.loads(row.record_json)
        updates.append(
            {
                "row_id": row.id,
                "place_name": (record.get("location") or {}).get("name"),
                "actor_name": _first_name(record.get("actor")),
                "recipient_name": _first_name(record.get("recipient")),
            }
        )
    if updates:
        conn.execute(
            m.update()
            .where(m.c.id == sa.bindparam("row_id"))
            .values({name: sa.bindparam(name) for name in NAME_COLUMNS}),
            updates,
        )
    op.drop_index("ix_merged_sorted", table_name="merged_events")
    op.create_index(
        "ix_merged_sorted", "merged_events", [sa.text(c) for c in SORTED + DASHBOARD_COLUMNS]
    )
    op.create_index("ix_merged_places", "merged_events", PLACE_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_merged_places", "merged_events")
    # SQLite drops a column by copying the table, which would leave its expression indexes
    # behind: they are made again afterwards, as 0004 made them.
    for name in SORTED_INDEXES:
        op.drop_index(name, table_name="merged_events")
    with op.batch_alter_table("merged_events") as batch_op:
        for name in NAME_COLUMNS:
            batch_op.drop_column(name)
    for name, columns in SORTED_INDEXES.items():
        op.create_index(name, "merged_events", [sa.text(c) for c in [*columns, *SORTED]])
