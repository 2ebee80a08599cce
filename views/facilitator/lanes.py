"""Review states on the canvas lanes: "the team sees it on the lane".

Each lane shows the latest facilitator review of its phase as a short badge
(✓ acceptable, ✎ to be corrected, ↻ corrected and awaiting re-evaluation) with
the comment as the badge's tooltip. ``LaneItem.set_review`` draws it.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.i18n import translate
from app.review.states import current
from models.phases import ALL_PHASES
from models.review import PhaseReview, ReviewState
from views.canvas.scene import CanvasScene

MARKS = {
    ReviewState.ACCEPTABLE: "✓",
    ReviewState.TO_BE_CORRECTED: "✎",
    ReviewState.CORRECTED: "↻",
}


def lane_badge(entry: PhaseReview | None) -> tuple[str, str]:
    """The text and tooltip a lane shows for its latest review ("" for none)."""
    if entry is None:
        return "", ""
    short = {
        ReviewState.ACCEPTABLE: translate("facilitator", "Acceptable"),
        ReviewState.TO_BE_CORRECTED: translate("facilitator", "To be corrected"),
        ReviewState.CORRECTED: translate("facilitator", "Corrected"),
    }[entry.state]
    tip = entry.label + (f": {entry.comment}" if entry.comment else "")
    return f"{MARKS[entry.state]} {short}", tip


def show_lane_reviews(scene: CanvasScene, history: Iterable[PhaseReview], strategy_id: str) -> None:
    """Put each phase's latest review state of ``strategy_id`` on its lane (clearing the rest)."""
    latest = current(history, strategy_id)
    for phase in ALL_PHASES:
        lane = scene.lanes.get(phase)
        if lane is not None:
            lane.set_review(*lane_badge(latest.get(phase)))
