"""One card on the canvas: a dumb item keyed by card id, painted in Python.

The item shows what the document says (title, owner, status, phase glyph,
badges) and never changes the document itself: moves are reported by the
scene as intent when a gesture ends. Text is laid out in ``set_card`` (never
in ``paint``), and at low zoom only the coloured body is drawn so that boards
of thousands of cards still repaint within a frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from models.layout import CARD_HEIGHT, CARD_WIDTH
from models.palette import STATUS_GLYPHS as STATUS_MARKS
from models.phases import Phase
from models.strategy import Card
from views.labels import role_label, status_label
from views.theme import PHASE_MARKS, Theme, glyph_path

if TYPE_CHECKING:
    from views.items.link_item import LinkItem

# Looked up once: enum attribute access costs more than the rest of itemChange.
_POSITION_CHANGED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
CARD_ITEM_TYPE = QGraphicsItem.UserType + 1  # type: ignore[attr-defined]  # missing from the stubs
STRIPE = 10.0
PAD = 10.0
GLYPH = 22.0
HANDLE_RADIUS = 9.0
"""The link handle's radius at 100 % zoom; the view enlarges it when zoomed out."""
HANDLE_SCREEN_RADIUS = 11.0
"""The handle's radius on screen, in pixels, at any zoom (a target a finger can hit)."""
MAX_HANDLE_RADIUS = 40.0
DETAIL_LOD = 0.2  # below this zoom only the card body is drawn
FULL_LOD = 0.45  # below this zoom owner, status and glyph are skipped


@dataclass(frozen=True)
class Badge:
    """A small marker in the card's badge slot (findings, drill hits).

    Attributes:
        text: one or two characters (a count, "!").
        color: the badge fill (the ring's colour when hollow).
        tooltip: what the badge means, in words.
        hollow: a ring on white instead of a filled disc: a duty that is only planned
            (intent, not evidence), told apart by shape as well as colour.
    """

    text: str
    color: str
    tooltip: str = ""
    hollow: bool = False


