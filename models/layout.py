"""Canvas geometry shared by the scene, the PDF and anything that places cards.

Six lanes stand side by side in lifecycle order (data → feedback, left to
right); the governance band runs under them across the full width. A card's
``x, y`` are lane-local: the offset of its top-left corner from the top-left of
its lane's content area (for governance, from the band's left edge).
"""

from __future__ import annotations

from collections.abc import Iterable

from models.phases import LIFECYCLE, Phase
from models.strategy import Card

LANE_WIDTH = 300.0
LANE_GAP = 24.0
LANE_HEADER = 72.0
LANE_PADDING = 20.0
CARD_WIDTH = LANE_WIDTH - 2 * LANE_PADDING
CARD_HEIGHT = 100.0
CARD_SPACING = 20.0
GRID = 10.0
GOVERNANCE_HEADER = 48.0
GOVERNANCE_HEIGHT = 2 * CARD_HEIGHT + 3 * CARD_SPACING
BOARD_WIDTH = len(LIFECYCLE) * LANE_WIDTH + (len(LIFECYCLE) - 1) * LANE_GAP


def snap(value: float) -> float:
    """Round a coordinate to the canvas grid."""
    return round(value / GRID) * GRID


def slot_position(phase: Phase, index: int) -> tuple[float, float]:
    """The tidy lane-local position of the ``index``-th card of a lane (auto-arrange)."""
    if phase is Phase.GOVERNANCE:
        per_row = int(BOARD_WIDTH // (CARD_WIDTH + CARD_SPACING))
        row, col = divmod(index, per_row)
        return (
            LANE_PADDING + col * (CARD_WIDTH + CARD_SPACING),
            LANE_PADDING + row * (CARD_HEIGHT + CARD_SPACING),
        )
    return LANE_PADDING, LANE_PADDING + index * (CARD_HEIGHT + CARD_SPACING)


def next_free_position(cards: Iterable[Card], phase: Phase) -> tuple[float, float]:
    """A lane-local position in ``phase`` that overlaps no card already there."""
    taken = [(c.x, c.y) for c in cards if c.phase is phase]
    index = 0
    while True:
        x, y = slot_position(phase, index)
        if all(abs(x - tx) >= CARD_WIDTH or abs(y - ty) >= CARD_HEIGHT for tx, ty in taken):
            return x, y
        index += 1
