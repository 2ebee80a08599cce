"""The window on a damaged database: it opens, says what it could not read, never crashes.

Issue 15, item 4: a strategy whose profile is not JSON, or a workshop dated
``'not-a-date'``, crashed the window with a traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication


def _sql(db: Path, statement: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_damaged_strategy_is_named_and_the_others_open(  # type: ignore[no-untyped-def]
    make_harness, tmp_path: Path
) -> None:
    db = tmp_path / "canvas.sqlite3"
    first = make_harness(db)
    ids = first.workbench._strategy_ids()
    assert len(ids) >= 2
    first.close()
    _sql(db, f"UPDATE strategies SET profile = '{{broken' WHERE id = '{ids[0]}'")
    h = make_harness(db)
    assert h.opened and h.errors == []
    messages: list[str] = []
    h.workbench.show_message = messages.append
    h.workbench.open_strategy(ids[0])
    assert any("is damaged: table strategies" in m for m in messages), messages
    h.workbench.open_strategy(ids[1])
    assert h.workbench.session is not None and h.workbench.session.strategy_id == ids[1]


def test_a_workshop_dated_not_a_date_leaves_the_window_usable(  # type: ignore[no-untyped-def]
    make_harness, tmp_path: Path
) -> None:
    db = tmp_path / "canvas.sqlite3"
    make_harness(db).close()
    _sql(db, "UPDATE workshops SET date = 'not-a-date'")
    h = make_harness(db)
    QApplication.processEvents()
    assert h.opened and h.errors == []
    assert h.workbench.workshop is None  # nothing readable to show, and no demo written over it
