"""Initial schema: workshops, teams, members, scenarios, strategies, cards, links, operations.

Revision ID: 0001
Revises: none
Create Date: 2026-11-29 00:47:14.202121
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "workshops",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("facilitator", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshops")),
    )
    op.create_table(
        "scenarios",
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_scenarios_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workshop_id", "key", name=op.f("pk_scenarios")),
    )
    op.create_table(
        "strategies",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("team_id", sa.String(length=80), nullable=True),
        sa.Column("scenario_key", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("profile", sa.JSON(), nullable=False),
        sa.Column("packs", sa.JSON(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_strategies_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategies")),
    )
    with op.batch_alter_table("strategies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategies_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "teams",
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_teams_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workshop_id", "id", name=op.f("pk_teams")),
    )
    op.create_table(
        "cards",
        sa.Column("strategy_id", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("catalog_key", sa.String(length=80), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("owner_role", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("capabilities", sa.JSON(), nullable=False),
        sa.Column("cadence", sa.String(length=20), nullable=True),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategies.id"],
            name=op.f("fk_cards_strategy_id_strategies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("strategy_id", "id", name=op.f("pk_cards")),
    )
    op.create_table(
        "members",
        sa.Column("workshop_id", sa.String(length=80), nullable=False),
        sa.Column("team_id", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id", "team_id"],
            ["teams.workshop_id", "teams.id"],
            name=op.f("fk_members_workshop_id_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workshop_id", "team_id", "id", name=op.f("pk_members")),
    )
    op.create_table(
        "operations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("strategy_id", sa.String(length=80), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategies.id"],
            name=op.f("fk_operations_strategy_id_strategies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operations")),
        sa.UniqueConstraint(
            "strategy_id", "revision", name=op.f("uq_operations_strategy_id_revision")
        ),
    )
    op.create_table(
        "links",
        sa.Column("strategy_id", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("target", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["strategy_id", "source"],
            ["cards.strategy_id", "cards.id"],
            name=op.f("fk_links_strategy_id_source_cards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["strategy_id", "target"],
            ["cards.strategy_id", "cards.id"],
            name=op.f("fk_links_strategy_id_target_cards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategies.id"],
            name=op.f("fk_links_strategy_id_strategies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("strategy_id", "id", name=op.f("pk_links")),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index("ix_links_source", ["strategy_id", "source"], unique=False)
        batch_op.create_index("ix_links_target", ["strategy_id", "target"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index("ix_links_target")
        batch_op.drop_index("ix_links_source")

    op.drop_table("links")
    op.drop_table("operations")
    op.drop_table("members")
    op.drop_table("cards")
    op.drop_table("teams")
    with op.batch_alter_table("strategies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategies_workshop_id"))

    op.drop_table("strategies")
    op.drop_table("scenarios")
    op.drop_table("workshops")
