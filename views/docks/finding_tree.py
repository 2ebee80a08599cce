"""The findings list: the gaps that would hurt first, then every other finding by pack and state.

One tree, so one keyboard focus and one selection serve both parts. The first
section lists the top gaps (one line each: rank, practice, state, the human
citations; the findings of a gap are its children). Then each pack lists its
remaining findings grouped by state — prohibited, missing, planned, upcoming —
each row marked by shape and word as well as colour. Rows carry their finding
or gap, their cards, their state and a stable key in item data; the tree is
rebuilt only when asked, and keeps which groups the user opened or closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from app.i18n import translate
from models.findings import CheckResult, Finding, TopGap
from models.vocabulary import FindingState, Severity
from views.docks.finding_text import (
    citations_text,
    finding_accessible,
    finding_title,
    finding_tooltip,
    gap_accessible,
    gap_title,
    gap_tooltip,
    gap_why,
    gap_word,
)
from views.widgets.marks import named, severity_label, state_icon, state_label

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CARDS_ROLE = Qt.ItemDataRole.UserRole + 2
GAP_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_ROLE = Qt.ItemDataRole.UserRole + 4
KEY_ROLE = Qt.ItemDataRole.UserRole + 5
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
ACCESSIBLE_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole

TOP_KEY = "top"
UPCOMING_TEXT = QColor("#4A515B")
STATE_ORDER = (
    FindingState.PROHIBITED,
    FindingState.OPEN,
    FindingState.PLANNED,
    FindingState.UPCOMING,
)
NARROW_CHARS = 36
"""Below this many average characters beside the status column, the status words and
citations join the finding's title instead of taking columns of their own."""
CITATION_SHARE = 0.3
"""The citation column's share of the width beside the status column."""
HEADER_PADDING = 16
"""Room a header section keeps around its text."""
COLLAPSED_BY_DEFAULT = ("g|", "s|upcoming|")
"""Key prefixes of groups that start closed: a gap's findings, a pack's upcoming rules."""


def finding_item_key(finding: Finding) -> str:
    """A finding row's key: the same rule failing on the same cards."""
    return "f|" + "|".join((finding.pack, finding.rule_id, *finding.card_ids))


def gap_key(gap: TopGap) -> str:
    """A gap row's key: its practice (or its first rule, for a rule about the shape)."""
    return "g|" + (gap.practice or (gap.rule_ids[0] if gap.rule_ids else gap.title))


def _group_heading(state: FindingState) -> str:
    return {
        FindingState.PROHIBITED: translate("findings", "Prohibited practices"),
        FindingState.OPEN: translate("findings", "Missing"),
        FindingState.PLANNED: translate("findings", "Planned, not in place"),
        FindingState.UPCOMING: translate("findings", "Upcoming — not yet in force"),
    }[state]


