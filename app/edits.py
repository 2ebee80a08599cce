"""The editor's operation builders: from what the user asked to the operations that do it.

Pure functions over a strategy: no Qt, no document, no undo stack. The editor
(``views.editor``) turns gestures into these calls, validates the result
against the document and pushes it as one undoable step; anything else that
edits a strategy (a script, a test, another front end) builds the same
operations the same way. Scene coordinates never reach here: the caller turns
a drop point into a ``Placement`` first.

Each builder returns the operations of one step (empty, or None, when there is
nothing to do); ``one_step`` folds several into a ``Batch``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from app.i18n import translate
from app.placement import hides, nearest_free_position
from models.errors import validation_message
from models.layout import next_free_position, slot_position
from models.operations import (
    AddCard,
    AddLink,
    Batch,
    CardPatch,
    MoveCard,
    Operation,
    RemoveCard,
    RemoveLink,
    UpdateCard,
)
from models.phases import ALL_PHASES, Phase
from models.strategy import Card, Link, Placement, Strategy, new_id

if TYPE_CHECKING:
    from app.resources import ContentLibrary

__all__ = [
    "card_update",
    "catalog_retitling",
    "copies",
    "covers",
    "drop_moves",
    "duplication",
    "first_error",
    "free_placement",
    "lane_arrangement",
    "lane_step",
    "next_placement",
    "one_step",
    "phase_move",
    "removal",
]


def one_step(ops: Sequence[Operation], label: str) -> Operation | None:
    """The operations as one step: the only one itself, several as a ``Batch``; None if none."""
    if not ops:
        return None
    return ops[0] if len(ops) == 1 else Batch(label=label, ops=tuple(ops))


def next_placement(strategy: Strategy, phase: Phase) -> Placement:
    """The next free slot of a lane."""
    x, y = next_free_position(strategy.cards.values(), phase)
    return Placement(phase=phase, x=x, y=y)


def free_placement(
    cards: Iterable[Card], wanted: Placement, moving: str | None = None
) -> Placement:
    """``wanted``, or the nearest spot of its lane where the card covers none of ``cards``.

    Args:
        cards: the cards to keep clear of.
        wanted: where the card was let go.
        moving: the id of the card being moved (it is no obstacle to itself).
    """
    ignore = (moving,) if moving else ()
    x, y = nearest_free_position(cards, wanted.phase, wanted.x, wanted.y, ignore)
    if (x, y) == (wanted.x, wanted.y):
        return wanted
    return Placement(phase=wanted.phase, x=x, y=y)


def drop_moves(
    strategy: Strategy, wanted: Sequence[tuple[str, Placement]]
) -> tuple[list[Operation], list[str]]:
    """The end of a drag: each card moved where it was let go, or to the nearest free spot.

    Cards left where they are come first, then each moved card where it lands: a
    moved card is nudged to the nearest free spot rather than hiding another.

    Args:
        strategy: the strategy as it is.
        wanted: (card id, where it was let go) for every dragged card.

    Returns:
        The moves, and the ids of the dragged cards that end where they were (the
        view puts their items back).
    """
    moving = {card_id for card_id, _ in wanted}
    placed = [c for c in strategy.cards.values() if c.id not in moving]
    ops: list[Operation] = []
    unchanged: list[str] = []
    for card_id, target in wanted:
        card = strategy.cards.get(card_id)
        if card is None:
            continue
        after = free_placement(placed, target, card_id)
        placed.append(card.model_copy(update={"phase": after.phase, "x": after.x, "y": after.y}))
        if after != card.placement:
            ops.append(MoveCard(card_id=card_id, before=card.placement, after=after))
        else:
            unchanged.append(card_id)
    return ops, unchanged


def phase_move(strategy: Strategy, card_id: str, phase: Phase) -> MoveCard | None:
    """Move a card into ``phase``, its first free slot; None if unknown or already there."""
    card = strategy.cards.get(card_id)
    if card is None or card.phase is phase:
        return None
    return MoveCard(card_id=card_id, before=card.placement, after=next_placement(strategy, phase))


def lane_step(strategy: Strategy, card_id: str, step: int) -> MoveCard | None:
    """Move a card ``step`` lanes on (-1 back, +1 on), into the first free slot.

    None when the card is unknown or the step leaves the lifecycle's lanes.
    """
    card = strategy.cards.get(card_id)
    if card is None:
        return None
    index = ALL_PHASES.index(card.phase) + step
    if not 0 <= index < len(ALL_PHASES):
        return None
    phase = ALL_PHASES[index]
    return MoveCard(card_id=card_id, before=card.placement, after=next_placement(strategy, phase))


def covers(strategy: Strategy, placement: Placement, moving: Iterable[str]) -> bool:
    """Whether a card at ``placement`` would hide a card of its lane that is not ``moving``."""
    skip = set(moving)
    return hides(
        placement.x,
        placement.y,
        (
            (c.x, c.y)
            for c in strategy.cards.values()
            if c.phase is placement.phase and c.id not in skip
        ),
    )


def card_update(card: Card, values: Mapping[str, object]) -> UpdateCard | None:
    """The edit of some fields of a card (title, notes, owner_role, status, capabilities, cadence).

    ``owner_role=None`` and ``cadence=None`` clear the field; capabilities are a set
    (the same ones in another order are no change).

    Returns:
        The update, or None when nothing changes.

    Raises:
        ValueError: a value is not valid for its field (``first_error`` reads it).
    """
    changed = {k: v for k, v in values.items() if getattr(card, k) != v}
    capabilities = changed.get("capabilities")
    if isinstance(capabilities, tuple | list) and (
        tuple(sorted(set(capabilities))) == card.capabilities
    ):
        del changed["capabilities"]
    if not changed:
        return None
    data = dict(changed)
    if "owner_role" in data and data["owner_role"] is None:
        data["clear_owner"] = True
        del data["owner_role"]
    if "cadence" in data and data["cadence"] is None:
        data["clear_cadence"] = True
        del data["cadence"]
    after = CardPatch.model_validate(data)
    before = CardPatch.of(card, after.fields())
    return UpdateCard(card_id=card.id, before=before, after=after)


def catalog_retitling(strategy: Strategy, library: ContentLibrary | None = None) -> list[Operation]:
    """Give cards still titled as a catalog entry (in any language) the entry's title in the
    current language; a title the team edited stays. Empty when nothing changes.

    A card placed from the catalog keeps the title the palette showed, in the language
    the window spoke then; a team that carries on in another language asks for this.
    ``library``: the caller's library in the current language (other languages are read
    only when a title differs from it).
    """
    from app.resources import localized_cards

    shown = localized_cards(strategy, library)
    ops: list[Operation] = []
    for card_id, card in strategy.cards.items():
        title = shown.cards[card_id].title
        if title != card.title:
            update = card_update(card, {"title": title})
            if update is not None:
                ops.append(update)
    return ops


def removal(
    strategy: Strategy, card_ids: Iterable[str], link_ids: Iterable[str] = ()
) -> list[Operation]:
    """Delete cards (each with its links) and links: links first, each removed once.

    Unknown ids are skipped; a link that goes with a removed card is removed with it.
    """
    cards = [strategy.cards[c] for c in card_ids if c in strategy.cards]
    gone = {c.id for c in cards}
    ops: list[Operation] = [
        RemoveLink(link=strategy.links[lid])
        for lid in link_ids
        if lid in strategy.links
        and not {strategy.links[lid].source, strategy.links[lid].target} & gone
    ]
    removed_links: set[str] = set()
    for card in cards:
        links = tuple(lk for lk in strategy.links_of(card.id) if lk.id not in removed_links)
        removed_links.update(lk.id for lk in links)
        ops.append(RemoveCard(card=card, links=links))
    return ops


def lane_arrangement(strategy: Strategy, phase: Phase) -> list[Operation]:
    """A lane's cards put in tidy slots, keeping their top-to-bottom order."""
    cards = sorted(
        (c for c in strategy.cards.values() if c.phase is phase), key=lambda c: (c.y, c.x)
    )
    ops: list[Operation] = []
    for index, card in enumerate(cards):
        x, y = slot_position(phase, index)
        after = Placement(phase=phase, x=x, y=y)
        if after != card.placement:
            ops.append(MoveCard(card_id=card.id, before=card.placement, after=after))
    return ops


