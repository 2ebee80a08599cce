"""The findings dock: what the strategy still lacks, grouped by pack and severity, with fixes.

The dock shows a ``CheckResult`` and never changes the document. It says what
the user wants as intent: ``cards_selected`` when a finding (or a group) is
picked, so the canvas can highlight the cards involved, and ``fix_requested``
with the catalog key of the practice to add, so the main window can push one
undoable ``AddCard`` into that practice's lane. ``show_card`` fills the
"Satisfies" section from the crosswalk: the rules the selected card counts for.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
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
from views.items.card_item import Badge
from views.labels import phase_short, tr
from views.widgets.marks import (
    SEVERITY_COLOURS,
    SEVERITY_SYMBOLS,
    named,
    severity_icon,
    severity_label,
    severity_plural,
)

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CARDS_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "findings"


def _t(text: str) -> str:
    return tr(text, CONTEXT)


def finding_key(finding: Finding) -> tuple[str, str, tuple[str, ...]]:
    """A finding's identity across re-checks (the same rule failing on the same cards)."""
    return (finding.pack, finding.rule_id, finding.card_ids)


def card_badges(result: CheckResult, card_ids: Iterable[str]) -> dict[str, tuple[Badge, ...]]:
    """The badge each card should show: its most serious finding and how many concern it.

    Every id of ``card_ids`` gets an entry (an empty tuple clears a badge), so the
    caller can hand the whole mapping to ``scene.set_badges`` after each check.
    """
    badges: dict[str, tuple[Badge, ...]] = dict.fromkeys(card_ids, ())
    concerning: dict[str, list[Finding]] = {}
    for finding in result.findings:
        for cid in finding.card_ids:
            concerning.setdefault(cid, []).append(finding)
    for cid, findings in concerning.items():
        if cid not in badges:
            continue
        worst = min(findings, key=lambda f: f.severity.rank).severity
        count = len(findings)
        text = SEVERITY_SYMBOLS[worst] if count == 1 else str(min(count, 9))
        tip = "\n".join(f"{severity_label(f.severity)}: {f.title}" for f in findings)
        badges[cid] = (Badge(text=text, color=SEVERITY_COLOURS[worst], tooltip=tip),)
    return badges


