"""Two real app windows in two processes on one database: an SQLite file and PostgreSQL.

Each child runs the real main window and workbench offscreen
(``tests/views/window_child.py``); a card added in one window reaches the
other's document within a second, never on the other's undo stack.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.demo import ensure_demo
from app.paths import sqlite_url
from app.resources import ContentLibrary
from app.store import Store
from tests.pgcluster import Cluster

ROOT = Path(__file__).resolve().parents[2]


class Window:
    """A window process answering JSON commands."""

    def __init__(self, url: str, strategy_id: str, name: str, settings: Path) -> None:
        settings.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "MLOPS_CANVAS_SEAT": name,
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.views.window_child", url, strategy_id, str(settings)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = self.read()
        assert ready["ready"] and ready["seat"] == name
        self.stack = int(ready["stack"])

    def read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the window process ended"
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        return self.read()

    def quit(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask(quit=True)
            finally:
                self.process.wait(timeout=20)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    server = Cluster()
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture(params=["sqlite", "postgresql"])
def shared(
    request: pytest.FixtureRequest, tmp_path: Path, library: ContentLibrary
) -> tuple[str, str]:
    """A database with the demo workshop on each backend; its URL and a strategy id."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "shared.sqlite3")
    else:
        url = request.getfixturevalue("cluster").new_database()
    with Store.open(url) as store:
        ensure_demo(store, library)
        strategy_id = store.list_strategies()[0].id
    return url, strategy_id


def test_a_card_added_in_one_window_appears_in_the_other_within_a_second(
    shared: tuple[str, str], tmp_path: Path
) -> None:
    url, strategy_id = shared
    ana = Window(url, strategy_id, "Ana", tmp_path / "ana")
    try:
        ben = Window(url, strategy_id, "Ben", tmp_path / "ben")
        try:
            added = ana.ask(add="Ana's drift alarm")
            assert added["pending"] == 0 and added["stack"] == ana.stack + 1
            seen = ben.ask(wait=["Ana's drift alarm"], timeout=5)
            assert seen["took"] is not None and seen["took"] < 1.0
            assert seen["stack"] == ben.stack  # a remote edit is not Ben's to undo
            added = ben.ask(add="Ben's rollback plan")
            assert added["pending"] == 0
            seen = ana.ask(wait=["Ben's rollback plan"], timeout=5)
            assert seen["took"] is not None and seen["took"] < 1.0
            assert ana.ask(board=True)["titles"] == ben.ask(board=True)["titles"]
        finally:
            ben.quit()
    finally:
        ana.quit()
