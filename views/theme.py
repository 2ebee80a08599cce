"""Colours, glyphs and fonts of the canvas: colour-blind-safe, readable across a room.

Phase colours come from the Okabe–Ito palette, which stays distinguishable
under the common colour-vision deficiencies. Colour is never the only cue:
every phase also has a numbered glyph of its own shape (circle, square,
triangle, …) drawn in the lane header and on each card. The high-contrast
theme swaps to black, white and saturated edges for projectors and low vision.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPolygonF

from models.palette import PHASE_COLOURS, PHASE_MARKS, PHASE_SHAPES, PHASE_TEXT_COLOURS

__all__ = ["OKABE_ITO", "PHASE_MARKS", "Theme", "glyph_path", "glyph_text_color"]
from models.phases import ALL_PHASES, Phase

OKABE_ITO = PHASE_COLOURS  # shared with the PDF export, so both draw the same board
AGAINST_LIFECYCLE = "#D55E00"
BASE_TITLE_POINTS = 18.0
"""Card titles: 24 px at 100 %, about 16 px on a 1366×768 projector with the lanes fitted
to its width (a fitted board there is at 2/3 zoom) — the size below which a room's back
rows stop reading words and start guessing them."""
SMALL_TITLE_POINTS = 15.0
"""A title too long for two lines at the full size tries this size before it is elided."""
BASE_META_POINTS = 11.0
BASE_HEADER_POINTS = 20.0


def _polygon(center: QPointF, radius: float, sides: int, rotation: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(
                center.x() + radius * math.cos(rotation + 2 * math.pi * i / sides),
                center.y() + radius * math.sin(rotation + 2 * math.pi * i / sides),
            )
            for i in range(sides)
        ]
    )


def glyph_path(phase: Phase, rect: QRectF) -> QPainterPath:
    """The outline of ``phase``'s glyph shape fitted into ``rect``."""
    path = QPainterPath()
    c = rect.center()
    r = min(rect.width(), rect.height()) / 2
    shape = PHASE_SHAPES[phase]
    if shape == "circle":
        path.addEllipse(c, r, r)
    elif shape == "square":
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7))
    elif shape == "triangle":
        path.addPolygon(_polygon(QPointF(c.x(), c.y() + r * 0.15), r * 1.1, 3, -math.pi / 2))
    elif shape == "diamond":
        path.addPolygon(_polygon(c, r, 4, 0.0))
    elif shape == "hexagon":
        path.addPolygon(_polygon(c, r, 6, 0.0))
    elif shape == "pentagon":
        path.addPolygon(_polygon(c, r, 5, -math.pi / 2))
    else:  # shield: a rounded-bottom badge
        path.moveTo(c.x() - r * 0.85, c.y() - r * 0.9)
        path.lineTo(c.x() + r * 0.85, c.y() - r * 0.9)
        path.lineTo(c.x() + r * 0.85, c.y() + r * 0.1)
        path.quadTo(c.x() + r * 0.85, c.y() + r, c.x(), c.y() + r)
        path.quadTo(c.x() - r * 0.85, c.y() + r, c.x() - r * 0.85, c.y() + r * 0.1)
    path.closeSubpath()
    return path


class Theme:
    """Everything the canvas and docks need to draw: colours, fonts, glyphs.

    Values are built once here, not per paint: ``paint()`` runs thousands of
    times a second on a big board and must not construct fonts or colours.
    Canvas fonts are fixed in points; the projector font scale enlarges the
    whole canvas through the view's transform (so text never outgrows a card)
    and the docks through the application font.

    Attributes:
        high_contrast: black on white with heavy outlines instead of tints.
    """

    def __init__(self, high_contrast: bool = False) -> None:
        self.high_contrast = high_contrast
        hc = high_contrast
        self.phase_colors: dict[Phase, QColor] = {p: QColor(OKABE_ITO[p]) for p in ALL_PHASES}
        self.glyph_text: dict[Phase, QColor] = {
            p: QColor(PHASE_TEXT_COLOURS[p]) for p in ALL_PHASES
        }
        self.board_background = QColor("#FFFFFF" if hc else "#F4F5F7")
        self.card_fill = QColor("#FFFFFF")
        self.card_outline = QColor("#000000" if hc else "#8A9099")
        self.selection = QColor("#000000" if hc else "#1A1A1A")
        self.text = QColor("#000000" if hc else "#1F2328")
        self.muted_text = QColor("#000000" if hc else "#4A515B")
        self.link_color = QColor("#000000" if hc else "#3C4450")
        self.against_color = QColor(AGAINST_LIFECYCLE)
        self.outline_width = 3.0 if hc else 1.5
        self.title_font = self.font(BASE_TITLE_POINTS, bold=True)
        self.small_title_font = self.font(SMALL_TITLE_POINTS, bold=True)
        self.meta_font = self.font(BASE_META_POINTS)
        self.header_font = self.font(BASE_HEADER_POINTS, bold=True)
        self.title_metrics = QFontMetricsF(self.title_font)
        self.small_title_metrics = QFontMetricsF(self.small_title_font)
        self.meta_metrics = QFontMetricsF(self.meta_font)

    def phase_color(self, phase: Phase) -> QColor:
        """The phase's identifying colour."""
        return self.phase_colors[phase]

    def lane_fill(self, phase: Phase) -> QColor:
        """The background of a lane: a light tint of its colour (white in high contrast)."""
        if self.high_contrast:
            return QColor("#FFFFFF")
        color = QColor(self.phase_colors[phase])
        color.setAlpha(28)
        return color

    @staticmethod
    def font(points: float, bold: bool = False) -> QFont:
        """A canvas font of ``points`` points (titles 18 pt: readable across a room)."""
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        return font


def glyph_text_color(phase: Phase) -> QColor:
    """Black or white, whichever reads better on the phase colour."""
    return QColor(PHASE_TEXT_COLOURS[phase])
