"""Parts of the findings dock: the picked finding's (or gap's) details and fixes, Satisfies.

Also the small pure helpers the main window uses after each check:
``card_badges`` (the badges each card shows — missing apart from planned) and
``finding_key`` (a finding's identity across re-checks).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QFrame,
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
from app.i18n import translate
from models.findings import CheckResult, Finding, TopGap
from models.vocabulary import FindingState
from views.docks.finding_text import (
    citations_text,
    count_text,
    gap_state_word,
    gap_title,
    gap_why,
    state_sentence,
)
from views.docks.wrap_row import WrapRow, two_lines
from views.items.card_item import Badge
from views.widgets.marks import SEVERITY_COLOURS, SEVERITY_SYMBOLS, named, severity_label
from views.widgets.wrap_combo import WrapCombo

__all__ = ["FindingDetails", "SatisfiesBox", "card_badges", "count_text", "finding_key"]

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" (not exported by PySide6)


def finding_key(finding: Finding) -> tuple[str, str, tuple[str, ...]]:
    """A finding's identity across re-checks (the same rule failing on the same cards)."""
    return (finding.pack, finding.rule_id, finding.card_ids)


def _badge_line(finding: Finding) -> str:
    cite = f" ({finding.citation})" if finding.citation else ""
    if finding.state is FindingState.PROHIBITED:
        return translate("findings", "Prohibited practice: {title}{cite}").format(
            title=finding.title, cite=cite
        )
    return translate("findings", "{severity}: {title}{cite}").format(
        severity=severity_label(finding.severity), title=finding.title, cite=cite
    )


