"""Phase reviews: verdicts, the comment a correction needs, corrections and re-evaluation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.phases import Phase
from models.review import PhaseReview, ReviewState
from tests.views.facilitator.a11y import unnamed_widgets
from views.facilitator.phase_review import PhaseReviewPanel


def _panel(qtbot: QtBot, history: tuple[PhaseReview, ...] = ()) -> PhaseReviewPanel:
    panel = PhaseReviewPanel("strategy-1", history, author="Facilitator", strategy_name="Aurora")
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_verdicts_are_emitted_as_phase_reviews(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert panel.states[Phase.DATA].text() == "Not reviewed yet"
    panel.acceptable[Phase.DATA].click()
    with qtbot.waitSignal(panel.review_recorded) as recorded:
        QTest.mouseClick(panel.evaluate_buttons[Phase.DATA], Qt.MouseButton.LeftButton)
    entry = recorded.args[0]
    assert isinstance(entry, PhaseReview)
    assert (entry.strategy_id, entry.phase, entry.state, entry.evaluation, entry.author) == (
        "strategy-1",
        Phase.DATA,
        ReviewState.ACCEPTABLE,
        1,
        "Facilitator",
    )
    assert panel.states[Phase.DATA].text() == "Acceptable"
    assert panel.evaluate_buttons[Phase.DATA].text() == "Re-evaluate"


def test_to_be_corrected_needs_a_comment(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    emitted: list[PhaseReview] = []
    panel.review_recorded.connect(emitted.append)
    panel.to_correct[Phase.MONITOR].click()
    panel.evaluate_buttons[Phase.MONITOR].click()
    assert emitted == [] and panel.message.isVisible()
    assert "Say what the team should correct" in panel.message.text()
    assert panel.message.text().startswith("Monitoring")
    QTest.keyClicks(panel.comments[Phase.MONITOR], "Nothing watches fairness in production.")
    panel.evaluate_buttons[Phase.MONITOR].click()
    assert [e.state for e in emitted] == [ReviewState.TO_BE_CORRECTED]
    assert emitted[0].comment == "Nothing watches fairness in production."
    assert not panel.message.isVisible()


def test_corrections_then_re_evaluation_raise_the_evaluation_number(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    emitted: list[PhaseReview] = []
    panel.review_recorded.connect(emitted.append)
    assert not panel.corrected_buttons[Phase.DEPLOY].isEnabled()
    panel.to_correct[Phase.DEPLOY].click()
    panel.comments[Phase.DEPLOY].setText("No rollback plan.")
    panel.evaluate_buttons[Phase.DEPLOY].click()
    assert panel.corrected_buttons[Phase.DEPLOY].isEnabled()
    panel.corrected_buttons[Phase.DEPLOY].click()
    assert panel.states[Phase.DEPLOY].text() == "Corrected, awaiting re-evaluation"
    panel.acceptable[Phase.DEPLOY].click()
    panel.evaluate_buttons[Phase.DEPLOY].click()
    assert [(e.state, e.evaluation) for e in emitted] == [
        (ReviewState.TO_BE_CORRECTED, 1),
        (ReviewState.CORRECTED, 1),
        (ReviewState.ACCEPTABLE, 2),
    ]
    assert panel.states[Phase.DEPLOY].text() == "Acceptable (re-evaluated)"


def test_a_stored_history_is_shown_and_other_strategies_ignored(qtbot: QtBot) -> None:
    history = (
        PhaseReview(
            strategy_id="strategy-1",
            phase=Phase.GOVERNANCE,
            state=ReviewState.TO_BE_CORRECTED,
            comment="No accountable owner.",
        ),
        PhaseReview(strategy_id="other", phase=Phase.DATA, state=ReviewState.ACCEPTABLE),
    )
    panel = _panel(qtbot, history)
    assert panel.states[Phase.GOVERNANCE].text() == "To be corrected"
    assert panel.states[Phase.GOVERNANCE].toolTip() == "No accountable owner."
    assert panel.to_correct[Phase.GOVERNANCE].isChecked()
    assert panel.states[Phase.DATA].text() == "Not reviewed yet"
    assert len(panel.history) == 1


def test_no_verdict_chosen_is_refused(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert panel.record_verdict(Phase.FEEDBACK) is None
    assert "Choose acceptable or to be corrected" in panel.message.text()


def test_every_visible_widget_has_an_accessible_name(qtbot: QtBot) -> None:
    assert unnamed_widgets(_panel(qtbot)) == []
