"""The facilitator's tools mounted in the main window: a Facilitator menu, the compact
agenda timer in the status bar, review states on the lanes, and the store behind them.

``install_facilitator(workbench)`` adds everything; ``FacilitatorTools`` is the
controller between the facilitator window's widgets (which emit plain review
records) and the store (which keeps each one at once). It also checks what only
the service layer knows — a peer round locked meanwhile by another seat is
reloaded before feedback is written.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app.i18n import translate
from app.review.errors import ReviewError
from app.review.peers import TeamEntry, new_round
from app.review.peers import save_feedback as check_feedback
from app.review.replay import Replay
from app.review.snapshots import take_snapshot
from app.store import StoreError, StrategySummary
from models.content import CatalogEntry, Scenario
from models.findings import CheckResult
from models.review import (
    Agenda,
    PeerFeedback,
    PeerRound,
    PhaseReview,
    Rubric,
    RubricSheet,
    Snapshot,
)
from models.strategy import Strategy
from models.workshop_ops import ReviewEdit
from views.facilitator.exports import Exports
from views.facilitator.lanes import show_lane_reviews
from views.facilitator.menu import guard_team_edits, install_menu
from views.facilitator.reporting import Job
from views.facilitator.setup import AgendaDialog, ReviewedTeamsDialog, team_references
from views.facilitator.timer import CompactTimer
from views.facilitator.timer_control import TimerController
from views.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from app.workshop_document import WorkshopChange
    from views.day.controller import WorkshopDay
    from views.facilitator.window import FacilitatorWindow
    from views.session import StrategySession
    from views.workbench import Workbench


def install_facilitator(wb: Workbench) -> FacilitatorTools:
    """Add the Facilitator menu and the status-bar timer to the workbench's window."""
    return FacilitatorTools(wb)


