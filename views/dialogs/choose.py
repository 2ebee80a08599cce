"""Small choosers for the keyboard flow: a lane for a card, a card to link to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from models.phases import ALL_PHASES, Phase
from models.strategy import Strategy
from models.vocabulary import LinkKind
from views.labels import kind_label, phase_label, phase_short
from views.screen_fit import widen_to_lines

CARD_ROLE = Qt.ItemDataRole.UserRole + 1


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    box.setAccessibleName(translate("dialogs", "Dialog buttons"))
    return box


class PhaseDialog(QDialog):
    """Pick the lane a card goes into (placing from the palette, or moving a card)."""

    def __init__(self, title: str, subject: str, default: Phase, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QFormLayout(self)
        label = QLabel(subject)
        label.setWordWrap(True)
        label.setAccessibleName(translate("dialogs", "Card"))
        self.phase = QComboBox()
        for phase in ALL_PHASES:
            self.phase.addItem(phase_label(phase), phase.value)
        self.phase.setCurrentIndex(self.phase.findData(default.value))
        self.phase.setAccessibleName(translate("dialogs", "Lane"))
        self.phase.setAccessibleDescription(
            translate("dialogs", "The phase lane the card goes into.")
        )
        layout.addRow(label)
        layout.addRow(translate("dialogs", "&Lane"), self.phase)
        layout.addRow(_buttons(self))
        self.phase.setFocus()

    def chosen(self) -> Phase:
        """The lane picked."""
        return Phase(self.phase.currentData())


class LinkDialog(QDialog):
    """Pick the card to link to and the kind of link (the keyboard way to draw a link)."""

    def __init__(self, strategy: Strategy, source_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        source = strategy.cards[source_id]
        self.setWindowTitle(translate("dialogs", "Link “{title}” to…").format(title=source.title))
        self.setAccessibleName(translate("dialogs", "Link to another card"))
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("dialogs", "Type to filter cards"))
        self.filter.setAccessibleName(translate("dialogs", "Filter cards"))
        self.targets = QListWidget()
        self.targets.setAccessibleName(translate("dialogs", "Target card"))
        self.targets.setAccessibleDescription(translate("dialogs", "The card the link points to."))
        for card in sorted(
            strategy.cards.values(), key=lambda c: (ALL_PHASES.index(c.phase), c.y, c.x)
        ):
            if card.id == source_id or strategy.has_link(source_id, card.id):
                continue
            item = QListWidgetItem(f"{phase_short(card.phase)} · {card.title}")
            item.setData(CARD_ROLE, card.id)
            self.targets.addItem(item)
        widen_to_lines(self.targets)
        self.kind = QComboBox()
        for kind in LinkKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setAccessibleName(translate("dialogs", "Link kind"))
        self.kind.setAccessibleDescription(translate("dialogs", "What the link means."))
        form = QFormLayout()
        form.addRow(translate("dialogs", "&Kind"), self.kind)
        layout.addWidget(self.filter)
        layout.addWidget(self.targets, 1)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.filter.textChanged.connect(self._filter)
        if self.targets.count():
            self.targets.setCurrentRow(0)
        # Typing filters at once; Down moves into the list, Enter accepts the highlighted card.
        self.filter.setFocus()
        self.setTabOrder(self.filter, self.targets)
        self.setTabOrder(self.targets, self.kind)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            hidden = not all(w in item.text().lower() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.targets.setCurrentRow(first)

    def choose(self, card_id: str, kind: LinkKind = LinkKind.FLOWS) -> None:
        """Preselect a target and kind (for tests and scripted use)."""
        for row in range(self.targets.count()):
            if self.targets.item(row).data(CARD_ROLE) == card_id:
                self.targets.setCurrentRow(row)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def chosen(self) -> tuple[str, LinkKind] | None:
        """The target card id and link kind, or None if no card is selected."""
        item = self.targets.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(CARD_ROLE)), LinkKind(self.kind.currentData())
