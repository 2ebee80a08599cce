"""The strategy editor: turns intent from the canvas and docks into undo commands.

The canvas, palette, inspector and outline say *what* the user wants
(``move these cards there``, ``link A to B``); the editor builds the model
operation, validates it against the document first (a refused change becomes
a message, never a traceback) and pushes one ``OperationCommand`` on the
strategy's own undo stack. Nothing here touches the scene directly except to
put a card back when a move was refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QUndoStack

from app.document import Document
from app.i18n import translate
from app.placement import hides, nearest_free_position
from models.content import CatalogEntry
from models.errors import DomainError
from models.layout import GRID, next_free_position, slot_position
from models.operations import (
    AddCard,
    AddLink,
    Batch,
    CardPatch,
    MoveCard,
    Operation,
    RemoveCard,
    RemoveLink,
    RenameStrategy,
    UpdateCard,
    UpdateLink,
)
from models.phases import ALL_PHASES, Phase
from models.strategy import Card, Link, Placement, Strategy, new_id
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
        x, y = next_free_position(self.strategy.cards.values(), phase)
        return Placement(phase=phase, x=x, y=y)

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
        ignore = (moving,) if moving else ()
        x, y = nearest_free_position(cards, wanted.phase, wanted.x, wanted.y, ignore)
        if (x, y) == (wanted.x, wanted.y):
            return wanted
        return Placement(phase=wanted.phase, x=x, y=y)

    def move_cards(self, moves: list[tuple[str, QPointF]]) -> None:
        """The end of a drag: move the cards where they were dropped, as one step."""
        ops: list[Operation] = []
        moving = {card_id for card_id, _ in moves}
        # Cards left where they are, then each moved card where it lands: a moved card
        # is nudged to the nearest free spot rather than hiding another.
        placed = [c for c in self.strategy.cards.values() if c.id not in moving]
        for card_id, top_left in moves:
            card = self.strategy.cards.get(card_id)
            if card is None:
                continue
            after = self.free_placement(
                self.scene.geometry.placement_for(top_left), card_id, placed
            )
            placed.append(
                card.model_copy(update={"phase": after.phase, "x": after.x, "y": after.y})
            )
            if after != card.placement:
                ops.append(MoveCard(card_id=card_id, before=card.placement, after=after))
            else:
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
        op: Operation = ops[0] if len(ops) == 1 else Batch(label=text, ops=tuple(ops))
        if not self.push(op, text):
            for card_id, _ in moves:
                self.scene.reset_card(card_id)

    def move_to_phase(self, card_id: str, step: int) -> None:
        """Move a card to the previous (-1) or next (+1) lane, into its first free slot."""
        card = self.strategy.cards.get(card_id)
        if card is None:
            return
        index = ALL_PHASES.index(card.phase) + step
        if not 0 <= index < len(ALL_PHASES):
            return
        phase = ALL_PHASES[index]
        after = self.new_placement(phase)
        self.push(
            MoveCard(card_id=card_id, before=card.placement, after=after),
            translate("labels", "Move to {phase}").format(phase=phase_short(phase)),
        )

    def set_phase(self, card_id: str, phase: Phase) -> None:
        """Move a card into ``phase`` (its first free slot)."""
        card = self.strategy.cards.get(card_id)
        if card is None or card.phase is phase:
            return
        self.push(
            MoveCard(card_id=card_id, before=card.placement, after=self.new_placement(phase)),
            translate("labels", "Move to {phase}").format(phase=phase_short(phase)),
        )

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
        skip = {card_id, *moving}
        return hides(
            placement.x,
            placement.y,
            (
                (c.x, c.y)
                for c in self.strategy.cards.values()
                if c.phase is placement.phase and c.id not in skip
            ),
        )

    def update_card(self, card_id: str, **values: object) -> bool:
        """Change some fields of a card (title, notes, owner_role, status, capabilities, cadence).

        ``owner_role=None`` and ``cadence=None`` clear the field.
        """
        card = self.strategy.cards.get(card_id)
        if card is None:
            return False
        changed = {k: v for k, v in values.items() if getattr(card, k) != v}
        capabilities = changed.get("capabilities")
        if isinstance(capabilities, tuple | list) and (
            tuple(sorted(set(capabilities))) == card.capabilities
        ):
            del changed["capabilities"]  # the same set in another order is no change
        if not changed:
            return False
        data = dict(changed)
        if "owner_role" in data and data["owner_role"] is None:
            data["clear_owner"] = True
            del data["owner_role"]
        if "cadence" in data and data["cadence"] is None:
            data["clear_cadence"] = True
            del data["cadence"]
        try:
            after = CardPatch.model_validate(data)
        except ValueError as err:
            self.message.emit(
                translate("labels", "Not changed: {error}").format(error=_first_error(err))
            )
            return False
        before = CardPatch.of(card, after.fields())
        op = UpdateCard(card_id=card_id, before=before, after=after)
        return self.push(op, translate("labels", "Edit “{title}”").format(title=card.title))

    def remove(self, card_ids: Iterable[str], link_ids: Iterable[str] = ()) -> None:
        """Delete cards (with their links) and links, as one step."""
        cards = [self.strategy.cards[c] for c in card_ids if c in self.strategy.cards]
        gone = {c.id for c in cards}
        ops: list[Operation] = [
            RemoveLink(link=self.strategy.links[lid])
            for lid in link_ids
            if lid in self.strategy.links
            and not {self.strategy.links[lid].source, self.strategy.links[lid].target} & gone
        ]
        removed_links: set[str] = set()
        for card in cards:
            links = tuple(
                lk for lk in self.strategy.links_of(card.id) if lk.id not in removed_links
            )
            removed_links.update(lk.id for lk in links)
            ops.append(RemoveCard(card=card, links=links))
        if not ops:
            return
        text = (
            translate("labels", "Delete {n} items").format(n=len(ops))
            if len(ops) > 1
            else translate("labels", "Delete")
        )
        self.push(ops[0] if len(ops) == 1 else Batch(label=text, ops=tuple(ops)), text)

    def arrange_lane(self, phase: Phase) -> None:
        """Put a lane's cards in tidy slots, keeping their top-to-bottom order."""
        cards = sorted(
            (c for c in self.strategy.cards.values() if c.phase is phase), key=lambda c: (c.y, c.x)
        )
        ops: list[Operation] = []
        for index, card in enumerate(cards):
            x, y = slot_position(phase, index)
            after = Placement(phase=phase, x=x, y=y)
            if after != card.placement:
                ops.append(MoveCard(card_id=card.id, before=card.placement, after=after))
        if ops:
            text = translate("labels", "Arrange {phase}").format(phase=phase_short(phase))
            self.push(Batch(label=text, ops=tuple(ops)), text)

    # -- links ---------------------------------------------------------------------------------

    def link_cards(self, source: str, target: str, kind: LinkKind = LinkKind.FLOWS) -> str | None:
        """Link two cards; returns the new link's id, or None (with a message) if refused."""
        link_kind = kind
        try:
            link = Link(source=source, target=target, kind=link_kind)
        except (DomainError, ValueError) as err:
            self.message.emit(_first_error(err))
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
                translate("labels", "Not renamed: {error}").format(error=_first_error(err))
            )
            return False
        if op.after == op.before:
            return False
        return self.push(op, translate("labels", "Rename strategy"))

    # -- duplicate -----------------------------------------------------------------------------

    def duplicate(self, card_ids: Iterable[str]) -> list[str]:
        """Copy cards (and the links among them) into free slots of their lanes, as one step."""
        cards = [self.strategy.cards[c] for c in card_ids if c in self.strategy.cards]
        links = [
            lk
            for lk in self.strategy.links.values()
            if lk.source in {c.id for c in cards} and lk.target in {c.id for c in cards}
        ]
        return self.insert_copies(cards, links, translate("labels", "Duplicate"))

    def insert_copies(self, cards: list[Card], links: list[Link], text: str) -> list[str]:
        """Add fresh copies of ``cards`` and ``links`` (new ids, free slots); returns new ids."""
        if not cards:
            return []
        ids = {card.id: new_id() for card in cards}
        placed: list[Card] = list(self.strategy.cards.values())
        ops: list[Operation] = []
        for card in cards:
            x, y = next_free_position(placed, card.phase)
            copy = card.model_copy(update={"id": ids[card.id], "x": x, "y": y})
            placed.append(copy)
            ops.append(AddCard(card=copy))
        for link in links:
            if link.source in ids and link.target in ids:
                ops.append(
                    AddLink(
                        link=Link(source=ids[link.source], target=ids[link.target], kind=link.kind)
                    )
                )
        op = ops[0] if len(ops) == 1 else Batch(label=text, ops=tuple(ops))
        return list(ids.values()) if self.push(op, text) else []


def _first_error(err: Exception) -> str:
    """The first readable line of a validation error."""
    errors = getattr(err, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return f"{where}: {first.get('msg', err)}" if where else str(first.get("msg", err))
    return str(err)
