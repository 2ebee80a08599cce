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

from app.i18n import translate


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
        find_label = QLabel(translate("help", "&Find:"))
        find_label.setObjectName(f"{name}_find_label")
        find_label.setAccessibleName(translate("help", "Find"))
        self.find_box = QLineEdit()
        self.find_box.setObjectName(f"{name}_find")
        self.find_box.setAccessibleName(translate("help", "Find in the guide"))
        self.find_box.setPlaceholderText(translate("help", "Word to find; Enter for the next one"))
        self.find_box.setClearButtonEnabled(True)
        find_label.setBuddy(self.find_box)
        self.find_box.returnPressed.connect(self.find_next)
        self.status = QLabel("")
        self.status.setObjectName(f"{name}_find_status")
        self.status.setAccessibleName(translate("help", "Find result"))
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
        buttons.setAccessibleName(translate("help", "Dialog buttons"))
        close = QPushButton(translate("help", "&Close"))
        close.setObjectName(f"{name}_close")
        close.setAccessibleName(translate("help", "Close"))
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
        self.status.setText("" if found else translate("help", "Not found"))
        return found

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme():
            self.browser.scrollToAnchor(url.fragment())


_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def without_images(markdown: str) -> str:
    """The guide with each screenshot named instead of shown: the pictures live in the
    repository's docs folder, not in the app, and a missing picture is a broken box."""
    word = translate("help", "Screenshot")
    return _IMAGE.sub(lambda m: f"*({word}: {m.group(1)})*", markdown)
