"""A French export of the demo has no English left in what the app writes (issue 16).

Each export kind is written in French from the demo (with its scores, feedback,
phase reviews and reflections, as the GUI's first start seeds it), and checked
for the English leftovers once found there — structural checker messages and
rule titles, cadences, severities, rubric levels, the Markdown footer and label
lines, the CSV header, the profile's descriptions and values, the coverage
legend — and for their French. What the teams typed (names, notes, comments)
stays as written and is not looked at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.demo import ensure_demo
from app.paths import sqlite_url
from app.resources import load_library
from app.store.store import Store
from tests.app.cli.runner import Cli, cli_runner

NBSP = "\u00a0"

ENGLISH_EVERYWHERE = (
    "card(s)",
    "have no owner role",
    "Lifecycle structure",
    "Every phase has a card",
    "The feedback loop is closed",
    "Exported ",
    "met by cards in place",
    "only planned — not met",
    "Beginning",
    "Proficient",
    "Exemplary",
    "No cards yet",
)
"""Fixed English the app itself once wrote into French exports."""


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    entries = {
        "export-pdf": "app.cli.export_pdf",
        "report": "app.cli.report",
        "check": "app.cli.check",
        "drill": "app.cli.drill",
    }
    return cli_runner(monkeypatch, capsys, entries)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The demo database (with its reviews), the largest strategy and the workshop."""
    path = tmp_path_factory.mktemp("no-english") / "demo.sqlite3"
    with Store.open(sqlite_url(path)) as store:
        ensure_demo(store, load_library(lang="en"))
        largest = max(store.list_strategies(), key=lambda s: s.card_count)
    return path, largest.id, largest.workshop_id


def _pdf_text(path: Path) -> str:
    """The PDF's text, its no-break spaces read as spaces (as the text layer may give them)."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return text.replace(NBSP, " ")


def _no_english(text: str, where: str, also: tuple[str, ...] = ()) -> None:
    found = [words for words in (*ENGLISH_EVERYWHERE, *also) if words in text]
    assert not found, f"{where}: English left: {found}"


def test_a_french_plan_markdown_and_csv_have_no_english_left(
    cli: Cli, demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, strategy, _ = demo
    plan = tmp_path / "plan.pdf"
    done = cli("--lang", "fr", "--db", db, "export-pdf", strategy, "--plan", "-o", plan)
    assert done.status == 0, done.err
    deck = tmp_path / "deck.pdf"
    done = cli(
        "--lang", "fr", "--db", db, "export-pdf", strategy, "-o", deck, "--markdown", "--csv"
    )
    assert done.status == 0, done.err
    text = _pdf_text(plan)
    markdown = deck.with_suffix(".md").read_text(encoding="utf-8")
    csv = deck.with_suffix(".csv").read_text(encoding="utf-8-sig")
    cadences = tuple(f"Looks: {c}" for c in ("monthly", "quarterly", "once", "continuous"))
    _no_english(text, "plan", (*cadences, "Yes\n", "Provider and deployer"))
    _no_english(markdown, "Markdown", (":** Yes\n", ":** No\n", "Essential services"))
    assert csv.splitlines()[0] == "carte,phase,responsable,état,notes"
    assert "card,phase,owner" not in csv
    # their French counterparts
    assert "n'a aucun rôle responsable" in markdown
    assert "*Exporté le 2026" in markdown
    assert f"**Atelier{NBSP}:**" in markdown and ":** Oui" in markdown
    assert "Fournisseur et déployeur" in markdown
    assert any(f"Fréquence : {word}" in text for word in ("mensuelle", "en continu"))
    assert "Structure du cycle de vie" in text
    metadata: Any = PdfReader(plan).metadata or {}
    assert str(metadata.get("/Subject", "")).startswith("Stratégie MLOps pour «")
    assert "gouvernance de l'IA" in str(metadata.get("/Keywords", ""))
    assert "3 Compétent" in markdown  # the rubric level of the review slide


def test_a_french_deck_shows_the_workshops_scenario_and_cards_in_french(
    cli: Cli, demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    """The workshop's stored copies (scenario, catalog titles) are the library's English,
    unchanged: the French export shows the library's French."""
    db, strategy_id, _ = demo
    deck = tmp_path / "deck.pdf"
    done = cli("--lang", "fr", "--db", db, "export-pdf", strategy_id, "-o", deck, "--markdown")
    assert done.status == 0, done.err
    markdown = deck.with_suffix(".md").read_text(encoding="utf-8")
    english, french = load_library(lang="en"), load_library(lang="fr")
    with Store.open(sqlite_url(db)) as store:
        strategy = store.load_strategy(strategy_id)
    scenario_en = english.scenarios[strategy.scenario_key]
    scenario_fr = french.scenarios[strategy.scenario_key]
    assert scenario_fr.summary != scenario_en.summary
    plain = markdown.replace("\\", "")
    assert scenario_fr.summary in plain and scenario_en.summary not in plain
    assert scenario_en.goals[0] not in plain
    placed = [c for c in strategy.cards.values() if c.catalog_key in english.catalog]
    assert placed
    for card in placed:
        title_fr = french.catalog[card.catalog_key or ""].title
        assert title_fr in plain, title_fr
        if card.title != title_fr:
            assert f"#### {card.title}" not in plain, card.title


