"""Persisted edits: after any series of operations the database equals the document."""

from __future__ import annotations

import random
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import OperationalError

from app.autosave import Autosaver, SaveKind, SaveState
from app.document import Change, Document
from app.store import ConflictError, Store, UnknownRecordError, writes
from models.operations import AddCard, MoveCard, RemoveCard, RenameStrategy
from models.phases import Phase
from models.strategy import Card, Link, Placement, Strategy
from models.workshop import Workshop
from tests.app.store.conftest import empty_strategy, make_workshop
from tests.app.store.opgen import random_op


def _replay(store: Store, strategy_id: str, start: Strategy) -> Strategy:
    """Apply the stored history to ``start`` (revision 0) and return the result."""
    document = Document(start)
    for record in store.history(strategy_id):
        assert record.revision == document.revision + 1
        document.apply(record.op)
    return document.strategy


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(1, 60))
def test_fresh_load_and_replayed_history_equal_the_document(
    shared_store: Store, seed: int, count: int
) -> None:
    rng = random.Random(seed)
    store = shared_store
    store.create_strategy(empty_strategy())
    try:
        document = Document(store.load_strategy("strategy-1"))
        saver = Autosaver(store, document)
        for _ in range(count):
            document.apply(random_op(rng, document.strategy))
        assert saver.saved_revision == document.revision == count
        loaded = store.load_strategy("strategy-1")
        assert loaded == document.strategy
        assert set(loaded.cards) == set(document.strategy.cards)
        assert _replay(store, "strategy-1", empty_strategy()) == document.strategy
    finally:
        store.delete_strategy("strategy-1")


def test_every_step_is_persisted_with_its_rows(store: Store, workshop: Workshop) -> None:
    store.create_strategy(empty_strategy())
    document = Document(store.load_strategy("strategy-1"))
    Autosaver(store, document)
    rng = random.Random(7)
    for _ in range(120):
        document.apply(random_op(rng, document.strategy))
        assert store.load_strategy("strategy-1") == document.strategy
    history = store.history("strategy-1")
    assert [r.revision for r in history] == list(range(1, 121))
    assert all(r.strategy_id == "strategy-1" and r.at.endswith("+00:00") for r in history)


def test_undo_of_a_removal_restores_card_and_links(store: Store, workshop: Workshop) -> None:
    store.create_strategy(empty_strategy())
    document = Document(store.load_strategy("strategy-1"))
    Autosaver(store, document)
    rng = random.Random(3)
    while len(document.strategy.links) < 5:
        document.apply(random_op(rng, document.strategy))
    link = next(iter(document.strategy.links.values()))
    card = document.strategy.cards[link.source]
    removal = RemoveCard(card=card, links=tuple(document.strategy.links_of(card.id)))
    document.apply(removal)
    assert store.load_strategy("strategy-1") == document.strategy
    document.apply(removal.inverse())
    assert store.load_strategy("strategy-1") == document.strategy
    assert link.id in store.load_strategy("strategy-1").links


def test_record_many_writes_ops_in_revision_order(store: Store, workshop: Workshop) -> None:
    store.create_strategy(empty_strategy())
    document = Document(store.load_strategy("strategy-1"))
    card = Card(title="Gate", phase=Phase.EVALUATE)
    changes = [
        document.apply(AddCard(card=card)),
        document.apply(
            MoveCard(
                card_id=card.id,
                before=card.placement,
                after=Placement(phase=Phase.DEPLOY, x=5, y=6),
            )
        ),
        document.apply(RenameStrategy(before="Team A strategy", after="Renamed")),
    ]
    store.record_many(document.strategy, list(reversed(changes)))
    assert [r.revision for r in store.history("strategy-1")] == [1, 2, 3]
    assert store.load_strategy("strategy-1") == document.strategy
    assert store.list_strategies()[0].name == "Renamed"


