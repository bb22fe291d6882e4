"""The dashboard's covering indexes hold merged_events.learned too

Revision ID: 0008
Revises: 0007

0007 added `learned`, which the API, the dashboard ("Read by") and the CLI filter on. The indexes
that cover the dashboard's columns (0005, 0006) did not hold it, so a page or a summary of learned
(or rules-only) events read every matching record to check the flag. They are made again with
the column at their end; their order, and so every query plan that used them, is unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SORTED = ["coalesce(date, '')", "id", "modality", "lat", "lon"]
BEFORE = [
    "date", "type", "acled_event_type", "country", "admin1", "fatalities", "place_name",
    "actor_name", "has_named_source", "mode", "actors_text",
]  # fmt: skip
PLACE_ORDER = ["modality", "lat", "lon", "type", "acled_event_type"]
FILTER_INDEXES = {
    "ix_merged_type_sorted": "type",
    "ix_merged_country_sorted": "country",
    "ix_merged_acled_sorted": "acled_event_type",
}


def _indexes(dashboard: list[str]) -> dict[str, list[str]]:
    """Each covering index's columns, as tables.py declares them for these dashboard columns."""
    indexes = {"ix_merged_sorted": [*SORTED, *dashboard]}
    for name, column in FILTER_INDEXES.items():
        indexes[name] = [column, *SORTED, *(c for c in dashboard if c != column)]
    indexes["ix_merged_places"] = [
        *PLACE_ORDER,
        *(c for c in dashboard if c not in PLACE_ORDER),
        "id",
    ]
    return indexes


def _make(dashboard: list[str]) -> None:
    for name, columns in _indexes(dashboard).items():
        op.drop_index(name, table_name="merged_events")
        op.create_index(name, "merged_events", [sa.text(c) for c in columns])
    # Statistics for the new indexes, so that the planner weighs them (as every relink does).
    op.execute("ANALYZE merged_events")


def upgrade() -> None:
    _make([*BEFORE, "learned"])


def downgrade() -> None:
    _make(BEFORE)
