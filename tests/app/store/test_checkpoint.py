"""Commits never checkpoint on the writing thread; a background thread does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.document import Document
from app.store import Store, engine
from models.operations import AddCard
from models.phases import Phase
from models.strategy import Card
from tests.app.store.conftest import empty_strategy, make_workshop


def _revision_in_main_file(path: Path) -> int:
    """The strategy's revision as the database file alone has it (ignoring the WAL)."""
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(db.execute("SELECT revision FROM strategies").fetchone()[0])
    finally:
        db.close()


def test_background_checkpoint_moves_commits_into_the_file(
    db_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "CHECKPOINT_EVERY", 5)
    store = Store.open(db_url)
    try:
        store.save_workshop(make_workshop())
        store.create_strategy(empty_strategy())
        store.checkpoint()
        document = Document(store.load_strategy("strategy-1"))
        for n in range(3):
            change = document.apply(AddCard(card=Card(title=f"Card {n}", phase=Phase.DATA)))
            store.record(document.strategy, change)
        store._checkpointer.join()
        # Three commits sit in the WAL only: nothing was checkpointed while writing.
        assert _revision_in_main_file(db_path) == 0
        # Two more reach CHECKPOINT_EVERY commits since the manual checkpoint.
        for n in range(3, 5):
            change = document.apply(AddCard(card=Card(title=f"Card {n}", phase=Phase.DATA)))
            store.record(document.strategy, change)
        store._checkpointer.join()
        assert _revision_in_main_file(db_path) == 5
    finally:
        store.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert _revision_in_main_file(db_path) == 5


def test_checkpoint_is_a_no_op_in_memory() -> None:
    with Store.open("sqlite://") as store:
        store.checkpoint()
