"""The Evaluate stage's individual reflection: one form per participant (and one for the
facilitator), with the workshop's questions and a self-assessment per lane.

Pick a person, answer, Save. The form makes ``Reflection`` records and emits
them (``save_requested``); it never writes to the store itself. Answers typed and
not saved are never dropped: choosing another person first asks for them to be
saved, and the status never says "Saved" over text typed since. "Export paper"
asks for the participant's reflection paper (PDF or Markdown) with their team's
plan attached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.reflections import Questions, Reflection, ReflectionKind
from models.phases import ALL_PHASES, Phase
from models.workshop import Workshop
from views.labels import phase_label, role_label

MAX_ANSWER = 4_000


@dataclass(frozen=True)
class Person:
    """Someone who reflects: a team member, or the facilitator (``team_id`` None)."""

    name: str
    team_id: str | None
    team: str
    role: str

    @property
    def kind(self) -> ReflectionKind:
        """Whose form it is."""
        return ReflectionKind.FACILITATOR if self.team_id is None else ReflectionKind.PARTICIPANT

    @property
    def label(self) -> str:
        """How the picker lists the person."""
        if self.team_id is None:
            return translate("facilitator", "{name} — the facilitator").format(name=self.name)
        return f"{self.name} — {self.team}"


def people(workshop: Workshop) -> list[Person]:
    """Every member of every team, then the facilitator."""
    found = [
        Person(member.name, team.id, team.name, member.role.value)
        for team in workshop.teams
        for member in team.members
    ]
    found.append(
        Person(workshop.facilitator or translate("facilitator", "Facilitator"), None, "", "")
    )
    return found


def _ident(widget: QWidget, object_name: str, name: str, description: str = "") -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class ReflectionForm(QWidget):
    """Pick a person, answer the questions, rate the lanes; save; export the paper.

    Signals:
        save_requested(object): a ``Reflection`` to store.
        export_requested(object, str): a ``Reflection`` and "pdf" or "md".
    """

    save_requested = Signal(object)
    export_requested = Signal(object, str)

    def __init__(
        self,
        workshop: Workshop,
        questions: Questions,
        stored: Sequence[Reflection],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _ident(
            self,
            "reflection_form",
            translate("facilitator", "Individual reflection"),
            translate("facilitator", "Each participant answers on their own; the facilitator too."),
        )
        self.workshop = workshop
        self.questions = questions
        self._stored: dict[tuple[str, str], Reflection] = {
            (r.kind.value, r.author.casefold()): r for r in stored
        }
        self.people = people(workshop)
        column = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "facilitator",
                "Individual reflection: each participant, on their own, on applying MLOps in "
                "their organisation. Pick your name, answer, and Save.",
            )
        )
        _ident(intro, "reflection_intro", translate("facilitator", "About the reflection"))
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.person = QComboBox()
        _ident(self.person, "reflection_person", translate("facilitator", "Who is reflecting"))
        for person in self.people:
            self.person.addItem(person.label)
        column.addWidget(self.person)
        self.answers_box = QGroupBox(translate("facilitator", "Questions"))
        _ident(
            self.answers_box,
            "reflection_questions",
            translate("facilitator", "Reflection questions"),
        )
        self.answers_layout = QFormLayout(self.answers_box)
        column.addWidget(self.answers_box)
        self.confidence_box = QGroupBox(
            translate("facilitator", "Self-assessment: how confident are you in each lane?")
        )
        _ident(
            self.confidence_box,
            "reflection_confidence",
            translate("facilitator", "Self-assessment per lane"),
        )
        grid = QFormLayout(self.confidence_box)
        self.confidence: dict[Phase, QComboBox] = {}
        for phase in ALL_PHASES:
            box = QComboBox()
            _ident(
                box,
                f"reflection_confidence_{phase.value}",
                translate("facilitator", "Confidence in {lane}").format(lane=phase_label(phase)),
            )
            box.addItem(translate("facilitator", "Not rated"), None)
            for level in (1, 2, 3, 4):
                box.addItem(f"{level} · {questions.level_name(level)}", level)
            box.currentIndexChanged.connect(lambda _i: self._edited())
            self.confidence[phase] = box
            grid.addRow(phase_label(phase), box)
        column.addWidget(self.confidence_box)
        row = QHBoxLayout()
        self.save_button = QPushButton(translate("facilitator", "Save reflection"))
        _ident(self.save_button, "reflection_save", translate("facilitator", "Save reflection"))
        self.pdf_button = QPushButton(translate("facilitator", "Export paper (PDF)…"))
        _ident(
            self.pdf_button,
            "reflection_export_pdf",
            translate("facilitator", "Export the reflection paper as PDF"),
            translate(
                "facilitator", "The answers and self-assessment, with the team's plan attached."
            ),
        )
        self.md_button = QPushButton(translate("facilitator", "Export paper (Markdown)…"))
        _ident(
            self.md_button,
            "reflection_export_md",
            translate("facilitator", "Export the reflection paper as Markdown"),
            translate(
                "facilitator", "The answers and self-assessment, with the team's plan attached."
            ),
        )
        for button in (self.save_button, self.pdf_button, self.md_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = QLabel()
        _ident(self.status, "reflection_status", translate("facilitator", "Reflection status"))
        column.addWidget(self.status)
        column.addStretch(1)
        self.edits: dict[str, QPlainTextEdit] = {}
        self._shown: Person | None = None
        self._loading = False
        self.dirty = False
        """Whether the shown form holds answers typed since it was loaded or saved."""
        self.person.currentIndexChanged.connect(lambda _i: self._show_person())
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(
            lambda: self.export_requested.emit(self.reflection(), "pdf")
        )
        self.md_button.clicked.connect(lambda: self.export_requested.emit(self.reflection(), "md"))
        self._show_person()

    # -- showing one person ----------------------------------------------------------------

    @property
    def current(self) -> Person:
        """The person whose form is shown."""
        return self.people[max(0, self.person.currentIndex())]

    def choose(self, name: str) -> bool:
        """Show the form of the person of this name (True if found)."""
        for index, person in enumerate(self.people):
            if person.name.casefold() == name.casefold():
                self.person.setCurrentIndex(index)
                return True
        return False

    def _edited(self) -> None:
        if self._loading or self.dirty:
            return
        self.dirty = True
        self.status.setText(translate("facilitator", "Not saved yet: Save keeps these answers"))

    def _show_person(self) -> None:
        if self.dirty and self._shown is not None:
            # Another name was chosen with answers still unsaved: keep them first.
            self.save_requested.emit(self.reflection_of(self._shown))
        self.dirty = False
        self._loading = True
        try:
            self._load(self.current)
        finally:
            self._loading = False

    def _load(self, person: Person) -> None:
        self._shown = person
        while self.answers_layout.rowCount():
            self.answers_layout.removeRow(0)
        self.edits = {}
        stored = self._stored.get((person.kind.value, person.name.casefold()))
        for number, question in enumerate(self.questions.for_kind(person.kind), start=1):
            edit = QPlainTextEdit()
            _ident(edit, f"reflection_answer_{question.key}", question.question)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
            edit.setMaximumHeight(130)
            edit.setPlainText(stored.answers.get(question.key, "") if stored else "")
            edit.textChanged.connect(self._edited)
            label = QLabel(f"{number}. {question.question}")
            _ident(label, f"reflection_question_{question.key}", question.question)
            label.setWordWrap(True)
            label.setBuddy(edit)
            self.answers_layout.addRow(label)
            self.answers_layout.addRow(edit)
            self.edits[question.key] = edit
        participant = person.kind is ReflectionKind.PARTICIPANT
        self.confidence_box.setVisible(participant)
        for phase, box in self.confidence.items():
            level = stored.confidence.get(phase) if stored else None
            box.setCurrentIndex(max(0, box.findData(level)))
        self.pdf_button.setEnabled(participant)
        self.md_button.setEnabled(participant)
        who = role_label_or_blank(person.role)
        self.status.setText(
            translate("facilitator", "Saved {time}").format(time=stored.updated_at)
            if stored and stored.updated_at
            else translate("facilitator", "Not saved yet") + (f" · {who}" if who else "")
        )

    def reflection(self) -> Reflection:
        """The form as a ``Reflection`` record (the stored id kept)."""
        return self.reflection_of(self._shown or self.current)

    def reflection_of(self, person: Person) -> Reflection:
        """The answers on the form as ``person``'s reflection (the form shows theirs)."""
        stored = self._stored.get((person.kind.value, person.name.casefold()))
        answers = {
            key: edit.toPlainText()[:MAX_ANSWER]
            for key, edit in self.edits.items()
            if edit.toPlainText().strip()
        }
        confidence = (
            {p: int(b.currentData()) for p, b in self.confidence.items() if b.currentData()}
            if person.kind is ReflectionKind.PARTICIPANT
            else {}
        )
        values: dict[str, object] = {
            "workshop_id": self.workshop.id,
            "kind": person.kind,
            "author": person.name,
            "team_id": person.team_id,
            "role": person.role,
            "answers": answers,
            "confidence": confidence,
        }
        if stored is not None:
            values["id"] = stored.id
        return Reflection.model_validate(values)

    def save(self) -> None:
        """Ask for the shown reflection to be stored."""
        self.save_requested.emit(self.reflection())

    def saved(self, reflection: Reflection) -> None:
        """Remember what was stored (the controller calls this after writing)."""
        self._stored[(reflection.kind.value, reflection.author.casefold())] = reflection
        shown = self._shown
        if shown is not None and (shown.kind, shown.name.casefold()) == (
            reflection.kind,
            reflection.author.casefold(),
        ):
            self.dirty = False
            self.status.setText(
                translate("facilitator", "Saved {time}").format(time=reflection.updated_at)
            )


def role_label_or_blank(role: str) -> str:
    """A role's label from its stored value ("" when none)."""
    from models.vocabulary import Role

    try:
        return role_label(Role(role)) if role else ""
    except ValueError:
        return role