def test_autosaver_reports_saved_state(store: Store, workshop: Workshop) -> None:
    store.create_strategy(empty_strategy())
    document = Document(store.load_strategy("strategy-1"))
    states: list[SaveState] = []
    saver = Autosaver(store, document, on_state=states.append)
    document.apply(AddCard(card=Card(title="One", phase=Phase.DATA)))
    assert states[-1].kind is SaveKind.SAVED
    assert states[-1].describe() == "Saved · revision 1"
    assert saver.pending == 0 and saver.close()
    document.apply(AddCard(card=Card(title="Two", phase=Phase.DATA)))
    assert saver.saved_revision == 1  # closed: no longer listening


def test_recording_a_deleted_strategy_is_reported(store: Store, workshop: Workshop) -> None:
    store.create_strategy(empty_strategy())
    document = Document(store.load_strategy("strategy-1"))
    saver = Autosaver(store, document)
    store.delete_strategy("strategy-1")
    document.apply(AddCard(card=Card(title="Orphan", phase=Phase.DATA)))
    assert saver.pending == 1
    assert "no longer in the database" in saver.state.message
    with pytest.raises(UnknownRecordError):
        store.delete_strategy("strategy-1")


def test_edits_from_another_window_are_merged_not_refused(db_url: str) -> None:
    with Store.open(db_url) as first, Store.open(db_url) as second:
        first.save_workshop(make_workshop())
        first.create_strategy(empty_strategy())
        mine = Document(first.load_strategy("strategy-1"))
        theirs = Document(second.load_strategy("strategy-1"))
        my_saver, their_saver = Autosaver(first, mine), Autosaver(second, theirs)
        mine.apply(AddCard(card=Card(title="Mine", phase=Phase.DATA)))
        theirs.apply(AddCard(card=Card(title="Theirs", phase=Phase.DATA)))
        # The second write found the database moved on: it took the first one's card
        # in, replayed its own on top and wrote it; no error, nothing pending.
        assert (my_saver.pending, their_saver.pending, their_saver.state.message) == (0, 0, "")
        assert {c.title for c in theirs.strategy.cards.values()} == {"Mine", "Theirs"}
        assert my_saver.poll() is not None
        assert mine.strategy == theirs.strategy == first.load_strategy("strategy-1")
        stale = Change(op=RenameStrategy(before="Team A strategy", after="Theirs"), revision=1)
        with pytest.raises(ConflictError):  # the store itself still refuses a stale write
            second.record_many(theirs.strategy, [stale])
        assert first.load_strategy("strategy-1") == mine.strategy


def test_operations_applied_inside_a_listener_are_saved_in_order(
    store: Store, workshop: Workshop
) -> None:
    store.create_strategy(empty_strategy())
    document = Document(store.load_strategy("strategy-1"))

    def nudge_new_cards(doc: Document, change: Change) -> None:
        if isinstance(change.op, AddCard):
            card = change.op.card
            after = Placement(phase=card.phase, x=card.x + 10, y=card.y)
            doc.apply(MoveCard(card_id=card.id, before=card.placement, after=after))

    document.add_listener(nudge_new_cards)  # runs before the autosaver hears of the add
    saver = Autosaver(store, document)
    document.apply(AddCard(card=Card(title="Nudged", phase=Phase.DEPLOY)))
    assert saver.pending == 0 and saver.saved_revision == 2
    assert [r.op.kind for r in store.history("strategy-1")] == ["add-card", "move-card"]
    assert store.load_strategy("strategy-1") == document.strategy


def test_a_failure_halfway_through_a_record_writes_nothing(
    store: Store, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.create_strategy(empty_strategy())
    document = Document(store.load_strategy("strategy-1"))
    saver = Autosaver(store, document)
    a, b = Card(title="A", phase=Phase.DATA), Card(title="B", phase=Phase.DEVELOP)
    document.apply(AddCard(card=a))

    def disk_error(*_args: object) -> None:
        raise OperationalError("INSERT INTO links", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(writes, "_upsert_links", disk_error)
    document.apply(AddCard(card=b, links=(Link(source=a.id, target=b.id),)))
    assert saver.pending == 1 and "a disk error occurred" in saver.state.message
    assert store.load_strategy("strategy-1").revision == 1
    assert [r.revision for r in store.history("strategy-1")] == [1]
    assert set(store.load_strategy("strategy-1").cards) == {a.id}
    monkeypatch.undo()
    assert saver.flush()
    assert store.load_strategy("strategy-1") == document.strategy
