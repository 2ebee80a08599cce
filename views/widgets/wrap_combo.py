"""A choice list that never cuts its choice: the closed box wraps it onto more lines.

A practice's title at 200 % font in a side column, or a French profile answer
(« Déployeur — nous utilisons un système conçu par un autre… ») in a 1366×768
dock, is wider than the box: a plain ``QComboBox`` cuts it. The open list is as
wide as its longest choice, up to the screen's width.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


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
