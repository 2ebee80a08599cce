"""The entry point's conventions: --version, usage errors, a closed pipe, GUI or CLI.

The process-level behaviour (exit status, what reaches stderr) is checked in
child processes running ``main.py``, as a user's shell would see it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app.about import app_version

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"
TIMEOUT = 120


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("MLOPS_CANVAS_DB", None)
    env["MLOPS_CANVAS_DATA_DIR"] = str(tmp_path / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(
    tmp_path: Path, *args: str, stdout: int | None = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
        cwd=ROOT,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "gui", "db"),
    [
        ([], True, None),
        (["--db", "x.sqlite3"], True, "x.sqlite3"),
        (["--db=sqlite:///x"], True, "sqlite:///x"),
        (["--db", "--version"], False, None),
        (["demo"], False, None),
        (["--db", "x", "demo"], False, None),
        (["--frobnicate"], False, None),
        (["-platform", "offscreen"], False, None),
    ],
)
def test_only_db_opens_the_gui(args: list[str], gui: bool, db: str | None) -> None:
    assert main.gui_database(args) == (gui, db)


def test_version_prints_the_installed_version(tmp_path: Path) -> None:
    done = _run(tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"mlops-canvas {app_version()}"
    assert app_version()[0].isdigit() and app_version() != "0+unknown"


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["--db", "x.sqlite3", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["workshops", "--frobnicate"], "unrecognized arguments: --frobnicate"),
    ],
)
def test_unknown_command_or_option_exits_2_with_usage(
    tmp_path: Path, args: list[str], complaint: str
) -> None:
    done = _run(tmp_path, *args)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines[0].startswith("usage: mlops-canvas"), done.stderr
    assert complaint in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A demo database and the id of one of its strategies."""
    tmp = tmp_path_factory.mktemp("demo")
    db = tmp / "demo.sqlite3"
    assert _run(tmp, "--db", str(db), "demo").returncode == 0
    listing = _run(tmp, "--db", str(db), "strategies", "--format", "json")
    import json

    return db, json.loads(listing.stdout)[0]["id"]


@pytest.mark.parametrize(
    "command",
    [
        ["check", "{id}"],
        ["check", "--crosswalk"],
        ["strategies"],
        ["drill", "{id}"],
        ["export", "{id}", "-o", "-"],
    ],
)
def test_closed_pipe_ends_quietly(
    tmp_path: Path, demo: tuple[Path, str], command: list[str]
) -> None:
    db, strategy = demo
    # A pipe whose reader is already gone: the first write fails, as with `| head`
    # once head has exited.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        args = [part.format(id=strategy) for part in command]
        done = _run(tmp_path, "--db", str(db), *args, stdout=writer)
    finally:
        os.close(writer)
    assert done.returncode == 0
    assert done.stderr == ""


def test_an_unknown_interface_language_is_refused_in_the_users_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MLOPS_CANVAS_LANG", raising=False)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert main.main(["--lang", "de", "workshops"]) == 2
    assert capsys.readouterr().err == (
        f"mlops-canvas{NBSP}: erreur{NBSP}: il n'y a pas de langue d'interface "
        f"«{NBSP}de{NBSP}»; utilisez en, fr.\n"
    )
    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    assert main.main(["--lang", "de"]) == 2
    assert capsys.readouterr().err == (
        "mlops-canvas: error: there is no interface language 'de'; use en, fr.\n"
    )
