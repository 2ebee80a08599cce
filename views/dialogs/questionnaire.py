"""The guided questionnaire: plain questions in, a profile and its reasoning out.

The questions and the scoring are ``app.checker.questionnaire``'s; this page
asks them in order, shows a follow-up question only when an earlier answer
makes it relevant, and recomputes the assessment after every answer so the
team sees the reasoning ("Harm is difficult to reverse: +4") and what would
change in the profile before it presses "Apply".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.checker.questionnaire import (
    QUESTIONS,
    Answer,
    AnswerError,
    Assessment,
    Question,
    assess,
    is_asked,
)
from app.i18n import translate
from models.profile import Profile
from models.rules import RulePack
from views.dialogs.profile_labels import field_label
from views.dialogs.questionnaire_texts import QUESTION_TEXTS
from views.labels import scope_reason
from views.widgets.marks import named
from views.widgets.wrap_check import WrapCheck
from views.widgets.wrap_combo import WrapCombo


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(_show(v) for v in value) or translate("questionnaire", "none")
    if isinstance(value, bool):
        return translate("questionnaire", "yes") if value else translate("questionnaire", "no")
    if value is None:
        return translate("questionnaire", "none")
    roman = getattr(value, "roman", None)
    return str(roman) if roman else str(getattr(value, "value", value))


def profile_changes(old: Profile, new: Profile) -> list[str]:
    """One line per field that differs: "Impact level: I → III"."""
    return [
        translate("questionnaire", "{field}: {old} → {new}").format(
            field=field_label(name), old=_show(getattr(old, name)), new=_show(getattr(new, name))
        )
        for name in Profile.model_fields
        if getattr(old, name) != getattr(new, name)
    ]


class _QuestionRow(QGroupBox):
    """One question with its answer widgets (yes/no radios, a choice list, or checkboxes)."""

    def __init__(self, number: int, question: Question, on_change: Any) -> None:
        super().__init__(translate("questionnaire", "Question {n}").format(n=number))
        self.question = question
        text = translate("questionnaire", QUESTION_TEXTS.get(question.text, question.text))
        named(
            self,
            text,
            translate("questionnaire", QUESTION_TEXTS.get(question.help, question.help))
            if question.help
            else "",
        )
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        named(label, text)
        layout.addWidget(label)
        self.group: QButtonGroup | None = None
        self.combo: QComboBox | None = None
        self.checks: dict[str, QCheckBox] = {}
        if question.kind == "yes-no":
            row = QHBoxLayout()
            self.group = QButtonGroup(self)
            for yes, word in (
                (True, translate("questionnaire", "Yes")),
                (False, translate("questionnaire", "No")),
            ):
                radio = QRadioButton(word)
                named(radio, f"{word.replace('&', '')}: {text}")
                radio.setProperty("answer", yes)
                self.group.addButton(radio)
                row.addWidget(radio)
            row.addStretch(1)
            layout.addLayout(row)
            self.group.buttonToggled.connect(lambda *_: on_change())
        elif question.kind == "choice":
            self.combo = WrapCombo()
            self.combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.combo.setMinimumContentsLength(12)
            self.combo.addItem(translate("questionnaire", "— not answered —"), None)
            for choice, words in question.choices:
                self.combo.addItem(
                    translate("questionnaire", QUESTION_TEXTS.get(words, words)), choice
                )
            named(self.combo, text)
            self.combo.currentIndexChanged.connect(lambda *_: on_change())
            layout.addWidget(self.combo)
        else:
            for option, words in question.choices:
                # A wrapping row: the French prohibitions run to 1,000 px on one line.
                wrapped = WrapCheck(translate("questionnaire", QUESTION_TEXTS.get(words, words)))
                check = wrapped.box
                check.setAccessibleDescription(text)
                check.toggled.connect(lambda *_: on_change())
                self.checks[option] = check
                layout.addWidget(wrapped)

    def answer(self) -> Answer | None:
        """The answer given, or None while unanswered."""
        if self.group is not None:
            button = self.group.checkedButton()
            return bool(button.property("answer")) if button is not None else None
        if self.combo is not None:
            data = self.combo.currentData()
            return str(data) if data is not None else None
        chosen = tuple(v for v, c in self.checks.items() if c.isChecked())
        return chosen or None

    def set_answer(self, value: Answer | None) -> None:
        """Answer the question as a user would (None clears the answer)."""
        if self.group is not None:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(value is not None and button.property("answer") == value)
            self.group.setExclusive(True)
        elif self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        else:
            chosen = set(value) if isinstance(value, tuple | list) else set()
            for key, check in self.checks.items():
                check.setChecked(key in chosen)


class QuestionnairePage(QWidget):
    """Asks the questionnaire, shows the reasoning live and offers to apply the profile.

    Signals:
        apply_requested(object): the assessed ``Profile`` the team chose to apply.
    """

    apply_requested = Signal(object)

    def __init__(
        self, base: Profile | None = None, packs: Mapping[str, RulePack] | None = None
    ) -> None:
        super().__init__()
        self._packs: Mapping[str, RulePack] = packs or {}
        named(
            self,
            translate("questionnaire", "Guided questionnaire"),
            translate(
                "questionnaire",
                "Answer plain questions; the impact level and profile facts follow.",
            ),
        )
        self._base = base or Profile()
        self._assessment: Assessment | None = None
        self._updating = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "questionnaire",
                "Answer what you can; follow-up questions appear when they matter. Unanswered "
                "questions keep the current profile's facts. The impact level is a workshop "
                "estimate on the thresholds of Canada's AIA tool, not an official assessment.",
            )
        )
        intro.setWordWrap(True)
        named(intro, translate("questionnaire", "How the questionnaire works"))
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Vertical)
        named(split, translate("questionnaire", "Questions and reasoning"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        named(scroll, translate("questionnaire", "Questions"))
        body = QWidget()
        named(body, translate("questionnaire", "Questions"))
        questions = QVBoxLayout(body)
        self.rows: dict[str, _QuestionRow] = {}
        for number, question in enumerate(QUESTIONS, start=1):
            row = _QuestionRow(number, question, self._answers_changed)
            self.rows[question.id] = row
            questions.addWidget(row)
        questions.addStretch(1)
        scroll.setWidget(body)
        split.addWidget(scroll)
        split.addWidget(self._result_box())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._answers_changed()

    def _result_box(self) -> QGroupBox:
        box = QGroupBox(translate("questionnaire", "Reasoning"))
        named(box, translate("questionnaire", "Reasoning"))
        layout = QVBoxLayout(box)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        named(self.verdict, translate("questionnaire", "Result"))
        self.reasons = QListWidget()
        self.reasons.setWordWrap(True)
        named(
            self.reasons,
            translate("questionnaire", "Reasoning lines"),
            translate(
                "questionnaire", "Each answer's points and what the resulting profile means."
            ),
        )
        self.scope = QListWidget()
        self.scope.setWordWrap(True)
        named(
            self.scope,
            translate("questionnaire", "Rule packs that apply"),
            translate(
                "questionnaire",
                "For each rule pack, whether it applies to the answers' profile and why.",
            ),
        )
        scope_label = QLabel(translate("questionnaire", "Which rule packs apply, and why:"))
        scope_label.setWordWrap(True)
        scope_label.setBuddy(self.scope)
        named(scope_label, translate("questionnaire", "Which rule packs apply, and why"))
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        named(self.changes, translate("questionnaire", "What would change"))
        self.apply_button = QPushButton(translate("questionnaire", "Appl&y this profile"))
        self.apply_button.setAutoDefault(True)
        named(
            self.apply_button,
            translate("questionnaire", "Apply this profile"),
            translate(
                "questionnaire",
                "Replace the strategy's profile with the one the answers give (undoable).",
            ),
        )
        self.apply_button.clicked.connect(self.apply)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(scope_label)
        layout.addWidget(self.scope, 1)
        layout.addWidget(self.changes)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    # -- answers and the assessment ---------------------------------------------------------

    def set_base(self, profile: Profile) -> None:
        """The profile unanswered questions fall back to (the strategy's current one)."""
        self._base = profile
        self._answers_changed()

    def answers(self) -> dict[str, Answer]:
        """The answers given to the questions currently asked."""
        given: dict[str, Answer] = {}
        for question in QUESTIONS:
            value = self.rows[question.id].answer()
            if value is not None and is_asked(question, given):
                given[question.id] = value
        return given

    def set_answers(self, answers: dict[str, Answer]) -> None:
        """Answer questions as a user would (others are cleared)."""
        self._updating = True
        for question in QUESTIONS:
            self.rows[question.id].set_answer(answers.get(question.id))
        self._updating = False
        self._answers_changed()

    def assessment(self) -> Assessment | None:
        """The assessment of the current answers (None if they could not be assessed)."""
        return self._assessment

    def _answers_changed(self) -> None:
        if self._updating:
            return
        answers = self.answers()
        for question in QUESTIONS:
            self.rows[question.id].setVisible(is_asked(question, answers))
        self.reasons.clear()
        self.scope.clear()
        try:
            self._assessment = assess(answers, self._base, self._packs)
        except AnswerError as err:
            self._assessment = None
            self.verdict.setText(
                translate("questionnaire", "These answers cannot be assessed: {e}").format(e=err)
            )
            self.apply_button.setEnabled(False)
            return
        result = self._assessment
        asked = sum(is_asked(q, answers) for q in QUESTIONS)
        self.verdict.setText(
            translate(
                "questionnaire",
                "{n} of {asked} questions answered. Impact level {level} (score {score}).",
            ).format(
                n=len(answers),
                asked=asked,
                level=result.profile.impact_level.roman,
                score=result.score,
            )
        )
        for line in result.reasons:
            self.reasons.addItem(line)  # composed by app.checker (its language)
        for scope in result.scope:
            self.scope.addItem(f"{scope.title}: {scope_reason(scope)}")
        changes = profile_changes(self._base, result.profile)
        self.changes.setText(
            translate("questionnaire", "Applying changes: {changes}").format(
                changes="; ".join(changes)
            )
            if changes
            else translate("questionnaire", "Applying would not change the profile.")
        )
        self.apply_button.setEnabled(bool(changes))

    def apply(self) -> None:
        """Offer the assessed profile to the strategy."""
        if self._assessment is not None and self._assessment.profile != self._base:
            self.apply_requested.emit(self._assessment.profile)
