"""The outline: phases → cards (with owner, status and links), the canvas for screen readers.

Graphics items are invisible to assistive technology, so this tree is a full
keyboard-operable equivalent of the board: select, rename (F2), move to
another phase, link and delete, all through the same editor operations.
"""

from __future__ import annotations

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
from models.strategy import MAX_TITLE
from views.editor import StrategyEditor
from views.labels import kind_label, phase_label, role_label, status_label
from views.theme import Theme

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
PHASE_ROLE = Qt.ItemDataRole.UserRole + 2


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
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemChanged.connect(self._item_renamed)
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

    def _on_change(self, _document: Document, _change: Change) -> None:
        # Coalesce bursts (a paste, an arrange) into one rebuild.
        self._rebuild_timer.start(0)

    def rebuild(self) -> None:
        """Refill the tree from the document, keeping the current card."""
        current = self.current_card_id()
        self._syncing = True
        self.tree.clear()
        editor = self._editor
        if editor is None:
            self._syncing = False
            return
        strategy = editor.strategy
        by_phase: dict[Phase, list] = {p: [] for p in ALL_PHASES}
        for card in strategy.cards.values():
            by_phase[card.phase].append(card)
        keep: QTreeWidgetItem | None = None
        for phase in ALL_PHASES:
            cards = sorted(by_phase[phase], key=lambda c: (c.y, c.x))
            group = QTreeWidgetItem(
                [
                    translate("outline", "{phase} ({n} cards)").format(
                        phase=phase_label(phase), n=len(cards)
                    )
                ]
            )
            group.setData(0, PHASE_ROLE, phase.value)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(group)
            for card in cards:
                item = QTreeWidgetItem([card.title])
                item.setData(0, CARD_ROLE, card.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                )
                summary = f"{role_label(card.owner_role)} · {status_label(card.status)}"
                item.setToolTip(0, summary)
                item.setStatusTip(0, summary)
                detail = QTreeWidgetItem([summary])
                detail.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.addChild(detail)
                for link in strategy.links_of(card.id):
                    if link.source == card.id:
                        text = f"→ {kind_label(link.kind)} {strategy.cards[link.target].title}"
                    else:
                        text = f"← {strategy.cards[link.source].title} {kind_label(link.kind)}"
                    child = QTreeWidgetItem([text])
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.addChild(child)
                group.addChild(item)
                if card.id == current:
                    keep = item
            group.setExpanded(True)
        if keep is not None:
            self.tree.setCurrentItem(keep)
        self._syncing = False

    def current_card_id(self) -> str | None:
        """The card selected in the outline."""
        item = self.tree.currentItem()
        card_id = item.data(0, CARD_ROLE) if item is not None else None
        return str(card_id) if card_id else None

    def select_card(self, card_id: str | None) -> None:
        """Follow the canvas selection without echoing it back."""
        if self._rebuild_timer.isActive():
            self.rebuild()
        self._syncing = True
        try:
            for index in range(self.tree.topLevelItemCount()):
                group = self.tree.topLevelItem(index)
                if group is None:
                    continue
                for row in range(group.childCount()):
                    item = group.child(row)
                    if item is not None and item.data(0, CARD_ROLE) == card_id:
                        self.tree.setCurrentItem(item)
                        return
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
            self._rebuild_timer.start(0)
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
