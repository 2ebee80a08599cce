"""Two seats in two processes on one database (an SQLite file, and PostgreSQL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]


class Child:
    """A seat process answering JSON commands."""

    def __init__(self, url: str, name: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.app.sharing.seat_child", url, name, "strategy-1"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.read() == {"ready": True}

    def send(self, **command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the seat process ended"
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ask(self, **command: Any) -> dict[str, Any]:
        self.send(**command)
        return self.read()

    def quit(self) -> None:
        if self.process.poll() is None:
            self.send(quit=True)
            self.process.wait(timeout=10)


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Child, Child]]:
    ana, ben = Child(db_url, "Ana"), Child(db_url, "Ben")
    try:
        yield ana, ben
    finally:
        ana.quit()
        ben.quit()


def test_edits_of_different_cards_reach_both_processes_within_a_second(
    two: tuple[Child, Child],
) -> None:
    ana, ben = two
    ana.send(add="Ana's card")
    ben.send(add="Ben's card")  # at the same moment: one of the writes merges
    assert ana.read()["pending"] == 0 and ben.read()["pending"] == 0
    both = ["Ana's card", "Ben's card"]
    ana_took = ana.ask(wait=both, timeout=5)["took"]
    ben_took = ben.ask(wait=both, timeout=5)["took"]
    assert ana_took is not None and ana_took < 1.0
    assert ben_took is not None and ben_took < 1.0
    assert ana.ask(board=True)["titles"] == ben.ask(board=True)["titles"] == both


def test_the_same_field_from_two_processes_the_later_wins_and_the_other_is_told(
    two: tuple[Child, Child],
) -> None:
    ana, ben = two
    ana.ask(add="Audit")
    assert ben.ask(wait=["Audit"])["took"] is not None
    ana.ask(retitle="Audit", to="Ana's audit")  # written first
    ben.ask(retitle="Audit", to="Ben's audit")  # written later: merged over Ana's
    assert ana.ask(wait=["Ben's audit"])["took"] is not None
    seen = ana.ask(board=True)
    assert seen["titles"] == ["Ben's audit"] and seen["pending"] == 0
    [told] = seen["overwritten"]
    assert told.startswith("Ben changed the card “Ana's audit”: title from “Ana's audit” to")
    assert ben.ask(board=True)["overwritten"] == []
