"""A link between two cards: a curved arrow that follows its cards.

Painting stays in C++ (a ``QGraphicsPathItem`` with a polygon child for the
head), so thousands of links cost little per frame. The kind sets the head
shape; a link against the lifecycle is vermillion, heavier, dashed and
carries a "!" marker, so colour is never the only cue.

A long link that follows a moving card is drawn as consecutive pieces of the
same cubic (child path items) instead of one path. Antialiased strokes cost
in proportion to their length, and a long curve's bounding rect covers much
of the view: repainting it per drag step meant re-stroking every link that
crossed that rect. Pieces keep the dirty region close to the curve itself.
"""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict
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
from shiboken6 import isValid

from app.i18n import translate
from models.phases import is_forward
from models.strategy import Link
from models.vocabulary import LinkKind
from views.labels import kind_label
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
PIECE_LENGTH = 250.0
"""Scene length of one piece of a split link (about a card's height and spacing, twice)."""
MAX_PIECES = 32
MAX_FOLLOWING = 256
"""How many recently moved links keep their pieces (bounds items and memory on big boards)."""
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_BEHIND_PARENT = QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent
Cubic = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


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
        self._pieces: list[QGraphicsPathItem] = []
        self._split = False  # drawn as pieces now (the item itself then paints nothing)
        self._follows = False  # followed a moving card lately: drawn in pieces when it can be
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
        self._reroute(follow=False)

    @property
    def marker_visible(self) -> bool:
        """Whether the "!" marker of an against-lifecycle link shows."""
        return self._marker is not None and self._marker.isVisible()

    def tooltip_text(self) -> str:
        """What the view shows on hover: source, kind (and direction warning), target."""
        tip = kind_label(self.link.kind)
        if self.against:
            tip += " — " + translate("links", "runs against the lifecycle direction")
        return f"{self.source.card.title} → {tip} → {self.target.card.title}"

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        """Thicken the arrow while selected."""
        if change == _SELECTED_CHANGED:
            pen = self.pen()
            pen.setWidthF((4.0 if self.against else 2.5) + (2.5 if value else 0.0))
            self.setPen(pen)
            if self._follows:
                self._update_pieces()
        return super().itemChange(change, value)

    @property
    def piece_count(self) -> int:
        """How many pieces draw the link now (0: the item draws its own path)."""
        return sum(1 for piece in self._pieces if piece.isVisible()) if self._split else 0

    def detach(self) -> None:
        """Forget the cards (before the item is removed from the scene)."""
        for card in (self.source, self.target):
            if self in card.links:
                card.links.remove(self)
        self._join(forget=True)

    def adjust(self) -> None:
        """Re-route between the cards' current positions (after either one moved)."""
        self._reroute(follow=True)

    def _reroute(self, *, follow: bool) -> None:
        # Only links that follow a move are split: building, restyling or a theme switch
        # of a whole board must not create pieces for every long link.
        if follow and not self._follows:
            self._follows = True
            _remember(self)
        elif follow:
            _FOLLOWING.move_to_end(id(self))
        drawn = self.sceneBoundingRect() if self._follows and not self._split else None
        path, end, control = route(self.source.body_rect(), self.target.body_rect())
        self.setPath(path)
        self._head.setPolygon(head_polygon(self.link.kind, end, control))
        if self._marker is not None:
            self._marker.setPos(path.pointAtPercent(0.5))
        if self._follows:
            self._update_pieces(drawn)

    def _join(self, *, forget: bool) -> None:
        """Draw the link as one path again; ``forget`` also drops its pieces."""
        if self._split:
            self._split = False
            for piece in self._pieces:
                piece.hide()
            self.setFlag(_NO_CONTENTS, False)
            self.update()
        if forget:
            _FOLLOWING.pop(id(self), None)
            self._follows = False
            for piece in self._pieces:
                piece.setParentItem(None)  # type: ignore[arg-type]  # None is allowed
                scene = piece.scene()
                if scene is not None:
                    scene.removeItem(piece)
            self._pieces.clear()

    def _update_pieces(self, drawn: QRectF | None = None) -> None:
        """Draw a long, solid, unselected link as pieces; anything else as one path.

        Dashed links stay whole (a piece would restart the dash pattern), and so
        do selected ones (Qt's selection outline belongs to the whole path).
        """
        cubic = _cubic_of(self.path())
        count = 0
        if cubic is not None and not self.against and not self.isSelected():
            count = min(MAX_PIECES, math.ceil(_hull_length(cubic) / PIECE_LENGTH))
        if count < 2:
            self._join(forget=False)
            return
        assert cubic is not None
        if not self._split:
            # An item without contents no longer repaints what it drew (``drawn``, the
            # rect before a re-route): clear that once here.
            scene = self.scene()
            if scene is not None:
                rect = self.sceneBoundingRect()
                scene.update(rect if drawn is None else rect.united(drawn))
            self._split = True
            self.setFlag(_NO_CONTENTS, True)
        while len(self._pieces) < count:
            piece = QGraphicsPathItem(self)
            piece.setFlag(_BEHIND_PARENT)  # under the head and marker, as the whole path was
            piece.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._pieces.append(piece)
        pen = self.pen()
        for index, piece in enumerate(self._pieces):
            if index >= count:
                piece.hide()
                continue
            start, c1, c2, end = _sub_cubic(cubic, index / count, (index + 1) / count)
            part = QPainterPath(QPointF(*start))
            part.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            piece.setPath(part)
            if piece.pen() != pen:
                piece.setPen(pen)
            piece.show()


_FOLLOWING: OrderedDict[int, LinkItem] = OrderedDict()
"""Links that followed a move, least recent first; at most ``MAX_FOLLOWING`` keep pieces."""


def _remember(link: LinkItem) -> None:
    """Count ``link`` among the recently moved; the least recent beyond the budget join again."""
    _FOLLOWING[id(link)] = link
    while len(_FOLLOWING) > MAX_FOLLOWING:
        _, oldest = _FOLLOWING.popitem(last=False)
        if isValid(oldest):  # its scene may be gone already
            oldest._join(forget=True)


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


def _cubic_of(path: QPainterPath) -> Cubic | None:
    """The four points of a one-curve path as ``route`` builds it (None for anything else)."""
    if path.elementCount() != 4:
        return None
    points = [path.elementAt(i) for i in range(4)]
    return (
        (points[0].x, points[0].y),
        (points[1].x, points[1].y),
        (points[2].x, points[2].y),
        (points[3].x, points[3].y),
    )


def _hull_length(cubic: Cubic) -> float:
    """The control polygon's length: an upper bound of the curve's, cheap to get."""
    return sum(math.dist(a, b) for a, b in itertools.pairwise(cubic))


def _split_at(cubic: Cubic, t: float) -> tuple[Cubic, Cubic]:
    """De Casteljau: the two halves of ``cubic`` at parameter ``t``."""

    def lerp(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

    p0, p1, p2, p3 = cubic
    q0, q1, q2 = lerp(p0, p1), lerp(p1, p2), lerp(p2, p3)
    r0, r1 = lerp(q0, q1), lerp(q1, q2)
    mid = lerp(r0, r1)
    return (p0, q0, r0, mid), (mid, r1, q2, p3)


def _sub_cubic(cubic: Cubic, t0: float, t1: float) -> Cubic:
    """The exact part of ``cubic`` between parameters ``t0 < t1``."""
    if t1 < 1.0:
        cubic = _split_at(cubic, t1)[0]
    if t0 > 0.0:
        cubic = _split_at(cubic, t0 / t1)[1]
    return cubic


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
