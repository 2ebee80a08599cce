"""Read-only tables of the review widgets: rows as plain text, filled in one call.

The row builders are plain functions (``SideBySide`` / ``StrategyDiff`` in,
lists of strings out), so tests can check exactly what a table says. Every
cell states its meaning in words; colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.i18n import percent, translate
from app.review.compare import CardRow, SideBySide
from app.review.diff import StrategyDiff
from models.findings import PackCoverage
from models.strategy import Link, Strategy
from models.vocabulary import FindingState
from views.facilitator.common import named
from views.facilitator.evidence import severity_label
from views.labels import kind_label, phase_short
from views.widgets.marks import state_label

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


def fill(table: QTableWidget, headers: Sequence[str], rows: Rows, stretch: int = 0) -> None:
    """Replace the table's content; column ``stretch`` takes the spare width, the others fit."""
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
        if column == stretch and len(headers) > 1:
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
    """ "12 of 32 (38%) · 5 planned": met in place, then what is only planned.

    Only practices in place count as met; planned ones are named apart, never added in.
    """
    if coverage is None:
        return translate("facilitator", "not selected")
    text = translate("facilitator", "{satisfied} of {applicable} ({share})").format(
        satisfied=coverage.satisfied,
        applicable=coverage.applicable,
        share=percent(coverage.share),
    )
    if coverage.planned:
        text += " " + translate("facilitator", "· {planned} planned").format(
            planned=coverage.planned
        )
    return text


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
                cells.append(translate("facilitator", "✗ lacks it"))
            elif len(found) == 1:
                cells.append(translate("facilitator", "✓ has it"))
            else:
                cells.append(
                    translate("facilitator", "✓ has it ({count}×)").format(count=len(found))
                )
        table.append([row.title, phase_short(row.phase), *cells])
    return table


def finding_rows(result: SideBySide) -> Rows:
    """One row per failing rule: severity, title, pack, then the count per strategy."""
    return [
        [
            severity_label(row.severity),
            row.title,
            row.pack,
            *(str(n) if n else translate("facilitator", "— none") for n in row.counts),
        ]
        for row in result.findings
    ]


# -- version diffs ----------------------------------------------------------------------------


def field_label(name: str) -> str:
    """A card, link or strategy field in words."""
    return {
        "catalog_key": translate("facilitator", "practice"),
        "title": translate("facilitator", "title"),
        "notes": translate("facilitator", "notes"),
        "owner_role": translate("facilitator", "owner"),
        "status": translate("facilitator", "status"),
        "capabilities": translate("facilitator", "capabilities"),
        "cadence": translate("facilitator", "cadence"),
        "source": translate("facilitator", "from card"),
        "target": translate("facilitator", "to card"),
        "kind": translate("facilitator", "kind"),
        "name": translate("facilitator", "name"),
        "profile": translate("facilitator", "profile"),
        "packs": translate("facilitator", "rule packs"),
    }.get(name, name)


def _fields(names: frozenset[str]) -> str:
    return ", ".join(sorted(field_label(n) for n in names))


def diff_rows(diff: StrategyDiff, before: Strategy, after: Strategy) -> Rows:
    """Change, what, phase and details for every card, link and strategy change."""

    def card_title(card_id: str) -> str:
        card = after.cards.get(card_id) or before.cards.get(card_id)
        return card.title if card is not None else card_id

    def link_text(link: Link) -> str:
        return translate("facilitator", "{source} → {target}").format(
            source=card_title(link.source), target=card_title(link.target)
        )

    rows: Rows = []
    for card in diff.added:
        rows.append(
            [translate("facilitator", "Card added"), card.title, phase_short(card.phase), ""]
        )
    for card in diff.removed:
        rows.append(
            [translate("facilitator", "Card removed"), card.title, phase_short(card.phase), ""]
        )
    for move in diff.moved:
        if move.phase_changed:
            detail = translate("facilitator", "from {old} to {new}").format(
                old=phase_short(move.before.phase), new=phase_short(move.after.phase)
            )
        else:
            detail = translate("facilitator", "within {phase}").format(
                phase=phase_short(move.after.phase)
            )
        rows.append(
            [
                translate("facilitator", "Card moved"),
                move.after.title,
                phase_short(move.after.phase),
                detail,
            ]
        )
    for edit in diff.edited:
        detail = translate("facilitator", "changed: {fields}").format(fields=_fields(edit.fields))
        rows.append(
            [
                translate("facilitator", "Card edited"),
                edit.after.title,
                phase_short(edit.after.phase),
                detail,
            ]
        )
    for link in diff.links_added:
        rows.append(
            [translate("facilitator", "Link added"), link_text(link), "", kind_label(link.kind)]
        )
    for link in diff.links_removed:
        rows.append(
            [translate("facilitator", "Link removed"), link_text(link), "", kind_label(link.kind)]
        )
    for change in diff.links_changed:
        detail = translate("facilitator", "changed: {fields}").format(fields=_fields(change.fields))
        rows.append([translate("facilitator", "Link changed"), link_text(change.after), "", detail])
    if diff.strategy_fields:
        rows.append(
            [translate("facilitator", "Strategy changed"), _fields(diff.strategy_fields), "", ""]
        )
    return rows


def coverage_delta_rows(diff: StrategyDiff) -> Rows:
    """Pack, coverage before, coverage after, and the change in rules met."""
    rows: Rows = []
    for delta in diff.coverage:
        change = delta.satisfied_change
        if change > 0:
            text = translate("facilitator", "+{count} rules met").format(count=change)
        elif change < 0:
            text = translate("facilitator", "{count} fewer rules met").format(count=-change)
        else:
            text = translate("facilitator", "no change")
        rows.append([delta.title, coverage_cell(delta.before), coverage_cell(delta.after), text])
    return rows


def finding_change_rows(diff: StrategyDiff) -> Rows:
    """Opened or closed, severity, rule title and pack, for every finding that changed."""
    rows: Rows = []
    for label, findings in (
        (translate("facilitator", "Opened"), diff.findings_opened),
        (translate("facilitator", "Closed"), diff.findings_closed),
    ):
        for finding in findings:
            word = severity_label(finding.severity)
            if finding.state is not FindingState.OPEN:
                word = state_label(finding.state)
            rows.append([label, word, finding.title, finding.pack])
    return rows


def diff_summary(diff: StrategyDiff) -> str:
    """One sentence counting the changes ("2 cards added, 1 removed, …")."""
    if diff.is_empty:
        return translate("facilitator", "No changes between these versions.")
    parts = [
        (len(diff.added), translate("facilitator", "{n} cards added")),
        (len(diff.removed), translate("facilitator", "{n} removed")),
        (len(diff.moved), translate("facilitator", "{n} moved")),
        (len(diff.edited), translate("facilitator", "{n} edited")),
        (len(diff.links_added), translate("facilitator", "{n} links added")),
        (len(diff.links_removed), translate("facilitator", "{n} links removed")),
        (len(diff.links_changed), translate("facilitator", "{n} links changed")),
        (len(diff.findings_opened), translate("facilitator", "{n} findings opened")),
        (len(diff.findings_closed), translate("facilitator", "{n} findings closed")),
    ]
    text = ", ".join(template.format(n=n) for n, template in parts if n)
    return translate("facilitator", "Revision {old} → {new}: {changes}.").format(
        old=diff.before_revision,
        new=diff.after_revision,
        changes=text or translate("facilitator", "coverage changed"),
    )
