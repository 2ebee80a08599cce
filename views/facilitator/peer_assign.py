"""The facilitator's peer round editor: who reviews whom, round-robin, lock and unlock.

Every edit goes through ``app.review.peers`` and emits the new ``PeerRound``
for the caller to store. A team chosen to review itself is refused with a
message and the row goes back to what it was; a locked round cannot be edited
until it is unlocked. Imbalances after manual edits are shown as warnings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.errors import ReviewError
from app.review.peers import TeamEntry, assign, lock, problems, round_robin, unassign, unlock
from models.review import PeerAssignment, PeerRound
from views.facilitator.common import Banner, font, named, plain_label
from views.facilitator.peer_form import locked_text


class AssignmentEditor(QWidget):
    """A table of reviewer team → reviewed team, editable until the round is locked.

    Signals:
        round_changed(object): the new ``PeerRound`` after every accepted edit.
    """

    round_changed = Signal(object)

    def __init__(
        self,
        peer_round: PeerRound,
        teams: Sequence[TeamEntry],
        team_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """Build the editor.

        Args:
            peer_round: the round to edit.
            teams: the teams taking part, each with the strategy others review.
            team_names: team id → name.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.peer_round = peer_round
        self.teams = tuple(teams)
        self.names = dict(team_names)
        named(
            self,
            translate("facilitator", "Peer review assignments"),
            translate("facilitator", "Which team reviews which strategy"),
        )
        layout = QVBoxLayout(self)
        self.heading = plain_label()
        self.heading.setFont(font(15, bold=True))
        self.heading.setAccessibleName(translate("facilitator", "Round"))
        layout.addWidget(self.heading)
        self.lock_banner = Banner(translate("facilitator", "Round locked"))
        layout.addWidget(self.lock_banner)
        self.table = named(
            QTableWidget(0, 2),
            translate("facilitator", "Assignments"),
            translate(
                "facilitator", "Each row: the reviewer team and the team whose strategy it reviews"
            ),
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("facilitator", "Reviewer team"),
                translate("facilitator", "Reviews the strategy of"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        self.message = Banner(translate("facilitator", "Assignment message"))
        layout.addWidget(self.message)
        self.warnings = Banner(translate("facilitator", "Assignment warnings"))
        layout.addWidget(self.warnings)
        layout.addLayout(self._buttons())
        self._show()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = self._button(
            translate("facilitator", "Add"),
            translate("facilitator", "Add an assignment"),
            self.add_assignment,
        )
        self.remove_button = self._button(
            translate("facilitator", "Remove"),
            translate("facilitator", "Remove the selected assignment"),
            self.remove_selected,
        )
        self.offset = named(
            QSpinBox(),
            translate("facilitator", "Round-robin offset"),
            translate("facilitator", "Each team reviews the team this many places after it"),
        )
        self.offset.setRange(1, max(1, len(self.teams) - 1))
        self.robin_button = self._button(
            translate("facilitator", "Round-robin"),
            translate("facilitator", "Replace the assignments with a round-robin"),
            self.round_robin,
        )
        self.lock_button = self._button(
            translate("facilitator", "Lock round"),
            translate("facilitator", "Lock or unlock the round"),
            self.toggle_lock,
        )
        for button in (self.add_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(plain_label(translate("facilitator", "Offset"), wrap=False))
        for widget in (self.offset, self.robin_button, self.lock_button):
            row.addWidget(widget)
        return row

    def _button(self, text: str, description: str, slot: object) -> QPushButton:
        button = named(QPushButton(text), text, description)
        button.clicked.connect(slot)
        return button

    # -- display ---------------------------------------------------------------------------

    def name(self, team_id: str) -> str:
        """A team's name (its id when unknown)."""
        return self.names.get(team_id, team_id)

    def _show(self) -> None:
        peer_round = self.peer_round
        locked = peer_round.locked
        self.heading.setText(
            translate("facilitator", "{round} · {count} assignments").format(
                round=peer_round.name, count=len(peer_round.assignments)
            )
        )
        self.table.setRowCount(len(peer_round.assignments))
        for row, assignment in enumerate(peer_round.assignments):
            for column, team_id in enumerate(
                (assignment.reviewer_team_id, assignment.reviewed_team_id)
            ):
                combo = self._combo(row, column, team_id)
                combo.setEnabled(not locked)
                self.table.setCellWidget(row, column, combo)
        for widget in (self.add_button, self.remove_button, self.robin_button, self.offset):
            widget.setEnabled(not locked)
        self.lock_button.setText(
            translate("facilitator", "Unlock round")
            if locked
            else translate("facilitator", "Lock round")
        )
        self.lock_button.setAccessibleName(self.lock_button.text())
        if locked:
            self.lock_banner.show_text(locked_text(peer_round), "warning")
        else:
            self.lock_banner.clear_text()
        found = problems(peer_round, [t.team_id for t in self.teams])
        if found:
            text = "\n".join(self._named(p) for p in found)
            self.warnings.show_text(text, "warning")
        else:
            self.warnings.clear_text()

    def _named(self, text: str) -> str:
        # The service names teams by id; people know them by name.
        for team in self.teams:
            text = text.replace(repr(team.team_id), f"“{self.name(team.team_id)}”")
        return text

    def _combo(self, row: int, column: int, team_id: str) -> QComboBox:
        combo = QComboBox()
        label = (
            translate("facilitator", "Reviewer team, row {row}")
            if column == 0
            else translate("facilitator", "Team reviewed, row {row}")
        )
        named(combo, label.format(row=row + 1))
        known = [t.team_id for t in self.teams]
        for team in self.teams:
            combo.addItem(self.name(team.team_id), team.team_id)
        if team_id not in known:
            combo.addItem(self.name(team_id), team_id)
        combo.setCurrentIndex(combo.findData(team_id))
        combo.currentIndexChanged.connect(
            lambda _index, r=row, c=column, box=combo: self._edited(r, c, str(box.currentData()))
        )
        return combo

    # -- edits -----------------------------------------------------------------------------

    def _entry(self, team_id: str) -> TeamEntry | None:
        return next((t for t in self.teams if t.team_id == team_id), None)

    def _edited(self, row: int, column: int, team_id: str) -> None:
        old = self.peer_round.assignments[row]
        reviewer = team_id if column == 0 else old.reviewer_team_id
        reviewed = team_id if column == 1 else old.reviewed_team_id
        if reviewer == reviewed:
            self._refuse(
                translate("facilitator", "{team} cannot review its own strategy.").format(
                    team=self.name(reviewer)
                )
            )
            return
        target = self._entry(reviewed)
        strategy_id = target.strategy_id if target is not None else old.strategy_id
        self._replace(old, reviewer, reviewed, strategy_id)

    def _replace(self, old: PeerAssignment, reviewer: str, reviewed: str, strategy_id: str) -> None:
        try:
            edited = unassign(self.peer_round, old.reviewer_team_id, old.strategy_id)
            edited = assign(edited, reviewer, reviewed, strategy_id)
        except ReviewError as err:
            self._refuse(self._named(str(err)))
            return
        # Keep the row where it was, so the table does not jump under the pointer.
        moved = list(edited.assignments)
        moved.insert(self.peer_round.assignments.index(old), moved.pop())
        self._accept(edited.model_copy(update={"assignments": tuple(moved)}))

    def _refuse(self, text: str) -> None:
        self.message.show_text(text, "error")
        self._show()  # put the combos back as the round says

    def _accept(self, peer_round: PeerRound) -> None:
        self.message.clear_text()
        self.peer_round = peer_round
        self._show()
        self.round_changed.emit(peer_round)

    def set_round(self, peer_round: PeerRound) -> None:
        """Show another state of the round (after it was stored or changed elsewhere)."""
        self.peer_round = peer_round
        self._show()

    def add_assignment(self) -> None:
        """Add the first reviewer → reviewed pair the round lacks."""
        for reviewer in self.teams:
            for target in self.teams:
                if reviewer.team_id == target.team_id:
                    continue
                if self.peer_round.assignment(reviewer.team_id, target.strategy_id) is None:
                    try:
                        edited = assign(
                            self.peer_round, reviewer.team_id, target.team_id, target.strategy_id
                        )
                    except ReviewError as err:
                        self._refuse(self._named(str(err)))
                        return
                    self._accept(edited)
                    return
        self._refuse(
            translate("facilitator", "Every team is already assigned every other team's strategy.")
        )

    def remove_selected(self) -> None:
        """Remove the selected row's assignment."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.peer_round.assignments):
            self._refuse(translate("facilitator", "Select an assignment to remove."))
            return
        old = self.peer_round.assignments[row]
        try:
            edited = unassign(self.peer_round, old.reviewer_team_id, old.strategy_id)
        except ReviewError as err:
            self._refuse(self._named(str(err)))
            return
        self._accept(edited)

    def round_robin(self) -> None:
        """Replace the assignments with a round-robin at the chosen offset."""
        if self.peer_round.locked:
            self._refuse(locked_text(self.peer_round))
            return
        try:
            assignments = round_robin(self.teams, self.offset.value())
        except ReviewError as err:
            self._refuse(self._named(str(err)))
            return
        self._accept(self.peer_round.model_copy(update={"assignments": assignments}))

    def toggle_lock(self) -> None:
        """Lock an open round; unlock a locked one."""
        self._accept(unlock(self.peer_round) if self.peer_round.locked else lock(self.peer_round))
