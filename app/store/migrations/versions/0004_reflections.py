"""The workshop day's records: participants' and the facilitator's reflections, and the
observations teams make in the Explore stage's guided drills.

Each row keeps its whole record as JSON in ``data`` plus the columns queries need,
as the review tables of 0002 do. A downgrade drops both tables (and their records).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "reflections",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("author_key", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_reflections_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflections")),
        sa.UniqueConstraint(
            "workshop_id",
            "kind",
            "author_key",
            name=op.f("uq_reflections_workshop_id_kind_author_key"),
        ),
    )
    with op.batch_alter_table("reflections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reflections_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "observations",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("strategy_id", sa.String(length=80), nullable=False),
        sa.Column("event_key", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategies.id"],
            name=op.f("fk_observations_strategy_id_strategies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_observations_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observations")),
        sa.UniqueConstraint(
            "strategy_id", "event_key", name=op.f("uq_observations_strategy_id_event_key")
        ),
    )
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_observations_workshop_id"), ["workshop_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observations_strategy_id"), ["strategy_id"], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observations_strategy_id"))
        batch_op.drop_index(batch_op.f("ix_observations_workshop_id"))

    op.drop_table("observations")
    with op.batch_alter_table("reflections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reflections_workshop_id"))

    op.drop_table("reflections")
