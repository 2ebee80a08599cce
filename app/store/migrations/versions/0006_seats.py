"""Seats: who wrote each operation, workshop-level history, who is on a strategy.

Several seats (running apps) share one database. Each operation row now says
which seat wrote it and the revision that seat's copy had when the edit was
made, so a seat whose edit was overwritten by a later one can be told. Workshop,
team, scenario and review edits get their own operation log, and ``seats``
holds a heartbeat per running app (who else is on this strategy).

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-06 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("operations") as batch:
        batch.add_column(sa.Column("seat", sa.String(length=80), server_default="", nullable=False))
        batch.add_column(sa.Column("base_revision", sa.Integer(), nullable=True))
    op.create_table(
        "workshop_operations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("seat", sa.String(length=80), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_workshop_operations_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_operations")),
        sa.UniqueConstraint(
            "workshop_id", "seq", name=op.f("uq_workshop_operations_workshop_id_seq")
        ),
    )
    op.create_table(
        "seats",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("workshop_id", sa.String(length=80), nullable=True),
        sa.Column("strategy_id", sa.String(length=80), nullable=True),
        sa.Column("last_seen", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seats")),
    )
    op.create_index(op.f("ix_seats_workshop_id"), "seats", ["workshop_id"])
    op.create_index(op.f("ix_seats_strategy_id"), "seats", ["strategy_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(op.f("ix_seats_strategy_id"), table_name="seats")
    op.drop_index(op.f("ix_seats_workshop_id"), table_name="seats")
    op.drop_table("seats")
    op.drop_table("workshop_operations")
    with op.batch_alter_table("operations") as batch:
        batch.drop_column("base_revision")
        batch.drop_column("seat")
