"""Indexes that serve filtered event pages in order (sort key, id), with the place's coordinates

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SORT_KEY = "coalesce(date, '')"
INDEXES = {
    "ix_merged_sorted": [],
    "ix_merged_type_sorted": ["type"],
    "ix_merged_country_sorted": ["country"],
    "ix_merged_acled_sorted": ["acled_event_type"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(
            name,
            "merged_events",
            [sa.text(c) for c in [*columns, SORT_KEY, "id", "modality", "lat", "lon"]],
        )


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="merged_events")
