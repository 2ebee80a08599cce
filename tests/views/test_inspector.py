"""The inspector edits the selected card through operations: undoable, saved, bad input handled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from models.strategy import MAX_NOTES, MAX_TITLE
from models.vocabulary import Cadence, Role, Status
from tests.views.helpers import scene_agrees, snapshot, stored
from views.docks.inspector import CAPABILITY_KEY


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
    item = inspector.capability_item("human-decision")
    assert item is not None
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


def test_cadence_combo_commits_an_undoable_edit(harness) -> None:  # type: ignore[no-untyped-def]
    session, card, inspector = _select_first(harness)
    combo = inspector.cadence
    assert combo.accessibleName() == "Cadence" and combo.objectName() == "inspector_cadence"
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [
        "Continuous",
        "Daily",
        "Weekly",
        "Monthly",
        "Quarterly",
        "Yearly",
        "Once (one-off)",
        "Not stated",
    ]
    depth = session.stack.count()
    # As a keyboard user would: focus the combo, pick "Once (one-off)", confirm.
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(Cadence.ONCE.value))
    combo.activated.emit(combo.currentIndex())
    assert session.document.strategy.cards[card.id].cadence is Cadence.ONCE
    assert stored(harness.db, session.strategy_id).cards[card.id].cadence is Cadence.ONCE
    assert session.stack.count() == depth + 1
    combo.setCurrentIndex(combo.findData(Cadence.WEEKLY.value))
    combo.activated.emit(combo.currentIndex())
    combo.setCurrentIndex(combo.findData(None))  # "Not stated" clears the cadence
    combo.activated.emit(combo.currentIndex())
    assert session.document.strategy.cards[card.id].cadence is None
    session.stack.undo()
    assert session.document.strategy.cards[card.id].cadence is Cadence.WEEKLY
    assert combo.currentData() == Cadence.WEEKLY.value  # the inspector follows the undo
    session.stack.undo()
    session.stack.undo()
    assert session.document.strategy.cards[card.id].cadence == card.cadence
    assert stored(harness.db, session.strategy_id).cards[card.id] == card
    session.stack.redo()
    assert session.document.strategy.cards[card.id].cadence is Cadence.ONCE
    assert combo.currentData() == Cadence.ONCE.value
    scene_agrees(session)


def test_capabilities_are_listed_by_title_with_the_key_in_the_tooltip(harness) -> None:  # type: ignore[no-untyped-def]
    _session, card, inspector = _select_first(harness)
    library = harness.workbench.library
    rows = [inspector.capabilities.item(r) for r in range(inspector.capabilities.count())]
    assert [r.text() for r in rows] == sorted(
        (c.title for c in library.capabilities.values()), key=str.casefold
    )
    for row in rows:
        key = row.data(CAPABILITY_KEY)
        assert row.text() == library.capabilities[key].title
        assert f"({key})" in row.toolTip()
    checked = {r.data(CAPABILITY_KEY) for r in rows if r.checkState() == Qt.CheckState.Checked}
    assert checked == set(card.capabilities)