class CardItem(QGraphicsItem):
    """A card: rounded body, phase stripe and glyph, title, owner, status, badge slot."""

    def __init__(self, card: Card, theme: Theme) -> None:
        super().__init__()
        self.card_id = card.id
        self.card = card
        self.theme = theme
        self._rect = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        self._handle_radius = HANDLE_RADIUS
        self._title_lines: list[str] = []
        self._title_font: QFont = theme.title_font
        self._title_height = 0.0
        self._meta = ""
        self._meta_height = 0.0
        self._owner = ""
        self._status = ""
        self._laid_out = False
        self._badges: tuple[Badge, ...] = ()
        self._highlighted = False
        self.links: list[LinkItem] = []
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        # Repaints of an unchanged card (scrolling, a neighbour's drag) become a blit.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._hovered = False
        self.set_card(card)

    # -- state from the document -------------------------------------------------------------

    def set_card(self, card: Card) -> None:
        """Show ``card``'s current fields.

        Its text is laid out when the card is first drawn with its text (then kept
        until the card changes): opening a big board lays out only what is seen.
        """
        self.card = card
        self._laid_out = False
        self.update()

    def _layout(self) -> None:
        """Wrap the title and elide the owner and status line to the card's width."""
        self._laid_out = True
        card = self.card
        theme = self.theme
        width = CARD_WIDTH - STRIPE - 2 * PAD
        metrics = theme.title_metrics
        lines = _wrap(card.title, metrics, width, max_lines=2)
        self._title_font = theme.title_font
        if _elided(lines, card.title):
            # A long title tries the smaller size before it loses words.
            metrics = theme.small_title_metrics
            lines = _wrap(card.title, metrics, width, max_lines=2)
            self._title_font = theme.small_title_font
        self._title_lines = lines
        self._title_height = metrics.lineSpacing()
        meta = theme.meta_metrics
        self._meta_height = meta.lineSpacing()
        status = f"{STATUS_MARKS[card.status]} {status_label(card.status)}"
        self._meta = meta.elidedText(
            f"{role_label(card.owner_role)} · {status}",
            Qt.TextElideMode.ElideMiddle,
            CARD_WIDTH - STRIPE - 2 * PAD - GLYPH - 6,
        )
        self._owner = role_label(card.owner_role)
        self._status = status

    def set_badges(self, badges: tuple[Badge, ...]) -> None:
        """Show findings (or other markers) in the top-right badge slot; () clears it."""
        self._badges = badges
        self.update()

    @property
    def badges(self) -> tuple[Badge, ...]:
        """The badges shown now."""
        return self._badges

    def toolTip(self) -> str:
        """The tooltip the view shows (for Python callers; the view asks ``tooltip_text``)."""
        return self.tooltip_text()

    def tooltip_text(self) -> str:
        """What the view shows on hover: the full title, then what the badges mean.

        Built on demand (the view asks on a tooltip event) rather than stored
        with ``setToolTip`` for every card of a big board.
        """
        tips = [b.tooltip for b in self._badges if b.tooltip]
        return "\n".join([self.card.title, *tips])

    def set_highlighted(self, on: bool) -> None:
        """Draw a heavy halo (used by drills and findings to point at cards)."""
        if on != self._highlighted:
            self._highlighted = on
            self.update()

    @property
    def highlighted(self) -> bool:
        """Whether the card is currently highlighted."""
        return self._highlighted

    # -- QGraphicsItem -----------------------------------------------------------------------

    def type(self) -> int:
        """Qt's item type, so scene code can tell cards apart cheaply."""
        return CARD_ITEM_TYPE

    def boundingRect(self) -> QRectF:
        """The card body plus room for the halo, the badges and the link handle."""
        return self._rect.adjusted(-6, -12, self._handle_radius + 4, 6)

    def shape(self) -> QPainterPath:
        """The card body (and its link handle), for hit tests and rubber-band selection."""
        path = QPainterPath()
        path.addRoundedRect(self._rect, 8, 8)
        path.addEllipse(self.handle_center(), self._handle_radius, self._handle_radius)
        return path

    @property
    def handle_radius(self) -> float:
        """The link handle's radius in scene units now."""
        return self._handle_radius

    def set_handle_radius(self, radius: float) -> None:
        """Resize the link handle (the view keeps it a constant size on screen)."""
        radius = min(MAX_HANDLE_RADIUS, max(HANDLE_RADIUS, radius))
        if radius != self._handle_radius:
            self.prepareGeometryChange()
            self._handle_radius = radius

    def body_rect(self) -> QRectF:
        """The card body in scene coordinates (links attach to it)."""
        pos = self.pos()
        return self._rect.translated(pos.x(), pos.y())

    def handle_center(self) -> QPointF:
        """Where the link handle sits (item coordinates): the middle of the right edge."""
        return QPointF(self._rect.right(), self._rect.center().y())

    def on_handle(self, pos: QPointF) -> bool:
        """Whether an item-local point is on the link handle."""
        delta = pos - self.handle_center()
        return delta.x() ** 2 + delta.y() ** 2 <= (self._handle_radius + 3) ** 2

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        """Keep attached links on the card while it moves."""
        if change == _POSITION_CHANGED:
            for link in self.links:
                link.adjust()
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event: Any) -> None:
        """Show the link handle while the pointer is over the card."""
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:
        """Hide the link handle again."""
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Draw the card; below ``DETAIL_LOD`` zoom only its body and stripe."""
        theme = self.theme
        color = theme.phase_color(self.card.phase)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        if lod < DETAIL_LOD:
            painter.fillRect(rect, theme.card_fill if not selected else theme.selection)
            painter.fillRect(QRectF(rect.x(), rect.y(), STRIPE * 2, rect.height()), color)
            return
        if not self._laid_out:
            self._layout()
        if self._highlighted:
            painter.setPen(QPen(QColor("#000000"), 6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 10, 10)
        pen = QPen(theme.selection if selected else theme.card_outline)
        pen.setWidthF(4.0 if selected else theme.outline_width)
        painter.setPen(pen)
        painter.setBrush(theme.card_fill)
        painter.drawRoundedRect(rect, 8, 8)
        painter.fillRect(QRectF(rect.x() + 1, rect.y() + 1, STRIPE, rect.height() - 2), color)
        if lod < FULL_LOD:
            self._paint_title(painter, rect)
            # A fitted board on a projector is often just below FULL_LOD: findings
            # must still show there, so the badges stay in this branch; so does the
            # link handle, which must be there to draw a link at any zoom.
            self._paint_badges(painter, rect)
            self._paint_handle(painter, selected)
            return
        glyph_rect = QRectF(
            rect.right() - PAD - GLYPH, rect.bottom() - PAD - GLYPH + 2, GLYPH, GLYPH
        )
        painter.setPen(QPen(theme.text, 1.2))
        painter.setBrush(color)
        glyph = _GLYPHS.get(self.card.phase)
        if glyph is None:
            glyph = _GLYPHS[self.card.phase] = glyph_path(self.card.phase, glyph_rect)
        painter.drawPath(glyph)
        painter.setPen(theme.glyph_text[self.card.phase])
        painter.setFont(theme.meta_font)
        painter.drawText(glyph_rect, Qt.AlignmentFlag.AlignCenter, PHASE_MARKS[self.card.phase])
        self._paint_title(painter, rect)
        left = rect.x() + STRIPE + PAD
        painter.setFont(theme.meta_font)
        painter.setPen(theme.muted_text)
        meta_height = self._meta_height
        text_rect = QRectF(
            left,
            rect.bottom() - PAD - meta_height,
            rect.width() - STRIPE - 2 * PAD - GLYPH - 6,
            meta_height,
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, self._meta)
        self._paint_badges(painter, rect)
        self._paint_handle(painter, selected)

    def _paint_handle(self, painter: QPainter, selected: bool) -> None:
        if not (selected or self._hovered):
            return
        center, radius = self.handle_center(), self._handle_radius
        arm = radius * 0.45
        painter.setPen(QPen(self.theme.selection, max(2.0, radius / 5)))
        painter.setBrush(_WHITE)
        painter.drawEllipse(center, radius, radius)
        painter.drawLine(center - QPointF(arm, 0), center + QPointF(arm, 0))
        painter.drawLine(center - QPointF(0, arm), center + QPointF(0, arm))

    def _paint_title(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(self.theme.text)
        painter.setFont(self._title_font)
        left = rect.x() + STRIPE + PAD
        y = rect.y() + PAD - 4
        width = rect.width() - STRIPE - 2 * PAD
        for line in self._title_lines:
            painter.drawText(
                QRectF(left, y, width, self._title_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += self._title_height

    def _paint_badges(self, painter: QPainter, rect: QRectF) -> None:
        size = 22.0
        x = rect.right() - PAD - size
        painter.setFont(self.theme.meta_font)
        for badge in self._badges:
            circle = QRectF(x, rect.y() - size / 2, size, size)
            painter.setPen(_BADGE_OUTLINE)
            if badge.hollow:
                painter.setBrush(_WHITE)
                painter.drawEllipse(circle)
                painter.setPen(QPen(QColor(badge.color), 3.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(circle.adjusted(2.5, 2.5, -2.5, -2.5))
                painter.setPen(_BLACK)
            else:
                painter.setBrush(QColor(badge.color))
                painter.drawEllipse(circle)
                painter.setPen(_WHITE)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, badge.text)
            x -= size + 4


_BADGE_OUTLINE = QPen(QColor("#000000"), 1.5)
_WHITE = QColor("#FFFFFF")
_BLACK = QColor("#000000")
_GLYPHS: dict[Phase, QPainterPath] = {}
"""Glyph outlines in card coordinates (the same spot on every card), built once."""


def _elided(lines: list[str], text: str) -> bool:
    """Whether wrapped ``lines`` lost part of ``text``."""
    return " ".join(lines).split() != text.split()


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines, eliding the last one."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
        current = word
        if len(lines) == max_lines - 1:
            rest = " ".join(words[index:])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines[:max_lines]