def _count(n: int, severity: Severity) -> str:
    if n == 1:
        return {
            Severity.ERROR: _t("1 error"),
            Severity.WARNING: _t("1 warning"),
            Severity.INFO: _t("1 suggestion"),
        }[severity]
    return {
        Severity.ERROR: tr("{n} errors", CONTEXT),
        Severity.WARNING: tr("{n} warnings", CONTEXT),
        Severity.INFO: tr("{n} suggestions", CONTEXT),
    }[severity].format(n=n)


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
        layout.addLayout(self._filters())
        self.summary = named(QLabel(_t("No check has run yet.")), _t("Findings summary"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._tree(), 3)
        layout.addWidget(self._details())
        layout.addWidget(self._satisfies(), 1)
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
        self._show_details(None)
        self.show_card(None)

    # -- building --------------------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.severity_filter = QComboBox()
        self.severity_filter.addItem(_t("All severities"), None)
        for severity in Severity:
            self.severity_filter.addItem(
                severity_icon(severity), severity_plural(severity), severity.value
            )
        named(self.severity_filter, _t("Severity filter"), _t("Show findings of one severity."))
        self.pack_filter = QComboBox()
        named(self.pack_filter, _t("Pack filter"), _t("Show findings of one rule pack."))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(_t("Filter by words…"))
        self.text_filter.setClearButtonEnabled(True)
        named(
            self.text_filter,
            _t("Text filter"),
            _t("Show findings whose title, message or citation contain these words."),
        )
        row.addWidget(self.severity_filter)
        row.addWidget(self.pack_filter)
        row.addWidget(self.text_filter, 1)
        self.severity_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.pack_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.text_filter.textChanged.connect(lambda _t: self._fill())
        return row

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
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.installEventFilter(self)
        return self.tree

    def _details(self) -> QGroupBox:
        box = QGroupBox(_t("Selected finding"))
        named(box, _t("Selected finding"))
        layout = QVBoxLayout(box)
        self.detail_title = named(QLabel(), _t("Finding title"))
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_message = named(QLabel(), _t("What is missing"))
        self.detail_message.setWordWrap(True)
        self.detail_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_why = named(QLabel(), _t("Why it matters"))
        self.detail_why.setWordWrap(True)
        self.detail_cards = named(QLabel(), _t("Cards involved"))
        self.detail_cards.setWordWrap(True)
        fix_row = QHBoxLayout()
        self.fix_choice = QComboBox()
        named(
            self.fix_choice,
            _t("Suggested practice"),
            _t("The catalog practice the Fix button adds; the best fit comes first."),
        )
        self.fix_button = QPushButton(_t("&Fix: add this card"))
        self.fix_button.setAutoDefault(True)
        named(
            self.fix_button,
            _t("Fix"),
            _t("Add the suggested practice to its lane, as one step you can undo."),
        )
        self.fix_button.clicked.connect(self.request_fix)
        fix_row.addWidget(self.fix_choice, 1)
        fix_row.addWidget(self.fix_button)
        for widget in (self.detail_title, self.detail_message, self.detail_why, self.detail_cards):
            layout.addWidget(widget)
        layout.addLayout(fix_row)
        return box

    def _satisfies(self) -> QGroupBox:
        box = QGroupBox(_t("Satisfies"))
        named(box, _t("Satisfies"), _t("The rules the selected card counts towards."))
        layout = QVBoxLayout(box)
        self.satisfies_label = named(QLabel(), _t("Selected card"))
        self.satisfies_label.setWordWrap(True)
        self.satisfies_list = QListWidget()
        named(
            self.satisfies_list,
            _t("Rules satisfied by the selected card"),
            _t("Pack, citation and title of each rule this card helps satisfy."),
        )
        self.satisfies_list.setWordWrap(True)
        self.satisfies_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.satisfies_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.satisfies_label)
        layout.addWidget(self.satisfies_list, 1)
        return box

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

    def visible_findings(self) -> list[Finding]:
        """The findings the filters let through, in the order listed."""
        found: list[Finding] = []
        for p in range(self.tree.topLevelItemCount()):
            pack_item = self.tree.topLevelItem(p)
            for s in range(pack_item.childCount() if pack_item else 0):
                group = pack_item.child(s) if pack_item else None
                for r in range(group.childCount() if group else 0):
                    leaf = group.child(r) if group else None
                    if leaf is not None:
                        found.append(leaf.data(0, FINDING_ROLE))
        return found

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
            self._show_details(None)

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
            _count(n, s) for s in Severity if (n := sum(f.severity is s for f in findings))
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
        for p in range(self.tree.topLevelItemCount()):
            pack_item = self.tree.topLevelItem(p)
            for s in range(pack_item.childCount() if pack_item else 0):
                group = pack_item.child(s) if pack_item else None
                for r in range(group.childCount() if group else 0):
                    leaf = group.child(r) if group else None
                    data = leaf.data(0, FINDING_ROLE) if leaf else None
                    if (
                        leaf is not None
                        and isinstance(data, Finding)
                        and finding_key(data) == wanted
                    ):
                        self.tree.setCurrentItem(leaf)
                        return True
        return False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._filling:
            return
        finding = current.data(0, FINDING_ROLE) if current is not None else None
        self._show_details(finding if isinstance(finding, Finding) else None)
        cards = current.data(0, CARDS_ROLE) if current is not None else None
        self.cards_selected.emit([str(c) for c in cards or ()])

    def _card_title(self, card_id: str) -> str:
        card = self._strategy.cards.get(card_id) if self._strategy else None
        return card.title if card is not None else card_id

    def _entry_label(self, key: str) -> str:
        catalog = getattr(self._library, "catalog", None)
        entry = catalog.get(key) if isinstance(catalog, Mapping) else None
        if entry is None:
            return key
        return tr("{title} · {phase}", CONTEXT).format(
            title=entry.title, phase=phase_short(entry.phase)
        )

    def _explanation(self, finding: Finding) -> str:
        if finding.pack == structural.PACK:
            built_in = next((r for r in structural.RULES if r.id == finding.rule_id), None)
            return built_in.explanation if built_in else ""
        pack = self._packs.get(finding.pack)
        rule = pack.rule(finding.rule_id) if pack else None
        return rule.explanation if rule else ""

    def _show_details(self, finding: Finding | None) -> None:
        self.fix_choice.clear()
        if finding is None:
            self.detail_title.setText(
                _t("Pick a finding to see what is missing and how to fix it.")
            )
            for label in (self.detail_message, self.detail_why, self.detail_cards):
                label.setText("")
            self.fix_choice.setEnabled(False)
            self.fix_button.setEnabled(False)
            return
        head = f"{severity_label(finding.severity)} · {finding.title}"
        if finding.citation:
            head += f" ({finding.citation})"
        # Bold through markup (not a QFont) so the projector font scale still applies.
        self.detail_title.setText(f"<b>{html.escape(head)}</b>")
        self.detail_message.setText(finding.message)
        why = self._explanation(finding)
        self.detail_why.setText(tr("Why it matters: {why}", CONTEXT).format(why=why) if why else "")
        if finding.card_ids:
            names = ", ".join(f"“{self._card_title(c)}”" for c in finding.card_ids)
            self.detail_cards.setText(tr("Cards involved: {names}", CONTEXT).format(names=names))
        else:
            self.detail_cards.setText(_t("No card yet: the strategy lacks this practice."))
        for key in finding.fixes:
            self.fix_choice.addItem(self._entry_label(key), key)
        if not finding.fixes:
            self.fix_choice.addItem(_t("No catalog card fixes this; edit the canvas."), None)
        self.fix_choice.setEnabled(bool(finding.fixes))
        self.fix_button.setEnabled(bool(finding.fixes))

    def request_fix(self) -> None:
        """Ask for the chosen suggested practice of the picked finding to be added."""
        key = self.fix_choice.currentData() if self.fix_choice.isEnabled() else None
        if self.current_finding() is not None and key:
            self.fix_requested.emit(str(key))

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
        self.satisfies_list.clear()
        strategy = self._strategy
        card = strategy.cards.get(card_id) if strategy is not None and card_id else None
        if strategy is None or card is None:
            self.satisfies_label.setText(_t("Select a card to see which rules it satisfies."))
            return
        selected = {k: self._packs[k] for k in strategy.packs if k in self._packs}
        refs = rules_for_card(card, selected, strategy.profile, self._result)
        if not refs:
            self.satisfies_label.setText(
                tr("“{title}” does not yet satisfy a rule of the selected packs.", CONTEXT).format(
                    title=card.title
                )
            )
            return
        packs = {ref.pack for ref in refs}
        self.satisfies_label.setText(
            tr("“{title}” counts towards {n} rules in {p} packs:", CONTEXT).format(
                title=card.title, n=len(refs), p=len(packs)
            )
        )
        for ref in refs:
            self.satisfies_list.addItem(
                tr("✓ {citation} — {title}", CONTEXT).format(citation=ref.citation, title=ref.title)
            )
            self.satisfies_list.item(self.satisfies_list.count() - 1).setToolTip(
                self.pack_title(ref.pack)
            )

    def satisfied_rules(self) -> list[str]:
        """The lines of the Satisfies section (for tests and the outline)."""
        return [self.satisfies_list.item(r).text() for r in range(self.satisfies_list.count())]

    def changeEvent(self, event: QEvent) -> None:
        """Refit the severity column when the font scale changes."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_severity_column()
        super().changeEvent(event)