class FacilitatorTools(QObject):
    """The facilitator's menu, timer and window, and the store writes behind them."""

    def __init__(self, wb: Workbench) -> None:
        super().__init__(wb)
        self.wb = wb
        self.clock = time.monotonic  # tests put a fake clock here
        self.controller = TimerController(self._agenda(), self._now, parent=self)
        self.compact = CompactTimer(self.controller)
        self.compact.expand_requested.connect(lambda: self.show_window("timer"))
        wb.window.statusBar().addPermanentWidget(self.compact)
        self.window: FacilitatorWindow | None = None
        self.day: WorkshopDay | None = None  # set by views.day.controller.install_day
        self._rubric: Rubric | None = None
        self._workshop_id = wb.workshop.id if wb.workshop else None
        self.exports = Exports(self)
        self.actions = install_menu(self)
        guard_team_edits(self)
        wb.session_changed.connect(self._session_changed)
        wb.window.close_hooks.append(self.close)
        if wb.session is not None:
            self.show_lane_reviews(wb.session)

    def _now(self) -> float:
        # Read at every tick, so a test can swap in a fake clock after install.
        return self.clock()

    def notify(self, text: str, kind: str = "info") -> None:
        """Tell the facilitator (their window's banner and the status bar)."""
        self.wb.show_message(text)
        if self.window is not None:
            self.window.message.show_text(text, kind)

    # -- the window ----------------------------------------------------------------------------

    def show_window(self, tab: str | None = None) -> FacilitatorWindow:
        """Open (or raise) the facilitator window, on ``tab`` if given."""
        from views.facilitator.window import FacilitatorWindow

        if self.window is None:
            self.window = FacilitatorWindow(self)
            self.window.refresh(self.wb.session.strategy_id if self.wb.session else None)
        # Un-minimise and activate: that brings the window forward (raise_() is refused
        # by some platforms, the headless one among them).
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        fit_to_screen(window)
        window.show()
        window.activateWindow()
        self.window.show_tab(tab or "day")
        return self.window

    def close(self) -> bool:
        """Close the facilitator window and a full-screen timer with the main window."""
        if self.window is not None:
            presenter = self.window.timer_panel.presenter
            if presenter is not None:
                presenter.close()
            self.window.close()
        return True

    def timer_full_screen(self) -> None:
        """Show the agenda timer full screen (again: back to the window)."""
        self.show_window("timer").timer_panel.toggle_full_screen()

    def _session_changed(self, session: StrategySession | None) -> None:
        workshop_id = self.wb.workshop.id if self.wb.workshop else None
        if workshop_id != self._workshop_id:
            self._workshop_id = workshop_id
            self._rubric = None  # the next workshop's sheets may use another rubric
            self.controller.set_agenda(self._agenda())
        if session is not None:
            self.show_lane_reviews(session)
        if self.window is not None:
            self.window.follow(session.strategy_id if session else None)

    def workshop_changed(self, change: WorkshopChange) -> None:
        """Another seat changed the workshop or a review: show it (agenda, lanes, window)."""
        if any(isinstance(op, ReviewEdit) and op.what == "agenda" for op in change.ops):
            self.controller.set_agenda(self._agenda())
        if change.reviews_changed and self.wb.session is not None:
            self.show_lane_reviews(self.wb.session)
        if self.window is not None:
            self.window.refresh()

    # -- reading -------------------------------------------------------------------------------

    def _agenda(self) -> Agenda:
        if self.wb.store is None or self.wb.workshop is None:
            return Agenda.default()
        try:
            return self.wb.store.get_agenda(self.wb.workshop.id)
        except StoreError:
            return Agenda.default()

    def summaries(self) -> list[StrategySummary]:
        """The current workshop's strategies."""
        return self.wb.strategies_listing()

    def team_names(self) -> dict[str, str]:
        """Team id → name in the current workshop."""
        return {t.id: t.name for t in self.wb.workshop.teams} if self.wb.workshop else {}

    def label(self, strategy_id: str) -> str:
        """ "Team — strategy" as the picker and the tables show it."""
        summary = next((s for s in self.summaries() if s.id == strategy_id), None)
        if summary is None:
            return strategy_id
        team = self.team_names().get(summary.team_id or "", "")
        return f"{team} — {summary.name}" if team else summary.name

    def strategy(self, strategy_id: str | None) -> Strategy | None:
        """A strategy as it is now: the open document's, else the stored one."""
        if strategy_id is None or self.wb.store is None:
            return None
        session = self.wb.sessions.get(strategy_id)
        if session is not None:
            return session.document.strategy
        try:
            return self.wb.store.load_strategy(strategy_id)
        except StoreError as err:
            self.notify(str(err), "error")
            return None

    def all_strategies(self) -> list[Strategy]:
        """Every strategy of the workshop (for side-by-side review)."""
        found = (self.strategy(s.id) for s in self.summaries())
        return [s for s in found if s is not None]

    def scenario(self, key: str) -> Scenario | None:
        """The scenario with this key (the workshop's own first, then the library's)."""
        if self.wb.store is not None and self.wb.workshop is not None:
            own = {s.key: s for s in self.wb.store.list_scenarios(self.wb.workshop.id)}
            if key in own:
                return own[key]
        return self.wb.library.scenarios.get(key) if self.wb.library else None

    def catalog(self) -> Mapping[str, CatalogEntry]:
        """The practice catalog."""
        return self.wb.library.catalog if self.wb.library else {}

    def capability_titles(self) -> dict[str, str]:
        """Capability key → title."""
        lib = self.wb.library
        return {k: c.title for k, c in lib.capabilities.items()} if lib else {}

    def facilitator_name(self) -> str:
        """The workshop's facilitator (stored as scorer and author)."""
        return self.wb.workshop.facilitator if self.wb.workshop else ""

    def rubric(self) -> Rubric | None:
        """The rubric to score with: the one the sheets use, else the default (loaded once)."""
        services = self.wb.services
        if self._rubric is None and services is not None and self.wb.workshop is not None:
            from app.resources import ContentError
            from app.review.rubrics import RubricChoiceError

            try:
                self._rubric = services.rubric_for(self.wb.workshop.id)
            except (RubricChoiceError, ContentError, StoreError) as err:
                self.notify(str(err), "error")
        return self._rubric

    def check(self, strategy: Strategy) -> CheckResult:
        """The checker's result for a strategy (the shipped and agency packs)."""
        assert self.wb.services is not None
        return self.wb.services.checker.check(strategy)

    def sheet(self, strategy_id: str, rubric_key: str) -> RubricSheet | None:
        """The stored score sheet, or None."""
        assert self.wb.store is not None
        return self.wb.store.get_sheet(strategy_id, rubric_key)

    def phase_history(self, strategy_id: str) -> list[PhaseReview]:
        """The strategy's phase review history, oldest first."""
        assert self.wb.store is not None
        return self.wb.store.phase_reviews(strategy_id)

    def snapshots(self, strategy_id: str) -> list[Snapshot]:
        """The strategy's snapshots."""
        assert self.wb.store is not None
        return self.wb.store.load_snapshots(strategy_id)

    def feedback_entry(self, round_id: str, reviewer: str, strategy_id: str) -> PeerFeedback | None:
        """The stored feedback of one reviewer team on one strategy in a round."""
        assert self.wb.store is not None
        found = self.wb.store.list_feedback(round_id=round_id, strategy_id=strategy_id)
        return next((f for f in found if f.reviewer_team_id == reviewer), None)

    def current_round(self) -> tuple[PeerRound | None, list[TeamEntry]]:
        """The latest peer round (a round-robin one is created and stored if none), its teams."""
        assert self.wb.store is not None
        workshop = self.wb.workshop
        if workshop is None:
            return None, []
        first: dict[str, str] = {}
        for summary in self.summaries():
            if summary.team_id and summary.team_id not in first:
                first[summary.team_id] = summary.id
        entries = [TeamEntry(t.id, first[t.id]) for t in workshop.teams if t.id in first]
        rounds = self.wb.store.list_rounds(workshop.id)
        if rounds:
            return rounds[-1], entries
        if len(entries) < 2:
            return None, entries
        peer_round = new_round(workshop.id, entries, translate("facilitator", "Round 1"))
        self.wb.store.save_round(peer_round)
        return peer_round, entries

    def replay(self, strategy_id: str) -> tuple[Replay | None, str]:
        """The strategy's history as a replay, or None and why not."""
        from app.review.errors import ReplayError

        assert self.wb.store is not None
        session = self.wb.sessions.get(strategy_id)
        if session is not None and session.autosaver.pending:
            session.autosaver.flush()
        try:
            final = self.wb.store.load_strategy(strategy_id)
            return Replay.from_final(final, self.wb.store.history(strategy_id)), ""
        except (ReplayError, StoreError) as err:
            return None, translate("facilitator", "The history cannot be replayed: {e}").format(
                e=err
            )

    # -- writing: every record at once ---------------------------------------------------------

    def save_sheet(self, sheet: RubricSheet) -> bool:
        """Store a score sheet."""
        assert self.wb.store is not None and self.wb.workshop is not None
        try:
            self.wb.store.save_sheet(self.wb.workshop.id, sheet)
        except StoreError as err:
            self.notify(
                translate("facilitator", "The scores were not saved: {e}").format(e=err), "error"
            )
            return False
        return True

    def save_round(self, peer_round: PeerRound) -> bool:
        """Store a round's assignments or lock."""
        assert self.wb.store is not None
        try:
            self.wb.store.save_round(peer_round)
        except StoreError as err:
            self.notify(
                translate("facilitator", "The round was not saved: {e}").format(e=err), "error"
            )
            return False
        return True

    def save_feedback(self, entry: object) -> PeerRound | None:
        """Store peer feedback if its round, as stored now, still allows it.

        Returns:
            The stored round when the entry was refused because the round changed
            (locked by another seat meanwhile); None otherwise.
        """
        assert self.wb.store is not None and isinstance(entry, PeerFeedback)
        try:
            peer_round = self.wb.store.get_round(entry.round_id)
        except StoreError as err:
            self.notify(str(err), "error")
            return None
        try:
            stamped = check_feedback(peer_round, entry)
        except ReviewError as err:
            self.notify(
                translate("facilitator", "The feedback was not saved: {e}").format(e=err), "error"
            )
            return peer_round
        try:
            self.wb.store.save_feedback(stamped)
        except StoreError as err:
            self.notify(
                translate("facilitator", "The feedback was not saved: {e}").format(e=err), "error"
            )
            return None
        self.notify(translate("facilitator", "Feedback saved."))
        return None

    def record_phase_review(self, entry: object) -> bool:
        """Store a phase review and show the new state on the strategy's lane."""
        assert self.wb.store is not None and isinstance(entry, PhaseReview)
        try:
            self.wb.store.add_phase_review(entry)
        except StoreError as err:
            self.notify(
                translate("facilitator", "The review was not saved: {e}").format(e=err), "error"
            )
            return False
        session = self.wb.sessions.get(entry.strategy_id)
        if session is not None:
            self.show_lane_reviews(session)
        return True

    def take_snapshot(self, strategy_id: str, name: str) -> Snapshot | None:
        """Store a named copy of the strategy as it is now."""
        strategy = self.strategy(strategy_id)
        if strategy is None or self.wb.store is None:
            return None
        try:
            snapshot = take_snapshot(strategy, name, self.wb.store.load_snapshots(strategy_id))
            self.wb.store.save_snapshot(snapshot)
        except (ReviewError, StoreError) as err:
            self.notify(translate("facilitator", "No snapshot taken: {e}").format(e=err), "error")
            return None
        self.notify(translate("facilitator", "Snapshot “{name}” taken.").format(name=snapshot.name))
        return snapshot

    def show_lane_reviews(self, session: StrategySession) -> None:
        """Put each phase's latest review state on its lane."""
        if self.wb.store is None:
            return
        try:
            history = self.wb.store.phase_reviews(session.strategy_id)
        except StoreError:
            return
        show_lane_reviews(session.scene, history, session.strategy_id)

    # -- setup ---------------------------------------------------------------------------------

    def edit_agenda(self) -> None:
        """Edit the workshop's stages and minutes; the timer restarts on the new agenda."""
        store, workshop = self.wb.store, self.wb.workshop
        if store is None or workshop is None:
            return
        dialog = AgendaDialog(self.controller.timer.agenda, self.wb.window)
        if not self.wb.run_dialog(dialog) or dialog.agenda is None:
            return
        try:
            store.save_agenda(workshop.id, dialog.agenda)
        except StoreError as err:
            self.notify(
                translate("facilitator", "The agenda was not saved: {e}").format(e=err), "error"
            )
            return
        self.controller.set_agenda(dialog.agenda)

    def edit_teams(self) -> None:
        """The teams dialog with members-CSV import, asking before a reviewed team goes."""
        store, workshop = self.wb.store, self.wb.workshop
        if store is None or workshop is None:
            return
        summaries = self.summaries()
        refs = team_references(store, workshop.id, summaries)
        dialog = ReviewedTeamsDialog(
            workshop,
            self.wb.window,
            references=refs,
            confirm=self.wb.confirm,
            strategies=lambda team_id: [s.name for s in summaries if s.team_id == team_id],
        )
        if not self.wb.run_dialog(dialog) or dialog.result_workshop is None:
            return
        # Per-team operations through the workshop document: logged, heard by the
        # other seats, undoable; a team that still has strategies is refused with why.
        self.wb.seating.save_workshop_edits(
            workshop, dialog.result_workshop, translate("facilitator", "Edit teams")
        )

    # -- exports -------------------------------------------------------------------------------

    def export_report(self) -> Job | None:
        """Ask where, then write the facilitator report PDF in the background."""
        return self.exports.export_report()

    def export_scores(self) -> Job | None:
        """Ask where, then write the rubric scores as CSV in the background."""
        return self.exports.export_scores()
