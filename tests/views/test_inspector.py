"""The inspector edits the selected card through operations: undoable, saved, bad input handled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from models.strategy import MAX_NOTES, MAX_TITLE
from models.vocabulary import Role, Status
from tests.views.helpers import scene_agrees, snapshot, stored


def _select_first(harness: Any) -> tuple[Any, Any, Any]:
    session = harness.session
    card = min(session.document.strategy.cards.values(), key=lambda c: (c.phase.value, c.y))
    harness.workbench.view.focus_card(card.id)
    inspector = harness.workbench.inspector
    assert inspector.stack.currentIndex() == 1
    assert inspector.title.text() == card.title
    return session, card, inspector


def test_edit_every_field_then_undo_and_redo_to_identical_states(harness) -> None:  # type: ignore[no-untyped-def]
    session, card, inspector = _select_first(harness)
    states = [snapshot(session.document.strategy)]
    inspector.title.setText("  Named  data steward  ")
    inspector.title.editingFinished.emit()
    states.append(snapshot(session.document.strategy))
    inspector.notes.setPlainText("Who owns data quality?\nThe data steward.")
    inspector.commit_notes()
    states.append(snapshot(session.document.strategy))
    inspector.owner.setCurrentIndex(inspector.owner.findData(Role.POLICY_LEGAL))
    inspector.owner.activated.emit(inspector.owner.currentIndex())
    states.append(snapshot(session.document.strategy))
    inspector.status.setCurrentIndex(inspector.status.findData(Status.IN_PLACE.value))
    inspector.status.activated.emit(inspector.status.currentIndex())
    states.append(snapshot(session.document.strategy))
    item = inspector.capabilities.findItems("human-decision", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    states.append(snapshot(session.document.strategy))

    edited = session.document.strategy.cards[card.id]
    assert edited.title == "Named data steward"
    assert edited.notes == "Who owns data quality?\nThe data steward."
    assert edited.owner_role is Role.POLICY_LEGAL
    assert edited.status is Status.IN_PLACE
    assert "human-decision" in edited.capabilities
    assert stored(harness.db, session.strategy_id).cards[card.id] == edited
    assert len({str(s) for s in states}) == len(states)  # every edit changed something
    scene_agrees(session)
    for expected in reversed(states[:-1]):
        session.stack.undo()
        assert snapshot(session.document.strategy) == expected
    assert stored(harness.db, session.strategy_id).cards[card.id] == card
    for expected in states[1:]:
        session.stack.redo()
        assert snapshot(session.document.strategy) == expected
    scene_agrees(session)
    assert inspector.title.text() == "Named data steward"


def test_empty_title_is_refused_and_long_title_trimmed(harness) -> None:  # type: ignore[no-untyped-def]
    session, card, inspector = _select_first(harness)
    inspector.title.setText("   ")
    inspector.title.editingFinished.emit()
    assert session.document.strategy.cards[card.id].title == card.title
    assert inspector.title.text() == card.title
    assert "title" in harness.window.statusBar().currentMessage().lower()
    inspector.title.setText("x" * 500)
    inspector.title.editingFinished.emit()
    assert session.document.strategy.cards[card.id].title == "x" * MAX_TITLE
    assert str(MAX_TITLE) in harness.window.statusBar().currentMessage()


def test_megabyte_of_notes_is_cut_to_the_limit_with_a_message(harness) -> None:  # type: ignore[no-untyped-def]
    session, card, inspector = _select_first(harness)
    blob = ("A pasted report line. " * 50 + "\n") * 1000  # about 1 MB
    assert len(blob) > 1_000_000
    QGuiApplication.clipboard().setText(blob)
    inspector.notes.setFocus()
    inspector.notes.paste()
    inspector.commit_notes()
    notes = session.document.strategy.cards[card.id].notes
    assert len(notes) == MAX_NOTES
    assert stored(harness.db, session.strategy_id).cards[card.id].notes == notes
    assert "cut" in harness.window.statusBar().currentMessage()


def test_link_kind_edited_in_the_inspector(harness) -> None:  # type: ignore[no-untyped-def]
    from models.vocabulary import LinkKind

    session = harness.session
    link = next(iter(session.document.strategy.links.values()))
    session.scene.clearSelection()
    session.scene.links[link.id].setSelected(True)
    inspector = harness.workbench.inspector
    assert inspector.stack.currentIndex() == 2
    kind = next(k for k in LinkKind if k is not link.kind)
    inspector.link_kind.setCurrentIndex(inspector.link_kind.findData(kind.value))
    inspector.link_kind.activated.emit(inspector.link_kind.currentIndex())
    assert session.document.strategy.links[link.id].kind is kind
    assert stored(harness.db, session.strategy_id).links[link.id].kind is kind
    session.stack.undo()
    assert session.document.strategy.links[link.id].kind is link.kind
