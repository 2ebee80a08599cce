"""Start, quit with a real Ctrl+Q, start again: the canvas keeps its size (the bug a real
X server showed: a second start opened with the canvas crushed to a strip)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect

from tests.xvfb.conftest import SCREEN, App, settle, xdo


def _canvas(app: App) -> QRect:
    view = app.workbench.view
    return QRect(view.mapToGlobal(view.rect().topLeft()), view.size())


def test_the_canvas_keeps_its_size_across_a_restart(qapp: Any, app_home: Path) -> None:
    first = App(app_home)
    screen = QRect(0, 0, *SCREEN)
    frame = first.window.frameGeometry()
    assert screen.contains(frame.adjusted(1, 1, -1, -1)), frame
    assert first.window.isMaximized()  # a 1366×768 screen: the window fills it
    canvas = _canvas(first)
    assert canvas.width() >= 0.9 * first.window.width()  # canvas first: panels on the rail
    # Open two panels for real (F2, F4), so there is a layout worth keeping.
    first.focus()
    xdo("key", "F2")
    xdo("key", "F4")
    settle(0.5)
    assert first.workbench.palette.isVisible() and first.workbench.inspector.isVisible()
    before = _canvas(first)
    assert before.width() > 0.4 * first.window.width()
    first.quit_by_key()
    second = App(app_home)
    after = _canvas(second)
    assert second.workbench.palette.isVisible() and second.workbench.inspector.isVisible()
    assert abs(after.width() - before.width()) <= 4, (before, after)
    assert abs(after.height() - before.height()) <= 4, (before, after)
    assert second.workbench.view.zoom > 0.2  # not the 5 % of a crushed canvas
    second.quit_by_key()
    third = App(app_home)  # and once more: what was saved the second time is right too
    again = _canvas(third)
    assert abs(again.height() - before.height()) <= 4, (before, again)
    third.window.close()
