"""Dialogs for workshops, teams (members with roles) and new strategies."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from models.content import Scenario
from models.errors import validation_message
from models.strategy import new_id
from models.vocabulary import Role
from models.workshop import Member, Team, Workshop
from views.labels import role_label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.setAccessibleName(translate("dialogs", "Dialog buttons"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(translate("dialogs", "Problem"))
    label.setStyleSheet("color: #B00020; font-weight: bold;")
    return label


class WorkshopDialog(QDialog):
    """Name, date and facilitator of a new workshop."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs", "New workshop"))
        self.setAccessibleName(translate("dialogs", "New workshop"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("dialogs", "Workshop name"))
        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName(translate("dialogs", "Facilitator"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(translate("dialogs", "Workshop date"))
        self.error = _error_label()
        form.addRow(translate("dialogs", "&Name"), self.name)
        form.addRow(translate("dialogs", "&Date"), self.date)
        form.addRow(translate("dialogs", "&Facilitator"), self.facilitator)
        form.addRow(self.error)
        form.addRow(_buttons(self))
        self.workshop: Workshop | None = None

    def accept(self) -> None:
        """Close only with a valid workshop."""
        try:
            self.workshop = Workshop(
                name=self.name.text(),
                date=self.date.date().toPython(),
                facilitator=self.facilitator.text().strip()[:120],
            )
        except ValidationError as err:
            self.error.setText(
                translate("dialogs", "Check the name: {e}").format(
                    e=validation_message(err.errors(include_url=False)[0], bare=True)
                )
            )
            return
        super().accept()


def _role_combo(role: Role) -> QComboBox:
    """A choice of every role, ``role`` chosen."""
    combo = QComboBox()
    for r in Role:
        combo.addItem(role_label(r), r.value)
    combo.setCurrentIndex(combo.findData(role.value))
    combo.setAccessibleName(translate("dialogs", "Member role"))
    return combo


class TeamsDialog(QDialog):
    """Edit a workshop's teams and their members (name and role)."""

    def __init__(self, workshop: Workshop, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs", "Teams of “{name}”").format(name=workshop.name))
        self.setAccessibleName(translate("dialogs", "Teams"))
        self._workshop = workshop
        self._teams: list[Team] = list(workshop.teams)
        self._current = -1
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.team_list = QListWidget()
        self.team_list.setAccessibleName(translate("dialogs", "Teams"))
        self.add_team = QPushButton(translate("dialogs", "Add team"))
        self.add_team.setAccessibleName(translate("dialogs", "Add a team"))
        self.remove_team = QPushButton(translate("dialogs", "Remove team"))
        self.remove_team.setAccessibleName(translate("dialogs", "Remove the selected team"))
        left.addWidget(self.team_list, 1)
        left.addWidget(self.add_team)
        left.addWidget(self.remove_team)
        right = QVBoxLayout()
        self.team_name = QLineEdit()
        self.team_name.setAccessibleName(translate("dialogs", "Team name"))
        self.members = QTableWidget(0, 2)
        self.members.setHorizontalHeaderLabels(
            [translate("dialogs", "Name"), translate("dialogs", "Role")]
        )
        # The role column is as wide as the longest role (French runs longer), the names
        # take the rest; the table is wide enough for both at once.
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.members.setMinimumWidth(
            _role_combo(Role.DATA_SCIENTIST).sizeHint().width()
            + self.fontMetrics().averageCharWidth() * 24
            + self.members.verticalHeader().sizeHint().width()
            + self.members.verticalScrollBar().sizeHint().width()
            + 2 * self.members.frameWidth()
        )
        self.members.setAccessibleName(translate("dialogs", "Members"))
        self.members.setAccessibleDescription(translate("dialogs", "Each member's name and role."))
        self.add_member = QPushButton(translate("dialogs", "Add member"))
        self.add_member.setAccessibleName(translate("dialogs", "Add a member"))
        self.remove_member = QPushButton(translate("dialogs", "Remove member"))
        self.remove_member.setAccessibleName(translate("dialogs", "Remove the selected member"))
        self.error = _error_label()
        right.addWidget(QLabel(translate("dialogs", "Team name:")))
        right.addWidget(self.team_name)
        right.addWidget(self.members, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_member)
        row.addWidget(self.remove_member)
        right.addLayout(row)
        right.addWidget(self.error)
        right.addWidget(_buttons(self))
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.team_list.currentRowChanged.connect(self._switch)
        self.add_team.clicked.connect(self._add_team)
        self.remove_team.clicked.connect(self._remove_team)
        self.add_member.clicked.connect(lambda: self._add_member_row("", Role.DATA_SCIENTIST))
        self.remove_member.clicked.connect(
            lambda: self.members.removeRow(max(0, self.members.currentRow()))
        )
        for team in self._teams:
            self.team_list.addItem(team.name)
        if self._teams:
            self.team_list.setCurrentRow(0)
        self.result_workshop: Workshop | None = None

    def _add_member_row(self, name: str, role: Role) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        edit = QLineEdit(name)
        edit.setAccessibleName(translate("dialogs", "Member name"))
        combo = _role_combo(role)
        self.members.setCellWidget(row, 0, edit)
        self.members.setCellWidget(row, 1, combo)

    def _store_current(self) -> bool:
        """Write the form back into the team list; False (with a message) if invalid."""
        if not 0 <= self._current < len(self._teams):
            return True
        members = []
        for row in range(self.members.rowCount()):
            edit = self.members.cellWidget(row, 0)
            combo = self.members.cellWidget(row, 1)
            assert isinstance(edit, QLineEdit) and isinstance(combo, QComboBox)
            if not edit.text().strip():
                continue
            members.append((edit.text(), Role(combo.currentData())))
        old = self._teams[self._current]
        # An unchanged member keeps its id, so an unchanged team stays equal: saving the
        # dialog then writes no edit of it over another seat's (see workshop_edits).
        known = {(m.name, m.role): m.id for m in reversed(old.members)}
        try:
            team = Team(
                id=old.id,
                name=self.team_name.text(),
                members=tuple(
                    Member(id=known.pop((n.strip(), r), None) or new_id(), name=n, role=r)
                    for n, r in members
                ),
            )
        except ValidationError as err:
            first = err.errors(include_url=False)[0]
            self.error.setText(
                translate("dialogs", "Check {where}: {msg}").format(
                    where=".".join(str(p) for p in first["loc"])
                    or translate("dialogs", "the team"),
                    msg=validation_message(first, bare=True),
                )
            )
            return False
        self._teams[self._current] = team
        self.team_list.item(self._current).setText(team.name)
        self.error.clear()
        return True

    def _switch(self, row: int) -> None:
        if row == self._current:
            return
        if not self._store_current():
            self.team_list.blockSignals(True)
            self.team_list.setCurrentRow(self._current)
            self.team_list.blockSignals(False)
            return
        self._current = row
        self.members.setRowCount(0)
        if 0 <= row < len(self._teams):
            team = self._teams[row]
            self.team_name.setText(team.name)
            for member in team.members:
                self._add_member_row(member.name, member.role)

    def _add_team(self) -> None:
        if not self._store_current():
            return
        team = Team(name=translate("dialogs", "Team {n}").format(n=len(self._teams) + 1))
        self._teams.append(team)
        self.team_list.addItem(team.name)
        self.team_list.setCurrentRow(len(self._teams) - 1)

    def _remove_team(self) -> None:
        row = self.team_list.currentRow()
        if 0 <= row < len(self._teams):
            del self._teams[row]
            self._current = -1
            self.team_list.takeItem(row)

    def accept(self) -> None:
        """Close with the edited workshop, if every team is valid."""
        if not self._store_current():
            return
        self.result_workshop = self._workshop.model_copy(update={"teams": tuple(self._teams)})
        super().accept()


class NewStrategyDialog(QDialog):
    """A strategy for a team from a scenario: team, scenario, name."""

    def __init__(
        self, teams: Sequence[Team], scenarios: Sequence[Scenario], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs", "New strategy"))
        self.setAccessibleName(translate("dialogs", "New strategy"))
        form = QFormLayout(self)
        self.team = QComboBox()
        self.team.addItem(translate("dialogs", "(no team)"), None)
        for team in teams:
            self.team.addItem(team.name, team.id)
        self.team.setAccessibleName(translate("dialogs", "Team"))
        self.scenario = QComboBox()
        for scenario in scenarios:
            self.scenario.addItem(scenario.title, scenario.key)
            self.scenario.setItemData(self.scenario.count() - 1, scenario.summary, 3)
        self.scenario.setAccessibleName(translate("dialogs", "Scenario"))
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("dialogs", "Strategy name"))
        self.error = _error_label()
        form.addRow(translate("dialogs", "&Team"), self.team)
        form.addRow(translate("dialogs", "&Scenario"), self.scenario)
        form.addRow(translate("dialogs", "&Name"), self.name)
        form.addRow(self.error)
        form.addRow(_buttons(self))
        self.team.currentIndexChanged.connect(self._suggest)
        self.scenario.currentIndexChanged.connect(self._suggest)
        self._suggest()

    def _suggest(self) -> None:
        team = self.team.currentText() if self.team.currentData() else ""
        scenario = self.scenario.currentText()
        self.name.setText(f"{team} — {scenario}" if team else scenario)

    def values(self) -> tuple[str | None, str, str]:
        """The team id (or None), scenario key and trimmed name."""
        return self.team.currentData(), str(self.scenario.currentData()), self.name.text().strip()

    def accept(self) -> None:
        """Close only with a scenario and a usable name."""
        _team, scenario, name = self.values()
        if not scenario or scenario == "None":
            self.error.setText(translate("dialogs", "Choose a scenario."))
            return
        if not name or len(name) > 120:
            self.error.setText(translate("dialogs", "The name must have 1 to 120 characters."))
            return
        super().accept()
