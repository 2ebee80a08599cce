"""The workshop day from the app: stages matched and offered by the timer, each stage's view,
the day's records stored, papers and the report written — and all of it by keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.export.blocks import Audience
from app.export.sections import build_slides
from app.review.reflections import ReflectionKind
from models.phases import Phase
from models.review import Agenda, Stage
from tests.views.a11y_helpers import unnamed_widgets
from tests.views.conftest import Harness
from views.day.controller import WorkshopDay
from views.day.stages import DayStage, day_stage
from views.facilitator.common import ReadOnlyCanvas

FAKE_NOW = [1000.0]


def _day(harness: Harness) -> WorkshopDay:
    day = harness.workbench.day
    assert isinstance(day, WorkshopDay)
    return day


def _pdf_text(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(path).pages)


def test_agenda_stages_are_matched_by_name_then_by_place() -> None:
    default = Agenda.default()
    assert [day_stage(default, i) for i in range(5)] == list(DayStage)
    named = Agenda(
        stages=(
            Stage(name="Welcome coffee", minutes=10),
            Stage(name="Explore the lifecycle", minutes=40),
            Stage(name="Evaluate and reflect", minutes=30),
        )
    )
    assert [day_stage(named, i) for i in range(3)] == [None, DayStage.EXPLORE, DayStage.EVALUATE]
    assert day_stage(named, None) is None and day_stage(named, 7) is None


def test_the_timer_offers_each_stage_and_f12_opens_it(harness: Harness, qtbot: QtBot) -> None:
    day = _day(harness)
    tools = harness.workbench.facilitating
    tools.clock = lambda: FAKE_NOW[0]
    assert not day.offer.isVisible()
    tools.controller.toggle()  # start: Engage
    assert day.offer.isVisible() and day.offer.stage is DayStage.ENGAGE
    tools.controller.skip()  # on to Explore
    assert day.offer.stage is not None and day.offer.stage.value == "explore"
    assert "Stage 2 of 5" in day.offer.label.text()
    QTest.mouseClick(day.offer.open_button, Qt.MouseButton.LeftButton)
    assert day.explore.isVisible() and not day.offer.isVisible()
    day.explore.hide()
    harness.workbench.actions["stage_view"].trigger()  # F12
    assert day.explore.isVisible()
    tools.controller.skip()  # Explain: the phase guide as slides
    harness.workbench.actions["stage_view"].trigger()
    show = day.presentation
    assert show is not None and show.isFullScreen() and show.objectName() == "guide_slides"
    assert show.page_count == 1 + 3 * 7
    assert unnamed_widgets(show) == []
    QTest.keyClick(show, Qt.Key.Key_PageDown)
    assert show.page == 1
    QTest.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not show.isVisible())


def test_engage_presents_any_case_study(harness: Harness, qtbot: QtBot) -> None:
    window = harness.workbench.facilitating.show_window("case")
    picker = window.case_picker
    assert picker is not None
    keys = [picker.choice.itemData(i) for i in range(picker.choice.count())]
    library = harness.workbench.library
    assert library is not None
    assert set(keys) >= set(library.scenarios)
    cases = [k for k in keys if library.scenarios[k].case_study]
    assert keys[: len(cases)] == cases  # documented failures first
    assert picker.choose("robodebt") or picker.choose(cases[0])
    assert picker.view is not None and picker.view.scenario.key in cases
    assert unnamed_widgets(window) == []
    window.show_tab("day")
    assert unnamed_widgets(window) == []
    window.show_tab("case")
    picker.present()
    twin = picker.view.twin
    assert twin is not None and twin.isFullScreen()
    twin.close()


def test_explore_notes_are_kept_per_team_and_event(harness: Harness) -> None:
    day = _day(harness)
    wb = harness.workbench
    day.open_explore()
    dock = day.explore
    dock.choose_event(
        "data-breach"
        if dock.event_box.findData("data-breach") >= 0
        else str(dock.event_box.itemData(0))
    )
    key, title = dock.current_event()
    dock.watch()
    assert wb.drilling is not None and wb.drilling.dock.stepping
    dock.observed.setPlainText("The breach reached nobody on call.")
    dock.questions.setPlainText("Who tells the people affected?")
    QTest.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    store, workshop = wb.store, wb.workshop
    assert store is not None and workshop is not None
    notes = store.list_observations(workshop.id, harness.session.strategy_id)
    mine = next(o for o in notes if o.event_key == key)
    assert (mine.observed, mine.questions, mine.event_title) == (
        "The breach reached nobody on call.",
        "Who tells the people affected?",
        title,
    )
    assert any(
        dock.recorded.item(i).data(Qt.ItemDataRole.UserRole) == key
        for i in range(dock.recorded.count())
    )


def test_explore_notes_are_saved_at_each_pause_in_typing(harness: Harness, qtbot: QtBot) -> None:
    day = _day(harness)
    wb = harness.workbench
    day.open_explore()
    dock = day.explore
    key, _title = dock.current_event()
    store, workshop = wb.store, wb.workshop
    assert store is not None and workshop is not None

    def stored() -> tuple[str, str] | None:
        notes = store.list_observations(workshop.id, harness.session.strategy_id)
        mine = next((o for o in notes if o.event_key == key), None)
        return (mine.observed, mine.questions) if mine else None

    dock.observed.clear()
    dock.questions.clear()
    QTest.keyClicks(dock.observed, "Nobody was paged.")
    assert dock.status.text() == "Not saved yet"
    qtbot.waitUntil(lambda: stored() == ("Nobody was paged.", ""), timeout=5000)
    assert dock.status.text() == "Saved"
    # Leaving the panel saves what was typed since, without waiting for the pause.
    QTest.keyClicks(dock.questions, "Who is on call?")
    assert dock.status.text() == "Not saved yet"
    dock.hide()
    assert stored() == ("Nobody was paged.", "Who is on call?")


def test_evaluate_presents_the_presentation_deck_with_the_live_board(harness: Harness) -> None:
    show = _day(harness).present_plan()
    assert show is not None and show.isFullScreen()
    headings = [label.text() for label in show.headings]
    # The five-minute presentation deck (issue 13), slide for slide, not the full plan.
    exporting = getattr(harness.workbench, "exporting", None)
    assert exporting is not None
    talk = build_slides(exporting.bundle(harness.session), Audience.TALK)
    assert headings == [slide.title for slide in talk]
    assert headings[0] == harness.session.document.strategy.name
    assert "The board" in headings and "Next steps" in headings
    assert len(headings) < len(build_slides(exporting.bundle(harness.session)))
    assert unnamed_widgets(show) == []
    board = show.findChild(ReadOnlyCanvas, "plan_board")
    assert board is not None and board.strategy is not None
    assert set(board.strategy.cards) == set(harness.session.document.strategy.cards)
    show.close()


def test_reflections_are_saved_and_a_paper_is_written_with_the_plan(
    harness: Harness, tmp_path: Path
) -> None:
    wb = harness.workbench
    day = _day(harness)
    window = wb.facilitating.show_window("reflect")
    form = day.reflection_form
    assert form is not None and window.tabs.currentWidget() is window.pages["reflect"]
    workshop = wb.workshop
    assert workshop is not None
    member = workshop.teams[0].members[0]
    assert form.choose(member.name)
    form.edits["improve"].setPlainText("Version everything, «watch» everything ✓")
    form.confidence[Phase.MONITOR].setCurrentIndex(1)  # level 1
    form.save()
    store = wb.store
    assert store is not None
    stored = {r.author: r for r in store.list_reflections(workshop.id)}
    assert stored[member.name].answers["improve"] == "Version everything, «watch» everything ✓"
    assert stored[member.name].confidence[Phase.MONITOR] == 1
    for kind, suffix in (("pdf", ".pdf"), ("md", ".md")):
        target = tmp_path / f"paper{suffix}"
        day.ask_path = lambda *_a, t=target: t  # type: ignore[method-assign]
        assert day.export_paper(form.reflection(), kind) == target
    text = _pdf_text(tmp_path / "paper.pdf")
    assert member.name in text and "Attached: the team's plan" in text
    strategy = next(s for s in wb.strategies_listing() if s.team_id == workshop.teams[0].id)
    assert strategy.name in text
    markdown = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert "Version everything" in markdown and "## Attached: the team's plan" in markdown
    assert unnamed_widgets(window) == []
    assert any(p.kind is ReflectionKind.FACILITATOR for p in form.people)


def test_the_facilitator_report_carries_the_reflections(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window = harness.workbench.facilitating.show_window("report")
    job = harness.workbench.facilitating.export_report()
    assert job is not None
    qtbot.waitUntil(lambda: "Written" in window.report_status.text(), timeout=60_000)
    text = _pdf_text(target)
    assert "Individual reflections" in text and "The facilitator's reflection" in text
    assert "Explore: what teams observed" in text


def test_the_five_stages_by_keyboard(harness: Harness, qtbot: QtBot) -> None:
    wb = harness.workbench
    day = _day(harness)
    with qtbot.waitActive(harness.window):
        harness.window.activateWindow()
    wb.view.setFocus()
    QTest.keyClick(
        wb.view,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window = wb.facilitating.window
    assert window is not None and window.tabs.currentWidget() is window.pages["day"]
    page = window.pages["day"].content
    assert page is not None
    buttons = {b.objectName(): b for b in page.findChildren(QPushButton)}
    for name in (
        "day_case",
        "day_explore",
        "day_guide",
        "day_canvas",
        "day_present",
        "day_reflect",
    ):
        button = buttons[name]
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, name
    opened: list[str] = []
    for name, check in (
        ("day_case", lambda: window.tabs.currentWidget() is window.pages["case"]),
        ("day_explore", day.explore.isVisible),
        ("day_guide", lambda: day.presentation is not None and day.presentation.isVisible()),
        ("day_canvas", wb.view.hasFocus),
        (
            "day_present",
            lambda: day.presentation is not None and day.presentation.objectName() == "plan_slides",
        ),
        ("day_reflect", lambda: window.tabs.currentWidget() is window.pages["reflect"]),
    ):
        window.show_tab("day")
        page = window.pages["day"].content
        assert page is not None
        pressed = page.findChild(QPushButton, name)
        assert pressed is not None
        with qtbot.waitActive(window):
            window.activateWindow()
        pressed.setFocus()
        QTest.keyClick(pressed, Qt.Key.Key_Space)  # a focused button is pressed by Space
        qtbot.waitUntil(check, timeout=3000)  # a window coming forward is the system's doing
        opened.append(name)
        if day.presentation is not None and day.presentation.isVisible():
            QTest.keyClick(day.presentation, Qt.Key.Key_Escape)
    assert len(opened) == 6


def test_answers_typed_and_not_saved_are_kept_when_another_name_is_chosen(
    harness: Harness,
) -> None:
    wb = harness.workbench
    day = _day(harness)
    wb.facilitating.show_window("reflect")
    form = day.reflection_form
    assert form is not None and wb.workshop is not None and wb.store is not None
    first, second = wb.workshop.teams[0].members[:2]
    assert form.choose(first.name)
    form.edits["challenges"].setPlainText("Typed, never saved by hand")
    assert form.dirty
    assert not form.status.text().startswith("Saved")  # never "Saved" over typed text
    assert form.choose(second.name)
    stored = {r.author: r for r in wb.store.list_reflections(wb.workshop.id)}
    assert stored[first.name].answers["challenges"] == "Typed, never saved by hand"
    assert not form.dirty
    assert form.choose(first.name)
    assert form.edits["challenges"].toPlainText() == "Typed, never saved by hand"
    assert not form.dirty and form.status.text().startswith("Saved")
