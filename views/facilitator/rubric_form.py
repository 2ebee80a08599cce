"""Scoring one strategy against a rubric: four levels per criterion, a comment, and the
checker's results beside each criterion.

Levels are radio buttons (arrow keys move between them, the keys 1–4 choose
one), so a score outside 1–4 cannot be entered. A criterion left unchosen is
simply not in the sheet yet. Every change emits a new ``RubricSheet`` for the
caller to store; the checker's results are shown but never set a level.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, grouped, translate
from app.review.scoring import (
    CriterionEvidence,
    clear_score,
    evidence_for,
    new_sheet,
    set_score,
)
from models.findings import CheckResult
from models.review import LEVELS, Criterion, Rubric, RubricSheet
from models.strategy import Strategy
from views.facilitator.common import Banner, ClickableLabel, font, named, plain_label
from views.facilitator.evidence import evidence_lines

COMMENT_DELAY_MS = 600
MAX_COMMENT = 4_000  # models.review.Comment
LEVEL_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


LEVEL_LABELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("facilitator", "Beginning"),
    2: QT_TRANSLATE_NOOP("facilitator", "Developing"),
    3: QT_TRANSLATE_NOOP("facilitator", "Proficient"),
    4: QT_TRANSLATE_NOOP("facilitator", "Exemplary"),
}
"""``models.review.LEVEL_NAMES``, marked for lupdate (a test keeps the two equal)."""


def level_name(level: int) -> str:
    """The level's name ("Beginning" … "Exemplary"), translated."""
    return translate("facilitator", LEVEL_LABELS[level])


class _CommentEdit(QPlainTextEdit):
    """A comment box that reports leaving it, so a typed comment is never held back."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Report that editing ended."""
        super().focusOutEvent(event)
        self.left.emit()


