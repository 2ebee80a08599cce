"""The custom-card dialog: a team's own practice, with the capabilities it provides.

Rules speak of capabilities, never titles, so a custom card counts as soon as
its capabilities are chosen. The title is checked here (not empty, at most
the model's limit) and the dialog says what is wrong instead of closing.
"""

from __future__ import annotations

from collections.abc import Mapping

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
    QPlainTextEdit,
    QWidget,
)

from app.i18n import grouped, translate
from models.content import Capability
from models.phases import ALL_PHASES, Phase
from models.strategy import MAX_NOTES, MAX_TITLE, Card, Placement
from models.vocabulary import Role
from views.labels import phase_label, role_label
from views.screen_fit import widen_to_lines


class CustomCardDialog(QDialog):
    """Title, lane, owner, capabilities and notes of a new custom card."""

    def __init__(
        self, capabilities: Mapping[str, Capability], phase: Phase, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs", "Custom card"))
        self.setAccessibleName(translate("dialogs", "Custom card"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("dialogs", "Title"))
        self.title.setAccessibleDescription(translate("dialogs", "What the practice is called."))
        self.phase = QComboBox()
        for p in ALL_PHASES:
            self.phase.addItem(phase_label(p), p.value)
        self.phase.setCurrentIndex(self.phase.findData(phase.value))
        self.phase.setAccessibleName(translate("dialogs", "Lane"))
        self.owner = QComboBox()
        self.owner.addItem(role_label(None), None)
        for role in Role:
            self.owner.addItem(role_label(role), role)
        self.owner.setAccessibleName(translate("dialogs", "Owner role"))
        self.capabilities = QListWidget()
        for cap in sorted(capabilities.values(), key=lambda c: c.title.casefold()):
            item = QListWidgetItem(cap.title)  # the key is for rule packs; people read titles
            item.setData(Qt.ItemDataRole.UserRole, cap.key)
            item.setToolTip(f"{cap.meaning}\n({cap.key})" if cap.meaning else cap.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.capabilities.addItem(item)
        widen_to_lines(self.capabilities)
        self.capabilities.setAccessibleName(translate("dialogs", "Capabilities"))
        self.capabilities.setAccessibleDescription(
            translate("dialogs", "Tick what the practice provides; the rules count these.")
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(translate("dialogs", "Notes"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("dialogs", "Problem"))
        self.error.setStyleSheet("color: #B00020; font-weight: bold;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setAccessibleName(translate("dialogs", "Dialog buttons"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(translate("dialogs", "&Title"), self.title)
        form.addRow(translate("dialogs", "&Lane"), self.phase)
        form.addRow(translate("dialogs", "&Owner"), self.owner)
        form.addRow(translate("dialogs", "&Capabilities"), self.capabilities)
        form.addRow(translate("dialogs", "&Notes"), self.notes)
        form.addRow(self.error)
        form.addRow(buttons)
        self.card: Card | None = None

    def chosen_capabilities(self) -> tuple[str, ...]:
        """The ticked capability keys."""
        return tuple(
            str(self.capabilities.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.capabilities.count())
            if self.capabilities.item(r).checkState() == Qt.CheckState.Checked
        )

    def build(self, placement: Placement | None = None) -> Card | None:
        """The card the dialog describes, or None with ``error`` saying why."""
        title = " ".join(self.title.text().split())
        if not title:
            self.error.setText(translate("dialogs", "Give the card a title."))
            return None
        if len(title) > MAX_TITLE:
            self.error.setText(
                translate("dialogs", "Titles are at most {n} characters.").format(n=MAX_TITLE)
            )
            return None
        notes = self.notes.toPlainText()
        if len(notes) > MAX_NOTES:
            self.error.setText(
                translate("dialogs", "Notes are at most {n} characters.").format(
                    n=grouped(MAX_NOTES)
                )
            )
            return None
        phase = Phase(self.phase.currentData())
        where = placement or Placement(phase=phase)
        return Card(
            title=title,
            notes=notes,
            phase=phase,
            owner_role=self.owner.currentData(),
            capabilities=self.chosen_capabilities(),
            x=where.x,
            y=where.y,
        )

    def accept(self) -> None:
        """Close only when the card is valid."""
        self.card = self.build()
        if self.card is not None:
            super().accept()
