"""events.learned and merged_events.learned

Revision ID: 0007
Revises: 0006

An event read by the trained models where the hand-written rules read none (`Event.learned`,
issue 15) was marked only inside its record's JSON: SQL, the API's filters and the dashboard
could not tell it apart. Both tables gain the column; rows stored before this revision are
filled in from their record here (a merged event is learned when its record says so, which
`link.merge` writes when every report of it is learned).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("events", "merged_events")
BATCH = 1000


def upgrade() -> None:
    conn = op.get_bind()
    for name in TABLES:
        op.add_column(
            name, sa.Column("learned", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        table = sa.table(name, sa.column("id"), sa.column("record_json"), sa.column("learned"))
        # Only records that may set the flag are parsed (most never do), and only their ids kept.
        candidates = conn.execute(
            sa.select(table.c.id, table.c.record_json).where(
                table.c.record_json.like('%"learned":%true%')
            )
        ).all()
        ids = [row.id for row in candidates if json.loads(row.record_json).get("learned") is True]
        for start in range(0, len(ids), BATCH):
            conn.execute(
                table.update()
                .where(table.c.id.in_(ids[start : start + BATCH]))
                .values(learned=sa.true())
            )


def downgrade() -> None:
    # A plain ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later): a batch copy of the table
    # would leave merged_events' expression indexes behind.
    for name in TABLES:
        op.drop_column(name, "learned")
