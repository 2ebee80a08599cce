"""A non-modal bar above the canvas telling what another seat changed, with an Undo button.

Shown by ``views.seating`` when another seat's later write replaced a field this
seat had set (Undo puts this seat's value back as a new edit), when an edit
could no longer apply, or when a part of the window failed to follow an edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.i18n import translate


class NoticeBar(QFrame):
    """A non-modal bar above the canvas: what another seat changed, with an Undo."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("seat_notice")
        self.setAccessibleName(translate("seats", "Other seats' edits"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#seat_notice { background: #FFF4CE; border-bottom: 1px solid #C8A600; }"
            "#seat_notice QLabel { color: #1F1F1F; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("seats", "Notice from other seats"))
        self.undo_button = QPushButton(translate("seats", "Undo"))
        self.undo_button.setAccessibleName(translate("seats", "Put back your edit"))
        self.undo_button.setAccessibleDescription(
            translate("seats", "Restores what you had set, as a new edit the others will see.")
        )
        self.dismiss_button = QPushButton(translate("seats", "Dismiss"))
        self.dismiss_button.setAccessibleName(translate("seats", "Dismiss the notice"))
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.dismiss_button)
        self._undo: Callable[[], None] | None = None
        self.undo_button.clicked.connect(self._undo_clicked)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    def show_notice(self, text: str, undo: Callable[[], None] | None = None) -> None:
        """Show ``text``; with ``undo``, an Undo button that calls it (once)."""
        self.label.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.show()

    def text(self) -> str:
        """The notice shown ("" when hidden)."""
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        """Hide the notice."""
        self._undo = None
        self.hide()

    def _undo_clicked(self) -> None:
        undo, self._undo = self._undo, None
        self.hide()
        if undo is not None:
            undo()
