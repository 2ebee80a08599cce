"""Conversions between pydantic records and table rows, plus the prepared statements.

Loading goes through Core selects and one pydantic validation per list (no ORM
objects), which keeps a 500-card load within a few milliseconds. Every row read
back is validated, so a hand-edited or damaged row is refused, naming its table
and key, instead of reaching the canvas.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError
from sqlalchemy import (
    Connection,
    Insert,
    Select,
    String,
    Update,
    bindparam,
    func,
    insert,
    select,
    text,
    type_coerce,
    update,
)

from app.store import orm
from app.store.damage import BadRowError, detail, first_index
from models.content import Scenario
from models.strategy import Card, Link, Strategy
from models.workshop import Member, Team, Workshop

if TYPE_CHECKING:  # loaded with the first history read: listing strategies never needs it
    from models.operations import Operation, OperationRecord

CARD_FIELDS = (
    "id",
    "catalog_key",
    "title",
    "notes",
    "phase",
    "owner_role",
    "status",
    "capabilities",
    "cadence",
    "x",
    "y",
)
LINK_FIELDS = ("id", "source", "target", "kind")

_CARDS: TypeAdapter[list[Card]] = TypeAdapter(list[Card])
_LINKS: TypeAdapter[list[Link]] = TypeAdapter(list[Link])


class StrategySummary(BaseModel):
    """A strategy as listed in a side panel, without its cards."""

    model_config = ConfigDict(frozen=True)

    id: str
    workshop_id: str
    team_id: str | None
    scenario_key: str
    name: str
    revision: int
    card_count: int
    updated_at: str


def now() -> str:
    """The current UTC time as an ISO 8601 string (what the operation log records)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


# -- writing ------------------------------------------------------------------------------------


def card_values(card: Card) -> dict[str, Any]:
    """The column values of ``card`` (without key or seq)."""
    return {
        "catalog_key": card.catalog_key,
        "title": card.title,
        "notes": card.notes,
        "phase": card.phase.value,
        "owner_role": None if card.owner_role is None else card.owner_role.value,
        "status": card.status.value,
        "capabilities": list(card.capabilities),
        "cadence": None if card.cadence is None else card.cadence.value,
        "x": card.x,
        "y": card.y,
    }


def card_rows(strategy_id: str, cards: Iterable[Card], first_seq: int) -> list[dict[str, Any]]:
    """Insertable rows for ``cards``, numbered from ``first_seq``."""
    return [
        {"strategy_id": strategy_id, "id": card.id, "seq": seq, **card_values(card)}
        for seq, card in enumerate(cards, start=first_seq)
    ]


def link_rows(strategy_id: str, links: Iterable[Link], first_seq: int) -> list[dict[str, Any]]:
    """Insertable rows for ``links``, numbered from ``first_seq``."""
    return [
        {
            "strategy_id": strategy_id,
            "id": link.id,
            "seq": seq,
            "source": link.source,
            "target": link.target,
            "kind": link.kind.value,
        }
        for seq, link in enumerate(links, start=first_seq)
    ]


def strategy_row(strategy: Strategy, stamp: str) -> dict[str, Any]:
    """The ``strategies`` row of ``strategy``."""
    return {
        "id": strategy.id,
        "workshop_id": strategy.workshop_id,
        "team_id": strategy.team_id,
        "scenario_key": strategy.scenario_key,
        "name": strategy.name,
        "profile": strategy.profile.model_dump(mode="json"),
        "packs": list(strategy.packs),
        "revision": strategy.revision,
        "updated_at": stamp,
    }


def operation_row(
    strategy_id: str,
    revision: int,
    op: BaseModel,
    stamp: str,
    *,
    author: str = "",
    seat: str = "",
    base_revision: int | None = None,
) -> dict[str, Any]:
    """The ``operations`` row of one applied operation."""
    kind = getattr(op, "kind", type(op).__name__)
    return {
        "strategy_id": strategy_id,
        "revision": revision,
        "kind": kind,
        "payload": op.model_dump(mode="json"),
        "author": author,
        "at": stamp,
        "seat": seat,
        "base_revision": base_revision,
    }


