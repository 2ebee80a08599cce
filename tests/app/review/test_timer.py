"""The agenda timer with a fake clock: stage changes, pause, skip, overrun, extend."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.review.errors import TimerStateError
from app.review.timer import AgendaTimer, StageEnded, TimerState, format_clock
from models.review import Agenda


class FakeClock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _timer(auto_advance: bool = True) -> tuple[AgendaTimer, FakeClock]:
    clock = FakeClock()
    return AgendaTimer(Agenda.default(), clock, auto_advance=auto_advance), clock


def test_counts_down_and_changes_stage_when_time_is_up() -> None:
    timer, clock = _timer()
    view = timer.view()
    assert (view.state, view.stage and view.stage.name, view.time_left) == (
        TimerState.READY,
        "Engage",
        1800,
    )
    clock.advance(600)  # not started: time does not pass
    assert timer.view().time_left == 1800
    timer.start()
    clock.advance(1799)
    assert timer.tick() == ()
    view = timer.view()
    assert view.clock_text == "0:01" and view.next_stage is not None
    assert view.next_stage.name == "Explore"
    clock.advance(1)
    (ended,) = timer.tick()
    assert (ended.index, ended.stage.name, ended.skipped, ended.next_index) == (
        0,
        "Engage",
        False,
        1,
    )
    view = timer.view()
    assert view.stage is not None and view.stage.name == "Explore" and view.time_left == 3600


def test_a_late_tick_reports_every_stage_that_ended_and_keeps_the_remainder() -> None:
    timer, clock = _timer()
    timer.start()
    clock.advance(30 * 60 + 60 * 60 + 125)  # Engage and Explore over, 125 s into Explain
    events = timer.tick()
    assert [e.stage.name for e in events] == ["Engage", "Explore"]
    view = timer.view()
    assert view.index == 2 and view.time_left == 3600 - 125


def test_pause_stops_time_and_resume_continues() -> None:
    timer, clock = _timer()
    timer.start()
    clock.advance(100)
    timer.pause()
    clock.advance(5000)
    assert timer.tick() == ()
    assert timer.view().time_left == 1700 and timer.state is TimerState.PAUSED
    timer.resume()
    clock.advance(50)
    assert timer.view().time_left == 1650
    assert timer.view().progress == pytest.approx(150 / 1800)


def test_skip_moves_on_now_and_keeps_state() -> None:
    timer, clock = _timer()
    timer.start()
    clock.advance(200)
    timer.skip()
    (ended,) = timer.tick()
    assert ended.skipped and ended.stage.name == "Engage"
    assert timer.view().time_left == 3600 and timer.state is TimerState.RUNNING
    timer.pause()
    timer.skip()
    assert timer.view().stage == Agenda.default().stages[2]  # Explore skipped too: Explain
    assert timer.view().state is TimerState.PAUSED


def test_agenda_finishes_after_the_last_stage() -> None:
    timer, clock = _timer()
    timer.start()
    clock.advance(240 * 60 + 10)
    events = timer.tick()
    assert [e.index for e in events] == [0, 1, 2, 3, 4] and events[-1].next_index is None
    view = timer.view()
    assert (view.state, view.stage, view.time_left, view.progress) == (
        TimerState.FINISHED,
        None,
        0.0,
        1.0,
    )
    with pytest.raises(TimerStateError, match="agenda is over"):
        timer.skip()
    timer.reset()
    assert timer.view().index == 0 and timer.state is TimerState.READY


def test_without_auto_advance_the_stage_overruns_until_skipped() -> None:
    timer, clock = _timer(auto_advance=False)
    timer.start()
    clock.advance(1830)
    (ended,) = timer.tick()
    assert (ended.index, ended.next_index, ended.skipped) == (0, 0, False)
    view = timer.view()
    assert view.overrun and view.clock_text == "-0:30" and view.index == 0
    clock.advance(60)
    assert timer.tick() == ()  # announced once
    timer.skip()
    (moved,) = timer.tick()
    assert moved.skipped and moved.next_index == 1
    assert timer.view().time_left == 3600


def test_extend_gives_time_and_rearms_the_announcement() -> None:
    timer, clock = _timer(auto_advance=False)
    timer.start()
    clock.advance(1800)
    assert len(timer.tick()) == 1
    timer.extend(120)
    assert timer.view().time_left == 120
    clock.advance(120)
    assert len(timer.tick()) == 1


def test_shortening_ends_the_stage_now_and_keeps_the_next_whole() -> None:
    timer, clock = _timer()
    timer.start()
    clock.advance(1000)
    timer.extend(-5000)
    (ended,) = timer.tick()
    assert ended.index == 0 and not ended.skipped
    assert timer.view().time_left == 3600
    timer.pause()
    timer.extend(-10_000)  # while paused, too
    timer.resume()
    assert [e.index for e in timer.tick()] == [1]
    assert timer.view().time_left == 3600


@pytest.mark.parametrize(
    ("command", "state"),
    [("pause", "ready"), ("resume", "ready"), ("start", "running")],
)
def test_commands_that_do_not_fit_the_state_are_refused(command: str, state: str) -> None:
    timer, _clock = _timer()
    if state == "running":
        timer.start()
    with pytest.raises(TimerStateError, match=f"while {state}"):
        getattr(timer, command)()


def test_a_clock_stepping_back_gives_no_time_back() -> None:
    timer, clock = _timer()
    timer.start()
    clock.advance(-50)
    assert timer.view().time_left == 1800


@given(st.lists(st.floats(min_value=0, max_value=900, allow_nan=False), max_size=40))
def test_ticking_often_or_rarely_reaches_the_same_stage(steps: list[float]) -> None:
    often, clock_a = _timer()
    rarely, clock_b = _timer()
    often.start()
    rarely.start()
    ended_often: list[StageEnded] = []
    for step in steps:
        clock_a.advance(step)
        ended_often.extend(often.tick())
    clock_b.advance(sum(steps))
    assert [e.index for e in rarely.tick()] == [e.index for e in ended_often]
    assert often.view().index == rarely.view().index
    assert often.view().time_left == pytest.approx(rarely.view().time_left, abs=1e-6)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (0.2, "0:01"),
        (59.5, "1:00"),
        (1800, "30:00"),
        (3725, "1:02:05"),
        (-30, "-0:30"),
    ],
)
def test_format_clock(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text
