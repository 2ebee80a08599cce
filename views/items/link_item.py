"""A link between two cards: a curved arrow that follows its cards.

Painting stays in C++ (a ``QGraphicsPathItem`` with a polygon child for the
head), so thousands of links cost little per frame. The kind sets the head
shape; a link against the lifecycle is vermillion, heavier, dashed and
carries a "!" marker, so colour is never the only cue.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsSimpleTextItem,
)

from models.phases import is_forward
from models.strategy import Link
from models.vocabulary import LinkKind
from views.labels import kind_label, tr
from views.theme import Theme

if TYPE_CHECKING:
    from views.items.card_item import CardItem

_SELECTED_CHANGED = QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged
LINK_ITEM_TYPE = QGraphicsItem.UserType + 2  # type: ignore[attr-defined]  # missing from the stubs
HEAD = 16.0
# Each kind has its own head shape (pointing along +x, tip at the origin), so the kind
# reads without colour; lines stay solid because dashing long curves costs whole frames.
HEAD_SHAPES: dict[LinkKind, tuple[tuple[float, float], ...]] = {
    LinkKind.FLOWS: ((0, 0), (-16, -7), (-16, 7)),
    LinkKind.GATES: ((0, 0), (-11, -6), (-11, -11), (-16, -11), (-16, 11), (-11, 11), (-11, 6)),
    LinkKind.TRIGGERS: ((0, 0), (-8, -7), (-16, 0), (-8, 7)),
    LinkKind.FEEDS_BACK: ((0, 0), (-16, -8), (-10, 0), (-16, 8)),
}
AGAINST_DASHES = [5.0, 2.5]
"""Only links against the lifecycle are dashed (few, and worth the extra cue)."""


class LinkItem(QGraphicsPathItem):
    """A directed, selectable arrow from one card item to another."""

    def __init__(self, link: Link, source: CardItem, target: CardItem, theme: Theme) -> None:
        super().__init__()
        self.link_id = link.id
        self.link = link
        self.source = source
        self.target = target
        self.theme = theme
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-1)
        self._head = QGraphicsPolygonItem(self)
        self._marker: QGraphicsEllipseItem | None = None
        self.against = False
        source.links.append(self)
        target.links.append(self)
        self.set_link(link)

    def type(self) -> int:
        """Qt's item type, so scene code can tell links apart cheaply."""
        return LINK_ITEM_TYPE

    def set_link(self, link: Link) -> None:
        """Show ``link``'s kind and direction; recompute style and route."""
        self.link = link
        self.restyle()

    def restyle(self) -> None:
        """Pick pen and marker from the kind and whether the link runs against the lifecycle."""
        self.against = not is_forward(self.source.card.phase, self.target.card.phase)
        color = self.theme.against_color if self.against else self.theme.link_color
        width = 4.0 if self.against else 2.5
        if self.isSelected():
            width += 2.5
        pen = QPen(color, width)
        if self.against:
            pen.setDashPattern(AGAINST_DASHES)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)
        self._head.setPen(QPen(color, 1))
        self._head.setBrush(QBrush(color))
        if self.against and self._marker is None:
            self._marker = _make_marker(self)
        if self._marker is not None:
            self._marker.setVisible(self.against)
            self._marker.setBrush(QBrush(color))
        self.adjust()

    @property
    def marker_visible(self) -> bool:
        """Whether the "!" marker of an against-lifecycle link shows."""
        return self._marker is not None and self._marker.isVisible()

    def tooltip_text(self) -> str:
        """What the view shows on hover: source, kind (and direction warning), target."""
        tip = kind_label(self.link.kind)
        if self.against:
            tip += " — " + tr("runs against the lifecycle direction", "links")
        return f"{self.source.card.title} → {tip} → {self.target.card.title}"

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        """Thicken the arrow while selected."""
        if change == _SELECTED_CHANGED:
            pen = self.pen()
            pen.setWidthF((4.0 if self.against else 2.5) + (2.5 if value else 0.0))
            self.setPen(pen)
        return super().itemChange(change, value)

    def detach(self) -> None:
        """Forget the cards (before the item is removed from the scene)."""
        for card in (self.source, self.target):
            if self in card.links:
                card.links.remove(self)

    def adjust(self) -> None:
        """Re-route between the cards' current positions (after either one moved)."""
        path, end, control = route(self.source.body_rect(), self.target.body_rect())
        self.setPath(path)
        self._head.setPolygon(head_polygon(self.link.kind, end, control))
        if self._marker is not None:
            self._marker.setPos(path.pointAtPercent(0.5))


def _make_marker(parent: QGraphicsItem) -> QGraphicsEllipseItem:
    """The "!" disc at the middle of a link that runs against the lifecycle."""
    marker = QGraphicsEllipseItem(-9, -9, 18, 18, parent)
    marker.setPen(QPen(Qt.GlobalColor.black, 1))
    text = QGraphicsSimpleTextItem("!", marker)
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(10)
    text.setFont(font)
    text.setBrush(QBrush(Qt.GlobalColor.white))
    rect = text.boundingRect()
    text.setPos(-rect.width() / 2, -rect.height() / 2)
    return marker


def route(a: QRectF, b: QRectF) -> tuple[QPainterPath, QPointF, QPointF]:
    """A cubic curve from card rect ``a`` to card rect ``b``.

    Returns the path, its end point and the last control point (for the head).
    Cards in one column are joined by an arc on their right; otherwise the
    curve leaves the side facing the target and enters the side facing back.
    """
    dx = b.center().x() - a.center().x()
    if abs(dx) < a.width() / 2:
        start = QPointF(a.right(), a.center().y())
        end = QPointF(b.right() + HEAD, b.center().y())
        bulge = min(90.0, 30.0 + abs(b.center().y() - a.center().y()) / 8)
        c1 = QPointF(start.x() + bulge, start.y())
        c2 = QPointF(end.x() + bulge, end.y())
    elif dx > 0:
        start = QPointF(a.right(), a.center().y())
        end = QPointF(b.left() - HEAD, b.center().y())
        reach = max(40.0, (end.x() - start.x()) / 2)
        c1 = QPointF(start.x() + reach, start.y())
        c2 = QPointF(end.x() - reach, end.y())
    else:
        start = QPointF(a.left(), a.center().y())
        end = QPointF(b.right() + HEAD, b.center().y())
        reach = max(40.0, (start.x() - end.x()) / 2)
        c1 = QPointF(start.x() - reach, start.y())
        c2 = QPointF(end.x() + reach, end.y())
    path = QPainterPath(start)
    path.cubicTo(c1, c2, end)
    return path, end, c2


def head_polygon(kind: LinkKind, end: QPointF, control: QPointF) -> QPolygonF:
    """The kind's head shape with its back at ``end``, pointing away from ``control``."""
    angle = 0.0 if end == control else math.atan2(end.y() - control.y(), end.x() - control.x())
    cos, sin = math.cos(angle), math.sin(angle)
    tip = QPointF(end.x() + HEAD * cos, end.y() + HEAD * sin)
    return QPolygonF(
        [
            QPointF(tip.x() + x * cos - y * sin, tip.y() + x * sin + y * cos)
            for x, y in HEAD_SHAPES[kind]
        ]
    )
