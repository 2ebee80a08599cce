"""The export language, chosen at export time: a French deck, plan, Markdown, action list and
facilitator report from an English window — which goes on in English meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from app import i18n
from app.export import api
from tests.views.conftest import Harness
from views.export_language import (
    ExportLanguageCombo,
    ExportLanguageMenu,
    export_language,
    set_export_language,
)
from views.facilitating import FacilitatorTools

WAIT_MS = 60_000


def answer(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[str, str]]:
    """The save dialog answers ``path``; returns the (title, suggested name) it was asked with."""
    asked: list[tuple[str, str]] = []

    def fake(_parent: object, title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append((title, suggested))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def file_menu_language(h: Harness) -> ExportLanguageMenu:
    menus = h.workbench.window.findChildren(QMenu, "export_language_menu")
    assert len(menus) == 1
    menu = menus[0]
    assert isinstance(menu, ExportLanguageMenu)
    return menu


def pdf_text(path: Path) -> tuple[str, str]:
    reader = PdfReader(path)
    return str(reader.root_object.get("/Lang", "")), "\n".join(
        page.extract_text() for page in reader.pages
    )


def test_exports_follow_the_interface_language_until_another_is_chosen(harness: Harness) -> None:
    assert i18n.language() == "en"
    assert export_language() == "en"
    menu = file_menu_language(harness)
    assert menu.choices["en"].isChecked() and not menu.choices["fr"].isChecked()
    # Each language named in itself; the menu is in the File menu, beside the exports.
    assert menu.choices["fr"].text() == "Français"
    file_menu = menu.parent()
    assert isinstance(file_menu, QMenu)
    assert menu.menuAction() in file_menu.actions()
    menu.choices["fr"].trigger()
    assert export_language() == "fr"
    assert menu.choices["fr"].isChecked() and not menu.choices["en"].isChecked()
    assert i18n.language() == "en"  # the interface is unchanged
    menu.choices["en"].trigger()
    assert export_language() == "en"


def test_a_french_pdf_from_an_english_window(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_export_language("fr")
    asked = answer(monkeypatch, tmp_path / "deck.pdf")
    seen: dict[str, str] = {}
    real = api.export_pdf

    def spy(*args: Any, **kwargs: Any) -> api.ExportResult:
        seen["worker"] = i18n.language()
        seen["thread"] = str(threading.get_ident())
        # While the worker speaks French, the GUI thread still speaks English.
        seen["gui"] = gui_language
        return real(*args, **kwargs)

    gui_language = i18n.language()
    monkeypatch.setattr(api, "export_pdf", spy)
    exporting = harness.workbench.exporting
    harness.workbench.actions["export_pdf"].trigger()
    assert exporting.running
    assert i18n.language() == "en"  # the window goes on in English while the worker writes
    qtbot.waitUntil(lambda: not exporting.running, timeout=WAIT_MS)
    assert harness.errors == []
    title, suggested = asked[0]
    assert "Français" in title and suggested.endswith("-fr.pdf")
    assert seen["worker"] == "fr" and seen["thread"] != str(threading.get_ident())
    lang, text = pdf_text(tmp_path / "deck.pdf")
    assert lang == "fr-CA"
    assert "Lacunes" in text or "lacunes" in text, text[:2000]
    assert "Exported" in harness.workbench.window.statusBar().currentMessage()


def test_a_french_plan_matches_the_one_the_cli_writes_in_french(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_export_language("fr")
    answer(monkeypatch, tmp_path / "plan.pdf")
    exporting = harness.workbench.exporting
    harness.workbench.actions["export_handout"].trigger()
    qtbot.waitUntil(lambda: not exporting.running, timeout=WAIT_MS)
    lang, text = pdf_text(tmp_path / "plan.pdf")
    assert lang == "fr-CA"
    for words in ("Prévu, pas en place", "Responsable"):
        assert words in text, words
    # The findings come from the French packs: the same check, its text in French.
    assert "Les lacunes qui feraient mal en premier" in text
    assert "MANQUANT" in text and " art. 35" in text


@pytest.mark.parametrize(("action", "suffix"), [("export_markdown", ".md"), ("export_csv", ".csv")])
def test_markdown_and_the_action_list_in_french(
    harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, suffix: str
) -> None:
    english, french = tmp_path / f"en{suffix}", tmp_path / f"fr{suffix}"
    answer(monkeypatch, english)
    harness.workbench.actions[action].trigger()
    set_export_language("fr")
    answer(monkeypatch, french)
    harness.workbench.actions[action].trigger()
    assert harness.errors == []
    en_text = english.read_text(encoding="utf-8-sig")
    fr_text = french.read_text(encoding="utf-8-sig")
    assert en_text != fr_text
    # Card titles come from the French catalog overlay, statuses and headers from the catalog.
    assert "Planned" in en_text or "In place" in en_text
    assert "Prévu" in fr_text or "En place" in fr_text
    assert "Planned" not in fr_text and "In place" not in fr_text
    assert i18n.language() == "en"


def test_the_facilitator_list_and_the_menu_stay_in_step(qtbot: QtBot, harness: Harness) -> None:
    tools = harness.workbench.facilitating
    assert isinstance(tools, FacilitatorTools)
    window = tools.show_window("report")
    qtbot.addWidget(window)
    combo = window.export_language
    assert isinstance(combo, ExportLanguageCombo)
    assert combo.currentData() == "en"
    menu = file_menu_language(harness)
    menu.choices["fr"].trigger()
    assert combo.currentData() == "fr"
    combo.setCurrentIndex(combo.findData("en"))
    assert export_language() == "en"
    menu.tick()
    assert menu.choices["en"].isChecked()


def test_the_facilitator_report_in_french(
    qtbot: QtBot, harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tools = harness.workbench.facilitating
    assert isinstance(tools, FacilitatorTools)
    window = tools.show_window("report")
    qtbot.addWidget(window)
    window.export_language.setCurrentIndex(window.export_language.findData("fr"))
    target = tmp_path / "report.pdf"
    asked = answer(monkeypatch, target)
    job = tools.export_report()
    assert job is not None
    qtbot.waitUntil(lambda: "Written" in window.report_status.text(), timeout=WAIT_MS)
    assert asked[0][1].startswith("Rapport d'animation")
    lang, text = pdf_text(target)
    assert lang == "fr-CA"
    assert "Rapport" in text
    assert window.report_status.text().startswith("Written")  # the window stays English
