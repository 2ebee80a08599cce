"""A row of controls that wraps: side by side while they fit, else on more rows.

The findings panel sits in a narrow column at 200 % font scale (about 400 px on
a 1366×768 laptop): its four filters, or its suggested practice and Fix button,
side by side would force the panel wider than its column and cut their text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


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


class WrapCombo(QComboBox):
    """A choice list whose closed box shows a long choice whole, on more lines when it is
    narrower than the text (a practice's title at 200 % font in a side column), and whose
    open list is as wide as its longest choice (up to the screen's width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # grows to its words' lines
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())

    def _option(self, width: int) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, super().sizeHint().height())
        return option

    def text_rect(self, field: QRect) -> QRect:
        """Where the current choice's words go inside the edit field ``field``."""
        if not self.itemIcon(self.currentIndex()).isNull():
            field = field.adjusted(self.iconSize().width() + 4, 0, 0, 0)
        return field.adjusted(2, 0, -2, 0)

    def _field(self, option: QStyleOptionComboBox) -> QRect:
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )

    def hasHeightForWidth(self) -> bool:
        """Its height follows its width (more lines when narrower)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """High enough for the current choice's words wrapped at ``width``."""
        option = self._option(width)
        field = self._field(option)
        room = self.text_rect(field)
        needed = self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, room.width()), 1 << 16),
            int(Qt.TextFlag.TextWordWrap),
            self.currentText(),
        )
        return max(option.rect.height(), needed.height() + option.rect.height() - field.height())

    def sizeHint(self) -> QSize:
        """The usual width; the height its words need at that width."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The box as the style draws it, with the choice's words wrapped inside."""
        del event
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = option.currentText
        option.currentText = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)  # the icon, if any
        role = QPalette.ColorRole.ButtonText
        group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, role))
        painter.drawText(
            self.text_rect(self._field(option)),
            int(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            ),
            text,
        )

    def showPopup(self) -> None:
        """Open the list wide enough for its longest choice (within the screen)."""
        metrics = self.view().fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        frame = 2 * self.view().frameWidth() + 32  # margins and a scroll bar's room
        screen = self.screen().availableGeometry().width() if self.screen() else widest + frame
        self.view().setMinimumWidth(min(widest + frame, screen - 16))
        super().showPopup()


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
