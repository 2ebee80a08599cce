"""The review tables as SQLAlchemy 2 typed ORM classes — private to the store.

Each row keeps its whole pydantic record as JSON in ``data``
(``model_dump(mode="json")``); the other columns are copies of the record's
fields that queries filter, order or constrain on. Reading validates ``data``
only, so a column and the record can never disagree about what is returned.

Reviews hang off strategies (ON DELETE CASCADE), except that feedback has no
foreign key to the reviewing team: a team may be deleted and the feedback it
gave stays, so the export still carries it.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.store.orm import ID, NAME, Base

STAMP = String(40)


class RubricSheetRow(Base):
    """One strategy's score sheet against one rubric."""

    __tablename__ = "rubric_sheets"
    __table_args__ = (UniqueConstraint("strategy_id", "rubric_key"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    strategy_id: Mapped[str] = mapped_column(ID, ForeignKey("strategies.id", ondelete="CASCADE"))
    rubric_key: Mapped[str] = mapped_column(String(80))
    rubric_version: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(STAMP)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PeerRoundRow(Base):
    """A round of peer review; ``seq`` keeps the rounds in the order they were created."""

    __tablename__ = "peer_rounds"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(NAME)
    locked: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PeerFeedbackRow(Base):
    """One team's feedback on one strategy in one round."""

    __tablename__ = "peer_feedback"
    __table_args__ = (
        # The primary key leads with round_id; cascades from a strategy need their own index.
        Index("ix_peer_feedback_strategy", "strategy_id"),
    )

    round_id: Mapped[str] = mapped_column(
        ID, ForeignKey("peer_rounds.id", ondelete="CASCADE"), primary_key=True
    )
    # No foreign key: feedback survives the reviewing team being deleted.
    reviewer_team_id: Mapped[str] = mapped_column(ID, primary_key=True)
    strategy_id: Mapped[str] = mapped_column(
        ID, ForeignKey("strategies.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str] = mapped_column(STAMP)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PhaseReviewRow(Base):
    """One entry of a phase's review history; the id's order is the history's order."""

    __tablename__ = "phase_reviews"
    __table_args__ = (Index("ix_phase_reviews_strategy_order", "strategy_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    strategy_id: Mapped[str] = mapped_column(ID, ForeignKey("strategies.id", ondelete="CASCADE"))
    phase: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    evaluation: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(STAMP)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class SnapshotRow(Base):
    """A named copy of a strategy; ``data`` holds the copy, the columns its summary."""

    __tablename__ = "snapshots"
    __table_args__ = (UniqueConstraint("strategy_id", "name"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    strategy_id: Mapped[str] = mapped_column(
        ID, ForeignKey("strategies.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(NAME)
    taken_at: Mapped[str] = mapped_column(STAMP)
    revision: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class AgendaRow(Base):
    """A workshop's agenda (at most one; a workshop without one uses the default)."""

    __tablename__ = "agendas"

    workshop_id: Mapped[str] = mapped_column(
        ID, ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


rubric_sheets = cast(Table, RubricSheetRow.__table__)
peer_rounds = cast(Table, PeerRoundRow.__table__)
peer_feedback = cast(Table, PeerFeedbackRow.__table__)
phase_reviews = cast(Table, PhaseReviewRow.__table__)
snapshots = cast(Table, SnapshotRow.__table__)
agendas = cast(Table, AgendaRow.__table__)


class ReflectionRow(Base):
    """One person's reflection on a workshop (a participant's, or the facilitator's)."""

    __tablename__ = "reflections"
    __table_args__ = (UniqueConstraint("workshop_id", "kind", "author_key"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    # The author's name case-folded: one reflection per person and workshop. No foreign key
    # to a member: a reflection outlives its author leaving the team list.
    author_key: Mapped[str] = mapped_column(NAME)
    updated_at: Mapped[str] = mapped_column(STAMP)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ObservationRow(Base):
    """What a team observed in one guided drill of its strategy."""

    __tablename__ = "observations"
    __table_args__ = (UniqueConstraint("strategy_id", "event_key"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    strategy_id: Mapped[str] = mapped_column(
        ID, ForeignKey("strategies.id", ondelete="CASCADE"), index=True
    )
    event_key: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[str] = mapped_column(STAMP)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


reflections = cast(Table, ReflectionRow.__table__)
observations = cast(Table, ObservationRow.__table__)
