"""The database schema as SQLAlchemy 2 typed ORM classes — private to the store.

The rest of the app sees pydantic records only; ``app.store.store`` converts.
Child rows use composite keys scoped by their parent (a team id is unique within
its workshop, a card id within its strategy), so two imported copies of the
same content never collide. ``seq`` columns keep the in-memory order of cards,
links, teams and members across a reload.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


class Base(DeclarativeBase):
    """Declarative base holding the store's metadata."""

    metadata = MetaData(naming_convention=NAMING)


class WorkshopRow(Base):
    """One workshop."""

    __tablename__ = "workshops"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(NAME)
    date: Mapped[dt.date | None] = mapped_column(Date)
    facilitator: Mapped[str] = mapped_column(NAME, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class TeamRow(Base):
    """A team of a workshop."""

    __tablename__ = "teams"

    workshop_id: Mapped[str] = mapped_column(
        ID, ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(NAME)


class MemberRow(Base):
    """A member of a team."""

    __tablename__ = "members"
    __table_args__ = (
        ForeignKeyConstraint(
            ["workshop_id", "team_id"],
            ["teams.workshop_id", "teams.id"],
            ondelete="CASCADE",
        ),
    )

    workshop_id: Mapped[str] = mapped_column(ID, primary_key=True)
    team_id: Mapped[str] = mapped_column(ID, primary_key=True)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(NAME)
    role: Mapped[str] = mapped_column(String(40))


class ScenarioRow(Base):
    """A scenario handed out in a workshop; ``data`` is the whole Scenario record."""

    __tablename__ = "scenarios"

    workshop_id: Mapped[str] = mapped_column(
        ID, ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(ID, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(TITLE)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class StrategyRow(Base):
    """One team's strategy; cards, links and operations hang off it."""

    __tablename__ = "strategies"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    # No foreign key: a strategy outlives its team being renamed or regrouped.
    team_id: Mapped[str | None] = mapped_column(ID)
    scenario_key: Mapped[str] = mapped_column(ID)
    name: Mapped[str] = mapped_column(NAME)
    profile: Mapped[dict[str, Any]] = mapped_column(JSON)
    packs: Mapped[list[str]] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str] = mapped_column(String(40))


class CardRow(Base):
    """A card of a strategy."""

    __tablename__ = "cards"

    strategy_id: Mapped[str] = mapped_column(
        ID, ForeignKey("strategies.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    catalog_key: Mapped[str | None] = mapped_column(ID)
    title: Mapped[str] = mapped_column(TITLE)
    notes: Mapped[str] = mapped_column(Text)
    phase: Mapped[str] = mapped_column(String(20))
    owner_role: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    capabilities: Mapped[list[str]] = mapped_column(JSON)
    cadence: Mapped[str | None] = mapped_column(String(20))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)


class LinkRow(Base):
    """A directed link between two cards of the same strategy."""

    __tablename__ = "links"
    __table_args__ = (
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

    strategy_id: Mapped[str] = mapped_column(
        ID, ForeignKey("strategies.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(ID)
    target: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(20))


class OperationRow(Base):
    """One applied operation: the strategy's history, one row per revision."""

    __tablename__ = "operations"
    __table_args__ = (UniqueConstraint("strategy_id", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    strategy_id: Mapped[str] = mapped_column(ID, ForeignKey("strategies.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(NAME, default="")
    at: Mapped[str] = mapped_column(String(40))
    # Which running app wrote it, and the revision its seat's copy had when the
    # edit was made (older than ``revision - 1`` when it was replayed on top of
    # another seat's edits: the other seat is told what it overwrote).
    seat: Mapped[str] = mapped_column(ID, default="", server_default="")
    base_revision: Mapped[int | None] = mapped_column(Integer)


class WorkshopOperationRow(Base):
    """One workshop-level edit (teams, details, scenarios, reviews): the workshop's history."""

    __tablename__ = "workshop_operations"
    __table_args__ = (UniqueConstraint("workshop_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[str] = mapped_column(ID, ForeignKey("workshops.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(NAME, default="")
    seat: Mapped[str] = mapped_column(ID, default="")
    at: Mapped[str] = mapped_column(String(40))


class SeatRow(Base):
    """A running app on this database: who, on which workshop and strategy, seen when."""

    __tablename__ = "seats"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(NAME)
    workshop_id: Mapped[str | None] = mapped_column(ID, index=True)
    strategy_id: Mapped[str | None] = mapped_column(ID, index=True)
    last_seen: Mapped[float] = mapped_column(Float)


class NoticeRow(Base):
    """A message for the user from a schema or content migration, shown once."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[str] = mapped_column(String(40))
    topic: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    shown: Mapped[bool] = mapped_column(Boolean)


workshops = cast(Table, WorkshopRow.__table__)
teams = cast(Table, TeamRow.__table__)
members = cast(Table, MemberRow.__table__)
scenarios = cast(Table, ScenarioRow.__table__)
strategies = cast(Table, StrategyRow.__table__)
cards = cast(Table, CardRow.__table__)
links = cast(Table, LinkRow.__table__)
operations = cast(Table, OperationRow.__table__)
notices = cast(Table, NoticeRow.__table__)
workshop_operations = cast(Table, WorkshopOperationRow.__table__)
seats = cast(Table, SeatRow.__table__)
