"""Workshop setup the plain workshop dialogs lack: the agenda's stages, members from CSV,
and a question before a team that has reviews is removed.

``AgendaDialog`` edits the stages and their minutes (the default five-stage
agenda one click away). ``ReviewedTeamsDialog`` is the teams dialog plus a
members-CSV import — bad rows are listed with their line numbers and skipped
only when the user agrees —, a confirmation before removing a team that
peer reviews refer to (the reviews themselves are kept), and a refusal, with
the strategies named, to remove a team that still has strategies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.errors import CsvFormatError
from app.review.members_csv import MemberImport, merge_teams, read_members
from app.review.peers import TeamReferences, references_to_team
from app.store import Store, StrategySummary
from models.errors import validation_message
from models.review import Agenda, Stage
from models.workshop import Workshop
from views.dialogs.workshop import TeamsDialog
from views.facilitator.common import (
    Banner,
    agenda_stage_about,
    agenda_stage_label,
    named,
    stored_stage_text,
)

Confirm = Callable[[str, str], bool]
MAX_PROBLEMS_SHOWN = 12
MAX_OWNED_SHOWN = 5


class AgendaDialog(QDialog):
    """The workshop's stages in order, each with a name, minutes and a short description."""

    def __init__(self, agenda: Agenda, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("facilitator", "Workshop agenda"))
        named(
            self,
            translate("facilitator", "Workshop agenda"),
            translate("facilitator", "The stages of the workshop and their minutes"),
        )
        layout = QVBoxLayout(self)
        self.table = named(
            QTableWidget(0, 3),
            translate("facilitator", "Stages"),
            translate("facilitator", "Name, minutes and description"),
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("facilitator", "Stage"),
                translate("facilitator", "Minutes"),
                translate("facilitator", "About"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # The minutes column follows its heading and spin boxes (at 200 % font scale
        # "Minutes" outgrew the default section).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        buttons = (
            (
                translate("facilitator", "Add stage"),
                translate("facilitator", "Add a stage at the end"),
                self.add_stage,
            ),
            (
                translate("facilitator", "Remove stage"),
                translate("facilitator", "Remove the selected stage"),
                self.remove_stage,
            ),
            (
                translate("facilitator", "Move up"),
                translate("facilitator", "Move the selected stage up"),
                lambda: self._move(-1),
            ),
            (
                translate("facilitator", "Move down"),
                translate("facilitator", "Move the selected stage down"),
                lambda: self._move(1),
            ),
            (
                translate("facilitator", "Default agenda"),
                translate("facilitator", "Restore the five default stages"),
                self.restore_default,
            ),
        )
        for text, name, slot in buttons:
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        self.error = Banner(translate("facilitator", "Agenda problem"))
        layout.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        named(box, translate("facilitator", "Dialog buttons"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.agenda: Agenda | None = None
        self.show_agenda(agenda)
        self.resize(720, 420)

    def show_agenda(self, agenda: Agenda) -> None:
        """Fill the table with ``agenda``'s stages."""
        self.table.setRowCount(0)
        for stage in agenda.stages:
            self._add_row(stage.name, stage.minutes, stage.description)

    def add_stage(self) -> None:
        """Append a 15-minute stage."""
        self._add_row(
            translate("facilitator", "Stage {n}").format(n=self.table.rowCount() + 1), 15, ""
        )

    def remove_stage(self) -> None:
        """Remove the selected stage (the agenda keeps at least one)."""
        if self.table.rowCount() > 1:
            self.table.removeRow(max(0, self.table.currentRow()))

    def restore_default(self) -> None:
        """Engage 30, Explore 60, Explain 60, Elaborate 60, Evaluate 30."""
        self.show_agenda(Agenda.default())

    def stages(self) -> list[tuple[str, int, str]]:
        """The rows as (name, minutes, description)."""
        return [self._row(r) for r in range(self.table.rowCount())]

    def accept(self) -> None:
        """Close only with a valid agenda."""
        try:
            self.agenda = Agenda(
                stages=tuple(
                    Stage(name=name, minutes=minutes, description=about)
                    for name, minutes, about in self.stages()
                )
            )
        except ValidationError as err:
            first = err.errors(include_url=False)[0]
            where = [str(p) for p in first["loc"]]
            row = next((int(p) for p in where if p.isdigit()), None)
            prefix = (
                translate("facilitator", "Stage {n}: ").format(n=row + 1) if row is not None else ""
            )
            self.error.show_text(prefix + validation_message(first, bare=True), "error")
            return
        super().accept()

    def _add_row(self, name: str, minutes: int, about: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        spin = named(QSpinBox(), translate("facilitator", "Minutes of the stage"))
        spin.setRange(1, 600)
        spin.setValue(minutes)
        # A default stage is shown in the interface language and stored in English.
        self.table.setCellWidget(
            row,
            0,
            named(QLineEdit(agenda_stage_label(name)), translate("facilitator", "Stage name")),
        )
        self.table.setCellWidget(row, 1, spin)
        self.table.setCellWidget(
            row,
            2,
            named(
                QLineEdit(agenda_stage_about(about)), translate("facilitator", "About the stage")
            ),
        )

    def _row(self, row: int) -> tuple[str, int, str]:
        name, spin, about = (self.table.cellWidget(row, c) for c in range(3))
        assert isinstance(name, QLineEdit) and isinstance(spin, QSpinBox)
        assert isinstance(about, QLineEdit)
        return stored_stage_text(name.text()), spin.value(), stored_stage_text(about.text())

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        rows = self.stages()
        rows[row], rows[other] = rows[other], rows[row]
        self.table.setRowCount(0)
        for stage in rows:
            self._add_row(*stage)
        self.table.setCurrentCell(other, 0)


def team_references(
    store: Store, workshop_id: str, strategies: Sequence[StrategySummary]
) -> Callable[[str], TeamReferences]:
    """What refers to each team of a workshop (read once, when the teams dialog opens)."""
    rounds = store.list_rounds(workshop_id)
    feedback = store.list_feedback(workshop_id=workshop_id)

    def refs(team_id: str) -> TeamReferences:
        own = [s.id for s in strategies if s.team_id == team_id]
        return references_to_team(team_id, own, rounds, feedback)

    return refs


def problems_text(found: MemberImport) -> str:
    """The bad rows of a members file, one per line with its line number (the first dozen)."""
    lines = [str(p) for p in found.problems[:MAX_PROBLEMS_SHOWN]]
    if len(found.problems) > MAX_PROBLEMS_SHOWN:
        lines.append(
            translate("facilitator", "… and {n} more").format(
                n=len(found.problems) - MAX_PROBLEMS_SHOWN
            )
        )
    return "\n".join(lines)


def ask_members_file(parent: QWidget | None) -> Path | None:
    """The native open dialog for a members CSV; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("facilitator", "Import members"),
        "",
        translate("facilitator", "CSV files (*.csv);;All files (*)"),
    )
    return Path(path) if path else None


class ReviewedTeamsDialog(TeamsDialog):
    """The teams dialog with a members-CSV import, asking before a reviewed team goes."""

    def __init__(
        self,
        workshop: Workshop,
        parent: QWidget | None,
        *,
        references: Callable[[str], TeamReferences],
        confirm: Confirm,
        choose_file: Callable[[QWidget | None], Path | None] = ask_members_file,
        strategies: Callable[[str], Sequence[str]] | None = None,
    ) -> None:
        super().__init__(workshop, parent)
        self._references = references
        self._strategies = strategies
        self._confirm = confirm
        self._choose_file = choose_file
        self.import_button = named(
            QPushButton(translate("facilitator", "Import members (CSV)…")),
            translate("facilitator", "Import members from a CSV file"),
            translate("facilitator", "A CSV with the header team,name,role; one member a row"),
        )
        self.import_button.clicked.connect(self._import_clicked)
        self.notice = Banner(translate("facilitator", "Import result"))
        left = self._left_column()
        if left is not None:
            left.addWidget(self.import_button)
            left.addWidget(self.notice)

    def _left_column(self) -> QLayout | None:
        outer = self.layout()
        item = outer.itemAt(0) if outer is not None else None
        return item.layout() if item is not None else None

    @property
    def teams(self) -> tuple[str, ...]:
        """The team names as listed now."""
        return tuple(t.name for t in self._teams)

    def _import_clicked(self) -> None:
        self.import_members()

    def import_members(self, path: Path | None = None) -> bool:
        """Add the members of a CSV file; bad rows are skipped only if the user agrees.

        Returns:
            True when members were added.
        """
        path = path or self._choose_file(self)
        if path is None:
            return False
        try:
            found = read_members(path)
        except CsvFormatError as err:
            self.notice.show_text(str(err), "error")
            return False
        if found.problems:
            question = translate(
                "facilitator",
                "{n} rows of {file} cannot be used:\n\n{rows}\n\nSkip them and import the "
                "other {good} rows?",
            ).format(
                n=len(found.problems),
                file=path.name,
                rows=problems_text(found),
                good=len(found.rows),
            )
            if not found.rows or not self._confirm(
                translate("facilitator", "Import members"), question
            ):
                self.notice.show_text(
                    translate("facilitator", "Nothing imported. {rows}").format(
                        rows=problems_text(found)
                    ),
                    "error",
                )
                return False
        if not self._store_current():
            return False
        self._teams = list(merge_teams(found.rows, self._teams))
        self._current = -1
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in self._teams:
            self.team_list.addItem(team.name)
        self.team_list.blockSignals(False)
        self.team_list.setCurrentRow(0 if self._teams else -1)
        self._switch(self.team_list.currentRow())
        skipped = len(found.problems)
        self.notice.show_text(
            translate("facilitator", "Imported {n} members; {skipped} rows skipped.").format(
                n=len(found.rows), skipped=skipped
            ),
            "info",
        )
        return True

    def _remove_team(self) -> None:
        row = self.team_list.currentRow()
        if not 0 <= row < len(self._teams):
            return
        team = self._teams[row]
        owned = list(self._strategies(team.id)) if self._strategies is not None else []
        if owned:
            # Refused here, before OK: the database would refuse it too (a strategy
            # without its team could no longer be exported and imported).
            names = ", ".join(f"“{name}”" for name in owned[:MAX_OWNED_SHOWN])
            more = len(owned) - MAX_OWNED_SHOWN
            if more > 0:
                names += translate("facilitator", " and {n} more").format(n=more)
            self.notice.show_text(
                translate(
                    "facilitator",
                    "{team} cannot be removed: it still has {n} strategies ({names}). Give "
                    "them to another team or delete them first.",
                ).format(team=team.name, n=len(owned), names=names),
                "error",
            )
            return
        refs = self._references(team.id)
        if refs.any:
            question = translate(
                "facilitator",
                "{team} takes part in peer review: {a} assignments, {g} feedback entries "
                "given, {r} received.\n\nRemove the team? Its reviews stay in the database "
                "and in the workshop's export.",
            ).format(
                team=team.name,
                a=refs.assignments,
                g=refs.feedback_given,
                r=refs.feedback_received,
            )
            if not self._confirm(translate("facilitator", "Remove a reviewed team"), question):
                return
        super()._remove_team()
