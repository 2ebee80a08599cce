"""Colours, glyphs and fonts of the canvas: colour-blind-safe, readable across a room.

Phase colours come from the Okabe–Ito palette, which stays distinguishable
under the common colour-vision deficiencies. Colour is never the only cue:
every phase also has a numbered glyph of its own shape (circle, square,
triangle, …) drawn in the lane header and on each card. The high-contrast
theme swaps to black, white and saturated edges for projectors and low vision.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainterPath, QPolygonF

from models.palette import PHASE_COLOURS, PHASE_MARKS, PHASE_SHAPES, PHASE_TEXT_COLOURS

__all__ = ["OKABE_ITO", "PHASE_MARKS", "Theme", "glyph_path", "glyph_text_color"]
from models.phases import ALL_PHASES, Phase

OKABE_ITO = PHASE_COLOURS  # shared with the PDF export, so both draw the same board
AGAINST_LIFECYCLE = "#D55E00"
BASE_TITLE_POINTS = 14.0
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


@dataclass
class Theme:
    """Everything the canvas and docks need to draw: colours, fonts, scale.

    Canvas fonts are fixed in points; the projector font scale enlarges the
    whole canvas through the view's transform (so text never outgrows a card)
    and the docks through the application font.

    Attributes:
        high_contrast: black on white with heavy outlines instead of tints.
    """

    high_contrast: bool = False
    phase_colors: dict[Phase, QColor] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.phase_colors = {p: QColor(OKABE_ITO[p]) for p in ALL_PHASES}

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

    @property
    def board_background(self) -> QColor:
        """Behind the lanes."""
        return QColor("#FFFFFF") if self.high_contrast else QColor("#F4F5F7")

    @property
    def card_fill(self) -> QColor:
        """A card's body."""
        return QColor("#FFFFFF")

    @property
    def card_outline(self) -> QColor:
        """A card's border when not selected."""
        return QColor("#000000") if self.high_contrast else QColor("#8A9099")

    @property
    def selection(self) -> QColor:
        """The outline of selected cards and links (not an Okabe–Ito phase colour)."""
        return QColor("#000000") if self.high_contrast else QColor("#1A1A1A")

    @property
    def text(self) -> QColor:
        """Main text."""
        return QColor("#000000") if self.high_contrast else QColor("#1F2328")

    @property
    def muted_text(self) -> QColor:
        """Secondary text (owner, status)."""
        return QColor("#000000") if self.high_contrast else QColor("#4A515B")

    @property
    def link_color(self) -> QColor:
        """Links that follow the lifecycle."""
        return QColor("#000000") if self.high_contrast else QColor("#3C4450")

    @property
    def against_color(self) -> QColor:
        """Links that run against the lifecycle (also dashed, so colour is not the only cue)."""
        return QColor(AGAINST_LIFECYCLE)

    @property
    def outline_width(self) -> float:
        """Card border width."""
        return 3.0 if self.high_contrast else 1.5

    def font(self, points: float, bold: bool = False) -> QFont:
        """A canvas font of ``points`` points."""
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        return font

    @property
    def title_font(self) -> QFont:
        """Card titles: 14 pt at 100% zoom, so they read across a room."""
        return self.font(BASE_TITLE_POINTS, bold=True)

    @property
    def meta_font(self) -> QFont:
        """Owner and status lines on cards."""
        return self.font(BASE_META_POINTS)

    @property
    def header_font(self) -> QFont:
        """Lane headers: large enough to read across a room."""
        return self.font(BASE_HEADER_POINTS, bold=True)


def glyph_text_color(phase: Phase) -> QColor:
    """Black or white, whichever reads better on the phase colour."""
    return QColor(PHASE_TEXT_COLOURS[phase])
