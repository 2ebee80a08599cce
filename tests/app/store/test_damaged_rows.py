"""Damaged rows: a clear "database is damaged" naming table and row, the rest usable.

Issue 15, item 4: invalid JSON in a JSON column (``UPDATE strategies SET
profile='{broken'``) or a workshop date of ``'not-a-date'`` crashed ``check``,
``strategies`` and the window with a traceback. Each damaged value now fails the
validation of its own row only: a list leaves that row out (and says so), the
record asked for by id raises ``DamagedRowError``, and everything else reads.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.autosave import Autosaver
from app.document import Document
from app.paths import sqlite_url
from app.resources import load_library
from app.review.snapshots import take_snapshot
from app.store import CorruptDatabaseError, DamagedRowError, NotADatabaseError, Store
from models.operations import AddCard
from models.phases import Phase
from models.strategy import Card
from tests.app.store.conftest import empty_strategy, make_workshop

SCENARIO = load_library().scenarios["robodebt-case-study"]


@pytest.fixture
def path(tmp_path: Path) -> Iterator[Path]:
    """A database with two workshops, two strategies with cards, a scenario and history."""
    file = tmp_path / "canvas.sqlite3"
    with Store.open(sqlite_url(file)) as store:
        store.save_workshop(make_workshop("ws-1"))
        store.save_workshop(make_workshop("ws-2").model_copy(update={"name": "Autumn"}))
        store.save_scenario("ws-1", SCENARIO)
        for sid in ("s1", "s2"):
            strategy = empty_strategy(sid).model_copy(update={"scenario_key": SCENARIO.key})
            card = Card(id="c1", title="Drift alarm", phase=Phase.MONITOR)
            strategy.cards[card.id] = card
            store.create_strategy(strategy)
        store.save_snapshot(take_snapshot(store.load_strategy("s1"), "Before"))
        document = Document(store.load_strategy("s1"))
        saver = Autosaver(store, document)
        document.apply(AddCard(card=Card(id="c2", title="Retrain", phase=Phase.DEVELOP)))
        assert saver.flush()
    yield file


def damage(path: Path, sql: str) -> None:
    """Change the file behind the app's back, as another tool would."""
    db = sqlite3.connect(path)
    try:
        db.execute(sql)
        db.commit()
    finally:
        db.close()


def test_invalid_json_in_a_strategy_is_reported_with_table_and_row(path: Path) -> None:
    damage(path, "UPDATE strategies SET profile = '{broken' WHERE id = 's1'")
    with Store.open(sqlite_url(path)) as store:
        with pytest.raises(DamagedRowError) as caught:
            store.load_strategy("s1")
        assert (caught.value.table, caught.value.row) == ("strategies", "'s1'")
        assert "profile is not valid JSON" in str(caught.value)
        assert "is damaged" in str(caught.value) and "Traceback" not in str(caught.value)
        assert store.load_strategy("s2").id == "s2"  # the rest reads
        assert [s.id for s in store.list_strategies()] == ["s1", "s2"]  # the row lists


def test_a_workshop_dated_not_a_date_is_left_out_of_lists_and_named(path: Path) -> None:
    damage(path, "UPDATE workshops SET date = 'not-a-date' WHERE id = 'ws-1'")
    with Store.open(sqlite_url(path)) as store:
        assert [w.id for w in store.list_workshops()] == ["ws-2"]
        (skipped,) = store.damaged_rows()
        assert (skipped.table, skipped.row) == ("workshops", "'ws-1'")
        assert "date" in skipped.detail
        with pytest.raises(DamagedRowError, match=r"table workshops, row 'ws-1'"):
            store.get_workshop("ws-1")
        assert store.get_workshop("ws-2").name == "Autumn"
        assert len(store.list_strategies()) == 2


