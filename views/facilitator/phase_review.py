"""Review states per phase: the facilitator marks each phase acceptable or to be corrected
(with a comment), the team reports its corrections, and the facilitator re-evaluates.

Each verdict or report is a new ``PhaseReview`` made by ``app.review.states``
and emitted for the caller to store; the panel keeps the history it was given
plus what it emitted, and shows the latest entry per phase.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.errors import ReviewError
from app.review.states import current, evaluate, report_corrected
from models.phases import ALL_PHASES, Phase
from models.review import PhaseReview, ReviewState
from views.facilitator.common import Banner, font, named, plain_label
from views.labels import phase_label
from views.theme import PHASE_MARKS

MAX_COMMENT = 4_000  # models.review.Comment


def state_label(entry: PhaseReview | None) -> str:
    """The phase's review state in words, noting a re-evaluation."""
    if entry is None:
        return translate("facilitator", "Not reviewed yet")
    text = {
        ReviewState.ACCEPTABLE: translate("facilitator", "Acceptable"),
        ReviewState.TO_BE_CORRECTED: translate("facilitator", "To be corrected"),
        ReviewState.CORRECTED: translate("facilitator", "Corrected, awaiting re-evaluation"),
    }[entry.state]
    if entry.re_evaluated:
        text = translate("facilitator", "{state} (re-evaluated)").format(state=text)
    return text


