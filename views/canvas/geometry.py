"""Where lanes and cards sit in scene coordinates (built on ``models.layout``).

Lanes are columns in lifecycle order; their content height grows with the
lowest card, so the governance band underneath moves down when a lane grows.
Card ``x, y`` in the model are lane-local; this module converts both ways.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from models.layout import (
    BOARD_WIDTH,
    CARD_HEIGHT,
    CARD_SPACING,
    CARD_WIDTH,
    GOVERNANCE_HEADER,
    GOVERNANCE_HEIGHT,
    LANE_GAP,
    LANE_HEADER,
    LANE_PADDING,
    LANE_WIDTH,
    snap,
)
from models.phases import LIFECYCLE, Phase
from models.strategy import Card, Placement

MIN_LANE_HEIGHT = 5 * (CARD_HEIGHT + CARD_SPACING) + LANE_PADDING
BAND_GAP = 36.0


@dataclass(frozen=True)
class BoardGeometry:
    """The board for given content heights of the lanes and the governance band."""

    lane_height: float = MIN_LANE_HEIGHT
    governance_height: float = GOVERNANCE_HEIGHT

    @classmethod
    def for_cards(cls, cards: Iterable[Card]) -> BoardGeometry:
        """The smallest board that holds ``cards`` with a card's worth of room below."""
        lane_bottom = 0.0
        band_bottom = 0.0
        for card in cards:
            bottom = card.y + CARD_HEIGHT
            if card.phase is Phase.GOVERNANCE:
                band_bottom = max(band_bottom, bottom)
            else:
                lane_bottom = max(lane_bottom, bottom)
        return cls(
            lane_height=max(MIN_LANE_HEIGHT, _round_up(lane_bottom + CARD_HEIGHT + LANE_PADDING)),
            governance_height=max(GOVERNANCE_HEIGHT, _round_up(band_bottom + LANE_PADDING)),
        )

    def lane_rect(self, phase: Phase) -> QRectF:
        """The whole lane or band, header included."""
        if phase is Phase.GOVERNANCE:
            return QRectF(
                0.0, self.band_top, BOARD_WIDTH, GOVERNANCE_HEADER + self.governance_height
            )
        index = LIFECYCLE.index(phase)
        return QRectF(
            index * (LANE_WIDTH + LANE_GAP), 0.0, LANE_WIDTH, LANE_HEADER + self.lane_height
        )

    def content_origin(self, phase: Phase) -> QPointF:
        """The scene point that lane-local (0, 0) maps to."""
        rect = self.lane_rect(phase)
        header = GOVERNANCE_HEADER if phase is Phase.GOVERNANCE else LANE_HEADER
        return QPointF(rect.x(), rect.y() + header)

    @property
    def band_top(self) -> float:
        """The top of the governance band."""
        return LANE_HEADER + self.lane_height + BAND_GAP

    @property
    def board_rect(self) -> QRectF:
        """Everything, with room above for the feedback loop arrow."""
        bottom = self.band_top + GOVERNANCE_HEADER + self.governance_height
        return QRectF(-40.0, -110.0, BOARD_WIDTH + 80.0, bottom + 190.0)  # legend below

    def card_scene_pos(self, card: Card) -> QPointF:
        """Where the card's top-left corner is in the scene."""
        return self.content_origin(card.phase) + QPointF(card.x, card.y)

    def phase_at(self, point: QPointF) -> Phase:
        """The lane under (or nearest to) a scene point."""
        if point.y() >= self.band_top - BAND_GAP / 2:
            return Phase.GOVERNANCE
        index = int((point.x() + LANE_GAP / 2) // (LANE_WIDTH + LANE_GAP))
        return LIFECYCLE[min(len(LIFECYCLE) - 1, max(0, index))]

    def placement_for(self, top_left: QPointF, phase: Phase | None = None) -> Placement:
        """The snapped lane-local placement of a card whose top-left is at ``top_left``.

        The lane is the one under the card's centre unless ``phase`` is given;
        the card is kept inside the lane's content area.
        """
        center = top_left + QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2)
        target = phase or self.phase_at(center)
        origin = self.content_origin(target)
        width = BOARD_WIDTH if target is Phase.GOVERNANCE else LANE_WIDTH
        x = min(max(0.0, snap(top_left.x() - origin.x())), width - CARD_WIDTH)
        y = max(0.0, snap(top_left.y() - origin.y()))
        return Placement(phase=target, x=snap(x), y=y)


def _round_up(value: float, step: float = CARD_HEIGHT + CARD_SPACING) -> float:
    return -(-value // step) * step
