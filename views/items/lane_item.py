"""Lanes, the governance band and the lifecycle arrows, drawn from the lifecycle graph.

All of these are plain Qt items (painting in C++): a tinted body, a header
in the phase colour with the phase's numbered glyph, and between headers
arrows for each edge of ``models.phases.lifecycle_graph()``; its loop edge
(feedback → data) is drawn as a large arrow over the top of the board.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from app.i18n import translate
from models.layout import GOVERNANCE_HEADER, LANE_HEADER, LANE_WIDTH
from models.phases import Phase, lifecycle_graph
from views.canvas.geometry import BoardGeometry
from views.labels import phase_label, phase_short
from views.theme import PHASE_MARKS, Theme, glyph_path, glyph_text_color

LANE_ITEM_TYPE = QGraphicsItem.UserType + 3  # type: ignore[attr-defined]  # missing from the stubs


class LaneItem(QGraphicsRectItem):
    """One lane (or the governance band): body, header, glyph and names."""

    def __init__(self, phase: Phase, theme: Theme) -> None:
        super().__init__()
        self.phase = phase
        self.theme = theme
        self.setZValue(-10)
        self._header = QGraphicsRectItem(self)
        self._glyph = QGraphicsPathItem(self)
        self._mark = QGraphicsSimpleTextItem(PHASE_MARKS[phase], self)
        self._title = QGraphicsSimpleTextItem(self)
        self._subtitle = QGraphicsSimpleTextItem(self)
        # The facilitator's review state: a pill on the subtitle row, right-aligned.
        self._review_pill = QGraphicsPathItem(self)
        self._review = QGraphicsSimpleTextItem(self._review_pill)
        self._review_pill.setVisible(False)
        self._subtitle_text = ""
        self.setToolTip(phase_label(phase))
        self.apply_theme(theme)

    def type(self) -> int:
        """Qt's item type."""
        return LANE_ITEM_TYPE

    def apply_theme(self, theme: Theme) -> None:
        """Recolour for ``theme`` (normal or high contrast)."""
        self.theme = theme
        color = theme.phase_color(self.phase)
        on_color = glyph_text_color(self.phase)
        self.setBrush(QBrush(theme.lane_fill(self.phase)))
        self._outline = QPen(color if not theme.high_contrast else QColor("#000000"), 2)
        self.setPen(self._outline)
        self._header.setBrush(QBrush(color))
        self._header.setPen(QPen(Qt.PenStyle.NoPen))
        self._glyph.setBrush(QBrush(on_color))
        self._glyph.setPen(QPen(color.darker(150), 1))
        self._mark.setBrush(QBrush(color))
        self._mark.setFont(theme.font(13, bold=True))
        self._title.setBrush(QBrush(on_color))
        self._title.setFont(theme.header_font)
        self._subtitle.setBrush(QBrush(on_color))
        self._subtitle.setFont(theme.font(10.5))
        self._review.setBrush(QBrush(QColor("#1A1A1A")))
        self._review.setFont(theme.font(10.5, bold=True))
        self._review_pill.setBrush(QBrush(QColor("#FFFFFF")))
        self._review_pill.setPen(QPen(QColor("#1A1A1A"), 1))
        self._title.setText(phase_short(self.phase))
        subtitle = phase_label(self.phase)
        if self.phase is Phase.GOVERNANCE:
            subtitle = translate("canvas", "controls that belong to no single phase")
            self._title.setText(phase_label(self.phase))
        self._subtitle_text = subtitle
        self._elide_subtitle()
        self._place_review()

    def _subtitle_width(self) -> float:
        if self.phase is Phase.GOVERNANCE:
            return 1200.0
        pill = self._review_pill.boundingRect().width() + 8 if self.review_text else 0.0
        return LANE_WIDTH - 24 - pill

    def _elide_subtitle(self) -> None:
        metrics = QFontMetricsF(self._subtitle.font())
        self._subtitle.setText(
            metrics.elidedText(
                self._subtitle_text, Qt.TextElideMode.ElideRight, self._subtitle_width()
            )
        )

    def set_review(self, text: str, tooltip: str = "") -> None:
        """Show the facilitator's review state in the header ("" hides it); tooltip: the comment."""
        self._review.setText(text)
        self._review_pill.setToolTip(tooltip)
        self._review.setToolTip(tooltip)
        self._review_pill.setVisible(bool(text))
        self._place_review()
        self._elide_subtitle()

    @property
    def review_text(self) -> str:
        """The review state shown on the lane ("" when none)."""
        return self._review.text() if self._review_pill.isVisible() else ""

    @property
    def review_tooltip(self) -> str:
        """The comment shown when hovering the review state."""
        return self._review_pill.toolTip()

    def _place_review(self) -> None:
        text = self._review.boundingRect()
        pill = QRectF(0, 0, text.width() + 12, text.height() + 4)
        path = QPainterPath()
        path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        self._review_pill.setPath(path)
        self._review.setPos(6, 2)
        rect = self.rect()
        if self.phase is Phase.GOVERNANCE:  # one header row: centred in it
            top = rect.y() + (GOVERNANCE_HEADER - pill.height()) / 2
        else:  # on the subtitle's row, which is elided to make room
            top = rect.y() + LANE_HEADER - pill.height() - 5
        self._review_pill.setPos(rect.right() - pill.width() - 8, top)

    def set_drop_target(self, on: bool) -> None:
        """Outline the lane heavily while a card or palette entry would land in it."""
        if on:
            pen = QPen(self.theme.selection, 6)
            pen.setStyle(Qt.PenStyle.DashLine)
            self.setPen(pen)
        else:
            self.setPen(self._outline)

    def set_geometry(self, rect: QRectF) -> None:
        """Place the lane at ``rect`` (scene coordinates) and lay out its header."""
        self.setRect(rect)
        header = GOVERNANCE_HEADER if self.phase is Phase.GOVERNANCE else LANE_HEADER
        self._header.setRect(QRectF(rect.x(), rect.y(), rect.width(), header))
        glyph_rect = QRectF(rect.x() + 12, rect.y() + 10, 34, 34)
        if self.phase is Phase.GOVERNANCE:
            glyph_rect = QRectF(rect.x() + 12, rect.y() + 7, 34, 34)
        self._glyph.setPath(glyph_path(self.phase, glyph_rect))
        mark = self._mark.boundingRect()
        self._mark.setPos(
            glyph_rect.center().x() - mark.width() / 2, glyph_rect.center().y() - mark.height() / 2
        )
        self._title.setPos(rect.x() + 56, rect.y() + 4)
        if self.phase is Phase.GOVERNANCE:
            title_width = self._title.boundingRect().width()
            self._subtitle.setPos(rect.x() + 70 + title_width, rect.y() + 16)
        else:
            self._subtitle.setPos(rect.x() + 14, rect.y() + header - 24)
        self._place_review()


