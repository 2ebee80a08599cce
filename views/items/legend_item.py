"""The legend under the board: what each link style means, in words, for the whole room.

Link kinds differ by head shape (not colour); a link against the lifecycle
is vermillion, heavier, dashed and marked "!". Plain Qt child items, painted in C++.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItemGroup,
    QGraphicsLineItem,
    QGraphicsPolygonItem,
    QGraphicsSimpleTextItem,
)

from app.i18n import translate
from models.vocabulary import LinkKind
from views.items.link_item import AGAINST_DASHES, head_polygon
from views.labels import kind_label
from views.theme import Theme

SAMPLE = 56.0
GAP = 36.0


class LegendItem(QGraphicsItemGroup):
    """A row of link samples with their meaning."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.setZValue(-5)
        self._parts: list[
            tuple[QGraphicsLineItem, QGraphicsPolygonItem, QGraphicsSimpleTextItem, LinkKind | None]
        ] = []
        heading = QGraphicsSimpleTextItem(translate("canvas", "Links:"))
        self._heading = heading
        self.addToGroup(heading)
        for kind in (*LinkKind, None):
            line = QGraphicsLineItem()
            head = QGraphicsPolygonItem()
            text = QGraphicsSimpleTextItem(
                kind_label(kind) if kind else translate("canvas", "runs against the lifecycle")
            )
            for part in (line, head, text):
                self.addToGroup(part)
            self._parts.append((line, head, text, kind))
        self._marker = QGraphicsEllipseItem(-9, -9, 18, 18)
        self._mark = QGraphicsSimpleTextItem("!")
        self.addToGroup(self._marker)
        self.addToGroup(self._mark)
        self.apply_theme(theme)

    def apply_theme(self, theme: Theme) -> None:
        """Colours and fonts for ``theme``; lays the row out again."""
        font = theme.font(12)
        self._heading.setFont(theme.font(12, bold=True))
        self._heading.setBrush(QBrush(theme.text))
        x = self._heading.boundingRect().width() + 16
        for line, head, text, kind in self._parts:
            color = theme.link_color if kind else theme.against_color
            pen = QPen(color, 2.5 if kind else 4.0)
            if kind is None:
                pen.setDashPattern(AGAINST_DASHES)
            line.setPen(pen)
            y = self._heading.boundingRect().height() / 2
            line.setLine(QLineF(QPointF(x, y), QPointF(x + SAMPLE - 16, y)))
            end = QPointF(x + SAMPLE - 16, y)
            head.setPolygon(head_polygon(kind or LinkKind.FLOWS, end, end - QPointF(10, 0)))
            head.setBrush(QBrush(color))
            head.setPen(QPen(color, 1))
            if kind is None:
                self._marker.setPos(x + SAMPLE / 2, y)
                self._mark.setPos(
                    x + SAMPLE / 2 - self._mark.boundingRect().width() / 2,
                    y - self._mark.boundingRect().height() / 2,
                )
            text.setFont(font)
            text.setBrush(QBrush(theme.text))
            text.setPos(x + SAMPLE + 8, 0)
            x += SAMPLE + 8 + text.boundingRect().width() + GAP
        self._marker.setBrush(QBrush(theme.against_color))
        self._marker.setPen(QPen(theme.text, 1))
        self._mark.setFont(theme.font(10, bold=True))
        self._mark.setBrush(QBrush(theme.card_fill))
