"""Review states per phase: the facilitator's verdicts and the team's corrections.

The history of a phase is a list of ``PhaseReview`` entries; the latest one is
the phase's state. The facilitator marks a phase acceptable or to be corrected;
the team reports its corrections; the facilitator then re-evaluates, which
raises the evaluation number so the deck and report can say "re-evaluated".
"""

from __future__ import annotations

from collections.abc import Iterable

from app.i18n import phase_short, review_state_label, translate
from app.review.errors import ReviewTransitionError
from models.phases import ALL_PHASES, Phase
from models.review import PhaseReview, ReviewState, now_iso


def current(history: Iterable[PhaseReview], strategy_id: str) -> dict[Phase, PhaseReview]:
    """The latest entry per phase of one strategy (phases never reviewed are absent).

    ``history`` must be in the order the entries were made (the store's insertion order).
    """
    latest: dict[Phase, PhaseReview] = {}
    for entry in history:
        if entry.strategy_id == strategy_id:
            latest[entry.phase] = entry
    return {phase: latest[phase] for phase in ALL_PHASES if phase in latest}


def evaluate(
    history: Iterable[PhaseReview],
    strategy_id: str,
    phase: Phase,
    state: ReviewState,
    comment: str = "",
    *,
    author: str = "",
    at: str | None = None,
) -> PhaseReview:
    """The facilitator's verdict on one phase: acceptable or to be corrected.

    A verdict after the team reported corrections is a re-evaluation (its
    ``evaluation`` number goes up); changing one's mind before that keeps the number.

    Raises:
        ReviewTransitionError: ``state`` is "corrected", which only the team reports,
            or "to be corrected" without a comment saying what to correct.
    """
    if state is ReviewState.CORRECTED:
        raise ReviewTransitionError(
            translate("review", "Only the team reports a phase as corrected.")
        )
    if state is ReviewState.TO_BE_CORRECTED and not comment.strip():
        raise ReviewTransitionError(
            translate("review", "Say what the team should correct in this phase.")
        )
    previous = current(history, strategy_id).get(phase)
    number = 1
    if previous is not None:
        number = previous.evaluation + (1 if previous.state is ReviewState.CORRECTED else 0)
    return PhaseReview(
        strategy_id=strategy_id,
        phase=phase,
        state=state,
        comment=comment,
        author=author,
        evaluation=number,
        at=at or now_iso(),
    )


def report_corrected(
    history: Iterable[PhaseReview],
    strategy_id: str,
    phase: Phase,
    comment: str = "",
    *,
    author: str = "",
    at: str | None = None,
) -> PhaseReview:
    """The team's report that it corrected a phase marked "to be corrected".

    Raises:
        ReviewTransitionError: the phase is not currently marked "to be corrected".
    """
    previous = current(history, strategy_id).get(phase)
    if previous is None or previous.state is not ReviewState.TO_BE_CORRECTED:
        shown = (
            translate("review", "not reviewed")
            if previous is None
            else review_state_label(previous).lower()
        )
        raise ReviewTransitionError(
            translate(
                "review",
                "The {phase} phase is {state}; only a phase marked to be corrected can be "
                "reported as corrected.",
            ).format(phase=phase_short(phase), state=shown)
        )
    return PhaseReview(
        strategy_id=strategy_id,
        phase=phase,
        state=ReviewState.CORRECTED,
        comment=comment,
        author=author,
        evaluation=previous.evaluation,
        at=at or now_iso(),
    )


def awaiting_re_evaluation(history: Iterable[PhaseReview], strategy_id: str) -> tuple[Phase, ...]:
    """The phases the team has corrected and the facilitator has yet to re-evaluate."""
    return tuple(
        phase
        for phase, entry in current(history, strategy_id).items()
        if entry.state is ReviewState.CORRECTED
    )
