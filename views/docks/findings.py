"""The findings dock: the gaps that would hurt first, then every finding by pack and state.

The dock shows a ``CheckResult`` and never changes the document. At the top, a
blocking banner when the profile names a prohibited practice, and the date
whose law was applied. Then one list: the top gaps (rank, practice, state, the
human citations; their findings as children), then the other findings by pack
and state. Planned findings (intent, not evidence) and upcoming rules (not yet
in force, not gaps) are marked by shape and word as well as colour; rule ids
stay in tooltips.

It says what the user wants as intent: ``cards_selected`` when a gap, finding or
group is picked, so the canvas can highlight the cards involved, and
``fix_requested`` with the catalog key of the practice to add, so the main
window can push one undoable ``AddCard`` into that practice's lane.
``show_card`` fills the "Satisfies" section from the crosswalk: the rules the
selected card counts for.

A re-check after every edit usually changes nothing the dock shows (a card
moved): then the list is left alone; it is rebuilt only when the findings, the
ranking or the filters change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDockWidget,
    QLabel,
    QMenu,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checker import structural
from app.checker.crosswalk import rules_for_card
from app.checker.packs import PackSet
from app.i18n import translate
from models.findings import CheckResult, Finding, TopGap
from models.rules import RulePack
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity
from views.docks.finding_details import (
    FindingDetails,
    SatisfiesBox,
    card_badges,
    finding_key,
)
from views.docks.finding_filters import FindingFilters
from views.docks.finding_header import FindingsHeader
from views.docks.finding_names import FindingNames
from views.docks.finding_text import summary_text
from views.docks.finding_tree import (
    CARDS_ROLE,
    FINDING_ROLE,
    GAP_ROLE,
    FindingTree,
    finding_item_key,
)
from views.widgets.marks import named

__all__ = ["FindingsDock", "card_badges", "finding_key"]

WIDE = 1.6
"""Width over height from which the details sit beside the list rather than under it."""
WIDE_CHARS = 150
"""...and is at least this many average characters wide (list and details both readable)."""
STACKED_SATISFIES_ROWS = 6
"""Under the list, the Satisfies section grows to this many rows, then scrolls."""


class FindingsDock(QDockWidget):
    """The top gaps, then findings by pack and state; filters, details, fixes and the crosswalk.

    Args:
        packs: the loaded packs (to name them and explain their rules).
        library: the content library (catalog titles of the suggested fixes).

    Signals:
        cards_selected(list): card ids of the picked gap, finding or group ([] clears).
        fix_requested(str): catalog key of the practice to add for the picked gap or finding.
    """

    cards_selected = Signal(list)
    fix_requested = Signal(str)

    def __init__(self, packs: PackSet | Mapping[str, RulePack], library: Any = None) -> None:
        super().__init__(translate("findings", "Findings"))
        self.setObjectName("findings_dock")
        named(
            self,
            translate("findings", "Findings"),
            translate("findings", "What the strategy still lacks for the selected packs."),
        )
        self.names = FindingNames(packs.packs if isinstance(packs, PackSet) else packs, library)
        self._card_id: str | None = None
        self._filling = False
        # What the list shows now: a re-check that changes none of it leaves the list alone.
        self._shown_state: tuple[object, ...] | None = None
        self._pack_keys: list[str] = []
        self._visible: list[Finding] = []
        body = QWidget()
        body.setObjectName("findings_body")
        named(body, translate("findings", "Findings panel"))
        layout = QVBoxLayout(body)
        self.header = FindingsHeader()
        self.banner = self.header.banner
        self.law_date = self.header.law_date
        layout.addWidget(self.header)
        listing = QWidget()
        listing.setObjectName("findings_listing")
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self._filters())
        self.summary = named(
            QLabel(translate("findings", "No check has run yet.")),
            translate("findings", "Findings summary"),
        )
        self.summary.setObjectName("findings_summary")
        self.summary.setWordWrap(True)
        list_layout.addWidget(self.summary)
        self.tree = FindingTree()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.installEventFilter(self)
        list_layout.addWidget(self.tree, 1)
        self.details = FindingDetails(self.names)
        self.details.fix_requested.connect(self.fix_requested.emit)
        # Shortcuts the tests and the main window use.
        self.fix_choice = self.details.fix_choice
        self.fix_button = self.details.fix_button
        self.detail_message = self.details.message
        self.satisfies = SatisfiesBox()
        self.satisfies_label = self.satisfies.label
        self.satisfies_list = self.satisfies.list
        side = QWidget()
        side.setObjectName("findings_side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details)
        side_layout.addWidget(self.satisfies, 1)
        # A box layout rather than a splitter: it follows the details' height as their
        # text changes, and turns sideways in a wide, low dock (see resizeEvent).
        self.panes = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.panes.addWidget(listing, 1)
        self.panes.addWidget(side, 0)
        layout.addLayout(self.panes, 1)
        self.setWidget(body)
        for first, second in (
            (self.severity_filter, self.state_filter),
            (self.state_filter, self.pack_filter),
            (self.pack_filter, self.text_filter),
            (self.text_filter, self.tree),
            (self.tree, self.fix_choice),
            (self.fix_choice, self.fix_button),
            (self.fix_button, self.satisfies_list),
        ):
            QWidget.setTabOrder(first, second)
        self.details.show_finding(None)
        self.show_card(None)

    # -- building --------------------------------------------------------------------------

    def _filters(self) -> FindingFilters:
        self.filters = bar = FindingFilters()
        bar.setObjectName("finding_filters")
        self.severity_filter = bar.severity
        self.state_filter = bar.state
        self.pack_filter = bar.pack
        self.text_filter = bar.text
        bar.changed.connect(self._refill)
        return bar

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Details beside the list in a wide, low dock (under the canvas); under it otherwise."""
        size = event.size()
        room = self.fontMetrics().averageCharWidth() * WIDE_CHARS
        wide = size.width() > WIDE * max(1, size.height()) and size.width() >= room
        wanted = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.panes.direction() != wanted:
            self.panes.setDirection(wanted)
            # Side by side the details get a fair share; stacked, the list takes the room.
            self.panes.setStretch(0, 3 if wide else 1)
            self.panes.setStretch(1, 2 if wide else 0)
            self.satisfies.set_rows_at_most(None if wide else STACKED_SATISFIES_ROWS)
        super().resizeEvent(event)

    @property
    def side_by_side(self) -> bool:
        """Whether the details sit beside the list (a wide dock) rather than under it."""
        return self.panes.direction() == QBoxLayout.Direction.LeftToRight

    # -- what is shown ---------------------------------------------------------------------

    def set_packs(self, packs: PackSet | Mapping[str, RulePack]) -> None:
        """Use another set of loaded packs (after an agency pack was added)."""
        self.names.packs = dict(packs.packs if isinstance(packs, PackSet) else packs)
        self._pack_keys = []
        self._refill()

    def set_strategy(self, strategy: Strategy | None) -> None:
        """The strategy the findings are about (to name cards and for the crosswalk)."""
        self.names.strategy = strategy
        self.show_card(self._card_id)

    def set_result(
        self, result: CheckResult | None, library: Any = None, strategy: Strategy | None = None
    ) -> None:
        """Show a check's findings, keeping the picked row when it is still there.

        Args:
            result: the check (None: no check yet).
            library: the content library, if it changed.
            strategy: the strategy as checked (its profile says whether a date is pinned).
        """
        if library is not None:
            self.names.library = library
        if strategy is not None:
            self.names.strategy = strategy
        self.names.result = result
        self.header.show_result(result, self._pinned_date())
        self._fill_pack_filter()
        self._fill()
        self.show_card(self._card_id)

    def _pinned_date(self) -> dt.date | None:
        strategy = self.names.strategy
        if strategy is None or self.names.result is None:
            return None
        if strategy.id != self.names.result.strategy_id:
            return None
        return strategy.profile.as_of

    @property
    def result(self) -> CheckResult | None:
        """The check shown."""
        return self.names.result

    def pack_title(self, key: str) -> str:
        """A pack's title as shown (the structure rules have their own)."""
        return self.names.pack_title(key)

    def _pack_order(self) -> list[str]:
        keys: dict[str, None] = {structural.PACK: None}
        if self.names.result is not None:
            keys.update((c.pack, None) for c in self.names.result.coverage)
            keys.update((f.pack, None) for f in self.names.result.findings)
        return list(keys)

    def _fill_pack_filter(self) -> None:
        keys = self._pack_order()
        if keys != self._pack_keys:
            self._pack_keys = keys
            self.filters.set_packs([(key, self.pack_title(key)) for key in keys])

    def set_filters(
        self,
        severity: Severity | None = None,
        pack: str | None = None,
        text: str = "",
        state: FindingState | None = None,
    ) -> None:
        """Show only findings of ``severity``, ``state``, ``pack`` and containing ``text``."""
        self.filters.set_all(severity, state, pack, text)

    def set_pack_filter(self, pack: str | None) -> None:
        """Show one pack's findings (a coverage meter was clicked); None shows all."""
        self.filters.set_pack(pack)

    def visible_findings(self) -> list[Finding]:
        """The findings listed (the filters let them through), in the order listed."""
        return [finding for _leaf, finding in self.tree.leaves()]

    def top_gaps(self) -> list[TopGap]:
        """The gaps listed under "The gaps that would hurt first", in rank order."""
        return [gap for _row, gap in self.tree.gap_rows()]

    def _refill(self) -> None:
        self._shown_state = None
        self._fill()

    def _fill(self) -> None:
        if self._filling:
            return
        result = self.names.result
        shown_state = (
            (result.findings, result.top_gaps, result.live) if result is not None else None,
            self.filters.choices(),
            tuple(self._pack_keys),
        )
        if shown_state == self._shown_state and result is not None:
            self._summarise(result.findings, len(self._visible))
            return  # a re-check that changed nothing the list shows: leave it alone
        keep = self.tree.current_key()
        self._filling = True
        self._visible = self.tree.fill(
            result, self.filters.predicate(self.pack_title), self._pack_order(), self.pack_title
        )
        self._filling = False
        self._shown_state = shown_state
        self.tree.fit_first_column()
        self._summarise(result.findings if result else (), len(self._visible))
        restore = self.tree.find_key(keep) if keep is not None else None
        if restore is not None:
            self.tree.setCurrentItem(restore)
            self._show_details(restore)
        else:
            self.details.show_finding(None)

    def _summarise(self, findings: tuple[Finding, ...], shown: int) -> None:
        if self.names.result is None:
            self.summary.setText(translate("findings", "No check has run yet."))
            return
        self.summary.setText(summary_text(findings, shown))

    # -- selection and fixing ----------------------------------------------------------------

    def current_finding(self) -> Finding | None:
        """The finding picked in the list, if a finding (not a gap or group) is picked."""
        item = self.tree.currentItem()
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        return finding if isinstance(finding, Finding) else None

    def current_gap(self) -> TopGap | None:
        """The top gap picked in the list, if one is."""
        item = self.tree.currentItem()
        gap = item.data(0, GAP_ROLE) if item is not None else None
        return gap if isinstance(gap, TopGap) else None

    def select_finding(self, finding: Finding) -> bool:
        """Pick ``finding`` in the list (as the user would); False if it is not shown."""
        item = self.tree.find_key(finding_item_key(finding))
        if item is None:
            return False
        self.tree.reveal(item)
        self.tree.setCurrentItem(item)
        return True

    def select_gap(self, rank: int) -> bool:
        """Pick the top gap of ``rank`` (as the user would); False if it is not shown."""
        for row, gap in self.tree.gap_rows():
            if gap.rank == rank:
                self.tree.setCurrentItem(row)
                return True
        return False

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, FINDING_ROLE) if item is not None else None
        gap = item.data(0, GAP_ROLE) if item is not None else None
        if isinstance(gap, TopGap):
            self.details.show_gap(gap, self.names.result.live if self.names.result else False)
        else:
            self.details.show_finding(data if isinstance(data, Finding) else None)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._filling or self.tree.filling:
            return
        self._show_details(current)
        cards = current.data(0, CARDS_ROLE) if current is not None else None
        self.cards_selected.emit([str(c) for c in cards or ()])

    def fix_menu(self, finding: Finding | TopGap) -> QMenu:
        """A menu with one "Fix: add …" action per practice suggested for a finding or gap."""
        return self.details.fix_menu(finding.fixes, self)

    def request_fix(self) -> None:
        """Ask for the chosen suggested practice of the picked finding or gap to be added."""
        if self.current_finding() is not None or self.current_gap() is not None:
            self.details.request_fix()

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        picked = item.data(0, FINDING_ROLE) if item is not None else None
        if item is not None and not isinstance(picked, Finding):
            picked = item.data(0, GAP_ROLE)
        if isinstance(picked, Finding | TopGap):
            self.fix_menu(picked).exec(self.tree.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a finding in the list adds its suggested card."""
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and (self.current_finding() is not None or self.current_gap() is not None)
        ):
            self.request_fix()
            return True
        return super().eventFilter(watched, event)

    # -- the crosswalk for one card ----------------------------------------------------------

    def show_card(self, card_id: str | None) -> None:
        """List the rules the card with ``card_id`` counts towards (None clears the section)."""
        self._card_id = card_id
        strategy = self.names.strategy
        card = strategy.cards.get(card_id) if strategy is not None and card_id else None
        if strategy is None or card is None:
            self.satisfies.show_rules(None, (), self.pack_title)
            return
        selected = {k: self.names.packs[k] for k in strategy.packs if k in self.names.packs}
        refs = rules_for_card(card, selected, strategy.profile, self.names.result)
        self.satisfies.show_rules(card.title, refs, self.pack_title)

    def satisfied_rules(self) -> list[str]:
        """The lines of the Satisfies section (for tests and the outline)."""
        return self.satisfies.lines()

    def changeEvent(self, event: QEvent) -> None:
        """Refit the status column when the font scale changes."""
        if event.type() == QEvent.Type.FontChange:
            self.tree.fit_first_column()
        super().changeEvent(event)
