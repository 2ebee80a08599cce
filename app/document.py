"""The document: the one place a strategy changes.

``Document.apply(op)`` validates the operation against the current strategy,
then mutates it, bumps the revision and tells every listener what changed.
Undo is ``apply(op.inverse())`` through the same path.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from models.errors import (
    DuplicateIdError,
    DuplicateLinkError,
    SelfLinkError,
    StaleOperationError,
    UnknownCardError,
    UnknownLinkError,
)
from models.operations import (
    AddCard,
    AddLink,
    Batch,
    MoveCard,
    Operation,
    RemoveCard,
    RemoveLink,
    RenameStrategy,
    SetPacks,
    SetProfile,
    UpdateCard,
    UpdateLink,
)
from models.strategy import Card, Link, Strategy


@dataclass(frozen=True)
class Change:
    """What one applied operation changed, for listeners.

    ``cards`` and ``links`` hold the ids touched (added, removed or changed);
    ``strategy_fields`` names strategy-level fields changed (profile, packs, name).
    """

    op: Operation
    revision: int
    cards: frozenset[str] = field(default_factory=frozenset)
    links: frozenset[str] = field(default_factory=frozenset)
    strategy_fields: frozenset[str] = field(default_factory=frozenset)


Listener = Callable[["Document", Change], None]


class Document:
    """Holds one strategy and applies operations to it."""

    def __init__(self, strategy: Strategy) -> None:
        self._strategy = strategy
        self._listeners: list[Listener] = []
        self._pairs: set[tuple[str, str]] = {
            (lk.source, lk.target) for lk in strategy.links.values()
        }

    @property
    def strategy(self) -> Strategy:
        """The current strategy. Treat as read-only: change it only through ``apply``."""
        return self._strategy

    @property
    def revision(self) -> int:
        """The number of operations applied since the strategy was created."""
        return self._strategy.revision

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(document, change)`` after every applied operation."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        """Stop notifying ``listener``."""
        self._listeners.remove(listener)

    def apply(self, op: Operation) -> Change:
        """Validate ``op`` against the strategy, apply it, notify listeners.

        Raises:
            DomainError: a subclass naming what is wrong; nothing was changed.
        """
        self.validate(op)
        cards: set[str] = set()
        links: set[str] = set()
        fields: set[str] = set()
        self._mutate(op, cards, links, fields)
        self._strategy.revision += 1
        change = Change(
            op=op,
            revision=self._strategy.revision,
            cards=frozenset(cards),
            links=frozenset(links),
            strategy_fields=frozenset(fields),
        )
        for listener in list(self._listeners):
            listener(self, change)
        return change

    # -- validation -------------------------------------------------------------------------

    def validate(self, op: Operation) -> None:
        """Raise a ``DomainError`` if ``op`` cannot apply to the current strategy.

        Batches are simulated step by step on overlays of the live id sets, so
        validation costs what the operation touches, not the size of the strategy.
        """
        _Validator(
            _SetOverlay(self._strategy.cards.keys()),
            _LinkOverlay(self._strategy.links),
            _SetOverlay(self._pairs),
            self._strategy,
        ).check(op)

    # -- mutation ---------------------------------------------------------------------------

    def _mutate(self, op: Operation, cards: set[str], links: set[str], fields: set[str]) -> None:
        s = self._strategy
        match op:
            case AddCard(card=card, links=extra):
                s.cards[card.id] = card
                cards.add(card.id)
                for link in extra:
                    self._add_link(link)
                    links.add(link.id)
            case RemoveCard(card=card, links=extra):
                for link in s.links_of(card.id):
                    self._remove_link(link)
                    links.add(link.id)
                del s.cards[card.id]
                cards.add(card.id)
                links.update(lk.id for lk in extra)
            case MoveCard(card_id=card_id, after=after):
                s.cards[card_id] = s.cards[card_id].model_copy(
                    update={"phase": after.phase, "x": after.x, "y": after.y}
                )
                cards.add(card_id)
            case UpdateCard(card_id=card_id, after=after):
                s.cards[card_id] = _patched(s.cards[card_id], after.updates())
                cards.add(card_id)
            case AddLink(link=link):
                self._add_link(link)
                links.add(link.id)
            case RemoveLink(link=link):
                self._remove_link(s.links[link.id])
                links.add(link.id)
            case UpdateLink(link_id=link_id, after=kind):
                s.links[link_id] = s.links[link_id].model_copy(update={"kind": kind})
                links.add(link_id)
            case SetProfile(after=profile):
                s.profile = profile
                fields.add("profile")
            case SetPacks(after=packs):
                s.packs = tuple(sorted(set(packs)))
                fields.add("packs")
            case RenameStrategy(after=name):
                s.name = name
                fields.add("name")
            case Batch(ops=ops):
                for inner in ops:
                    self._mutate(inner, cards, links, fields)

    def _add_link(self, link: Link) -> None:
        self._strategy.links[link.id] = link
        self._pairs.add((link.source, link.target))

    def _remove_link(self, link: Link) -> None:
        del self._strategy.links[link.id]
        self._pairs.discard((link.source, link.target))


def _patched(card: Card, updates: dict[str, object]) -> Card:
    """A copy of ``card`` with ``updates`` applied and validated like a new card."""
    data = card.model_dump()
    data.update(updates)
    return Card.model_validate(data)


K = TypeVar("K", bound=Hashable)


class _SetOverlay(Generic[K]):
    """A live set seen through the changes a batch has simulated so far (no copy)."""

    def __init__(self, base: Collection[K]) -> None:
        self._base = base
        self._added: set[K] = set()
        self._removed: set[K] = set()

    def __contains__(self, key: object) -> bool:
        return key in self._added or (key in self._base and key not in self._removed)

    def add(self, key: K) -> None:
        self._removed.discard(key)
        self._added.add(key)

    def discard(self, key: K) -> None:
        self._added.discard(key)
        self._removed.add(key)


class _LinkOverlay:
    """The live links seen through a batch's simulated changes (no copy)."""

    def __init__(self, base: Mapping[str, Link]) -> None:
        self._base = base
        self._added: dict[str, Link] = {}
        self._removed: set[str] = set()

    def __contains__(self, key: object) -> bool:
        return key in self._added or (key in self._base and key not in self._removed)

    def __getitem__(self, key: str) -> Link:
        if key in self._added:
            return self._added[key]
        if key in self._removed:
            raise KeyError(key)
        return self._base[key]

    def __setitem__(self, key: str, link: Link) -> None:
        self._removed.discard(key)
        self._added[key] = link

    def pop(self, key: str) -> Link:
        link = self[key]
        self._added.pop(key, None)
        self._removed.add(key)
        return link

    def touching(self, card_id: str) -> list[Link]:
        """Every link, as simulated, that starts or ends at ``card_id``."""
        found = [
            lk
            for key, lk in self._base.items()
            if key not in self._removed
            and key not in self._added
            and card_id in (lk.source, lk.target)
        ]
        found += [lk for lk in self._added.values() if card_id in (lk.source, lk.target)]
        return found


