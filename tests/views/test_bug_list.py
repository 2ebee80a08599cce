"""Issue 12's list of small faults, one test each (offscreen; the real keys run under Xvfb too)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QMenu
from pytestqt.qtbot import QtBot

from models.phases import Phase
from tests.views.conftest import Harness
from tests.views.test_export_action import answer_save_dialog, finished
from views.actions import redo_keys
from views.dialogs.custom_card import CustomCardDialog
from views.docks.inspector import CAPABILITY_KEY
from views.docks.palette import KEY_ROLE
from views.docks.strategies import ID_ROLE

REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def _activate(harness: Harness, qtbot: QtBot) -> None:
    with qtbot.waitActive(harness.window):
        harness.window.activateWindow()
    harness.workbench.view.setFocus()


def _press(key: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "something must have keyboard focus"
    combo = QKeySequence(key)[0]  # type: ignore[index]  # the stubs lack __getitem__
    QTest.keyClick(focus, combo.key(), combo.keyboardModifiers())


def test_redo_answers_ctrl_shift_z_and_ctrl_y_without_ambiguity(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window
    redo = harness.workbench.actions["redo"]
    bound = [k.toString() for k in redo.shortcuts()]
    for key in REDO_KEYS:
        assert bound.count(key) == 1, bound
    assert len(bound) == len(set(bound))
    # No other action of the window (or its children) answers a redo key.
    others = [
        a
        for a in window.findChildren(type(redo))
        if a is not redo and a.shortcuts() and any(k.toString() in bound for k in a.shortcuts())
    ]
    assert others == []
    assert [k.toString() for k in redo_keys()] == bound

    _activate(harness, qtbot)
    session = harness.session
    card_id = next(iter(session.document.strategy.cards))
    title = session.document.strategy.cards[card_id].title
    for key in REDO_KEYS:
        session.editor.update_card(card_id, title=f"{title} ({key})")
        _press("Ctrl+Z")
        assert session.document.strategy.cards[card_id].title == title
        _press(key)
        assert session.document.strategy.cards[card_id].title == f"{title} ({key})", key
        _press("Ctrl+Z")


def test_strategy_list_shows_the_saved_revision(harness: Harness, qtbot: QtBot) -> None:
    session = harness.session
    card_id = next(iter(session.document.strategy.cards))
    for n in range(8):
        session.editor.update_card(card_id, notes=f"edit {n}")
    assert session.autosaver.flush()
    revision = session.document.strategy.revision
    assert revision >= 8
    lst = harness.workbench.strategies.list
    rows = [lst.item(r) for r in range(lst.count())]
    mine = next(i for i in rows if i.data(ID_ROLE) == session.strategy_id)
    qtbot.waitUntil(lambda: f"revision {revision}" in mine.text())
    assert f"{len(session.document.strategy.cards)} cards" in mine.text()


def test_timer_controls_exist_once_and_every_display_agrees(harness: Harness) -> None:
    tools = harness.workbench.facilitating
    window = tools.show_window("timer")
    page = window.pages["timer"]
    texts = [
        b.text().replace("&", "")
        for b in page.findChildren(QAbstractButton)
        if b.isVisibleTo(window)
    ]
    for wanted in ("Chime", "Flash", "Full screen"):
        assert sum(1 for t in texts if t.startswith(wanted)) == 1, texts
    panel = window.timer_panel
    panel.toggle_full_screen()
    twin = panel.presenter
    assert twin is not None
    try:
        twin.chime_box.setChecked(True)
        assert panel.chime_box.isChecked() and tools.controller.chime
        panel.flash_box.setChecked(False)
        assert not twin.flash_box.isChecked() and not twin.flash_enabled
        boxes = [b for b in page.findChildren(QCheckBox) if b.isVisibleTo(window)]
        assert len({b.accessibleName() for b in boxes}) == len(boxes)
    finally:
        twin.close()


def test_escape_in_the_title_field_cancels_the_edit(harness: Harness, qtbot: QtBot) -> None:
    wb = harness.workbench
    session = harness.session
    card_id = next(iter(session.document.strategy.cards))
    title = session.document.strategy.cards[card_id].title
    _activate(harness, qtbot)
    session.scene.select_only([card_id])
    wb.inspector.focus_first()
    qtbot.waitUntil(wb.inspector.title.hasFocus)
    steps = session.stack.count()
    QTest.keyClicks(wb.inspector.title, "Something else entirely")
    QTest.keyClick(wb.inspector.title, Qt.Key.Key_Escape)
    assert wb.inspector.title.text() == title
    wb.view.setFocus()  # leaving the field must not save anything either
    assert session.document.strategy.cards[card_id].title == title
    assert session.stack.count() == steps


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).casefold() if found else None


def test_no_two_entries_of_one_menu_share_a_mnemonic(harness: Harness) -> None:
    window = harness.window
    menus: list[tuple[str, list[str]]] = [
        ("menu bar", [a.text() for a in window.menuBar().actions()])
    ]
    menus += [(m.title(), [a.text() for a in m.actions()]) for m in window.findChildren(QMenu)]
    assert any(title == "&View" for title, _ in menus)
    for title, texts in menus:
        keys = [k for k in (_mnemonic(t) for t in texts) if k is not None]
        clashes = {k for k in keys if keys.count(k) > 1}
        assert not clashes, f"{title}: {clashes} in {texts}"


def test_capabilities_are_shown_by_title_everywhere(harness: Harness, library: Any) -> None:
    wb = harness.workbench
    titles = {key: cap.title for key, cap in library.capabilities.items()}
    # Palette tooltips name what a practice provides by title.
    model = wb.palette.model
    entry = next(e for e in library.catalog.values() if len(e.capabilities) >= 2)
    tip = ""
    for row in range(model.rowCount()):
        group = model.item(row)
        for child in range(group.rowCount()):
            item = group.child(child)
            if item.data(KEY_ROLE) == entry.key:
                tip = item.toolTip()
    assert tip
    provides = tip.split("Provides:")[1]
    for key in entry.capabilities:
        assert titles[key].replace("&", "&amp;") in provides
        if key != titles[key]:
            assert key not in provides.replace(titles[key], "")
    # The inspector's list and the custom-card dialog show titles; keys stay in item data.
    rows = [wb.inspector.capabilities.item(r) for r in range(wb.inspector.capabilities.count())]
    assert {r.text() for r in rows} == set(titles.values())
    assert {r.data(CAPABILITY_KEY) for r in rows} == set(titles)
    dialog = CustomCardDialog(library.capabilities, Phase.DATA, harness.window)
    shown = [dialog.capabilities.item(r).text() for r in range(dialog.capabilities.count())]
    assert set(shown) == set(titles.values())
    dialog.deleteLater()


def test_export_reports_the_pages_the_file_has(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "deck.pdf"
    answer_save_dialog(monkeypatch, target)
    harness.workbench.actions["export_pdf"].trigger()
    finished(harness, qtbot)
    pages = len(PdfReader(target).pages)
    message = harness.window.statusBar().currentMessage()
    assert f"Exported {pages} pages" in message, message
