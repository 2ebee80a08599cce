"""The review tables' write statements, each run inside a transaction the caller opened.

Used by ``app.store.reviews.ReviewStore`` for single records and by
``Store.save_bundle`` for a whole workshop's reviews (import).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, func, insert, select, update

from app.i18n import translate
from app.reading.errors import quote
from app.store import review_orm as ro
from app.store.errors import DuplicateRecordError
from app.store.reflection_writes import put_observation, put_reflection

if TYPE_CHECKING:  # the records only type these functions; building them costs ~0.03 s
    from app.review.reflections import Observation, Reflection
    from models.review import Agenda, PeerFeedback, PeerRound, PhaseReview, RubricSheet, Snapshot


@dataclass(frozen=True)
class ReviewRecords:
    """Every review record of one workshop, as export writes and import reads them.

    ``phase_reviews`` are in the order they were written; ``agenda`` is None
    when the workshop never saved one (it uses ``Agenda.default()``).
    """

    sheets: tuple[RubricSheet, ...] = ()
    rounds: tuple[PeerRound, ...] = ()
    feedback: tuple[PeerFeedback, ...] = ()
    phase_reviews: tuple[PhaseReview, ...] = ()
    snapshots: tuple[Snapshot, ...] = ()
    agenda: Agenda | None = None
    reflections: tuple[Reflection, ...] = ()
    observations: tuple[Observation, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to keep."""
        return not (
            self.sheets
            or self.rounds
            or self.feedback
            or self.phase_reviews
            or self.snapshots
            or self.agenda is not None
            or self.reflections
            or self.observations
        )


def put_sheet(conn: Connection, workshop_id: str, sheet: RubricSheet) -> None:
    """Replace the sheet with this id or for this strategy and rubric, by ``sheet``."""
    t = ro.rubric_sheets
    conn.execute(
        delete(t).where(
            (t.c.id == sheet.id)
            | ((t.c.strategy_id == sheet.strategy_id) & (t.c.rubric_key == sheet.rubric_key))
        )
    )
    conn.execute(
        insert(t),
        {
            "id": sheet.id,
            "workshop_id": workshop_id,
            "strategy_id": sheet.strategy_id,
            "rubric_key": sheet.rubric_key,
            "rubric_version": sheet.rubric_version,
            "updated_at": sheet.updated_at,
            "data": sheet.model_dump(mode="json"),
        },
    )


def put_round(conn: Connection, peer_round: PeerRound) -> None:
    """Update the round with this id (keeping its place and feedback), or append it."""
    t = ro.peer_rounds
    values = {
        "workshop_id": peer_round.workshop_id,
        "name": peer_round.name,
        "locked": peer_round.locked,
        "data": peer_round.model_dump(mode="json"),
    }
    if conn.execute(update(t).where(t.c.id == peer_round.id).values(values)).rowcount:
        return
    next_seq = select(func.coalesce(func.max(t.c.seq), -1) + 1).where(
        t.c.workshop_id == peer_round.workshop_id
    )
    seq = conn.execute(next_seq).scalar_one()
    conn.execute(insert(t), {"id": peer_round.id, "seq": seq, **values})


def put_feedback(conn: Connection, entry: PeerFeedback) -> None:
    """Insert or replace one feedback entry by its key."""
    t = ro.peer_feedback
    values = {
        "score": entry.score,
        "updated_at": entry.updated_at,
        "data": entry.model_dump(mode="json"),
    }
    where = (
        t.c.round_id == entry.round_id,
        t.c.reviewer_team_id == entry.reviewer_team_id,
        t.c.strategy_id == entry.strategy_id,
    )
    if conn.execute(update(t).where(*where).values(values)).rowcount == 0:
        key = {
            "round_id": entry.round_id,
            "reviewer_team_id": entry.reviewer_team_id,
            "strategy_id": entry.strategy_id,
        }
        conn.execute(insert(t), {**key, **values})


def phase_review_rows(entries: Iterable[PhaseReview]) -> list[dict[str, Any]]:
    """Insertable ``phase_reviews`` rows, in the order given (the id decides history order)."""
    return [
        {
            "strategy_id": entry.strategy_id,
            "phase": entry.phase.value,
            "state": entry.state.value,
            "evaluation": entry.evaluation,
            "at": entry.at,
            "data": entry.model_dump(mode="json"),
        }
        for entry in entries
    ]


def put_snapshot(conn: Connection, snapshot: Snapshot, location: str) -> None:
    """Insert or replace a snapshot by id, refusing a second snapshot of the same name.

    Raises:
        DuplicateRecordError: the strategy has another snapshot with this name (any case).
    """
    t = ro.snapshots
    others = conn.execute(
        select(t.c.name).where(t.c.strategy_id == snapshot.strategy_id, t.c.id != snapshot.id)
    ).scalars()
    if any(name.casefold() == snapshot.name.casefold() for name in others):
        raise DuplicateRecordError(
            translate(
                "errors-store", "This strategy already has a snapshot named {name} in {path}."
            ).format(name=quote(snapshot.name), path=location)
        )
    conn.execute(delete(t).where(t.c.id == snapshot.id))
    conn.execute(
        insert(t),
        {
            "id": snapshot.id,
            "strategy_id": snapshot.strategy_id,
            "name": snapshot.name,
            "taken_at": snapshot.taken_at,
            "revision": snapshot.revision,
            "data": snapshot.model_dump(mode="json"),
        },
    )


def put_agenda(conn: Connection, workshop_id: str, agenda: Agenda) -> None:
    """Insert or replace a workshop's agenda."""
    t = ro.agendas
    data = agenda.model_dump(mode="json")
    if conn.execute(update(t).where(t.c.workshop_id == workshop_id).values(data=data)).rowcount:
        return
    conn.execute(insert(t), {"workshop_id": workshop_id, "data": data})


def put_reviews(conn: Connection, workshop_id: str, records: ReviewRecords, location: str) -> None:
    """Write a workshop's review records (import): rounds before the feedback that needs them.

    Records with the ids of existing ones replace them; phase reviews are appended.
    """
    for peer_round in records.rounds:
        put_round(conn, peer_round)
    for sheet in records.sheets:
        put_sheet(conn, workshop_id, sheet)
    for entry in records.feedback:
        put_feedback(conn, entry)
    if records.phase_reviews:
        conn.execute(insert(ro.phase_reviews), phase_review_rows(records.phase_reviews))
    for snapshot in records.snapshots:
        put_snapshot(conn, snapshot, location)
    if records.agenda is not None:
        put_agenda(conn, workshop_id, records.agenda)
    for reflection in records.reflections:
        put_reflection(conn, reflection)
    for observation in records.observations:
        put_observation(conn, observation)
