"""merged_events.place_name, actor_name, recipient_name, and two indexes covering the dashboard

Revision ID: 0003
Revises: 0002

Summaries ("top actors", "top places") and sorted lists read these columns instead of parsing
every record's JSON. Rows stored before this revision are filled in from their record here.
Two indexes hold every column the dashboard's aggregates read (schema.DASHBOARD_COLUMNS), in
date order and in place order, so they scan a narrow index instead of whole records.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAME_COLUMNS = ("place_name", "actor_name", "recipient_name")
DASHBOARD_COLUMNS = [
    "modality", "date", "type", "acled_event_type", "country", "admin1", "lat", "lon",
    "fatalities", "place_name", "actor_name", "has_named_source", "mode", "actors_text", "id",
]  # fmt: skip
PLACE_COLUMNS = [
    "modality", "lat", "lon", "type", "acled_event_type", "date", "country", "admin1",
    "fatalities", "place_name", "actor_name", "has_named_source", "mode", "actors_text", "id",
]  # fmt: skip


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
    op.create_index("ix_merged_dashboard", "merged_events", DASHBOARD_COLUMNS)
    op.create_index("ix_merged_places", "merged_events", PLACE_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_merged_places", "merged_events")
    op.drop_index("ix_merged_dashboard", "merged_events")
    with op.batch_alter_table("merged_events") as batch_op:
        for name in NAME_COLUMNS:
            batch_op.drop_column(name)
