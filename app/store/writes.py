"""The store's write statements, each run inside a transaction the ``Store`` opened.

Rows are upserted portably (UPDATE, then INSERT when nothing matched) so the
same code runs on SQLite and PostgreSQL, and a card row is never deleted and
re-inserted (that would cascade to its links).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, func, insert, select, update

from app.i18n import translate
from app.reading.errors import quote
from app.store import orm, rows
from app.store.errors import ConflictError, UnknownRecordError
from models.content import Scenario
from models.strategy import Card, Link, Strategy
from models.workshop import Workshop

if TYPE_CHECKING:  # the document (and every operation model) only types the changes
    from app.document import Change


def write_changes(
    conn: Connection,
    strategy: Strategy,
    changes: Sequence[Change],
    *,
    author: str = "",
    seat: str = "",
) -> None:
    """Write the operation rows of ``changes`` and the rows they touched, from ``strategy``.

    ``changes`` are in revision order and the first must follow the revision in
    the database; otherwise nothing is written.

    Raises:
        UnknownRecordError: the strategy row is missing.
        ConflictError: the database holds another revision (saved elsewhere).
    """
    stamp = rows.now()
    sid = strategy.id
    card_ids: set[str] = set()
    link_ids: set[str] = set()
    fields: set[str] = set()
    for change in changes:
        card_ids |= change.cards
        link_ids |= change.links
        fields |= change.strategy_fields
    base = changes[0].revision - 1
    params: dict[str, object] = {
        "k_id": sid,
        "k_base": base,
        "revision": strategy.revision,
        "updated_at": stamp,
    }
    statement = rows.UPDATE_REVISION
    if fields:
        full = rows.strategy_row(strategy, stamp)
        params.update({name: full[name] for name in ("name", "profile", "packs")})
        statement = rows.UPDATE_STRATEGY_FIELDS
    if conn.execute(statement, params).rowcount == 0:
        _refuse(conn, strategy, base)
    op_rows = [
        rows.operation_row(
            sid,
            ch.revision,
            ch.op,
            stamp,
            author=author,
            seat=seat,
            base_revision=ch.base_revision,
        )
        for ch in changes
    ]
    conn.execute(rows.INSERT_OPERATION, op_rows[0] if len(op_rows) == 1 else op_rows)
    gone_links = sorted(i for i in link_ids if i not in strategy.links)
    if gone_links:
        lk = orm.links
        conn.execute(delete(lk).where(lk.c.strategy_id == sid, lk.c.id.in_(gone_links)))
    gone_cards = sorted(i for i in card_ids if i not in strategy.cards)
    if gone_cards:
        c = orm.cards
        conn.execute(delete(c).where(c.c.strategy_id == sid, c.c.id.in_(gone_cards)))
    # Cards before links: a new link's foreign keys need its cards in place.
    _upsert_cards(conn, sid, [strategy.cards[i] for i in sorted(card_ids) if i in strategy.cards])
    _upsert_links(conn, sid, [strategy.links[i] for i in sorted(link_ids) if i in strategy.links])
    if conn.dialect.name == "postgresql":
        conn.execute(rows.NOTIFY, {"channel": rows.CHANNEL, "topic": f"s:{sid}"})


def _refuse(conn: Connection, strategy: Strategy, base: int) -> None:
    """Explain why the strategy row did not take the write: gone, or saved elsewhere."""
    s = orm.strategies
    current = conn.execute(select(s.c.revision).where(s.c.id == strategy.id)).scalar()
    if current is None:
        raise UnknownRecordError(
            translate("errors-store", "Strategy {name} is no longer in the database.").format(
                name=quote(strategy.name)
            )
        )
    raise ConflictError(
        translate(
            "errors-store",
            "Strategy {name} was saved from another window or seat "
            "(database at revision {current}, this copy at {base}).",
        ).format(name=quote(strategy.name), current=current, base=base)
    )


def _upsert_cards(conn: Connection, sid: str, cards: list[Card]) -> None:
    missing: list[Card] = []
    for card in cards:
        params = {"k_sid": sid, "k_id": card.id, **rows.card_values(card)}
        if conn.execute(rows.UPDATE_CARD, params).rowcount == 0:
            missing.append(card)
    if missing:
        first = conn.execute(rows.NEXT_CARD_SEQ, {"sid": sid}).scalar_one()
        conn.execute(rows.INSERT_CARD, rows.card_rows(sid, missing, first))


def _upsert_links(conn: Connection, sid: str, links: list[Link]) -> None:
    missing: list[Link] = []
    for link in links:
        params = {
            "k_sid": sid,
            "k_id": link.id,
            "source": link.source,
            "target": link.target,
            "kind": link.kind.value,
        }
        if conn.execute(rows.UPDATE_LINK, params).rowcount == 0:
            missing.append(link)
    if missing:
        first = conn.execute(rows.NEXT_LINK_SEQ, {"sid": sid}).scalar_one()
        conn.execute(rows.INSERT_LINK, rows.link_rows(sid, missing, first))


def insert_strategy(conn: Connection, strategy: Strategy) -> None:
    """Insert a strategy row with all its cards and links (no history)."""
    conn.execute(insert(orm.strategies), rows.strategy_row(strategy, rows.now()))
    if strategy.cards:
        conn.execute(insert(orm.cards), rows.card_rows(strategy.id, strategy.cards.values(), 0))
    if strategy.links:
        conn.execute(insert(orm.links), rows.link_rows(strategy.id, strategy.links.values(), 0))


def put_workshop(conn: Connection, workshop: Workshop) -> None:
    """Insert or replace a workshop row, replacing its teams and members."""
    row, team_rows, member_rows = rows.workshop_rows(workshop)
    w, t = orm.workshops, orm.teams
    fields = {name: value for name, value in row.items() if name != "id"}
    if conn.execute(update(w).where(w.c.id == workshop.id).values(fields)).rowcount == 0:
        conn.execute(insert(w), row)
    # Members go with their teams (ON DELETE CASCADE).
    conn.execute(delete(t).where(t.c.workshop_id == workshop.id))
    if team_rows:
        conn.execute(insert(t), team_rows)
    if member_rows:
        conn.execute(insert(orm.members), member_rows)


def put_scenario(conn: Connection, workshop_id: str, scenario: Scenario) -> None:
    """Insert or replace one scenario of a workshop, keeping its place in the list."""
    s = orm.scenarios
    values = rows.scenario_values(scenario)
    where = (s.c.workshop_id == workshop_id, s.c.key == scenario.key)
    if conn.execute(update(s).where(*where).values(values)).rowcount == 0:
        next_seq = select(func.coalesce(func.max(s.c.seq), -1) + 1).where(
            s.c.workshop_id == workshop_id
        )
        seq = conn.execute(next_seq).scalar_one()
        conn.execute(
            insert(s), {"workshop_id": workshop_id, "key": scenario.key, "seq": seq, **values}
        )
