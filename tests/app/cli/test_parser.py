"""The top-level parser registers only the sub-command being run, and parses the same."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

import app.cli
from app.cli import build_parser, named_command


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["workshops"], "workshops"),
        (["--db", "x.sqlite3", "strategies", "--format", "json"], "strategies"),
        (["--db=sqlite:///x", "check", "abc"], "check"),
        (["--db", "x", "--db", "y", "drill", "abc"], "drill"),
        (["check", "--db", "x"], "check"),  # the sub-command's own parser refuses --db
        ([], None),
        (["-h"], None),
        (["--help", "workshops"], None),
        (["--version"], None),
        (["--d", "x", "workshops"], None),  # an abbreviation: the full parser decides
        (["--db", "-x", "workshops"], None),
        (["--db"], None),
        (["frobnicate"], None),
        (["--frobnicate", "workshops"], None),
        (["--", "workshops"], None),
    ],
)
def test_named_command_only_when_certain(argv: list[str], command: str | None) -> None:
    assert named_command(argv) == command


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[str, object]:
    """What parsing ``argv`` gives: the namespace (without the handler), or the exit and output."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = vars(parser.parse_args(argv))
        except SystemExit as stop:
            return "exit", (stop.code, out.getvalue(), err.getvalue())
    handler = args.pop("func", None)
    return "parsed", (args, getattr(handler, "__qualname__", None))


CASES = [
    ["workshops"],
    ["--db", "x.sqlite3", "workshops", "--format", "json"],
    ["strategies", "--workshop", "w1"],
    ["demo"],
    ["check", "s1", "--all-packs", "--as-of", "2026-08-02", "--format", "json"],
    ["--db=x", "check", "--workshop", "w1", "--packs", "eu-ai-act"],
    ["drill", "s1", "--event", "data-drift", "--year", "--seed", "3"],
    ["export", "s1", "-o", "-"],
    ["import", "x.json"],
    ["export-pdf", "--help"],
    ["report", "--help"],
    ["workshops", "--help"],
    ["check", "--help"],
    ["drill", "--frobnicate"],
    ["workshops", "--format", "xml"],
    ["strategies", "--db", "x"],
]


@pytest.mark.parametrize("argv", CASES, ids=" ".join)
def test_the_light_parser_parses_like_the_full_one(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # help text wraps the same in both
    assert named_command(argv) is not None
    assert _parse(build_parser(argv), argv) == _parse(build_parser(), argv)


def test_only_the_module_of_the_command_is_registered() -> None:
    parser = build_parser(["--db", "x", "workshops"])
    (subparsers,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(subparsers.choices) == {"workshops", "strategies", "demo"}
    full = build_parser()
    (every,) = [a for a in full._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(every.choices) == set(app.cli.SUBCOMMANDS)


def test_version_is_looked_up_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    from app.about import app_version

    with pytest.raises(SystemExit) as stop:
        build_parser(["--db", "x", "--version"]).parse_args(["--db", "x", "--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"mlops-canvas {app_version()}\n"
