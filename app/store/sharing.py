"""What several seats on one database need: workshop operations, presence, notifications.

A *seat* is one running app. Every write names the seat that made it. Workshop
edits are applied one team or scenario at a time (never a whole-workshop
replace) with a row in ``workshop_operations``. Seats leave a heartbeat in
``seats``. On PostgreSQL each write also sends ``NOTIFY mlops_canvas`` so other
seats hear of it at once (``ChangeFeed``); on SQLite they poll the revisions,
which is one indexed read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from app.i18n import translate
from app.reading.errors import quote
from app.store import orm, rows, writes
from app.store.errors import StoreError, TeamInUseError, UnknownRecordError, no_workshop
from models.workshop import Team, Workshop
from models.workshop_ops import (
    AddTeam,
    PutScenario,
    RemoveTeam,
    ReviewEdit,
    UpdateTeam,
    UpdateWorkshop,
    WorkshopOperation,
    WorkshopRecord,
)

CHANNEL = rows.CHANNEL

PRESENCE_SECONDS = 20.0
"""A seat not heard from for this long has left (crashed, lost its network)."""

_WORKSHOP_RECORDS: TypeAdapter[list[WorkshopRecord]] = TypeAdapter(list[WorkshopRecord])


@dataclass(frozen=True)
class Seat:
    """A running app: a stable id for this run and the name shown to other seats."""

    id: str
    name: str


@dataclass(frozen=True)
class Presence:
    """Another seat working on the same database."""

    seat_id: str
    name: str
    workshop_id: str | None
    strategy_id: str | None
    last_seen: float


def notify(conn: Connection, topic: str) -> None:
    """Tell listening seats that ``topic`` (``s:<strategy id>`` or ``w:<workshop id>``) changed.

    PostgreSQL delivers it when the transaction commits; other backends poll.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(rows.NOTIFY, {"channel": CHANNEL, "topic": topic})


# -- workshop operations ----------------------------------------------------------------------


def apply_workshop_op(
    conn: Connection, workshop_id: str, op: WorkshopOperation, seat: Seat | None, location: str
) -> int:
    """Write ``op``'s rows and its log row; return its sequence number in the log.

    Raises:
        UnknownRecordError: the workshop (or the team or scenario changed) is gone.
        TeamInUseError: a team to remove still has strategies.
    """
    w, t = orm.workshops, orm.teams
    if conn.execute(select(w.c.id).where(w.c.id == workshop_id)).first() is None:
        raise no_workshop(workshop_id, location)
    match op:
        case UpdateWorkshop(after=details):
            conn.execute(update(w).where(w.c.id == workshop_id).values(details.model_dump()))
        case AddTeam(team=team):
            taken = select(t.c.id).where(t.c.workshop_id == workshop_id, t.c.id == team.id)
            if conn.execute(taken).first() is not None:
                raise StoreError(
                    translate("errors-store", "Team {name} is already in the workshop.").format(
                        name=quote(team.name)
                    )
                )
            seq = conn.execute(
                select(func.coalesce(func.max(t.c.seq), -1) + 1).where(
                    t.c.workshop_id == workshop_id
                )
            ).scalar_one()
            _insert_team(conn, workshop_id, team, seq)
        case RemoveTeam(team=team):
            _refuse_if_in_use(conn, workshop_id, team)
            conn.execute(delete(t).where(t.c.workshop_id == workshop_id, t.c.id == team.id))
        case UpdateTeam(after=team):
            found = conn.execute(
                select(t.c.seq).where(t.c.workshop_id == workshop_id, t.c.id == team.id)
            ).first()
            if found is None:
                raise UnknownRecordError(
                    translate(
                        "errors-store", "Team {name} was removed from the workshop by another seat."
                    ).format(name=quote(team.name))
                )
            conn.execute(delete(t).where(t.c.workshop_id == workshop_id, t.c.id == team.id))
            _insert_team(conn, workshop_id, team, found.seq)
        case PutScenario(key=key, after=scenario):
            if scenario is None:
                s = orm.scenarios
                conn.execute(delete(s).where(s.c.workshop_id == workshop_id, s.c.key == key))
            else:
                writes.put_scenario(conn, workshop_id, scenario)
        case ReviewEdit():
            pass  # the review record itself was written by the caller, in this transaction
    return log_workshop_op(conn, workshop_id, op, seat)


def log_workshop_op(
    conn: Connection, workshop_id: str, op: WorkshopOperation, seat: Seat | None
) -> int:
    """Append ``op`` to the workshop's operation log and notify; return its sequence number."""
    o = orm.workshop_operations
    seq = int(
        conn.execute(
            select(func.coalesce(func.max(o.c.seq), 0) + 1).where(o.c.workshop_id == workshop_id)
        ).scalar_one()
    )
    conn.execute(
        insert(o),
        {
            "workshop_id": workshop_id,
            "seq": seq,
            "kind": op.kind,
            "payload": op.model_dump(mode="json"),
            "author": seat.name if seat else "",
            "seat": seat.id if seat else "",
            "at": rows.now(),
        },
    )
    notify(conn, f"w:{workshop_id}")
    return seq


