"""Write the facilitator screenshots in docs/screenshots (offscreen, real fonts).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.views.facilitator.make_screenshots``
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _save(widget: QWidget, name: str, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def timer_shot() -> QWidget:
    """The timer in the Explore stage with 42:17 left."""
    from models.review import Agenda
    from views.facilitator.timer import TimerController, TimerPanel

    clock = _Clock()
    controller = TimerController(Agenda.default(), clock)
    controller.skip()
    controller.toggle()
    clock.now += 60 * 60 - (42 * 60 + 17)
    controller.poll()
    panel = TimerPanel(controller)
    panel.setWindowTitle("Agenda timer")
    _save(panel, "timer.png", 1600, 900)
    return panel


SHOTS: dict[str, Callable[[], QWidget]] = {"timer": timer_shot}


def main(names: list[str]) -> None:
    """Write the screenshots named (all when none are named)."""
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    kept = [SHOTS[name]() for name in (names or list(SHOTS))]
    del kept, app


if __name__ == "__main__":
    main(sys.argv[1:])
