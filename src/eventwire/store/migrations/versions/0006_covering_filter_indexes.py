"""The indexes of one type, country or ACLED type also hold the dashboard's columns

Revision ID: 0006
Revises: 0005

A page of events filtered by a type, a country or an ACLED type reads one of these indexes in
date order; every other filter (another of the three, an actor, a named source, a mode, a
division) was checked on the record itself, one row read per entry. A combination that matches
few events then read thousands of rows for a page. Holding the dashboard's columns (as
ix_merged_sorted does since 0005), the entries answer those filters themselves.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SORTED = ["coalesce(date, '')", "id", "modality", "lat", "lon"]
DASHBOARD_COLUMNS = [
    "date", "type", "acled_event_type", "country", "admin1", "fatalities", "place_name",
    "actor_name", "has_named_source", "mode", "actors_text",
]  # fmt: skip
FILTER_INDEXES = {
    "ix_merged_type_sorted": "type",
    "ix_merged_country_sorted": "country",
    "ix_merged_acled_sorted": "acled_event_type",
}


def upgrade() -> None:
    for name, column in FILTER_INDEXES.items():
        op.drop_index(name, table_name="merged_events")
        covered = [c for c in DASHBOARD_COLUMNS if c != column]
        op.create_index(name, "merged_events", [sa.text(c) for c in [column, *SORTED, *covered]])
    # Statistics for the new indexes, so that the planner weighs them (as every relink does).
    op.execute("ANALYZE merged_events")


def downgrade() -> None:
    for name, column in FILTER_INDEXES.items():
        op.drop_index(name, table_name="merged_events")
        op.create_index(name, "merged_events", [sa.text(c) for c in [column, *SORTED]])