def test_a_french_facilitator_report_has_no_english_left(
    cli: Cli, demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, _, workshop = demo
    pdf, markdown = tmp_path / "report.pdf", tmp_path / "report.md"
    done = cli(
        "--lang", "fr", "--db", db, "report", "--workshop", workshop, "-o", pdf,
        "--markdown", markdown,
    )  # fmt: skip
    assert done.status == 0, done.err
    texts = {"PDF": _pdf_text(pdf), "Markdown": markdown.read_text(encoding="utf-8")}
    for where, text in texts.items():
        _no_english(
            text,
            where,
            (
                "Error The",
                "Warning ",
                "Individual reflections",
                "Self-assessment",
                "The facilitator's reflection",
                "participant(s)",
            ),
        )
        assert "Débutant" in text and "Exemplaire" in text, where
        assert "Avertissement" in text, where
        assert "Réflexions individuelles" in text, where
    assert f"{NBSP}%" in texts["Markdown"] and "%" in texts["PDF"]


def test_french_check_and_drill_output_has_no_english_left(
    cli: Cli, demo: tuple[Path, str, str]
) -> None:
    db, strategy, _ = demo
    check = cli("--lang", "fr", "--db", db, "check", strategy)
    _no_english(check.out, "check", ("Lifecycle structure",))
    assert "Structure du cycle de vie" in check.out
    drill = cli("--lang", "fr", "--db", db, "drill", strategy, "--year")
    assert drill.status == 0, drill.err
    for words in (
        "Drills on",
        "Where chains break",
        "Not detected",
        "Detected, but",
        "A year in production",
        "outcome",
        "missed",
        "Year resilience",
        "without controls",
    ):
        assert words not in drill.out, words
    assert "Exercices sur" in drill.out and "Résilience" in drill.out
    assert "manqué" in drill.out
    # capabilities and catalog cards by their French titles, not their keys
    assert "« Surveillance de l'équité »" in drill.out.replace(NBSP, " ")
    assert "“fairness-monitoring”" not in drill.out and "« fairness-monitoring »" not in drill.out


def test_the_profile_descriptions_repeat_the_models_english() -> None:
    """The export labels the profile by the model's field descriptions, in the language."""
    from app.export.overview import profile_description, profile_value
    from app.i18n import speaking
    from models.profile import Profile
    from models.vocabulary import AIActRole

    with speaking("en"):
        for name, field in Profile.model_fields.items():
            assert profile_description(name) == field.description, name
        assert profile_value("ai_act_role", AIActRole.PROVIDER_AND_DEPLOYER) == (
            "Provider and deployer"
        )
    with speaking("fr"):
        for name, field in Profile.model_fields.items():
            assert profile_description(name) != field.description, name
        assert profile_value("legal_effect", True) == "Oui"


def _squeezed(text: str) -> str:
    """``text`` without whitespace or Markdown escapes: a PDF wraps lines where it likes."""
    return "".join(text.replace("\\", "").split())


def test_french_outputs_show_the_packs_french_version_and_english_ones_the_english(
    cli: Cli, demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    """Each pack's version reads French in French (plan, Markdown, check text, report),
    and the English outputs keep the English version, unchanged."""
    from app.checker.packs import load_packs

    db, strategy, workshop = demo
    with Store.open(sqlite_url(db)) as store:
        used = store.load_strategy(strategy).packs
    assert used
    labels = {
        lang: [load_packs(lang=lang).packs[key].version_label for key in used]
        for lang in ("en", "fr")
    }
    outputs: dict[str, dict[str, str]] = {}
    for lang in ("en", "fr"):
        plan, deck, report = (tmp_path / f"{name}-{lang}.pdf" for name in ("plan", "deck", "rep"))
        done = cli("--lang", lang, "--db", db, "export-pdf", strategy, "--plan", "-o", plan)
        assert done.status == 0, done.err
        done = cli("--lang", lang, "--db", db, "export-pdf", strategy, "-o", deck, "--markdown")
        assert done.status == 0, done.err
        report_md = report.with_suffix(".md")
        done = cli(
            "--lang", lang, "--db", db, "report", "--workshop", workshop, "-o", report,
            "--markdown", report_md,
        )  # fmt: skip
        assert done.status == 0, done.err
        check = cli("--lang", lang, "--db", db, "check", strategy)
        outputs[lang] = {
            "plan": _pdf_text(plan),
            "deck": _pdf_text(deck),
            "Markdown": deck.with_suffix(".md").read_text(encoding="utf-8"),
            "report": report_md.read_text(encoding="utf-8"),
            "check": check.out,
        }
    for lang, other in (("fr", "en"), ("en", "fr")):
        for where, text in outputs[lang].items():
            squeezed = _squeezed(text)
            for shown, hidden in zip(labels[lang], labels[other], strict=True):
                assert _squeezed(hidden) not in squeezed, (lang, where, hidden)
                if where != "deck":  # the deck names each pack by its file's hash
                    assert _squeezed(shown) in squeezed, (lang, where, shown)