def duplication(strategy: Strategy, card_ids: Iterable[str]) -> tuple[list[Card], list[Link]]:
    """The cards to copy and the links among them (for ``copies``)."""
    cards = [strategy.cards[c] for c in card_ids if c in strategy.cards]
    chosen = {c.id for c in cards}
    links = [lk for lk in strategy.links.values() if lk.source in chosen and lk.target in chosen]
    return cards, links


def copies(
    strategy: Strategy, cards: Sequence[Card], links: Iterable[Link]
) -> tuple[list[Operation], list[str]]:
    """Fresh copies of ``cards`` (new ids, free slots of their lanes) and of their ``links``.

    A link is copied only when both its ends are among ``cards``.

    Returns:
        The operations adding them, and the new cards' ids in the order of ``cards``.
    """
    if not cards:
        return [], []
    ids = {card.id: new_id() for card in cards}
    placed: list[Card] = list(strategy.cards.values())
    ops: list[Operation] = []
    for card in cards:
        x, y = next_free_position(placed, card.phase)
        copy = card.model_copy(update={"id": ids[card.id], "x": x, "y": y})
        placed.append(copy)
        ops.append(AddCard(card=copy))
    for link in links:
        if link.source in ids and link.target in ids:
            ops.append(
                AddLink(link=Link(source=ids[link.source], target=ids[link.target], kind=link.kind))
            )
    return ops, list(ids.values())


def first_error(err: Exception) -> str:
    """The first readable line of a validation error (``field: message``)."""
    errors = getattr(err, "errors", None)
    if callable(errors):
        first = errors(include_url=False)[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = validation_message(first, bare=True) or str(err)
        if not where:
            return message
        return translate("errors-model", "{field}: {reason}").format(field=where, reason=message)
    return str(err)
