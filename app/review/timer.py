"""The agenda timer as a pure state machine with an injectable clock.

The Qt widget polls ``tick()`` from a ``QTimer`` and redraws from ``view()``;
tests drive it with a fake clock. Nothing here sleeps, blocks or uses threads,
so the timer can never hold up editing.

Time is kept as *running time* (seconds the timer has run, pauses excluded), so
pausing, resuming and coarse ticks never lose or double-count a second. When a
stage's time is up, the timer either moves on by itself (``auto_advance``) or
keeps the stage and counts the overrun until the facilitator skips.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.i18n import translate
from app.review.errors import TimerStateError
from models.review import Agenda, Stage

Clock = Callable[[], float]
"""Returns monotonic seconds (``time.monotonic`` in the app, a fake in tests)."""


class TimerState(StrEnum):
    """Where the timer is."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class StageEnded:
    """A stage ended: its time ran out, or the facilitator skipped it.

    Without auto-advance, a stage whose time is up is announced once with
    ``next_index`` equal to its own index (it stays current, overrunning); the
    facilitator's later ``skip()`` announces the move with ``skipped=True``.

    Attributes:
        index: the stage's position in the agenda.
        stage: the stage.
        skipped: True when ended by ``skip()`` (the GUI need not chime).
        next_index: the stage now current, or None when the agenda is over.
    """

    index: int
    stage: Stage
    skipped: bool
    next_index: int | None


@dataclass(frozen=True)
class TimerView:
    """Everything the timer display shows, read at one instant."""

    state: TimerState
    index: int | None
    stage: Stage | None
    next_stage: Stage | None
    time_left: float
    """Seconds left in the stage; negative while overrunning (without auto-advance)."""
    progress: float
    """Share of the stage's time used, 0.0 to 1.0."""

    @property
    def overrun(self) -> bool:
        """Whether the stage has run past its time."""
        return self.time_left < 0

    @property
    def clock_text(self) -> str:
        """The time left as shown on the big display (``mm:ss``)."""
        return format_clock(self.time_left)


def format_clock(seconds: float) -> str:
    """``mm:ss`` (or ``h:mm:ss``) for a countdown; negative values get a leading minus.

    Remaining time is rounded up, so the display shows 0:01 until the time is truly up.
    """
    whole = math.ceil(seconds) if seconds >= 0 else math.ceil(-seconds)
    sign = "-" if seconds < 0 and whole > 0 else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


