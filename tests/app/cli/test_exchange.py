"""The ``export`` and ``import`` sub-commands: round trips, refusals that change nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.demo import AURORA_STRATEGY_ID, BOREALIS_STRATEGY_ID, WORKSHOP_ID
from app.exchange.codec import content_hash, document_bytes
from tests.app.cli.conftest import Cli, folder_bytes, one_error_line


def export_to(cli: Cli, db: Path, out: Path, *what: str) -> bytes:
    result = cli("--db", db, "export", *what, "-o", out)
    assert result.status == 0, result.err
    assert result.out == f"exported {'workshop' if what[0] == '--workshop' else 'strategy'} " + (
        f"{what[-1]!r} to {out}\n"
    )
    return out.read_bytes()


@pytest.fixture
def exported(cli: Cli, demo_db: Path, tmp_path: Path) -> Path:
    """The demo's Aurora strategy exported to a file."""
    out = tmp_path / "files" / "aurora.json"
    out.parent.mkdir()
    export_to(cli, demo_db, out, AURORA_STRATEGY_ID)
    return out


def edited(path: Path, change: Any, *, reseal: bool = True) -> Path:
    """A copy of the document at ``path`` after ``change(doc)``; resealed unless told not to."""
    doc = json.loads(path.read_bytes())
    change(doc)
    if reseal:
        doc["sha256"] = content_hash(doc["data"])
    target = path.with_name(f"edited-{path.name}")
    target.write_bytes(document_bytes(doc))
    return target


def test_strategy_round_trip_is_byte_identical(cli: Cli, exported: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    result = cli("--db", other, "import", exported)
    assert result.status == 0 and result.err == ""
    assert result.out.startswith(
        "imported 1 strategy into new workshop 'MLOps strategy workshop (demo)'"
    )
    again = export_to(cli, other, tmp_path / "again.json", AURORA_STRATEGY_ID)
    assert again == exported.read_bytes()


def test_workshop_round_trip_is_byte_identical(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    first = export_to(cli, demo_db, tmp_path / "w.json", "--workshop", WORKSHOP_ID)
    other = tmp_path / "other.sqlite3"
    assert cli("--db", other, "import", tmp_path / "w.json").status == 0
    again = export_to(cli, other, tmp_path / "w2.json", "--workshop", WORKSHOP_ID)
    assert again == first
    assert json.loads(first)["format"] == "mlops-canvas/workshop"
    assert {s["id"] for s in json.loads(first)["data"]["strategies"]} == {
        AURORA_STRATEGY_ID,
        BOREALIS_STRATEGY_ID,
    }


def test_export_to_stdout(cli: Cli, demo_db: Path, exported: Path) -> None:
    result = cli("--db", demo_db, "export", AURORA_STRATEGY_ID, "-o", "-")
    assert result.status == 0
    assert result.out.encode() == exported.read_bytes()
    assert cli("--db", demo_db, "export", AURORA_STRATEGY_ID).out == result.out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), "export needs either a STRATEGY_ID or --workshop ID"),
        (("x", "--workshop", "y"), "export needs either a STRATEGY_ID or --workshop ID"),
        (("nope",), "cannot export: No strategy with id 'nope'"),
        (("--workshop", "nope"), "cannot export: No workshop with id 'nope'"),
    ],
)
def test_bad_export_requests_are_one_line_errors(
    cli: Cli, demo_db: Path, args: tuple[str, ...], expected: str
) -> None:
    line = one_error_line(cli("--db", demo_db, "export", *args))
    assert line.startswith(f"mlops-canvas: error: {expected}")


def test_export_into_a_missing_folder_is_refused_and_leaves_nothing(
    cli: Cli, demo_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "folder" / "x.json"
    line = one_error_line(cli("--db", demo_db, "export", AURORA_STRATEGY_ID, "-o", target))
    assert f"cannot write {target}" in line
    assert not target.parent.exists()


def test_export_replaces_a_file_whole(cli: Cli, demo_db: Path, exported: Path) -> None:
    exported.write_text("old content")
    export_to(cli, demo_db, exported, AURORA_STRATEGY_ID)
    assert json.loads(exported.read_bytes())["format"] == "mlops-canvas/strategy"
    assert [p.name for p in exported.parent.iterdir()] == [exported.name]


def _break_title(doc: dict[str, Any]) -> None:
    doc["data"]["strategies"][0]["cards"][3]["title"] = ""


def _unknown_capability(doc: dict[str, Any]) -> None:
    doc["data"]["strategies"][0]["cards"][0]["capabilities"] = ["mind-reading"]


def _newer(doc: dict[str, Any]) -> None:
    doc["format_version"] = 7


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _break_title,
            "data.strategies[0].cards[3].title: String should have at least 1 character",
        ),
        (_unknown_capability, "data.strategies[0].cards[0].capabilities: unknown capability"),
        (_newer, "format_version: written by a newer MLOps Canvas (format version 7"),
    ],
)
def test_refused_import_reports_the_path_and_changes_nothing(
    cli: Cli, demo_db: Path, exported: Path, change: Any, expected: str
) -> None:
    bad = edited(exported, change)
    other = exported.parent.parent / "other.sqlite3"
    assert cli("--db", other, "import", exported, "--as-new").status == 0
    before = folder_bytes(other.parent), folder_bytes(demo_db.parent)
    line = one_error_line(cli("--db", other, "import", bad))
    assert line.startswith(f"mlops-canvas: error: cannot import {bad}: {expected}")
    assert (folder_bytes(other.parent), folder_bytes(demo_db.parent)) == before


