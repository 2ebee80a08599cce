"""The strategy editor: turns intent from the canvas and docks into undo commands.

The canvas, palette, inspector and outline say *what* the user wants
(``move these cards there``, ``link A to B``); the editor builds the model
operation with the pure builders of ``app.edits``, validates it against the
document first (a refused change becomes a message, never a traceback) and
pushes one ``OperationCommand`` on the strategy's own undo stack. Nothing here
touches the scene directly except to put a card back when a move was refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QUndoStack

from app import edits
from app.document import Document
from app.i18n import language, language_in_text, translate
from app.resources import ContentLibrary
from models.content import CatalogEntry
from models.errors import DomainError
from models.layout import GRID
from models.operations import (
    AddCard,
    AddLink,
    Batch,
    MoveCard,
    Operation,
    RenameStrategy,
    UpdateLink,
)
from models.phases import Phase
from models.strategy import Card, Link, Placement, Strategy
from models.vocabulary import LinkKind
from views.canvas.scene import CanvasScene
from views.commands import NudgeCommand, OperationCommand
from views.labels import phase_short


class CatalogSource(Protocol):
    """What the editor needs of the content library."""

    @property
    def catalog(self) -> Mapping[str, CatalogEntry]:
        """Catalog entries by key."""
        ...


class StrategyEditor(QObject):
    """Edits one strategy through its document and undo stack.

    Signals:
        message(str): a refused or trimmed change, for the status bar / a dialog.
    """

    message = Signal(str)

    def __init__(
        self, document: Document, scene: CanvasScene, library: CatalogSource, stack: QUndoStack
    ) -> None:
        super().__init__()
        self.document = document
        self.scene = scene
        self.library = library
        self.stack = stack
        scene.cards_moved.connect(self.move_cards)
        scene.link_requested.connect(self.link_cards)

    @property
    def strategy(self) -> Strategy:
        """The strategy being edited."""
        return self.document.strategy

    def push(self, op: Operation, text: str) -> bool:
        """Validate ``op`` and push it as one undo step; False (and a message) if refused."""
        try:
            self.document.validate(op)
        except DomainError as err:
            self.message.emit(str(err))
            return False
        self.stack.push(OperationCommand(self.document, op, text, self.message.emit))
        return True

    # -- cards ---------------------------------------------------------------------------------

    def add_catalog_card(self, key: str, phase: Phase, top_left: QPointF | None) -> str | None:
        """Place the catalog entry ``key`` in ``phase`` at a scene point (or the next free slot).

        Returns the new card's id, or None if the key is unknown.
        """
        entry = self.library.catalog.get(key)
        if entry is None:
            self.message.emit(
                translate("labels", "Unknown practice {key!r}: nothing was added.").format(key=key)
            )
            return None
        placement = self._placement(phase, top_left)
        return self.add_card(entry.new_card(placement.x, placement.y, placement.phase))

    def add_card(self, card: Card) -> str | None:
        """Add a prepared card (custom or from the catalog); returns its id if added."""
        text = translate("labels", "Add “{title}”").format(title=card.title)
        return card.id if self.push(AddCard(card=card), text) else None

    def new_placement(self, phase: Phase) -> Placement:
        """The next free slot of a lane."""
        return edits.next_placement(self.strategy, phase)

    def _placement(self, phase: Phase, top_left: QPointF | None) -> Placement:
        if top_left is None:
            return self.new_placement(phase)
        return self.free_placement(self.scene.geometry.placement_for(top_left, phase))

    def free_placement(
        self, wanted: Placement, moving: str | None = None, others: Iterable[Card] | None = None
    ) -> Placement:
        """``wanted``, or the nearest spot of its lane where the card covers no other card.

        Args:
            wanted: where the card was let go.
            moving: the id of the card being moved (it is no obstacle to itself).
            others: the cards to keep clear of (default: the strategy's).
        """
        cards = self.strategy.cards.values() if others is None else others
        return edits.free_placement(cards, wanted, moving)

    def move_cards(self, moves: list[tuple[str, QPointF]]) -> None:
        """The end of a drag: move the cards where they were dropped, as one step."""
        wanted = [
            (card_id, self.scene.geometry.placement_for(top_left)) for card_id, top_left in moves
        ]
        ops, unchanged = edits.drop_moves(self.strategy, wanted)
        for card_id in unchanged:
            self.scene.reset_card(card_id)
        if not ops:
            return
        phases = {op.after.phase for op in ops if isinstance(op, MoveCard)}
        text = (
            translate("labels", "Move {n} cards").format(n=len(ops))
            if len(ops) > 1
            else translate("labels", "Move to {phase}").format(
                phase=phase_short(next(iter(phases)))
            )
        )
        op = edits.one_step(ops, text)
        if op is None or not self.push(op, text):
            for card_id, _ in moves:
                self.scene.reset_card(card_id)

    def move_to_phase(self, card_id: str, step: int) -> None:
        """Move a card to the previous (-1) or next (+1) lane, into its first free slot."""
        op = edits.lane_step(self.strategy, card_id, step)
        if op is not None:
            self.push(
                op, translate("labels", "Move to {phase}").format(phase=phase_short(op.after.phase))
            )

    def set_phase(self, card_id: str, phase: Phase) -> None:
        """Move a card into ``phase`` (its first free slot)."""
        op = edits.phase_move(self.strategy, card_id, phase)
        if op is not None:
            self.push(op, translate("labels", "Move to {phase}").format(phase=phase_short(phase)))

    def nudge(self, card_ids: Iterable[str], dx: int, dy: int) -> None:
        """Move cards one grid step; repeated nudges merge into one undo step."""
        moves: dict[str, tuple[Placement, Placement]] = {}
        ids = list(card_ids)
        for card_id in ids:
            card = self.strategy.cards.get(card_id)
            if card is None:
                continue
            top_left = self.scene.geometry.card_scene_pos(card) + QPointF(dx * GRID, dy * GRID)
            after = self.scene.geometry.placement_for(top_left, card.phase)
            if self._covers(after, card_id, ids) and not self._covers(card.placement, card_id, ids):
                continue  # a nudge stops at a neighbour instead of sliding under it
            if after != card.placement:
                moves[card_id] = (card.placement, after)
        if moves:
            command = NudgeCommand(
                self.document, moves, translate("labels", "Nudge"), self.message.emit
            )
            try:
                self.document.validate(command.op)
            except DomainError as err:
                self.message.emit(str(err))
                return
            self.stack.push(command)

    def _covers(self, placement: Placement, card_id: str, moving: Iterable[str]) -> bool:
        """Whether a card at ``placement`` would hide a card that is not moving with it."""
        return edits.covers(self.strategy, placement, (card_id, *moving))

    def update_card(self, card_id: str, **values: object) -> bool:
        """Change some fields of a card (title, notes, owner_role, status, capabilities, cadence).

        ``owner_role=None`` and ``cadence=None`` clear the field.
        """
        card = self.strategy.cards.get(card_id)
        if card is None:
            return False
        try:
            op = edits.card_update(card, values)
        except ValueError as err:
            self.message.emit(
                translate("labels", "Not changed: {error}").format(error=edits.first_error(err))
            )
            return False
        if op is None:
            return False
        return self.push(op, translate("labels", "Edit “{title}”").format(title=card.title))

    def remove(self, card_ids: Iterable[str], link_ids: Iterable[str] = ()) -> None:
        """Delete cards (with their links) and links, as one step."""
        ops = edits.removal(self.strategy, card_ids, link_ids)
        text = (
            translate("labels", "Delete {n} items").format(n=len(ops))
            if len(ops) > 1
            else translate("labels", "Delete")
        )
        op = edits.one_step(ops, text)
        if op is not None:
            self.push(op, text)

    def arrange_lane(self, phase: Phase) -> None:
        """Put a lane's cards in tidy slots, keeping their top-to-bottom order."""
        ops = edits.lane_arrangement(self.strategy, phase)
        if ops:
            text = translate("labels", "Arrange {phase}").format(phase=phase_short(phase))
            self.push(Batch(label=text, ops=tuple(ops)), text)

    def use_catalog_titles(self) -> int:
        """Retitle the cards still worded as the catalog in another language (one undo step).

        Returns:
            How many cards were retitled.
        """
        own = self.library if isinstance(self.library, ContentLibrary) else None
        ops = edits.catalog_retitling(self.strategy, own)
        if not ops:
            return 0
        text = translate("labels", "Catalog titles in {language}").format(
            language=language_in_text(language())
        )
        step = edits.one_step(ops, text)
        assert step is not None
        return len(ops) if self.push(step, text) else 0

    # -- links ---------------------------------------------------------------------------------

    def link_cards(self, source: str, target: str, kind: LinkKind = LinkKind.FLOWS) -> str | None:
        """Link two cards; returns the new link's id, or None (with a message) if refused."""
        link_kind = kind
        try:
            link = Link(source=source, target=target, kind=link_kind)
        except (DomainError, ValueError) as err:
            self.message.emit(edits.first_error(err))
            return None
        return link.id if self.push(AddLink(link=link), translate("labels", "Link")) else None

    def set_link_kind(self, link_id: str, kind: LinkKind) -> None:
        """Change what a link means."""
        link = self.strategy.links.get(link_id)
        if link is not None and link.kind is not kind:
            self.push(
                UpdateLink(link_id=link_id, before=link.kind, after=kind),
                translate("labels", "Change link kind"),
            )

    def rename_strategy(self, name: str) -> bool:
        """Rename the strategy (trimmed; empty or too long is refused with a message)."""
        try:
            op = RenameStrategy(before=self.strategy.name, after=name)
        except ValueError as err:
            self.message.emit(
                translate("labels", "Not renamed: {error}").format(error=edits.first_error(err))
            )
            return False
        if op.after == op.before:
            return False
        return self.push(op, translate("labels", "Rename strategy"))

    # -- duplicate -----------------------------------------------------------------------------

    def duplicate(self, card_ids: Iterable[str]) -> list[str]:
        """Copy cards (and the links among them) into free slots of their lanes, as one step."""
        cards, links = edits.duplication(self.strategy, card_ids)
        return self.insert_copies(cards, links, translate("labels", "Duplicate"))

    def insert_copies(self, cards: list[Card], links: list[Link], text: str) -> list[str]:
        """Add fresh copies of ``cards`` and ``links`` (new ids, free slots); returns new ids."""
        ops, ids = edits.copies(self.strategy, cards, links)
        op = edits.one_step(ops, text)
        return ids if op is not None and self.push(op, text) else []