class AgendaTimer:
    """Counts down the agenda's stages: start, pause, resume, skip, extend, reset."""

    def __init__(
        self, agenda: Agenda, clock: Clock = time.monotonic, *, auto_advance: bool = True
    ) -> None:
        self._agenda = agenda
        self._clock = clock
        self.auto_advance = auto_advance
        self._pending: list[StageEnded] = []
        self.reset()

    # -- commands ---------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the first stage, not running; pending events are dropped."""
        self._state = TimerState.READY
        self._index = 0
        self._banked = 0.0
        self._since = 0.0
        self._stage_start = 0.0
        self._extra = 0.0
        self._announced = False
        self._pending.clear()

    def _state_text(self) -> str:
        """The timer's state as the end of "The timer cannot … while", translated."""
        return {
            TimerState.READY: translate("errors-review", "ready"),
            TimerState.RUNNING: translate("errors-review", "running"),
            TimerState.PAUSED: translate("errors-review", "paused"),
            TimerState.FINISHED: translate("errors-review", "finished"),
        }[self._state]

    def start(self) -> None:
        """Start counting the current stage.

        Raises:
            TimerStateError: the timer is not ready (use ``resume`` after a pause).
        """
        if self._state is not TimerState.READY:
            raise TimerStateError(
                translate("errors-review", "The timer cannot start while {state}.").format(
                    state=self._state_text()
                )
            )
        self._state = TimerState.RUNNING
        self._since = self._clock()

    def pause(self) -> None:
        """Stop counting; ``resume`` continues where it stopped.

        Raises:
            TimerStateError: the timer is not running.
        """
        self._advance()
        if self._state is not TimerState.RUNNING:
            raise TimerStateError(
                translate("errors-review", "The timer cannot pause while {state}.").format(
                    state=self._state_text()
                )
            )
        self._banked = self._running_time()
        self._state = TimerState.PAUSED

    def resume(self) -> None:
        """Continue counting after a pause.

        Raises:
            TimerStateError: the timer is not paused.
        """
        if self._state is not TimerState.PAUSED:
            raise TimerStateError(
                translate("errors-review", "The timer cannot resume while {state}.").format(
                    state=self._state_text()
                )
            )
        self._since = self._clock()
        self._state = TimerState.RUNNING

    def skip(self) -> None:
        """End the current stage now and move to the next (the timer keeps its state).

        Raises:
            TimerStateError: the agenda is already over.
        """
        self._advance()
        if self._state is TimerState.FINISHED:
            raise TimerStateError(
                translate("errors-review", "The agenda is over; reset the timer to start again.")
            )
        self._end_stage(skipped=True, at=self._running_time())

    def extend(self, seconds: float) -> None:
        """Give the current stage more time (or less, with a negative value; at most
        the stage then ends now).

        Raises:
            TimerStateError: the agenda is over.
        """
        self._advance()
        if self._state is TimerState.FINISHED:
            raise TimerStateError(
                translate("errors-review", "The agenda is over; there is no stage to extend.")
            )
        used = self._running_time() - self._stage_start
        # Shortening never reaches into the past: at most the stage ends now, so the
        # next stage still starts with its full time.
        self._extra = max(self._extra + seconds, used - self._agenda.stages[self._index].seconds)
        if self._time_left() > 0:
            self._announced = False
        self._advance()

    def tick(self) -> tuple[StageEnded, ...]:
        """Bring the timer up to the clock and return the stage ends since the last tick."""
        self._advance()
        events = tuple(self._pending)
        self._pending.clear()
        return events

    # -- queries ----------------------------------------------------------------------------

    @property
    def agenda(self) -> Agenda:
        """The agenda being timed."""
        return self._agenda

    @property
    def state(self) -> TimerState:
        """The timer's state at the clock's current time."""
        self._advance()
        return self._state

    def view(self) -> TimerView:
        """What the display shows now."""
        self._advance()
        stages = self._agenda.stages
        if self._state is TimerState.FINISHED:
            return TimerView(self._state, None, None, None, 0.0, 1.0)
        stage = stages[self._index]
        length = self._length()
        left = self._time_left()
        used = 1.0 if length <= 0 else min(1.0, max(0.0, (length - left) / length))
        upcoming = stages[self._index + 1] if self._index + 1 < len(stages) else None
        return TimerView(self._state, self._index, stage, upcoming, left, used)

    # -- internals --------------------------------------------------------------------------

    def _running_time(self) -> float:
        if self._state is TimerState.RUNNING:
            # A clock that steps back (it should not) must not give time back.
            return self._banked + max(0.0, self._clock() - self._since)
        return self._banked

    def _length(self) -> float:
        return self._agenda.stages[self._index].seconds + self._extra

    def _time_left(self) -> float:
        return self._length() - (self._running_time() - self._stage_start)

    def _advance(self) -> None:
        """Record every stage end up to now (several, if ticks were far apart)."""
        while self._state is TimerState.RUNNING and self._time_left() <= 0:
            if self.auto_advance:
                self._end_stage(skipped=False, at=self._stage_start + self._length())
            else:
                if not self._announced:
                    self._announced = True
                    self._pending.append(
                        StageEnded(
                            self._index, self._agenda.stages[self._index], False, self._index
                        )
                    )
                return

    def _end_stage(self, *, skipped: bool, at: float) -> None:
        index = self._index
        stages = self._agenda.stages
        following = index + 1 if index + 1 < len(stages) else None
        self._pending.append(StageEnded(index, stages[index], skipped, following))
        self._announced = False
        self._extra = 0.0
        self._stage_start = at
        if following is None:
            self._banked = self._running_time()
            self._state = TimerState.FINISHED
        else:
            self._index = following
