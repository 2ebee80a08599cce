"""The Explore stage's guided drill: pick an event, watch it travel the board, note what
the team saw and the questions it raised.

A panel of three numbered steps beside the canvas. It drives the drills panel
(which lights the canvas stage by stage) rather than repeating it, and keeps
each team's notes as one ``Observation`` per strategy and event: writing again
about the same event replaces the earlier note. The panel emits intent
(``save_requested``); the day controller stores it.

Notes are saved as they are typed: each pause in typing (``TYPING_PAUSE_MS``),
leaving a field, picking another event and closing the panel save what was
typed, and the status reads "Not saved yet" until the controller confirms the
save (``saved``), never "Saved" over a draft.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.reflections import YEAR_EVENT, Observation
from models.drills import DrillEvent
from views.docks.drills import DrillsDock
from views.docks.typing import TypingPause

MAX_TEXT = 2_000  # models.review.FormText


def _ident(widget: QWidget, object_name: str, name: str, description: str = "") -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class ExploreDock(QDockWidget):
    """Guided drill for a team (Explore).

    Signals:
        save_requested(str, str, str, str): event key, event title, what was observed,
            the questions it raised.
    """

    save_requested = Signal(str, str, str, str)

    def __init__(self, events: Sequence[DrillEvent], drills: DrillsDock | None) -> None:
        super().__init__(translate("facilitator", "Guided drill"))
        _ident(self, "explore_dock", translate("facilitator", "Guided drill (Explore)"))
        self.drills = drills
        self._titles = {e.key: e.title for e in events}
        body = QWidget()
        _ident(body, "explore_body", translate("facilitator", "Guided drill steps"))
        column = QVBoxLayout(body)
        self.team_label = QLabel()
        _ident(self.team_label, "explore_team", translate("facilitator", "Team"))
        self.team_label.setWordWrap(True)
        column.addWidget(self.team_label)
        column.addWidget(self._label(translate("facilitator", "1. Pick an event"), "explore_step1"))
        self.event_box = QComboBox()
        _ident(
            self.event_box,
            "explore_event",
            translate("facilitator", "Event to throw at the board"),
            translate(
                "facilitator",
                "A what-if event from how public-sector AI fails in production, or a year.",
            ),
        )
        # Long event titles must not widen the panel past its column.
        self.event_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_box.setMinimumContentsLength(14)
        for event in events:
            self.event_box.addItem(event.title, event.key)
        self.event_box.addItem(
            translate("facilitator", "A year in production (simulated)"), YEAR_EVENT
        )
        column.addWidget(self.event_box)
        column.addWidget(
            self._label(translate("facilitator", "2. Watch it travel the board"), "explore_step2")
        )
        self.step_button = QPushButton(translate("facilitator", "Next stage on the board"))
        _ident(
            self.step_button,
            "explore_step",
            translate("facilitator", "Next stage on the board"),
            translate(
                "facilitator",
                "Lights the cards that detect, handle and learn from the event, one stage a press.",
            ),
        )
        column.addWidget(self.step_button)
        self.step_text = QLabel(
            translate("facilitator", "Press to start: the canvas lights each stage in turn.")
        )
        _ident(
            self.step_text, "explore_step_text", translate("facilitator", "Where the event is now")
        )
        self.step_text.setWordWrap(True)
        column.addWidget(self.step_text)
        column.addWidget(
            self._label(translate("facilitator", "3. What did you observe?"), "explore_step3")
        )
        self.observed = self._text(
            "explore_observed",
            translate("facilitator", "What the team observed"),
            translate(
                "facilitator", "Did the board catch it? Who handled it? Did the lesson travel back?"
            ),
        )
        column.addWidget(self.observed)
        column.addWidget(
            self._label(translate("facilitator", "What questions did it raise?"), "explore_step4")
        )
        self.questions = self._text(
            "explore_questions",
            translate("facilitator", "Questions it raised"),
            translate("facilitator", "What the team wants to find out or ask the facilitator."),
        )
        column.addWidget(self.questions)
        self.save_button = QPushButton(translate("facilitator", "Save the team's notes"))
        _ident(
            self.save_button,
            "explore_save",
            translate("facilitator", "Save the team's notes"),
            translate("facilitator", "Kept per team and event; saving again replaces the notes."),
        )
        column.addWidget(self.save_button)
        self.status = QLabel()
        _ident(self.status, "explore_status", translate("facilitator", "Notes status"))
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        column.addWidget(
            self._label(
                translate("facilitator", "Recorded by this team"), "explore_recorded_heading"
            )
        )
        self.recorded = QListWidget()
        _ident(
            self.recorded,
            "explore_recorded",
            translate("facilitator", "Observations recorded by this team"),
            translate("facilitator", "Pick one to read or edit it."),
        )
        self.recorded.setWordWrap(True)
        column.addWidget(self.recorded, 1)
        self.setWidget(body)
        self._observations: list[Observation] = []
        self._loading = False
        self._draft_event: tuple[str, str] = ("", "")
        self._typing_pause = TypingPause(self)
        self._typing_pause.paused.connect(self.flush)
        for edit, field in ((self.observed, "observed"), (self.questions, "questions")):
            edit.textChanged.connect(lambda f=field: self._typing(f))
            edit.installEventFilter(self)
        self.step_button.clicked.connect(self.watch)
        self.save_button.clicked.connect(self._save)
        self.event_box.activated.connect(lambda _i: self._load_current())
        self.recorded.currentItemChanged.connect(self._picked)
        if drills is not None:
            drills.step_cards.connect(self._stepped)

    def _label(self, text: str, object_name: str) -> QLabel:
        label = QLabel(text)
        _ident(label, object_name, text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _text(self, object_name: str, name: str, description: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        _ident(edit, object_name, name, description)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(description)
        edit.setMinimumHeight(60)
        edit.setMaximumHeight(120)
        return edit

    # -- state -----------------------------------------------------------------------------

    def set_context(self, team: str, observations: Sequence[Observation]) -> None:
        """Show the open strategy's team and the notes it has recorded so far."""
        self.team_label.setText(
            translate("facilitator", "Team: {team}").format(team=team)
            if team
            else translate("facilitator", "Open a team's strategy.")
        )
        self._observations = list(observations)
        self.recorded.blockSignals(True)
        self.recorded.clear()
        for obs in self._observations:
            first = (obs.observed.strip().splitlines() or [""])[0]
            item = QListWidgetItem(f"{obs.event_title or obs.event_key}: {first}")
            item.setData(Qt.ItemDataRole.UserRole, obs.event_key)
            item.setToolTip(obs.observed)
            self.recorded.addItem(item)
        self.recorded.blockSignals(False)
        self._load_current()

    def current_event(self) -> tuple[str, str]:
        """(key, title) of the event picked."""
        return str(self.event_box.currentData()), self.event_box.currentText()

    def choose_event(self, key: str) -> None:
        """Pick an event by key."""
        index = self.event_box.findData(key)
        if index >= 0:
            self.event_box.setCurrentIndex(index)
            self._load_current()

    def _load_current(self) -> None:
        self.flush()  # the notes typed about the previous event first
        key, _title = self.current_event()
        found = next((o for o in self._observations if o.event_key == key), None)
        observed = found.observed if found else ""
        questions = found.questions if found else ""
        if (self.observed.toPlainText(), self.questions.toPlainText()) == (observed, questions):
            return  # just saved from here: keep the cursor where it is
        self._loading = True
        try:
            self.observed.setPlainText(observed)
            self.questions.setPlainText(questions)
        finally:
            self._loading = False
        self.status.setText(translate("facilitator", "Saved") if found else "")

    def _picked(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.choose_event(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- the drill -------------------------------------------------------------------------

    def watch(self) -> None:
        """Show the picked event travelling the board, one stage per press (or the year)."""
        drills = self.drills
        if drills is None:
            self.step_text.setText(translate("facilitator", "The drills could not be loaded."))
            return
        key, title = self.current_event()
        drills.show()
        if key == YEAR_EVENT:
            drills.tabs.setCurrentWidget(drills.year_panel)
            self.step_text.setText(
                translate(
                    "facilitator",
                    "The year's events are in the Drills panel: what would have hurt most?",
                )
            )
            return
        drills.tabs.setCurrentIndex(0)
        if drills.current_event_key() != key and not drills.select_event(key):
            drills.run_all()
            if not drills.select_event(key):
                self.step_text.setText(
                    translate("facilitator", "“{event}” cannot be run here.").format(event=title)
                )
                return
        drills.step()

    def _stepped(self, _cards: list[str], label: str) -> None:
        if label:
            self.step_text.setText(label)

    # -- saving --------------------------------------------------------------------------

    def _typing(self, field: str) -> None:
        if self._loading:
            return
        if not self._typing_pause.holds("observed") and not self._typing_pause.holds("questions"):
            self._draft_event = self.current_event()
        self._typing_pause.typed(field, f"explore:{self._draft_event[0]}")
        self.status.setText(translate("facilitator", "Not saved yet"))

    def has_draft(self) -> bool:
        """Whether text typed here is not saved yet."""
        return self._typing_pause.holds("observed") or self._typing_pause.holds("questions")

    def flush(self) -> None:
        """Save the notes typed since the last save (a pause, focus out, close)."""
        if self.has_draft():
            self._save()

    def saved(self, key: str) -> None:
        """The controller stored the notes on ``key``: say so unless typed since."""
        if not self.has_draft() and key == self.current_event()[0]:
            self.status.setText(translate("facilitator", "Saved"))

    def _save(self) -> None:
        self._typing_pause.take()
        key, title = self._draft_event if self._draft_event[0] else self.current_event()
        self._draft_event = ("", "")
        self.save_requested.emit(
            key,
            title,
            self.observed.toPlainText()[:MAX_TEXT],
            self.questions.toPlainText()[:MAX_TEXT],
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.observed, self.questions):
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
