"""The canvas scene: observes a document and keeps one item per card and link.

The scene never changes the document. It builds items from the strategy,
updates exactly the items a ``Change`` names, and turns finished gestures
into intent signals (``cards_moved``, ``link_requested``) that the editor
turns into undo commands. Hooks for later features: ``highlight(card_ids)``
(drills, findings) and ``set_badges(card_id, badges)`` (findings).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from app.document import Change, Document
from models.phases import ALL_PHASES, Phase
from views.canvas.geometry import BoardGeometry
from views.canvas.overview import Overview
from views.items.card_item import HANDLE_RADIUS, Badge, CardItem
from views.items.lane_item import LaneItem, LifecycleArrows
from views.items.legend_item import LegendItem
from views.items.link_item import LinkItem
from views.theme import Theme


class CanvasScene(QGraphicsScene):
    """One strategy's board.

    Signals:
        cards_moved(list): ``[(card_id, QPointF top_left), …]`` after a drag ends.
        link_requested(str, str): a link was drawn from a card's handle to another card.
        card_activated(str): a card was double-clicked (open it in the inspector).
    """

    cards_moved = Signal(list)
    link_requested = Signal(str, str)
    card_activated = Signal(str)

    def __init__(self, theme: Theme | None = None) -> None:
        super().__init__()
        self.theme = theme or Theme()
        self.document: Document | None = None
        self.geometry = BoardGeometry()
        self.cards: dict[str, CardItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.lanes: dict[Phase, LaneItem] = {}
        self._arrows = LifecycleArrows(self.theme)
        self.addItem(self._arrows)
        self._legend = LegendItem(self.theme)
        self.addItem(self._legend)
        for phase in ALL_PHASES:
            lane = LaneItem(phase, self.theme)
            self.lanes[phase] = lane
            self.addItem(lane)
        self._press_positions: dict[str, QPointF] = {}
        self._link_source: CardItem | None = None
        self._link_line: QGraphicsLineItem | None = None
        self._highlighted: set[str] = set()
        self._drop_lane: Phase | None = None
        self._handle_radius = HANDLE_RADIUS
        self._kept_selection: list[str] = []
        self.overview = Overview(self, self.theme)
        self.overview_on = False
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QBrush(self.theme.board_background))
        self._layout_board()

    # -- the document ------------------------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Show ``document`` (or nothing) and follow its changes from now on."""
        if self.document is not None:
            self.document.remove_listener(self.on_change)
        for link in list(self.links.values()):
            link.detach()
            self.removeItem(link)
        for card in list(self.cards.values()):
            self.removeItem(card)
        self.links.clear()
        self.cards.clear()
        self._highlighted.clear()
        self.document = document
        if document is None:
            self._layout_board()
            return
        strategy = document.strategy
        self.geometry = BoardGeometry.for_cards(strategy.cards.values())
        self._layout_board()
        for card_id in strategy.cards:
            self._add_card_item(card_id)
        for link_id in strategy.links:
            self._add_link_item(link_id)
        document.add_listener(self.on_change)
        if self.overview_on:
            self._refresh_overview()

    def on_change(self, document: Document, change: Change) -> None:
        """Update the items an applied operation touched (the document listener)."""
        strategy = document.strategy
        # The board's size follows where cards sit: only adding, removing or moving one
        # can change it (not editing a card's fields or links, a scan of every card).
        placed = any(
            (card := strategy.cards.get(card_id)) is None
            or (item := self.cards.get(card_id)) is None
            or item.card.placement != card.placement
            for card_id in change.cards
        )
        board = BoardGeometry.for_cards(strategy.cards.values()) if placed else self.geometry
        if board != self.geometry:
            self.geometry = board
            self._layout_board()
            self._place_all_cards()
        for link_id in change.links:
            if link_id not in strategy.links and link_id in self.links:
                self._remove_link_item(link_id)
        for card_id in change.cards:
            card = strategy.cards.get(card_id)
            item = self.cards.get(card_id)
            if card is None:
                if item is not None:
                    self._remove_card_item(card_id)
            elif item is None:
                self._add_card_item(card_id)
            else:
                phase_changed = item.card.phase is not card.phase
                item.set_card(card)
                item.setPos(self.geometry.card_scene_pos(card))
                if phase_changed:
                    for link in item.links:
                        link.restyle()
        for link_id in change.links:
            model_link = strategy.links.get(link_id)
            if model_link is None:
                continue
            if link_id in self.links:
                self.links[link_id].set_link(model_link)
            else:
                self._add_link_item(link_id)
        if self.overview_on:
            self._refresh_overview()

    def set_overview(self, on: bool) -> None:
        """Switch between full card items and the far-zoom overview paths."""
        if on == self.overview_on:
            return
        self.overview_on = on
        if on:
            self._refresh_overview()
            self._kept_selection = self.selected_card_ids()
        self.overview.set_visible(on)
        # Hiding an item deselects it: zooming out is not the user choosing nothing, so
        # nobody hears of it, and the same cards are selected again on the way back in.
        blocked = self.blockSignals(True)
        try:
            for card in self.cards.values():
                card.setVisible(not on)
            for link in self.links.values():
                link.setVisible(not on)
            if not on:
                for card_id in self._kept_selection:
                    if card_id in self.cards:
                        self.cards[card_id].setSelected(True)
                self._kept_selection = []
        finally:
            self.blockSignals(blocked)

    def _refresh_overview(self) -> None:
        if self.document is not None:
            self.overview.rebuild(self.document.strategy, self.geometry)
        else:
            self.overview.set_visible(False)

    def _add_card_item(self, card_id: str) -> None:
        assert self.document is not None
        card = self.document.strategy.cards[card_id]
        item = CardItem(card, self.theme)
        item.set_handle_radius(self._handle_radius)
        item.setVisible(not self.overview_on)
        item.setPos(self.geometry.card_scene_pos(card))
        self.cards[card_id] = item
        self.addItem(item)

    def _remove_card_item(self, card_id: str) -> None:
        item = self.cards.pop(card_id)
        for link in list(item.links):
            self._remove_link_item(link.link_id)
        self._highlighted.discard(card_id)
        self.removeItem(item)

    def _add_link_item(self, link_id: str) -> None:
        assert self.document is not None
        link = self.document.strategy.links[link_id]
        item = LinkItem(link, self.cards[link.source], self.cards[link.target], self.theme)
        item.setVisible(not self.overview_on)
        self.links[link_id] = item
        self.addItem(item)

    def _remove_link_item(self, link_id: str) -> None:
        item = self.links.pop(link_id, None)
        if item is not None:
            item.detach()
            self.removeItem(item)

    def _layout_board(self) -> None:
        for phase, lane in self.lanes.items():
            lane.set_geometry(self.geometry.lane_rect(phase))
        self._arrows.set_geometry(self.geometry)
        band = self.geometry.lane_rect(Phase.GOVERNANCE)
        self._legend.setPos(band.left(), band.bottom() + 24)
        self.setSceneRect(self.geometry.board_rect)

    def _place_all_cards(self) -> None:
        for item in self.cards.values():
            item.setPos(self.geometry.card_scene_pos(item.card))

    def apply_theme(self, theme: Theme) -> None:
        """Redraw everything for ``theme`` (normal or high contrast)."""
        self.theme = theme
        self._arrows.theme = theme
        for lane in self.lanes.values():
            lane.apply_theme(theme)
        self._arrows.set_geometry(self.geometry)
        self.overview.apply_theme(theme)
        self._legend.apply_theme(theme)
        self.setBackgroundBrush(QBrush(theme.board_background))
        for card in self.cards.values():
            card.theme = theme
            card.set_card(card.card)
        for link in self.links.values():
            link.theme = theme
            link.restyle()

    # -- hooks for findings, drills and selection -------------------------------------------

    def highlight(self, card_ids: Iterable[str]) -> None:
        """Draw a halo around exactly these cards (an empty iterable clears it)."""
        wanted = {cid for cid in card_ids if cid in self.cards}
        for card_id in self._highlighted - wanted:
            if card_id in self.cards:
                self.cards[card_id].set_highlighted(False)
        for card_id in wanted:
            self.cards[card_id].set_highlighted(True)
        self._highlighted = wanted

    def set_badges(self, card_id: str, badges: tuple[Badge, ...]) -> None:
        """Show ``badges`` on a card (findings); unknown ids are ignored."""
        item = self.cards.get(card_id)
        if item is not None:
            item.set_badges(badges)

    def set_handle_radius(self, radius: float) -> None:
        """Give every card's link handle this radius (scene units; the view keeps it the
        same size on screen, so a link can be drawn at any zoom)."""
        radius = float(round(radius))
        if radius == self._handle_radius:
            return
        self._handle_radius = radius
        for item in self.cards.values():
            item.set_handle_radius(radius)

    @property
    def handle_radius(self) -> float:
        """The link handles' radius now (scene units)."""
        return self._handle_radius

    def selected_card_ids(self) -> list[str]:
        """The selected cards' ids, in a stable (lane, position) order."""
        items = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        items.sort(key=lambda i: (i.pos().x(), i.pos().y()))
        return [i.card_id for i in items]

    def selected_link_ids(self) -> list[str]:
        """The selected links' ids."""
        return sorted(i.link_id for i in self.selectedItems() if isinstance(i, LinkItem))

    def select_only(self, card_ids: Iterable[str]) -> None:
        """Select exactly these cards and focus the first."""
        wanted = list(card_ids)
        self.clearSelection()
        for card_id in wanted:
            if card_id in self.cards:
                self.cards[card_id].setSelected(True)
        if wanted and wanted[0] in self.cards:
            self.setFocusItem(self.cards[wanted[0]])

    def show_drop_lane(self, phase: Phase | None) -> None:
        """Mark the lane a drag would land in (None clears the mark)."""
        if phase is self._drop_lane:
            return
        if self._drop_lane is not None:
            self.lanes[self._drop_lane].set_drop_target(False)
        self._drop_lane = phase
        if phase is not None:
            self.lanes[phase].set_drop_target(True)

    def reset_card(self, card_id: str) -> None:
        """Put a card item back where the document says (after a refused move)."""
        item = self.cards.get(card_id)
        if item is not None:
            item.setPos(self.geometry.card_scene_pos(item.card))

    # -- gestures ------------------------------------------------------------------------------

    def card_at(self, pos: QPointF) -> CardItem | None:
        """The top-most card under a scene point."""
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Start a link from a card's handle, or record positions for a move gesture."""
        if event.button() == Qt.MouseButton.LeftButton:
            card = self.card_at(event.scenePos())
            if card is not None and card.on_handle(card.mapFromScene(event.scenePos())):
                self._link_source = card
                self._link_line = QGraphicsLineItem(
                    QLineF(card.mapToScene(card.handle_center()), event.scenePos())
                )
                pen = QPen(self.theme.selection, 3)
                pen.setStyle(Qt.PenStyle.DashLine)
                self._link_line.setPen(pen)
                self.addItem(self._link_line)
                event.accept()
                return
        super().mousePressEvent(event)
        self._press_positions = {
            i.card_id: i.pos() for i in self.selectedItems() if isinstance(i, CardItem)
        }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Stretch the rubber link while drawing one; otherwise let Qt move the items."""
        if self._link_line is not None:
            line = self._link_line.line()
            line.setP2(event.scenePos())
            self._link_line.setLine(line)
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._press_positions and event.buttons() & Qt.MouseButton.LeftButton:
            grabbed = self.mouseGrabberItem()
            if isinstance(grabbed, CardItem):
                self.show_drop_lane(self.geometry.phase_at(grabbed.body_rect().center()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """End the gesture: report a drawn link or the cards that moved (one intent)."""
        if self._link_line is not None:
            source = self._link_source
            self.removeItem(self._link_line)
            self._link_line = None
            self._link_source = None
            target = self.card_at(event.scenePos())
            if source is not None and target is not None and target is not source:
                self.link_requested.emit(source.card_id, target.card_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.show_drop_lane(None)
        moved = [
            (card_id, self.cards[card_id].pos())
            for card_id, before in self._press_positions.items()
            if card_id in self.cards and self.cards[card_id].pos() != before
        ]
        self._press_positions = {}
        if moved:
            self.cards_moved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Open the double-clicked card in the inspector."""
        card = self.card_at(event.scenePos())
        if card is not None:
            self.card_activated.emit(card.card_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
