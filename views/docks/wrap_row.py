"""A row of controls that wraps: side by side while they fit, else on more rows.

The findings panel sits in a narrow column at 200 % font scale (about 400 px on
a 1366×768 laptop): its four filters, or its suggested practice and Fix button,
side by side would force the panel wider than its column and cut their text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QStyle, QWidget


class WrapRow(QWidget):
    """``widgets`` on one row while their preferred widths fit, else on as many rows as
    needed (the same number on each), down to one a row; as narrow as the widest's minimum.

    Args:
        widgets: the controls, in reading (and tab) order.
        stretch: each one's share of spare width on a single row (on several rows the
            columns share it evenly, so each control fills its cell).
        name: what screen readers call the group.
    """

    def __init__(
        self,
        widgets: Sequence[QWidget],
        stretch: Sequence[int],
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._widgets = list(widgets)
        self._stretch = list(stretch)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._per_row = 0
        self._arrange(len(self._widgets))
        for widget in self._widgets:
            if isinstance(widget, QComboBox):  # a longer choice may need a row of its own
                widget.currentTextChanged.connect(self._choice_changed)

    @property
    def per_row(self) -> int:
        """How many controls each row holds now."""
        return self._per_row

    def _spacing(self) -> int:
        spacing = self._grid.horizontalSpacing()
        if spacing < 0:
            spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return max(0, spacing)

    def _fits(self, per_row: int, width: int) -> bool:
        spacing = self._spacing()
        for start in range(0, len(self._widgets), per_row):
            chunk = [w for w in self._widgets[start : start + per_row] if not w.isHidden()]
            need = sum(_wanted(w) for w in chunk) + spacing * max(0, len(chunk) - 1)
            if need > width:
                return False
        return True

    def _arrange(self, per_row: int) -> None:
        if per_row == self._per_row:
            return
        count = len(self._widgets)
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for column in range(count):
            self._grid.setColumnStretch(column, 0)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // per_row, index % per_row)
        for column in range(per_row):
            self._grid.setColumnStretch(column, self._stretch[column] if per_row == count else 1)
        self._per_row = per_row

    def _per_row_at(self, width: int) -> int:
        count = len(self._widgets)
        return next((n for n in range(count, 0, -1) if self._fits(n, width)), 1)

    def _choice_changed(self, _text: str) -> None:
        self._refit(self.width())
        # A wrapping choice's height follows its words: the layouts above must ask again
        # (a new height for the same width is no change of minimum they would notice).
        self._grid.invalidate()
        self.updateGeometry()

    def _refit(self, width: int) -> None:
        per_row = self._per_row_at(width)
        if per_row != self._per_row:
            self._arrange(per_row)
            self._grid.activate()  # place the controls now, not on a later pass
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put as many controls on a row as fit at this width."""
        self._refit(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest control's minimum (one a row), as high as laid out now."""
        height = super().minimumSizeHint().height()
        shown = [w for w in self._widgets if not w.isHidden()]
        width = max((w.minimumWidth() or w.minimumSizeHint().width() for w in shown), default=0)
        return QSize(width, height)


def _wanted(widget: QWidget) -> int:
    """A control's preferred width; a choice list's shows its current choice whole (its
    size hint only has room for its minimum contents length)."""
    hint = widget.sizeHint().width()
    if not isinstance(widget, QComboBox) or not widget.minimumContentsLength():
        return hint
    metrics = widget.fontMetrics()
    room = metrics.horizontalAdvance("x") * widget.minimumContentsLength()
    return hint + max(0, metrics.horizontalAdvance(widget.currentText()) - room)


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (a button's words on two lines)."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    middle = len(text) / 2
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"
