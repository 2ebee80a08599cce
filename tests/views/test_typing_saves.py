"""Typed text is saved as it is typed (issue 15, item 1).

Notes were committed only when focus left the field, so a crash or kill while
typing lost them, and the save label said "Saved" meanwhile. Now each pause
in typing is one edit (one undo step, never a save per keystroke) written to
the database at once, and the label says the text is pending until it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.autosave import SaveKind, SaveState
from tests.views.helpers import stored
from views.docks.typing import TYPING_PAUSE_MS


def _select_first(harness: Any) -> tuple[Any, Any, Any]:
    session = harness.session
    card = min(session.document.strategy.cards.values(), key=lambda c: (c.phase.value, c.y))
    harness.workbench.view.focus_card(card.id)
    inspector = harness.workbench.inspector
    assert inspector.stack.currentIndex() == 1
    return session, card, inspector


def _type(harness: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def test_notes_are_saved_at_a_pause_without_leaving_the_field(harness) -> None:  # type: ignore[no-untyped-def]
    session, card, inspector = _select_first(harness)
    label = harness.workbench.save_label
    inspector.notes.moveCursor(inspector.notes.textCursor().MoveOperation.End)
    _type(harness, inspector.notes, " Checked weekly by the data steward.")
    # Typing: no edit yet, nothing written, and the label does not say "Saved".
    assert session.stack.count() == 0
    assert kind_of(session.autosaver.state) is SaveKind.PENDING
    assert not label.text().startswith("Saved")
    assert stored(harness.db, session.strategy_id).cards[card.id].notes == card.notes
    harness.qtbot.waitUntil(lambda: session.stack.count() == 1, timeout=TYPING_PAUSE_MS * 10)
    expected = card.notes + " Checked weekly by the data steward."
    assert session.document.strategy.cards[card.id].notes == expected
    # Written while focus is still in the field: a kill now loses nothing.
    assert inspector.notes.hasFocus()
    assert stored(harness.db, session.strategy_id).cards[card.id].notes == expected
    assert kind_of(session.autosaver.state) is SaveKind.SAVED
    assert label.text().startswith("Saved")


def test_each_pause_is_one_undo_step(harness) -> None:  # type: ignore[no-untyped-def]
    session, card, inspector = _select_first(harness)
    inspector.notes.clear()  # a programmatic change: saved as one edit on leaving
    inspector.commit_notes()
    base = session.stack.count()
    _type(harness, inspector.notes, "first")
    harness.qtbot.waitUntil(lambda: session.stack.count() == base + 1, timeout=TYPING_PAUSE_MS * 10)
    _type(harness, inspector.notes, " second")
    harness.qtbot.waitUntil(lambda: session.stack.count() == base + 2, timeout=TYPING_PAUSE_MS * 10)
    assert session.document.strategy.cards[card.id].notes == "first second"
    session.stack.undo()
    assert session.document.strategy.cards[card.id].notes == "first"
    assert inspector.notes.toPlainText() == "first"
    session.stack.undo()
    assert session.document.strategy.cards[card.id].notes == ""


def test_typed_title_is_saved_at_a_pause_and_esc_drops_what_is_not(harness) -> None:  # type: ignore[no-untyped-def]
    session, card, inspector = _select_first(harness)
    inspector.title.selectAll()
    _type(harness, inspector.title, "Owned data inventory")
    assert session.stack.count() == 0
    harness.qtbot.waitUntil(lambda: session.stack.count() == 1, timeout=TYPING_PAUSE_MS * 10)
    assert stored(harness.db, session.strategy_id).cards[card.id].title == "Owned data inventory"
    _type(harness, inspector.title, " typo")
    assert kind_of(session.autosaver.state) is SaveKind.PENDING
    QTest.keyClick(inspector.title, Qt.Key.Key_Escape)
    assert inspector.title.text() == "Owned data inventory"
    assert kind_of(session.autosaver.state) is SaveKind.SAVED
    assert session.stack.count() == 1


def test_choosing_another_card_saves_what_was_typed_first(harness) -> None:  # type: ignore[no-untyped-def]
    session, card, inspector = _select_first(harness)
    _type(harness, inspector.notes, "Z")
    other = next(c for c in session.document.strategy.cards.values() if c.id != card.id)
    harness.workbench.view.focus_card(other.id)
    assert session.document.strategy.cards[card.id].notes == "Z" + card.notes
    assert stored(harness.db, session.strategy_id).cards[card.id].notes == "Z" + card.notes
    assert kind_of(session.autosaver.state) is SaveKind.SAVED


def kind_of(state: SaveState) -> SaveKind:
    """The state's kind (a call, so a type checker does not narrow it between asserts)."""
    return state.kind
