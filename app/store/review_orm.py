"""The review tables as SQLAlchemy Core tables — private to the store.

Each row keeps its whole pydantic record as JSON in ``data``
(``model_dump(mode="json")``); the other columns are copies of the record's
fields that queries filter, order or constrain on. Reading validates ``data``
only, so a column and the record can never disagree about what is returned.

Reviews hang off strategies (ON DELETE CASCADE), except that feedback has no
foreign key to the reviewing team: a team may be deleted and the feedback it
gave stays, so the export still carries it. Columns are ``NOT NULL`` (see
``app.store.orm``).
"""

from __future__ import annotations

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

from app.store.orm import ID, NAME, column, metadata

STAMP = String(40)

rubric_sheets = Table(
    "rubric_sheets",
    metadata,
    column("id", ID, primary_key=True),
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True),
    column("strategy_id", ID, ForeignKey("strategies.id", ondelete="CASCADE")),
    column("rubric_key", String(80)),
    column("rubric_version", String(40)),
    column("updated_at", STAMP),
    column("data", JSON),
    UniqueConstraint("strategy_id", "rubric_key"),
)
"""One strategy's score sheet against one rubric."""

peer_rounds = Table(
    "peer_rounds",
    metadata,
    column("id", ID, primary_key=True),
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True),
    column("seq", Integer),
    column("name", NAME),
    column("locked", Boolean),
    column("data", JSON),
)
"""A round of peer review; ``seq`` keeps the rounds in the order they were created."""

peer_feedback = Table(
    "peer_feedback",
    metadata,
    column("round_id", ID, ForeignKey("peer_rounds.id", ondelete="CASCADE"), primary_key=True),
    # No foreign key: feedback survives the reviewing team being deleted.
    column("reviewer_team_id", ID, primary_key=True),
    column("strategy_id", ID, ForeignKey("strategies.id", ondelete="CASCADE"), primary_key=True),
    column("score", Integer),
    column("updated_at", STAMP),
    column("data", JSON),
    # The primary key leads with round_id; cascades from a strategy need their own index.
    Index("ix_peer_feedback_strategy", "strategy_id"),
)
"""One team's feedback on one strategy in one round."""

phase_reviews = Table(
    "phase_reviews",
    metadata,
    column("id", Integer, primary_key=True, autoincrement=True),
    column("strategy_id", ID, ForeignKey("strategies.id", ondelete="CASCADE")),
    column("phase", String(20)),
    column("state", String(20)),
    column("evaluation", Integer),
    column("at", STAMP),
    column("data", JSON),
    Index("ix_phase_reviews_strategy_order", "strategy_id", "id"),
)
"""One entry of a phase's review history; the id's order is the history's order."""

snapshots = Table(
    "snapshots",
    metadata,
    column("id", ID, primary_key=True),
    column("strategy_id", ID, ForeignKey("strategies.id", ondelete="CASCADE"), index=True),
    column("name", NAME),
    column("taken_at", STAMP),
    column("revision", Integer),
    column("data", JSON),
    UniqueConstraint("strategy_id", "name"),
)
"""A named copy of a strategy; ``data`` holds the copy, the columns its summary."""

agendas = Table(
    "agendas",
    metadata,
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True),
    column("data", JSON),
)
"""A workshop's agenda (at most one; a workshop without one uses the default)."""

reflections = Table(
    "reflections",
    metadata,
    column("id", ID, primary_key=True),
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True),
    column("kind", String(20)),
    # The author's name case-folded: one reflection per person and workshop. No foreign key
    # to a member: a reflection outlives its author leaving the team list.
    column("author_key", NAME),
    column("updated_at", STAMP),
    column("data", JSON),
    UniqueConstraint("workshop_id", "kind", "author_key"),
)
"""One person's reflection on a workshop (a participant's, or the facilitator's)."""

observations = Table(
    "observations",
    metadata,
    column("id", ID, primary_key=True),
    column("workshop_id", ID, ForeignKey("workshops.id", ondelete="CASCADE"), index=True),
    column("strategy_id", ID, ForeignKey("strategies.id", ondelete="CASCADE"), index=True),
    column("event_key", String(80)),
    column("updated_at", STAMP),
    column("data", JSON),
    UniqueConstraint("strategy_id", "event_key"),
)
"""What a team observed in one guided drill of its strategy."""
