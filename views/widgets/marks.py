"""Severity, finding-state and drill-outcome marks: shape, symbol and word, never colour alone.

Findings and drill outcomes are told apart by shape (octagon, triangle,
circle; check, clock, cross) as well as by their Okabe–Ito colour, and every
place that shows a mark also shows its word, so the lists read in greyscale,
on a washed-out projector and through a screen reader. A finding's state adds
a second shape: a missing practice is a filled severity mark, a planned one a
hollow ring (intent, not evidence — the same empty circle a planned card shows),
an upcoming rule a calendar, a prohibited practice a no-entry sign.
"""

from __future__ import annotations

import math
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from models.drills import DrillOutcome
from models.vocabulary import FindingState, Severity

SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.ERROR: "#D55E00",  # vermillion
    Severity.WARNING: "#E69F00",  # orange
    Severity.INFO: "#0072B2",  # blue
}
SEVERITY_SYMBOLS: dict[Severity, str] = {
    Severity.ERROR: "✕",
    Severity.WARNING: "!",
    Severity.INFO: "i",
}
OUTCOME_COLOURS: dict[DrillOutcome, str] = {
    DrillOutcome.HANDLED: "#009E73",  # bluish green
    DrillOutcome.LATE: "#E69F00",  # orange
    DrillOutcome.MISSED: "#D55E00",  # vermillion
}
OUTCOME_SYMBOLS: dict[DrillOutcome, str] = {
    DrillOutcome.HANDLED: "✓",
    DrillOutcome.LATE: "◷",
    DrillOutcome.MISSED: "✕",
}
PROHIBITED_COLOUR = "#D55E00"  # vermillion ring and bar, black outline: reads in greyscale
UPCOMING_COLOUR = "#6B7280"  # grey: not yet a gap
ICON_SIZE = 28

W = TypeVar("W", bound=QWidget)


