"""Running the CLI in-process with a chosen set of sub-commands, for the CLI tests of any area."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

import app.cli


@dataclass(frozen=True)
class Outcome:
    """What one CLI run produced."""

    status: int
    out: str
    err: str


Cli = Callable[..., Outcome]


def cli_runner(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    entries: Mapping[str, str],
) -> Cli:
    """A ``cli(*argv)`` that runs ``app.cli`` with only ``entries`` registered.

    ``entries`` maps a sub-command to its module, as ``app.cli.SUBCOMMANDS`` does.
    The database comes from ``--db`` only: ``MLOPS_CANVAS_DB`` is cleared.
    """
    monkeypatch.setattr(app.cli, "SUBCOMMANDS", dict(entries))
    monkeypatch.delenv("MLOPS_CANVAS_DB", raising=False)

    def run(*argv: str | Path) -> Outcome:
        capsys.readouterr()  # only this run's output is returned
        status = app.cli.run_cli([str(a) for a in argv])
        captured = capsys.readouterr()
        return Outcome(status, captured.out, captured.err)

    return run