class _Validator:
    """Checks operations against a simulated set of ids, so batches validate as a whole."""

    def __init__(
        self,
        cards: _SetOverlay[str],
        links: _LinkOverlay,
        pairs: _SetOverlay[tuple[str, str]],
        strategy: Strategy,
    ) -> None:
        self.cards = cards
        self.links = links
        self.pairs = pairs
        self.strategy = strategy
        self.touched: set[str] = set()

    def check(self, op: Operation) -> None:
        match op:
            case AddCard(card=card, links=extra):
                if card.id in self.cards or card.id in self.links:
                    raise DuplicateIdError("card", card.id)
                self.cards.add(card.id)
                for link in extra:
                    self._check_new_link(link)
            case RemoveCard(card=card, links=extra):
                self._require_card(card.id)
                self._require_unchanged(card)
                attached = {lk.id for lk in self.links.touching(card.id)}
                if attached != {lk.id for lk in extra}:
                    raise StaleOperationError("The card's links changed in the meantime.")
                for link_id in attached:
                    lk = self.links.pop(link_id)
                    self.pairs.discard((lk.source, lk.target))
                self.cards.discard(card.id)
            case MoveCard(card_id=card_id, before=before):
                self._require_card(card_id)
                current = self.strategy.cards.get(card_id)
                if (
                    current is not None
                    and card_id not in self.touched
                    and current.placement != before
                ):
                    raise StaleOperationError("The card was moved elsewhere in the meantime.")
                self.touched.add(card_id)
            case UpdateCard(card_id=card_id, before=before, after=after):
                self._require_card(card_id)
                current = self.strategy.cards.get(card_id)
                if current is not None and card_id not in self.touched:
                    if before.updates() != {k: getattr(current, k) for k in before.fields()}:
                        raise StaleOperationError("The card was edited elsewhere in the meantime.")
                    _patched(current, after.updates())
                self.touched.add(card_id)
            case AddLink(link=link):
                self._check_new_link(link)
            case RemoveLink(link=link):
                if link.id not in self.links:
                    raise UnknownLinkError(link.id)
                if link.id not in self.touched and self.links[link.id] != link:
                    raise StaleOperationError("The link was changed elsewhere in the meantime.")
                removed = self.links.pop(link.id)
                self.pairs.discard((removed.source, removed.target))
            case UpdateLink(link_id=link_id, before=before):
                if link_id not in self.links:
                    raise UnknownLinkError(link_id)
                if link_id not in self.touched and self.links[link_id].kind != before:
                    raise StaleOperationError("The link was changed elsewhere in the meantime.")
                self.touched.add(link_id)
            case SetProfile(before=before):
                if "profile" not in self.touched and self.strategy.profile != before:
                    raise StaleOperationError("The profile was changed elsewhere in the meantime.")
                self.touched.add("profile")
            case SetPacks(before=before):
                if "packs" not in self.touched and self.strategy.packs != tuple(
                    sorted(set(before))
                ):
                    raise StaleOperationError("The packs were changed elsewhere in the meantime.")
                self.touched.add("packs")
            case RenameStrategy():
                pass
            case Batch(ops=ops):
                for inner in ops:
                    self.check(inner)

    def _require_card(self, card_id: str) -> None:
        if card_id not in self.cards:
            raise UnknownCardError(card_id)

    def _require_unchanged(self, card: Card) -> None:
        current = self.strategy.cards.get(card.id)
        if current is not None and card.id not in self.touched and current != card:
            raise StaleOperationError("The card was changed elsewhere in the meantime.")

    def _check_new_link(self, link: Link) -> None:
        if link.id in self.links or link.id in self.cards:
            raise DuplicateIdError("link", link.id)
        if link.source == link.target:
            raise SelfLinkError(link.source)
        for end in (link.source, link.target):
            self._require_card(end)
        if (link.source, link.target) in self.pairs:
            raise DuplicateLinkError(link.source, link.target)
        self.links[link.id] = link
        self.pairs.add((link.source, link.target))
