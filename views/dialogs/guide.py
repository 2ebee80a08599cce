"""A guide from ``resources/help`` shown inside the app, offline, with a find box.

The Markdown is rendered by Qt itself (``QTextBrowser.setMarkdown``). Links
inside the guide jump to their heading; links that would leave the app are
not followed: the app never opens a network connection.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from views.labels import tr

CONTEXT = "help"


class GuideDialog(QDialog):
    """A non-modal window showing one Markdown guide.

    Args:
        title: the window title (the guide's name).
        markdown: the guide's text.
        name: the object name, e.g. ``user_guide``.
        parent: the main window.
    """

    def __init__(self, title: str, markdown: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        find_label = QLabel(tr("&Find:", CONTEXT))
        find_label.setObjectName(f"{name}_find_label")
        find_label.setAccessibleName(tr("Find", CONTEXT))
        self.find_box = QLineEdit()
        self.find_box.setObjectName(f"{name}_find")
        self.find_box.setAccessibleName(tr("Find in the guide", CONTEXT))
        self.find_box.setPlaceholderText(tr("Word to find; Enter for the next one", CONTEXT))
        self.find_box.setClearButtonEnabled(True)
        find_label.setBuddy(self.find_box)
        self.find_box.returnPressed.connect(self.find_next)
        self.status = QLabel("")
        self.status.setObjectName(f"{name}_find_status")
        self.status.setAccessibleName(tr("Find result", CONTEXT))
        row.addWidget(find_label)
        row.addWidget(self.find_box, 1)
        row.addWidget(self.status)
        layout.addLayout(row)
        self.browser = QTextBrowser()
        self.browser.setObjectName(f"{name}_text")
        self.browser.setAccessibleName(title)
        # Never hand a link to the system browser: the app is offline by construction.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setMarkdown(without_images(markdown))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox()
        buttons.setObjectName(f"{name}_buttons")
        buttons.setAccessibleName(tr("Dialog buttons", CONTEXT))
        close = QPushButton(tr("&Close", CONTEXT))
        close.setObjectName(f"{name}_close")
        close.setAccessibleName(tr("Close", CONTEXT))
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 760)

    def find_next(self) -> bool:
        """Select the next occurrence of the find text, wrapping once; say when there is none."""
        text = self.find_box.text()
        if not text:
            self.status.setText("")
            return False
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, QTextDocument.FindFlag(0))
        self.status.setText("" if found else tr("Not found", CONTEXT))
        return found

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme():
            self.browser.scrollToAnchor(url.fragment())


_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def without_images(markdown: str) -> str:
    """The guide with each screenshot named instead of shown: the pictures live in the
    repository's docs folder, not in the app, and a missing picture is a broken box."""
    return _IMAGE.sub(lambda m: f"*({tr('Screenshot', CONTEXT)}: {m.group(1)})*", markdown)
