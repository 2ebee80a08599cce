"""The agenda timer widgets over a fake clock: stage changes, pause, skip, end signal, chime."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.review.timer import StageEnded, TimerState
from models.review import Agenda, Stage
from tests.views.facilitator.a11y import unnamed_widgets
from tests.views.facilitator.conftest import FakeClock
from views.facilitator.timer import CompactTimer, TimerController, TimerPanel


def _short_agenda() -> Agenda:
    return Agenda(
        stages=(
            Stage(name="Engage", minutes=2),
            Stage(name="Explore", minutes=3),
            Stage(name="Evaluate", minutes=1),
        )
    )


def _setup(
    qtbot: QtBot, clock: FakeClock, *, auto_advance: bool = True
) -> tuple[TimerController, TimerPanel, list[int]]:
    beeps: list[int] = []
    controller = TimerController(
        _short_agenda(), clock, beep=lambda: beeps.append(1), auto_advance=auto_advance
    )
    panel = TimerPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(1600, 900)
    return controller, panel, beeps


def test_start_counts_down_and_the_stage_changes_when_time_is_up(
    qtbot: QtBot, clock: FakeClock
) -> None:
    controller, panel, beeps = _setup(qtbot, clock)
    assert (panel.stage_name.text(), panel.clock.text()) == ("Engage", "2:00")
    assert panel.next_label.text() == "Next: Explore · 3 min"
    QTest.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert controller.timer.state is TimerState.RUNNING and controller.polling
    assert panel.toggle_button.text() == "Pause"
    clock.advance(59)
    controller.poll()
    assert panel.clock.text() == "1:01"
    assert panel.progress.value() == round(59 / 120 * 1000)
    clock.advance(61)
    with qtbot.waitSignal(controller.stage_ended) as ended:
        controller.poll()
    event = ended.args[0]
    assert isinstance(event, StageEnded)
    assert (event.stage.name, event.skipped, event.next_index) == ("Engage", False, 1)
    assert (panel.stage_name.text(), panel.clock.text()) == ("Explore", "3:00")
    assert panel.position.text() == "Stage 2 of 3"
    assert panel.message.text() == "Time is up for Engage."
    assert panel.flashing
    assert beeps == []  # the chime is off unless asked for


def test_pause_stops_the_clock_and_resume_continues(qtbot: QtBot, clock: FakeClock) -> None:
    controller, panel, _ = _setup(qtbot, clock)
    controller.toggle()
    clock.advance(30)
    QTest.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert controller.timer.state is TimerState.PAUSED and not controller.polling
    assert (panel.toggle_button.text(), panel.state_label.text()) == ("Resume", "Paused")
    clock.advance(600)
    controller.poll()
    assert panel.clock.text() == "1:30"
    panel.toggle_button.click()
    clock.advance(10)
    controller.poll()
    assert panel.clock.text() == "1:20"


def test_skip_moves_on_without_chime_and_the_last_skip_finishes(
    qtbot: QtBot, clock: FakeClock
) -> None:
    controller, panel, beeps = _setup(qtbot, clock)
    panel.chime_box.setChecked(True)
    events: list[StageEnded] = []
    controller.stage_ended.connect(events.append)
    QTest.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert panel.stage_name.text() == "Explore"
    assert controller.timer.state is TimerState.READY  # skipping does not start the timer
    panel.skip_button.click()
    assert panel.next_label.text() == "Last stage of the agenda"
    panel.skip_button.click()
    assert [e.skipped for e in events] == [True, True, True]
    assert beeps == [] and not panel.flashing
    assert panel.stage_name.text() == "Agenda complete"
    assert not panel.skip_button.isEnabled() and not panel.toggle_button.isEnabled()
    panel.reset_button.click()
    assert panel.stage_name.text() == "Engage" and panel.skip_button.isEnabled()


def test_chime_rings_once_per_stage_whose_time_runs_out(qtbot: QtBot, clock: FakeClock) -> None:
    controller, panel, beeps = _setup(qtbot, clock)
    panel.chime_box.setChecked(True)
    controller.toggle()
    clock.advance(2 * 60 + 3 * 60 + 5)  # a late poll: two stages ended
    events = controller.poll()
    assert [e.stage.name for e in events] == ["Engage", "Explore"]
    assert beeps == [1, 1]
    assert panel.clock.text() == "0:55"


def test_without_auto_advance_the_overrun_is_shown_in_words(qtbot: QtBot, clock: FakeClock) -> None:
    controller, panel, _ = _setup(qtbot, clock, auto_advance=False)
    assert not panel.auto_box.isChecked()
    controller.toggle()
    clock.advance(125)
    controller.poll()
    assert (panel.stage_name.text(), panel.clock.text()) == ("Engage", "-0:05")
    assert panel.state_label.text() == "Over time"
    assert panel.clock.accessibleDescription() == "0:05 over time"
    panel.skip_button.click()
    assert panel.stage_name.text() == "Explore"


def test_extend_gives_the_stage_five_more_minutes(qtbot: QtBot, clock: FakeClock) -> None:
    controller, panel, _ = _setup(qtbot, clock)
    controller.toggle()
    clock.advance(60)
    panel.extend_button.click()
    assert panel.clock.text() == "6:00"


def test_refused_command_is_a_message_not_an_exception(qtbot: QtBot, clock: FakeClock) -> None:
    controller, panel, _ = _setup(qtbot, clock)
    for _ in range(3):
        controller.skip()
    with qtbot.waitSignal(controller.refused):
        panel.skip_button.setEnabled(True)  # disabled when the agenda is over; force it
        panel.skip_button.click()
    assert "agenda is over" in panel.message.text()


def test_compact_timer_follows_the_same_controller(qtbot: QtBot, clock: FakeClock) -> None:
    controller, panel, _ = _setup(qtbot, clock)
    compact = CompactTimer(controller)
    qtbot.addWidget(compact)
    assert compact.label.text() == "Engage · 2:00"
    compact.toggle_button.click()
    assert panel.toggle_button.text() == "Pause"
    clock.advance(45)
    controller.poll()
    assert compact.label.text() == "Engage · 1:15"
    with qtbot.waitSignal(compact.expand_requested):
        compact.expand_button.click()


def test_full_screen_twin_shares_the_controller_and_esc_closes_it(
    qtbot: QtBot, clock: FakeClock
) -> None:
    controller, panel, _ = _setup(qtbot, clock)
    host = QWidget()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(panel)
    panel.toggle_full_screen()
    twin = panel.presenter
    assert twin is not None and twin.isWindow() and twin.isFullScreen()
    controller.toggle()
    clock.advance(20)
    controller.poll()
    assert twin.clock.text() == panel.clock.text() == "1:40"
    with qtbot.waitSignal(twin.destroyed):
        QTest.keyClick(twin, Qt.Key.Key_Escape)
    assert panel.presenter is None


def test_top_level_panel_toggles_its_own_full_screen(qtbot: QtBot, clock: FakeClock) -> None:
    _controller, panel, _ = _setup(qtbot, clock)
    panel.show()
    panel.toggle_full_screen()
    assert panel.isFullScreen()
    QTest.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.isFullScreen()


def test_every_visible_widget_has_an_accessible_name(qtbot: QtBot, clock: FakeClock) -> None:
    controller, panel, _ = _setup(qtbot, clock)
    compact = CompactTimer(controller)
    qtbot.addWidget(compact)
    panel.show()
    compact.show()
    assert unnamed_widgets(panel) == []
    assert unnamed_widgets(compact) == []
