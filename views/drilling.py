"""Drill mode in the main window: the drills dock follows the open strategy and lights the canvas.

``install_drilling(workbench)`` loads the what-if events (shipped and the
agency's) and the simulated year's rules once, adds the drills dock beside
the findings, and wires it: stepping through an event lights its cards on the
canvas stage by stage, "close the gap" and "add a practice" go through the
editor as one undoable step each, and edits re-run the drills in the next
idle tick (keeping the picked event; a halo the findings set stays).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from app.checker.relevance import changes_outcomes
from app.document import Change, Origin
from app.drills import DrillLoad, load_events, load_simulation
from app.i18n import translate
from app.paths import agency_dir
from app.resources import ContentError, ContentLibrary
from app.store import StoreError
from models.drills import DrillEvent
from models.operations import Operation
from views.docks.drills import DrillsDock
from views.mounting import add_dock, scenario_of
from views.session import StrategySession

if TYPE_CHECKING:
    from views.workbench import Workbench


class DrillingController(QObject):
    """Keeps the drills dock on the open strategy and turns its requests into edits.

    Args:
        wb: the workbench, with its library loaded and its own docks built.
        dock: the drills dock (events and the year's rules already loaded).
    """

    def __init__(self, wb: Workbench, dock: DrillsDock) -> None:
        super().__init__(wb)
        assert wb.library is not None
        self.wb = wb
        self.library: ContentLibrary = wb.library
        self.dock = dock
        # The sessions whose document this controller already listens to (by identity:
        # a closed session's entry goes with it, so a reopened strategy is followed anew).
        self._followed: weakref.WeakSet[StrategySession] = weakref.WeakSet()
        # The results appear without a press of "Run all", one idle tick after opening a
        # strategy; after an edit the drills run again once, in the next idle tick.
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(0)
        self._rerun.timeout.connect(self.rerun)
        # The cards the drills lit last, so a re-run refreshes its own halo and leaves
        # one the findings dock set alone.
        self._lit: set[str] = set()
        dock.step_cards.connect(self._step)
        dock.cards_selected.connect(self._highlight)
        dock.close_requested.connect(self.push)
        dock.fix_requested.connect(self.add_practice)
        wb.session_changed.connect(self._session_changed)
        dock.visibilityChanged.connect(self._shown)

    def _session_changed(self, session: StrategySession | None) -> None:
        self.dock.setEnabled(session is not None)
        self._lit = set()
        if session is None:
            self.dock.set_strategy(None)
            return
        if session not in self._followed:
            self._followed.add(session)
            session.document.add_listener(
                lambda document, change: self._edited(document.strategy.id, change)
            )
        strategy = session.document.strategy
        try:
            scenario = scenario_of(self.wb, strategy)
        except StoreError as err:
            self.wb.show_message(str(err))
            scenario = None
        self.dock.set_strategy(strategy, scenario.harm_unit if scenario else "")
        if self.dock.isVisible():
            self._rerun.start()
        else:
            self.dock.stale = True  # drilled when the dock is first shown

    def _edited(self, strategy_id: str, change: Change) -> None:
        session = self.wb.session
        if session is None or session.strategy_id != strategy_id or not self.dock.rows:
            return
        if change.origin is Origin.LOCAL and not changes_outcomes(change.op):
            return  # nothing an event can reach changed (a card moved inside its lane)
        if not self.dock.isVisible():
            self.dock.stale = True  # run when next looked at, not on every hidden edit
            return
        self._rerun.start()

    def _shown(self, visible: bool) -> None:
        if visible and self.dock.stale and self.wb.session is not None:
            self._rerun.start()

    def rerun(self) -> None:
        """Drill the open strategy (again); the picked event stays, stepping stops."""
        session = self.wb.session
        if session is None:
            return
        # Refilling the list re-picks the event: not the user pointing at its cards.
        self.dock.blockSignals(True)
        try:
            self.dock.run_all()
        finally:
            self.dock.blockSignals(False)
        lit = {cid for cid, item in session.scene.cards.items() if item.highlighted}
        if not self._lit or not lit <= self._lit:
            return  # the halo is someone else's (a finding) or there is none
        timeline = self.dock.current_timeline()
        cards: list[str] = []
        if timeline is not None:
            broken = timeline.broken.card_ids if timeline.broken else ()
            cards = list(dict.fromkeys((*timeline.lit_card_ids, *broken)))
        self._highlight(cards)

    def _step(self, card_ids: list[str], label: str) -> None:
        session = self.wb.session
        if session is None:
            return
        session.scene.highlight(card_ids)
        self._lit = set(card_ids)
        if card_ids:
            # Keep the newest lit card in sight while stepping on a zoomed-in board.
            item = session.scene.cards.get(card_ids[-1])
            if item is not None:
                self.wb.view.ensureVisible(item, 40, 40)
        if label:
            self.wb.show_message(label)

    def _highlight(self, card_ids: list[str]) -> None:
        if self.wb.session is not None:
            self.wb.session.scene.highlight(card_ids)
            self._lit = set(card_ids)

    def push(self, op: Operation, text: str) -> None:
        """Apply the operation that closes a drill's gap (one undoable step)."""
        if self.wb.session is not None:
            self.wb.session.editor.push(op, text)

    def add_practice(self, key: str) -> None:
        """Add a catalog practice that would close the gap to its lane (one undoable step)."""
        session = self.wb.session
        entry = self.library.catalog.get(key)
        if session is None or entry is None:
            return
        card_id = session.editor.add_catalog_card(key, entry.phase, None)
        if card_id is not None:
            self.wb.view.focus_card(card_id)


def load_drill_events(library: ContentLibrary) -> DrillLoad:
    """The what-if events, shipped and the agency's (a broken one is a problem, not a crash).

    The workbench loads them once and shares them: the checker ranks gaps by the harm
    the events attach to them, the drills dock throws them, the exports print them.
    """
    return load_events([agency_dir("drills")], capabilities=library.capabilities)


def drill_events(wb: Workbench) -> tuple[DrillEvent, ...]:
    """The workbench's loaded drill events (loaded now if it has none yet)."""
    if wb.drill_load is None:
        assert wb.library is not None
        wb.drill_load = load_drill_events(wb.library)
    return wb.drill_load.events


def install_drilling(wb: Workbench, beside: QDockWidget | None = None) -> DrillingController | None:
    """Mount the drills dock into a built workbench (call once, after its menus exist).

    Args:
        wb: the workbench.
        beside: a bottom dock to share tabs with (the findings).

    Returns:
        The controller, or None when the simulated year's rules are damaged (reported).
    """
    assert wb.library is not None
    drill_events(wb)
    loaded = wb.drill_load
    assert loaded is not None
    try:
        params = wb.services.simulation if wb.services is not None else load_simulation()
    except ContentError as err:
        wb.show_message(translate("drilling", "Drills are unavailable: {error}").format(error=err))
        return None
    dock = DrillsDock(loaded.events, params, wb.library)
    controller = DrillingController(wb, dock)
    add_dock(wb, dock, Qt.DockWidgetArea.BottomDockWidgetArea, tabify_with=beside)
    if beside is not None:
        beside.raise_()
    if loaded.problems:
        wb.show_message(
            translate("drilling", "Skipped {n} broken drill event(s): {first}").format(
                n=len(loaded.problems), first=loaded.problems[0]
            )
        )
    return controller