SEVERITY_WORDS: dict[Severity, str] = {
    Severity.ERROR: QT_TRANSLATE_NOOP("severity", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("severity", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("severity", "Info"),
}
STATE_WORDS: dict[FindingState, str] = {
    FindingState.OPEN: QT_TRANSLATE_NOOP("finding state", "Missing"),
    FindingState.PLANNED: QT_TRANSLATE_NOOP("finding state", "Planned"),
    FindingState.UPCOMING: QT_TRANSLATE_NOOP("finding state", "Upcoming"),
    FindingState.PROHIBITED: QT_TRANSLATE_NOOP("finding state", "Prohibited"),
}
STATE_PHRASES: dict[FindingState, str] = {
    FindingState.OPEN: QT_TRANSLATE_NOOP("finding state", "Missing"),
    FindingState.PLANNED: QT_TRANSLATE_NOOP("finding state", "Planned — not in place"),
    FindingState.UPCOMING: QT_TRANSLATE_NOOP("finding state", "Upcoming — not yet in force"),
    FindingState.PROHIBITED: QT_TRANSLATE_NOOP("finding state", "Prohibited practice"),
}
# English source strings (marked for lupdate), translated one at a time: a findings
# list asks for these on every row, so only the word wanted goes through the translator.


def severity_label(severity: Severity) -> str:
    """The severity's word ("Error", "Warning", "Info")."""
    return translate("severity", SEVERITY_WORDS[severity])


def severity_plural(severity: Severity) -> str:
    """The heading of a group of findings of one severity."""
    return {
        Severity.ERROR: translate("severity", "Errors"),
        Severity.WARNING: translate("severity", "Warnings"),
        Severity.INFO: translate("severity", "Suggestions"),
    }[severity]


def state_label(state: FindingState) -> str:
    """The state's word as a row shows it ("Missing", "Planned", "Upcoming", "Prohibited")."""
    return translate("finding state", STATE_WORDS[state])


def state_phrase(state: FindingState) -> str:
    """The state in full, for headings and tooltips ("Planned — not in place")."""
    return translate("finding state", STATE_PHRASES[state])


def outcome_label(outcome: DrillOutcome) -> str:
    """The drill outcome's word ("Handled", "Late", "Missed")."""
    return {
        DrillOutcome.HANDLED: translate("drills", "Handled"),
        DrillOutcome.LATE: translate("drills", "Late"),
        DrillOutcome.MISSED: translate("drills", "Missed"),
    }[outcome]


def _shape(sides: int, rect: QRectF, rotation: float) -> QPolygonF:
    c = rect.center()
    r = min(rect.width(), rect.height()) / 2
    return QPolygonF(
        [
            QPointF(
                c.x() + r * math.cos(rotation + 2 * math.pi * i / sides),
                c.y() + r * math.sin(rotation + 2 * math.pi * i / sides),
            )
            for i in range(sides)
        ]
    )


def _draw(kind: str, colour: str, symbol: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1.5, 1.5, size - 3, size - 3)
    painter.setPen(QPen(QColor("#000000"), 1.5))
    painter.setBrush(QColor(colour))
    if kind == "octagon":
        painter.drawPolygon(_shape(8, rect, math.pi / 8))
    elif kind == "triangle":
        tri = QPolygonF(
            [
                QPointF(rect.center().x(), rect.top()),
                QPointF(rect.right(), rect.bottom()),
                QPointF(rect.left(), rect.bottom()),
            ]
        )
        painter.drawPolygon(tri)
        rect = rect.adjusted(0, rect.height() * 0.2, 0, 0)
    elif kind == "square":
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
    else:
        painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.55))
    painter.setFont(font)
    painter.setPen(QColor("#000000"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    return QIcon(pixmap)


@cache
def severity_icon(severity: Severity, size: int = ICON_SIZE) -> QIcon:
    """An octagon (error), triangle (warning) or circle (info) with its symbol."""
    kind = {Severity.ERROR: "octagon", Severity.WARNING: "triangle", Severity.INFO: "circle"}
    return _draw(kind[severity], SEVERITY_COLOURS[severity], SEVERITY_SYMBOLS[severity], size)


@cache
def state_icon(state: FindingState, severity: Severity, size: int = ICON_SIZE) -> QIcon:
    """The mark of a finding: its severity mark when missing, else the state's own shape.

    Planned: a hollow ring in the severity's colour (the card's "○ Planned").
    Upcoming: a grey calendar. Prohibited: a no-entry sign (ring and bar).
    """
    if state is FindingState.OPEN:
        return severity_icon(severity, size)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    black = QColor("#000000")
    rect = QRectF(1.5, 1.5, size - 3, size - 3)
    if state is FindingState.PLANNED:
        ring = max(3.0, size / 7)
        inner = rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2)
        painter.setPen(QPen(QColor(SEVERITY_COLOURS[severity]), ring))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(inner)
        painter.setPen(QPen(black, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.drawEllipse(inner.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2))
    elif state is FindingState.UPCOMING:
        body = rect.adjusted(1, 2.5, -1, -0.5)
        painter.setPen(QPen(black, 1.2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(body, 3, 3)
        painter.fillRect(
            QRectF(body.left(), body.top(), body.width(), body.height() * 0.3),
            QColor(UPCOMING_COLOUR),
        )
        dot = max(2.0, size / 10)
        for row in range(2):
            for col in range(3):
                x = body.left() + body.width() * (0.2 + 0.3 * col)
                y = body.top() + body.height() * (0.5 + 0.25 * row)
                painter.fillRect(QRectF(x, y, dot, dot), black)
    else:
        ring = max(3.5, size / 6)
        inner = rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2)
        painter.setPen(QPen(QColor(PROHIBITED_COLOUR), ring))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(inner)
        offset = inner.width() * 0.3536  # radius · cos 45°
        c = inner.center()
        painter.drawLine(
            QPointF(c.x() - offset, c.y() - offset), QPointF(c.x() + offset, c.y() + offset)
        )
        painter.setPen(QPen(black, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    painter.end()
    return QIcon(pixmap)


@cache
def outcome_icon(outcome: DrillOutcome, size: int = ICON_SIZE) -> QIcon:
    """A circle with a check (handled), a square with a clock (late), an octagon with a cross."""
    kind = {
        DrillOutcome.HANDLED: "circle",
        DrillOutcome.LATE: "square",
        DrillOutcome.MISSED: "octagon",
    }
    return _draw(kind[outcome], OUTCOME_COLOURS[outcome], OUTCOME_SYMBOLS[outcome], size)


def named(widget: W, name: str, description: str = "") -> W:
    """Set a widget's accessible name and description; returns the widget."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget
