"""The outline: phases → cards (with owner, status and links), the canvas for screen readers.

Graphics items are invisible to assistive technology, so this tree is a full
keyboard-operable equivalent of the board: select, rename (F2), move to
another phase, link and delete, all through the same editor operations.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document import Change, Document
from app.i18n import translate
from models.phases import ALL_PHASES, Phase
from models.strategy import MAX_TITLE, Card, Strategy
from views.editor import StrategyEditor
from views.labels import kind_label, phase_label, role_label, status_label
from views.theme import Theme

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
PHASE_ROLE = Qt.ItemDataRole.UserRole + 2
_CARD_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

SortKey = tuple[float, float, str]


def _sort_key(card: Card) -> SortKey:
    """Cards of a phase are listed top to bottom, then left to right (ties by id)."""
    return (card.y, card.x, card.id)


class OutlineDock(QDockWidget):
    """A tree of the strategy, kept in step with the document.

    Signals:
        card_selected(str): the user picked a card in the outline.
        move_requested(str): "Move to phase…" for this card id.
        link_requested(str): "Link…" for this card id.
    """

    card_selected = Signal(str)
    move_requested = Signal(str)
    link_requested = Signal(str)

    def __init__(self, theme: Theme) -> None:
        super().__init__(translate("outline", "Outline"))
        self.setObjectName("outline_dock")
        self.setAccessibleName(translate("outline", "Outline"))
        self.theme = theme
        self._editor: StrategyEditor | None = None
        self._syncing = False
        # What the tree shows, so a change updates only the rows it touched:
        self._groups: dict[Phase, QTreeWidgetItem] = {}
        self._rows: dict[str, QTreeWidgetItem] = {}  # card id → its row
        self._order: dict[Phase, list[SortKey]] = {}  # each phase's rows, in tree order
        self._keys: dict[str, tuple[Phase, SortKey]] = {}  # where each card's row sits
        self._titles: dict[str, str] = {}  # the title each row (and its neighbours) shows
        self._ends: dict[str, tuple[str, str]] = {}  # link id → its ends, for removed links
        self._filled: set[str] = set()  # cards whose child rows were made (once expanded)
        # Cards and links changed since the tree was last brought up to date
        # (None: everything, rebuild).
        self._dirty: set[str] | None = None
        self._dirty_links: set[str] = set()
        self.rows_built = 0  # card rows created so far (a rebuild creates one per card)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setAccessibleName(translate("outline", "Strategy outline"))
        self.tree.setAccessibleDescription(
            translate(
                "outline",
                "Every phase with its cards, owners, statuses and links. F2 renames the "
                "selected card; the buttons below move, link or delete it.",
            )
        )
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.rename_button = self._button(
            translate("outline", "Rename"), translate("outline", "Rename the card")
        )
        self.move_button = self._button(
            translate("outline", "Move…"), translate("outline", "Move the card to another phase")
        )
        self.link_button = self._button(
            translate("outline", "Link…"), translate("outline", "Link the card to another")
        )
        self.delete_button = self._button(
            translate("outline", "Delete"), translate("outline", "Delete the card")
        )
        for button in (self.rename_button, self.move_button, self.link_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.timeout.connect(self._flush)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemChanged.connect(self._item_renamed)
        self.tree.itemExpanded.connect(self._expanded)
        self.rename_button.clicked.connect(self._rename)
        self.move_button.clicked.connect(lambda: self._emit_for_card(self.move_requested))
        self.link_button.clicked.connect(lambda: self._emit_for_card(self.link_requested))
        self.delete_button.clicked.connect(self._delete)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAccessibleDescription(
            translate("outline", "Acts on the card selected in the outline.")
        )
        return button

    def set_editor(self, editor: StrategyEditor | None) -> None:
        """Follow another strategy (or none)."""
        if self._editor is not None:
            self._editor.document.remove_listener(self._on_change)
        self._editor = editor
        if editor is not None:
            editor.document.add_listener(self._on_change)
        self.rebuild()

    def _on_change(self, _document: Document, change: Change) -> None:
        # Note what the change touched; bursts (a paste, an arrange) are applied once.
        if self._dirty is not None:
            self._dirty |= change.cards
            self._dirty_links |= change.links
        self._rebuild_timer.start(0)

    def _flush(self) -> None:
        """Bring the tree up to date: only the rows of the cards the changes touched."""
        if self._dirty is None:
            self.rebuild()
            return
        editor = self._editor
        cards, links = self._dirty, self._dirty_links
        self._dirty, self._dirty_links = set(), set()
        self._rebuild_timer.stop()
        if editor is None:
            return
        strategy = editor.strategy
        for link_id in links:
            link = strategy.links.get(link_id)
            ends: tuple[str, str] | None
            if link is not None:
                ends = self._ends[link_id] = (link.source, link.target)
            else:
                ends = self._ends.pop(link_id, None)
            if ends is not None:
                cards.update(ends)
        # A renamed card changes the link rows of its neighbours.
        for card_id in list(cards):
            card = strategy.cards.get(card_id)
            if card is not None and self._titles.get(card_id, card.title) != card.title:
                for link in strategy.links_touching(card_id):
                    cards.update((link.source, link.target))
        current = self.current_card_id()
        self._syncing = True
        try:
            counts: set[Phase] = set()
            for card_id in cards:
                counts |= self._refresh_row(card_id)
            for phase in counts:
                self._count_label(phase)
            item = self._rows.get(current) if current is not None else None
            if item is not None and self.tree.currentItem() is not item:
                self.tree.setCurrentItem(item)
        finally:
            self._syncing = False

    def rebuild(self) -> None:
        """Refill the tree from the document, keeping the current card."""
        current = self.current_card_id()
        opened = {cid for cid, row in self._rows.items() if row.isExpanded()}
        self._rebuild_timer.stop()
        self._syncing = True
        self.tree.clear()
        self._groups.clear()
        self._rows.clear()
        self._order.clear()
        self._keys.clear()
        self._titles.clear()
        self._ends.clear()
        self._filled.clear()
        self._dirty, self._dirty_links = set(), set()
        editor = self._editor
        if editor is None:
            self._syncing = False
            return
        strategy = editor.strategy
        self._ends.update((k, (lk.source, lk.target)) for k, lk in strategy.links.items())
        by_phase: dict[Phase, list[Card]] = {p: [] for p in ALL_PHASES}
        for card in strategy.cards.values():
            by_phase[card.phase].append(card)
        for phase in ALL_PHASES:
            cards = sorted(by_phase[phase], key=_sort_key)
            group = QTreeWidgetItem()
            group.setData(0, PHASE_ROLE, phase.value)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(group)
            self._groups[phase] = group
            self._order[phase] = [_sort_key(card) for card in cards]
            rows = []
            for card in cards:
                item = self._new_row(card)
                rows.append(item)
                self._fill_row(item, card, strategy)
            group.addChildren(rows)
            self._count_label(phase)
            group.setExpanded(True)
        for card_id in opened:
            if (row := self._rows.get(card_id)) is not None:
                row.setExpanded(True)
        keep = self._rows.get(current) if current is not None else None
        if keep is not None:
            self.tree.setCurrentItem(keep)
        self._syncing = False

    # -- rows ----------------------------------------------------------------------------------

    def _new_row(self, card: Card) -> QTreeWidgetItem:
        """A card's row (empty until filled); counted, so tests see what was rebuilt."""
        self.rows_built += 1
        item = QTreeWidgetItem([card.title])
        item.setData(0, CARD_ROLE, card.id)
        item.setFlags(_CARD_FLAGS)
        # Its detail and link rows are made when it is first expanded (most never are).
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self._rows[card.id] = item
        self._keys[card.id] = (card.phase, _sort_key(card))
        return item

    def _fill_row(self, item: QTreeWidgetItem, card: Card, strategy: Strategy) -> None:
        """Set a card row's title and summary (and its child rows once it was expanded)."""
        if item.text(0) != card.title:
            item.setText(0, card.title)
        self._titles[card.id] = card.title
        summary = f"{role_label(card.owner_role)} · {status_label(card.status)}"
        item.setToolTip(0, summary)
        item.setStatusTip(0, summary)
        if card.id in self._filled:
            self._fill_children(item, card, strategy, summary)

    def _fill_children(
        self, item: QTreeWidgetItem, card: Card, strategy: Strategy, summary: str
    ) -> None:
        """The row's children: the owner and status, then one row per link."""
        self._filled.add(card.id)
        texts = [summary]
        for link in strategy.links_of(card.id):
            if link.source == card.id:
                texts.append(f"→ {kind_label(link.kind)} {strategy.cards[link.target].title}")
            else:
                texts.append(f"← {strategy.cards[link.source].title} {kind_label(link.kind)}")
        old = [item.child(i) for i in range(item.childCount())]
        if [c.text(0) for c in old if c is not None] == texts:
            return
        item.takeChildren()
        children = []
        for text in texts:
            child = QTreeWidgetItem([text])
            child.setFlags(Qt.ItemFlag.ItemIsEnabled)
            children.append(child)
        item.addChildren(children)

    def _expanded(self, item: QTreeWidgetItem) -> None:
        card_id = item.data(0, CARD_ROLE)
        if not card_id or card_id in self._filled or self._editor is None:
            return
        strategy = self._editor.strategy
        card = strategy.cards.get(str(card_id))
        if card is not None:
            summary = f"{role_label(card.owner_role)} · {status_label(card.status)}"
            syncing, self._syncing = self._syncing, True
            try:
                self._fill_children(item, card, strategy, summary)
            finally:
                self._syncing = syncing

    def _refresh_row(self, card_id: str) -> set[Phase]:
        """Insert, move, update or remove one card's row; the phases whose count changed."""
        assert self._editor is not None
        strategy = self._editor.strategy
        card = strategy.cards.get(card_id)
        item = self._rows.get(card_id)
        changed: set[Phase] = set()
        place = (card.phase, _sort_key(card)) if card is not None else None
        expanded = item.isExpanded() if item is not None else False
        if item is not None and self._keys[card_id] != place:
            phase, key = self._keys.pop(card_id)
            order = self._order[phase]
            index = bisect.bisect_left(order, key)
            del order[index]
            self._groups[phase].takeChild(index)
            changed.add(phase)
            if card is None:
                del self._rows[card_id]
                self._titles.pop(card_id, None)
                self._filled.discard(card_id)
                return changed
        if card is None:
            return changed
        if item is None:
            item = self._new_row(card)
        elif card_id not in self._keys:
            self._keys[card_id] = (card.phase, _sort_key(card))
        else:
            self._fill_row(item, card, strategy)
            return changed
        order = self._order[card.phase]
        index = bisect.bisect_left(order, _sort_key(card))
        order.insert(index, _sort_key(card))
        self._groups[card.phase].insertChild(index, item)
        self._fill_row(item, card, strategy)
        item.setExpanded(expanded)
        changed.add(card.phase)
        return changed

    def _count_label(self, phase: Phase) -> None:
        self._groups[phase].setText(
            0,
            translate("outline", "{phase} ({n} cards)").format(
                phase=phase_label(phase), n=len(self._order[phase])
            ),
        )

    def current_card_id(self) -> str | None:
        """The card selected in the outline."""
        item = self.tree.currentItem()
        card_id = item.data(0, CARD_ROLE) if item is not None else None
        return str(card_id) if card_id else None

    def select_card(self, card_id: str | None) -> None:
        """Follow the canvas selection without echoing it back."""
        if self._rebuild_timer.isActive():
            self._flush()
        item = self._rows.get(card_id) if card_id is not None else None
        if item is None:
            return
        self._syncing = True
        try:
            self.tree.setCurrentItem(item)
        finally:
            self._syncing = False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._syncing or current is None:
            return
        card_id = current.data(0, CARD_ROLE)
        if card_id:
            self.card_selected.emit(str(card_id))

    def _item_renamed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._syncing or self._editor is None:
            return
        card_id = item.data(0, CARD_ROLE)
        if not card_id or card_id not in self._editor.strategy.cards:
            return
        text = " ".join(item.text(0).split())
        if not text:
            self._editor.message.emit(
                translate("outline", "A card needs a title; the old one was kept.")
            )
            self._syncing = True
            try:
                item.setText(0, self._editor.strategy.cards[str(card_id)].title)
            finally:
                self._syncing = False
            return
        if len(text) > MAX_TITLE:
            text = text[:MAX_TITLE].rstrip()
            self._editor.message.emit(
                translate(
                    "outline", "Titles are at most {n} characters; the title was shortened."
                ).format(n=MAX_TITLE)
            )
        self._editor.update_card(str(card_id), title=text)

    def _rename(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, CARD_ROLE):
            self.tree.editItem(item, 0)

    def _emit_for_card(self, signal: SignalInstance) -> None:
        card_id = self.current_card_id()
        if card_id is not None:
            signal.emit(card_id)

    def _delete(self) -> None:
        card_id = self.current_card_id()
        if card_id is not None and self._editor is not None:
            self._editor.remove([card_id])
