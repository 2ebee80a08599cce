"""When the database cannot be written, edits wait in memory and land later, in order."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.autosave import Autosaver, SaveKind, SaveState
from app.document import Document
from app.store import Store, StoreWriteError
from models.operations import AddCard, UpdateCard
from models.phases import Phase
from models.strategy import Card
from tests.app.store.conftest import empty_strategy, make_workshop
from tests.app.store.opgen import random_op


@pytest.fixture
def session(db_url: str) -> Iterator[tuple[Store, Document, Autosaver, list[SaveState]]]:
    """A store with one strategy open in a document with an autosaver."""
    store = Store.open(db_url, busy_timeout_ms=20)
    store.save_workshop(make_workshop())
    store.create_strategy(empty_strategy())
    document = Document(store.load_strategy("strategy-1"))
    states: list[SaveState] = []
    saver = Autosaver(store, document, on_state=states.append)
    yield store, document, saver, states
    store.close()


def _edit(document: Document, rng: random.Random, count: int) -> None:
    for _ in range(count):
        document.apply(random_op(rng, document.strategy))


def _assert_database_equals(store: Store, document: Document) -> None:
    assert store.load_strategy("strategy-1") == document.strategy
    replay = Document(empty_strategy())
    for record in store.history("strategy-1"):
        assert record.revision == replay.revision + 1
        replay.apply(record.op)
    assert replay.strategy == document.strategy


def test_locked_database_keeps_edits_until_released(
    db_path: Path, session: tuple[Store, Document, Autosaver, list[SaveState]]
) -> None:
    store, document, saver, states = session
    rng = random.Random(11)
    _edit(document, rng, 5)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    _edit(document, rng, 7)
    assert saver.pending == 7 and saver.saved_revision == 5
    failed = states[-1]
    assert failed.kind is SaveKind.ERROR
    assert "lock" in failed.message
    assert failed.describe().endswith("7 edits kept in memory; retrying.")
    assert not saver.flush()
    other.execute("ROLLBACK")
    other.close()
    assert store.load_strategy("strategy-1").revision == 5
    assert saver.flush()
    assert saver.pending == 0 and saver.saved_revision == document.revision == 12
    assert states[-1].kind is SaveKind.SAVED
    _assert_database_equals(store, document)
    _edit(document, rng, 3)  # and it carries on saving at once
    assert saver.saved_revision == 15
    _assert_database_equals(store, document)


def test_full_disk_keeps_edits_until_space_returns(
    session: tuple[Store, Document, Autosaver, list[SaveState]],
) -> None:
    store, document, saver, states = session
    conn = store._connection()
    with conn.begin():
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    big = Card(title="Long notes", phase=Phase.DATA, notes="x" * 20_000)
    document.apply(AddCard(card=big))
    assert saver.pending == 1
    assert "the disk is full" in states[-1].message
    patch = UpdateCard.model_validate(
        {"card_id": big.id, "before": {"title": "Long notes"}, "after": {"title": "Shorter"}}
    )
    document.apply(patch)
    assert saver.pending == 2
    with conn.begin():
        conn.exec_driver_sql("PRAGMA max_page_count = 1073741823")
    assert saver.close()
    _assert_database_equals(store, document)


def test_moved_away_file_is_not_written_blindly(
    db_path: Path, session: tuple[Store, Document, Autosaver, list[SaveState]]
) -> None:
    store, document, saver, states = session
    rng = random.Random(2)
    _edit(document, rng, 2)
    aside = db_path.with_name("aside.sqlite3")
    db_path.rename(aside)
    _edit(document, rng, 4)
    assert saver.pending == 4
    assert "removed or moved" in states[-1].message
    aside.rename(db_path)
    assert saver.flush()
    _assert_database_equals(store, document)


def test_replaced_file_is_refused(
    db_path: Path, session: tuple[Store, Document, Autosaver, list[SaveState]]
) -> None:
    store, document, saver, states = session
    copy = db_path.with_name("copy.sqlite3")
    shutil.copyfile(db_path, copy)
    copy.replace(db_path)
    with pytest.raises(StoreWriteError, match="replaced"):
        store.save_workshop(make_workshop())
    document.apply(AddCard(card=Card(title="Kept", phase=Phase.DEPLOY)))
    assert saver.pending == 1 and "replaced" in states[-1].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_read_only_file_reports_write_error(db_url: str, db_path: Path) -> None:
    with Store.open(db_url) as store:
        store.save_workshop(make_workshop())
    db_path.chmod(0o444)
    try:
        with pytest.raises(StoreWriteError, match="read-only"):
            Store.open(db_url).save_workshop(make_workshop())
    finally:
        db_path.chmod(0o644)
