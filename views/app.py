"""GUI start-up: the QApplication, the main window first, heavy imports in the first idle tick.

Only Qt is imported before the window paints. The workbench (SQLAlchemy store,
content library, NetworkX, the canvas and docks) loads in
``QTimer.singleShot(0)`` right after, so the first paint stays near bare PySide6.

Also set up here, as a finished desktop app needs: a rotating log file in the
user log folder (Qt's own warnings go there too), a dialog instead of a
traceback for anything unexpected (``views.crash``), and Ctrl+C or SIGTERM in
the terminal closing the window the normal way, so pending edits are written.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMessageLogContext, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from views.crash import CrashReporter

ORGANIZATION = "mlops-canvas"
APPLICATION = "MLOps Lifecycle Canvas"
FALLBACK_START_MS = 400
# Python runs a signal handler only between bytecodes; while Qt's C++ event loop
# waits, none run. A timer this often gives the interpreter a turn, unnoticeably.
SIGNAL_POLL_MS = 200
QUIT_SIGNALS = ("SIGINT", "SIGTERM")


class QuitOnSignal(QObject):
    """Closes the main window when the terminal sends Ctrl+C (SIGINT) or SIGTERM.

    Closing goes through the window's close hooks, so pending edits are flushed
    exactly as when the user chooses Quit. If the window refuses to close (the
    user keeps unsaved edits), the app keeps running and a later signal tries again.

    Attributes:
        received: the number of the signal that closed the app, or None.
    """

    def __init__(self, app: QApplication, window: QMainWindow) -> None:
        super().__init__(app)
        self.app = app
        self.window = window
        self.received: int | None = None
        self._closing = False
        self._tick = QTimer(self)
        self._tick.setInterval(SIGNAL_POLL_MS)
        self._tick.timeout.connect(lambda: None)
        self._tick.start()
        for name in QUIT_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                signal.signal(number, self._handle)

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self._closing:
            return
        self._closing = True
        self.received = signum
        # Leave the handler first: it may have interrupted a slot or a paint.
        QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        if self.window.close():
            self.app.quit()
        else:
            self.received = None
        self._closing = False

    def exit_status(self, status: int) -> int:
        """The process exit status: 128 + the signal when one closed the app (130 for Ctrl+C)."""
        return 128 + self.received if self.received is not None else status


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings go to the log file, not to a terminal nobody watches."""
    from app.logs import get_logger

    log = get_logger("qt")
    if mode == QtMsgType.QtDebugMsg:
        return
    if mode == QtMsgType.QtInfoMsg:
        log.info("%s", message)
    elif mode == QtMsgType.QtWarningMsg:
        log.warning("%s (%s:%s)", message, context.file, context.line)
    else:
        log.error("%s (%s:%s)", message, context.file, context.line)


class Reporting:
    """The log file and the crash dialog, set up once, after the first paint.

    Importing ``logging.handlers`` and the dialog costs tens of milliseconds, so
    it waits until the window is on screen; an exception before then sets it
    up on the spot (``early_hook``), so nothing is ever reported as a bare traceback.
    """

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.reporter: CrashReporter | None = None

    def early_hook(self, *exc_info: Any) -> None:
        """``sys.excepthook`` until the real reporter is installed."""
        self.install().hook(*exc_info)

    def install(self) -> CrashReporter:
        """Open the log file, route Qt's messages there, and install the crash reporter."""
        if self.reporter is not None:
            return self.reporter
        from app.about import app_version, runtime_line
        from app.logs import get_logger, setup_file_logging
        from app.paths import user_log_dir
        from views.crash import CrashReporter

        log_file = setup_file_logging(user_log_dir())
        get_logger("gui").info(
            "MLOps Lifecycle Canvas %s started; %s", app_version(), runtime_line()
        )
        qInstallMessageHandler(_qt_message)
        self.reporter = CrashReporter(self.window, log_file, self.window.close)
        self.reporter.install()
        return self.reporter

    def close(self, status: int) -> None:
        """Log the exit status and put the previous exception hook back."""
        if self.reporter is None:
            return
        from app.logs import get_logger

        get_logger("gui").info("stopped with status %s", status)
        self.reporter.uninstall()
        qInstallMessageHandler(None)


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    """Start the desktop app; return its exit status.

    Args:
        db: the ``--db`` value: a database file or SQLAlchemy URL, or None for the default.
        lang: the ``--lang`` value (``en``, ``fr``), or None for the saved or system language.
    """
    from views.shell import MainWindow
    from views.translation import install

    app = QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    install(app, lang)
    window = MainWindow()
    reporting = Reporting(window)
    previous_hook = sys.excepthook
    sys.excepthook = reporting.early_hook
    quitter = QuitOnSignal(app, window)
    window.show_first()

    started = False

    def start() -> None:
        """Set up logging, open the database and build the workbench, once."""
        nonlocal started
        if started:
            return
        started = True
        reporting.install()
        from views.workbench import Workbench

        workbench = Workbench(window)
        window.workbench = workbench
        workbench.open_database(db)

    # Load the rest right after the first paint; the timer covers a window
    # that is never exposed (minimised at start, some remote displays).
    window.first_painted.connect(lambda: QTimer.singleShot(0, start))
    QTimer.singleShot(FALLBACK_START_MS, start)
    status = quitter.exit_status(app.exec())
    reporting.close(status)
    sys.excepthook = previous_hook
    return status
