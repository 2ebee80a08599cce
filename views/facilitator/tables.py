"""Read-only tables of the review widgets: rows as plain text, filled in one call.

The row builders are plain functions (``SideBySide`` / ``StrategyDiff`` in,
lists of strings out), so tests can check exactly what a table says. Every
cell states its meaning in words; colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.review.compare import CardRow, SideBySide
from models.findings import PackCoverage
from views.facilitator.common import named, tr
from views.facilitator.evidence import severity_label
from views.labels import phase_short

Rows = list[list[str]]


def make_table(name: str, description: str) -> QTableWidget:
    """An empty read-only table with an accessible name."""
    table = named(QTableWidget(0, 0), name, description)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    return table


def fill(table: QTableWidget, headers: Sequence[str], rows: Rows) -> None:
    """Replace the table's content; the first column stretches, the others fit."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.ResizeToContents
        if column == 0 and len(headers) > 1:
            mode = QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)


def table_text(table: QTableWidget) -> Rows:
    """Every cell's text, row by row (for tests and the accessible summary)."""
    rows: Rows = []
    for r in range(table.rowCount()):
        row = []
        for c in range(table.columnCount()):
            item = table.item(r, c)
            row.append(item.text() if item is not None else "")
        rows.append(row)
    return rows


def coverage_cell(coverage: PackCoverage | None) -> str:
    """ "12 of 32 (38%)", or a note that the pack was not selected."""
    if coverage is None:
        return tr("not selected")
    return tr("{satisfied} of {applicable} ({share:.0%})").format(
        satisfied=coverage.satisfied, applicable=coverage.applicable, share=coverage.share
    )


def coverage_rows(result: SideBySide) -> Rows:
    """One row per pack: its title, then each strategy's coverage."""
    return [[row.title, *(coverage_cell(c) for c in row.cells)] for row in result.coverage]


def card_rows(rows: Sequence[CardRow]) -> Rows:
    """One row per card identity: title, phase, then "has it" / "lacks it" per strategy."""
    table: Rows = []
    for row in rows:
        cells = []
        for found in row.cards:
            if not found:
                cells.append(tr("✗ lacks it"))
            elif len(found) == 1:
                cells.append(tr("✓ has it"))
            else:
                cells.append(tr("✓ has it ({count}×)").format(count=len(found)))
        table.append([row.title, phase_short(row.phase), *cells])
    return table


def finding_rows(result: SideBySide) -> Rows:
    """One row per failing rule: severity, title, pack, then the count per strategy."""
    return [
        [
            severity_label(row.severity),
            row.title,
            row.pack,
            *(str(n) if n else tr("— none") for n in row.counts),
        ]
        for row in result.findings
    ]
