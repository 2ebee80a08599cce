"""The floor the canvas is measured against: plain Qt items, painting left in C++.

Built from the same strategy and the same geometry as ``views.canvas``: one
``QGraphicsRectItem`` per card with ``QGraphicsSimpleTextItem`` children
(title, owner, status), one ``QGraphicsPathItem`` per link (same routing)
with a polygon head, and the lanes as rect items. Links follow a moved card
through a small Python update, as any real canvas must.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from models.layout import CARD_HEIGHT, CARD_WIDTH
from models.phases import ALL_PHASES
from models.strategy import Strategy
from models.vocabulary import LinkKind
from views.canvas.geometry import BoardGeometry
from views.items.link_item import head_polygon, route
from views.theme import OKABE_ITO


class FloorScene(QGraphicsScene):
    """A plain-items board of one strategy."""

    def __init__(self, strategy: Strategy) -> None:
        super().__init__()
        board = BoardGeometry.for_cards(strategy.cards.values())
        self.setSceneRect(board.board_rect)
        for phase in ALL_PHASES:
            lane = QGraphicsRectItem(board.lane_rect(phase))
            lane.setBrush(QBrush(QColor(OKABE_ITO[phase]).lighter(180)))
            lane.setZValue(-10)
            self.addItem(lane)
        title_font = QFont()
        title_font.setPointSizeF(14)
        title_font.setBold(True)
        meta_font = QFont()
        meta_font.setPointSizeF(11)
        self.cards: dict[str, QGraphicsRectItem] = {}
        self.links_of: dict[str, list[tuple[QGraphicsPathItem, str, str]]] = {}
        for card in strategy.cards.values():
            item = QGraphicsRectItem(0, 0, CARD_WIDTH, CARD_HEIGHT)
            item.setBrush(QBrush(QColor("#FFFFFF")))
            item.setPen(QPen(QColor(OKABE_ITO[card.phase]), 2))
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            for text, font, y in (
                (card.title, title_font, 8.0),
                (card.owner_role.label if card.owner_role else "No owner", meta_font, 52.0),
                (card.status.label, meta_font, 72.0),
            ):
                child = QGraphicsSimpleTextItem(text, item)
                child.setFont(font)
                child.setPos(16, y)
            item.setPos(board.card_scene_pos(card))
            self.addItem(item)
            self.cards[card.id] = item
        for link in strategy.links.values():
            path_item = QGraphicsPathItem()
            path_item.setPen(QPen(QColor("#3C4450"), 2.5))
            head = QGraphicsPolygonItem(path_item)
            head.setBrush(QBrush(QColor("#3C4450")))
            self.addItem(path_item)
            entry = (path_item, link.source, link.target)
            self.links_of.setdefault(link.source, []).append(entry)
            self.links_of.setdefault(link.target, []).append(entry)
            self._route(entry)

    def _rect(self, card_id: str) -> QRectF:
        item = self.cards[card_id]
        pos = item.pos()
        return QRectF(pos.x(), pos.y(), CARD_WIDTH, CARD_HEIGHT)

    def _route(self, entry: tuple[QGraphicsPathItem, str, str]) -> None:
        path_item, source, target = entry
        path, end, control = route(self._rect(source), self._rect(target))
        path_item.setPath(path)
        head = path_item.childItems()[0]
        assert isinstance(head, QGraphicsPolygonItem)
        head.setPolygon(head_polygon(LinkKind.FLOWS, end, control))

    def move_card(self, card_id: str, delta: QPointF) -> None:
        """One drag step: move the card and re-route its links."""
        item = self.cards[card_id]
        item.setPos(item.pos() + delta)
        for entry in self.links_of.get(card_id, ()):
            self._route(entry)
