"""The store: workshops, scenarios and strategies in one database, pydantic in and out.

SQLite by default (WAL, ``synchronous=NORMAL``, foreign keys on), any SQLAlchemy
URL otherwise (PostgreSQL for several seats). Every persisted edit is one
transaction holding the operation-log row and the rows it changed.

How the GUI thread avoids waiting on disk flushes is explained in ``app.store.engine``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, create_engine, delete, exc, func, select
from sqlalchemy.engine import make_url

from app.i18n import translate
from app.reading.errors import quote
from app.store import orm, rows, sharing, writes
from app.store.damage import BadRowError, detail, first_index, json_or_damaged
from app.store.engine import (
    Checkpointer,
    file_identity,
    install_sqlite_setup,
    reason,
    sqlite_reason,
)
from app.store.errors import (
    CorruptDatabaseError,
    DamagedRowError,
    DuplicateRecordError,
    StoreError,
    StoreWriteError,
    no_strategy,
    no_workshop,
)
from app.store.reflections import ReflectionStore
from app.store.review_writes import ReviewRecords, put_reviews
from app.store.reviews import ReviewStore
from app.store.rows import StrategySummary
from app.store.schema import (
    HEAD_REVISION,
    check_revision,
    inspect_sqlite_file,
    server_revision,
    upgrade,
)
from app.store.sharing import ChangeFeed, Presence, Seat
from models.content import Scenario
from models.strategy import Strategy
from models.workshop import Workshop
from models.workshop_ops import WorkshopOperation, WorkshopRecord

if TYPE_CHECKING:  # types only: the operation models load with the first history read or edit
    from app.document import Change
    from models.operations import OperationRecord

DEFAULT_BUSY_TIMEOUT_MS = 1_000

log = logging.getLogger(__name__)


class Store(ReviewStore, ReflectionStore):
    """One open database. Use from one thread (the GUI's); ``checkpoint`` is thread-safe."""

    def __init__(self, engine: Engine, location: str, file: Path | None) -> None:
        """Use ``Store.open``; this only wires an already checked engine."""
        self.seat: Seat | None = None
        """The running app writing through this store (named in every operation it writes)."""
        self._engine = engine
        self._conn: Connection | None = engine.connect()
        self.location = location
        self._file = file
        self._identity = file_identity(file)
        self._checkpointer = Checkpointer(engine, file)
        self._damaged: dict[tuple[str, str], DamagedRowError] = {}

    # -- opening and closing ------------------------------------------------------------------

    @classmethod
    def open(cls, url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Store:
        """Open (creating if missing) and upgrade the database at ``url``.

        An existing file is checked read-only first; a file that is not ours, is
        damaged or has a newer schema is refused and left byte-for-byte untouched.

        Args:
            url: a SQLAlchemy URL (``app.paths.resolve_db_url`` turns paths into one).
            busy_timeout_ms: how long a write waits for another process's lock.

        Raises:
            NotADatabaseError, CorruptDatabaseError, NewerSchemaError: refused file.
            StoreWriteError: the folder or file cannot be created or written.
            StoreError: the URL is unusable or the database cannot be reached.
        """
        try:
            parsed = make_url(url)
        except exc.ArgumentError:
            raise StoreError(
                translate("errors-store", "Not a database file or URL: {url}.").format(
                    url=quote(url)
                )
            ) from None
        file: Path | None = None
        location = parsed.render_as_string(hide_password=True)
        sqlite = parsed.get_backend_name() == "sqlite"
        if sqlite and parsed.database and parsed.database != ":memory:":
            file = Path(parsed.database)
            location = str(file)
            check_revision(inspect_sqlite_file(file), location)
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreWriteError(
                    translate(
                        "errors-store", "Cannot create the folder {folder}: {reason}."
                    ).format(folder=file.parent, reason=err.strerror or err)
                ) from err
        try:
            # A JSON column holding text that is not JSON reads as a marker the row's
            # validation refuses (app.store.damage), not as an error halfway through a fetch.
            engine = create_engine(url, json_deserializer=json_or_damaged)
        except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as err:
            raise StoreError(
                translate("errors-store", "Cannot use the database URL {url}: {reason}.").format(
                    url=location, reason=err
                )
            ) from err
        if sqlite:
            install_sqlite_setup(engine, busy_timeout_ms)
        try:
            store = cls(engine, location, file)
            store._migrate()
        except (exc.OperationalError, exc.ProgrammingError) as err:
            engine.dispose()
            raise StoreWriteError(
                translate("errors-store", "Cannot open {path}: {reason}.").format(
                    path=location, reason=reason(err)
                )
            ) from err
        except exc.DatabaseError as err:
            engine.dispose()
            raise CorruptDatabaseError(
                translate("errors-store", "{path} is damaged ({reason}).").format(
                    path=location, reason=reason(err)
                )
            ) from err
        except BaseException:
            engine.dispose()
            raise
        return store

    def _migrate(self) -> None:
        conn = self._connection()
        # A read transaction: opening an up-to-date database never waits for the write
        # lock, so listing and exporting work while another process is saving.
        with conn.begin():
            revision = server_revision(conn)
        check_revision(revision, self.location)
        if revision == HEAD_REVISION:
            return
        conn.info["write"] = True
        try:
            upgrade(conn)  # alembic re-reads the revision under the write lock
            if conn.in_transaction():
                conn.commit()
        finally:
            conn.info["write"] = False

    def close(self) -> None:
        """Finish background work and close the database (SQLite checkpoints it then)."""
        self._checkpointer.join()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------------

    def _connection(self) -> Connection:
        if self._conn is None:
            raise StoreError(
                translate("errors-store", "The database {path} is closed.").format(
                    path=self.location
                )
            )
        return self._conn

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[Connection]:
        """One transaction; environment failures become ``StoreError``s, bugs stay bugs."""
        conn = self._connection()
        if write:
            self._check_file()
        try:
            # After a lost server connection, touching ``info`` reconnects: that can fail too.
            conn.info["write"] = write
            with conn.begin():
                yield conn
        except exc.IntegrityError:
            raise  # a caller's or our mistake, not the environment
        except (
            exc.OperationalError,  # disk full, read-only, locked, connection lost
            exc.DataError,  # the server refused a value (e.g. PostgreSQL and a NUL byte)
            exc.ProgrammingError,  # e.g. a server account without write permission
        ) as err:
            if write:
                raise StoreWriteError(
                    translate("errors-store", "Cannot save to {path}: {reason}.").format(
                        path=self.location, reason=reason(err)
                    )
                ) from err
            raise StoreError(
                translate("errors-store", "Cannot read {path}: {reason}.").format(
                    path=self.location, reason=reason(err)
                )
            ) from err
        except exc.DatabaseError as err:  # what SQLite raises for a malformed file
            raise CorruptDatabaseError(
                translate("errors-store", "{path} is damaged ({reason}).").format(
                    path=self.location, reason=reason(err)
                )
            ) from err
        except OSError as err:
            raise StoreWriteError(
                translate("errors-store", "Cannot save to {path}: {reason}.").format(
                    path=self.location, reason=sqlite_reason(err.strerror or str(err))
                )
            ) from err
        finally:
            if not conn.invalidated and not conn.closed:
                with suppress(exc.SQLAlchemyError):
                    conn.info["write"] = False
        if write:
            self._checkpointer.committed()

    def _check_file(self) -> None:
        """Refuse to write into a file that was removed or replaced under us.

        On POSIX the open handle would keep writing into the unlinked file, and
        every edit would silently vanish with it.
        """
        if self._file is None:
            return
        identity = file_identity(self._file)
        if identity is None:
            raise StoreWriteError(
                translate(
                    "errors-store", "Cannot save to {path}: the file was removed or moved."
                ).format(path=self._file)
            )
        if identity != self._identity:
            raise StoreWriteError(
                translate(
                    "errors-store", "Cannot save to {path}: the file was replaced by another one."
                ).format(path=self._file)
            )

    # -- checkpoints ----------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Copy committed WAL frames into the database file (this fsyncs).

        Safe from any thread; never blocks writers (PASSIVE). A no-op for servers
        and in-memory databases.

        Raises:
            StoreWriteError: the checkpoint could not write.
        """
        self._checkpointer.checkpoint()

    # -- notices -------------------------------------------------------------------------------

    def take_notices(self) -> list[str]:
        """The messages migrations left for the user that were not shown yet; marks them shown.

        A content migration (for example the 2026.12 capability split) says here what it
        changed, so the window or the CLI can tell the user once.
        """
        t = orm.notices
        unshown = select(t.c.id, t.c.text).where(t.c.shown.is_(False)).order_by(t.c.id)
        # Look first without the write lock: almost always there is nothing to mark.
        with self._transaction(write=False) as conn:
            if conn.execute(unshown.limit(1)).first() is None:
                return []
        with self._transaction(write=True) as conn:
            found = conn.execute(unshown).all()  # again, under the lock: shown exactly once
            if found:
                conn.execute(
                    t.update().where(t.c.id.in_([row.id for row in found])).values(shown=True)
                )
        return [row.text for row in found]

    # -- damaged rows --------------------------------------------------------------------------

    def damaged_rows(self) -> list[DamagedRowError]:
        """The damaged rows that lists skipped since the database was opened, in order met.

        A list (``list_workshops``, ``list_strategies``, ``list_scenarios``) leaves a row
        that does not read back valid out and notes it here, so the rest stays usable;
        loading that record by id raises the same ``DamagedRowError``.
        """
        return list(self._damaged.values())

    def _damage(self, problem: BadRowError) -> DamagedRowError:
        """The error to raise for a damaged row asked for by id."""
        return DamagedRowError(self.location, problem.table, problem.key, problem.detail)

    def _skip(self, problem: BadRowError) -> None:
        """Note a damaged row a list leaves out (once), and log it."""
        key = (problem.table, repr(problem.key))
        if key not in self._damaged:
            self._damaged[key] = error = self._damage(problem)
            log.warning("%s (left out of a list)", error)

    # -- workshops and scenarios ----------------------------------------------------------------

    def list_workshops(self) -> list[Workshop]:
        """Every workshop with its teams and members, by name."""
        with self._transaction(write=False) as conn:
            found, problems = rows.load_workshops(conn, None)
        for problem in problems:
            self._skip(problem)
        return found

    def get_workshop(self, workshop_id: str) -> Workshop:
        """The workshop with this id.

        Raises:
            UnknownRecordError: there is none.
        """
        with self._transaction(write=False) as conn:
            found, problems = rows.load_workshops(conn, workshop_id)
        if problems:
            raise self._damage(problems[0])
        if not found:
            raise no_workshop(workshop_id, self.location)
        return found[0]

    def list_scenarios(self, workshop_id: str) -> list[Scenario]:
        """The scenarios of a workshop, in the order they were added."""
        s = orm.scenarios
        query = select(s.c.key, s.c.data).where(s.c.workshop_id == workshop_id).order_by(s.c.seq)
        with self._transaction(write=False) as conn:
            found = conn.execute(query).all()
        scenarios: list[Scenario] = []
        for key, data in found:
            try:
                scenarios.append(Scenario.model_validate(data))
            except ValidationError as err:
                where = (
                    workshop_id,
                    key,
                )
                self._skip(BadRowError("scenarios", where, detail(err, column="data")))
        return scenarios

    # -- strategies ----------------------------------------------------------------------------

    def list_strategies(self, workshop_id: str | None = None) -> list[StrategySummary]:
        """Summaries of every strategy (of one workshop, if given), by name."""
        s, c = orm.strategies, orm.cards
        count = select(func.count()).where(c.c.strategy_id == s.c.id).scalar_subquery()
        query = select(
            s.c.id,
            s.c.workshop_id,
            s.c.team_id,
            s.c.scenario_key,
            s.c.name,
            s.c.revision,
            s.c.updated_at,
            count.label("card_count"),
        ).order_by(s.c.name, s.c.id)
        if workshop_id is not None:
            query = query.where(s.c.workshop_id == workshop_id)
        with self._transaction(write=False) as conn:
            found = conn.execute(query).mappings().all()
        summaries: list[StrategySummary] = []
        for row in found:
            try:
                summaries.append(rows.summary_from(row))
            except BadRowError as problem:
                self._skip(problem)
        return summaries

    def load_strategy(self, strategy_id: str) -> Strategy:
        """The strategy with this id, exactly as last saved.

        Raises:
            UnknownRecordError: there is none.
            DamagedRowError: its rows no longer make a valid strategy (naming table and row).
        """
        s = orm.strategies
        with self._transaction(write=False) as conn:
            row = conn.execute(select(s).where(s.c.id == strategy_id)).mappings().first()
            if row is None:
                raise no_strategy(strategy_id, self.location)
            cards = conn.execute(rows.SELECT_CARDS, {"sid": strategy_id}).all()
            links = conn.execute(rows.SELECT_LINKS, {"sid": strategy_id}).all()
        try:
            return rows.strategy_from(row, cards, links)
        except BadRowError as problem:
            raise self._damage(problem) from problem

    def history(self, strategy_id: str) -> list[OperationRecord]:
        """The strategy's written operations, in revision order."""
        o = orm.operations
        query = select(o).where(o.c.strategy_id == strategy_id).order_by(o.c.revision)
        with self._transaction(write=False) as conn:
            found = conn.execute(query).mappings().all()
        try:
            return rows.records_from(found)
        except BadRowError as problem:
            raise self._damage(problem) from problem

    def _invalid(self, what: str, err: ValidationError) -> CorruptDatabaseError:
        return CorruptDatabaseError(
            translate(
                "errors-store",
                "The database {path} is damaged: {what} ({detail}). "
                "Nothing was changed; the rest of the database can still be read.",
            ).format(
                path=self.location,
                what=what,
                detail=detail(err, skip=0 if first_index(err) is None else 1, column="data"),
            )
        )

    # -- writes --------------------------------------------------------------

    def record(self, strategy: Strategy, change: Change) -> None:
        """Persist one applied operation and the rows it changed, in one transaction.

        Raises:
            StoreWriteError: the environment refused the write; nothing was written.
        """
        self.record_many(strategy, (change,))

    def record_many(self, strategy: Strategy, changes: Sequence[Change]) -> None:
        """Persist several applied operations, in revision order, in one transaction.

        ``changes`` must be every change since the strategy was last written: the
        rows they touched are written from ``strategy`` as it is now, so after
        this the database equals ``strategy`` exactly.

        Raises:
            StoreWriteError: the environment refused the write; nothing was written.
            UnknownRecordError: the strategy is not in the database (deleted elsewhere).
        """
        if not changes:
            return
        author, seat = (self.seat.name, self.seat.id) if self.seat else ("", "")
        with self._transaction(write=True) as conn:
            writes.write_changes(
                conn,
                strategy,
                sorted(changes, key=lambda ch: ch.revision),
                author=author,
                seat=seat,
            )

    def strategy_revision(self, strategy_id: str) -> int | None:
        """The strategy's revision in the database (None when it is gone): a cheap poll."""
        s = orm.strategies
        with self._transaction(write=False) as conn:
            found = conn.execute(select(s.c.revision).where(s.c.id == strategy_id)).scalar()
        return None if found is None else int(found)

    def operations_since(self, strategy_id: str, revision: int) -> list[OperationRecord]:
        """The strategy's written operations after ``revision``, in order (other seats' edits)."""
        o = orm.operations
        query = (
            select(o)
            .where(o.c.strategy_id == strategy_id, o.c.revision > revision)
            .order_by(o.c.revision)
        )
        with self._transaction(write=False) as conn:
            found = conn.execute(query).mappings().all()
        try:
            return rows.records_from(found)
        except ValidationError as err:
            what = translate("errors-store", "the history of {id}").format(id=quote(strategy_id))
            raise self._invalid(what, err) from err

    # -- several seats -------------------------------------------------------------------------

    def apply_workshop_op(self, workshop_id: str, op: WorkshopOperation) -> tuple[int, Workshop]:
        """Write one workshop operation with its log row; return its number and the workshop.

        The workshop comes back as the database holds it now, with other seats'
        teams and edits in it.

        Raises:
            UnknownRecordError: the workshop, team or scenario is gone.
            TeamInUseError: the team to remove still has strategies.
            StoreWriteError: the environment refused the write; nothing was written.
        """
        with self._transaction(write=True) as conn:
            seq = sharing.apply_workshop_op(conn, workshop_id, op, self.seat, self.location)
            found, problems = rows.load_workshops(conn, workshop_id)
        if problems:
            raise self._damage(problems[0])
        return seq, found[0]

    def workshop_seq(self, workshop_id: str) -> int:
        """The number of the workshop's newest operation (0 when none): a cheap poll."""
        with self._transaction(write=False) as conn:
            return sharing.workshop_seq(conn, workshop_id)

    def workshop_history(self, workshop_id: str, after: int = 0) -> list[WorkshopRecord]:
        """The workshop's operations after number ``after``, in order (its audit trail)."""
        with self._transaction(write=False) as conn:
            try:
                return sharing.workshop_records(conn, workshop_id, after)
            except ValidationError as err:
                what = translate("errors-store", "the history of workshop {id}").format(
                    id=quote(workshop_id)
                )
                raise self._invalid(what, err) from err

    def heartbeat(self, workshop_id: str | None, strategy_id: str | None) -> None:
        """Tell other seats that this one is here, on this workshop and strategy."""
        if self.seat is None:
            return
        with self._transaction(write=True) as conn:
            sharing.heartbeat(conn, self.seat, workshop_id, strategy_id)

    def present(self, workshop_id: str | None = None) -> list[Presence]:
        """The other seats on this database (on one workshop, if given), by name."""
        excluding = self.seat.id if self.seat else ""
        with self._transaction(write=False) as conn:
            return sharing.present(conn, workshop_id=workshop_id, excluding=excluding)

    def leave(self) -> None:
        """Tell other seats that this one has closed."""
        if self.seat is None:
            return
        with self._transaction(write=True) as conn:
            sharing.leave(conn, self.seat.id)

    def change_feed(self) -> ChangeFeed:
        """A feed of other seats' writes (notifications on PostgreSQL; None elsewhere)."""
        return ChangeFeed(self._engine)

    def create_strategy(self, strategy: Strategy) -> None:
        """Insert a new strategy with its cards and links.

        Raises:
            UnknownRecordError: its workshop is not in the database.
            DuplicateRecordError: a strategy with this id exists.
        """
        with self._transaction(write=True) as conn:
            self._require_workshop(conn, strategy.workshop_id)
            s = orm.strategies
            if conn.execute(select(s.c.id).where(s.c.id == strategy.id)).first() is not None:
                raise DuplicateRecordError(
                    translate(
                        "errors-store", "A strategy with id {id} is already in {path}."
                    ).format(id=quote(strategy.id), path=self.location)
                )
            writes.insert_strategy(conn, strategy)

    def delete_strategy(self, strategy_id: str) -> None:
        """Delete a strategy with its cards, links and history."""
        with self._transaction(write=True) as conn:
            s = orm.strategies
            if conn.execute(delete(s).where(s.c.id == strategy_id)).rowcount == 0:
                raise no_strategy(strategy_id, self.location)

    def save_workshop(self, workshop: Workshop) -> None:
        """Insert or replace a workshop with its teams and members."""
        with self._transaction(write=True) as conn:
            writes.put_workshop(conn, workshop)

    def delete_workshop(self, workshop_id: str) -> None:
        """Delete a workshop with everything in it (teams, scenarios, strategies)."""
        with self._transaction(write=True) as conn:
            w = orm.workshops
            if conn.execute(delete(w).where(w.c.id == workshop_id)).rowcount == 0:
                raise no_workshop(workshop_id, self.location)

    def save_scenario(self, workshop_id: str, scenario: Scenario) -> None:
        """Insert or replace a scenario of a workshop (by its key)."""
        with self._transaction(write=True) as conn:
            self._require_workshop(conn, workshop_id)
            writes.put_scenario(conn, workshop_id, scenario)

    def save_bundle(
        self,
        workshop: Workshop,
        scenarios: Sequence[Scenario],
        strategies: Sequence[Strategy],
        reviews: ReviewRecords | None = None,
    ) -> None:
        """Write a workshop, its scenarios, strategies and reviews in one transaction.

        Rows with the same ids are replaced (a replaced strategy loses its old
        history and reviews). Used by import and the demo: all of it lands, or none.

        Raises:
            ValueError: a strategy belongs to another workshop.
        """
        for strategy in strategies:
            if strategy.workshop_id != workshop.id:
                raise ValueError(
                    f"strategy {strategy.id!r} belongs to workshop {strategy.workshop_id!r}, "
                    f"not {workshop.id!r}"
                )
        with self._transaction(write=True) as conn:
            writes.put_workshop(conn, workshop)
            for scenario in scenarios:
                writes.put_scenario(conn, workshop.id, scenario)
            s = orm.strategies
            for strategy in strategies:
                conn.execute(delete(s).where(s.c.id == strategy.id))
                writes.insert_strategy(conn, strategy)
            if reviews is not None:
                put_reviews(conn, workshop.id, reviews, self.location)

    def _require_workshop(self, conn: Connection, workshop_id: str) -> None:
        w = orm.workshops
        if conn.execute(select(w.c.id).where(w.c.id == workshop_id)).first() is None:
            raise no_workshop(workshop_id, self.location)
