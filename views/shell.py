"""The main window as first shown: Qt only, so it paints before any heavy import.

The shell imports nothing of ours beyond ``views.labels``-free Qt code; the
workbench (store, content, canvas, docks) fills it in the first idle tick.
Set ``MLOPS_CANVAS_STARTUP_PROBE=1`` to have the process print
``FIRST_PAINT <epoch seconds>`` on the first paint of this window (and
``READY <epoch seconds>`` once the workbench is up); ``=exit`` also quits
then. ``bench/bench_startup.py`` reads these lines.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizeGrip,
    QTabBar,
    QWidget,
)

from app.i18n import translate
from views.screen_fit import available, first_geometry, fits, should_maximise

PROBE_ENV = "MLOPS_CANVAS_STARTUP_PROBE"


def probe(event: str) -> None:
    """Print a start-up timestamp for the benchmark (only when asked to)."""
    mode = os.environ.get(PROBE_ENV)
    if not mode:
        return
    print(f"{event} {time.time():.6f}", flush=True)
    if mode == "exit" and event == "READY":
        QTimer.singleShot(0, QApplication.quit)


class MainWindow(QMainWindow):
    """The top-level window; the workbench sets its central widget, docks and menus.

    Signals:
        first_painted(): the window has painted once (heavy loading may start).
    """

    first_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(translate("shell", "MLOps Lifecycle Canvas"))
        self.setAccessibleName(translate("shell", "MLOps Lifecycle Canvas"))
        self.setAccessibleDescription(
            translate("shell", "Design an MLOps strategy on a shared canvas.")
        )
        self.placeholder = QLabel(translate("shell", "Opening the workshop database…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setAccessibleName(translate("shell", "Start-up status"))
        font = self.placeholder.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.placeholder.setFont(font)
        self.setCentralWidget(self.placeholder)
        self.statusBar().setAccessibleName(translate("shell", "Status bar"))
        for grip in self.statusBar().findChildren(QSizeGrip):
            grip.setAccessibleName(translate("shell", "Resize the window"))
        self._painted = False
        # Called on close; a hook returning False keeps the window open.
        self.close_hooks: list[Callable[[], bool | None]] = []
        self.workbench: object | None = None
        # The size follows the screen: a remembered geometry while it still fits one,
        # else most of the screen (maximised on a laptop or a projector).
        area = available(self)
        geometry = QSettings().value("window/geometry")
        self.restored_geometry = (
            isinstance(geometry, QByteArray)
            and self.restoreGeometry(geometry)
            and fits(self.normalGeometry(), area)
        )
        if not self.restored_geometry:
            self.setWindowState(Qt.WindowState.WindowNoState)
            self.setGeometry(first_geometry(area))

    def show_first(self) -> None:
        """Show the window for the first time: maximised on a small screen unless a
        remembered geometry says otherwise."""
        if not self.restored_geometry and should_maximise(available(self)):
            self.showMaximized()
        else:
            self.show()

    def set_central(self, widget: QWidget) -> None:
        """Replace the start-up placeholder with the real content."""
        self.setCentralWidget(widget)

    def show_placeholder(self, text: str) -> None:
        """Show a message where the canvas would be (no database open)."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(translate("shell", "Start-up status"))
        self.setCentralWidget(label)

    def event(self, event: QEvent) -> bool:
        """After the panels were laid out, name the tab bars Qt made for tabbed panels."""
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.ChildPolished):
            self.name_tab_bars()
        return handled

    def name_tab_bars(self) -> None:
        """Give each tab bar of tabbed panels a name screen readers announce."""
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not bar.accessibleName():
                bar.setAccessibleName(translate("shell", "Panel tabs"))
                bar.setAccessibleDescription(
                    translate("shell", "Switches between the panels sharing this column.")
                )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Report the first paint to the start-up probe."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            probe("FIRST_PAINT")
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let the workbench flush and save layout (it may refuse), then remember the geometry.

        Nothing raises out of here: a hook that fails (a database gone in an
        unforeseen way) is logged and the user chooses between quitting anyway
        and keeping the window open, as when edits could not be saved.
        """
        for hook in list(self.close_hooks):
            try:
                keep_open = hook() is False
            except Exception as err:  # closing must always be possible, and never silent
                logging.getLogger(__name__).exception("A close hook failed")
                keep_open = not self.ask_quit_after_error(str(err) or type(err).__name__)
            if keep_open:
                event.ignore()
                return
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def ask_quit_after_error(self, error: str) -> bool:
        """Closing failed: quit anyway (True) or keep the window open (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("shell", "Edits could not be saved"),
            translate(
                "shell",
                "Closing failed: {error}\n\nEdits not yet written would be lost. "
                "Quit anyway, or keep the window open?",
            ).format(error=error),
            parent=self,
        )
        quit_button = box.addButton(
            translate("shell", "Quit anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("shell", "Keep the window open"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is quit_button


def exit_on_fatal(message: str) -> None:
    """Last-resort report for a start-up failure with no window (never a traceback)."""
    print(message, file=sys.stderr)