class _RowDelegate(QStyledItemDelegate):
    """Rows that wrap: a heading spanning the row is measured at the row's width, and in
    a narrow list the citation is the finding's second line."""

    def __init__(self, tree: FindingTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """In a narrow list, the status word and the citation join the finding's title."""
        super().initStyleOption(option, index)
        tree = self._tree
        if not tree.narrow or tree.isFirstColumnSpanned(index.row(), index.parent()):
            return
        if index.column() == 0:
            option.text = ""  # the mark stays
        elif index.column() == 1:
            text = str(option.text)
            model = index.model()
            status = model.index(index.row(), 0, index.parent()).data()
            if status:
                text = translate("findings", "{status} · {title}").format(status=status, title=text)
            citation = model.index(index.row(), 2, index.parent()).data()
            if citation:
                text = f"{text}\u2028{citation}"  # a line break the painter keeps
            option.text = text

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Wrapped at the cell's width (a spanned heading's is the row's, less its indent)."""
        tree = self._tree
        width = tree.columnWidth(index.column())
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            if tree.isFirstColumnSpanned(index.row(), index.parent()):
                width = tree.viewport().width()
            width -= tree.indentation() * (depth + 1)
        option = QStyleOptionViewItem(option)
        option.rect = QRect(0, 0, max(1, width), 1 << 20)
        return super().sizeHint(option, index)


class FindingTree(QTreeWidget):
    """The tree of gaps and findings; ``fill`` rebuilds it from a check result."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("findings_tree")
        self.setColumnCount(3)
        self.setHeaderLabels(
            [
                translate("findings", "Status"),
                translate("findings", "Finding"),
                translate("findings", "Citation"),
            ]
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(22, 22))
        # Not uniform: the first row (a heading, no mark) would set every row's height and
        # squash the marks of the rows below it. A few hundred rows lay out fast anyway.
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        # Rows wrap within the panel's width rather than scroll sideways (a narrow column
        # at 200 % font scale): status fixed, finding stretches, citation a share of it.
        self.setWordWrap(True)
        self.narrow = False
        self._status_width = 0
        self.setItemDelegate(_RowDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        named(
            self,
            translate("findings", "Findings list"),
            translate(
                "findings",
                "First the gaps that would hurt first, then the other findings by rule pack "
                "and state. Selecting one highlights its cards on the canvas; Enter adds the "
                "suggested card.",
            ),
        )
        # Which groups the user opened or closed, by key, so a re-check keeps them.
        self._expanded: dict[str, bool] = {}
        self.filling = False
        self.itemExpanded.connect(lambda item: self._remember(item, True))
        self.itemCollapsed.connect(lambda item: self._remember(item, False))

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        if not self.filling:
            self._expanded[str(item.data(0, KEY_ROLE))] = expanded

    def _open(self, item: QTreeWidgetItem) -> None:
        """Close ``item`` if it should be (the tree was just expanded whole)."""
        key = str(item.data(0, KEY_ROLE))
        default = not key.startswith(COLLAPSED_BY_DEFAULT)
        if not self._expanded.get(key, default):
            item.setExpanded(False)

    # -- building ------------------------------------------------------------------------------

    def fill(
        self,
        result: CheckResult | None,
        passes: Callable[[Finding], bool],
        pack_order: Sequence[str],
        pack_title: Callable[[str], str],
    ) -> list[Finding]:
        """Rebuild from ``result``; returns the findings the filters let through.

        The rows are built apart from the view and handed over at once; spans and
        expansion come after, since each of those lays the view out again if rows
        were added since the last one (most of a rebuild's cost, done row by row).
        """
        self.filling = True
        self.clear()
        findings = result.findings if result is not None else ()
        shown = [f for f in findings if passes(f)]
        tops: list[QTreeWidgetItem] = []
        spanned: list[QTreeWidgetItem] = []
        groups: list[QTreeWidgetItem] = []
        in_top: set[int] = set()
        if result is not None and result.top_gaps:
            section = self._heading(
                TOP_KEY, translate("findings", "The gaps that would hurt first"), []
            )
            for gap in result.top_gaps:
                members = [
                    f for f in shown if f.rank == gap.rank and f.state is not FindingState.UPCOMING
                ]
                in_top.update(id(f) for f in members)
                if not members:
                    continue
                row = self._gap_item(gap, result.live)
                section.addChild(row)
                row.addChildren([self._leaf(f, pack_title(f.pack)) for f in members])
                groups.append(row)
            if section.childCount():  # else the filters let none of their findings through
                section.setData(0, CARDS_ROLE, _cards_of([*_findings_under(section)]))
                tops.append(section)
        rest = [f for f in shown if id(f) not in in_top]
        for key in pack_order:
            in_pack = [f for f in rest if f.pack == key]
            if not in_pack:
                continue
            pack_item = self._heading(f"p|{key}", pack_title(key), in_pack)
            tops.append(pack_item)
            for state in STATE_ORDER:
                of_state = [f for f in in_pack if f.state is state]
                if not of_state:
                    continue
                group = self._heading(
                    f"s|{state.value}|{key}", _group_heading(state), of_state, bold=False
                )
                worst = min((f.severity for f in of_state), key=lambda s: s.rank)
                group.setIcon(0, state_icon(state, worst))
                group.setData(0, STATE_ROLE, state.value)
                pack_item.addChild(group)
                group.addChildren([self._leaf(f, pack_title(f.pack)) for f in of_state])
                spanned.append(group)
                groups.append(group)
        self.addTopLevelItems(tops)
        for item in (*tops, *spanned):
            item.setFirstColumnSpanned(True)
        # One expansion of everything, then the few groups that stay closed: a
        # setExpanded per group would lay the rows out again each time.
        self.expandAll()
        for item in (*tops, *groups):
            self._open(item)
        self.filling = False
        return shown

    def _heading(
        self, key: str, title: str, findings: list[Finding], bold: bool = True
    ) -> QTreeWidgetItem:
        text = (
            translate("findings", "{title} ({n})").format(title=title, n=len(findings))
            if findings
            else title
        )
        item = QTreeWidgetItem([text])
        item.setToolTip(0, text)
        item.setData(0, KEY_ROLE, key)
        item.setData(0, CARDS_ROLE, _cards_of(findings))
        item.setData(0, ACCESSIBLE_TEXT, text)
        if bold:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        return item

    def _gap_item(self, gap: TopGap, live: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([gap_word(gap), gap_title(gap), citations_text(gap)])
        item.setIcon(0, state_icon(gap.state, gap.severity))
        item.setData(0, GAP_ROLE, gap)
        item.setData(0, KEY_ROLE, gap_key(gap))
        item.setData(0, CARDS_ROLE, list(gap.card_ids))
        item.setData(0, STATE_ROLE, gap.state.value)
        item.setData(0, ACCESSIBLE_TEXT, gap_accessible(gap))
        item.setData(0, ACCESSIBLE_DESCRIPTION, gap_why(gap, live))
        tip = gap_tooltip(gap, live)
        font = item.font(0)
        font.setBold(True)
        for column in range(3):
            item.setToolTip(column, tip)
            item.setFont(column, font)
        return item

    def _leaf(self, finding: Finding, pack_title: str) -> QTreeWidgetItem:
        word = state_label(finding.state)
        if finding.state is FindingState.OPEN:
            word = severity_label(finding.severity)
        leaf = QTreeWidgetItem([word, finding_title(finding), finding.citation])
        leaf.setIcon(0, state_icon(finding.state, finding.severity))
        leaf.setData(0, FINDING_ROLE, finding)
        leaf.setData(0, CARDS_ROLE, list(finding.card_ids))
        leaf.setData(0, STATE_ROLE, finding.state.value)
        leaf.setData(0, KEY_ROLE, finding_item_key(finding))
        leaf.setData(0, ACCESSIBLE_TEXT, finding_accessible(finding))
        leaf.setData(0, ACCESSIBLE_DESCRIPTION, finding.message)
        tip = finding_tooltip(finding, pack_title)
        for column in range(3):
            leaf.setToolTip(column, tip)
        if finding.state is FindingState.UPCOMING:
            # Not a gap: quieter, so the eye skips it (still 8:1 on white, for a projector);
            # the word and the calendar say why.
            for column in range(3):
                leaf.setForeground(column, UPCOMING_TEXT)
        return leaf

    # -- reading -------------------------------------------------------------------------------

    def items(self) -> Iterator[QTreeWidgetItem]:
        """Every row, depth first, in the order shown."""
        stack = [self.topLevelItem(i) for i in reversed(range(self.topLevelItemCount()))]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            yield item
            stack.extend(item.child(i) for i in reversed(range(item.childCount())))

    def leaves(self) -> Iterator[tuple[QTreeWidgetItem, Finding]]:
        """Each finding row with its finding, in the order shown."""
        for item in self.items():
            data = item.data(0, FINDING_ROLE)
            if isinstance(data, Finding):
                yield item, data

    def gap_rows(self) -> Iterator[tuple[QTreeWidgetItem, TopGap]]:
        """Each top-gap row with its gap, in rank order."""
        for item in self.items():
            data = item.data(0, GAP_ROLE)
            if isinstance(data, TopGap):
                yield item, data

    def find_key(self, key: str) -> QTreeWidgetItem | None:
        """The row with ``key``, if shown."""
        return next((i for i in self.items() if i.data(0, KEY_ROLE) == key), None)

    def reveal(self, item: QTreeWidgetItem) -> None:
        """Open the groups around ``item`` and scroll it into view."""
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.scrollToItem(item)

    def current_key(self) -> str | None:
        """The key of the current row."""
        item = self.currentItem()
        return str(item.data(0, KEY_ROLE)) if item is not None else None

    def fit_first_column(self) -> None:
        """Make the status column as wide as its longest word and mark."""
        metrics = self.fontMetrics()
        words = [severity_label(s) for s in Severity] + [state_label(s) for s in FindingState]
        widest = max(metrics.horizontalAdvance(w) for w in words)
        self._status_width = widest + self.iconSize().width() + 3 * self.indentation() + 16
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width: the status column as wide as its words, the citation column a
        share of the rest, the finding the remainder. Too narrow for that (a side column
        at 200 % font scale), the status column keeps only the marks and the finding's
        text says the status word, the title, and the citation on a line of its own."""
        metrics = self.header().fontMetrics()
        width = self.viewport().width()
        status = self._status_width
        narrow = width - status < self.fontMetrics().averageCharWidth() * NARROW_CHARS
        if narrow:
            heading = metrics.horizontalAdvance(str(self.headerItem().text(0)))
            status = max(
                heading + HEADER_PADDING,
                self.iconSize().width() + 3 * self.indentation() + HEADER_PADDING,
            )
        self.narrow = narrow
        self.setColumnWidth(0, status)
        if narrow != self.isColumnHidden(2):
            self.setColumnHidden(2, narrow)
        if not narrow:
            heading = metrics.horizontalAdvance(str(self.headerItem().text(2)))
            share = round((width - status) * CITATION_SHARE)
            self.setColumnWidth(2, max(share, heading + HEADER_PADDING))
        # Row heights follow the new widths (they wrap).
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()


def _findings_under(item: QTreeWidgetItem) -> Iterator[Finding]:
    stack = [item]
    while stack:
        node = stack.pop()
        data = node.data(0, FINDING_ROLE)
        if isinstance(data, Finding):
            yield data
        for index in range(node.childCount()):
            child = node.child(index)
            if child is not None:
                stack.append(child)


def _cards_of(findings: Sequence[Finding]) -> list[str]:
    return list(dict.fromkeys(c for f in findings for c in f.card_ids))


def state_heading(state: FindingState) -> str:
    """The heading of a group of one state inside a pack ("Planned, not in place")."""
    return _group_heading(state)