def card_badges(result: CheckResult, card_ids: Iterable[str]) -> dict[str, tuple[Badge, ...]]:
    """The badges each card should show: what is missing, and apart from it what is only planned.

    A card concerned by missing (or prohibited) findings gets a filled badge with
    its worst severity's symbol (or the count). A card whose duties are only
    planned gets a hollow ring instead — "planned — not in place" — never the
    error badge. A card with both shows both. Upcoming rules are not gaps and
    give no badge. Every id of ``card_ids`` gets an entry (an empty tuple clears
    a badge), so the caller can hand the mapping to ``scene.set_badges`` after
    each check.
    """
    badges: dict[str, tuple[Badge, ...]] = dict.fromkeys(card_ids, ())
    missing: dict[str, list[Finding]] = {}
    planned: dict[str, list[Finding]] = {}
    for finding in result.findings:
        if finding.state is FindingState.UPCOMING or not finding.card_ids:
            continue
        into = planned if finding.state is FindingState.PLANNED else missing
        for cid in finding.card_ids:
            if cid in badges:
                into.setdefault(cid, []).append(finding)
    # One line per finding, shared by every card it concerns (a planned finding can
    # concern hundreds of cards on a big board).
    lines: dict[int, str] = {}

    def line(finding: Finding) -> str:
        text = lines.get(id(finding))
        if text is None:
            text = lines[id(finding)] = _badge_line(finding)
        return text

    planned_head = translate("findings", "Planned — not in place:")
    # Cards concerned by the same findings share one badge tuple (a planned finding can
    # concern hundreds of cards): built once per distinct combination.
    made: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[Badge, ...]] = {}
    for cid in missing.keys() | planned.keys():
        gaps = missing.get(cid) or []
        intents = planned.get(cid) or []
        key = (tuple(map(id, gaps)), tuple(map(id, intents)))
        known = made.get(key)
        if known is not None:
            badges[cid] = known
            continue
        shown: list[Badge] = []
        if gaps:
            worst = min(gaps, key=lambda f: f.severity.rank).severity
            text = SEVERITY_SYMBOLS[worst] if len(gaps) == 1 else str(min(len(gaps), 9))
            tip = "\n".join(line(f) for f in gaps)
            shown.append(Badge(text=text, color=SEVERITY_COLOURS[worst], tooltip=tip))
        if intents:
            worst = min(intents, key=lambda f: f.severity.rank).severity
            tip_lines = [planned_head]
            tip_lines += [f"  {line(f)}" for f in intents]
            shown.append(
                Badge(
                    text="" if len(intents) == 1 else str(min(len(intents), 9)),
                    color=SEVERITY_COLOURS[worst],
                    tooltip="\n".join(tip_lines),
                    hollow=True,
                )
            )
        made[key] = badges[cid] = tuple(shown)
    return badges


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
    """The picked finding or gap: what is missing, why it matters, the cards, the Fix button.

    Signals:
        fix_requested(str): catalog key of the practice to add.
    """

    fix_requested = Signal(str)

    def __init__(self, source: FindingSource) -> None:
        super().__init__(translate("findings", "Selected finding"))
        self.setObjectName("finding_details")
        named(self, translate("findings", "Selected finding"))
        self._source = source
        layout = QVBoxLayout(self)
        self.headline = named(QLabel(), translate("findings", "Finding title"))
        self.headline.setObjectName("finding_headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.state = named(QLabel(), translate("findings", "Finding state"))
        self.state.setObjectName("finding_state")
        self.state.setWordWrap(True)
        self.message = named(QLabel(), translate("findings", "What is missing"))
        self.message.setObjectName("finding_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why = named(QLabel(), translate("findings", "Why it matters"))
        self.why.setObjectName("finding_why")
        self.why.setWordWrap(True)
        self.pending = named(
            QLabel(),
            translate("findings", "Reported change"),
            translate(
                "findings",
                "An amendment has been reported but its final text is not verified: not law.",
            ),
        )
        self.pending.setObjectName("finding_pending")
        self.pending.setWordWrap(True)
        self.pending.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A framed note, so it never reads as part of the rule itself.
        self.pending.setFrameShape(QFrame.Shape.StyledPanel)
        self.pending.setMargin(4)
        self.cards = named(QLabel(), translate("findings", "Cards involved"))
        self.cards.setObjectName("finding_cards")
        self.cards.setWordWrap(True)
        fix_row = QHBoxLayout()
        self.fix_choice = WrapCombo()
        self.fix_choice.setObjectName("fix_choice")
        self.fix_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.fix_choice.setMinimumContentsLength(16)
        named(
            self.fix_choice,
            translate("findings", "Suggested practice"),
            translate(
                "findings", "The catalog practice the Fix button adds; the best fit comes first."
            ),
        )
        self._fix_text = translate("findings", "Fi&x: add this card")
        self.fix_button = QPushButton(self._fix_text)
        self.fix_button.setObjectName("fix_button")
        self.fix_button.setAutoDefault(True)
        named(
            self.fix_button,
            translate("findings", "Fix"),
            translate(
                "findings", "Add the suggested practice to its lane, as one step you can undo."
            ),
        )
        self.fix_button.clicked.connect(self.request_fix)
        # The practice and the button side by side when they fit, else one above the other.
        self.fix_row = WrapRow(
            (self.fix_choice, self.fix_button), (1, 0), translate("findings", "Fixes")
        )
        fix_row.addWidget(self.fix_row)
        for widget in (
            self.headline,
            self.state,
            self.message,
            self.why,
            self.pending,
            self.cards,
        ):
            layout.addWidget(widget)
        layout.addLayout(fix_row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The Fix button's words go on two lines when one would be wider than the box
        (French at 200 % font scale in a side column)."""
        inner = self.layout().contentsMargins()  # type: ignore[union-attr]
        frame = self.contentsMargins()
        spare = inner.left() + inner.right() + frame.left() + frame.right()
        room = event.size().width() - spare
        button = self.fix_button
        metrics = button.fontMetrics()

        def advance(text: str) -> int:
            return max(
                metrics.horizontalAdvance(line.replace("&", "")) for line in text.split("\n")
            )

        padding = button.sizeHint().width() - advance(button.text())
        wanted = self._fix_text
        folded = two_lines(wanted)
        # Never wider than its words on two lines need, so the column can narrow this box
        # (and the resize that follows folds the words).
        button.setMinimumWidth(advance(folded) + padding)
        if advance(wanted) + padding > room:
            wanted = folded
        if button.text() != wanted:
            button.setText(wanted)
        super().resizeEvent(event)

    def _clear(self) -> None:
        self.fix_choice.clear()
        self.message.setToolTip("")
        for label in (self.state, self.message, self.why, self.pending, self.cards):
            label.setText("")
        self.pending.hide()

    def _offer(self, fixes: tuple[str, ...], state: FindingState) -> None:
        for key in fixes:
            self.fix_choice.addItem(self._source.entry_label(key), key)
        if not fixes:
            self.fix_choice.addItem(_no_fix(state), None)
        self.fix_choice.setEnabled(bool(fixes))
        self.fix_button.setEnabled(bool(fixes))

    def _show_cards(self, card_ids: tuple[str, ...], state: FindingState) -> None:
        if card_ids:
            names = ", ".join(f"“{self._source.card_title(c)}”" for c in card_ids)
            text = (
                translate("findings", "Planned cards, not yet in place: {names}")
                if state is FindingState.PLANNED
                else translate("findings", "Cards involved: {names}")
            )
            self.cards.setText(text.format(names=names))
        elif state is FindingState.OPEN:
            self.cards.setText(
                translate("findings", "No card yet: the strategy lacks this practice.")
            )

    def show_finding(self, finding: Finding | None) -> None:
        """Show one finding (None: the prompt to pick one)."""
        self._clear()
        self.setTitle(translate("findings", "Selected finding"))
        if finding is None:
            self.headline.setText(
                translate(
                    "findings", "Pick a gap or a finding to see what is missing and how to fix it."
                )
            )
            self.fix_choice.setEnabled(False)
            self.fix_button.setEnabled(False)
            return
        head = finding.title
        if finding.citation:
            head += f" ({finding.citation})"
        # Bold through markup (not a QFont) so the projector font scale still applies.
        self.headline.setText(f"<b>{html.escape(head)}</b>")
        self.state.setText(state_sentence(finding))
        self.message.setText(finding.message)
        why = self._source.explanation(finding)
        self.why.setText(
            translate("findings", "Why it matters: {why}").format(why=why) if why else ""
        )
        if finding.pending:
            self.pending.setText(
                translate("findings", "Reported change, not yet law: {note}").format(
                    note=finding.pending
                )
            )
            self.pending.show()
        self._show_cards(finding.card_ids, finding.state)
        self._offer(finding.fixes, finding.state)

    def show_gap(self, gap: TopGap, live: bool) -> None:
        """Show one of the gaps that would hurt first: its citations, why it ranks there, fixes."""
        self._clear()
        self.setTitle(translate("findings", "Selected gap"))
        head = gap_title(gap)
        self.headline.setText(f"<b>{html.escape(head)}</b>")
        self.state.setText(
            translate("findings", "{state} · {severity}").format(
                state=gap_state_word(gap), severity=severity_label(gap.severity)
            )
        )
        self.message.setText(
            translate("findings", "Demanded by {citations}.").format(citations=citations_text(gap))
        )
        self.message.setToolTip(
            translate("findings", "Packs: {packs}").format(packs="; ".join(gap.packs))
        )
        self.why.setText(
            translate("findings", "Why it ranks here: {why}").format(why=gap_why(gap, live))
        )
        self._show_cards(gap.card_ids, gap.state)
        self._offer(gap.fixes, gap.state)

    def request_fix(self) -> None:
        """Ask for the chosen suggested practice to be added."""
        key = self.fix_choice.currentData() if self.fix_choice.isEnabled() else None
        if key:
            self.fix_requested.emit(str(key))

    def fix_menu(self, fixes: tuple[str, ...], parent: QWidget) -> QMenu:
        """A menu with one "Fix: add …" action per suggested practice."""
        menu = QMenu(parent)
        named(menu, translate("findings", "Fixes"))
        for key in fixes:
            action = menu.addAction(
                translate("findings", "Fix: add “{entry}”").format(
                    entry=self._source.entry_label(key)
                )
            )
            action.triggered.connect(lambda _=False, k=key: self.fix_requested.emit(k))
        if not fixes:
            menu.addAction(translate("findings", "No catalog card fixes this")).setEnabled(False)
        return menu


def _no_fix(state: FindingState) -> str:
    """What the fix box says when there is no card to add."""
    return {
        FindingState.OPEN: translate("findings", "No catalog card fixes this; edit the canvas."),
        FindingState.PLANNED: translate(
            "findings",
            "Nothing to add: the practice is planned. It counts once its cards are in place.",
        ),
        FindingState.UPCOMING: translate(
            "findings", "Not in force yet on the date checked: nothing is required."
        ),
        FindingState.PROHIBITED: translate(
            "findings", "No card can fix a prohibited practice: the use must change."
        ),
    }[state]


class SatisfiesBox(QGroupBox):
    """The rules the selected card counts towards (the crosswalk for one card)."""

    def __init__(self) -> None:
        super().__init__(translate("findings", "Satisfies"))
        named(
            self,
            translate("findings", "Satisfies"),
            translate("findings", "The rules the selected card counts towards."),
        )
        layout = QVBoxLayout(self)
        self.label = named(QLabel(), translate("findings", "Selected card"))
        self.label.setWordWrap(True)
        self.list = QListWidget()
        named(
            self.list,
            translate("findings", "Rules satisfied by the selected card"),
            translate("findings", "Pack, citation and title of each rule this card helps satisfy."),
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As tall as its rules (so a card with few leaves the room to the findings list).
        self.list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.list.setObjectName("satisfies_list")
        self.label.setObjectName("satisfies_label")
        self.setObjectName("satisfies_box")
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
            self.label.setText(
                translate("findings", "Select a card to see which rules it satisfies.")
            )
            return
        if not refs:
            self.label.setText(
                translate(
                    "findings", "“{title}” does not yet satisfy a rule of the selected packs."
                ).format(title=card_title)
            )
            return
        self.label.setText(
            translate("findings", "“{title}” counts towards {n} rules in {p} packs:").format(
                title=card_title, n=len(refs), p=len({ref.pack for ref in refs})
            )
        )
        for ref in refs:
            self.list.addItem(
                translate("findings", "✓ {citation} — {title}").format(
                    citation=ref.citation, title=ref.title
                )
            )
            self.list.item(self.list.count() - 1).setToolTip(pack_title(ref.pack))

    def set_rows_at_most(self, rows: int | None) -> None:
        """Let the list grow to ``rows`` lines before it scrolls (None: no limit)."""
        limit = QWIDGETSIZE_MAX if rows is None else self.fontMetrics().lineSpacing() * rows + 8
        self.list.setMaximumHeight(limit)

    def lines(self) -> list[str]:
        """The lines listed."""
        return [self.list.item(r).text() for r in range(self.list.count())]
