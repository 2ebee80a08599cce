"""Hostile paths on the command line: refused at once in one line (issue 15, item 5).

``import /dev/zero`` read until memory ran out and ``import`` on a FIFO hung.
Now anything that is not a regular file is refused from its ``stat`` before a
byte is read, a regular file or standard input is read only up to the limit,
and the database is left byte for byte as it was.
"""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

import app.cli
from app.reading import limits
from tests.app.cli.conftest import Cli, folder_bytes, one_error_line
from tests.app.cli.runner import cli_runner

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and devices are POSIX")


@pytest.fixture
def full_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    return cli_runner(monkeypatch, capsys, app.cli.SUBCOMMANDS)


def _refused_quickly(cli: Cli, db: Path, *argv: str | Path) -> str:
    before = folder_bytes(db.parent)
    started = time.monotonic()
    line = one_error_line(cli("--db", db, *argv))
    assert time.monotonic() - started < 10
    assert folder_bytes(db.parent) == before
    return line


@posix_only
def test_import_of_dev_zero_is_refused_before_reading(cli: Cli, demo_db: Path) -> None:
    line = _refused_quickly(cli, demo_db, "import", "/dev/zero")
    assert "cannot import /dev/zero: is a character device, not a regular file" in line


@posix_only
def test_import_of_a_fifo_does_not_hang(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    line = _refused_quickly(cli, demo_db, "import", fifo)
    assert "is a named pipe (FIFO), not a regular file" in line


def test_import_of_a_folder_or_missing_file_is_one_line(
    cli: Cli, demo_db: Path, tmp_path: Path
) -> None:
    assert "is a folder" in _refused_quickly(cli, demo_db, "import", tmp_path)
    assert "does not exist" in _refused_quickly(cli, demo_db, "import", tmp_path / "nope.json")


def test_import_of_a_file_over_the_limit_is_refused_by_its_size(
    cli: Cli, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "EXCHANGE", limits.Limits(max_bytes=1000))
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1001)
    assert "is 1001 bytes; the limit for this kind of file is 1000 bytes" in _refused_quickly(
        cli, demo_db, "import", big
    )


def test_standard_input_is_read_only_up_to_the_limit(
    cli: Cli, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "EXCHANGE", limits.Limits(max_bytes=1000))
    endless = io.BytesIO(b"{" * 5000)
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=endless))
    line = _refused_quickly(cli, demo_db, "import", "-")
    assert "cannot import standard input: is larger than that" in line
    assert endless.tell() <= 1001


@posix_only
def test_check_file_refuses_a_fifo(full_cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "db" / "canvas.sqlite3"
    assert full_cli("--db", db, "demo").status == 0
    fifo = tmp_path / "strategy.json"
    os.mkfifo(fifo)
    line = _refused_quickly(full_cli, db, "check", "--file", fifo)
    assert "strategy.json: is a named pipe (FIFO)" in line


@posix_only
def test_non_utf8_names_are_printed_escaped_not_crashing(cli: Cli, demo_db: Path) -> None:
    target = Path(os.fsdecode(os.fsencode(demo_db.parent) + b"/export-\xe9.json"))
    listed = cli("--db", demo_db, "strategies", "--format", "json")
    import json

    strategy_id = json.loads(listed.out)[0]["id"]
    done = cli("--db", demo_db, "export", strategy_id, "-o", target)
    assert done.status == 0, done.err
    assert "export-\\xe9.json" in done.out
    back = cli("--db", demo_db, "import", target, "--dry-run")
    assert back.status == 2 and "already in this database" in back.err
