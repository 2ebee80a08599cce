"""Each phase's mark (its number, or G) drawn inside its shape: the non-colour cue."""

from __future__ import annotations

import math

from reportlab.pdfgen.canvas import Canvas

from app.export.fonts import BOLD
from app.export.theme import phase_colour, text_on
from models.palette import PHASE_MARKS, PHASE_SHAPES
from models.phases import Phase


def _polygon(
    cx: float, cy: float, r: float, sides: int, rotation: float
) -> list[tuple[float, float]]:
    return [
        (
            cx + r * math.cos(rotation + 2 * math.pi * i / sides),
            cy + r * math.sin(rotation + 2 * math.pi * i / sides),
        )
        for i in range(sides)
    ]


def draw_phase_glyph(
    canv: Canvas, phase: Phase, cx: float, cy: float, size: float, *, mark: bool = True
) -> None:
    """Draw ``phase``'s shape, filled in its text colour, with its mark in the phase colour.

    Meant for a phase-coloured background (lane headers, slide headers). ``mark=False``
    leaves the number out where a label beside the shape already says it (a mark
    that small would be under the document's minimum type size).
    """
    r = size / 2
    shape = PHASE_SHAPES[phase]
    canv.saveState()
    canv.setFillColor(text_on(phase))
    path = canv.beginPath()
    if shape == "circle":
        path.circle(cx, cy, r)
    elif shape == "square":
        path.rect(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7)
    else:
        if shape == "triangle":
            points = _polygon(cx, cy - r * 0.15, r * 1.15, 3, math.pi / 2)
        elif shape == "diamond":
            points = _polygon(cx, cy, r * 1.05, 4, math.pi / 2)
        elif shape == "hexagon":
            points = _polygon(cx, cy, r, 6, 0.0)
        elif shape == "pentagon":
            points = _polygon(cx, cy, r * 1.05, 5, math.pi / 2)
        else:  # shield
            points = [
                (cx - r * 0.85, cy + r * 0.9),
                (cx + r * 0.85, cy + r * 0.9),
                (cx + r * 0.85, cy - r * 0.1),
                (cx, cy - r),
                (cx - r * 0.85, cy - r * 0.1),
            ]
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
    canv.drawPath(path, stroke=0, fill=1)
    if not mark:
        canv.restoreState()
        return
    font = size * (0.42 if shape == "triangle" else 0.55)
    canv.setFillColor(phase_colour(phase))
    canv.setFont(BOLD, font)
    baseline = cy - font * 0.36 - (r * 0.2 if shape == "triangle" else 0)
    canv.drawCentredString(cx, baseline, PHASE_MARKS[phase])
    canv.restoreState()