class PhaseReviewPanel(QWidget):
    """One row per phase: state, verdict choice, comment, evaluate and corrections buttons.

    Signals:
        review_recorded(object): a new ``PhaseReview`` (a verdict or a team's report).
    """

    review_recorded = Signal(object)

    def __init__(
        self,
        strategy_id: str,
        history: Sequence[PhaseReview] = (),
        *,
        author: str = "",
        strategy_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """Build the panel.

        Args:
            strategy_id: the strategy reviewed.
            history: its stored review entries, in the order they were made.
            author: who records verdicts (stored on each entry).
            strategy_name: the strategy's name, for the heading.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.strategy_id = strategy_id
        self.author = author
        self._history: list[PhaseReview] = [h for h in history if h.strategy_id == strategy_id]
        named(
            self,
            translate("facilitator", "Phase reviews"),
            translate(
                "facilitator", "Mark each phase acceptable or to be corrected, then re-evaluate"
            ),
        )
        layout = QVBoxLayout(self)
        heading = plain_label(
            translate("facilitator", "Phase reviews: {strategy}").format(
                strategy=strategy_name or strategy_id
            )
        )
        heading.setFont(font(16, bold=True))
        layout.addWidget(heading)
        self.message = Banner(translate("facilitator", "Phase review message"))
        layout.addWidget(self.message)
        grid = QGridLayout()
        grid.setColumnStretch(4, 1)
        for column, text in enumerate(
            (
                translate("facilitator", "Phase"),
                translate("facilitator", "State"),
                translate("facilitator", "Verdict"),
                "",
                translate("facilitator", "Comment"),
            )
        ):
            if text:
                header = plain_label(text, wrap=False)
                header.setFont(font(11, bold=True))
                grid.addWidget(header, 0, column)
        self.states: dict[Phase, QLabel] = {}
        self.verdicts: dict[Phase, QButtonGroup] = {}
        self.acceptable: dict[Phase, QRadioButton] = {}
        self.to_correct: dict[Phase, QRadioButton] = {}
        self.comments: dict[Phase, QLineEdit] = {}
        self.evaluate_buttons: dict[Phase, QPushButton] = {}
        self.corrected_buttons: dict[Phase, QPushButton] = {}
        for row, phase in enumerate(ALL_PHASES, start=1):
            self._add_row(grid, row, phase)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._show()

    def _add_row(self, grid: QGridLayout, row: int, phase: Phase) -> None:
        name = phase_label(phase)
        title = plain_label(f"{PHASE_MARKS[phase]}  {name}", wrap=False)
        title.setFont(font(12, bold=True))
        title.setAccessibleName(name)
        state = plain_label(wrap=False)
        state.setAccessibleName(translate("facilitator", "{phase} state").format(phase=name))
        state.setFont(font(12))
        group = QButtonGroup(self)
        good = named(
            QRadioButton(translate("facilitator", "Acceptable")),
            translate("facilitator", "{phase}: acceptable").format(phase=name),
        )
        bad = named(
            QRadioButton(translate("facilitator", "To be corrected")),
            translate("facilitator", "{phase}: to be corrected").format(phase=name),
        )
        group.addButton(good, 0)
        group.addButton(bad, 1)
        comment = named(
            QLineEdit(),
            translate("facilitator", "{phase} comment").format(phase=name),
            translate(
                "facilitator", "Required when the phase is to be corrected: say what to correct"
            ),
        )
        comment.setMaxLength(MAX_COMMENT)
        comment.setPlaceholderText(translate("facilitator", "What should the team correct?"))
        record = named(
            QPushButton(translate("facilitator", "Evaluate")),
            translate("facilitator", "Evaluate {phase}").format(phase=name),
        )
        record.clicked.connect(lambda: self.record_verdict(phase))
        fixed = named(
            QPushButton(translate("facilitator", "Corrections made")),
            translate("facilitator", "{phase}: the team made its corrections").format(phase=name),
            translate("facilitator", "The team reports that it corrected this phase"),
        )
        fixed.clicked.connect(lambda: self.report_corrections(phase))
        for column, widget in enumerate((title, state, good, bad, comment, record, fixed)):
            grid.addWidget(widget, row, column)
        self.states[phase] = state
        self.verdicts[phase] = group
        self.acceptable[phase] = good
        self.to_correct[phase] = bad
        self.comments[phase] = comment
        self.evaluate_buttons[phase] = record
        self.corrected_buttons[phase] = fixed

    # -- public ----------------------------------------------------------------------------

    @property
    def history(self) -> tuple[PhaseReview, ...]:
        """Every entry known to the panel, oldest first."""
        return tuple(self._history)

    def current(self) -> dict[Phase, PhaseReview]:
        """The latest entry per reviewed phase."""
        return current(self._history, self.strategy_id)

    def set_history(self, history: Sequence[PhaseReview]) -> None:
        """Show another history (reloaded from the store)."""
        self._history = [h for h in history if h.strategy_id == self.strategy_id]
        self._show()

    def record_verdict(self, phase: Phase) -> PhaseReview | None:
        """Record the chosen verdict for ``phase``; None (with a message) when refused."""
        choice = self.verdicts[phase].checkedId()
        if choice not in (0, 1):
            self._refuse(
                translate(
                    "facilitator", "Choose acceptable or to be corrected for {phase}."
                ).format(phase=phase_label(phase))
            )
            return None
        state = ReviewState.ACCEPTABLE if choice == 0 else ReviewState.TO_BE_CORRECTED
        try:
            entry = evaluate(
                self._history,
                self.strategy_id,
                phase,
                state,
                self.comments[phase].text().strip(),
                author=self.author,
            )
        except ReviewError as err:
            self._refuse(
                translate("facilitator", "{phase}: {problem}").format(
                    phase=phase_label(phase), problem=err
                )
            )
            return None
        return self._accept(entry)

    def report_corrections(self, phase: Phase) -> PhaseReview | None:
        """Record the team's report that ``phase`` is corrected."""
        try:
            entry = report_corrected(self._history, self.strategy_id, phase)
        except ReviewError as err:
            self._refuse(str(err))
            return None
        return self._accept(entry)

    # -- internals -------------------------------------------------------------------------

    def _refuse(self, text: str) -> None:
        self.message.show_text(text, "error")

    def _accept(self, entry: PhaseReview) -> PhaseReview:
        self.message.clear_text()
        self._history.append(entry)
        self._show()
        self.review_recorded.emit(entry)
        return entry

    def _show(self) -> None:
        latest = self.current()
        for phase in ALL_PHASES:
            entry = latest.get(phase)
            label = self.states[phase]
            label.setText(state_label(entry))
            detail = entry.comment if entry is not None and entry.comment else ""
            label.setToolTip(detail)
            label.setAccessibleDescription(detail)
            group = self.verdicts[phase]
            group.setExclusive(False)
            self.acceptable[phase].setChecked(
                entry is not None and entry.state is ReviewState.ACCEPTABLE
            )
            self.to_correct[phase].setChecked(
                entry is not None and entry.state is ReviewState.TO_BE_CORRECTED
            )
            group.setExclusive(True)
            if entry is not None and entry.state is not ReviewState.CORRECTED:
                self.comments[phase].setText(entry.comment)
            button = self.evaluate_buttons[phase]
            button.setText(
                translate("facilitator", "Evaluate")
                if entry is None
                else translate("facilitator", "Re-evaluate")
            )
            self.corrected_buttons[phase].setEnabled(
                entry is not None and entry.state is ReviewState.TO_BE_CORRECTED
            )
