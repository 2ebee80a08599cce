"""Where a placed or moved card may land without covering another card of its lane.

A card dropped or dragged onto another used to hide it completely. The editor
asks here for the free position nearest to where the card was let go: the spot
itself when nothing is in the way, else the closest grid position that keeps a
small gap to every other card of the lane. Candidate positions are the wanted
one and the edges next to each card already there (a card's free neighbours),
so the search costs what the lane holds, not the lane's area.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.layout import BOARD_WIDTH, CARD_HEIGHT, CARD_WIDTH, GRID, LANE_WIDTH, snap
from models.phases import Phase
from models.strategy import Card

GAP = GRID
"""The least space kept between two cards (a touching pair reads as one)."""


def max_x(phase: Phase) -> float:
    """The largest lane-local x a card of ``phase`` may have (it stays inside its lane)."""
    width = BOARD_WIDTH if phase is Phase.GOVERNANCE else LANE_WIDTH
    return width - CARD_WIDTH


def overlaps(x: float, y: float, others: Iterable[tuple[float, float]]) -> bool:
    """Whether a card at ``(x, y)`` would come closer than ``GAP`` to any of ``others``."""
    return any(
        abs(x - ox) < CARD_WIDTH + GAP and abs(y - oy) < CARD_HEIGHT + GAP for ox, oy in others
    )


def hides(x: float, y: float, others: Iterable[tuple[float, float]]) -> bool:
    """Whether a card at ``(x, y)`` would lie over half or more of any of ``others`` in
    both directions: their titles would be covered. (A keyboard nudge may overlap a
    neighbour's edge a little; it may not slide over it.)"""
    return any(abs(x - ox) < CARD_WIDTH / 2 and abs(y - oy) < CARD_HEIGHT / 2 for ox, oy in others)


def nearest_free_position(
    cards: Iterable[Card], phase: Phase, x: float, y: float, ignore: Iterable[str] = ()
) -> tuple[float, float]:
    """The free lane-local position of ``phase`` nearest to ``(x, y)``.

    Args:
        cards: the strategy's cards (those of other lanes are skipped).
        phase: the lane the card goes to.
        x, y: where the card was let go (lane-local, as ``Placement`` stores it).
        ignore: ids of cards that do not count as obstacles (the card being moved).

    Returns:
        ``(x, y)`` itself when it keeps clear of every other card, else the closest
        grid position that does (never left of or above the lane's content area).
    """
    skip = set(ignore)
    others = [(c.x, c.y) for c in cards if c.phase is phase and c.id not in skip]
    right = max_x(phase)
    x0 = min(max(0.0, snap(x)), right)
    y0 = max(0.0, snap(y))
    if not overlaps(x0, y0, others):
        return x0, y0
    step_x, step_y = CARD_WIDTH + GAP, CARD_HEIGHT + GAP
    xs = {x0, 0.0, right}
    ys = {y0, 0.0}
    for ox, oy in others:
        xs.update((ox - step_x, ox + step_x))
        ys.update((oy - step_y, oy + step_y))
    candidates = sorted(
        (
            (cx - x0) ** 2 + (cy - y0) ** 2,
            cy,
            cx,
        )
        for cx in {min(max(0.0, snap(v)), right) for v in xs}
        for cy in {max(0.0, snap(v)) for v in ys}
    )
    for _distance, cy, cx in candidates:
        if not overlaps(cx, cy, others):
            return cx, cy
    # Below everything is always free.
    bottom = max(oy for _ox, oy in others) + step_y
    return x0, snap(bottom)
