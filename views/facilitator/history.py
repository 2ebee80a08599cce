"""History replay: a slider over a strategy's revisions, shown on a read-only canvas.

The replay (``app.review.replay.Replay``) is built by the caller from the
store's operation log, usually with ``Replay.from_final(strategy, records)``.
Each position of the slider shows the strategy exactly as it was at that
revision, with the cards the step touched highlighted; Play steps through the
history on a timer, so the facilitator can show in the Evaluate stage how a
team's thinking developed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QVBoxLayout, QWidget

from app.i18n import translate
from app.review.errors import ReplayError
from app.review.replay import Replay
from views.facilitator.common import Banner, ReadOnlyCanvas, font, named, plain_label
from views.theme import Theme

PLAY_MS = 700


class ReplayPanel(QWidget):
    """A strategy's growth, revision by revision.

    Signals:
        revision_shown(int): the revision now on the canvas.
    """

    revision_shown = Signal(int)

    def __init__(
        self,
        replay: Replay,
        *,
        theme: Theme | None = None,
        strategy_name: str = "",
        play_ms: int = PLAY_MS,
        parent: QWidget | None = None,
    ) -> None:
        """Build the panel at the last revision.

        Args:
            replay: the replay of the strategy's log.
            theme: the canvas theme.
            strategy_name: the strategy's name, for the heading.
            play_ms: milliseconds per step while playing.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.replay = replay
        named(
            self,
            translate("facilitator", "History replay"),
            translate("facilitator", "How the strategy grew, revision by revision"),
        )
        layout = QVBoxLayout(self)
        heading = plain_label(
            translate("facilitator", "How {name} grew").format(
                name=strategy_name or translate("facilitator", "the strategy")
            )
        )
        heading.setFont(font(16, bold=True))
        layout.addWidget(heading)
        self.step_label = plain_label(points=13)
        self.step_label.setAccessibleName(translate("facilitator", "Revision shown"))
        layout.addWidget(self.step_label)
        self.message = Banner(translate("facilitator", "Replay message"))
        layout.addWidget(self.message)
        self.canvas = ReadOnlyCanvas(
            theme, translate("facilitator", "Strategy at the chosen revision (read-only)")
        )
        layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        self.first_button = self._button(
            translate("facilitator", "First"),
            translate("facilitator", "Go to the first revision"),
            self.go_first,
        )
        self.back_button = self._button(
            translate("facilitator", "Back"),
            translate("facilitator", "One revision back"),
            self.step_back,
        )
        self.play_button = self._button(
            translate("facilitator", "Play"),
            translate("facilitator", "Play the history"),
            self.toggle_play,
        )
        self.forward_button = self._button(
            translate("facilitator", "Forward"),
            translate("facilitator", "One revision forward"),
            self.step_forward,
        )
        self.last_button = self._button(
            translate("facilitator", "Last"),
            translate("facilitator", "Go to the last revision"),
            self.go_last,
        )
        self.slider = named(
            QSlider(Qt.Orientation.Horizontal),
            translate("facilitator", "Revision"),
            translate("facilitator", "Drag or use the arrow keys to move through the history"),
        )
        self.slider.setRange(replay.first_revision, replay.last_revision)
        self.slider.setPageStep(max(1, (replay.last_revision - replay.first_revision) // 10))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.valueChanged.connect(self.show_revision)
        row.addWidget(self.first_button)
        row.addWidget(self.back_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.forward_button)
        row.addWidget(self.last_button)
        row.addWidget(self.play_button)
        layout.addLayout(row)
        self._player = QTimer(self)
        self._player.setInterval(play_ms)
        self._player.timeout.connect(self._play_step)
        self.show_revision(replay.last_revision)

    def _button(self, text: str, description: str, slot: object) -> QPushButton:
        button = named(QPushButton(text), text, description)
        button.clicked.connect(slot)
        return button

    # -- navigation ------------------------------------------------------------------------

    @property
    def revision(self) -> int:
        """The revision shown."""
        return self.slider.value()

    @property
    def playing(self) -> bool:
        """Whether the history is playing."""
        return self._player.isActive()

    def show_revision(self, revision: int) -> None:
        """Show the strategy as it was at ``revision``."""
        try:
            state = self.replay.state_at(revision)
        except ReplayError as err:
            self.message.show_text(str(err), "error")
            return
        self.message.clear_text()
        if self.slider.value() != revision:
            self.slider.blockSignals(True)
            self.slider.setValue(revision)
            self.slider.blockSignals(False)
        self.canvas.show_strategy(state)
        first, last = self.replay.first_revision, self.replay.last_revision
        if revision == first:
            what = translate("facilitator", "before the first recorded change")
            touched: frozenset[str] = frozenset()
        else:
            step = self.replay.step(revision)
            what = step.label
            touched = step.change.cards
        self.canvas.canvas.highlight(touched)
        self.step_label.setText(
            translate(
                "facilitator", "Revision {revision} of {last} · {cards} cards · {what}"
            ).format(revision=revision, last=last, cards=len(state.cards), what=what)
        )
        self.slider.setAccessibleDescription(self.step_label.text())
        self.back_button.setEnabled(revision > first)
        self.first_button.setEnabled(revision > first)
        self.forward_button.setEnabled(revision < last)
        self.last_button.setEnabled(revision < last)
        self.revision_shown.emit(revision)

    def step_forward(self) -> None:
        """One revision forward."""
        self.slider.setValue(min(self.replay.last_revision, self.revision + 1))

    def step_back(self) -> None:
        """One revision back."""
        self.slider.setValue(max(self.replay.first_revision, self.revision - 1))

    def go_first(self) -> None:
        """The state before the first recorded change."""
        self.slider.setValue(self.replay.first_revision)

    def go_last(self) -> None:
        """The state after the last recorded change."""
        self.slider.setValue(self.replay.last_revision)

    def toggle_play(self) -> None:
        """Play from here (from the start when at the end), or pause."""
        if self.playing:
            self._player.stop()
        else:
            if self.revision >= self.replay.last_revision:
                self.go_first()
            self._player.start()
        self.play_button.setText(
            translate("facilitator", "Pause") if self.playing else translate("facilitator", "Play")
        )
        self.play_button.setAccessibleName(self.play_button.text())

    def _play_step(self) -> None:
        if self.revision >= self.replay.last_revision:
            self.toggle_play()
            return
        self.step_forward()
