"""Files the store must refuse — clearly, and without changing a single byte."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from app.paths import sqlite_url
from app.store import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    Store,
    StoreError,
)
from bench.workload import WORKSHOP_ID, make_strategy
from tests.app.store.conftest import make_workshop


def _populated(path: Path, cards: int = 120) -> Path:
    """A real database with one strategy, closed cleanly (no WAL left)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(sqlite_url(path)) as store:
        store.save_workshop(make_workshop(WORKSHOP_ID))
        store.create_strategy(make_strategy(cards))
    return path


def _refused(path: Path, error: type[StoreError], match: str) -> StoreError:
    """Open ``path``, expect ``error``, and check the file is byte-for-byte unchanged."""
    before = path.read_bytes()
    with pytest.raises(error, match=match) as caught:
        Store.open(sqlite_url(path))
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no -wal/-shm either
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return caught.value


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = _populated(tmp_path / "future.sqlite3")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()
    err = _refused(path, NewerSchemaError, "newer version")
    assert "9999_from_the_future" in str(err) and "left untouched" in str(err)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(random.Random(1).randbytes(8192), id="random-bytes"),
        pytest.param(b"Meeting notes\nnot a database\n" * 50, id="text-file"),
        pytest.param(b"SQLite", id="short-prefix"),
        pytest.param(b"\x00" * 4096, id="zeros"),
    ],
)
def test_non_database_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    _refused(path, NotADatabaseError, "not an SQLite file")


def test_another_applications_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
        db.execute("INSERT INTO recipes VALUES ('soup')")
    db.close()
    _refused(path, NotADatabaseError, "another application")


@pytest.mark.parametrize("keep", [0.5, 0.37], ids=["page-boundary", "mid-page"])
def test_truncated_database_is_refused(tmp_path: Path, keep: float) -> None:
    path = _populated(tmp_path / "cut.sqlite3")
    data = path.read_bytes()
    cut = int(len(data) * keep)
    if keep == 0.5:
        cut -= cut % 4096
    path.write_bytes(data[:cut])
    _refused(path, CorruptDatabaseError, "damaged")


def test_overwritten_pages_are_refused(tmp_path: Path) -> None:
    path = _populated(tmp_path / "scribbled.sqlite3")
    data = bytearray(path.read_bytes())
    rng = random.Random(5)
    for page in range(2, len(data) // 4096):
        start = page * 4096 + 8
        data[start : start + 64] = rng.randbytes(64)
    path.write_bytes(bytes(data))
    _refused(path, CorruptDatabaseError, "damaged")


def test_damaged_header_page_size_is_refused(tmp_path: Path) -> None:
    path = _populated(tmp_path / "header.sqlite3")
    data = bytearray(path.read_bytes())
    data[16:18] = (3000).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    _refused(path, CorruptDatabaseError, "damaged")


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Store.open(sqlite_url(path)) as store:
        assert store.list_workshops() == []
    assert path.stat().st_size > 0


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError, match=r"folder\.sqlite3"):
        Store.open(sqlite_url(folder))


@pytest.mark.parametrize("url", ["nonsense://", "mysql+nosuchdriver://u@localhost/db", "::"])
def test_unusable_urls_give_one_line_errors(url: str) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open(url)
    assert "\n" not in str(caught.value)


def test_refusal_leaves_no_side_files_behind(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just text\n" * 100)
    with pytest.raises(NotADatabaseError):
        Store.open(sqlite_url(path))
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