def _insert_team(conn: Connection, workshop_id: str, team: Team, seq: int) -> None:
    holder = Workshop(id=workshop_id, name="-", teams=(team,))
    _, team_rows, member_rows = rows.workshop_rows(holder)
    team_rows[0]["seq"] = seq
    conn.execute(insert(orm.teams), team_rows)
    if member_rows:
        conn.execute(insert(orm.members), member_rows)


def _refuse_if_in_use(conn: Connection, workshop_id: str, team: Team) -> None:
    s = orm.strategies
    names = list(
        conn.execute(
            select(s.c.name)
            .where(s.c.workshop_id == workshop_id, s.c.team_id == team.id)
            .order_by(s.c.name)
        ).scalars()
    )
    if names:
        listed = ", ".join(quote(name) for name in names[:5])
        if len(names) > 5:
            listed = translate("errors-store", "{names} and {count} more").format(
                names=listed, count=len(names) - 5
            )
        raise TeamInUseError(
            translate(
                "errors-store",
                "Team {name} still has %n strategy(ies) ({names}); "
                "give them to another team or delete them first.",
                None,
                len(names),
            ).format(name=quote(team.name), names=listed)
        )


def workshop_seq(conn: Connection, workshop_id: str) -> int:
    """The sequence number of the workshop's newest operation (0 when none)."""
    o = orm.workshop_operations
    return int(
        conn.execute(
            select(func.coalesce(func.max(o.c.seq), 0)).where(o.c.workshop_id == workshop_id)
        ).scalar_one()
    )


def workshop_records(conn: Connection, workshop_id: str, after: int) -> list[WorkshopRecord]:
    """The workshop's operations after sequence number ``after``, in order.

    Raises:
        pydantic.ValidationError: a row is not a valid operation.
    """
    o = orm.workshop_operations
    found = conn.execute(
        select(o).where(o.c.workshop_id == workshop_id, o.c.seq > after).order_by(o.c.seq)
    ).mappings()
    return _WORKSHOP_RECORDS.validate_python(
        [
            {
                "workshop_id": row["workshop_id"],
                "seq": row["seq"],
                "op": row["payload"],
                "author": row["author"],
                "seat": row["seat"],
                "at": row["at"],
            }
            for row in found
        ]
    )


# -- presence -----------------------------------------------------------------------------------


def heartbeat(
    conn: Connection, seat: Seat, workshop_id: str | None, strategy_id: str | None
) -> None:
    """Say that ``seat`` is here, on this workshop and strategy."""
    s = orm.seats
    values: dict[str, Any] = {
        "name": seat.name,
        "workshop_id": workshop_id,
        "strategy_id": strategy_id,
        "last_seen": time.time(),
    }
    if conn.execute(update(s).where(s.c.id == seat.id).values(values)).rowcount == 0:
        conn.execute(insert(s), {"id": seat.id, **values})
    # Forget seats that left without saying so long ago (a crash, a pulled cable).
    conn.execute(delete(s).where(s.c.last_seen < time.time() - 30 * PRESENCE_SECONDS))


def leave(conn: Connection, seat_id: str) -> None:
    """Say that ``seat`` has closed."""
    s = orm.seats
    conn.execute(delete(s).where(s.c.id == seat_id))


def present(
    conn: Connection, *, workshop_id: str | None, excluding: str, now: float | None = None
) -> list[Presence]:
    """The other seats heard from recently (on one workshop, if given), by name."""
    s = orm.seats
    since = (time.time() if now is None else now) - PRESENCE_SECONDS
    query = select(s).where(s.c.last_seen >= since, s.c.id != excluding).order_by(s.c.name)
    if workshop_id is not None:
        query = query.where(s.c.workshop_id == workshop_id)
    return [
        Presence(
            seat_id=row["id"],
            name=row["name"],
            workshop_id=row["workshop_id"],
            strategy_id=row["strategy_id"],
            last_seen=row["last_seen"],
        )
        for row in conn.execute(query).mappings()
    ]


# -- the change feed ------------------------------------------------------------------------------


class ChangeFeed:
    """Tells a seat which strategies and workshops other seats wrote to.

    On PostgreSQL a dedicated connection LISTENs and ``topics()`` drains the
    notifications without waiting; elsewhere ``topics()`` returns None, meaning
    "unknown: poll the revisions" (cheap on a local SQLite file).
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._raw: Any = None
        self.listening = engine.dialect.name == "postgresql"

    def topics(self) -> set[str] | None:
        """The topics notified since the last call; None when this backend cannot tell.

        Raises:
            StoreError: the listening connection failed (it reconnects next call).
        """
        if not self.listening:
            return None
        try:
            driver = self._driver()
            found = {str(note.payload) for note in driver.notifies(timeout=0.0)}
        except Exception as err:  # the driver's own error types; reconnect next time
            self.close()
            raise StoreError(
                translate("errors-store", "Lost the change feed: {reason}.").format(reason=err)
            ) from err
        return found

    def _driver(self) -> Any:
        if self._raw is None:
            raw = self._engine.raw_connection()
            driver = raw.driver_connection
            assert driver is not None
            driver.autocommit = True
            driver.execute(f"LISTEN {CHANNEL}")
            self._raw = raw
        return self._raw.driver_connection

    def close(self) -> None:
        """Stop listening."""
        if self._raw is not None:
            try:
                self._raw.invalidate()
            finally:
                self._raw = None
