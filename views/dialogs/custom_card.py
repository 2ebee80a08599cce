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

from models.content import Capability
from models.phases import ALL_PHASES, Phase
from models.strategy import MAX_NOTES, MAX_TITLE, Card, Placement
from models.vocabulary import Role
from views.labels import phase_label, role_label, tr


class CustomCardDialog(QDialog):
    """Title, lane, owner, capabilities and notes of a new custom card."""

    def __init__(
        self, capabilities: Mapping[str, Capability], phase: Phase, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Custom card", "dialogs"))
        self.setAccessibleName(tr("Custom card", "dialogs"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Title", "dialogs"))
        self.title.setAccessibleDescription(tr("What the practice is called.", "dialogs"))
        self.phase = QComboBox()
        for p in ALL_PHASES:
            self.phase.addItem(phase_label(p), p.value)
        self.phase.setCurrentIndex(self.phase.findData(phase.value))
        self.phase.setAccessibleName(tr("Lane", "dialogs"))
        self.owner = QComboBox()
        self.owner.addItem(role_label(None), None)
        for role in Role:
            self.owner.addItem(role_label(role), role)
        self.owner.setAccessibleName(tr("Owner role", "dialogs"))
        self.capabilities = QListWidget()
        for cap in sorted(capabilities.values(), key=lambda c: c.title.casefold()):
            item = QListWidgetItem(cap.title)  # the key is for rule packs; people read titles
            item.setData(Qt.ItemDataRole.UserRole, cap.key)
            item.setToolTip(f"{cap.meaning}\n({cap.key})" if cap.meaning else cap.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.capabilities.addItem(item)
        self.capabilities.setAccessibleName(tr("Capabilities", "dialogs"))
        self.capabilities.setAccessibleDescription(
            tr("Tick what the practice provides; the rules count these.", "dialogs")
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(tr("Notes", "dialogs"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Problem", "dialogs"))
        self.error.setStyleSheet("color: #B00020; font-weight: bold;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setAccessibleName(tr("Dialog buttons", "dialogs"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(tr("&Title", "dialogs"), self.title)
        form.addRow(tr("&Lane", "dialogs"), self.phase)
        form.addRow(tr("&Owner", "dialogs"), self.owner)
        form.addRow(tr("&Capabilities", "dialogs"), self.capabilities)
        form.addRow(tr("&Notes", "dialogs"), self.notes)
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
            self.error.setText(tr("Give the card a title.", "dialogs"))
            return None
        if len(title) > MAX_TITLE:
            self.error.setText(
                tr("Titles are at most {n} characters.", "dialogs").format(n=MAX_TITLE)
            )
            return None
        notes = self.notes.toPlainText()
        if len(notes) > MAX_NOTES:
            self.error.setText(
                tr("Notes are at most {n} characters.", "dialogs").format(n=f"{MAX_NOTES:,}")
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
