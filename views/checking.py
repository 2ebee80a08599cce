"""Live checking in the main window: findings dock, coverage meters, badges, profile and packs.

``install_checking(workbench)`` loads the rule packs and the checker once, adds
the findings and profile docks, the coverage meters in the status bar and a
crosswalk menu entry, and follows the open strategy. After each document
change the check runs once in the next idle tick (a 0 ms single-shot timer),
so a burst of changes costs one check and a drag costs none until it is
dropped. Every change the panels ask for goes through the editor, so it is one
undoable step like any edit on the canvas.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from app.checker import Checker, PackSet
from app.checker.relevance import changes_outcomes
from app.document import Change, Document, Origin
from app.i18n import translate
from app.resources import ContentLibrary
from models.drills import DrillEvent
from models.findings import CheckResult
from models.operations import SetPacks, SetProfile
from models.profile import Profile
from views.dialogs.crosswalk import CrosswalkDialog
from views.dialogs.profile import ProfilePanel
from views.docks.findings import FindingsDock, card_badges
from views.drilling import drill_events
from views.items.card_item import Badge, CardItem
from views.mounting import add_action, add_dock, menu_with
from views.session import StrategySession
from views.widgets.coverage import CoverageMeters

if TYPE_CHECKING:
    from views.workbench import Workbench


class CheckingController(QObject):
    """Checks the open strategy after every change and shows the result everywhere.

    Args:
        wb: the workbench, with its library loaded and its own docks built.
        packs: the loaded rule packs (shipped and the agency's).
        events: the loaded drill events: the ranking weighs each gap by the harm the
            drills attach to its absence.
    """

    def __init__(self, wb: Workbench, packs: PackSet, events: Sequence[DrillEvent] = ()) -> None:
        super().__init__(wb)
        assert wb.library is not None
        self.wb = wb
        self.library: ContentLibrary = wb.library
        self.packs = packs
        self.events = tuple(events)
        self.checker = Checker(packs, self.library, self.library.capabilities, events=self.events)
        self.result: CheckResult | None = None
        self.findings = FindingsDock(packs, self.library)
        self.coverage = CoverageMeters(packs.packs)
        self.profile = ProfilePanel(packs)
        self.profile_dock = QDockWidget(translate("checking", "Profile and rule packs"))
        self.profile_dock.setObjectName("profile_dock")
        self.profile_dock.setAccessibleName(translate("checking", "Profile and rule packs"))
        self.profile_dock.setWidget(self.profile)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recheck)
        # The sessions whose document this controller already listens to (by identity:
        # a closed session's entry goes with it, so a reopened strategy is followed anew).
        self._followed: weakref.WeakSet[StrategySession] = weakref.WeakSet()
        # Badges each strategy's cards show now, and cards re-created since the last check
        # (a re-created item starts without badges), so a check touches only what changed.
        self._shown: dict[str, dict[str, tuple[Badge, ...]]] = {}
        self._touched: set[str] = set()
        # The cards the findings dock lit last: a re-check must not take the canvas's
        # halo away from a drill being stepped, only clear its own when its finding is gone.
        self._lit: set[str] = set()
        self.findings.cards_selected.connect(self._highlight)
        self.findings.fix_requested.connect(self.add_practice)
        self.coverage.pack_activated.connect(self._show_pack)
        self.profile.profile_edited.connect(self.set_profile)
        self.profile.packs_edited.connect(self.set_packs)
        wb.session_changed.connect(self._session_changed)

    # -- following the open strategy ----------------------------------------------------------

    def _session_changed(self, session: StrategySession | None) -> None:
        self.findings.setEnabled(session is not None)
        self.profile.setEnabled(session is not None)
        if session is None:
            self.result = None
            self.findings.set_strategy(None)
            self.findings.set_result(None)
            self.coverage.set_coverage(())
            return
        if session not in self._followed:
            self._followed.add(session)
            session.document.add_listener(self._changed)
            session.scene.selectionChanged.connect(lambda s=session: self._selection(s))
        strategy = session.document.strategy
        self._lit = set()
        self.findings.set_strategy(strategy)
        self.profile.set_profile(strategy.profile)
        self.profile.set_packs(strategy.packs)
        self.recheck()

    def _changed(self, document: Document, change: Change) -> None:
        session = self.wb.session
        if session is None or session.document is not document:
            return
        if change.origin is Origin.LOCAL and not changes_outcomes(change.op):
            # No rule reads where a card sits in its lane: the check stands as it is.
            result = self.result
            if (
                result is not None
                and not self._timer.isActive()
                and result.strategy_id == document.strategy.id
                and result.revision == change.revision - 1
            ):
                self.result = result.model_copy(update={"revision": change.revision})
            else:
                self._timer.start()
            return
        self._touched |= change.cards
        if "profile" in change.strategy_fields:
            self.profile.set_profile(document.strategy.profile)
        if "packs" in change.strategy_fields:
            self.profile.set_packs(document.strategy.packs)
        self._timer.start()

    def _selection(self, session: StrategySession) -> None:
        if session is not self.wb.session or self.wb.closed:
            return
        cards = [i for i in session.scene.selectedItems() if isinstance(i, CardItem)]
        self.findings.show_card(cards[0].card_id if cards else None)

    # -- checking -----------------------------------------------------------------------------

    def recheck(self) -> None:
        """Check the open strategy now and show findings, coverage and badges."""
        self._timer.stop()
        session = self.wb.session
        if session is None:
            return
        strategy = session.document.strategy
        self.result = self.checker.check(strategy)
        self.findings.blockSignals(True)  # refilling the list is not the user picking a finding
        try:
            self.findings.set_result(self.result, strategy=strategy)
        finally:
            self.findings.blockSignals(False)
        self._release_highlight(session)
        self.coverage.set_coverage(self.result.coverage)
        shown = self._shown.setdefault(strategy.id, {})
        wanted = card_badges(self.result, strategy.cards)
        for card_id, badges in wanted.items():
            if shown.get(card_id) != badges or card_id in self._touched:
                session.scene.set_badges(card_id, badges)
        self._shown[strategy.id] = wanted
        self._touched.clear()

    def result_for(self, session: StrategySession) -> CheckResult:
        """The current check of ``session``'s strategy (checked now if not the one shown)."""
        strategy = session.document.strategy
        result = self.result
        if (
            session is not self.wb.session
            or result is None
            or result.revision != strategy.revision
            or self._timer.isActive()
        ):
            return self.checker.check(strategy)
        return result

    # -- what the panels ask for --------------------------------------------------------------

    def _highlight(self, card_ids: list[str]) -> None:
        if self.wb.session is not None:
            self.wb.session.scene.highlight(card_ids)
            self._lit = set(card_ids)

    def _release_highlight(self, session: StrategySession) -> None:
        """Clear the halo the findings dock set once its finding has gone (fixed, filtered)."""
        if not self._lit:
            return
        if (
            self.findings.tree.currentItem() is not None
        ):  # the picked finding or group is still listed
            return
        lit = {cid for cid, item in session.scene.cards.items() if item.highlighted}
        if lit <= self._lit:  # still ours (minus removed cards), not a drill's
            session.scene.highlight([])
        self._lit = set()

    def _show_pack(self, key: str) -> None:
        self.findings.set_pack_filter(key)
        self.findings.show()
        self.findings.raise_()

    def add_practice(self, key: str) -> None:
        """Add the catalog practice a finding suggests to its lane (one undoable step)."""
        session = self.wb.session
        entry = self.library.catalog.get(key)
        if session is None or entry is None:
            return
        card_id = session.editor.add_catalog_card(key, entry.phase, None)
        if card_id is not None:
            self.wb.view.focus_card(card_id)
            self.wb.show_message(
                translate("checking", "Added “{title}” to fix the finding.").format(
                    title=entry.title
                )
            )

    def set_profile(self, old: Profile, new: Profile) -> None:
        """Change the strategy's profile (decides which rules apply) as one undoable step."""
        if self.wb.session is not None and old != new:
            self.wb.session.editor.push(
                SetProfile(before=old, after=new), translate("checking", "Edit profile")
            )

    def set_packs(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        """Change the selected rule packs as one undoable step."""
        if self.wb.session is not None and old != new:
            self.wb.session.editor.push(
                SetPacks(before=old, after=new), translate("checking", "Choose rule packs")
            )

    def show_crosswalk(self) -> None:
        """The capability × pack table, with what the open strategy provides."""
        strategy = self.wb.session.document.strategy if self.wb.session else None
        dialog = CrosswalkDialog(self.packs, self.library.capabilities, strategy, self.wb.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wb.run_dialog(dialog)


def install_checking(wb: Workbench) -> CheckingController:
    """Mount live checking into a built workbench (call once, after its menus exist)."""
    assert wb.services is not None
    packs = wb.services.packs  # loaded once, shared with the facilitator's checks and exports
    controller = CheckingController(wb, packs, drill_events(wb))
    right = Qt.DockWidgetArea.RightDockWidgetArea
    add_dock(wb, controller.findings, Qt.DockWidgetArea.BottomDockWidgetArea)
    add_dock(wb, controller.profile_dock, right, tabify_with=wb.inspector)
    wb.inspector.raise_()
    wb.window.statusBar().insertPermanentWidget(0, controller.coverage)
    view_menu = menu_with(wb, wb.actions["zoom_in"])
    if view_menu is not None:
        view_menu.addSeparator()
        add_action(
            wb,
            view_menu,
            "crosswalk",
            translate("checking", "Rule-pack &crosswalk…"),
            controller.show_crosswalk,
        )
    if packs.problems:
        wb.show_message(
            translate("checking", "Skipped {n} broken rule pack(s): {first}").format(
                n=len(packs.problems), first=packs.problems[0]
            )
        )
    return controller