def test_every_problem_is_on_the_one_error_line(cli: Cli, exported: Path, tmp_path: Path) -> None:
    def two_problems(doc: dict[str, Any]) -> None:
        _break_title(doc)
        _unknown_capability(doc)

    line = one_error_line(cli("--db", tmp_path / "x.db", "import", edited(exported, two_problems)))
    assert ": 2 problems: " in line
    assert "cards[3].title" in line and "cards[0].capabilities" in line
    assert not (tmp_path / "x.db").exists()


def test_truncated_file_is_refused(cli: Cli, exported: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.json"
    cut.write_bytes(exported.read_bytes()[:5000])
    line = one_error_line(cli("--db", tmp_path / "x.db", "import", cut))
    assert "not valid JSON" in line and "looks truncated" in line


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "something-else"}', "unknown format 'something-else'"),
        (b"\x00\x01binary", "not valid JSON"),
    ],
)
def test_foreign_files_are_refused(cli: Cli, tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "foreign.json"
    path.write_bytes(content)
    assert expected in one_error_line(cli("--db", tmp_path / "x.db", "import", path))


def test_unreadable_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    line = one_error_line(cli("--db", tmp_path / "x.db", "import", tmp_path / "missing.json"))
    missing = tmp_path / "missing.json"
    assert line == f"mlops-canvas: error: cannot import {missing}: does not exist"
    assert one_error_line(cli("--db", tmp_path / "x.db", "import", tmp_path)).startswith(
        f"mlops-canvas: error: cannot import {tmp_path}: is a folder, not a regular file"
    )


def test_hand_edited_file_is_imported_with_a_warning(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    def rename(doc: dict[str, Any]) -> None:
        doc["data"]["strategies"][0]["name"] = "Renamed in a text editor"

    bad = edited(exported, rename, reseal=False)
    result = cli("--db", tmp_path / "x.db", "import", bad)
    assert result.status == 0
    assert result.err.startswith(f"mlops-canvas: warning: {bad}: the content hash does not match")
    listed = cli("--db", tmp_path / "x.db", "strategies", "--format", "json").out
    assert json.loads(listed)[0]["name"] == "Renamed in a text editor"


def test_existing_strategy_is_refused_unless_as_new(
    cli: Cli, demo_db: Path, exported: Path
) -> None:
    before = folder_bytes(demo_db.parent)
    line = one_error_line(cli("--db", demo_db, "import", exported))
    assert f"a strategy with id '{AURORA_STRATEGY_ID}' is already in this database" in line
    assert "--as-new" in line
    assert folder_bytes(demo_db.parent) == before
    result = cli("--db", demo_db, "import", exported, "--as-new")
    assert result.status == 0
    assert "into existing workshop" in result.out and "imported as" in result.out
    rows = json.loads(cli("--db", demo_db, "strategies", "--format", "json").out)
    assert len(rows) == 3


def test_dry_run_writes_nothing(cli: Cli, demo_db: Path, exported: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    result = cli("--db", fresh, "import", exported, "--dry-run")
    assert result.status == 0 and result.out.startswith("would import 1 strategy into new workshop")
    assert not fresh.exists()
    before = folder_bytes(demo_db.parent)
    result = cli("--db", demo_db, "import", exported, "--dry-run", "--as-new")
    assert result.status == 0 and "existing workshop" in result.out
    assert folder_bytes(demo_db.parent) == before


def test_import_from_stdin(
    cli: Cli, exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(exported.read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    result = cli("--db", tmp_path / "x.db", "import", "-")
    assert result.status == 0, result.err
    assert AURORA_STRATEGY_ID in result.out
