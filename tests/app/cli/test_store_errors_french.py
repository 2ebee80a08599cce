"""``--lang fr`` on a garbage database, a damaged one and a broken agency rule pack.

The command line prints the store's and the pack loader's own messages: with
``--lang fr`` they are French (the file, the rule and the field kept), and the
same runs in English still say what they said.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import app.cli
from tests.app.checker.test_packs import GOOD
from tests.app.cli.conftest import Cli, one_error_line
from tests.app.cli.runner import cli_runner

NBSP = "\u00a0"
BROKEN_PACK = GOOD.replace('capability = "ai-register"', 'capability = "mind-reading"')


@pytest.fixture
def full_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    return cli_runner(monkeypatch, capsys, app.cli.SUBCOMMANDS)


def test_a_garbage_database_is_refused_in_french(full_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(random.Random(7).randbytes(5000))
    before = path.read_bytes()
    for command in (("workshops",), ("check", "some-strategy")):
        line = one_error_line(full_cli("--lang", "fr", "--db", path, *command))
        assert f"{path} n'est pas une base de données MLOps Canvas" in line
        assert "il n'a pas été modifié" in line
        assert "is not an MLOps Canvas database" not in line and "left untouched" not in line
    english = one_error_line(full_cli("--lang", "en", "--db", path, "workshops"))
    assert f"{path} is not an MLOps Canvas database (it is not an SQLite file)" in english
    assert path.read_bytes() == before


def test_a_truncated_database_is_refused_in_french(full_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "canvas.sqlite3"
    assert full_cli("--db", path, "demo").status == 0
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 17])
    line = one_error_line(full_cli("--lang", "fr", "--db", path, "workshops"))
    assert "est une base de données endommagée" in line and "damaged" not in line


def test_a_broken_agency_pack_is_reported_in_french(
    full_cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    (data / "rulepacks").mkdir(parents=True)
    (data / "rulepacks" / "broken.toml").write_text(BROKEN_PACK, encoding="utf-8")
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(data))
    db = tmp_path / "canvas.sqlite3"
    assert full_cli("--db", db, "demo").status == 0
    french = full_cli("--lang", "fr", "--db", db, "check", "--crosswalk")
    assert french.status == 0, french.err
    assert (
        f"broken.toml, règle «{NBSP}agency-extra.register{NBSP}», "
        f"champ «{NBSP}requires.capability{NBSP}»{NBSP}: "
        f"capacité inconnue «{NBSP}mind-reading{NBSP}»"
    ) in french.err
    assert "unknown capability" not in french.err and "Traceback" not in french.err
    english = full_cli("--lang", "en", "--db", db, "check", "--crosswalk")
    assert (
        "broken.toml, rule 'agency-extra.register', field 'requires.capability': "
        "unknown capability 'mind-reading'"
    ) in english.err
