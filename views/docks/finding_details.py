"""Parts of the findings dock: the picked finding's details and fixes, the Satisfies section.

Also the small pure helpers the main window uses after each check:
``card_badges`` (the badge each card shows) and ``finding_key`` (a finding's
identity across re-checks).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checker.crosswalk import RuleRef
from models.findings import CheckResult, Finding
from models.vocabulary import Severity
from views.items.card_item import Badge
from views.labels import tr
from views.widgets.marks import SEVERITY_COLOURS, SEVERITY_SYMBOLS, named, severity_label

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


def count_text(n: int, severity: Severity) -> str:
    """ "1 error", "3 warnings", "1 suggestion"…"""
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


class FindingSource(Protocol):
    """What the details need to put names to a finding (the findings dock provides it)."""

    def card_title(self, card_id: str) -> str:
        """A card's title."""
        ...

    def entry_label(self, key: str) -> str:
        """A catalog practice's title and lane."""
        ...

    def explanation(self, finding: Finding) -> str:
        """Why the finding's rule matters."""
        ...


class FindingDetails(QGroupBox):
    """The picked finding: what is missing, why it matters, the cards, and the Fix button.

    Signals:
        fix_requested(str): catalog key of the practice to add.
    """

    fix_requested = Signal(str)

    def __init__(self, source: FindingSource) -> None:
        super().__init__(_t("Selected finding"))
        named(self, _t("Selected finding"))
        self._source = source
        layout = QVBoxLayout(self)
        self.headline = named(QLabel(), _t("Finding title"))
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.message = named(QLabel(), _t("What is missing"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why = named(QLabel(), _t("Why it matters"))
        self.why.setWordWrap(True)
        self.cards = named(QLabel(), _t("Cards involved"))
        self.cards.setWordWrap(True)
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
        for widget in (self.headline, self.message, self.why, self.cards):
            layout.addWidget(widget)
        layout.addLayout(fix_row)

    def show_finding(self, finding: Finding | None) -> None:
        """Show one finding (None: the prompt to pick one)."""
        self.fix_choice.clear()
        if finding is None:
            self.headline.setText(_t("Pick a finding to see what is missing and how to fix it."))
            for label in (self.message, self.why, self.cards):
                label.setText("")
            self.fix_choice.setEnabled(False)
            self.fix_button.setEnabled(False)
            return
        head = f"{severity_label(finding.severity)} · {finding.title}"
        if finding.citation:
            head += f" ({finding.citation})"
        # Bold through markup (not a QFont) so the projector font scale still applies.
        self.headline.setText(f"<b>{html.escape(head)}</b>")
        self.message.setText(finding.message)
        why = self._source.explanation(finding)
        self.why.setText(tr("Why it matters: {why}", CONTEXT).format(why=why) if why else "")
        if finding.card_ids:
            names = ", ".join(f"“{self._source.card_title(c)}”" for c in finding.card_ids)
            self.cards.setText(tr("Cards involved: {names}", CONTEXT).format(names=names))
        else:
            self.cards.setText(_t("No card yet: the strategy lacks this practice."))
        for key in finding.fixes:
            self.fix_choice.addItem(self._source.entry_label(key), key)
        if not finding.fixes:
            self.fix_choice.addItem(_t("No catalog card fixes this; edit the canvas."), None)
        self.fix_choice.setEnabled(bool(finding.fixes))
        self.fix_button.setEnabled(bool(finding.fixes))

    def request_fix(self) -> None:
        """Ask for the chosen suggested practice to be added."""
        key = self.fix_choice.currentData() if self.fix_choice.isEnabled() else None
        if key:
            self.fix_requested.emit(str(key))

    def fix_menu(self, finding: Finding, parent: QWidget) -> QMenu:
        """A menu with one "Fix: add …" action per practice suggested for ``finding``."""
        menu = QMenu(parent)
        named(menu, _t("Fixes"))
        for key in finding.fixes:
            action = menu.addAction(
                tr("Fix: add “{entry}”", CONTEXT).format(entry=self._source.entry_label(key))
            )
            action.triggered.connect(lambda _=False, k=key: self.fix_requested.emit(k))
        if not finding.fixes:
            menu.addAction(_t("No catalog card fixes this")).setEnabled(False)
        return menu


class SatisfiesBox(QGroupBox):
    """The rules the selected card counts towards (the crosswalk for one card)."""

    def __init__(self) -> None:
        super().__init__(_t("Satisfies"))
        named(self, _t("Satisfies"), _t("The rules the selected card counts towards."))
        layout = QVBoxLayout(self)
        self.label = named(QLabel(), _t("Selected card"))
        self.label.setWordWrap(True)
        self.list = QListWidget()
        named(
            self.list,
            _t("Rules satisfied by the selected card"),
            _t("Pack, citation and title of each rule this card helps satisfy."),
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        self.show_rules(None, (), str)

    def show_rules(
        self, card_title: str | None, refs: Iterable[RuleRef], pack_title: Callable[[str], str]
    ) -> None:
        """List ``refs`` for the card titled ``card_title`` (None: the prompt to pick a card)."""
        self.list.clear()
        refs = tuple(refs)
        if card_title is None:
            self.label.setText(_t("Select a card to see which rules it satisfies."))
            return
        if not refs:
            self.label.setText(
                tr("“{title}” does not yet satisfy a rule of the selected packs.", CONTEXT).format(
                    title=card_title
                )
            )
            return
        self.label.setText(
            tr("“{title}” counts towards {n} rules in {p} packs:", CONTEXT).format(
                title=card_title, n=len(refs), p=len({ref.pack for ref in refs})
            )
        )
        for ref in refs:
            self.list.addItem(
                tr("✓ {citation} — {title}", CONTEXT).format(citation=ref.citation, title=ref.title)
            )
            self.list.item(self.list.count() - 1).setToolTip(pack_title(ref.pack))

    def lines(self) -> list[str]:
        """The lines listed."""
        return [self.list.item(r).text() for r in range(self.list.count())]
