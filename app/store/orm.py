"""The database schema as SQLAlchemy Core tables — private to the store.

The rest of the app sees pydantic records only; ``app.store.store`` converts.
Child rows use composite keys scoped by their parent (a team id is unique within
its workshop, a card id within its strategy), so two imported copies of the
same content never collide. ``seq`` columns keep the in-memory order of cards,
links, teams and members across a reload.

The store reads and writes through Core statements only, so the tables are
declared as Core ``Table``s: declarative ORM classes would cost every command
that opens a database ~0.1 s of CPU (importing ``sqlalchemy.orm`` and mapping
the classes) for nothing it uses. Columns are ``NOT NULL`` unless marked
``nullable=True``, as the typed ``Mapped[...]`` declarations made them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

ID = String(80)
NAME = String(120)
TITLE = String(200)

# Deterministic constraint names so migrations can refer to them on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)
"""Every table of the store (the review tables join it from ``app.store.review_orm``)."""


def column(name: str, kind: Any, *args: Any, nullable: bool = False, **kw: Any) -> Column[Any]:
    """A column, ``NOT NULL`` unless ``nullable`` (the default of a typed ORM column)."""
    return Column(name, kind, *args, nullable=nullable, **kw)


workshops = Table(
    "workshops",
    metadata,
    column("id", ID, primary_key=True),
    column("name", NAME),
    column("date", Date, nullable=True),
    column("facilitator", NAME, default=""),
    column("description", Text, default=""),
)
"""One workshop."""

teams = Table(
    "teams",
    metadata,
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True),
    column("id", ID, primary_key=True),
    column("seq", Integer),
    column("name", NAME),
)
"""A team of a workshop."""

members = Table(
    "members",
    metadata,
    column("workshop_id", ID, primary_key=True),
    column("team_id", ID, primary_key=True),
    column("id", ID, primary_key=True),
    column("seq", Integer),
    column("name", NAME),
    column("role", String(40)),
    ForeignKeyConstraint(
        ["workshop_id", "team_id"],
        ["teams.workshop_id", "teams.id"],
        ondelete="CASCADE",
    ),
)
"""A member of a team."""

scenarios = Table(
    "scenarios",
    metadata,
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True),
    column("key", ID, primary_key=True),
    column("seq", Integer),
    column("title", TITLE),
    column("data", JSON),
)
"""A scenario handed out in a workshop; ``data`` is the whole Scenario record."""

strategies = Table(
    "strategies",
    metadata,
    column("id", ID, primary_key=True),
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True),
    # No foreign key: a strategy outlives its team being renamed or regrouped.
    column("team_id", ID, nullable=True),
    column("scenario_key", ID),
    column("name", NAME),
    column("profile", JSON),
    column("packs", JSON),
    column("revision", Integer),
    column("updated_at", String(40)),
)
"""One team's strategy; cards, links and operations hang off it."""

cards = Table(
    "cards",
    metadata,
    column("strategy_id", ID, ForeignKey("strategies.id", ondelete="CASCADE"), primary_key=True),
    column("id", ID, primary_key=True),
    column("seq", Integer),
    column("catalog_key", ID, nullable=True),
    column("title", TITLE),
    column("notes", Text),
    column("phase", String(20)),
    column("owner_role", String(40), nullable=True),
    column("status", String(20)),
    column("capabilities", JSON),
    column("cadence", String(20), nullable=True),
    column("x", Float),
    column("y", Float),
)
"""A card of a strategy."""

links = Table(
    "links",
    metadata,
    column("strategy_id", ID, ForeignKey("strategies.id", ondelete="CASCADE"), primary_key=True),
    column("id", ID, primary_key=True),
    column("seq", Integer),
    column("source", ID),
    column("target", ID),
    column("kind", String(20)),
    ForeignKeyConstraint(
        ["strategy_id", "source"], ["cards.strategy_id", "cards.id"], ondelete="CASCADE"
    ),
    ForeignKeyConstraint(
        ["strategy_id", "target"], ["cards.strategy_id", "cards.id"], ondelete="CASCADE"
    ),
    # SQLite needs an index on the child columns to cascade without a full scan.
    Index("ix_links_source", "strategy_id", "source"),
    Index("ix_links_target", "strategy_id", "target"),
)
"""A directed link between two cards of the same strategy."""

operations = Table(
    "operations",
    metadata,
    column("id", Integer, primary_key=True, autoincrement=True),
    column("strategy_id", ID, ForeignKey("strategies.id", ondelete="CASCADE")),
    column("revision", Integer),
    column("kind", String(40)),
    column("payload", JSON),
    column("author", NAME, default=""),
    column("at", String(40)),
    # Which running app wrote it, and the revision its seat's copy had when the
    # edit was made (older than ``revision - 1`` when it was replayed on top of
    # another seat's edits: the other seat is told what it overwrote).
    column("seat", ID, default="", server_default=""),
    column("base_revision", Integer, nullable=True),
    UniqueConstraint("strategy_id", "revision"),
)
"""One applied operation: the strategy's history, one row per revision."""

workshop_operations = Table(
    "workshop_operations",
    metadata,
    column("id", Integer, primary_key=True, autoincrement=True),
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE")),
    column("seq", Integer),
    column("kind", String(40)),
    column("payload", JSON),
    column("author", NAME, default=""),
    column("seat", ID, default=""),
    column("at", String(40)),
    UniqueConstraint("workshop_id", "seq"),
)
"""One workshop-level edit (teams, details, scenarios, reviews): the workshop's history."""

seats = Table(
    "seats",
    metadata,
    column("id", ID, primary_key=True),
    column("name", NAME),
    column("workshop_id", ID, nullable=True, index=True),
    column("strategy_id", ID, nullable=True, index=True),
    column("last_seen", Float),
)
"""A running app on this database: who, on which workshop and strategy, seen when."""

notices = Table(
    "notices",
    metadata,
    column("id", Integer, primary_key=True, autoincrement=True),
    column("created_at", String(40)),
    column("topic", String(80)),
    column("text", Text),
    column("shown", Boolean),
)
"""A message for the user from a schema or content migration, shown once."""
