"""The command line on a damaged or busy database (issue 15, items 4 and 7).

Damaged rows give one clear line naming table and row, listings show what can
be read and warn about the rest; and reading commands no longer need the write
lock, so they work while another process holds a write transaction.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

import app.cli
from tests.app.cli.conftest import Cli, one_error_line
from tests.app.cli.runner import cli_runner


@pytest.fixture
def full_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    return cli_runner(monkeypatch, capsys, app.cli.SUBCOMMANDS)


@pytest.fixture
def db(full_cli: Cli, tmp_path: Path) -> Path:
    path = tmp_path / "canvas.sqlite3"
    assert full_cli("--db", path, "demo").status == 0
    return path


def _ids(cli: Cli, db: Path) -> list[str]:
    listed = cli("--db", db, "strategies", "--format", "json")
    assert listed.status == 0, listed.err
    return [row["id"] for row in json.loads(listed.out)]


def _sql(db: Path, statement: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_broken_profile_is_one_line_for_check_and_the_rest_still_works(
    full_cli: Cli, db: Path, tmp_path: Path
) -> None:
    first, *others = _ids(full_cli, db)
    _sql(db, f"UPDATE strategies SET profile = '{{broken' WHERE id = '{first}'")
    line = one_error_line(full_cli("--db", db, "check", first))
    assert f"is damaged: table strategies, row '{first}': profile is not valid JSON" in line
    assert _ids(full_cli, db) == [first, *others]  # listing does not read the profile
    for other in others:
        assert full_cli("--db", db, "check", other).status in (0, 1)
        out = tmp_path / f"{other}.json"
        assert full_cli("--db", db, "export", other, "-o", out).status == 0
    assert "is damaged" in one_error_line(full_cli("--db", db, "export", first))


def test_a_workshop_dated_not_a_date_is_left_out_with_a_warning(full_cli: Cli, db: Path) -> None:
    _sql(db, "UPDATE workshops SET date = 'not-a-date'")
    listed = full_cli("--db", db, "workshops")
    assert listed.status == 0
    assert "No workshops yet" in listed.out
    assert "warning: the database is damaged: table workshops, row" in listed.err
    assert "(left out; the rest was read)" in listed.err
    assert "Traceback" not in listed.err
    strategies = full_cli("--db", db, "strategies")
    assert strategies.status == 0 and "Traceback" not in strategies.err


def test_reading_commands_work_while_another_process_writes(
    full_cli: Cli, db: Path, tmp_path: Path
) -> None:
    first = _ids(full_cli, db)[0]
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE workshops SET name = name")
    try:
        started = time.monotonic()
        assert _ids(full_cli, db)[0] == first
        exported = full_cli("--db", db, "export", first, "-o", tmp_path / "out.json")
        assert exported.status == 0, exported.err
        assert full_cli("--db", db, "check", first).status in (0, 1)
        assert time.monotonic() - started < 10
    finally:
        writer.execute("ROLLBACK")
        writer.close()
