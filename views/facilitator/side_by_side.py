"""Side-by-side review of two or more strategies of one scenario.

The facilitator ticks the strategies to compare (or opens an exported JSON file
for review without importing it); their canvases are shown read-only side by
side at one common scale, with tables for coverage per pack, cards one has and
another lacks, and findings per rule. The comparison itself is
``app.review.compare.compare``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.exchange import ExchangeError, read_strategy_document
from app.exchange.checks import ContentInfo
from app.i18n import translate
from app.review.compare import SideBySide, compare
from app.review.diff import Checker
from app.review.errors import ComparisonError
from models.strategy import Strategy, new_id
from views.facilitator.common import Banner, ReadOnlyCanvas, font, named, plain_label
from views.facilitator.tables import (
    card_rows,
    coverage_rows,
    fill,
    finding_rows,
    make_table,
)
from views.theme import Theme

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _Canvases(QWidget):
    """Canvases in a row, kept at one common zoom: the largest board fits its column."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(translate("facilitator", "Canvases side by side"))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.views: list[ReadOnlyCanvas] = []
        self._syncing = False
        # A child timer dies with the widget, so a late tick never reaches deleted views.
        self._equaliser = QTimer(self)
        self._equaliser.setSingleShot(True)
        self._equaliser.setInterval(0)
        self._equaliser.timeout.connect(self.equalise)

    def set_strategies(
        self, strategies: Sequence[Strategy], labels: Sequence[str], theme: Theme
    ) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.views = []
        for strategy, label in zip(strategies, labels, strict=True):
            column = QWidget()
            column.setAccessibleName(label)
            layout = QVBoxLayout(column)
            layout.setContentsMargins(2, 0, 2, 0)
            title = plain_label(label, wrap=False)
            title.setFont(font(14, bold=True))
            view = ReadOnlyCanvas(
                theme, translate("facilitator", "Canvas of {name} (read-only)").format(name=label)
            )
            view.show_strategy(strategy)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            self.row.addWidget(column, 1)
            self.views.append(view)
            view.zoom_changed.connect(self._follow_zoom)
        self.equalise()

    def _follow_zoom(self, zoom: float) -> None:
        # Ctrl+wheel on one canvas zooms them all, so the scale stays common.
        if self._syncing:
            return
        self._syncing = True
        try:
            for view in self.views:
                if view.zoom != zoom:
                    view.set_zoom(zoom)
        finally:
            self._syncing = False

    @property
    def zoom(self) -> float | None:
        """The common zoom, or None when nothing is shown."""
        return self.views[0].zoom if self.views else None

    def equalise(self) -> None:
        """One zoom for every canvas, so the same card is the same size in each."""
        if not self.views:
            return
        common = min(view.board_fit_zoom() for view in self.views)
        self._syncing = True
        try:
            for view in self.views:
                view.set_zoom(common)
                view.centerOn(view.canvas.geometry.board_rect.center())
        finally:
            self._syncing = False

    def mark_differences(self, result: SideBySide) -> None:
        """Halo and badge the cards that not every strategy compared has."""
        for index, view in enumerate(self.views):
            view.mark(
                {
                    card.id: "unique"
                    for row in result.cards
                    if not all(row.present)
                    for card in row.cards[index]
                }
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the common scale as the window changes size (once the columns are laid out)."""
        super().resizeEvent(event)
        self._equaliser.start()


class SideBySideView(QWidget):
    """Pick strategies (or open exported files), then compare them side by side.

    Signals:
        compared(object): the ``SideBySide`` result shown.
    """

    compared = Signal(object)

    def __init__(
        self,
        candidates: Sequence[Strategy],
        check: Checker | None,
        *,
        names: Mapping[str, str] | None = None,
        selected: Sequence[str] = (),
        theme: Theme | None = None,
        known_library: ContentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the view.

        Args:
            candidates: strategies the facilitator can pick from (e.g. the workshop's).
            check: runs the checker on one strategy, or None to compare cards only.
            names: strategy id → label shown (e.g. "Team Aurora"); the strategy's name otherwise.
            selected: ids ticked at start; two or more are compared at once.
            theme: the canvas theme.
            known_library: the content library, to validate opened export files.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.check = check
        self.theme = theme or Theme()
        self.known_library = known_library
        self._names = dict(names or {})
        self._strategies: dict[str, Strategy] = {}
        self.result: SideBySide | None = None
        named(
            self,
            translate("facilitator", "Side-by-side review"),
            translate("facilitator", "Compare strategies of one scenario"),
        )
        layout = QVBoxLayout(self)
        picker = QHBoxLayout()
        self.list = named(
            QListWidget(),
            translate("facilitator", "Strategies to compare"),
            translate("facilitator", "Tick two or more strategies of the same scenario"),
        )
        self.list.setMaximumHeight(84)
        picker.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.compare_button = named(
            QPushButton(translate("facilitator", "Compare")),
            translate("facilitator", "Compare"),
            translate("facilitator", "Compare the ticked strategies"),
        )
        self.compare_button.clicked.connect(self.compare_checked)
        self.open_button = named(
            QPushButton(translate("facilitator", "Open export file…")),
            translate("facilitator", "Open export file"),
            translate(
                "facilitator", "Review a strategy from an exported JSON file without importing it"
            ),
        )
        self.open_button.clicked.connect(self.open_file_dialog)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        picker.addLayout(buttons)
        layout.addLayout(picker)
        self.message = Banner(translate("facilitator", "Side-by-side message"))
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setAccessibleName(translate("facilitator", "Canvases and tables"))
        self.canvases = _Canvases()
        splitter.addWidget(self.canvases)
        splitter.addWidget(self._tables())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        for strategy in candidates:
            self.add_candidate(strategy, checked=strategy.id in selected)
        if len([s for s in selected if s in self._strategies]) >= 2:
            self.compare_checked()

    def _tables(self) -> QTabWidget:
        self.tabs = named(QTabWidget(), translate("facilitator", "Comparison tables"))
        cards = QWidget()
        cards.setAccessibleName(translate("facilitator", "Cards"))
        column = QVBoxLayout(cards)
        self.card_filter = named(
            QComboBox(),
            translate("facilitator", "Which cards to list"),
            translate("facilitator", "All cards, differences, or one's gaps"),
        )
        self.card_filter.currentIndexChanged.connect(self._fill_cards)
        column.addWidget(self.card_filter)
        self.cards_table = make_table(
            translate("facilitator", "Cards compared"),
            translate("facilitator", "Each card and whether each strategy has it"),
        )
        column.addWidget(self.cards_table, 1)
        self.coverage_table = make_table(
            translate("facilitator", "Coverage per pack"),
            translate("facilitator", "Rules met per rule pack, one column per strategy"),
        )
        self.findings_table = make_table(
            translate("facilitator", "Findings compared"),
            translate("facilitator", "How often each rule fails in each strategy"),
        )
        self.tabs.addTab(self.coverage_table, translate("facilitator", "Coverage per pack"))
        self.tabs.addTab(cards, translate("facilitator", "Cards"))
        self.tabs.addTab(self.findings_table, translate("facilitator", "Findings"))
        return self.tabs

    # -- candidates ------------------------------------------------------------------------

    def label(self, strategy: Strategy) -> str:
        """How a strategy is named in the picker, the canvas titles and the tables."""
        return self._names.get(strategy.id, strategy.name)

    def add_candidate(self, strategy: Strategy, *, checked: bool = False) -> None:
        """Offer one more strategy in the picker."""
        self._strategies[strategy.id] = strategy
        item = QListWidgetItem(self.label(strategy))
        item.setData(ID_ROLE, strategy.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def checked_ids(self) -> list[str]:
        """The ticked strategies' ids, in list order."""
        items = [self.list.item(row) for row in range(self.list.count())]
        return [
            str(item.data(ID_ROLE))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, ids: Sequence[str]) -> None:
        """Tick exactly these strategies."""
        wanted = set(ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                state = item.data(ID_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def open_file_dialog(self) -> None:
        """Ask for an exported strategy file and add it for review."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("facilitator", "Open an exported strategy"),
            "",
            translate("facilitator", "Strategy exports (*.json)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> Strategy | None:
        """Read a strategy from an export file (nothing is imported) and tick it.

        Returns:
            The strategy read, or None when the file was refused (a message says why).
        """
        try:
            strategy = read_strategy_document(path, self.known_library)
        except ExchangeError as err:
            self.message.show_text(
                translate("facilitator", "{file} cannot be reviewed: {problem}").format(
                    file=path.name, problem=err
                ),
                "error",
            )
            return None
        label = translate("facilitator", "{name} (from {file})").format(
            name=strategy.name, file=path.name
        )
        if strategy.id in self._strategies:
            # The same strategy as in the workshop, perhaps older: keep both, as separate copies.
            strategy = strategy.model_copy(update={"id": new_id()})
        self._names[strategy.id] = label
        self.add_candidate(strategy, checked=True)
        self.message.show_text(
            translate("facilitator", "{file} is open for review; it was not imported.").format(
                file=path.name
            ),
            "info",
        )
        return strategy

    # -- comparing -------------------------------------------------------------------------

    def compare_checked(self) -> SideBySide | None:
        """Compare the ticked strategies; None (with a message) when they cannot be."""
        strategies = [self._strategies[i] for i in self.checked_ids()]
        try:
            result = compare(strategies, self.check)
        except ComparisonError as err:
            self.message.show_text(str(err), "error")
            return None
        if self.message.kind == "error":
            self.message.clear_text()
        self.result = result
        labels = [self.label(s) for s in result.strategies]
        self.canvases.set_strategies(result.strategies, labels, self.theme)
        self.canvases.mark_differences(result)
        fill(
            self.coverage_table,
            [translate("facilitator", "Rule pack"), *labels],
            coverage_rows(result),
        )
        fill(
            self.findings_table,
            [
                translate("facilitator", "Severity"),
                translate("facilitator", "Rule"),
                translate("facilitator", "Pack"),
                *labels,
            ],
            finding_rows(result),
        )
        self._fill_filter(labels)
        self.compared.emit(result)
        return result

    def _fill_filter(self, labels: Sequence[str]) -> None:
        self.card_filter.blockSignals(True)
        self.card_filter.clear()
        self.card_filter.addItem(translate("facilitator", "All cards"), "all")
        self.card_filter.addItem(
            translate("facilitator", "Cards not every strategy has"), "differences"
        )
        for index, label in enumerate(labels):
            self.card_filter.addItem(
                translate("facilitator", "Missing from {name}").format(name=label), index
            )
        self.card_filter.blockSignals(False)
        self.card_filter.setCurrentIndex(1)
        self._fill_cards()

    def _fill_cards(self) -> None:
        result = self.result
        if result is None:
            return
        choice = self.card_filter.currentData()
        if choice == "all":
            rows = result.cards
        elif choice == "differences":
            rows = tuple(r for r in result.cards if not all(r.present))
        else:
            rows = result.missing_from(int(choice))
        labels = [self.label(s) for s in result.strategies]
        fill(
            self.cards_table,
            [translate("facilitator", "Card"), translate("facilitator", "Phase"), *labels],
            card_rows(rows),
        )
