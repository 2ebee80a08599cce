"""A check box whose text wraps: a bare box beside a word-wrapped label that toggles it.

A ``QCheckBox`` never wraps its text, so a long fact ("Selects people for
investigation or control") would force a narrow dock wider than a small
screen. Here the box keeps keyboard focus and carries the accessible name
and description; the label beside it wraps, shows a plain explanation under
the fact in a quieter tone, and a click on it toggles the box like a click on
the box's own text would.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from views.widgets.marks import named

HINT_COLOUR = "#4A515B"  # 8:1 on white: quieter than the fact, still readable on a projector


class ClickLabel(QLabel):
    """A label that toggles its buddy check box when clicked."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Toggle the buddy (and give it focus) on a left click inside the label."""
        buddy = self.buddy()
        if (
            isinstance(buddy, QCheckBox)
            and buddy.isEnabled()
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            buddy.click()
            buddy.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrapCheck(QWidget):
    """A check box with a wrapping label and an optional explanation under it.

    Attributes:
        box: the check box (focus, state, accessible name and description).
        label: the wrapping text beside it.
    """

    def __init__(self, text: str, hint: str = "", name: str = "") -> None:
        super().__init__()
        if name:
            self.setObjectName(f"{name}_row")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = named(QCheckBox(), text, hint)
        if name:
            self.box.setObjectName(name)
        self.label = ClickLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        markup = html.escape(text)
        if hint:
            markup += f'<br><span style="color:{HINT_COLOUR}">{html.escape(hint)}</span>'
        self.label.setText(markup)
        named(self.label, text, hint)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
