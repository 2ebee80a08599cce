"""The timer's controller: the pure agenda state machine polled by a ``QTimer``.

Every timer display (the large panel, its full-screen twin, the compact one)
observes one controller. The ``QTimer`` runs only while the timer runs, and a
poll costs one ``tick()``, so nothing here holds up editing. The clock and the
chime are injectable, so tests drive the timer with a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.i18n import translate
from app.review.errors import TimerStateError
from app.review.timer import AgendaTimer, Clock, StageEnded, TimerState, TimerView
from models.review import Agenda

POLL_MS = 200
EXTEND_SECONDS = 300


class TimerController(QObject):
    """Owns the agenda's state machine and polls it; every timer display observes it.

    Signals:
        changed(): the display should be redrawn (every poll and every command).
        stage_ended(object): a ``StageEnded`` (time up, or skipped).
        refused(str): a command did not fit the timer's state (a message to show).
        options_changed(): chime or flash was switched (every display shows the same choice).
    """

    changed = Signal()
    options_changed = Signal()
    stage_ended = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        agenda: Agenda,
        clock: Clock = time.monotonic,
        *,
        auto_advance: bool = True,
        beep: Callable[[], None] = QApplication.beep,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timer = AgendaTimer(agenda, clock, auto_advance=auto_advance)
        self._chime = False
        self._flash = True
        self._beep = beep
        self._poller = QTimer(self)
        self._poller.setInterval(poll_ms)
        self._poller.timeout.connect(self.poll)

    # -- options shared by every display ----------------------------------------------------

    @property
    def chime(self) -> bool:
        """Whether a short sound marks a stage's end."""
        return self._chime

    @chime.setter
    def chime(self, on: bool) -> None:
        if on != self._chime:
            self._chime = on
            self.options_changed.emit()

    @property
    def flash(self) -> bool:
        """Whether the timer displays flash when a stage's time is up."""
        return self._flash

    @flash.setter
    def flash(self, on: bool) -> None:
        if on != self._flash:
            self._flash = on
            self.options_changed.emit()

    # -- commands --------------------------------------------------------------------------

    def toggle(self) -> None:
        """Start when ready, pause when running, resume when paused."""
        state = self.timer.state
        if state is TimerState.READY:
            self._run(self.timer.start)
        elif state is TimerState.RUNNING:
            self._run(self.timer.pause)
        elif state is TimerState.PAUSED:
            self._run(self.timer.resume)
        else:
            self.refused.emit(
                translate("facilitator", "The agenda is over; reset the timer to start again.")
            )

    def skip(self) -> None:
        """End the current stage now and move to the next."""
        self._run(self.timer.skip)

    def extend(self, seconds: float = EXTEND_SECONDS) -> None:
        """Give the current stage more time."""
        self._run(lambda: self.timer.extend(seconds))

    def reset(self) -> None:
        """Back to the first stage, stopped."""
        self._run(self.timer.reset)

    def set_agenda(self, agenda: Agenda) -> None:
        """Time another agenda from its first stage (the timer stops)."""
        auto = self.timer.auto_advance
        self.timer = AgendaTimer(agenda, self._clock, auto_advance=auto)
        self.poll()

    def set_auto_advance(self, on: bool) -> None:
        """Move on to the next stage by itself when time is up (else count the overrun)."""
        self.timer.auto_advance = on
        self.poll()

    def _run(self, command: Callable[[], None]) -> None:
        try:
            command()
        except TimerStateError as err:
            self.refused.emit(str(err))
        self.poll()

    # -- observation -----------------------------------------------------------------------

    def view(self) -> TimerView:
        """What the displays show now."""
        return self.timer.view()

    def poll(self) -> tuple[StageEnded, ...]:
        """Bring the timer up to the clock, announce stage ends, redraw the displays."""
        events = self.timer.tick()
        for event in events:
            if self.chime and not event.skipped:
                self._beep()
            self.stage_ended.emit(event)
        if self.timer.state is TimerState.RUNNING:
            if not self._poller.isActive():
                self._poller.start()
        else:
            self._poller.stop()
        self.changed.emit()
        return events

    @property
    def polling(self) -> bool:
        """Whether the QTimer is polling (only while running)."""
        return self._poller.isActive()
