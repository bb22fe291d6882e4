"""documents.linked: whether a relink has merged the article's events (resuming after a crash)

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Articles stored before this revision count as not linked: the next ingest relinks once.
    with op.batch_alter_table("documents") as batch_op:
        batch_op.add_column(
            sa.Column("linked", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    unlinked = sa.column("linked") == sa.false()
    op.create_index(
        "ix_documents_unlinked",
        "documents",
        ["id"],
        sqlite_where=unlinked,
        postgresql_where=unlinked,
    )


def downgrade() -> None:
    op.drop_index("ix_documents_unlinked", table_name="documents")
    with op.batch_alter_table("documents") as batch_op:
        batch_op.drop_column("linked")