class CriterionBox(QGroupBox):
    """One criterion: its levels as radio buttons, a comment, and the evidence beside it.

    Signals:
        level_chosen(str, int): criterion key and level (0 when cleared).
        comment_changed(str): criterion key, after the comment has settled.
    """

    level_chosen = Signal(str, int)
    comment_changed = Signal(str)

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(criterion.title, parent)
        self.criterion = criterion
        self.setFont(font(13, bold=True))
        named(
            self,
            criterion.title,
            translate(
                "facilitator", "Choose a level from 1 to 4 with the arrow keys or the keys 1 to 4."
            ),
        )
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        if criterion.description:
            about = plain_label(criterion.description, points=11)
            about.setAccessibleName(translate("facilitator", "About this criterion"))
            left.addWidget(about)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.group = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        self.descriptors: dict[int, ClickableLabel] = {}
        for row, level in enumerate(LEVELS):
            text = translate("facilitator", "{level} · {name}").format(
                level=level, name=level_name(level)
            )
            radio = named(QRadioButton(text), text, criterion.descriptor(level))
            radio.setFont(font(12, bold=True))
            self.group.addButton(radio, level)
            self.radios[level] = radio
            descriptor = ClickableLabel(criterion.descriptor(level))
            descriptor.setTextFormat(Qt.TextFormat.PlainText)
            descriptor.setWordWrap(True)
            descriptor.setFont(font(11))
            descriptor.setAccessibleName(
                translate("facilitator", "Level {level} descriptor").format(level=level)
            )
            descriptor.clicked.connect(radio.click)
            self.descriptors[level] = descriptor
            grid.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(descriptor, row, 1)
        left.addLayout(grid)
        self.group.idClicked.connect(lambda level: self.level_chosen.emit(criterion.key, level))
        comment_row = QHBoxLayout()
        self.comment = named(
            _CommentEdit(),
            translate("facilitator", "Comment on {title}").format(title=criterion.title),
        )
        self.comment.setFont(font(11))
        self.comment.setPlaceholderText(
            translate("facilitator", "Choose a level first, then add a comment.")
        )
        self.comment.setMaximumHeight(70)
        self.comment.setTabChangesFocus(True)
        self.comment.setEnabled(False)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(COMMENT_DELAY_MS)
        self._settle.timeout.connect(lambda: self.comment_changed.emit(criterion.key))
        self.comment.textChanged.connect(self._settle.start)
        self.comment.left.connect(self.flush)
        self.clear_button = named(
            QPushButton(translate("facilitator", "Clear")),
            translate("facilitator", "Clear the score of {title}").format(title=criterion.title),
        )
        self.clear_button.clicked.connect(lambda: self.level_chosen.emit(criterion.key, 0))
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(comment_row)
        left.addStretch(1)
        self.evidence = plain_label(points=11)
        self.evidence.setAccessibleName(
            translate("facilitator", "Checker results for {title}").format(title=criterion.title)
        )
        self.evidence.setFrameShape(QFrame.Shape.StyledPanel)
        self.evidence.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.evidence.setMargin(8)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.evidence.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side = QVBoxLayout()
        heading = plain_label(
            translate("facilitator", "What the checker found (informs, does not score)"), points=10
        )
        heading.setAccessibleName(translate("facilitator", "Checker results heading"))
        side.addWidget(heading)
        side.addWidget(self.evidence, 1)
        outer.addLayout(side, 2)

    def show_level(self, level: int | None, comment: str) -> None:
        """Show a level (None for not scored) and its comment without emitting anything."""
        self.group.blockSignals(True)
        if level is None:
            self.group.setExclusive(False)
            for radio in self.radios.values():
                radio.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.radios[level].setChecked(True)
        self.group.blockSignals(False)
        self.comment.blockSignals(True)
        if self.comment.toPlainText() != comment:
            self.comment.setPlainText(comment)
        self.comment.blockSignals(False)
        self.comment.setEnabled(level is not None and self.isEnabled())
        self.clear_button.setEnabled(level is not None)

    def show_evidence(self, evidence: CriterionEvidence | None, titles: Mapping[str, str]) -> None:
        """Show the checker's results for this criterion."""
        text = "\n".join(evidence_lines(evidence, titles))
        self.evidence.setText(text)
        self.evidence.setAccessibleDescription(text)

    def flush(self) -> None:
        """Report a comment still settling now (leaving the box, closing the form)."""
        if self._settle.isActive():
            self._settle.stop()
            self.comment_changed.emit(self.criterion.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The keys 1–4 choose a level wherever the focus is inside the criterion."""
        level = LEVEL_KEYS.get(Qt.Key(event.key()))
        if level is not None and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.radios[level].setFocus()
            self.radios[level].click()
            event.accept()
            return
        super().keyPressEvent(event)


class RubricForm(QWidget):
    """The facilitator's score sheet for one strategy.

    Signals:
        sheet_changed(object): the new ``RubricSheet`` after every change.
    """

    sheet_changed = Signal(object)

    def __init__(
        self,
        rubric: Rubric,
        strategy: Strategy,
        *,
        result: CheckResult | None = None,
        sheet: RubricSheet | None = None,
        scorer: str = "",
        capability_titles: Mapping[str, str] | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form.

        Args:
            rubric: the rubric to score against.
            strategy: the strategy scored (its cards inform the evidence).
            result: the checker's result for the strategy, or None.
            sheet: the stored sheet to continue, or None for a new one.
            scorer: who scores (stored on a new sheet).
            capability_titles: capability key → title, for the evidence lines.
            read_only: show the sheet without allowing changes.
            parent: the parent widget.
        """
        super().__init__(parent)
        if sheet is not None and (
            sheet.strategy_id != strategy.id or sheet.rubric_key != rubric.key
        ):
            raise ValueError("the score sheet belongs to another strategy or rubric")
        self.rubric = rubric
        self.strategy = strategy
        self._titles = dict(capability_titles or {})
        self._sheet = sheet or new_sheet(strategy.id, rubric, scorer)
        named(
            self,
            translate("facilitator", "Rubric score sheet"),
            translate("facilitator", "Score {strategy} against {rubric}").format(
                strategy=strategy.name, rubric=rubric.title
            ),
        )
        layout = QVBoxLayout(self)
        title = plain_label(
            translate("facilitator", "Scoring: {strategy}").format(strategy=strategy.name),
            wrap=False,
            points=18,
        )
        title.setFont(font(18, bold=True))
        layout.addWidget(title)
        layout.addWidget(
            plain_label(
                translate("facilitator", "{rubric} (version {version})").format(
                    rubric=rubric.title, version=rubric.version
                ),
                points=12,
            )
        )
        self.progress = plain_label(points=12)
        self.progress.setAccessibleName(translate("facilitator", "Scoring progress"))
        layout.addWidget(self.progress)
        note = plain_label(
            translate(
                "facilitator",
                "The checker's results are shown beside the criteria they inform; "
                "the score is your judgement.",
            ),
            points=11,
        )
        note.setAccessibleName(translate("facilitator", "About the checker results"))
        layout.addWidget(note)
        self.notice = Banner(translate("facilitator", "Score sheet notice"))
        layout.addWidget(self.notice)
        body = QWidget()
        body.setAccessibleName(translate("facilitator", "Criteria"))
        column = QVBoxLayout(body)
        self.boxes: dict[str, CriterionBox] = {}
        for criterion in rubric.criteria:
            box = CriterionBox(criterion)
            box.level_chosen.connect(self._level_chosen)
            box.comment_changed.connect(self._comment_changed)
            self.boxes[criterion.key] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll = named(QScrollArea(), translate("facilitator", "Criteria"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.set_result(result)
        self.set_read_only(read_only)
        self._show_sheet()

    # -- public ----------------------------------------------------------------------------

    @property
    def sheet(self) -> RubricSheet:
        """The sheet as it stands now."""
        return self._sheet

    def set_result(self, result: CheckResult | None) -> None:
        """Show a (new) checker result beside the criteria."""
        for criterion in self.rubric.criteria:
            evidence = (
                evidence_for(criterion, self.strategy, result) if result is not None else None
            )
            self.boxes[criterion.key].show_evidence(evidence, self._titles)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid changes (a published or locked review)."""
        for box in self.boxes.values():
            box.setEnabled(not read_only)
        self._show_sheet()

    def flush(self) -> None:
        """Emit any comment still settling (call before closing the form)."""
        for box in self.boxes.values():
            box.flush()

    # -- changes ---------------------------------------------------------------------------

    def _level_chosen(self, key: str, level: int) -> None:
        if level == 0:
            self._sheet = clear_score(self._sheet, self.rubric, key)
        else:
            comment = self._comment(key)
            self._sheet = set_score(self._sheet, self.rubric, key, level, comment)
        self._show_sheet()
        self.sheet_changed.emit(self._sheet)

    def _comment_changed(self, key: str) -> None:
        score = self._sheet.score_for(key)
        comment = self._comment(key)
        if score is None or score.comment == comment:
            return
        self._sheet = set_score(self._sheet, self.rubric, key, score.level, comment)
        self._show_progress()
        self.sheet_changed.emit(self._sheet)

    def _comment(self, key: str) -> str:
        text = self.boxes[key].comment.toPlainText()
        if len(text) > MAX_COMMENT:
            self.notice.show_text(
                translate("facilitator", "A comment keeps its first {count} characters.").format(
                    count=MAX_COMMENT
                ),
                "warning",
            )
        return text[:MAX_COMMENT]

    def _show_sheet(self) -> None:
        for criterion in self.rubric.criteria:
            score = self._sheet.score_for(criterion.key)
            box = self.boxes[criterion.key]
            box.show_level(score.level if score else None, score.comment if score else "")
        self._show_progress()

    def _show_progress(self) -> None:
        scored = len(self._sheet.scores)
        total = len(self.rubric.criteria)
        mean = self._sheet.mean
        if mean is None:
            text = translate("facilitator", "No criterion scored yet ({total} to score).").format(
                total=total
            )
        else:
            text = translate(
                "facilitator", "{scored} of {total} criteria scored · mean level {mean}"
            ).format(scored=scored, total=total, mean=grouped(mean, 1))
        self.progress.setText(text)
