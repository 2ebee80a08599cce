"""The far-zoom board: all cards and links as a few C++-painted paths.

Below ``OVERVIEW_SCALE`` nobody can read a card, yet thousands of Python
``paint()`` calls would still cost a frame each (2,000 cards ≈ 30 ms). The
scene then hides the card and link items and shows this instead: one filled
path of card blocks per phase, and only the links that run against the
lifecycle (the ones that need attention) as one stroked path. Thousands of
forward links at that distance are a grey haze that costs ~30 ms a frame
to rasterise, so they appear again when zooming in, with the full items.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from models.layout import CARD_HEIGHT, CARD_WIDTH
from models.phases import ALL_PHASES, Phase, is_forward
from models.strategy import Strategy
from views.canvas.geometry import BoardGeometry
from views.theme import Theme

OVERVIEW_SCALE = 0.2
"""View scale below which the scene switches to the overview."""


class Overview:
    """Path items that stand in for every card and link at far zoom."""

    def __init__(self, scene: QGraphicsScene, theme: Theme) -> None:
        self.blocks: dict[Phase, QGraphicsPathItem] = {}
        for phase in ALL_PHASES:
            item = QGraphicsPathItem()
            item.setZValue(1)
            scene.addItem(item)
            self.blocks[phase] = item
        self.against = QGraphicsPathItem()
        self.against.setZValue(0)
        scene.addItem(self.against)
        self.apply_theme(theme)
        self.set_visible(False)

    def apply_theme(self, theme: Theme) -> None:
        """Colours for ``theme``."""
        for phase, item in self.blocks.items():
            item.setBrush(QBrush(theme.phase_color(phase)))
            pen = QPen(QColor("#000000"), 0)  # cosmetic: one device pixel at any zoom
            item.setPen(pen)
        self.against.setPen(QPen(theme.against_color, 0))

    def set_visible(self, on: bool) -> None:
        """Show or hide every overview path."""
        for item in (*self.blocks.values(), self.against):
            item.setVisible(on)

    def rebuild(self, strategy: Strategy, board: BoardGeometry) -> None:
        """Redraw the paths from the strategy."""
        paths = {phase: QPainterPath() for phase in ALL_PHASES}
        centers: dict[str, QPointF] = {}
        for card in strategy.cards.values():
            top_left = board.card_scene_pos(card)
            paths[card.phase].addRect(QRectF(top_left.x(), top_left.y(), CARD_WIDTH, CARD_HEIGHT))
            centers[card.id] = top_left + QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2)
        for phase, path in paths.items():
            self.blocks[phase].setPath(path)
        against = QPainterPath()
        cards = strategy.cards
        for link in strategy.links.values():
            if not is_forward(cards[link.source].phase, cards[link.target].phase):
                against.moveTo(centers[link.source])
                against.lineTo(centers[link.target])
        self.against.setPath(against)
