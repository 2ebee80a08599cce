"""Regenerate the README screenshots offscreen: ``python -m views.screenshots [folder]``.

Opens the app on a scratch copy of the demo workshop (settings and database
in a temporary folder, nothing of the user's touched) and grabs the main
window: the first window, then the canvas with the larger demo strategy at
100% and at 200% font scale.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from views.workbench import Workbench


def settle() -> None:
    """Run pending events, zero-time timers and deferred deletes, as a running loop would."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThread

    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QThread.msleep(5)
    QCoreApplication.processEvents()


@contextmanager
def demo_workbench() -> Iterator[Workbench | None]:
    """The app at 1920×1080 on a scratch demo database and scratch settings.

    Yields None if the database could not be opened. The window closes on exit.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        QCoreApplication.setOrganizationName("mlops-canvas-screenshots")
        from views.shell import MainWindow
        from views.workbench import Workbench

        window = MainWindow()
        window.resize(1920, 1080)
        window.show()
        settle()
        workbench = Workbench(window)
        if not workbench.open_database(str(Path(scratch) / "demo.sqlite3")):
            yield None
            return
        settle()
        try:
            yield workbench
        finally:
            window.close()
            settle()
    del app


def main(argv: list[str] | None = None) -> int:
    """Write main-window.png, canvas-100.png, canvas-200.png, canvas-high-contrast.png."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with demo_workbench() as workbench:
        if workbench is None:
            return 1
        window = workbench.window
        settle()
        window.grab().save(str(out / "main-window.png"))
        largest = max(
            (s for s in workbench.strategies_listing()), key=lambda s: s.card_count, default=None
        )
        if largest is not None:
            workbench.open_strategy(largest.id)
        session = workbench.session
        if session is not None and session.document.strategy.cards:
            first = min(
                session.document.strategy.cards.values(), key=lambda c: (c.phase != "develop", c.y)
            )
            workbench.view.focus_card(first.id)
        for scale, name in ((1.0, "canvas-100.png"), (2.0, "canvas-200.png")):
            workbench.set_font_scale(scale)
            workbench.view.set_zoom(0.6)
            settle()
            view = workbench.view
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
            view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
            settle()
            window.grab().save(str(out / name))
        workbench.set_font_scale(1.0)
        workbench.set_high_contrast(True)
        workbench.view.zoom_to_fit()
        settle()
        window.grab().save(str(out / "canvas-high-contrast.png"))
        workbench.set_high_contrast(False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
