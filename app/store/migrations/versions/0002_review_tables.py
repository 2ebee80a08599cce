"""Review tables: rubric sheets, peer rounds and feedback, phase reviews, snapshots, agendas.

Each row keeps its whole record as JSON in ``data`` plus the columns queries need.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 01:37:18.888212
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "agendas",
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_agendas_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workshop_id", name=op.f("pk_agendas")),
    )
    op.create_table(
        "peer_rounds",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_peer_rounds_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peer_rounds")),
    )
    with op.batch_alter_table("peer_rounds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_peer_rounds_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "peer_feedback",
        sa.Column("round_id", sa.String(length=80), nullable=False),
        sa.Column("reviewer_team_id", sa.String(length=80), nullable=False),
        sa.Column("strategy_id", sa.String(length=80), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["peer_rounds.id"],
            name=op.f("fk_peer_feedback_round_id_peer_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategies.id"],
            name=op.f("fk_peer_feedback_strategy_id_strategies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "round_id", "reviewer_team_id", "strategy_id", name=op.f("pk_peer_feedback")
        ),
    )
    with op.batch_alter_table("peer_feedback", schema=None) as batch_op:
        batch_op.create_index("ix_peer_feedback_strategy", ["strategy_id"], unique=False)

    op.create_table(
        "phase_reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("strategy_id", sa.String(length=80), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("evaluation", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategies.id"],
            name=op.f("fk_phase_reviews_strategy_id_strategies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_reviews")),
    )
    with op.batch_alter_table("phase_reviews", schema=None) as batch_op:
        batch_op.create_index(
            "ix_phase_reviews_strategy_order", ["strategy_id", "id"], unique=False
        )

    op.create_table(
        "rubric_sheets",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("strategy_id", sa.String(length=80), nullable=False),
        sa.Column("rubric_key", sa.String(length=80), nullable=False),
        sa.Column("rubric_version", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategies.id"],
            name=op.f("fk_rubric_sheets_strategy_id_strategies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_rubric_sheets_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rubric_sheets")),
        sa.UniqueConstraint(
            "strategy_id", "rubric_key", name=op.f("uq_rubric_sheets_strategy_id_rubric_key")
        ),
    )
    with op.batch_alter_table("rubric_sheets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rubric_sheets_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "snapshots",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("strategy_id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("taken_at", sa.String(length=40), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategies.id"],
            name=op.f("fk_snapshots_strategy_id_strategies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshots")),
        sa.UniqueConstraint("strategy_id", "name", name=op.f("uq_snapshots_strategy_id_name")),
    )
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_snapshots_strategy_id"), ["strategy_id"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_snapshots_strategy_id"))

    op.drop_table("snapshots")
    with op.batch_alter_table("rubric_sheets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rubric_sheets_workshop_id"))

    op.drop_table("rubric_sheets")
    with op.batch_alter_table("phase_reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_phase_reviews_strategy_order")

    op.drop_table("phase_reviews")
    with op.batch_alter_table("peer_feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_peer_feedback_strategy")

    op.drop_table("peer_feedback")
    with op.batch_alter_table("peer_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_peer_rounds_workshop_id"))

    op.drop_table("peer_rounds")
    op.drop_table("agendas")
