"""Peer feedback form and assignment editor: saving, locking, self-review refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.review.peers import TeamEntry, lock, new_round
from models.review import PeerFeedback, PeerRound
from tests.views.facilitator.a11y import unnamed_widgets
from views.facilitator.peer_assign import AssignmentEditor
from views.facilitator.peer_form import PeerFeedbackForm

TEAMS = (
    TeamEntry("team-a", "strategy-a"),
    TeamEntry("team-b", "strategy-b"),
    TeamEntry("team-c", "strategy-c"),
)
NAMES = {"team-a": "Aurora", "team-b": "Borealis", "team-c": "Cirrus"}


def _round() -> PeerRound:
    return new_round("workshop-1", TEAMS)


def _form(qtbot: QtBot, peer_round: PeerRound, **kwargs: object) -> PeerFeedbackForm:
    form = PeerFeedbackForm(
        peer_round,
        "team-a",
        "strategy-b",
        team_names=NAMES,
        strategy_name="Benefits",
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(form)
    form.show()
    return form


def _table_combo(editor: AssignmentEditor, row: int, column: int) -> QComboBox:
    combo = editor.table.cellWidget(row, column)
    assert isinstance(combo, QComboBox)
    return combo


def test_feedback_is_saved_with_its_score(qtbot: QtBot) -> None:
    form = _form(qtbot, _round())
    QTest.keyClicks(form.strengths, "Clear owners for every card.")
    QTest.keyClicks(form.questions, "Who reads the drift alerts?")
    QTest.keyClicks(form.suggestion, "Add an appeal path.")
    form.score_radios[3].click()
    with qtbot.waitSignal(form.feedback_saved) as saved:
        QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    entry = saved.args[0]
    assert isinstance(entry, PeerFeedback)
    assert (entry.reviewer_team_id, entry.strategy_id, entry.score) == ("team-a", "strategy-b", 3)
    assert entry.strengths == "Clear owners for every card."
    assert entry.questions == "Who reads the drift alerts?"
    assert entry.suggestion == "Add an appeal path."
    assert entry.updated_at and form.status.text().startswith("Saved")


def test_saving_without_a_score_is_refused_with_a_message(qtbot: QtBot) -> None:
    form = _form(qtbot, _round())
    emitted: list[object] = []
    form.feedback_saved.connect(emitted.append)
    form.save_button.click()
    assert emitted == [] and form.error.isVisible()
    assert form.error.text() == "Choose a score from 1 to 4 before saving."


def test_a_team_not_assigned_cannot_save(qtbot: QtBot) -> None:
    peer_round = _round()
    form = PeerFeedbackForm(peer_round, "team-a", "strategy-c")  # a reviews b, not c
    qtbot.addWidget(form)
    form.show()
    form.score_radios[2].click()
    assert form.save() is None
    assert "not assigned" in form.error.text()


def test_lock_makes_the_form_read_only_with_a_banner(qtbot: QtBot) -> None:
    peer_round = _round()
    entry = PeerFeedback(
        round_id=peer_round.id,
        reviewer_team_id="team-a",
        strategy_id="strategy-b",
        strengths="Good monitoring.",
        score=2,
    )
    form = _form(qtbot, peer_round, entry=entry)
    assert form.strengths.toPlainText() == "Good monitoring." and form.score_radios[2].isChecked()
    assert not form.lock_banner.isVisible()
    form.set_round(lock(peer_round))
    assert form.locked and form.lock_banner.isVisible()
    assert form.lock_banner.text() == (
        "Round 1 is locked by the facilitator: feedback can be read but not changed."
    )
    assert form.strengths.isReadOnly() and form.questions.isReadOnly()
    assert form.suggestion.isReadOnly()
    assert not any(r.isEnabled() for r in form.score_radios.values())
    assert not form.save_button.isEnabled()
    QTest.keyClicks(form.strengths, " More text")
    assert form.strengths.toPlainText() == "Good monitoring."
    assert form.save() is None and "locked" in form.error.text()


def test_round_robin_table_and_self_review_refused(qtbot: QtBot) -> None:
    editor = AssignmentEditor(_round(), TEAMS, NAMES)
    qtbot.addWidget(editor)
    editor.show()
    rounds: list[PeerRound] = []
    editor.round_changed.connect(rounds.append)
    pairs = [
        (_table_combo(editor, r, 0).currentText(), _table_combo(editor, r, 1).currentText())
        for r in range(editor.table.rowCount())
    ]
    assert pairs == [("Aurora", "Borealis"), ("Borealis", "Cirrus"), ("Cirrus", "Aurora")]
    assert not editor.warnings.isVisible()
    _table_combo(editor, 0, 1).setCurrentIndex(0)  # Aurora would review Aurora
    assert rounds == []
    assert editor.message.text() == "Aurora cannot review its own strategy."
    assert _table_combo(editor, 0, 1).currentText() == "Borealis"  # the row went back


def test_editing_a_row_reassigns_and_warns_about_imbalance(qtbot: QtBot) -> None:
    editor = AssignmentEditor(_round(), TEAMS, NAMES)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitSignal(editor.round_changed) as changed:
        _table_combo(editor, 0, 1).setCurrentIndex(2)  # Aurora now reviews Cirrus
    edited = changed.args[0]
    assert [(a.reviewer_team_id, a.strategy_id) for a in edited.assignments] == [
        ("team-a", "strategy-c"),
        ("team-b", "strategy-c"),
        ("team-c", "strategy-a"),
    ]
    assert editor.warnings.isVisible()
    assert "“Borealis” is not reviewed by anyone." in editor.warnings.text()
    assert "“Cirrus” is reviewed 2 times." in editor.warnings.text()
    editor.round_robin()
    assert not editor.warnings.isVisible()


def test_lock_freezes_the_table_and_unlock_opens_it(qtbot: QtBot) -> None:
    editor = AssignmentEditor(_round(), TEAMS, NAMES)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitSignal(editor.round_changed) as changed:
        editor.lock_button.click()
    assert changed.args[0].locked and editor.lock_banner.isVisible()
    assert editor.lock_button.text() == "Unlock round"
    assert not _table_combo(editor, 0, 1).isEnabled()
    assert not editor.add_button.isEnabled() and not editor.robin_button.isEnabled()
    editor.lock_button.click()
    assert not editor.peer_round.locked and _table_combo(editor, 0, 1).isEnabled()


def test_add_and_remove_assignments(qtbot: QtBot) -> None:
    editor = AssignmentEditor(_round(), TEAMS, NAMES)
    qtbot.addWidget(editor)
    editor.show()
    editor.add_button.click()
    assert editor.peer_round.assignment("team-a", "strategy-c") is not None
    assert editor.table.rowCount() == 4
    editor.table.selectRow(3)
    editor.remove_button.click()
    assert editor.table.rowCount() == 3
    editor.table.clearSelection()
    editor.table.setCurrentCell(-1, -1)
    editor.remove_button.click()
    assert editor.message.text() == "Select an assignment to remove."


def test_every_visible_widget_has_an_accessible_name(qtbot: QtBot) -> None:
    form = _form(qtbot, lock(_round()))
    editor = AssignmentEditor(_round(), TEAMS, NAMES)
    qtbot.addWidget(editor)
    editor.show()
    assert unnamed_widgets(form) == []
    assert unnamed_widgets(editor) == []


def test_feedback_without_a_score_waits_as_a_draft(qtbot: QtBot) -> None:
    form = _form(qtbot, _round())
    emitted: list[object] = []
    form.feedback_saved.connect(emitted.append)
    QTest.keyClicks(form.strengths, "Clear.")
    qtbot.waitUntil(lambda: "score" in form.status.text(), timeout=5000)
    assert emitted == [] and form.has_draft() and not form.error.isVisible()
    form.score_radios[3].click()
    form.flush()
    assert len(emitted) == 1 and not form.has_draft()
    assert form.status.text().startswith("Saved")
