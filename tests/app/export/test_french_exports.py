"""Exports in the chosen language: a French PDF says so (/Lang) and reads French; the
exchange JSON is the same in both languages (keys, not labels)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.checker.engine import Checker
from app.checker.packs import load_packs
from app.demo import build_demo, ensure_demo
from app.export.batch import INDEX_NAME, export_workshop
from app.i18n import speaking
from app.paths import sqlite_url
from app.resources import load_library
from app.store.store import Store
from tests.app.cli.runner import Cli, cli_runner
from tests.app.export.conftest import EXPORTED_AT, all_text, library, read_pdf


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    entries = {"export-pdf": "app.cli.export_pdf", "export": "app.cli.exchange"}
    return cli_runner(monkeypatch, capsys, entries)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("export-fr") / "demo.sqlite3"
    with Store.open(sqlite_url(path)) as store:
        ensure_demo(store, load_library())
        largest = max(store.list_strategies(), key=lambda s: s.card_count)
    return path, largest.id


def _text(path: Path) -> tuple[str, str]:
    reader = PdfReader(path)
    lang = str(reader.root_object.get("/Lang", ""))
    return lang, "\n".join(page.extract_text() for page in reader.pages)


def test_a_french_plan_is_marked_fr_and_reads_french(
    cli: Cli, demo: tuple[Path, str], tmp_path: Path
) -> None:
    db, strategy = demo
    french, english = tmp_path / "plan-fr.pdf", tmp_path / "plan-en.pdf"
    assert (
        cli("--lang", "fr", "--db", db, "export-pdf", strategy, "--plan", "-o", french).status == 0
    )
    assert (
        cli("--lang", "en", "--db", db, "export-pdf", strategy, "--plan", "-o", english).status == 0
    )
    lang, text = _text(french)
    assert lang == "fr-CA"
    for words in ("Manquant (", "Prévu, pas en place", "Aucune carte ne fournit", "RIA art."):
        assert words in text, words
    lang, text = _text(english)
    assert lang == "en" and "Missing (" in text and "Manquant" not in text


def test_a_french_deck_is_marked_fr(cli: Cli, demo: tuple[Path, str], tmp_path: Path) -> None:
    db, strategy = demo
    deck = tmp_path / "deck.pdf"
    assert cli("--lang", "fr", "--db", db, "export-pdf", strategy, "-o", deck).status == 0
    lang, text = _text(deck)
    assert lang == "fr-CA" and "MANQUANT" in text


def test_the_exchange_json_is_the_same_in_both_languages(
    cli: Cli, demo: tuple[Path, str], tmp_path: Path
) -> None:
    db, strategy = demo
    english, french = tmp_path / "en.json", tmp_path / "fr.json"
    assert cli("--lang", "en", "--db", db, "export", strategy, "-o", english).status == 0
    assert cli("--lang", "fr", "--db", db, "export", strategy, "-o", french).status == 0
    assert english.read_bytes() == french.read_bytes()
    # the packs' versions identify their revisions: the English version, never a label
    text = french.read_text(encoding="utf-8")
    assert "pack revision" in text and "de l'ensemble de règles" not in text


def test_a_french_plan_has_french_card_pages(
    cli: Cli, demo: tuple[Path, str], tmp_path: Path
) -> None:
    db, strategy = demo
    plan = tmp_path / "plan-fr.pdf"
    assert cli("--lang", "fr", "--db", db, "export-pdf", strategy, "--plan", "-o", plan).status == 0
    _, text = _text(plan)
    for words in (
        "Responsable",
        "Phase 1 sur 6",
        "Canevas du cycle de vie",
        "(suite)",
        "Prochaines étapes",
    ):
        assert words in text, words
    for words in ("Owner:", "Phase 1 of 6", "Lifecycle canvas", "(continued)", "Next steps"):
        assert words not in text, words
    english = tmp_path / "plan-en.pdf"
    assert (
        cli("--lang", "en", "--db", db, "export-pdf", strategy, "--plan", "-o", english).status == 0
    )
    _, text = _text(english)  # the English plurals come from the catalog's forms, not "(s)"
    assert re.search(r"Phase 1 of 6 · \d+ cards?\n", text) and "open action" in text


def test_a_french_coverage_index_reads_french(tmp_path: Path) -> None:
    lib = library()
    demo = build_demo(lib)
    checker = Checker(load_packs(capabilities=lib.capabilities), lib, lib.capabilities)
    with speaking("fr"):
        export_workshop(
            demo.workshop,
            demo.strategies,
            {s.key: s for s in demo.scenarios},
            lib,
            tmp_path,
            checker=checker.check,
            exported_at=EXPORTED_AT,
        )
    text = all_text(read_pdf(tmp_path / INDEX_NAME))
    for words in ("Index de couverture", "Équipe", "Nom de fichier", "Droit en vigueur au"):
        assert words in text, words
    for words in ("Coverage index", "File name", "Law as of"):
        assert words not in text, words
    shares = re.findall(r"\d+\s?% \(\d+/\d+\)", " ".join(text.split()))
    assert shares and all(" %" in share for share in shares), shares  # « 38 % (3/8) »
