"""GUI start-up: the QApplication, the main window first, heavy imports in the first idle tick.

Only Qt is imported before the window paints. The workbench (SQLAlchemy store,
content library, NetworkX, the canvas and docks) loads in
``QTimer.singleShot(0)`` right after, so the first paint stays near bare PySide6.
"""

from __future__ import annotations

import argparse
import sys

ORGANIZATION = "mlops-canvas"
APPLICATION = "MLOps Lifecycle Canvas"
FALLBACK_START_MS = 400


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="mlops-canvas", add_help=False)
    parser.add_argument("--db", default=None, help="database file or SQLAlchemy URL")
    return parser.parse_known_args(argv)


def run_gui(argv: list[str]) -> int:
    """Start the desktop app; return its exit status.

    Args:
        argv: command-line arguments after the program name (``--db`` is read
            here; anything else is passed to Qt).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from views.shell import MainWindow

    args, qt_args = _parse(argv)
    app = QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    window = MainWindow()
    window.show()

    started = False

    def start() -> None:
        """Open the database and build the workbench, once."""
        nonlocal started
        if started:
            return
        started = True
        from views.workbench import Workbench

        workbench = Workbench(window)
        window.workbench = workbench
        workbench.open_database(args.db)

    # Load the rest right after the first paint; the timer covers a window
    # that is never exposed (minimised at start, some remote displays).
    window.first_painted.connect(lambda: QTimer.singleShot(0, start))
    QTimer.singleShot(FALLBACK_START_MS, start)
    return app.exec()
