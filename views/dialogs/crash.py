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

from app.i18n import translate


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
        self.setWindowTitle(translate("crash", "Something went wrong"))
        self.setAccessibleName(translate("crash", "Something went wrong"))
        self._details = details
        self._log_file = log_file
        self._more = 0
        layout = QVBoxLayout(self)
        self.what = _label(
            translate("crash", "The app met an error it did not expect: {what}").format(what=what),
            "crash_what",
            translate("crash", "What happened"),
        )
        self.data = _label(data_state, "crash_data", translate("crash", "Your edits"))
        if log_file is not None:
            where = translate("crash", "The details are in the log file {file}.").format(
                file=log_file
            )
        else:
            where = translate("crash", "No log file could be written; use Copy details.")
        self.log = _label(where, "crash_log", translate("crash", "Log file"))
        self.more = _label("", "crash_more", translate("crash", "Further errors"))
        self.more.hide()
        hint = _label(
            translate(
                "crash",
                "You can keep working. If the error comes back, quit and start the app "
                "again, and send the log file to whoever supports the app.",
            ),
            "crash_hint",
            translate("crash", "What to do"),
        )
        for widget in (self.what, self.data, self.log, self.more, hint):
            layout.addWidget(widget)
        buttons = QDialogButtonBox()
        buttons.setObjectName("crash_buttons")
        buttons.setAccessibleName(translate("crash", "Choices"))
        self.copy_button = self._button(buttons, "crash_copy", translate("crash", "&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = self._button(
            buttons, "crash_open_folder", translate("crash", "&Open log folder")
        )
        self.folder_button.setEnabled(log_file is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.quit_button = self._button(buttons, "crash_quit", translate("crash", "&Quit"))
        self.quit_button.clicked.connect(self._quit)
        self.keep_button = self._button(buttons, "crash_keep", translate("crash", "&Keep working"))
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
            translate("crash", "{n} further errors since; each is in the log.").format(n=self._more)
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
