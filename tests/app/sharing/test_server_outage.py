"""PostgreSQL: seats hear each other through NOTIFY, and survive the server going away."""

from __future__ import annotations

import time

import pytest

from app.autosave import Autosaver, SaveKind
from app.document import Document
from app.store import Store, StoreError
from models.operations import AddCard
from models.phases import Phase
from models.strategy import Card
from tests.app.sharing.conftest import open_seat
from tests.app.store.conftest import empty_strategy, make_workshop
from tests.pgcluster import Cluster


def _database(cluster: Cluster) -> str:
    url = cluster.new_database()
    with Store.open(url) as store:
        store.save_workshop(make_workshop())
        store.create_strategy(empty_strategy())
    return url


def test_a_write_notifies_the_other_seats_listening(cluster: Cluster) -> None:
    url = _database(cluster)
    with open_seat(url, "Ana") as ana, open_seat(url, "Ben") as ben:
        feed = ben.change_feed()
        assert feed.topics() == set()  # listening, nothing yet
        document = Document(ana.load_strategy("strategy-1"))
        Autosaver(ana, document)
        document.apply(AddCard(card=Card(title="Heard at once", phase=Phase.DATA)))
        ana.heartbeat("ws-1", "strategy-1")  # presence alone is no edit
        deadline = time.monotonic() + 2
        topics: set[str] = set()
        while not topics and time.monotonic() < deadline:
            topics = feed.topics() or set()
            time.sleep(0.01)
        assert topics == {"s:strategy-1"}
        feed.close()


def test_the_server_going_away_keeps_edits_pending_and_saves_them_when_it_returns(
    cluster: Cluster,
) -> None:
    url = _database(cluster)
    store = open_seat(url, "Ana")
    try:
        document = Document(store.load_strategy("strategy-1"))
        states: list[SaveKind] = []
        saver = Autosaver(store, document, on_state=lambda state: states.append(state.kind))
        document.apply(AddCard(card=Card(title="Before", phase=Phase.DATA)))
        cluster.stop()
        try:
            document.apply(AddCard(card=Card(title="During 1", phase=Phase.DATA)))
            document.apply(AddCard(card=Card(title="During 2", phase=Phase.DATA)))
            assert (saver.pending, saver.state.kind) == (2, SaveKind.ERROR)
            assert saver.state.message.startswith("Cannot save to ")
            assert "2 edits kept in memory" in saver.state.describe()
            assert not saver.flush()  # still down: still pending, no raw driver error
            with pytest.raises(StoreError, match="Cannot read"):
                saver.poll()  # a read error is a store error too, never the driver's own
        finally:
            cluster.start()
        assert saver.flush()
        after = saver.state
        assert (saver.pending, after.kind) == (0, SaveKind.SAVED)
        with Store.open(url) as check:
            titles = {c.title for c in check.load_strategy("strategy-1").cards.values()}
        assert titles == {"Before", "During 1", "During 2"}
    finally:
        store.close()
