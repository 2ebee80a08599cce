"""A database from before content series 2026.12 opens in the window and says what changed, once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.paths import sqlite_url
from tests.app.store.test_capability_migration import _database_at_0002


def test_the_window_tells_what_the_capability_split_changed_once(
    make_harness: Any, tmp_path: Path
) -> None:
    db = tmp_path / "old.sqlite3"
    _database_at_0002(sqlite_url(db))
    first = make_harness(db)
    assert first.opened and not first.errors
    ((title, text),) = first.notices
    assert title == "Your database was updated"
    assert "2026.12" in text and "human-oversight → human-decision" in text
    first.close()
    second = make_harness(db)
    assert second.opened and second.notices == []
