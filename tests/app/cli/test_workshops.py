"""The ``workshops``, ``strategies`` and ``demo`` sub-commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.workshops import render_table, sqlite_file
from app.demo import AURORA_STRATEGY_ID, BOREALIS_STRATEGY_ID, WORKSHOP_ID
from tests.app.cli.conftest import Cli, folder_bytes, one_error_line


def test_demo_creates_the_workshop_once(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    first = cli("--db", db, "demo")
    assert first.status == 0 and first.err == ""
    assert first.out.startswith("Created the demo workshop 'MLOps strategy workshop (demo)'")
    assert "2 teams, 2 scenarios, 2 strategies" in first.out
    again = cli("--db", db, "demo")
    assert again.status == 0
    assert "is already in" in again.out
    listed = json.loads(cli("--db", db, "workshops", "--format", "json").out)
    assert [w["id"] for w in listed] == [WORKSHOP_ID]


def test_workshops_table(cli: Cli, demo_db: Path) -> None:
    result = cli("--db", demo_db, "workshops")
    assert result.status == 0 and result.err == ""
    header, ruler, row = result.out.splitlines()
    assert header.split() == ["ID", "NAME", "DATE", "TEAMS", "STRATEGIES"]
    assert set(ruler.replace(" ", "")) == {"-"}
    assert row.startswith(WORKSHOP_ID)
    assert "MLOps strategy workshop (demo)" in row and "2026-11-30" in row
    assert row.split()[-2:] == ["2", "2"]


def test_workshops_json(cli: Cli, demo_db: Path) -> None:
    (workshop,) = json.loads(cli("--db", demo_db, "workshops", "--format", "json").out)
    assert workshop["teams"] == ["Team Aurora", "Team Borealis"]
    assert workshop["strategies"] == 2 and workshop["date"] == "2026-11-30"


def test_strategies_table_shows_team_names_and_card_counts(cli: Cli, demo_db: Path) -> None:
    result = cli("--db", demo_db, "strategies")
    assert result.status == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["ID", "WORKSHOP", "TEAM", "SCENARIO", "NAME", "REVISION", "CARDS"]
    body = "\n".join(lines[2:])
    assert AURORA_STRATEGY_ID in body and BOREALIS_STRATEGY_ID in body
    assert "Team Aurora" in body and "benefits-decision-support" in body


def test_strategies_of_one_workshop_as_json(cli: Cli, demo_db: Path) -> None:
    rows = json.loads(
        cli("--db", demo_db, "strategies", "--workshop", WORKSHOP_ID, "--format", "json").out
    )
    assert {r["id"] for r in rows} == {AURORA_STRATEGY_ID, BOREALIS_STRATEGY_ID}
    aurora = next(r for r in rows if r["id"] == AURORA_STRATEGY_ID)
    assert aurora["team_name"] == "Team Aurora" and aurora["card_count"] > 0


def test_unknown_workshop_is_one_line_error(cli: Cli, demo_db: Path) -> None:
    line = one_error_line(cli("--db", demo_db, "strategies", "--workshop", "nope"))
    assert "No workshop with id 'nope'" in line


def test_empty_database_says_so(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    from app.paths import sqlite_url
    from app.store import Store

    Store.open(sqlite_url(db)).close()
    assert cli("--db", db, "workshops").out.startswith("No workshops yet.")
    assert cli("--db", db, "strategies").out == "No strategies.\n"


def test_missing_database_is_refused_not_created(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "typo.sqlite3"
    line = one_error_line(cli("--db", db, "workshops"))
    assert f"no database at {db}" in line
    assert not db.exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("shopping list\n" * 100)
    before = folder_bytes(tmp_path)
    for command in ("workshops", "strategies", "demo"):
        one_error_line(cli("--db", db, command))
    assert folder_bytes(tmp_path) == before


def test_database_from_environment_variable(
    cli: Cli, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLOPS_CANVAS_DB", str(demo_db))
    assert WORKSHOP_ID in cli("workshops").out


def test_render_table_aligns_numbers_and_cuts_long_cells() -> None:
    text = render_table(["NAME", "N"], [["a" * 60, 5], ["short\nline", 120]])
    assert text.splitlines() == [
        "NAME".ljust(48) + "    N",
        "-" * 48 + "  ---",
        "a" * 47 + "…" + "    5",
        "short line".ljust(48) + "  120",
    ]


def test_sqlite_file_of_urls() -> None:
    assert sqlite_file("sqlite:////tmp/x.db") == Path("/tmp/x.db")
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("postgresql+psycopg://u@localhost/db") is None


def test_main_py_lists_workshops_in_a_subprocess(demo_db: Path, repo_root: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MLOPS_CANVAS_DB"}
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(demo_db), "workshops"],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert WORKSHOP_ID in done.stdout and done.stderr == ""
    bad = subprocess.run(
        [sys.executable, "main.py", "--db", str(demo_db.parent / "missing.db"), "workshops"],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert bad.returncode == 2
    assert (
        bad.stderr.startswith("mlops-canvas: error: no database at") and bad.stderr.count("\n") == 1
    )
