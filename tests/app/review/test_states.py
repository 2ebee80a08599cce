"""Phase review states: verdicts, corrections and re-evaluation."""

from __future__ import annotations

import pytest

from app.review.errors import ReviewTransitionError
from app.review.states import awaiting_re_evaluation, current, evaluate, report_corrected
from models.phases import Phase
from models.review import PhaseReview, ReviewState


def test_full_cycle_marks_re_evaluation() -> None:
    history: list[PhaseReview] = []
    history.append(
        evaluate(history, "s", Phase.MONITOR, ReviewState.TO_BE_CORRECTED, "no drift check", at="1")
    )
    history.append(evaluate(history, "s", Phase.DATA, ReviewState.ACCEPTABLE, at="2"))
    assert list(current(history, "s")) == [Phase.DATA, Phase.MONITOR]
    history.append(report_corrected(history, "s", Phase.MONITOR, "added drift card", at="3"))
    assert awaiting_re_evaluation(history, "s") == (Phase.MONITOR,)
    assert current(history, "s")[Phase.MONITOR].label == "Corrected, awaiting re-evaluation"
    history.append(evaluate(history, "s", Phase.MONITOR, ReviewState.ACCEPTABLE, at="4"))
    monitor = current(history, "s")[Phase.MONITOR]
    assert (monitor.state, monitor.evaluation, monitor.re_evaluated) == (
        ReviewState.ACCEPTABLE,
        2,
        True,
    )
    assert monitor.label == "Acceptable (re-evaluated)"
    assert awaiting_re_evaluation(history, "s") == ()
    assert not current(history, "s")[Phase.DATA].re_evaluated


def test_changing_a_verdict_before_corrections_is_not_a_re_evaluation() -> None:
    history = [evaluate([], "s", Phase.DEPLOY, ReviewState.ACCEPTABLE)]
    changed = evaluate(history, "s", Phase.DEPLOY, ReviewState.TO_BE_CORRECTED, "no rollback")
    assert changed.evaluation == 1 and not changed.re_evaluated


def test_states_are_per_strategy() -> None:
    history = [evaluate([], "a", Phase.DATA, ReviewState.TO_BE_CORRECTED, "gaps")]
    assert current(history, "b") == {}
    with pytest.raises(ReviewTransitionError, match="Data phase is not reviewed"):
        report_corrected(history, "b", Phase.DATA)


@pytest.mark.parametrize(
    ("setup", "action", "message"),
    [
        ([], lambda h: evaluate(h, "s", Phase.DATA, ReviewState.CORRECTED), "Only the team"),
        ([], lambda h: evaluate(h, "s", Phase.DATA, ReviewState.TO_BE_CORRECTED, " "), "Say what"),
        ([], lambda h: report_corrected(h, "s", Phase.DATA), "not reviewed"),
        (
            [PhaseReview(strategy_id="s", phase=Phase.DATA, state=ReviewState.ACCEPTABLE)],
            lambda h: report_corrected(h, "s", Phase.DATA),
            "is acceptable",
        ),
    ],
    ids=["team-state", "no-comment", "unreviewed", "already-acceptable"],
)
def test_invalid_transitions_are_refused(setup, action, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReviewTransitionError, match=message):
        action(setup)
