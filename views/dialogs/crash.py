"""The dialog shown when something unexpected goes wrong inside the app.

It says, in plain words, what happened, whether any edits were lost (the
caller finds out; see ``views.crash``), and where the log file with the full
details is. The traceback itself stays out of sight behind "Copy details".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.labels import tr

CONTEXT = "crash"


def _label(text: str, name: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    # The log path must be selectable, to paste it into a file manager or an e-mail.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CrashDialog(QDialog):
    """Non-blocking report of an unexpected error.

    Args:
        what: one line on what went wrong (exception type and message).
        data_state: whether edits were lost, already worded for the user.
        log_file: the log file with the full traceback, or None if none could be written.
        details: the traceback, copied to the clipboard on request.
        parent: the main window.

    Signals:
        quit_requested(): the user chose to quit (the window then closes normally,
            so edits are flushed as on any close).
    """

    quit_requested = Signal()

    def __init__(
        self,
        what: str,
        data_state: str,
        log_file: Path | None,
        details: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(tr("Something went wrong", CONTEXT))
        self.setAccessibleName(tr("Something went wrong", CONTEXT))
        self._details = details
        self._log_file = log_file
        self._more = 0
        layout = QVBoxLayout(self)
        self.what = _label(
            tr("The app met an error it did not expect: {what}", CONTEXT).format(what=what),
            "crash_what",
            tr("What happened", CONTEXT),
        )
        self.data = _label(data_state, "crash_data", tr("Your edits", CONTEXT))
        if log_file is not None:
            where = tr("The details are in the log file {file}.", CONTEXT).format(file=log_file)
        else:
            where = tr("No log file could be written; use Copy details.", CONTEXT)
        self.log = _label(where, "crash_log", tr("Log file", CONTEXT))
        self.more = _label("", "crash_more", tr("Further errors", CONTEXT))
        self.more.hide()
        hint = _label(
            tr(
                "You can keep working. If the error comes back, quit and start the app "
                "again, and send the log file to whoever supports the app.",
                CONTEXT,
            ),
            "crash_hint",
            tr("What to do", CONTEXT),
        )
        for widget in (self.what, self.data, self.log, self.more, hint):
            layout.addWidget(widget)
        buttons = QDialogButtonBox()
        buttons.setObjectName("crash_buttons")
        buttons.setAccessibleName(tr("Choices", CONTEXT))
        self.copy_button = self._button(buttons, "crash_copy", tr("&Copy details", CONTEXT))
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = self._button(
            buttons, "crash_open_folder", tr("&Open log folder", CONTEXT)
        )
        self.folder_button.setEnabled(log_file is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.quit_button = self._button(buttons, "crash_quit", tr("&Quit", CONTEXT))
        self.quit_button.clicked.connect(self._quit)
        self.keep_button = self._button(buttons, "crash_keep", tr("&Keep working", CONTEXT))
        self.keep_button.clicked.connect(self.accept)
        self.keep_button.setDefault(True)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def add_further_error(self) -> None:
        """Count one more error met while this dialog is open (they are all in the log)."""
        self._more += 1
        self.more.setText(
            tr("{n} further errors since; each is in the log.", CONTEXT).format(n=self._more)
        )
        self.more.show()

    def copy_details(self) -> None:
        """Put the error, the data state and the traceback on the clipboard."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText("\n\n".join((self.what.text(), self.data.text(), self._details)))

    def open_log_folder(self) -> None:
        """Show the log folder in the file manager (a local folder; nothing leaves the machine)."""
        if self._log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))

    def _quit(self) -> None:
        self.accept()
        self.quit_requested.emit()
