"""Unexpected exceptions in the GUI: logged in full, reported in a dialog, never on a terminal.

``CrashReporter.install()`` replaces ``sys.excepthook``, which PySide6 calls
for an exception escaping a slot or a Qt override. The reporter writes the
traceback to the log, tries once more to write pending edits, and then tells
the user truthfully whether anything is unsaved. The dialog opens in the next
event-loop turn on the GUI thread (never inside a paint or a signal emission,
and never from a worker thread: ``threading.excepthook`` is covered too) and
only once at a time: errors that follow while it is open are counted, not stacked.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.i18n import translate
from app.logs import get_logger
from views.dialogs.crash import CrashDialog

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def data_state(workbench: Any) -> str:
    """Whether edits are safe, in words, after one more attempt to write pending ones.

    Args:
        workbench: ``views.workbench.Workbench`` or None (duck-typed: the reporter is
            installed before the workbench exists).
    """
    if workbench is None or getattr(workbench, "store", None) is None:
        return translate("crash", "No database was open, so no edits can have been lost.")
    log = get_logger("crash")
    try:
        workbench.inspector.commit_notes()  # notes being typed become an edit, saved below
    except Exception:  # the error may well be in the inspector itself
        log.exception("could not commit the notes being edited")
    try:
        workbench.flush_all()
    except Exception:
        log.exception("writing pending edits failed after the error")
    pending = 0
    reason = ""
    for session in getattr(workbench, "sessions", {}).values():
        waiting = session.autosaver.pending
        if waiting:
            pending += waiting
            reason = reason or session.autosaver.state.message
    if not pending:
        return translate(
            "crash", "No edits were lost: every change made so far is saved in the database."
        )
    return translate(
        "crash",
        "{n} edits are not saved yet ({reason}). They are kept in memory and writing is "
        "retried: leave the app open until the status bar says Saved.",
    ).format(n=pending, reason=reason or translate("crash", "the database did not accept them"))


class CrashReporter(QObject):
    """Turns uncaught exceptions into a log entry and one dialog.

    Args:
        window: the main window (its ``workbench`` attribute is read when an error comes).
        log_file: the log file, or None when logging to a file failed.
        quit_app: called when the user chooses Quit in the dialog.

    Signals:
        report_requested(object): an error to show; queued, so the dialog opens on
            the GUI thread in the next event-loop turn whichever thread failed.
    """

    report_requested = Signal(object)

    def __init__(
        self, window: QWidget, log_file: Path | None, quit_app: Callable[[], object]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.log_file = log_file
        self.quit_app = quit_app
        self.dialog: CrashDialog | None = None
        self.reports = 0
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.report_requested.connect(self.show_report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook`` (``uninstall`` restores them)."""
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.hook
        threading.excepthook = self.thread_hook

    def uninstall(self) -> None:
        """Put the previous hooks back."""
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self._previous_thread_hook

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """An exception that ended a Python thread: reported like any other."""
        if args.exc_value is None:
            return
        self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    def hook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log the exception; show the dialog in the next event-loop turn (any thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C landing in a slot: quit as the signal handler would.
            self.quit_app()
            return
        get_logger("crash").critical("unexpected error", exc_info=(exc_type, exc, tb))
        self.reports += 1
        info: ExcInfo = (exc_type, exc, tb)
        self.report_requested.emit(info)

    def show_report(self, info: ExcInfo) -> CrashDialog:
        """Open the dialog for one error (non-blocking; returns it for tests)."""
        exc_type, exc, tb = info
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_further_error()
            return self.dialog
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        what = f"{exc_type.__name__}: {message}" if message else exc_type.__name__
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        state = data_state(getattr(self.window, "workbench", None))
        get_logger("crash").info("reported to the user: %s", state)
        self.dialog = CrashDialog(what, state, self.log_file, details, self.window)
        self.dialog.quit_requested.connect(self.quit_app)
        self.dialog.open()
        return self.dialog
