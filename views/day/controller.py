"""The workshop day run from the app: the five stages' views, the timer's offers, and the
records the day produces (observations, reflections) written to the store.

``install_day(workbench)`` (after the facilitator's tools) adds:

- Engage: the case-study picker (any scenario) in the facilitator window, full screen;
- Explore: the guided-drill panel beside the canvas; the team's notes are stored;
- Explain: the phase guide as full-screen slides;
- Elaborate: the canvas itself, palette open;
- Evaluate: the team's plan as full-screen slides, then rubric and peer review (the
  facilitator window's tabs), then each participant's reflection, with the paper
  export (PDF or Markdown, the team's plan attached).

When the agenda timer enters a stage, a bar above the canvas offers that stage's
view; F12 opens it whenever the timer is in a stage.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from app.export.atomic import ExportError
from app.i18n import interface_language, translate
from app.resources import ContentError
from app.review.reflections import (
    Observation,
    Questions,
    Reflection,
    ReflectionKind,
    load_questions,
    stamped,
)
from app.store import StoreError
from models.content import Scenario
from views.day.day_page import Action, CasePicker, DayPage
from views.day.decks import guide_pages, plan_pages
from views.day.explore import ExploreDock
from views.day.papers import paper_stem, write_paper
from views.day.reflection_form import ReflectionForm
from views.day.slides import SlideShow, open_full_screen
from views.day.stages import DayStage, StageOffer, day_stage
from views.facilitator.common import ReadOnlyCanvas
from views.mounting import add_dock

if TYPE_CHECKING:
    from views.facilitating import FacilitatorTools
    from views.facilitator.window import Slot
    from views.workbench import Workbench


def install_day(wb: Workbench) -> WorkshopDay:
    """Mount the workshop day into a built workbench (after its facilitator tools)."""
    return WorkshopDay(wb, wb.facilitating)


class WorkshopDay(QObject):
    """The five stages' views and the day's records (see the module)."""

    def __init__(self, wb: Workbench, tools: FacilitatorTools) -> None:
        super().__init__(wb)
        self.wb = wb
        self.tools = tools
        tools.day = self
        self.questions: Questions | None
        try:
            self.questions = load_questions()
        except ContentError as err:
            self.questions = None
            wb.show_message(str(err))
        self.offer = StageOffer()
        wb.canvas_area.set_offer(self.offer)
        self.offer.accepted.connect(lambda value: self.open_stage(DayStage(value)))
        drills = wb.drilling.dock if wb.drilling is not None else None
        events = wb.drill_load.events if wb.drill_load is not None else ()
        self.explore = ExploreDock(events, drills)
        add_dock(wb, self.explore, Qt.DockWidgetArea.RightDockWidgetArea, tabify_with=wb.inspector)
        self.explore.hide()
        self.explore.save_requested.connect(self.save_observation)
        self.presentation: SlideShow | None = None
        self.reflection_form: ReflectionForm | None = None
        self._seen: tuple[int | None, bool] = (None, False)
        self.actions = self._install_menu()
        tools.controller.changed.connect(self._timer_changed)
        wb.session_changed.connect(lambda _s: self.refresh_explore())
        self.refresh_explore()

    def _install_menu(self) -> dict[str, QAction]:
        wb = self.wb
        menu = wb.window.findChild(QMenu, "facilitator_menu")
        entries = (
            (
                "day",
                translate("facilitator", "Workshop &day"),
                lambda: self.tools.show_window("day"),
                "Ctrl+Shift+W",
            ),
            (
                "stage_view",
                translate("facilitator", "Open this stage's vie&w"),
                self.open_current,
                "F12",
            ),
            (
                "explore_drill",
                translate("facilitator", "&Guided drill (Explore)"),
                self.open_explore,
                None,
            ),
            (
                "guide_slides",
                translate("facilitator", "Phase guide sl&ides (Explain)"),
                self.guide_slides,
                None,
            ),
            (
                "present_plan",
                translate("facilitator", "Present the team's pla&n (Evaluate)"),
                self.present_plan,
                None,
            ),
            (
                "reflections",
                translate("facilitator", "Reflecti&ons (Evaluate)"),
                self.open_reflections,
                None,
            ),
        )
        if isinstance(menu, QMenu):
            menu.addSeparator()
        actions: dict[str, QAction] = {}
        for name, text, slot, keys in entries:
            action = QAction(text, wb.window)
            action.setObjectName(name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _c=False, s=slot: s())
            wb.window.addAction(action)
            if isinstance(menu, QMenu):
                menu.addAction(action)
            actions[name] = action
        wb.actions.update(actions)
        return actions

    # -- the timer drives the day ----------------------------------------------------------

    def current_stage(self) -> DayStage | None:
        """The day stage the agenda timer is in (None before the agenda matches one)."""
        view = self.tools.controller.view()
        return day_stage(self.tools.controller.timer.agenda, view.index)

    def _timer_changed(self) -> None:
        view = self.tools.controller.view()
        started = view.state.value != "ready"
        seen = (view.index, started)
        if seen == self._seen:
            return
        self._seen = seen
        if self.tools.window is not None:
            self.tools.window.invalidate("day")  # "now" moved
        stage = self.current_stage()
        if stage is None or view.index is None or not started:
            return  # a reset or a new agenda: nothing starts until the timer does
        count = len(self.tools.controller.timer.agenda.stages)
        position = translate("facilitator", "Stage {n} of {count}").format(
            n=view.index + 1, count=count
        )
        self.offer.offer(stage, position)
        self.tools.notify(
            translate("facilitator", "{position}: {stage}. {offer}: F12.").format(
                position=position, stage=stage.label, offer=stage.offer
            )
        )

    def open_current(self) -> None:
        """F12: open the view of the stage the timer is in (else the day's overview)."""
        stage = self.current_stage()
        self.offer.hide()
        if stage is None:
            self.tools.show_window("day")
            return
        self.open_stage(stage)

    def _offered(self, stage: DayStage) -> None:
        """A stage's view was opened (by any route): its offer has been answered."""
        if self.offer.stage is stage:
            self.offer.hide()

    def open_stage(self, stage: DayStage) -> None:
        """Open one stage's view."""
        self._offered(stage)
        if stage is DayStage.ENGAGE:
            self.tools.show_window("case")
        elif stage is DayStage.EXPLORE:
            self.open_explore()
        elif stage is DayStage.EXPLAIN:
            self.guide_slides()
        elif stage is DayStage.ELABORATE:
            self.back_to_canvas()
        else:
            self.present_plan()

    # -- the stages' views -----------------------------------------------------------------

    def _raise_main(self) -> None:
        window = self.wb.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.activateWindow()

    def open_explore(self) -> None:
        """The guided drill beside the canvas, its event list in the keyboard's hands."""
        self._offered(DayStage.EXPLORE)
        self._raise_main()
        self.refresh_explore()
        self.explore.show()
        self.explore.raise_()
        self.explore.event_box.setFocus()

    def back_to_canvas(self) -> None:
        """Elaborate: the canvas in front, the palette open beside it."""
        self._offered(DayStage.ELABORATE)
        self._raise_main()
        if not self.wb.palette.isVisible():
            self.wb.palette.show()
            self.wb.palette.raise_()
        self.wb.view.setFocus()

    def guide_slides(self) -> SlideShow | None:
        """Explain: the phase guide as full-screen slides."""
        library = self.wb.library
        if library is None:
            return None
        self._offered(DayStage.EXPLAIN)
        return self._showing(
            open_full_screen(
                translate("facilitator", "Phase guide"),
                guide_pages(library.guide, library.catalog),
                "guide_slides",
            )
        )

    def present_plan(self, strategy_id: str | None = None) -> SlideShow | None:
        """Evaluate: a team's plan as full-screen slides (the facilitator window's pick, else
        the canvas's strategy); the strategy opens on the canvas first."""
        wb = self.wb
        self._offered(DayStage.EVALUATE)
        if strategy_id is None and self.tools.window is not None:
            strategy_id = self.tools.window.strategy_id
        if strategy_id is not None and (
            wb.session is None or wb.session.strategy_id != strategy_id
        ):
            wb.open_strategy(strategy_id)
        session = wb.session
        exporting = getattr(wb, "exporting", None)
        if session is None or exporting is None:
            wb.show_message(translate("facilitator", "Open a strategy first."))
            return None
        try:
            # On screen in the window's language (the export language is for files).
            bundle = exporting.bundle(session, interface_language())
        except (ExportError, StoreError, ContentError) as err:
            wb.show_message(str(err))
            return None
        from app.export.blocks import Audience
        from app.export.sections import build_slides

        strategy = session.document.strategy
        team = wb.workshop.team(strategy.team_id) if wb.workshop else None

        def board() -> QWidget:
            canvas = ReadOnlyCanvas(wb.theme, translate("facilitator", "The team's board"))
            canvas.setObjectName("plan_board")
            canvas.show_strategy(strategy)
            canvas.zoom_to_width()
            return canvas

        pages = plan_pages(build_slides(bundle, Audience.TALK), team.name if team else "", board)
        return self._showing(
            open_full_screen(
                translate("facilitator", "{name} — the plan").format(name=strategy.name),
                pages,
                "plan_slides",
            )
        )

    def _showing(self, show: SlideShow) -> SlideShow:
        """Remember the slide show on screen until it closes (it deletes itself)."""
        self.presentation = show
        show.destroyed.connect(self._presentation_gone)
        return show

    def _presentation_gone(self) -> None:
        self.presentation = None

    def open_reflections(self) -> None:
        """Evaluate: the individual reflection form (the facilitator window's tab)."""
        self.tools.show_window("reflect")

    # -- pages of the facilitator window ---------------------------------------------------

    def build_day_page(self, slot: Slot) -> None:
        """The facilitator window's "Workshop day" tab."""
        window = self.tools.window
        actions: dict[DayStage, list[Action]] = {
            DayStage.ENGAGE: [
                (
                    translate("facilitator", "Case study…"),
                    "day_case",
                    lambda: self.tools.show_window("case"),
                ),
                (
                    translate("facilitator", "Agenda timer full screen"),
                    "day_timer",
                    self.tools.timer_full_screen,
                ),
            ],
            DayStage.EXPLORE: [
                (
                    translate("facilitator", "Guided drill for teams"),
                    "day_explore",
                    self.open_explore,
                ),
            ],
            DayStage.EXPLAIN: [
                (translate("facilitator", "Phase guide slides"), "day_guide", self.guide_slides),
            ],
            DayStage.ELABORATE: [
                (translate("facilitator", "Back to the canvas"), "day_canvas", self.back_to_canvas),
                (
                    translate("facilitator", "Side by side"),
                    "day_compare",
                    lambda: self.tools.show_window("compare"),
                ),
                (
                    translate("facilitator", "Phase reviews"),
                    "day_phases",
                    lambda: self.tools.show_window("phases"),
                ),
            ],
            DayStage.EVALUATE: [
                (translate("facilitator", "Present the plan"), "day_present", self.present_plan),
                (
                    translate("facilitator", "Rubric scoring"),
                    "day_rubric",
                    lambda: self.tools.show_window("rubric"),
                ),
                (
                    translate("facilitator", "Peer review"),
                    "day_peers",
                    lambda: self.tools.show_window("peers"),
                ),
                (translate("facilitator", "Reflections"), "day_reflect", self.open_reflections),
                (
                    translate("facilitator", "Facilitator report…"),
                    "day_report",
                    self.tools.export_report,
                ),
            ],
        }
        slot.show_widget(
            DayPage(self.tools.controller.timer.agenda, self.current_stage(), actions, window)
        )

    def build_case_page(self, slot: Slot, chosen: str | None) -> CasePicker:
        """The Engage tab: every scenario, the picked strategy's first."""
        picker = CasePicker(self.all_scenarios(), self.tools.catalog(), chosen)
        slot.show_widget(picker)
        return picker

    def build_reflect_page(self, slot: Slot) -> None:
        """The Evaluate stage's reflection tab."""
        wb = self.wb
        if wb.workshop is None or wb.store is None or self.questions is None:
            slot.show_note(translate("facilitator", "Open a workshop to record reflections."))
            self.reflection_form = None
            return
        try:
            stored = wb.store.list_reflections(wb.workshop.id)
        except StoreError as err:
            slot.show_note(str(err))
            return
        form = ReflectionForm(wb.workshop, self.questions, stored)
        form.save_requested.connect(self.save_reflection)
        form.export_requested.connect(self.export_paper)
        self.reflection_form = form
        slot.show_widget(form)

    def all_scenarios(self) -> list[Scenario]:
        """The workshop's own scenarios, then the library's (each key once)."""
        wb = self.wb
        own: dict[str, Scenario] = {}
        if wb.store is not None and wb.workshop is not None:
            try:
                own = {s.key: s for s in wb.store.list_scenarios(wb.workshop.id)}
            except StoreError:
                own = {}
        library = wb.library.scenarios if wb.library is not None else {}
        return [*own.values(), *(s for k, s in library.items() if k not in own)]

    # -- records ---------------------------------------------------------------------------

    def refresh_explore(self) -> None:
        """Show the open strategy's team and its recorded notes in the guided drill."""
        wb = self.wb
        session = wb.session
        if session is None or wb.workshop is None or wb.store is None:
            self.explore.set_context("", [])
            return
        strategy = session.document.strategy
        team = wb.workshop.team(strategy.team_id)
        try:
            notes = wb.store.list_observations(wb.workshop.id, strategy.id)
        except StoreError:
            notes = []
        self.explore.set_context(team.name if team else strategy.name, notes)

    def save_observation(self, key: str, title: str, observed: str, questions: str) -> bool:
        """Store the team's notes on one event (replacing earlier notes on it)."""
        wb = self.wb
        session = wb.session
        if session is None or wb.store is None or wb.workshop is None:
            wb.show_message(translate("facilitator", "Open a team's strategy first."))
            return False
        strategy = session.document.strategy
        observation = stamped(
            Observation(
                workshop_id=strategy.workshop_id,
                strategy_id=strategy.id,
                team_id=strategy.team_id,
                event_key=key,
                event_title=title,
                observed=observed,
                questions=questions,
            )
        )
        try:
            wb.store.save_observation(observation)
        except StoreError as err:
            self.tools.notify(
                translate("facilitator", "The notes were not saved: {e}").format(e=err), "error"
            )
            return False
        self.refresh_explore()
        self.explore.saved(key)
        wb.show_message(
            translate("facilitator", "The team's notes on “{event}” are saved.").format(event=title)
        )
        return True

    def save_reflection(self, reflection: object) -> bool:
        """Store one person's reflection."""
        wb = self.wb
        assert isinstance(reflection, Reflection)
        if wb.store is None:
            return False
        record = stamped(reflection)
        try:
            wb.store.save_reflection(record)
        except StoreError as err:
            self.tools.notify(
                translate("facilitator", "The reflection was not saved: {e}").format(e=err), "error"
            )
            return False
        if self.reflection_form is not None:
            self.reflection_form.saved(record)
        self.tools.notify(
            translate("facilitator", "{name}'s reflection is saved.").format(name=record.author)
        )
        return True

    def export_paper(self, reflection: object, kind: str) -> Path | None:
        """Write a participant's reflection paper (PDF or Markdown) with the team's plan."""
        wb = self.wb
        assert isinstance(reflection, Reflection)
        if self.questions is None or reflection.kind is not ReflectionKind.PARTICIPANT:
            return None
        self.save_reflection(reflection)
        suffix = ".pdf" if kind == "pdf" else ".md"
        path = self.ask_path(
            translate("facilitator", "Export reflection paper"),
            f"reflection-{paper_stem(reflection.author)}{suffix}",
            translate("facilitator", "PDF (*.pdf)")
            if kind == "pdf"
            else translate("facilitator", "Markdown (*.md)"),
        )
        if path is None:
            return None
        try:
            written = write_paper(wb, reflection, self.questions, path, kind)
        except (ExportError, StoreError, ContentError, OSError) as err:
            self.tools.notify(
                translate("facilitator", "The paper was not written: {e}").format(e=err), "error"
            )
            return None
        self.tools.notify(translate("facilitator", "Written {path}").format(path=written))
        return written

    def ask_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to write (tests replace this)."""
        chosen, _ = QFileDialog.getSaveFileName(self.wb.window, title, suggested, file_filter)
        return Path(chosen) if chosen else None
