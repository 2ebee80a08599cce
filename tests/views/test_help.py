"""The Help menu: guides shown offline, a shortcuts table built from the live menus, About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu

from app.about import app_version
from app.resources import GUIDES, RESOURCES_DIR, guide_files
from tests.views.a11y_helpers import unnamed_widgets
from views.dialogs.about import AboutDialog
from views.dialogs.guide import GuideDialog
from views.dialogs.shortcuts import ShortcutsDialog

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("Engage", "Explore", "Explain", "Elaborate", "Evaluate")


def _menu(harness, name: str) -> QMenu:  # type: ignore[no-untyped-def]
    menus = [a.menu() for a in harness.window.menuBar().actions()]
    found = [m for m in menus if isinstance(m, QMenu) and m.objectName() == name]
    assert len(found) == 1
    return found[0]


def test_help_is_the_last_menu_with_its_entries(harness) -> None:  # type: ignore[no-untyped-def]
    last = harness.window.menuBar().actions()[-1].menu()
    assert isinstance(last, QMenu) and last.objectName() == "help_menu"
    names = [a.objectName() for a in last.actions() if not a.isSeparator()]
    assert names == ["user_guide", "facilitator_guide", "shortcuts", "about"]
    for name in names:
        assert harness.workbench.actions[name] in last.actions()


@pytest.mark.parametrize("key", sorted(GUIDES))
def test_docs_copy_of_each_guide_is_the_shipped_one(key: str) -> None:
    shipped = RESOURCES_DIR / "help" / GUIDES[key]
    assert (ROOT / "docs" / GUIDES[key]).read_text("utf-8") == shipped.read_text("utf-8"), (
        f"docs/{GUIDES[key]} and resources/help/{GUIDES[key]} differ: edit one, copy it over"
    )


def test_facilitator_guide_covers_the_day(harness, qtbot) -> None:  # type: ignore[no-untyped-def]
    harness.workbench.actions["facilitator_guide"].trigger()
    dialog = harness.workbench.help.dialogs["facilitator_guide"]
    assert isinstance(dialog, GuideDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    for heading in ("Before the day", "Troubleshooting", *STAGES):
        assert heading in text, heading
    assert unnamed_widgets(dialog) == []
    # Asked twice: the same window comes back, not a second one.
    harness.workbench.actions["facilitator_guide"].trigger()
    assert harness.workbench.help.dialogs["facilitator_guide"] is dialog


def test_user_guide_find_and_no_external_links(harness, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    harness.workbench.actions["user_guide"].trigger()
    dialog = harness.workbench.help.dialogs["user_guide"]
    assert isinstance(dialog, GuideDialog)
    assert "Where your work is kept" in dialog.browser.toPlainText()
    dialog.find_box.setText("Troubleshooting")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText() == "Troubleshooting"
    dialog.find_box.setText("no such words in any guide")
    assert not dialog.find_next()
    assert dialog.status.text() == "Not found"
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened == []
    assert dialog.browser.source().isEmpty()


def test_shortcuts_table_lists_every_menu_shortcut(harness) -> None:  # type: ignore[no-untyped-def]
    harness.workbench.actions["shortcuts"].trigger()
    dialog = harness.workbench.help.dialogs["shortcuts"]
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    listed = {does for _keys, does, _menu in rows}
    bar = harness.window.menuBar()
    in_menus = [
        action
        for menu in bar.findChildren(QMenu)
        for action in menu.actions()
        if isinstance(action, QAction) and not action.shortcut().isEmpty()
    ]
    assert len(in_menus) > 30
    for action in in_menus:
        assert action.text().replace("&", "") in listed, action.objectName()
    assert ("Ctrl+Z", "Undo", "Edit") in rows
    assert any(keys == "F1" and does == "User guide" for keys, does, _m in rows)
    assert unnamed_widgets(dialog) == []


def test_about_says_versions_licence_and_where_files_live(harness, qtbot) -> None:  # type: ignore[no-untyped-def]
    harness.workbench.actions["about"].trigger()
    dialog = harness.workbench.help.dialogs["about"]
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    facts = dialog.facts
    assert facts.version == app_version()
    assert facts.content_version == harness.workbench.library.version
    packs = harness.workbench.checking.packs.packs
    assert {p.key for p in facts.packs} == set(packs) and len(packs) >= 7
    assert dialog.packs.rowCount() == len(packs)
    assert facts.database == str(harness.db)
    assert "Apache" in facts.license_name
    assert facts.log_file.endswith("mlops-canvas.log")
    assert facts.content_folder == str(RESOURCES_DIR)
    assert facts.settings_file and facts.data_folder
    assert dialog.values["about_database"].text() == str(harness.db)
    assert unnamed_widgets(dialog) == []
    dialog.copy()
    copied = QGuiApplication.clipboard().text()
    for value in (facts.version, facts.database, facts.log_file, facts.content_version):
        assert value in copied
    pack = next(iter(packs.values()))
    assert pack.version_label in copied


def test_guides_are_shipped_files(harness) -> None:  # type: ignore[no-untyped-def]
    assert [p.name for p in guide_files()] == list(GUIDES.values())
    assert all(p.is_file() for p in guide_files())


def test_licence_button_shows_the_licence_text(harness, qtbot) -> None:  # type: ignore[no-untyped-def]
    facts = harness.workbench.help.about_facts()
    text = (ROOT / "LICENSE").read_text("utf-8")
    dialog = AboutDialog(facts, text, harness.window)
    qtbot.addWidget(dialog)
    dialog.license_button.click()
    assert dialog.license_dialog is not None and dialog.license_dialog.isVisible()
    assert isinstance(dialog.license_dialog, GuideDialog)
    shown = dialog.license_dialog.browser.toPlainText()
    assert "Apache License" in shown and "Version 2.0, January 2004" in shown
    without = AboutDialog(facts, None, harness.window)
    qtbot.addWidget(without)
    assert not without.license_button.isEnabled()
