"""The crosswalk: every capability against every rule pack, so one card's reach is visible.

Rules speak of capabilities, never of card titles, so a single practice (a DPIA,
a bias examination) can count for the EU AI Act, GDPR and the NIST AI RMF at
once. Each cell lists the citations of the pack's rules that name the
capability; the "Packs" column counts how many frameworks it serves, and
"In your strategy" says (in words and a symbol) whether a card provides it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checker.crosswalk import RuleRef, crosswalk_table
from app.checker.packs import PackSet
from app.i18n import translate
from models.rules import RulePack
from models.strategy import Strategy
from views.widgets.marks import named

FIXED_COLUMNS = 3  # capability, in your strategy, packs
PACK_COLUMN_WIDTH = 220
"""A pack column's widest, in pixels at 100 % font scale..."""
PACK_COLUMN_CHARS = 28
"""...and in average characters (it grows with the font scale)."""
HEADER_PADDING = 16
"""Room a header section keeps around its text (margins, sort arrow excluded)."""


def _short_citation(ref: RuleRef, pack: RulePack) -> str:
    prefix = f"{pack.cite_as or pack.title} "
    return ref.citation.removeprefix(prefix)


def _broken(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken into lines at spaces so that each line is at most ``width`` wide
    (a single word wider than that stays whole: the column grows to it)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return "\n".join(lines) if lines else text


class _CountItem(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine = self.data(Qt.ItemDataRole.UserRole)
        theirs = other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, int) and isinstance(theirs, int):
            return mine < theirs
        return super().__lt__(other)


class CrosswalkDialog(QDialog):
    """A capability × pack table with the citations of the rules in each cell.

    Args:
        packs: the loaded packs.
        capabilities: the capability vocabulary (titles and meanings for the rows).
        strategy: when given, a column says whether a card of it provides each capability,
            and the table can be narrowed to what the strategy lacks or to its packs.
    """

    def __init__(
        self,
        packs: PackSet | Mapping[str, RulePack],
        capabilities: Mapping[str, Any],
        strategy: Strategy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("crosswalk", "Crosswalk: capabilities × rule packs"))
        named(
            self,
            translate("crosswalk", "Crosswalk"),
            translate("crosswalk", "Which rules of which packs each capability helps satisfy."),
        )
        self._packs = dict(packs.packs if isinstance(packs, PackSet) else packs)
        self._capabilities = capabilities
        self._strategy = strategy
        self._provided = (
            {c for card in strategy.cards.values() for c in card.capabilities}
            if strategy
            else set()
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "crosswalk",
                "Rules speak of capabilities, so one card can satisfy rules in several packs. "
                "Each cell lists the citations of a pack's rules that name the capability.",
            )
        )
        intro.setWordWrap(True)
        named(intro, translate("crosswalk", "About the crosswalk"))
        layout.addWidget(intro)
        layout.addLayout(self._filters())
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        named(
            self.table,
            translate("crosswalk", "Crosswalk table"),
            translate(
                "crosswalk", "Rows are capabilities, columns rule packs; sort by any column."
            ),
        )
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        named(self.count, translate("crosswalk", "Rows shown"))
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, translate("crosswalk", "Dialog buttons"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(1200, 800)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("crosswalk", "Filter capabilities or citations…"))
        self.filter.setClearButtonEnabled(True)
        named(self.filter, translate("crosswalk", "Filter the crosswalk"))
        self.lacking = QCheckBox(translate("crosswalk", "Only what the strategy &lacks"))
        named(
            self.lacking,
            translate("crosswalk", "Only capabilities the strategy lacks"),
            translate("crosswalk", "Hide capabilities a card of the strategy already provides."),
        )
        self.selected_only = QCheckBox(translate("crosswalk", "Only the strategy's &packs"))
        named(
            self.selected_only,
            translate("crosswalk", "Only the strategy's selected packs"),
            translate(
                "crosswalk", "Show only the columns of the packs the strategy is checked against."
            ),
        )
        has_strategy = self._strategy is not None
        self.lacking.setEnabled(has_strategy)
        self.selected_only.setEnabled(has_strategy)
        row.addWidget(self.filter, 1)
        row.addWidget(self.lacking)
        row.addWidget(self.selected_only)
        self.filter.textChanged.connect(lambda _t: self._apply_filters())
        self.lacking.toggled.connect(lambda _on: self._apply_filters())
        self.selected_only.toggled.connect(lambda _on: self._fill())
        return row

    def pack_keys(self) -> list[str]:
        """The pack columns shown, in title order."""
        keys = sorted(self._packs, key=lambda k: self._packs[k].title)
        if self.selected_only.isChecked() and self._strategy is not None:
            keys = [k for k in keys if k in self._strategy.packs]
        return keys

    def _fill(self) -> None:
        keys = self.pack_keys()
        table = crosswalk_table({k: self._packs[k] for k in keys})
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(FIXED_COLUMNS + len(keys))
        self.table.setHorizontalHeaderLabels(
            [
                translate("crosswalk", "Capability"),
                translate("crosswalk", "In your strategy"),
                translate("crosswalk", "Packs"),
            ]
            + [self._packs[k].cite_as or self._packs[k].title for k in keys]
        )
        for column, key in enumerate(keys, start=FIXED_COLUMNS):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(self._packs[key].title)
        self.table.setRowCount(len(table))
        self._rows: list[str] = []
        for row, (cap, cells) in enumerate(table.items()):
            self._rows.append(cap)
            capability = self._capabilities.get(cap)
            name = QTableWidgetItem(capability.title if capability is not None else cap)
            name.setData(Qt.ItemDataRole.UserRole, cap)
            name.setToolTip(f"{cap}: {capability.meaning}" if capability is not None else cap)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(self._provided_text(cap)))
            count = _CountItem(str(len(cells)))
            count.setData(Qt.ItemDataRole.UserRole, len(cells))
            self.table.setItem(row, 2, count)
            for column, key in enumerate(keys, start=FIXED_COLUMNS):
                refs = cells.get(key, ())
                short = dict.fromkeys(_short_citation(r, self._packs[key]) for r in refs)
                text = "; ".join(short) or "—"
                cell = QTableWidgetItem(text)
                cell.setToolTip("\n".join(f"{r.citation} — {r.title}" for r in refs))
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self.table.sortItems(2, Qt.SortOrder.DescendingOrder)
        # A pack's column is at most about 28 characters wide (220 px at 100 %): its
        # heading breaks into lines to fit, its tooltip names the pack in full.
        metrics = self.table.horizontalHeader().fontMetrics()
        widest = max(PACK_COLUMN_WIDTH, metrics.averageCharWidth() * PACK_COLUMN_CHARS)
        for column in range(FIXED_COLUMNS, self.table.columnCount()):
            heading = self.table.horizontalHeaderItem(column)
            if heading is not None:
                heading.setText(_broken(heading.text(), metrics, widest - HEADER_PADDING))
        self.table.resizeColumnsToContents()
        for column in range(FIXED_COLUMNS, self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()
        self._apply_filters()

    def _provided_text(self, cap: str) -> str:
        if self._strategy is None:
            return "—"
        return (
            translate("crosswalk", "✓ yes")
            if cap in self._provided
            else translate("crosswalk", "✗ no")
        )

    def _apply_filters(self) -> None:
        words = self.filter.text().lower().split()
        lacking = self.lacking.isChecked()
        shown = 0
        for row in range(self.table.rowCount()):
            texts = [
                (item.text() + " " + item.toolTip()).lower()
                for column in range(self.table.columnCount())
                if (item := self.table.item(row, column)) is not None
            ]
            name = self.table.item(row, 0)
            cap = str(name.data(Qt.ItemDataRole.UserRole)) if name is not None else ""
            hide = not all(any(w in t for t in texts) for w in words)
            hide = hide or (lacking and cap in self._provided)
            self.table.setRowHidden(row, hide)
            shown += not hide
        self.count.setText(
            translate("crosswalk", "{shown} of {total} capabilities shown.").format(
                shown=shown, total=self.table.rowCount()
            )
        )

    def visible_capabilities(self) -> list[str]:
        """The capability keys of the rows shown, top to bottom."""
        keys = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and not self.table.isRowHidden(row):
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return keys

    def cell_text(self, capability: str, pack: str) -> str:
        """What the cell of ``capability`` × ``pack`` reads ("" when not shown)."""
        keys = self.pack_keys()
        if pack not in keys:
            return ""
        column = FIXED_COLUMNS + keys.index(pack)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == capability:
                cell = self.table.item(row, column)
                return cell.text() if cell is not None else ""
        return ""
