"""The side list: the workshop's strategies, and the buttons that manage them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.store import StrategySummary
from models.workshop import Workshop

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StrategiesDock(QDockWidget):
    """Workshop picker and its strategies.

    Signals:
        workshop_chosen(str), strategy_chosen(str): the user switched.
        new_workshop(), edit_teams(), new_strategy(), rename_strategy(), delete_strategy().
    """

    workshop_chosen = Signal(str)
    strategy_chosen = Signal(str)
    new_workshop = Signal()
    edit_teams = Signal()
    new_strategy = Signal()
    rename_strategy = Signal()
    delete_strategy = Signal()

    def __init__(self) -> None:
        super().__init__(translate("strategies", "Strategies"))
        self.setObjectName("strategies_dock")
        self.setAccessibleName(translate("strategies", "Strategies"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.workshop = QComboBox()
        self.workshop.setAccessibleName(translate("strategies", "Workshop"))
        self.workshop.setAccessibleDescription(
            translate("strategies", "Which workshop's strategies to list.")
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(translate("strategies", "Strategies of the workshop"))
        self.list.setAccessibleDescription(
            translate("strategies", "Select a strategy to open it on the canvas.")
        )
        grid = QGridLayout()
        buttons = [
            (translate("strategies", "New workshop…"), self.new_workshop),
            (translate("strategies", "Teams…"), self.edit_teams),
            (translate("strategies", "New strategy…"), self.new_strategy),
            (translate("strategies", "Rename…"), self.rename_strategy),
            (translate("strategies", "Delete…"), self.delete_strategy),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for index, (text, signal) in enumerate(buttons):
            button = QPushButton(text)
            name = text.rstrip("…")
            button.setAccessibleName(name)
            button.setAccessibleDescription(
                translate("strategies", "Manage workshops, teams and strategies.")
            )
            button.clicked.connect(signal)
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[name] = button
        layout.addWidget(self.workshop)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        self.setWidget(body)
        self._filling = False
        self.workshop.activated.connect(
            lambda _i: self.workshop_chosen.emit(str(self.workshop.currentData()))
        )
        self.list.currentItemChanged.connect(self._chosen)

    def set_workshops(self, workshops: Sequence[Workshop], current: str | None) -> None:
        """Fill the workshop picker."""
        self._filling = True
        self.workshop.clear()
        for workshop in workshops:
            self.workshop.addItem(workshop.name, workshop.id)
        if current is not None:
            self.workshop.setCurrentIndex(max(0, self.workshop.findData(current)))
        self._filling = False

    def set_strategies(self, summaries: Sequence[StrategySummary], current: str | None) -> None:
        """Fill the list (without emitting a switch)."""
        self._filling = True
        self.list.clear()
        for summary in summaries:
            item = QListWidgetItem(_entry_text(summary.name, summary.card_count, summary.revision))
            item.setData(ID_ROLE, summary.id)
            item.setToolTip(summary.name)
            self.list.addItem(item)
            if summary.id == current:
                self.list.setCurrentItem(item)
        self._filling = False

    def update_strategy(self, strategy_id: str, name: str, card_count: int, revision: int) -> None:
        """Show a strategy's name, card count and revision as saved just now."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == strategy_id:
                item.setText(_entry_text(name, card_count, revision))
                item.setToolTip(name)
                return

    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if not self._filling and item is not None:
            self.strategy_chosen.emit(str(item.data(ID_ROLE)))


def _entry_text(name: str, card_count: int, revision: int) -> str:
    return translate("strategies", "{name}\n{n} cards · revision {rev}").format(
        name=name, n=card_count, rev=revision
    )