@pytest.mark.parametrize(
    ("sql", "table", "row", "words"),
    [
        (
            "UPDATE cards SET capabilities = '[oops' WHERE strategy_id = 's1'",
            "cards",
            "('s1', 'c1')",
            "capabilities is not valid JSON",
        ),
        (
            "UPDATE cards SET title = CAST(x'ff41' AS TEXT) WHERE strategy_id = 's1'",
            "cards",
            "('s1', 'c1')",
            "title is not UTF-8 text",
        ),
        (
            "UPDATE cards SET x = 'far away' WHERE strategy_id = 's1'",
            "cards",
            "('s1', 'c1')",
            "x:",
        ),
        (
            f"UPDATE strategies SET revision = {2**63 - 1} WHERE id = 's1'",
            "strategies",
            "'s1'",
            "revision",
        ),
        (
            "UPDATE strategies SET packs = '\"not a list\"' WHERE id = 's1'",
            "strategies",
            "'s1'",
            "packs",
        ),
    ],
)
def test_damaged_values_name_their_row(
    path: Path, sql: str, table: str, row: str, words: str
) -> None:
    damage(path, sql)
    with Store.open(sqlite_url(path)) as store:
        with pytest.raises(DamagedRowError) as caught:
            store.load_strategy("s1")
        assert (caught.value.table, caught.value.row) == (table, row)
        assert words in caught.value.detail
        assert len(store.load_strategy("s2").cards) == 1


def test_a_summary_that_cannot_be_read_is_left_out_of_the_list(path: Path) -> None:
    damage(path, "UPDATE strategies SET revision = 'many' WHERE id = 's2'")
    damage(path, "UPDATE strategies SET name = CAST(x'c3' AS TEXT) WHERE id = 's1'")
    with Store.open(sqlite_url(path)) as store:
        assert store.list_strategies() == []
        assert {(d.table, d.row) for d in store.damaged_rows()} == {
            ("strategies", "'s1'"),
            ("strategies", "'s2'"),
        }


def test_a_damaged_scenario_is_left_out(path: Path) -> None:
    damage(path, "UPDATE scenarios SET data = '{' WHERE workshop_id = 'ws-1'")
    with Store.open(sqlite_url(path)) as store:
        assert store.list_scenarios("ws-1") == []
        (skipped,) = store.damaged_rows()
        assert skipped.table == "scenarios" and "data is not valid JSON" in skipped.detail


def test_damaged_history_and_reviews_are_clean_errors(path: Path) -> None:
    damage(path, "UPDATE operations SET payload = 'nope'")
    damage(path, "UPDATE snapshots SET data = '[[['")
    with Store.open(sqlite_url(path)) as store:
        with pytest.raises(DamagedRowError, match=r"table operations, row \('s1', 1\)"):
            store.history("s1")
        with pytest.raises(CorruptDatabaseError, match="is damaged"):
            store.load_snapshots("s1")
        assert store.load_strategy("s1").id == "s1"


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_or_device_as_the_database_is_refused_unread(tmp_path: Path) -> None:
    fifo = tmp_path / "canvas.sqlite3"
    os.mkfifo(fifo)
    with pytest.raises(NotADatabaseError, match=r"named pipe \(FIFO\), not a database file"):
        Store.open(sqlite_url(fifo))
    with pytest.raises(NotADatabaseError, match="character device"):
        Store.open(sqlite_url(Path("/dev/zero")))


def test_the_demo_never_writes_over_a_workshop_too_damaged_to_list(tmp_path: Path) -> None:
    """An empty list used to mean an empty database; a damaged demo must not be replaced."""
    from app.demo import ensure_demo

    library = load_library()
    file = tmp_path / "demo.sqlite3"
    with Store.open(sqlite_url(file)) as store:
        assert ensure_demo(store, library)
        (workshop,) = store.list_workshops()
    damage(file, f"UPDATE workshops SET date = 'not-a-date' WHERE id = '{workshop.id}'")
    damage(file, "UPDATE cards SET notes = 'typed by the team'")
    with Store.open(sqlite_url(file)) as store:
        assert store.list_workshops() == []
        assert not ensure_demo(store, library)
    db = sqlite3.connect(file)
    notes = {row[0] for row in db.execute("SELECT notes FROM cards")}
    db.close()
    assert notes == {"typed by the team"}


def test_import_never_replaces_a_strategy_too_damaged_to_list(path: Path) -> None:
    """The id clash check sees damaged rows too, so the import is refused, not a silent swap."""
    from app.exchange.importer import plan_import
    from app.exchange.reader import ExchangeError, read_document
    from app.exchange.writer import export_strategy

    with Store.open(sqlite_url(path)) as store:
        raw = export_strategy(store, "s1", "2026.1")
    damage(path, "UPDATE strategies SET revision = 'lots' WHERE id = 's1'")
    with Store.open(sqlite_url(path)) as store:
        result = read_document(raw)
        with pytest.raises(ExchangeError, match="already in this database"):
            plan_import(store, result)