class LifecycleArrows(QGraphicsItemGroup):
    """Arrows for every edge of the lifecycle graph; the loop edge arcs over the board."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.setZValue(-5)
        self._paths: list[QGraphicsPathItem] = []
        self._heads: list[QGraphicsPolygonItem] = []
        self._label = QGraphicsSimpleTextItem(translate("canvas", "Feedback loop: back to Data"))
        self._label.setFont(theme.font(14, bold=True))
        self.addToGroup(self._label)
        self._edges = list(lifecycle_graph().edges(data=True))
        for _ in self._edges:
            path = QGraphicsPathItem()
            head = QGraphicsPolygonItem()
            self.addToGroup(path)
            self.addToGroup(head)
            self._paths.append(path)
            self._heads.append(head)

    def set_geometry(self, board: BoardGeometry) -> None:
        """Route the arrows for the board's current lane rectangles."""
        color = QColor("#000000") if self.theme.high_contrast else QColor("#3C4450")
        self._label.setBrush(QBrush(color))
        for (source, target, data), path_item, head in zip(
            self._edges, self._paths, self._heads, strict=True
        ):
            a = board.lane_rect(Phase(source))
            b = board.lane_rect(Phase(target))
            path = QPainterPath()
            if data.get("loop"):
                start = QPointF(a.center().x(), a.top())
                end = QPointF(b.center().x(), b.top() - 14)
                top = a.top() - 70
                path.moveTo(start)
                path.cubicTo(
                    QPointF(start.x(), top),
                    QPointF(start.x() - 60, top),
                    QPointF(start.x() - 120, top),
                )
                path.lineTo(QPointF(end.x() + 120, top))
                path.cubicTo(QPointF(end.x() + 60, top), QPointF(end.x(), top), end)
                tip = QPointF(end.x(), b.top())
                direction = QPointF(0, 1)
                label = self._label.boundingRect()
                self._label.setPos(
                    (a.center().x() + b.center().x()) / 2 - label.width() / 2,
                    top - label.height() - 6,
                )
                pen = QPen(color, 5)
                pen.setDashPattern([3.0, 1.5])
            else:
                y = a.top() + LANE_HEADER / 2
                start = QPointF(a.right() + 2, y)
                tip = QPointF(b.left() - 1, y)
                path.moveTo(start)
                path.lineTo(tip - QPointF(9, 0))
                direction = QPointF(1, 0)
                pen = QPen(color, 4)
            path_item.setPath(path)
            path_item.setPen(pen)
            path_item.setBrush(Qt.BrushStyle.NoBrush)
            head.setPolygon(_head(tip, direction))
            head.setBrush(QBrush(color))
            head.setPen(QPen(Qt.PenStyle.NoPen))


def _head(tip: QPointF, direction: QPointF, size: float = 16.0) -> QPolygonF:
    """A filled triangle with its point at ``tip`` facing ``direction`` (a unit axis vector)."""
    back = QPointF(tip.x() - direction.x() * size, tip.y() - direction.y() * size)
    side = QPointF(direction.y() * size * 0.6, direction.x() * size * 0.6)
    return QPolygonF([tip, back + side, back - side])
