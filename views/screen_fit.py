"""Sizes that follow the screen: first window geometry, dock columns, fitting top-levels.

Nothing here is fixed in pixels for one monitor. A window opens at a size taken
from the screen it is on (maximised on a laptop or projector, 90 % of a large
monitor), a remembered geometry is used only while it still fits a screen, and
the dock columns take a share of the screen's width within bounds that keep
their contents usable. ``fit_to_screen`` shrinks any top-level (a dialog, the
facilitator window) that would reach past the available area, so no button is
ever out of reach at 1366×768.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QListView, QWidget

LARGE_SCREEN_WIDTH = 1600
"""From this window width up, the palette column starts open beside the canvas."""
MAXIMISE_BELOW = QSize(1600, 1000)
"""On a screen smaller than this in either direction, windows open maximised."""
LARGE_SHARE = 0.9
"""The share of a large screen a first window takes (centred)."""
FRAME_ALLOWANCE = 40
"""Room for a window manager's title bar and borders when checking a geometry fits."""


def screen_of(widget: QWidget | None = None) -> QScreen | None:
    """The screen a widget is on (else the primary screen)."""
    screen = widget.screen() if widget is not None else None
    return screen or QGuiApplication.primaryScreen()


def available(widget: QWidget | None = None) -> QRect:
    """The available geometry (without panels and docks of the desktop) of a widget's screen."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def should_maximise(area: QRect) -> bool:
    """Whether a first window on this screen should open maximised (laptop, projector)."""
    return area.width() < MAXIMISE_BELOW.width() or area.height() < MAXIMISE_BELOW.height()


def first_geometry(area: QRect) -> QRect:
    """The normal (unmaximised) geometry of a first window: most of the screen, centred."""
    if should_maximise(area):
        width = area.width() - 2 * 8
        height = area.height() - FRAME_ALLOWANCE - 2 * 8
    else:
        width = round(area.width() * LARGE_SHARE)
        height = round(area.height() * LARGE_SHARE)
    rect = QRect(0, 0, max(640, width), max(480, height))
    rect.moveCenter(area.center())
    return rect


def fits(rect: QRect, area: QRect) -> bool:
    """Whether a remembered window geometry still lies within the available area."""
    grown = area.adjusted(-8, -FRAME_ALLOWANCE, 8, 8)
    return (
        grown.contains(rect.topLeft())
        and grown.contains(rect.bottomRight())
        and rect.width() >= 480
        and rect.height() >= 360
    )


@dataclass(frozen=True)
class Columns:
    """Widths of the dock columns beside the canvas, for one screen and font scale."""

    left: int
    right: int
    palette_open: bool
    """Whether the palette column starts open (large screens); else every panel waits
    one keystroke away and the canvas has the whole width."""


def columns(screen_width: int, font_scale: float = 1.0) -> Columns:
    """The dock column widths for a window ``screen_width`` pixels wide (it follows the
    screen: maximised or 90 % of it on a first start).

    The palette column takes 16 % of the width (240–320 px), the inspector column
    22 % (300–420 px); both grow with the font scale at 60 % of its rate, never past
    30 % of the window each, so the canvas keeps most of the room.
    """
    grow = 1.0 + 0.6 * (max(1.0, font_scale) - 1.0)
    cap = round(screen_width * 0.3)
    left = min(cap, round(_clamp(screen_width * 0.16, 240, 320) * grow))
    right = min(cap, round(_clamp(screen_width * 0.22, 300, 420) * grow))
    return Columns(left=left, right=right, palette_open=screen_width >= LARGE_SCREEN_WIDTH)


def _clamp(value: float, low: float, high: float) -> float:
    return min(high, max(low, value))


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink (and move) a top-level so that all of it lies within the available area.

    A window whose minimum size is larger than the screen is given the screen's
    size as its maximum: its layouts then scroll or squeeze instead of pushing
    buttons past the edge.
    """
    area = area if area is not None else available(window)
    room = QSize(area.width(), max(200, area.height() - FRAME_ALLOWANCE))
    if window.minimumWidth() > room.width() or window.minimumHeight() > room.height():
        window.setMinimumSize(
            min(window.minimumWidth(), room.width()), min(window.minimumHeight(), room.height())
        )
    size = window.size().boundedTo(room)
    if size != window.size():
        window.resize(size)
    frame = QRect(window.pos(), size)
    if not area.contains(frame):
        x = min(max(area.left(), frame.left()), area.right() - size.width() + 1)
        y = min(max(area.top(), frame.top()), area.bottom() - size.height() + 1)
        window.move(x, y)


LIST_WIDTH_LIMIT = 720
"""The widest a list grows to show its longest line whole (a dialog stays within a laptop)."""


def widen_to_lines(view: QListView, limit: int = LIST_WIDTH_LIMIT) -> None:
    """Give a list the minimum width that shows its longest line whole (up to ``limit``):
    French lines run longer, and a list cuts a line without an ellipsis."""
    view.setMinimumWidth(
        min(
            limit,
            view.sizeHintForColumn(0)
            + view.verticalScrollBar().sizeHint().width()
            + 2 * view.frameWidth()
            + 4,
        )
    )
