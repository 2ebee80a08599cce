"""GUI start-up: the QApplication, the main window, deferred heavy imports."""

from __future__ import annotations

import sys


def run_gui(argv: list[str]) -> int:
    """Start the desktop app; return its exit status."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("app", "MLOps Lifecycle Canvas"))
    window.show()
    return app.exec()
