"""Peer feedback: the short form one team fills in about another team's strategy.

The form holds strengths, questions, one suggestion and a score from 1 to 4
(radio buttons, so no other score can be entered). Saving goes through
``app.review.peers.save_feedback``, which refuses a locked round or a team not
assigned to the strategy; a locked round shows a banner and the form turns
read-only. The assignment editor lives in ``views.facilitator.peer_assign``.

What is typed is saved as it is typed: each pause in typing (``TYPING_PAUSE_MS``),
leaving a field and closing the form save it once a score is chosen; until then
the status reads "Not saved yet", never "Saved" over a draft.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from pydantic import ValidationError
from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.errors import ReviewError
from app.review.peers import save_feedback
from models.errors import validation_message
from models.review import LEVELS, PeerFeedback, PeerRound
from views.docks.typing import TypingPause
from views.docks.wrap_row import WrapRow
from views.facilitator.common import Banner, font, named, plain_label
from views.facilitator.rubric_form import level_name
from views.translation import interface_locale

MAX_TEXT = 2_000  # models.review.FormText


def locked_text(peer_round: PeerRound) -> str:
    """The banner shown while a round is locked."""
    return translate(
        "facilitator", "{round} is locked by the facilitator: feedback can be read but not changed."
    ).format(round=peer_round.name)


class PeerFeedbackForm(QWidget):
    """One reviewer team's feedback on one strategy, in one round.

    Signals:
        feedback_saved(object): the stamped ``PeerFeedback`` to store.
    """

    feedback_saved = Signal(object)

    def __init__(
        self,
        peer_round: PeerRound,
        reviewer_team_id: str,
        strategy_id: str,
        *,
        entry: PeerFeedback | None = None,
        team_names: Mapping[str, str] | None = None,
        strategy_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """Build the form.

        Args:
            peer_round: the round the feedback belongs to (its lock decides editing).
            reviewer_team_id: the team giving feedback.
            strategy_id: the strategy reviewed.
            entry: the stored entry to continue, or None for a new one.
            team_names: team id → name, for the heading.
            strategy_name: the reviewed strategy's name, for the heading.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.peer_round = peer_round
        self.reviewer_team_id = reviewer_team_id
        self.strategy_id = strategy_id
        self._entry = entry
        names = team_names or {}
        reviewer = names.get(reviewer_team_id, reviewer_team_id)
        named(
            self,
            translate("facilitator", "Peer feedback form"),
            translate("facilitator", "Feedback from {team} on {strategy}").format(
                team=reviewer, strategy=strategy_name or strategy_id
            ),
        )
        layout = QVBoxLayout(self)
        heading = plain_label(
            translate("facilitator", "Feedback from {team} on “{strategy}”").format(
                team=reviewer, strategy=strategy_name or strategy_id
            )
        )
        heading.setFont(font(16, bold=True))
        layout.addWidget(heading)
        self.lock_banner = Banner(translate("facilitator", "Round locked"))
        layout.addWidget(self.lock_banner)
        form = QFormLayout()
        # Labels above their fields: the review pane is a narrow half of a 1366×768 window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.strengths = self._text(
            translate("facilitator", "Strengths"),
            translate("facilitator", "What does this strategy do well?"),
        )
        self.questions = self._text(
            translate("facilitator", "Questions"),
            translate("facilitator", "What would you ask the team?"),
        )
        self.suggestion = named(
            QLineEdit(),
            translate("facilitator", "One suggestion"),
            translate("facilitator", "The one change you would suggest first"),
        )
        self.suggestion.setMaxLength(MAX_TEXT)
        self.suggestion.setPlaceholderText(
            translate("facilitator", "The one change you would suggest first")
        )
        self.suggestion.setFont(font(12))
        form.addRow(plain_label(translate("facilitator", "Strengths")), self.strengths)
        form.addRow(plain_label(translate("facilitator", "Questions")), self.questions)
        form.addRow(plain_label(translate("facilitator", "One suggestion")), self.suggestion)
        self.score_group = QButtonGroup(self)
        self.score_radios: dict[int, QRadioButton] = {}
        for level in LEVELS:
            text = translate("facilitator", "{level} · {name}").format(
                level=level, name=level_name(level)
            )
            radio = named(
                QRadioButton(text),
                text,
                translate("facilitator", "Overall score {level} of 4").format(level=level),
            )
            radio.setFont(font(12))
            self.score_group.addButton(radio, level)
            self.score_radios[level] = radio
        # Four levels side by side while they fit, else two a row (a narrow review pane).
        scores = WrapRow(
            list(self.score_radios.values()),
            [1] * len(self.score_radios),
            translate("facilitator", "Overall score"),
        )
        form.addRow(plain_label(translate("facilitator", "Score (1–4)")), scores)
        layout.addLayout(form)
        self.error = Banner(translate("facilitator", "Feedback problem"))
        layout.addWidget(self.error)
        self.status = plain_label()
        self.status.setAccessibleName(translate("facilitator", "Feedback status"))
        self.save_button = named(
            QPushButton(translate("facilitator", "Save feedback")),
            translate("facilitator", "Save feedback"),
        )
        self.save_button.clicked.connect(self.save)
        # Side by side while they fit, else the button under the status (a narrow pane).
        layout.addWidget(
            WrapRow((self.status, self.save_button), (1, 0), translate("facilitator", "Saving"))
        )
        layout.addStretch(1)
        self.score_group.idClicked.connect(lambda _level: self._update_buttons())
        self._typing_pause = TypingPause(self)
        self._typing_pause.paused.connect(self.flush)
        if entry is not None:
            self._show_entry(entry)
        self.strengths.textChanged.connect(lambda: self._typing("strengths"))
        self.questions.textChanged.connect(lambda: self._typing("questions"))
        self.suggestion.textEdited.connect(lambda _text: self._typing("suggestion"))
        for edit in (self.strengths, self.questions, self.suggestion):
            edit.installEventFilter(self)
        self.set_round(peer_round)

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(), name, placeholder)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFont(font(12))
        edit.setMaximumHeight(110)
        return edit

    def _show_entry(self, entry: PeerFeedback) -> None:
        self.strengths.setPlainText(entry.strengths)
        self.questions.setPlainText(entry.questions)
        self.suggestion.setText(entry.suggestion)
        self.score_radios[entry.score].setChecked(True)
        self.status.setText(
            translate("facilitator", "Saved {at}").format(at=_when(entry.updated_at))
            if entry.updated_at
            else ""
        )

    # -- public ----------------------------------------------------------------------------

    @property
    def entry(self) -> PeerFeedback | None:
        """The last saved entry (or the one given), or None."""
        return self._entry

    @property
    def locked(self) -> bool:
        """Whether the round is locked (the form is read-only)."""
        return self.peer_round.locked

    def set_round(self, peer_round: PeerRound) -> None:
        """Follow the round's lock: read-only with a banner while locked."""
        self.peer_round = peer_round
        locked = peer_round.locked
        for edit in (self.strengths, self.questions):
            edit.setReadOnly(locked)
        self.suggestion.setReadOnly(locked)
        for radio in self.score_radios.values():
            radio.setEnabled(not locked)
        if locked:
            self.lock_banner.show_text(locked_text(peer_round), "warning")
            self.error.clear_text()
        else:
            self.lock_banner.clear_text()
        self._update_buttons()

    def has_draft(self) -> bool:
        """Whether text typed here is not saved yet."""
        return any(self._typing_pause.holds(f) for f in ("strengths", "questions", "suggestion"))

    def flush(self) -> PeerFeedback | None:
        """Save what was typed since the last save (a pause, focus out, close).

        Without a score the feedback cannot be stored yet: the text stays a draft
        and the status says so (no error banner for a pause in typing).
        """
        if not self.has_draft() or self.peer_round.locked:
            return None
        if self.score_group.checkedId() not in LEVELS:
            self.status.setText(translate("facilitator", "Not saved yet: choose a score to save"))
            return None
        return self.save()

    def _typing(self, field: str) -> None:
        if self.peer_round.locked:
            return
        self._typing_pause.typed(field, f"peer:{self.reviewer_team_id}:{self.strategy_id}")
        self.status.setText(translate("facilitator", "Not saved yet"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (
            self.strengths,
            self.questions,
            self.suggestion,
        ):
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def save(self) -> PeerFeedback | None:
        """Check and stamp the feedback and emit it; None (with a message) when refused."""
        level = self.score_group.checkedId()
        if level not in LEVELS:
            self.error.show_text(
                translate("facilitator", "Choose a score from 1 to 4 before saving."), "error"
            )
            return None
        typed = self._typing_pause.take()
        texts = [self.strengths.toPlainText(), self.questions.toPlainText()]
        if any(len(text) > MAX_TEXT for text in texts):
            self._keep(typed)
            self.error.show_text(
                translate(
                    "facilitator", "Strengths and questions hold up to {count} characters each."
                ).format(count=MAX_TEXT),
                "error",
            )
            return None
        try:
            draft = PeerFeedback(
                round_id=self.peer_round.id,
                reviewer_team_id=self.reviewer_team_id,
                strategy_id=self.strategy_id,
                strengths=texts[0],
                questions=texts[1],
                suggestion=self.suggestion.text(),
                score=level,
            )
            saved = save_feedback(self.peer_round, draft)
        except ReviewError as err:
            self.error.show_text(str(err), "error")
            self._keep(typed)
            return None
        except ValidationError as err:
            first = err.errors(include_url=False)[0]
            self.error.show_text(validation_message(first, bare=True), "error")
            self._keep(typed)
            return None
        self.error.clear_text()
        self._entry = saved
        self.status.setText(
            translate("facilitator", "Saved {at}").format(at=_when(saved.updated_at))
        )
        self.feedback_saved.emit(saved)
        return saved

    def _keep(self, fields: set[str]) -> None:
        for field in fields:
            self._typing_pause.keep(field)
        if fields:
            self.status.setText(translate("facilitator", "Not saved yet"))

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.peer_round.locked)
        self.save_button.setToolTip(
            locked_text(self.peer_round)
            if self.peer_round.locked
            else translate(
                "facilitator", "Save this feedback (it stays editable until the round is locked)"
            )
        )


def _when(stamp: str) -> str:
    """A stored ISO timestamp as the interface's locale writes a date and time, local time
    (« 30 nov. 2026 10 h 58 »); the stamp itself if it cannot be read."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return interface_locale().toString(shown, QLocale.FormatType.ShortFormat)