def workshop_rows(
    workshop: Workshop,
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The workshop row, its team rows and its member rows."""
    row = {
        "id": workshop.id,
        "name": workshop.name,
        "date": workshop.date,
        "facilitator": workshop.facilitator,
        "description": workshop.description,
    }
    team_list = [
        {"workshop_id": workshop.id, "id": team.id, "seq": seq, "name": team.name}
        for seq, team in enumerate(workshop.teams)
    ]
    member_list = [
        {
            "workshop_id": workshop.id,
            "team_id": team.id,
            "id": member.id,
            "seq": seq,
            "name": member.name,
            "role": member.role.value,
        }
        for team in workshop.teams
        for seq, member in enumerate(team.members)
    ]
    return row, team_list, member_list


def scenario_values(scenario: Scenario) -> dict[str, Any]:
    """The column values of a scenario (without key or seq)."""
    return {"title": scenario.title, "data": scenario.model_dump(mode="json")}


# -- reading ------------------------------------------------------------------------------------
#
# Every function here raises ``BadRowError`` naming the table and row when a row does not
# make a valid record (``app.store.damage``); the store turns it into ``DamagedRowError``.


def _rows_problem(
    table: str, keys: Sequence[tuple[object, ...]], err: ValidationError
) -> BadRowError:
    """The problem of a list validated at once: the failing item's key from the error's index."""
    index = first_index(err)
    key = keys[index] if index is not None and index < len(keys) else ("?",)
    return BadRowError(table, key, detail(err, skip=1 if index is not None else 0))


def cards_from(rows: Iterable[Sequence[Any]], strategy_id: str = "") -> list[Card]:
    """Validated cards from ``SELECT_CARDS`` rows (plain tuples: much cheaper than mappings)."""
    rows = list(rows)
    try:
        return _CARDS.validate_python([dict(zip(CARD_FIELDS, row, strict=True)) for row in rows])
    except ValidationError as err:
        keys = [
            (
                strategy_id,
                row[0],
            )
            for row in rows
        ]
        raise _rows_problem("cards", keys, err) from err


def links_from(rows: Iterable[Sequence[Any]], strategy_id: str = "") -> list[Link]:
    """Validated links from ``SELECT_LINKS`` rows."""
    rows = list(rows)
    try:
        return _LINKS.validate_python([dict(zip(LINK_FIELDS, row, strict=True)) for row in rows])
    except ValidationError as err:
        keys = [
            (
                strategy_id,
                row[0],
            )
            for row in rows
        ]
        raise _rows_problem("links", keys, err) from err


def strategy_from(
    row: Mapping[Any, Any], cards: Iterable[Sequence[Any]], links: Iterable[Sequence[Any]]
) -> Strategy:
    """A validated strategy from its row and its ``SELECT_CARDS`` and ``SELECT_LINKS`` rows."""
    sid = row["id"]
    card_list = cards_from(cards, sid)
    link_list = links_from(links, sid)
    try:
        return Strategy.model_validate(
            {
                "id": sid,
                "workshop_id": row["workshop_id"],
                "team_id": row["team_id"],
                "scenario_key": row["scenario_key"],
                "name": row["name"],
                "profile": row["profile"],
                "packs": row["packs"],
                "revision": row["revision"],
                "cards": {card.id: card for card in card_list},
                "links": {link.id: link for link in link_list},
            }
        )
    except ValidationError as err:
        raise BadRowError("strategies", (sid,), detail(err)) from err


def summary_from(row: Mapping[Any, Any]) -> StrategySummary:
    """A validated strategy summary from a ``list_strategies`` row."""
    try:
        return StrategySummary.model_validate(dict(row))
    except ValidationError as err:
        raise BadRowError("strategies", (row["id"],), detail(err)) from err


def workshop_from(
    row: Mapping[Any, Any],
    team_rows: Sequence[Mapping[Any, Any]],
    member_rows: Sequence[Mapping[Any, Any]],
) -> Workshop:
    """A validated workshop from its row and its team and member rows (in seq order)."""
    wid = row["id"]
    members: dict[str, list[Member]] = {}
    for member in member_rows:
        try:
            made = Member(id=member["id"], name=member["name"], role=member["role"])
        except ValidationError as err:
            key = (
                wid,
                member["team_id"],
                member["id"],
            )
            raise BadRowError("members", key, detail(err)) from err
        members.setdefault(member["team_id"], []).append(made)
    teams: list[Team] = []
    for team in team_rows:
        try:
            teams.append(
                Team(id=team["id"], name=team["name"], members=tuple(members.get(team["id"], ())))
            )
        except ValidationError as err:
            raise BadRowError(
                "teams",
                (
                    wid,
                    team["id"],
                ),
                detail(err),
            ) from err
    try:
        return Workshop(
            id=wid,
            name=row["name"],
            date=row["date"],
            facilitator=row["facilitator"],
            description=row["description"],
            teams=tuple(teams),
        )
    except ValidationError as err:
        raise BadRowError("workshops", (wid,), detail(err)) from err


def load_workshops(
    conn: Connection, workshop_id: str | None
) -> tuple[list[Workshop], list[BadRowError]]:
    """Every workshop (or the one with ``workshop_id``) with teams and members, by name.

    Returns:
        The workshops that read back valid, and one problem per workshop that did
        not (a damaged workshop, team or member row); those are left out whole,
        never shown without a team or member that a later save would then drop.
    """
    w, t, m = orm.workshops, orm.teams, orm.members
    # The date as stored, parsed by the model: a value that is not a date is then a
    # validation error for this row, not a ValueError raised halfway through the fetch.
    date = type_coerce(w.c.date, String).label("date")
    q_w = select(w.c.id, w.c.name, date, w.c.facilitator, w.c.description).order_by(
        w.c.name, w.c.id
    )
    q_t = select(t).order_by(t.c.workshop_id, t.c.seq)
    q_m = select(m).order_by(m.c.workshop_id, m.c.team_id, m.c.seq)
    if workshop_id is not None:
        q_w = q_w.where(w.c.id == workshop_id)
        q_t = q_t.where(t.c.workshop_id == workshop_id)
        q_m = q_m.where(m.c.workshop_id == workshop_id)
    teams: dict[str, list[Any]] = {}
    for team in conn.execute(q_t).mappings():
        teams.setdefault(team["workshop_id"], []).append(team)
    members: dict[str, list[Any]] = {}
    for member in conn.execute(q_m).mappings():
        members.setdefault(member["workshop_id"], []).append(member)
    found: list[Workshop] = []
    problems: list[BadRowError] = []
    for row in conn.execute(q_w).mappings():
        try:
            found.append(workshop_from(row, teams.get(row["id"], []), members.get(row["id"], [])))
        except BadRowError as problem:
            problems.append(problem)
    return found, problems


def records_from(rows: Sequence[Mapping[Any, Any]]) -> list[OperationRecord]:
    """Validated history records from ``operations`` rows."""
    try:
        return _records().validate_python(
            [
                {
                    "strategy_id": row["strategy_id"],
                    "revision": row["revision"],
                    "op": row["payload"],
                    "author": row["author"],
                    "at": row["at"],
                    "seat": row.get("seat") or "",
                    "base_revision": row.get("base_revision"),
                }
                for row in rows
            ]
        )
    except ValidationError as err:
        keys = [
            (
                row["strategy_id"],
                row["revision"],
            )
            for row in rows
        ]
        raise _rows_problem("operations", keys, err) from err


def operation_from(payload: Mapping[Any, Any]) -> Operation:
    """One validated operation from its JSON payload."""
    return _operation().validate_python(payload)


@functools.cache
def _operation() -> TypeAdapter[Operation]:
    from models.operations import Operation

    return TypeAdapter(Operation)


@functools.cache
def _records() -> TypeAdapter[list[OperationRecord]]:
    from models.operations import OperationRecord

    return TypeAdapter(list[OperationRecord])


# -- prepared statements (built once; SQLAlchemy caches their compiled form) --------------------

_c, _l = orm.cards.c, orm.links.c

SELECT_CARDS: Select[Any] = (
    select(*(_c[name] for name in CARD_FIELDS))
    .where(_c.strategy_id == bindparam("sid"))
    .order_by(_c.seq)
)
SELECT_LINKS: Select[Any] = (
    select(*(_l[name] for name in LINK_FIELDS))
    .where(_l.strategy_id == bindparam("sid"))
    .order_by(_l.seq)
)
UPDATE_CARD: Update = (
    update(orm.cards)
    .where(_c.strategy_id == bindparam("k_sid"), _c.id == bindparam("k_id"))
    .values({name: bindparam(name) for name in CARD_FIELDS[1:]})
)
UPDATE_LINK: Update = (
    update(orm.links)
    .where(_l.strategy_id == bindparam("k_sid"), _l.id == bindparam("k_id"))
    .values(source=bindparam("source"), target=bindparam("target"), kind=bindparam("kind"))
)
NEXT_CARD_SEQ: Select[Any] = select(func.coalesce(func.max(_c.seq), -1) + 1).where(
    _c.strategy_id == bindparam("sid")
)
NEXT_LINK_SEQ: Select[Any] = select(func.coalesce(func.max(_l.seq), -1) + 1).where(
    _l.strategy_id == bindparam("sid")
)
_s = orm.strategies.c
INSERT_OPERATION: Insert = insert(orm.operations)
INSERT_CARD: Insert = insert(orm.cards)
INSERT_LINK: Insert = insert(orm.links)
CHANNEL = "mlops_canvas"
"""The PostgreSQL notification channel every seat listens on (see ``app.store.sharing``)."""
NOTIFY = text("SELECT pg_notify(:channel, :topic)")
# Optimistic concurrency: a write only lands on the revision it was based on.
UPDATE_REVISION: Update = (
    update(orm.strategies)
    .where(_s.id == bindparam("k_id"), _s.revision == bindparam("k_base"))
    .values(revision=bindparam("revision"), updated_at=bindparam("updated_at"))
)
UPDATE_STRATEGY_FIELDS: Update = (
    update(orm.strategies)
    .where(_s.id == bindparam("k_id"), _s.revision == bindparam("k_base"))
    .values(
        revision=bindparam("revision"),
        updated_at=bindparam("updated_at"),
        name=bindparam("name"),
        profile=bindparam("profile"),
        packs=bindparam("packs"),
    )
)
