"""Running the CLI in-process with only this area's sub-commands registered."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.cli.runner import Cli, Outcome, cli_runner

ENTRIES = {
    "workshops": "app.cli.workshops",
    "strategies": "app.cli.workshops",
    "demo": "app.cli.workshops",
    "export": "app.cli.exchange",
    "import": "app.cli.exchange",
}


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli("--db", path, "workshops")`` runs the CLI and returns status, stdout and stderr."""
    return cli_runner(monkeypatch, capsys, ENTRIES)


@pytest.fixture
def demo_db(cli: Cli, tmp_path: Path) -> Path:
    """A database holding the demo workshop."""
    path = tmp_path / "demo.sqlite3"
    assert cli("--db", path, "demo").status == 0
    return path


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (a database with its WAL and journal files) by name."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def one_error_line(outcome: Outcome) -> str:
    """The single ``mlops-canvas: error:`` line of a refused run (fails otherwise); in
    French it reads ``mlops-canvas : erreur :`` (no-break spaces before the colons)."""
    assert outcome.status == 2, outcome
    lines = outcome.err.splitlines()
    prefixes = ("mlops-canvas: error: ", "mlops-canvas\u00a0: erreur\u00a0: ")
    assert len(lines) == 1 and lines[0].startswith(prefixes), outcome.err
    return lines[0]


# The tests here import these names from this module (Cli and Outcome live in runner).
__all__ = ["ENTRIES", "Cli", "Outcome", "cli", "demo_db", "folder_bytes", "one_error_line"]
