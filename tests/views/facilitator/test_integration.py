"""The facilitator tools mounted in the real main window, on a fresh database with the demo.

Each test drives the facilitator window's widgets and checks the store (and
the canvas lanes) — the records the widgets emit must be written at once.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.review.peers import lock, references_to_team
from models.phases import Phase
from models.review import PhaseReview, ReviewState
from tests.views.conftest import Harness
from tests.views.facilitator.a11y import unnamed_widgets
from tests.views.facilitator.conftest import FakeClock
from views.facilitating import FacilitatorTools
from views.facilitator.setup import ReviewedTeamsDialog
from views.facilitator.window import FacilitatorWindow


def _tools(harness: Harness) -> FacilitatorTools:
    tools = harness.workbench.facilitating
    assert isinstance(tools, FacilitatorTools)
    return tools


def _window(qtbot: QtBot, harness: Harness, tab: str) -> FacilitatorWindow:
    window = _tools(harness).show_window(tab)
    qtbot.addWidget(window)
    return window


def test_the_menu_opens_one_non_modal_window(qtbot: QtBot, harness: Harness) -> None:
    actions = harness.workbench.actions
    actions["facilitator"].trigger()
    window = _tools(harness).window
    assert window is not None and window.isVisible() and not window.isModal()
    qtbot.addWidget(window)
    actions["score"].trigger()
    assert _tools(harness).window is window
    assert window.tabs.currentWidget() is window.pages["rubric"]
    assert window.strategy_id == harness.session.strategy_id


def test_scoring_in_the_rubric_tab_stores_the_sheet(qtbot: QtBot, harness: Harness) -> None:
    window = _window(qtbot, harness, "rubric")
    form = window.rubric_form
    assert form is not None
    first, second = form.rubric.criteria[:2]
    form.boxes[first.key].radios[3].click()
    form.boxes[second.key].radios[2].click()
    store = harness.workbench.store
    assert store is not None
    sheet = store.get_sheet(harness.session.strategy_id, form.rubric.key)
    assert sheet is not None
    # The demo arrives scored; the clicks changed exactly these two levels.
    assert sheet.levels[first.key] == 3 and sheet.levels[second.key] == 2


def test_peer_feedback_is_saved_at_each_pause_in_typing(qtbot: QtBot, harness: Harness) -> None:
    window = _window(qtbot, harness, "peers")
    form = window.peer_form
    assert form is not None
    store = harness.workbench.store
    assert store is not None

    def stored() -> tuple[str, str] | None:
        found = store.list_feedback(round_id=form.peer_round.id, strategy_id=form.strategy_id)
        mine = [f for f in found if f.reviewer_team_id == form.reviewer_team_id]
        return (mine[0].strengths, mine[0].questions) if mine else None

    form.score_radios[2].click()
    form.strengths.clear()
    form.questions.clear()
    QTest.keyClicks(form.strengths, "Owners on every card.")
    assert form.status.text() == "Not saved yet"
    qtbot.waitUntil(lambda: stored() == ("Owners on every card.", ""), timeout=5000)
    assert form.status.text().startswith("Saved")
    # Closing the window saves what was typed since, without waiting for the pause.
    QTest.keyClicks(form.questions, "Who reads drift alerts?")
    assert form.status.text() == "Not saved yet"
    window.close()
    assert stored() == ("Owners on every card.", "Who reads drift alerts?")


def test_peer_feedback_is_stored_and_refused_once_the_round_is_locked(
    qtbot: QtBot, harness: Harness
) -> None:
    window = _window(qtbot, harness, "peers")
    form = window.peer_form
    assert form is not None, "the demo's two teams get a round-robin round"
    store = harness.workbench.store
    assert store is not None
    form.strengths.clear()  # the demo's team already wrote some
    QTest.keyClicks(form.strengths, "Every phase has an owner.")
    form.score_radios[3].click()
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stored = store.list_feedback(round_id=form.peer_round.id, strategy_id=form.strategy_id)
    assert [(f.reviewer_team_id, f.strengths, f.score) for f in stored] == [
        (form.reviewer_team_id, "Every phase has an owner.", 3)
    ]
    # Another seat locks the round; this form still holds the unlocked copy.
    store.save_round(lock(store.get_round(form.peer_round.id)))
    form.strengths.setPlainText("Changed after the lock.")
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    mine = store.list_feedback(round_id=form.peer_round.id, strategy_id=form.strategy_id)
    assert [f.strengths for f in mine] == ["Every phase has an owner."]
    assert "locked" in window.message.text()
    assert form.locked and not form.save_button.isEnabled()


def test_a_recorded_phase_review_shows_on_the_lane(qtbot: QtBot, harness: Harness) -> None:
    window = _window(qtbot, harness, "phases")
    panel = window.phase_panel
    assert panel is not None
    panel.to_correct[Phase.MONITOR].click()
    panel.comments[Phase.MONITOR].setText("Who reads the drift alerts?")
    QTest.mouseClick(panel.evaluate_buttons[Phase.MONITOR], Qt.MouseButton.LeftButton)
    panel.acceptable[Phase.DATA].click()
    QTest.mouseClick(panel.evaluate_buttons[Phase.DATA], Qt.MouseButton.LeftButton)
    store = harness.workbench.store
    assert store is not None
    history = store.phase_reviews(harness.session.strategy_id)
    assert [(h.phase, h.state) for h in history] == [
        (Phase.MONITOR, ReviewState.TO_BE_CORRECTED),
        (Phase.DATA, ReviewState.ACCEPTABLE),
    ]
    lanes = harness.session.scene.lanes
    assert lanes[Phase.MONITOR].review_text == "✎ To be corrected"
    assert "Who reads the drift alerts?" in lanes[Phase.MONITOR].review_tooltip
    assert lanes[Phase.DATA].review_text == "✓ Acceptable"
    assert lanes[Phase.DEPLOY].review_text == ""


def test_lane_states_follow_the_strategy_on_the_canvas(qtbot: QtBot, harness: Harness) -> None:
    wb = harness.workbench
    store = wb.store
    assert store is not None
    first = harness.session.strategy_id
    other = next(s.id for s in wb.strategies_listing() if s.id != first)
    store.add_phase_review(
        PhaseReview(strategy_id=other, phase=Phase.FEEDBACK, state=ReviewState.ACCEPTABLE)
    )
    wb.open_strategy(other)
    assert harness.session.scene.lanes[Phase.FEEDBACK].review_text == "✓ Acceptable"
    wb.open_strategy(first)
    assert harness.session.scene.lanes[Phase.FEEDBACK].review_text == ""


def test_a_snapshot_taken_is_stored_and_listed(qtbot: QtBot, harness: Harness) -> None:
    window = _window(qtbot, harness, "versions")
    panel = window.versions
    assert panel is not None
    QTest.keyClicks(panel.name_edit, "Before feedback")
    assert panel.request_snapshot() == "Before feedback"
    store = harness.workbench.store
    assert store is not None
    names = [s.name for s in store.list_snapshots(harness.session.strategy_id)]
    assert names == ["Before feedback"]
    assert [s.name for s in panel.snapshots] == ["Before feedback"]
    assert "Before feedback" in panel.list.item(0).text()
    window.invalidate("versions")
    assert [s.name for s in window.versions.snapshots] == ["Before feedback"]  # type: ignore[union-attr]


def test_the_status_bar_timer_ticks_with_the_clock(qtbot: QtBot, harness: Harness) -> None:
    tools = _tools(harness)
    clock = FakeClock()
    tools.clock = clock
    tools.controller.reset()
    compact = tools.compact
    assert compact.isVisibleTo(harness.window)
    assert compact.label.text() == "Engage · 30:00"
    QTest.mouseClick(compact.toggle_button, Qt.MouseButton.LeftButton)
    clock.advance(61)
    tools.controller.poll()
    assert compact.label.text() == "Engage · 28:59"
    clock.advance(29 * 60)
    tools.controller.poll()
    assert compact.label.text().startswith("Explore · ")
    QTest.mouseClick(compact.expand_button, Qt.MouseButton.LeftButton)
    window = tools.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.pages["timer"]
    assert window.timer_panel.stage_name.text() == "Explore"


def test_the_report_export_writes_a_pdf(
    qtbot: QtBot, harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, harness, "rubric")
    assert window.rubric_form is not None
    window.rubric_form.boxes[window.rubric_form.rubric.criteria[0].key].radios[4].click()
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF files (*.pdf)")
    )
    job = _tools(harness).export_report()
    assert job is not None
    # Not waitSignal(job.finished): QThread.finished comes from the worker thread and can
    # fire before the wait connects; the status line changes on the GUI thread afterwards.
    qtbot.waitUntil(lambda: "Written" in window.report_status.text(), timeout=60_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    workshop = harness.workbench.workshop
    assert workshop is not None
    for team in workshop.teams:
        assert team.name in text
    assert "Written" in window.report_status.text()


def test_the_scores_export_writes_a_csv(
    qtbot: QtBot, harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, harness, "rubric")
    form = window.rubric_form
    assert form is not None
    form.boxes[form.rubric.criteria[0].key].radios[2].click()
    target = tmp_path / "scores.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    job = _tools(harness).export_scores()
    assert job is not None
    qtbot.waitUntil(lambda: "Written" in window.report_status.text(), timeout=30_000)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    mine = [
        (r["criterion"], r["level"])
        for r in rows
        if r["strategy_id"] == harness.session.strategy_id
    ]
    assert (form.rubric.criteria[0].key, "2") in mine
    assert len(rows) == 2 * len(form.rubric.criteria)  # the demo scored both teams


def test_a_members_csv_with_a_bad_row_names_its_line(
    qtbot: QtBot, harness: Harness, tmp_path: Path
) -> None:
    workshop = harness.workbench.workshop
    assert workshop is not None
    asked: list[str] = []
    answer = [False]

    def confirm(_title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    dialog = ReviewedTeamsDialog(
        workshop, harness.window, references=lambda _t: pytest.fail("no removal"), confirm=confirm
    )
    qtbot.addWidget(dialog)
    members = tmp_path / "members.csv"
    members.write_text(
        "team,name,role\nNew team,Ada,data scientist\nNew team,Bo,astronaut\n", encoding="utf-8"
    )
    assert not dialog.import_members(members)
    assert "Line 3" in asked[0]
    assert "New team" not in dialog.teams
    answer[0] = True
    assert dialog.import_members(members)
    assert "New team" in dialog.teams
    assert "1 rows skipped" in dialog.notice.text()


def test_removing_a_reviewed_team_asks_first(qtbot: QtBot, harness: Harness) -> None:
    tools = _tools(harness)
    tools.current_round()  # the demo's round-robin round refers to every team
    workshop = harness.workbench.workshop
    store = harness.workbench.store
    assert workshop is not None and store is not None
    rounds = store.list_rounds(workshop.id)
    asked: list[str] = []

    def refuse(_title: str, text: str) -> bool:
        asked.append(text)
        return False

    dialog = ReviewedTeamsDialog(
        workshop,
        harness.window,
        references=lambda team_id: references_to_team(team_id, [], rounds, []),
        confirm=refuse,
    )
    qtbot.addWidget(dialog)
    before = dialog.teams
    dialog.team_list.setCurrentRow(0)
    dialog.remove_team.click()
    assert len(asked) == 1 and "peer review" in asked[0]
    assert dialog.teams == before


def test_every_visible_widget_of_the_window_has_an_accessible_name(
    qtbot: QtBot, harness: Harness
) -> None:
    window = _window(qtbot, harness, "timer")
    window.build_all()
    for key, page in window.pages.items():
        window.tabs.setCurrentWidget(page)
        assert unnamed_widgets(window) == [], key
    assert unnamed_widgets(_tools(harness).compact) == []


def test_full_screen_timer_and_closing_with_the_main_window(qtbot: QtBot, harness: Harness) -> None:
    tools = _tools(harness)
    harness.workbench.actions["timer_full"].trigger()
    window = tools.window
    assert window is not None
    presenter = window.timer_panel.presenter
    assert presenter is not None and presenter.isFullScreen()
    harness.close()
    assert not window.isVisible()
    assert window.timer_panel.presenter is None or not presenter.isVisible()


def test_every_way_to_the_teams_opens_the_guarded_dialog(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[object] = []

    def run_dialog(dialog: object) -> bool:
        shown.append(type(dialog))
        return False

    monkeypatch.setattr(harness.workbench, "run_dialog", run_dialog)
    harness.workbench.actions["teams"].trigger()
    harness.workbench.strategies.edit_teams.emit()
    harness.workbench.actions["teams_members"].trigger()
    assert shown == [ReviewedTeamsDialog] * 3


def test_an_edited_agenda_is_stored_and_timed(
    qtbot: QtBot, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    from views.facilitator.setup import AgendaDialog

    def run_dialog(dialog: object) -> bool:
        assert isinstance(dialog, AgendaDialog)
        dialog.table.setCurrentCell(0, 0)
        dialog.remove_stage()
        dialog.accept()
        return dialog.agenda is not None

    monkeypatch.setattr(harness.workbench, "run_dialog", run_dialog)
    harness.workbench.actions["agenda"].trigger()
    store, workshop = harness.workbench.store, harness.workbench.workshop
    assert store is not None and workshop is not None
    names = [s.name for s in store.get_agenda(workshop.id).stages]
    assert names == ["Explore", "Explain", "Elaborate", "Evaluate"]
    assert _tools(harness).compact.label.text() == "Explore · 1:00:00"


def test_locking_the_round_in_the_editor_is_stored(qtbot: QtBot, harness: Harness) -> None:
    window = _window(qtbot, harness, "peers")
    editor = window.assignments
    assert editor is not None
    editor.toggle_lock()
    store = harness.workbench.store
    assert store is not None
    assert store.get_round(editor.peer_round.id).locked
    assert window.peer_form is not None and window.peer_form.locked
