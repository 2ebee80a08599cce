"""``--lang fr``: the check's headings, finding messages, dates and pack titles in French,
the same JSON keys, and ``$MLOPS_CANVAS_LANG`` as the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo import ensure_demo
from app.i18n import language
from app.paths import sqlite_url
from app.resources import load_library
from app.store.store import Store
from tests.app.cli.runner import Cli, cli_runner


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    return cli_runner(monkeypatch, capsys, {"check": "app.cli.check"})


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("check-fr") / "demo.sqlite3"
    with Store.open(sqlite_url(path)) as store:
        ensure_demo(store, load_library())
        largest = max(store.list_strategies(), key=lambda s: s.card_count)
    return path, largest.id


def test_check_lang_fr_prints_french_headings_messages_and_titles(
    cli: Cli, demo: tuple[Path, str]
) -> None:
    db, strategy = demo
    french = cli("--lang", "fr", "--db", db, "check", strategy)
    assert french.status in (0, 1), french.err
    text = french.out
    assert text.startswith("Vérification de «\u00a0")
    for heading in (
        "Ensembles de règles\u00a0:",
        "Les lacunes qui feraient mal en premier",
        "Les autres constats, par ensemble de règles",
        "Couverture (règles en vigueur au ",
        "Prévu, pas en place (",
    ):
        assert heading in text, heading
    assert "Règlement européen sur l'IA (RIA)" in text  # the pack's French title
    assert "RIA art. " in text  # citations in the French official form
    assert "Aucune carte ne fournit" in text  # a checker template
    for english in ("The gaps that would hurt first", "Rule packs:", "No card provides"):
        assert english not in text
    assert language() == "en"  # the command's language does not outlive it


def test_the_json_is_the_same_whatever_the_language_but_its_text(
    cli: Cli, demo: tuple[Path, str]
) -> None:
    import json

    db, strategy = demo
    english = json.loads(cli("--lang", "en", "--db", db, "check", strategy, "--format", "json").out)
    french = json.loads(cli("--lang", "fr", "--db", db, "check", strategy, "--format", "json").out)
    assert english.keys() == french.keys()
    assert [f["rule_id"] for f in english["findings"]] == [f["rule_id"] for f in french["findings"]]


def test_the_environment_chooses_the_language_and_lang_overrides_it(
    cli: Cli, demo: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, strategy = demo
    monkeypatch.setenv("MLOPS_CANVAS_LANG", "fr_CA.UTF-8")
    assert cli("--db", db, "check", strategy).out.startswith("Vérification de")
    assert cli("--lang", "en", "--db", db, "check", strategy).out.startswith("Check of")


def test_an_unknown_language_is_a_usage_error(
    cli: Cli, demo: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, strategy = demo
    with pytest.raises(SystemExit) as stop:
        cli("--lang", "de", "--db", db, "check", strategy)
    assert stop.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err


def test_lang_given_first_to_the_program_reaches_the_sub_command(
    demo: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``mlops-canvas --lang fr check …`` (main.py takes ``--lang`` first, for the GUI too)."""
    import main

    monkeypatch.delenv("MLOPS_CANVAS_LANG", raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    from app.i18n import set_language

    db, strategy = demo
    before = language()
    try:
        status = main.main(["--lang", "fr", "--db", str(db), "check", strategy])
    finally:
        set_language(before)  # main() sets the language for the whole process
    assert status in (0, 1)
    assert capsys.readouterr().out.startswith("Vérification de «\u00a0")
