"""The drills dock: throw what-if events at the strategy and watch where each chain holds or breaks.

"Run all" traces every event through the strategy (and simulates the seeded
year); the list shows each outcome as a shape and a word (handled / late /
missed) and the resilience score. "Step through" walks the picked event's
chain one stage at a time and emits the cards lit so far, in order, for the
canvas. At a break the dock names the missing capability (or owner, or link)
and offers to close the gap. The dock never changes the document: it emits
``close_requested`` with the one operation ``app.drills.closing_operation``
builds, or ``fix_requested`` with a catalog key, and the main window pushes it
as an undoable step and calls ``strategy_changed`` so the drills run again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.drills import prepare, run_drills, simulate_year
from app.drills.report import catalog_providers, outcome_row
from app.i18n import day_number, translate
from models.drills import (
    DrillEvent,
    DrillOutcome,
    OutcomeRow,
    SimulationParams,
    Timeline,
    YearSimulation,
    resilience,
)
from models.strategy import Strategy
from views.docks.drill_chain import ChainPanel, chain_steps
from views.docks.drill_year import YearPanel, harm_text
from views.widgets.marks import named, outcome_icon, outcome_label

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_HARM_UNIT = "people affected"


class DrillsDock(QDockWidget):
    """Events with their outcomes, the resilience score, stepping, gap closing and the year.

    Args:
        events: the loaded drill events (``app.drills.load_events().events``).
        params: the simulated year's rules (``app.drills.load_simulation()``).
        library: the content library (capability titles, catalog cards for the fixes).
        seed: the first seed of the simulated year.

    Signals:
        step_cards(list, str): the cards lit so far on the stepped chain, and the step's label.
        cards_selected(list): every card on the picked event's chain ([] clears).
        close_requested(object, str): the operation that closes the picked break, its undo text.
        fix_requested(str): catalog key of an alternative practice to add at the break.
    """

    step_cards = Signal(list, str)
    cards_selected = Signal(list)
    close_requested = Signal(object, str)
    fix_requested = Signal(str)

    def __init__(
        self,
        events: Sequence[DrillEvent],
        params: SimulationParams,
        library: Any,
        seed: int = 0,
    ) -> None:
        super().__init__(translate("drills", "Drills"))
        self.setObjectName("drills_dock")
        named(
            self,
            translate("drills", "Drills"),
            translate("drills", "What-if events traced through the strategy."),
        )
        self._events = {event.key: event for event in events}
        self._params = params
        self._library = library
        self._providers = catalog_providers(library)
        capabilities = getattr(library, "capabilities", {})
        self._titles = {key: cap.title for key, cap in capabilities.items()}
        self._strategy: Strategy | None = None
        self._harm_unit = DEFAULT_HARM_UNIT
        self._timelines: dict[str, Timeline] = {}
        self.rows: tuple[OutcomeRow, ...] = ()
        self.year: YearSimulation | None = None
        self._steps: list[tuple[list[str], str]] = []
        self._step = -1
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.timeout.connect(self.run_all)
        # Set while hidden after an edit: the results shown are older than the strategy,
        # and the next look at them (showing the dock, picking or stepping) runs again.
        self.stale = False
        body = QWidget()
        named(body, translate("drills", "Drills panel"))
        layout = QVBoxLayout(body)
        layout.addLayout(self._controls())
        self.tabs = QTabWidget()
        named(self.tabs, translate("drills", "Drill views"))
        self.tabs.addTab(self._events_tab(), translate("drills", "Eve&nts"))
        self.year_panel = YearPanel(seed)
        self.year_panel.seed_changed.connect(lambda _s: self.run_all())
        self.tabs.addTab(self.year_panel, translate("drills", "&Year in production"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        QWidget.setTabOrder(self.run_button, self.step_button)
        QWidget.setTabOrder(self.step_button, self.stop_button)
        QWidget.setTabOrder(self.stop_button, self.tabs)
        self._show_results()

    # -- building --------------------------------------------------------------------------

    def _controls(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.score = QLabel()
        self.score.setTextFormat(Qt.TextFormat.RichText)
        self.score.setWordWrap(True)
        named(self.score, translate("drills", "Resilience score"))
        row = QHBoxLayout()
        self.run_button = QPushButton(translate("drills", "&Run all"))
        named(
            self.run_button,
            translate("drills", "Run all drills"),
            translate("drills", "Trace every event."),
        )
        self.step_button = QPushButton(translate("drills", "S&tep through"))
        named(
            self.step_button,
            translate("drills", "Step through the chain"),
            translate(
                "drills", "Light the picked event's cards on the canvas one stage at a time."
            ),
        )
        self.stop_button = QPushButton(translate("drills", "Sto&p"))
        named(
            self.stop_button,
            translate("drills", "Stop stepping"),
            translate("drills", "Clear the lit cards."),
        )
        self.run_button.clicked.connect(self.run_all)
        self.step_button.clicked.connect(self.step)
        self.stop_button.clicked.connect(self.stop_stepping)
        for button in (self.run_button, self.step_button, self.stop_button):
            button.setAutoDefault(True)
            row.addWidget(button)
        row.addStretch(1)
        column.addWidget(self.score)
        column.addLayout(row)
        return column

    def _events_tab(self) -> QWidget:
        page = QWidget()
        named(page, translate("drills", "Events"))
        layout = QVBoxLayout(page)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [
                translate("drills", "Event"),
                translate("drills", "Outcome"),
                translate("drills", "Handled"),
                translate("drills", "Harm"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setIconSize(QSize(22, 22))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        named(
            self.list,
            translate("drills", "Drill events"),
            translate("drills", "Each event with its outcome: handled, late or missed."),
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The stretching event column never shrinks below its own heading (longer in
        # French): a narrow panel scrolls sideways instead of cutting the heading.
        first = self.list.headerItem().text(0)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(first) + 32)
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 3)
        self.chain = ChainPanel(self._events, self._library)
        self.chain.close_requested.connect(self.close_requested.emit)
        self.chain.fix_requested.connect(self.fix_requested.emit)
        layout.addWidget(self.chain, 2)
        return page

    # -- running ---------------------------------------------------------------------------

    def set_strategy(self, strategy: Strategy | None, harm_unit: str = "") -> None:
        """Drill another strategy (or none); earlier results are cleared until "Run all"."""
        self.stop_stepping()
        self._strategy = strategy
        self.stale = False
        self._harm_unit = harm_unit or translate("drills", "people affected")
        self._timelines = {}
        self.rows = ()
        self.year = None
        self._show_results()

    def strategy_changed(self) -> None:
        """The strategy was edited: run again (next idle tick) if results are showing."""
        if self._timelines:
            self._rerun.start(0)

    def run_all(self) -> None:
        """Trace every event through the strategy and simulate the seeded year."""
        strategy = self._strategy
        if strategy is None:
            return
        self._rerun.stop()
        self.stale = False
        self.stop_stepping()
        context = prepare(strategy)
        events = list(self._events.values())
        timelines = run_drills(
            context,
            events,
            harm_unit=self._harm_unit,
            providers=self._providers,
            titles=self._titles,
        )
        self._timelines = {t.event_key: t for t in timelines}
        self.rows = tuple(outcome_row(t, strategy.cards) for t in timelines)
        self.year = simulate_year(
            context,
            events,
            seed=self.year_panel.seed.value(),
            params=self._params,
            harm_unit=self._harm_unit,
            providers=self._providers,
            titles=self._titles,
        )
        self._show_results()

    @property
    def resilience(self) -> float:
        """Events handled in time over events run (1.0 before any run)."""
        return resilience(list(self._timelines.values()))

    def _show_results(self) -> None:
        current = self.current_event_key()
        has_strategy = self._strategy is not None
        self.run_button.setEnabled(has_strategy and bool(self._events))
        self.list.blockSignals(True)
        self.list.clear()
        keep: QTreeWidgetItem | None = None
        for row in self.rows:
            item = QTreeWidgetItem(
                [
                    row.event_title,
                    outcome_label(row.outcome),
                    translate("drills", "day {d}").format(d=day_number(row.handled_day))
                    if row.handled_day is not None
                    else "—",
                    harm_text(row.harm, self._harm_unit),
                ]
            )
            item.setIcon(1, outcome_icon(row.outcome))
            item.setData(0, EVENT_ROLE, row.event_key)
            item.setToolTip(0, self._events[row.event_key].description)
            self.list.addTopLevelItem(item)
            if row.event_key == current:
                keep = item
        self.list.blockSignals(False)
        if not self._strategy:
            self.score.setText(translate("drills", "Open a strategy to drill it."))
        elif not self.rows:
            self.score.setText(
                translate(
                    "drills", "Press <b>Run all</b> to throw {n} what-if events at this strategy."
                ).format(n=len(self._events))
            )
        else:
            handled = sum(r.outcome is DrillOutcome.HANDLED for r in self.rows)
            self.score.setText(
                translate(
                    "drills", "<b>Resilience {share}%</b> — {h} of {n} events handled in time"
                ).format(share=round(100 * self.resilience), h=handled, n=len(self.rows))
            )
        self.year_panel.set_year(self.year)
        if keep is not None:
            self.list.setCurrentItem(keep)
        elif (first := self.list.topLevelItem(0)) is not None:
            self.list.setCurrentItem(first)
        else:
            self.chain.show_chain(None, self._strategy)

    # -- the picked event ------------------------------------------------------------------

    def current_event_key(self) -> str | None:
        """The key of the event picked in the list."""
        item = self.list.currentItem()
        key = item.data(0, EVENT_ROLE) if item is not None else None
        return str(key) if key else None

    def current_timeline(self) -> Timeline | None:
        """The traced timeline of the picked event."""
        key = self.current_event_key()
        return self._timelines.get(key) if key else None

    def select_event(self, key: str) -> bool:
        """Pick an event in the list; False when it has not been run."""
        self.catch_up()
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, EVENT_ROLE) == key:
                self.list.setCurrentItem(item)
                return True
        return False

    def _current_changed(self, _current: object, _previous: object) -> None:
        self.stop_stepping()
        timeline = self.current_timeline()
        self.chain.show_chain(timeline, self._strategy)
        self.step_button.setEnabled(timeline is not None)
        if timeline is not None:
            broken = timeline.broken.card_ids if timeline.broken else ()
            self.cards_selected.emit(list(dict.fromkeys((*timeline.lit_card_ids, *broken))))

    # -- stepping --------------------------------------------------------------------------

    @property
    def stepping(self) -> bool:
        """Whether a chain is being stepped through."""
        return self._step >= 0

    def catch_up(self) -> None:
        """Run again now if an edit made while hidden left the results behind."""
        if self.stale and self._strategy is not None:
            self.run_all()

    def step(self) -> None:
        """Light the next stage of the picked event's chain (the first press starts)."""
        self.catch_up()
        timeline = self.current_timeline()
        if timeline is None:
            return
        if not self.stepping or self._step + 1 >= len(self._steps):
            # A press after the last stage starts the chain again from its occurrence.
            self._steps = chain_steps(timeline)
            self._step = -1
        self._step += 1
        cards, label = self._steps[self._step]
        self.chain.steps.setCurrentRow(self._step)
        last = self._step + 1 >= len(self._steps)
        self.step_button.setText(
            translate("drills", "S&tep again") if last else translate("drills", "Nex&t stage")
        )
        self.step_cards.emit(cards, label)

    def stop_stepping(self) -> None:
        """Stop stepping and clear the lit cards."""
        was = self.stepping
        self._step = -1
        self._steps = []
        self.step_button.setText(translate("drills", "S&tep through"))
        self.step_button.setEnabled(self.current_timeline() is not None)
        if was:
            self.step_cards.emit([], "")

    def close_gap(self) -> None:
        """Ask for the operation that closes the picked event's break ("Close the gap")."""
        self.chain.close_gap()
