"""The store's review methods: score sheets, peer rounds and feedback, phase reviews,
snapshots and agendas — pydantic records in and out, one JSON row each.

``ReviewStore`` is a mixin of ``app.store.Store``; it uses the store's
transactions and error wording. The store checks what the database needs
(the workshop, strategy or round a record hangs off exists; one snapshot name
per strategy) and nothing more: workflow rules such as a locked round belong
to ``app.review``, so that an import can write a locked round's feedback.

The review records (``models.review``, ~0.03 s to build) load on the first
review read, not with the store: listing or checking strategies never needs them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError
from sqlalchemy import Connection, Select, delete, insert, select

from app.i18n import translate
from app.reading.errors import quote
from app.store import orm
from app.store import review_orm as ro
from app.store.errors import CorruptDatabaseError, UnknownRecordError, no_strategy
from app.store.review_writes import (
    ReviewRecords,
    phase_review_rows,
    put_agenda,
    put_feedback,
    put_round,
    put_sheet,
    put_snapshot,
)
from app.store.sharing import Seat, log_workshop_op
from models.workshop_ops import ReviewEdit

if TYPE_CHECKING:
    from models.review import Agenda, PeerFeedback, PeerRound, PhaseReview, RubricSheet, Snapshot

R = TypeVar("R", bound=BaseModel)


class SnapshotSummary(BaseModel):
    """A snapshot as listed for choosing one, without its copy of the strategy."""

    model_config = ConfigDict(frozen=True)

    id: str
    strategy_id: str
    name: str
    taken_at: str
    revision: int


class ReviewStore:
    """Review persistence; mixed into ``Store``, which provides the transactions."""

    location: str
    seat: Seat | None

    def _transaction(self, write: bool) -> AbstractContextManager[Connection]:
        raise NotImplementedError  # Store provides it

    def _invalid(self, what: str, err: ValidationError) -> CorruptDatabaseError:
        raise NotImplementedError  # Store provides it

    def _require_workshop(self, conn: Connection, workshop_id: str) -> None:
        raise NotImplementedError  # Store provides it

    # -- rubric sheets ---------------------------------------------------------------------------

    def save_sheet(self, workshop_id: str, sheet: RubricSheet) -> None:
        """Insert or replace a score sheet; one per strategy and rubric.

        A sheet with the same id, or for the same strategy and rubric, is replaced.

        Raises:
            UnknownRecordError: the strategy is not in this workshop (or not in the database).
            StoreWriteError: the environment refused the write.
        """
        with self._transaction(write=True) as conn:
            self._require_strategy(conn, sheet.strategy_id, workshop_id)
            put_sheet(conn, workshop_id, sheet)
            self._log_review(conn, workshop_id, "sheet", sheet.id, sheet.model_dump(mode="json"))

    def list_sheets(self, workshop_id: str, rubric_key: str | None = None) -> list[RubricSheet]:
        """The workshop's score sheets (of one rubric, if given), by strategy and rubric."""
        t = ro.rubric_sheets
        query = (
            select(t.c.data)
            .where(t.c.workshop_id == workshop_id)
            .order_by(t.c.strategy_id, t.c.rubric_key)
        )
        if rubric_key is not None:
            query = query.where(t.c.rubric_key == rubric_key)
        return self._records(query, _sheets(), translate("errors-store", "a score sheet"))

    def get_sheet(self, strategy_id: str, rubric_key: str) -> RubricSheet | None:
        """The strategy's score sheet against this rubric, or None when it has none yet."""
        t = ro.rubric_sheets
        query = select(t.c.data).where(t.c.strategy_id == strategy_id, t.c.rubric_key == rubric_key)
        found = self._records(
            query,
            _sheets(),
            translate("errors-store", "the score sheet of {id}").format(id=quote(strategy_id)),
        )
        return found[0] if found else None

    def delete_sheet(self, sheet_id: str) -> None:
        """Delete a score sheet.

        Raises:
            UnknownRecordError: there is none with this id.
        """
        self._delete(
            ro.rubric_sheets,
            (ro.rubric_sheets.c.id == sheet_id,),
            translate("errors-store", "score sheet {id}").format(id=quote(sheet_id)),
        )

    # -- peer rounds and feedback ---------------------------------------------------------------

    def save_round(self, peer_round: PeerRound) -> None:
        """Insert or replace a peer round; a new round goes after the workshop's others.

        Raises:
            UnknownRecordError: its workshop is not in the database.
        """
        with self._transaction(write=True) as conn:
            self._require_workshop(conn, peer_round.workshop_id)
            put_round(conn, peer_round)
            self._log_review(
                conn,
                peer_round.workshop_id,
                "round",
                peer_round.id,
                peer_round.model_dump(mode="json"),
            )

    def list_rounds(self, workshop_id: str) -> list[PeerRound]:
        """The workshop's peer rounds, in the order they were created."""
        t = ro.peer_rounds
        query = select(t.c.data).where(t.c.workshop_id == workshop_id).order_by(t.c.seq, t.c.id)
        return self._records(query, _rounds(), translate("errors-store", "a peer round"))

    def get_round(self, round_id: str) -> PeerRound:
        """The peer round with this id.

        Raises:
            UnknownRecordError: there is none.
        """
        t = ro.peer_rounds
        found = self._records(
            select(t.c.data).where(t.c.id == round_id),
            _rounds(),
            translate("errors-store", "a peer round"),
        )
        if not found:
            raise UnknownRecordError(
                translate("errors-store", "No peer round with id {id} in {path}.").format(
                    id=quote(round_id), path=self.location
                )
            )
        return found[0]

    def delete_round(self, round_id: str) -> None:
        """Delete a peer round with its feedback.

        Raises:
            UnknownRecordError: there is none with this id.
        """
        self._delete(
            ro.peer_rounds,
            (ro.peer_rounds.c.id == round_id,),
            translate("errors-store", "peer round {id}").format(id=quote(round_id)),
        )

    def save_feedback(self, entry: PeerFeedback) -> None:
        """Insert or replace one feedback entry (keyed by round, reviewer team and strategy).

        Raises:
            UnknownRecordError: its round or strategy is not in the database.
        """
        with self._transaction(write=True) as conn:
            t = ro.peer_rounds
            if conn.execute(select(t.c.id).where(t.c.id == entry.round_id)).first() is None:
                raise UnknownRecordError(
                    translate("errors-store", "No peer round with id {id} in {path}.").format(
                        id=quote(entry.round_id), path=self.location
                    )
                )
            workshop_id = self._require_strategy(conn, entry.strategy_id)
            put_feedback(conn, entry)
            self._log_review(
                conn,
                workshop_id,
                "feedback",
                f"{entry.round_id}/{entry.reviewer_team_id}/{entry.strategy_id}",
                entry.model_dump(mode="json"),
            )

    def list_feedback(
        self,
        workshop_id: str | None = None,
        round_id: str | None = None,
        strategy_id: str | None = None,
    ) -> list[PeerFeedback]:
        """Feedback entries matching every filter given, by round, reviewer and strategy."""
        f, r = ro.peer_feedback, ro.peer_rounds
        query = (
            select(f.c.data)
            .join(r, r.c.id == f.c.round_id)
            .order_by(r.c.seq, r.c.id, f.c.reviewer_team_id, f.c.strategy_id)
        )
        if workshop_id is not None:
            query = query.where(r.c.workshop_id == workshop_id)
        if round_id is not None:
            query = query.where(f.c.round_id == round_id)
        if strategy_id is not None:
            query = query.where(f.c.strategy_id == strategy_id)
        return self._records(query, _feedback(), translate("errors-store", "a feedback entry"))

    def delete_feedback(self, round_id: str, reviewer_team_id: str, strategy_id: str) -> None:
        """Delete one feedback entry.

        Raises:
            UnknownRecordError: there is no such entry.
        """
        f = ro.peer_feedback
        where = (
            f.c.round_id == round_id,
            f.c.reviewer_team_id == reviewer_team_id,
            f.c.strategy_id == strategy_id,
        )
        self._delete(
            f,
            where,
            translate("errors-store", "feedback of team {team} on {id}").format(
                team=quote(reviewer_team_id), id=quote(strategy_id)
            ),
        )

    # -- phase reviews ---------------------------------------------------------------------------

    def add_phase_review(self, entry: PhaseReview) -> None:
        """Append one entry to a strategy's phase review history (entries are never changed).

        Raises:
            UnknownRecordError: the strategy is not in the database.
        """
        with self._transaction(write=True) as conn:
            workshop_id = self._require_strategy(conn, entry.strategy_id)
            conn.execute(insert(ro.phase_reviews), phase_review_rows((entry,)))
            self._log_review(
                conn, workshop_id, "phase-review", entry.strategy_id, entry.model_dump(mode="json")
            )

    def phase_reviews(self, strategy_id: str) -> list[PhaseReview]:
        """A strategy's phase review history, in the order it was written."""
        t = ro.phase_reviews
        query = select(t.c.data).where(t.c.strategy_id == strategy_id).order_by(t.c.id)
        return self._records(
            query,
            _reviews(),
            translate("errors-store", "the phase reviews of {id}").format(id=quote(strategy_id)),
        )

    def list_phase_reviews(self, workshop_id: str) -> list[PhaseReview]:
        """The phase review history of every strategy of a workshop, in the order written."""
        t, s = ro.phase_reviews, orm.strategies
        query = (
            select(t.c.data)
            .join(s, s.c.id == t.c.strategy_id)
            .where(s.c.workshop_id == workshop_id)
            .order_by(t.c.id)
        )
        return self._records(query, _reviews(), translate("errors-store", "a phase review"))

    # -- snapshots -------------------------------------------------------------------------------

    def save_snapshot(self, snapshot: Snapshot) -> None:
        """Insert or replace a snapshot (by id).

        Raises:
            UnknownRecordError: its strategy is not in the database.
            DuplicateRecordError: the strategy has another snapshot of this name
                (names are compared ignoring case, as ``take_snapshot`` does).
        """
        with self._transaction(write=True) as conn:
            workshop_id = self._require_strategy(conn, snapshot.strategy_id)
            put_snapshot(conn, snapshot, self.location)
            # The strategy copy is in the snapshot row; the log says which and when.
            summary = snapshot.model_dump(mode="json", exclude={"strategy"})
            self._log_review(conn, workshop_id, "snapshot", snapshot.id, summary)

    def list_snapshots(self, strategy_id: str) -> list[SnapshotSummary]:
        """A strategy's snapshots without their strategy copies, oldest first."""
        t = ro.snapshots
        query = (
            select(t.c.id, t.c.strategy_id, t.c.name, t.c.taken_at, t.c.revision)
            .where(t.c.strategy_id == strategy_id)
            .order_by(t.c.taken_at, t.c.revision, t.c.name)
        )
        with self._transaction(write=False) as conn:
            found = conn.execute(query).mappings().all()
        return [SnapshotSummary.model_validate(dict(row)) for row in found]

    def load_snapshots(self, strategy_id: str) -> list[Snapshot]:
        """A strategy's snapshots with their strategy copies, oldest first (for comparing)."""
        t = ro.snapshots
        query = (
            select(t.c.data)
            .where(t.c.strategy_id == strategy_id)
            .order_by(t.c.taken_at, t.c.revision, t.c.name)
        )
        return self._records(
            query,
            _snapshots(),
            translate("errors-store", "the snapshots of {id}").format(id=quote(strategy_id)),
        )

    def load_snapshot(self, snapshot_id: str) -> Snapshot:
        """The snapshot with this id, with its copy of the strategy.

        Raises:
            UnknownRecordError: there is none.
        """
        t = ro.snapshots
        query = select(t.c.data).where(t.c.id == snapshot_id)
        found = self._records(
            query,
            _snapshots(),
            translate("errors-store", "snapshot {id}").format(id=quote(snapshot_id)),
        )
        if not found:
            raise UnknownRecordError(
                translate("errors-store", "No snapshot with id {id} in {path}.").format(
                    id=quote(snapshot_id), path=self.location
                )
            )
        return found[0]

    def delete_snapshot(self, snapshot_id: str) -> None:
        """Delete a snapshot.

        Raises:
            UnknownRecordError: there is none with this id.
        """
        self._delete(ro.snapshots, (ro.snapshots.c.id == snapshot_id,), f"snapshot {snapshot_id!r}")

    # -- agenda ----------------------------------------------------------------------------------

    def save_agenda(self, workshop_id: str, agenda: Agenda) -> None:
        """Insert or replace the workshop's agenda.

        Raises:
            UnknownRecordError: the workshop is not in the database.
        """
        with self._transaction(write=True) as conn:
            self._require_workshop(conn, workshop_id)
            put_agenda(conn, workshop_id, agenda)
            self._log_review(
                conn, workshop_id, "agenda", workshop_id, agenda.model_dump(mode="json")
            )

    def get_agenda(self, workshop_id: str) -> Agenda:
        """The workshop's agenda; ``Agenda.default()`` when it never saved one.

        Raises:
            UnknownRecordError: the workshop is not in the database.
        """
        from models.review import Agenda

        found = self.find_agenda(workshop_id)
        return Agenda.default() if found is None else found

    def find_agenda(self, workshop_id: str) -> Agenda | None:
        """The workshop's saved agenda, or None when it uses the default.

        Raises:
            UnknownRecordError: the workshop is not in the database.
        """
        t = ro.agendas
        with self._transaction(write=False) as conn:
            self._require_workshop(conn, workshop_id)
            data = conn.execute(select(t.c.data).where(t.c.workshop_id == workshop_id)).scalar()
        if data is None:
            return None
        from models.review import Agenda

        try:
            return Agenda.model_validate(data)
        except ValidationError as err:
            raise self._invalid(
                translate("errors-store", "the agenda of {id}").format(id=quote(workshop_id)), err
            ) from err

    # -- a whole workshop's reviews --------------------------------------------------------------

    def workshop_reviews(self, workshop_id: str) -> ReviewRecords:
        """Every review record of a workshop (what its export carries).

        Raises:
            UnknownRecordError: the workshop is not in the database.
        """
        s = orm.strategies
        ids = select(s.c.id).where(s.c.workshop_id == workshop_id)
        t = ro.snapshots
        query = select(t.c.data).where(t.c.strategy_id.in_(ids)).order_by(t.c.strategy_id, t.c.id)
        return ReviewRecords(
            agenda=self.find_agenda(workshop_id),
            sheets=tuple(self.list_sheets(workshop_id)),
            rounds=tuple(self.list_rounds(workshop_id)),
            feedback=tuple(self.list_feedback(workshop_id=workshop_id)),
            phase_reviews=tuple(self.list_phase_reviews(workshop_id)),
            snapshots=tuple(
                self._records(query, _snapshots(), translate("errors-store", "a snapshot"))
            ),
            # ReflectionStore is mixed into Store beside this class.
            reflections=tuple(self.list_reflections(workshop_id)),  # type: ignore[attr-defined]
            observations=tuple(self.list_observations(workshop_id)),  # type: ignore[attr-defined]
        )

    # -- helpers ---------------------------------------------------------------------------------

    def _records(self, query: Select[Any], adapter: TypeAdapter[list[R]], what: str) -> list[R]:
        with self._transaction(write=False) as conn:
            data = list(conn.execute(query).scalars())
        try:
            return adapter.validate_python(data)
        except ValidationError as err:
            raise self._invalid(what, err) from err

    def _delete(self, table: Any, where: Sequence[Any], what: str) -> None:
        with self._transaction(write=True) as conn:
            if conn.execute(delete(table).where(*where)).rowcount == 0:
                raise UnknownRecordError(
                    translate("errors-store", "No {what} in {path}.").format(
                        what=what, path=self.location
                    )
                )

    def _require_strategy(
        self, conn: Connection, strategy_id: str, workshop_id: str | None = None
    ) -> str:
        """The strategy's workshop id; raises when the strategy is missing (or elsewhere)."""
        s = orm.strategies
        owner = conn.execute(select(s.c.workshop_id).where(s.c.id == strategy_id)).scalar()
        if owner is None or (workshop_id is not None and owner != workshop_id):
            raise no_strategy(strategy_id, self.location, workshop_id or "")
        return str(owner)

    def _log_review(
        self,
        conn: Connection,
        workshop_id: str,
        what: str,
        record_id: str,
        record: dict[str, Any] | None = None,
    ) -> None:
        """Add a review write to the workshop's operation log (other seats hear of it)."""
        edit = ReviewEdit(what=what, record_id=record_id[:200], record=record or {})
        log_workshop_op(conn, workshop_id, edit, self.seat)


# The list validators of the review records, each built on first use.


@functools.cache
def _sheets() -> TypeAdapter[list[RubricSheet]]:
    from models.review import RubricSheet

    return TypeAdapter(list[RubricSheet])


@functools.cache
def _rounds() -> TypeAdapter[list[PeerRound]]:
    from models.review import PeerRound

    return TypeAdapter(list[PeerRound])


@functools.cache
def _feedback() -> TypeAdapter[list[PeerFeedback]]:
    from models.review import PeerFeedback

    return TypeAdapter(list[PeerFeedback])


@functools.cache
def _reviews() -> TypeAdapter[list[PhaseReview]]:
    from models.review import PhaseReview

    return TypeAdapter(list[PhaseReview])


@functools.cache
def _snapshots() -> TypeAdapter[list[Snapshot]]:
    from models.review import Snapshot

    return TypeAdapter(list[Snapshot])
