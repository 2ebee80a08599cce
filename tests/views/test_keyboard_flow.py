"""The core flow without a mouse: palette, lane, focus, phase, inspector, link, delete, undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from models.phases import ALL_PHASES, Phase
from tests.views.helpers import scene_agrees, stored


def _focus(harness: Any) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something must have keyboard focus"
    return widget


def _focused_card(wb: Any) -> Any:
    return wb.view.focused_card()


def _keys(
    harness: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(_focus(harness), key, modifier)


def _answer_dialogs_by_keyboard(harness: Any, qtbot: Any, scripts: list[list[Any]]) -> None:
    """Replace the dialog seam: show each dialog and type its script (keys or text)."""

    def run(dialog: QDialog) -> bool:
        script = scripts.pop(0)
        with qtbot.waitExposed(dialog):
            dialog.show()
        dialog.activateWindow()
        for step in script:
            widget = QApplication.focusWidget() or dialog
            if isinstance(step, str):
                QTest.keyClicks(widget, step)
            else:
                QTest.keyClick(widget, step)
        assert not dialog.isVisible(), "the script must close the dialog"
        # What the window manager does when a dialog closes: the main window is active again.
        with qtbot.waitActive(harness.window):
            harness.window.activateWindow()
        return dialog.result() == QDialog.DialogCode.Accepted

    harness.workbench.run_dialog = run


def test_keyboard_only_flow(harness, qtbot) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    session = harness.session
    strategy = session.document.strategy
    target = max(strategy.cards.values(), key=lambda c: (c.phase is Phase.DEPLOY, c.title))
    with qtbot.waitActive(harness.window):
        harness.window.activateWindow()
    _answer_dialogs_by_keyboard(
        harness,
        qtbot,
        [
            # Place: the palette entry's own lane is preselected; Down picks the next lane.
            [Qt.Key.Key_Down, Qt.Key.Key_Return],
            # Link: filter the target list by typing, Enter to accept.
            [target.title, Qt.Key.Key_Return],
        ],
    )
    # 1. Focus the palette and search.
    _keys(harness, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _focus(harness) is wb.palette.search
    QTest.keyClicks(wb.palette.search, "drift")
    key = wb.palette.current_key()
    assert key is not None
    entry = wb.library.catalog[key]
    # 2. Enter places it, in the lane after its own (chosen in the dialog).
    before = set(strategy.cards)
    _keys(harness, Qt.Key.Key_Return)
    new = [strategy.cards[c] for c in set(strategy.cards) - before]
    assert len(new) == 1 and new[0].catalog_key == key
    card = new[0]
    assert card.phase is ALL_PHASES[ALL_PHASES.index(entry.phase) + 1]
    assert _focus(harness) is wb.view
    assert _focused_card(wb).card_id == card.id
    # 3. Arrow keys move focus between cards, and back.
    _keys(harness, Qt.Key.Key_Left)
    moved_to = _focused_card(wb)
    assert moved_to is not None and moved_to.card_id != card.id
    assert moved_to.card.phase is entry.phase  # the lane to the left
    _keys(harness, Qt.Key.Key_Right)
    assert _focused_card(wb).card_id == card.id
    # 4. Alt+Left moves the card to the previous phase.
    _keys(harness, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert strategy.cards[card.id].phase is entry.phase
    # 5. Enter opens it in the inspector; type a new title.
    _keys(harness, Qt.Key.Key_Return)
    assert _focus(harness) is wb.inspector.title
    QTest.keyClicks(wb.inspector.title, "Drift watch")
    _keys(harness, Qt.Key.Key_Return)
    assert strategy.cards[card.id].title == "Drift watch"
    # 6. Back to the canvas; Ctrl+L links it to a card chosen from a list.
    _keys(harness, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert _focus(harness) is wb.view
    links_before = set(strategy.links)
    _keys(harness, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    new_links = [strategy.links[i] for i in set(strategy.links) - links_before]
    assert len(new_links) == 1 and new_links[0].source == card.id
    assert new_links[0].target == target.id
    # 7. Delete removes it (with its link); Ctrl+Z brings both back.
    _keys(harness, Qt.Key.Key_Delete)
    assert card.id not in strategy.cards and new_links[0].id not in strategy.links
    assert card.id not in stored(harness.db, session.strategy_id).cards
    _keys(harness, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert strategy.cards[card.id].title == "Drift watch"
    assert new_links[0].id in strategy.links
    assert stored(harness.db, session.strategy_id).cards[card.id].title == "Drift watch"
    scene_agrees(session)
    # 8. The outline lists the card under its phase (the screen-reader equivalent).
    wb.outline.rebuild()
    wb.outline.select_card(card.id)
    assert wb.outline.current_card_id() == card.id
    assert strategy.cards[card.id].phase is not Phase.GOVERNANCE


def test_keyboard_nudges_merge_into_one_undo_step(harness, qtbot) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    session = harness.session
    with qtbot.waitActive(harness.window):
        harness.window.activateWindow()
    card = next(iter(session.document.strategy.cards.values()))
    wb.view.setFocus()
    wb.view.focus_card(card.id)
    count = session.stack.count()
    for _ in range(3):
        _keys(harness, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = session.document.strategy.cards[card.id]
    assert moved.y == card.y + 30
    assert session.stack.count() == count + 1
    session.stack.undo()
    assert session.document.strategy.cards[card.id] == card
