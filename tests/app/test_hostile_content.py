"""Hostile agency content files: each is refused on its own, never a crash (issue 15, item 3).

The files the attack used — a 5,000-digit integer, 100,000 nested arrays, 3,000
nested inline tables, a 40 KB dotted key — plus a FIFO, a link to an endless
device, a folder and a non-UTF-8 name, dropped into the agency's ``rulepacks``,
``scenarios`` and ``drills`` folders. ``check`` still runs and names every bad
file; the good agency files still load; a pack saved with a byte-order mark
loads.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.cli
from app.checker.packs import load_packs
from app.drills.load import load_events
from app.resources import RESOURCES_DIR, load_installed_library
from tests.app.cli.runner import Cli, cli_runner

HOSTILE: dict[str, bytes] = {
    "digits.toml": b"key = 'x'\nversion = " + b"9" * 5000 + b"\n",
    "arrays.toml": b"key = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
    "tables.toml": b"key = " + b"{a = " * 3000 + b"1" + b"}" * 3000 + b"\n",
    "dotted.toml": b".".join([b"k"] * 20_000) + b" = 1\n",
    "utf16.toml": "key = 'x'\n".encode("utf-16"),
}


def _plant(folder: Path) -> list[str]:
    """Write every hostile file into ``folder``; return the names a report must mention."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in HOSTILE.items():
        (folder / name).write_bytes(data)
    names = list(HOSTILE)
    (folder / "folder.toml").mkdir()
    if sys.platform != "win32":
        os.mkfifo(folder / "fifo.toml")
        (folder / "zero.toml").symlink_to("/dev/zero")
        with open(os.fsencode(folder) + b"/bad-\xff-name.toml", "wb") as handle:  # noqa: PTH123
            handle.write(b"key = [\n")
        names += ["fifo.toml", "zero.toml"]
    return names


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(folder))
    yield folder


def _good_scenario(folder: Path, key: str) -> None:
    source = (RESOURCES_DIR / "scenarios" / "01-infrastructure-maintenance.toml").read_text(
        encoding="utf-8"
    )
    original = next(
        line.split("=", 1)[1].strip().strip('"')
        for line in source.splitlines()
        if line.startswith("key")
    )
    (folder / f"{key}.toml").write_text(source.replace(f'"{original}"', f'"{key}"', 1))


def test_one_broken_agency_scenario_no_longer_drops_the_others(data_dir: Path) -> None:
    folder = data_dir / "scenarios"
    names = _plant(folder)
    _good_scenario(folder, "agency-good-one")
    _good_scenario(folder, "agency-good-two")
    started = time.monotonic()
    library, problems = load_installed_library()
    assert time.monotonic() - started < 10
    assert {"agency-good-one", "agency-good-two"} <= set(library.scenarios)
    for name in names:
        assert any(name in problem for problem in problems), (name, problems)
    assert all("Traceback" not in p for p in problems)


def test_a_duplicate_agency_scenario_key_skips_only_that_file(data_dir: Path) -> None:
    folder = data_dir / "scenarios"
    folder.mkdir()
    _good_scenario(folder, "agency-a")
    _good_scenario(folder, "robodebt-case-study")  # a shipped key
    library, problems = load_installed_library()
    assert "agency-a" in library.scenarios
    assert len(problems) == 1 and "duplicate scenario key" in problems[0]


def test_hostile_packs_are_reported_one_by_one(data_dir: Path) -> None:
    names = _plant(data_dir / "rulepacks")
    loaded = load_packs([data_dir / "rulepacks"])
    reported = " ".join(str(p) for p in loaded.problems)
    for name in names:
        if name in ("fifo.toml", "zero.toml"):
            continue  # not regular files: never listed as packs, never read
        assert name in reported, (name, reported)
    assert "eu-ai-act" in loaded.packs


def test_a_pack_saved_with_a_byte_order_mark_loads(data_dir: Path) -> None:
    folder = data_dir / "rulepacks"
    folder.mkdir()
    text = (RESOURCES_DIR / "rulepacks" / "oecd-ethics.toml").read_text(encoding="utf-8")
    key_line = next(line for line in text.splitlines() if line.startswith("key"))
    text = text.replace(key_line, 'key = "agency-bom"', 1)
    (folder / "bom.toml").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    loaded = load_packs([folder])
    assert loaded.problems == ()
    assert "agency-bom" in loaded.packs


def test_hostile_drill_files_are_reported_and_the_shipped_events_stay(data_dir: Path) -> None:
    names = _plant(data_dir / "drills")
    loaded = load_events([data_dir / "drills"])
    reported = " ".join(str(p) for p in loaded.problems)
    for name in names:
        assert name in reported, (name, reported)
    assert "policy-drift" in loaded.by_key()


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    return cli_runner(monkeypatch, capsys, app.cli.SUBCOMMANDS)


def test_check_and_export_pdf_run_with_every_folder_hostile(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    for kind in ("rulepacks", "scenarios", "drills"):
        _plant(data_dir / kind)
    db = tmp_path / "canvas.sqlite3"
    assert cli("--db", db, "demo").status == 0
    listed = cli("--db", db, "strategies", "--format", "json")
    strategy_id = json.loads(listed.out)[0]["id"]
    started = time.monotonic()
    checked = cli("--db", db, "check", strategy_id)
    assert checked.status in (0, 1), checked.err
    assert "Traceback" not in checked.err
    assert "arrays.toml" in checked.err and "dotted.toml" in checked.err
    exported = cli("--db", db, "export-pdf", strategy_id, "-o", tmp_path / "deck.pdf")
    assert exported.status == 0, exported.err
    assert (tmp_path / "deck.pdf").stat().st_size > 1000
    assert time.monotonic() - started < 60


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_as_policy_or_hash_file_does_not_block_loading(data_dir: Path) -> None:
    folder = data_dir / "rulepacks"
    folder.mkdir()
    text = (RESOURCES_DIR / "rulepacks" / "oecd-ethics.toml").read_text(encoding="utf-8")
    key_line = next(line for line in text.splitlines() if line.startswith("key"))
    (folder / "mine.toml").write_text(text.replace(key_line, 'key = "agency-mine"', 1))
    os.mkfifo(folder / "policy.toml")
    os.mkfifo(folder / "mine.toml.sha256")
    started = time.monotonic()
    loaded = load_packs([folder])
    assert time.monotonic() - started < 10
    assert loaded.integrity["agency-mine"].status == "unsigned"
