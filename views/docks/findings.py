"""The findings dock: what the strategy still lacks, grouped by pack and severity, with fixes.

The dock shows a ``CheckResult`` and never changes the document. It says what
the user wants as intent: ``cards_selected`` when a finding (or a group) is
picked, so the canvas can highlight the cards involved, and ``fix_requested``
with the catalog key of the practice to add, so the main window can push one
undoable ``AddCard`` into that practice's lane. ``show_card`` fills the
"Satisfies" section from the crosswalk: the rules the selected card counts for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checker import structural
from app.checker.crosswalk import rules_for_card
from app.checker.packs import PackSet
from models.findings import CheckResult, Finding
from models.rules import RulePack
from models.strategy import Strategy
from models.vocabulary import Severity
from views.docks.finding_details import (
    FindingDetails,
    SatisfiesBox,
    card_badges,
    count_text,
    finding_key,
)
from views.docks.finding_filters import FindingFilters
from views.labels import phase_short, tr
from views.widgets.marks import (
    named,
    severity_icon,
    severity_label,
    severity_plural,
)

__all__ = ["FindingsDock", "card_badges", "finding_key"]

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CARDS_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "findings"


def _t(text: str) -> str:
    return tr(text, CONTEXT)


class FindingsDock(QDockWidget):
    """Findings grouped by pack, then severity; filters, details, fixes and the crosswalk.

    Args:
        packs: the loaded packs (to name them and explain their rules).
        library: the content library (catalog titles of the suggested fixes).

    Signals:
        cards_selected(list): card ids of the picked finding or group ([] clears).
        fix_requested(str): catalog key of the practice to add for the picked finding.
    """

    cards_selected = Signal(list)
    fix_requested = Signal(str)

    def __init__(self, packs: PackSet | Mapping[str, RulePack], library: Any = None) -> None:
        super().__init__(_t("Findings"))
        self.setObjectName("findings_dock")
        named(self, _t("Findings"), _t("What the strategy still lacks for the selected packs."))
        self._packs: dict[str, RulePack] = dict(
            packs.packs if isinstance(packs, PackSet) else packs
        )
        self._library = library
        self._result: CheckResult | None = None
        self._strategy: Strategy | None = None
        self._card_id: str | None = None
        self._filling = False
        body = QWidget()
        named(body, _t("Findings panel"))
        layout = QVBoxLayout(body)
        layout.addWidget(self._filters())
        self.summary = named(QLabel(_t("No check has run yet.")), _t("Findings summary"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._tree(), 3)
        self.details = FindingDetails(self)
        self.details.fix_requested.connect(self.fix_requested.emit)
        # Shortcuts the tests and the main window use.
        self.fix_choice = self.details.fix_choice
        self.fix_button = self.details.fix_button
        self.detail_message = self.details.message
        self.satisfies = SatisfiesBox()
        self.satisfies_label = self.satisfies.label
        self.satisfies_list = self.satisfies.list
        layout.addWidget(self.details)
        layout.addWidget(self.satisfies, 1)
        self.setWidget(body)
        for first, second in (
            (self.severity_filter, self.pack_filter),
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
        bar = FindingFilters()
        self.severity_filter = bar.severity
        self.pack_filter = bar.pack
        self.text_filter = bar.text
        bar.changed.connect(self._fill)
        return bar

    def _tree(self) -> QTreeWidget:
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([_t("Severity"), _t("Finding"), _t("Citation")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setIconSize(QSize(22, 22))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(1, 360)
        named(
            self.tree,
            _t("Findings list"),
            _t(
                "Findings grouped by rule pack and severity. Selecting one highlights its "
                "cards on the canvas; Enter adds the suggested card."
            ),
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.installEventFilter(self)
        return self.tree

    # -- what is shown ---------------------------------------------------------------------

    def set_packs(self, packs: PackSet | Mapping[str, RulePack]) -> None:
        """Use another set of loaded packs (after an agency pack was added)."""
        self._packs = dict(packs.packs if isinstance(packs, PackSet) else packs)
        self._fill()

    def set_strategy(self, strategy: Strategy | None) -> None:
        """The strategy the findings are about (to name cards and for the crosswalk)."""
        self._strategy = strategy
        self.show_card(self._card_id)

    def set_result(self, result: CheckResult | None, library: Any = None) -> None:
        """Show a check's findings, keeping the selected finding when it is still there."""
        if library is not None:
            self._library = library
        self._result = result
        self._fill_pack_filter()
        self._fill()
        self.show_card(self._card_id)

    def pack_title(self, key: str) -> str:
        """A pack's title as shown (the structure rules have their own)."""
        if key == structural.PACK:
            return tr(structural.TITLE, CONTEXT)
        pack = self._packs.get(key)
        if pack is not None:
            return pack.title
        for coverage in self._result.coverage if self._result else ():
            if coverage.pack == key:
                return coverage.title
        return key

    def _pack_order(self) -> list[str]:
        keys: dict[str, None] = {structural.PACK: None}
        if self._result is not None:
            keys.update((c.pack, None) for c in self._result.coverage)
            keys.update((f.pack, None) for f in self._result.findings)
        return list(keys)

    def _fill_pack_filter(self) -> None:
        wanted = self.pack_filter.currentData()
        self.pack_filter.blockSignals(True)
        self.pack_filter.clear()
        self.pack_filter.addItem(_t("All packs"), None)
        for key in self._pack_order():
            self.pack_filter.addItem(self.pack_title(key), key)
        self.pack_filter.setCurrentIndex(max(0, self.pack_filter.findData(wanted)))
        self.pack_filter.blockSignals(False)

    def set_filters(
        self, severity: Severity | None = None, pack: str | None = None, text: str = ""
    ) -> None:
        """Show only findings of ``severity``, of ``pack`` and containing ``text`` (None: all)."""
        self._filling = True
        self.severity_filter.setCurrentIndex(
            max(0, self.severity_filter.findData(severity.value if severity else None))
        )
        self.pack_filter.setCurrentIndex(max(0, self.pack_filter.findData(pack)))
        self.text_filter.setText(text)
        self._filling = False
        self._fill()

    def set_pack_filter(self, pack: str | None) -> None:
        """Show one pack's findings (a coverage meter was clicked); None shows all."""
        self.pack_filter.setCurrentIndex(max(0, self.pack_filter.findData(pack)))

    def _passes(self, finding: Finding) -> bool:
        severity = self.severity_filter.currentData()
        pack = self.pack_filter.currentData()
        if severity is not None and finding.severity.value != severity:
            return False
        if pack is not None and finding.pack != pack:
            return False
        words = self.text_filter.text().lower().split()
        haystack = " ".join(
            (finding.title, finding.message, finding.citation, self.pack_title(finding.pack))
        ).lower()
        return all(word in haystack for word in words)

    def _leaves(self) -> Iterator[tuple[QTreeWidgetItem, Finding]]:
        for p in range(self.tree.topLevelItemCount()):
            pack_item = self.tree.topLevelItem(p)
            groups = (
                [pack_item.child(g) for g in range(pack_item.childCount())] if pack_item else []
            )
            for group in groups:
                for r in range(group.childCount() if group else 0):
                    leaf = group.child(r) if group else None
                    data = leaf.data(0, FINDING_ROLE) if leaf else None
                    if leaf is not None and isinstance(data, Finding):
                        yield leaf, data

    def visible_findings(self) -> list[Finding]:
        """The findings the filters let through, in the order listed."""
        return [finding for _leaf, finding in self._leaves()]

    def _fill(self) -> None:
        if self._filling:
            return
        current = self.current_finding()
        keep = finding_key(current) if current is not None else None
        self._filling = True
        self.tree.clear()
        result = self._result
        findings = result.findings if result else ()
        shown = [f for f in findings if self._passes(f)]
        restore: QTreeWidgetItem | None = None
        for key in self._pack_order():
            in_pack = [f for f in shown if f.pack == key]
            if not in_pack:
                continue
            pack_item = self._group_item(self.pack_title(key), in_pack, bold=True)
            self.tree.addTopLevelItem(pack_item)
            pack_item.setFirstColumnSpanned(True)
            for severity in Severity:
                of_severity = [f for f in in_pack if f.severity is severity]
                if not of_severity:
                    continue
                group = self._group_item(severity_plural(severity), of_severity)
                group.setIcon(0, severity_icon(severity))
                pack_item.addChild(group)
                group.setFirstColumnSpanned(True)
                for finding in of_severity:
                    leaf = self._leaf(finding)
                    group.addChild(leaf)
                    if keep is not None and finding_key(finding) == keep:
                        restore = leaf
                group.setExpanded(True)
            pack_item.setExpanded(True)
        self._filling = False
        self._fit_severity_column()
        self._summarise(findings, shown)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        else:
            self.details.show_finding(None)

    def _fit_severity_column(self) -> None:
        metrics = self.tree.fontMetrics()
        words = max(metrics.horizontalAdvance(severity_label(s)) for s in Severity)
        self.tree.setColumnWidth(
            0, words + self.tree.iconSize().width() + 3 * self.tree.indentation() + 16
        )

    def _group_item(
        self, title: str, findings: list[Finding], bold: bool = False
    ) -> QTreeWidgetItem:
        text = tr("{title} ({n})", CONTEXT).format(title=title, n=len(findings))
        item = QTreeWidgetItem([text])
        item.setToolTip(0, text)
        item.setData(0, CARDS_ROLE, list(dict.fromkeys(c for f in findings for c in f.card_ids)))
        if bold:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        return item

    def _leaf(self, finding: Finding) -> QTreeWidgetItem:
        leaf = QTreeWidgetItem([severity_label(finding.severity), finding.title, finding.citation])
        leaf.setIcon(0, severity_icon(finding.severity))
        leaf.setData(0, FINDING_ROLE, finding)
        leaf.setData(0, CARDS_ROLE, list(finding.card_ids))
        tip = f"{finding.title}\n{finding.message}"
        for column in range(3):
            leaf.setToolTip(column, tip)
        return leaf

    def _summarise(self, findings: tuple[Finding, ...], shown: list[Finding]) -> None:
        if self._result is None:
            self.summary.setText(_t("No check has run yet."))
            return
        if not findings:
            self.summary.setText(_t("✓ No findings: every applicable rule is satisfied."))
            return
        counts = ", ".join(
            count_text(n, s) for s in Severity if (n := sum(f.severity is s for f in findings))
        )
        text = tr("{n} findings: {counts}.", CONTEXT).format(n=len(findings), counts=counts)
        if len(shown) != len(findings):
            text += " " + tr("Showing {n} of them.", CONTEXT).format(n=len(shown))
        self.summary.setText(text)

    # -- selection and fixing ----------------------------------------------------------------

    def current_finding(self) -> Finding | None:
        """The finding picked in the list, if a finding (not a group) is picked."""
        item = self.tree.currentItem()
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        return finding if isinstance(finding, Finding) else None

    def select_finding(self, finding: Finding) -> bool:
        """Pick ``finding`` in the list (as the user would); False if it is not shown."""
        wanted = finding_key(finding)
        for leaf, shown in self._leaves():
            if finding_key(shown) == wanted:
                self.tree.setCurrentItem(leaf)
                return True
        return False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._filling:
            return
        finding = current.data(0, FINDING_ROLE) if current is not None else None
        self.details.show_finding(finding if isinstance(finding, Finding) else None)
        cards = current.data(0, CARDS_ROLE) if current is not None else None
        self.cards_selected.emit([str(c) for c in cards or ()])

    def card_title(self, card_id: str) -> str:
        """A card's title in the current strategy (its id if unknown)."""
        card = self._strategy.cards.get(card_id) if self._strategy else None
        return card.title if card is not None else card_id

    def entry_label(self, key: str) -> str:
        """A catalog practice as offered for a fix: its title and lane."""
        catalog = getattr(self._library, "catalog", None)
        entry = catalog.get(key) if isinstance(catalog, Mapping) else None
        if entry is None:
            return key
        return tr("{title} · {phase}", CONTEXT).format(
            title=entry.title, phase=phase_short(entry.phase)
        )

    def explanation(self, finding: Finding) -> str:
        """Why the finding's rule matters, from its pack (or the structural rules)."""
        if finding.pack == structural.PACK:
            built_in = next((r for r in structural.RULES if r.id == finding.rule_id), None)
            return built_in.explanation if built_in else ""
        pack = self._packs.get(finding.pack)
        rule = pack.rule(finding.rule_id) if pack else None
        return rule.explanation if rule else ""

    def fix_menu(self, finding: Finding) -> QMenu:
        """A menu with one "Fix: add …" action per practice suggested for ``finding``."""
        return self.details.fix_menu(finding, self)

    def request_fix(self) -> None:
        """Ask for the chosen suggested practice of the picked finding to be added."""
        if self.current_finding() is not None:
            self.details.request_fix()

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        if isinstance(finding, Finding):
            self.fix_menu(finding).exec(self.tree.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a finding in the list adds its suggested card."""
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current_finding() is not None
        ):
            self.request_fix()
            return True
        return super().eventFilter(watched, event)

    # -- the crosswalk for one card ----------------------------------------------------------

    def show_card(self, card_id: str | None) -> None:
        """List the rules the card with ``card_id`` counts towards (None clears the section)."""
        self._card_id = card_id
        strategy = self._strategy
        card = strategy.cards.get(card_id) if strategy is not None and card_id else None
        if strategy is None or card is None:
            self.satisfies.show_rules(None, (), self.pack_title)
            return
        selected = {k: self._packs[k] for k in strategy.packs if k in self._packs}
        refs = rules_for_card(card, selected, strategy.profile, self._result)
        self.satisfies.show_rules(card.title, refs, self.pack_title)

    def satisfied_rules(self) -> list[str]:
        """The lines of the Satisfies section (for tests and the outline)."""
        return self.satisfies.lines()

    def changeEvent(self, event: QEvent) -> None:
        """Refit the severity column when the font scale changes."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_severity_column()
        super().changeEvent(event)
