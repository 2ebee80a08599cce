"""The document: the one place a strategy changes.

``Document.apply(op)`` validates the operation against the current strategy,
mutates it, bumps the revision, hands the change to the sink (the autosaver,
which writes it to the store) and only then tells the listeners what changed.
Each listener is isolated: one that raises is logged and reported through
``on_listener_error`` and can never stop an edit from being saved or the other
listeners from hearing about it. Undo is ``apply(op.inverse())`` through the
same path.

Operations written by another seat come in through ``integrate``: drawn and
checked like any edit, never handed to the sink (they are in the database
already), and this seat's own unsaved operations are replayed on top of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from app.i18n import translate
from app.rebase import rebase
from models.errors import (
    DomainError,
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

_log = logging.getLogger(__name__)


class Origin(StrEnum):
    """Where an applied change came from."""

    LOCAL = "local"  # this seat's edit (an undo or redo included): written by the sink
    REMOTE = "remote"  # other seats' edits, already in the database, never written again


@dataclass(frozen=True)
class Change:
    """What one applied operation changed, for listeners.

    ``cards`` and ``links`` hold the ids touched (added, removed or changed);
    ``strategy_fields`` names strategy-level fields changed (profile, packs, name).
    ``base`` is the revision the operation was made against: ``revision - 1``
    unless it was replayed on top of other seats' operations (then older).
    A remote change carries every integrated operation in ``op`` (a batch) and
    the touched ids of all of them, including this seat's replayed ones.
    """

    op: Operation
    revision: int
    cards: frozenset[str] = field(default_factory=frozenset)
    links: frozenset[str] = field(default_factory=frozenset)
    strategy_fields: frozenset[str] = field(default_factory=frozenset)
    origin: Origin = Origin.LOCAL
    base: int = -1

    @property
    def base_revision(self) -> int:
        """The revision the operation was made against."""
        return self.revision - 1 if self.base < 0 else self.base


@dataclass(frozen=True)
class Integration:
    """What ``Document.integrate`` did with this seat's unsaved operations.

    ``replayed`` are the new changes to write (same order, new revisions and
    ``before`` values); ``replaced`` maps each original operation to its replay
    (``None`` when it could no longer apply, e.g. its card was removed), so an
    undo history can follow.
    """

    notice: Change
    replayed: tuple[Change, ...]
    replaced: tuple[tuple[Operation, Operation | None], ...]


Listener = Callable[["Document", Change], None]
ListenerErrorHandler = Callable[[Listener, BaseException], None]


class Document:
    """Holds one strategy and applies operations to it."""

    def __init__(
        self, strategy: Strategy, *, on_listener_error: ListenerErrorHandler | None = None
    ) -> None:
        """Hold ``strategy``.

        Args:
            strategy: the strategy to edit (owned by the document from now on).
            on_listener_error: told when a listener raised (after it was logged); the
                GUI shows a notice. The listener stays attached and hears the next change.
        """
        self._strategy = strategy
        self._listeners: list[Listener] = []
        self._sink: Listener | None = None
        self.on_listener_error = on_listener_error
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

    def set_sink(self, sink: Listener | None) -> None:
        """Hand every local change to ``sink`` before any listener hears of it.

        The autosaver is the sink: the edit is written first, so nothing a view
        does can keep it from the database. Remote changes never reach the sink.
        """
        self._sink = sink

    def apply(self, op: Operation) -> Change:
        """Validate ``op`` against the strategy, apply it, save it, notify listeners.

        Raises:
            DomainError: a subclass naming what is wrong; nothing was changed.
        """
        self.validate(op)
        change = self._apply_valid(op, Origin.LOCAL, -1)
        if self._sink is not None:
            self._call(self._sink, change)
        self._notify(change)
        return change

    def integrate(self, remote: Sequence[Operation], local: Sequence[Change]) -> Integration:
        """Bring in other seats' operations and replay this seat's unsaved ones on top.

        ``remote`` follows the last revision this seat knows is saved, in database
        order; ``local`` are this seat's changes applied since then (the newest
        ones, in order). The local changes are rolled back, the remote operations
        applied, and each local operation replayed against the new state (its
        ``before`` values refreshed, so when both seats changed the same field the
        later write wins); one that can no longer apply is dropped. Listeners hear
        one remote change naming everything touched; the sink hears nothing (the
        caller writes ``Integration.replayed``).

        Raises:
            DomainError: a remote operation does not apply to this copy (it
                diverged); the document is left as it was before the call.
        """
        if not remote and not local:
            notice = Change(
                op=Batch.model_construct(label="remote", ops=()), revision=self.revision
            )
            return Integration(notice=notice, replayed=(), replaced=())
        cards: set[str] = set()
        links: set[str] = set()
        fields: set[str] = set()
        start = self._strategy.revision
        for change in reversed(local):
            self._mutate(change.op.inverse(), cards, links, fields)
        self._strategy.revision -= len(local)
        applied: list[Operation] = []
        try:
            for op in remote:
                self.validate(op)
                self._mutate(op, cards, links, fields)
                self._strategy.revision += 1
                applied.append(op)
        except DomainError:
            for op in reversed(applied):
                self._mutate(op.inverse(), set(), set(), set())
            for change in local:
                self._mutate(change.op, set(), set(), set())
            self._strategy.revision = start
            raise
        replayed: list[Change] = []
        replaced: list[tuple[Operation, Operation | None]] = []
        for change in local:
            again = rebase(change.op, self._strategy)
            if again is not None:
                try:
                    self.validate(again)
                except DomainError:
                    again = None
            replaced.append((change.op, again))
            if again is None:
                continue
            replayed.append(self._apply_valid(again, Origin.LOCAL, change.base_revision))
            cards |= replayed[-1].cards
            links |= replayed[-1].links
            fields |= replayed[-1].strategy_fields
        notice = Change(
            op=Batch.model_construct(label="remote", ops=tuple(remote)),
            revision=self._strategy.revision,
            cards=frozenset(cards),
            links=frozenset(links),
            strategy_fields=frozenset(fields),
            origin=Origin.REMOTE,
        )
        self._notify(notice)
        return Integration(notice=notice, replayed=tuple(replayed), replaced=tuple(replaced))

    def _apply_valid(self, op: Operation, origin: Origin, base: int) -> Change:
        cards: set[str] = set()
        links: set[str] = set()
        fields: set[str] = set()
        self._mutate(op, cards, links, fields)
        self._strategy.revision += 1
        return Change(
            op=op,
            revision=self._strategy.revision,
            cards=frozenset(cards),
            links=frozenset(links),
            strategy_fields=frozenset(fields),
            origin=origin,
            base=base,
        )

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            self._call(listener, change)

    def _call(self, listener: Listener, change: Change) -> None:
        try:
            listener(self, change)
        except Exception as err:  # isolation is the point: report, go on
            _log.exception("A document listener failed on revision %d", change.revision)
            if self.on_listener_error is not None:
                try:
                    self.on_listener_error(listener, err)
                except Exception:  # the reporter itself must not break saving
                    _log.exception("Reporting a failed listener failed too")

    # -- validation -------------------------------------------------------------------------

    def validate(self, op: Operation) -> None:
        """Raise a ``DomainError`` if ``op`` cannot apply to the current strategy.

        Batches are simulated step by step on overlays of the live id sets, so
        validation costs what the operation touches, not the size of the strategy.
        """
        _Validator(
            _SetOverlay(self._strategy.cards.keys()),
            _LinkOverlay(self._strategy.links, self._strategy.links_touching),
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
                for link in list(s.links_touching(card.id)):
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

    def __init__(self, base: Mapping[str, Link], index: Callable[[str], Collection[Link]]) -> None:
        self._base = base
        self._index = index
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
            for lk in self._index(card_id)
            if lk.id not in self._removed and lk.id not in self._added
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
                    raise StaleOperationError(
                        translate("errors-model", "The card's links changed in the meantime.")
                    )
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
                    raise StaleOperationError(
                        translate("errors-model", "The card was moved elsewhere in the meantime.")
                    )
                self.touched.add(card_id)
            case UpdateCard(card_id=card_id, before=before, after=after):
                self._require_card(card_id)
                current = self.strategy.cards.get(card_id)
                if current is not None and card_id not in self.touched:
                    if before.updates() != {k: getattr(current, k) for k in before.fields()}:
                        raise StaleOperationError(
                            translate(
                                "errors-model", "The card was edited elsewhere in the meantime."
                            )
                        )
                    _patched(current, after.updates())
                self.touched.add(card_id)
            case AddLink(link=link):
                self._check_new_link(link)
            case RemoveLink(link=link):
                if link.id not in self.links:
                    raise UnknownLinkError(link.id)
                if link.id not in self.touched and self.links[link.id] != link:
                    raise StaleOperationError(
                        translate("errors-model", "The link was changed elsewhere in the meantime.")
                    )
                removed = self.links.pop(link.id)
                self.pairs.discard((removed.source, removed.target))
            case UpdateLink(link_id=link_id, before=before):
                if link_id not in self.links:
                    raise UnknownLinkError(link_id)
                if link_id not in self.touched and self.links[link_id].kind != before:
                    raise StaleOperationError(
                        translate("errors-model", "The link was changed elsewhere in the meantime.")
                    )
                self.touched.add(link_id)
            case SetProfile(before=before):
                if "profile" not in self.touched and self.strategy.profile != before:
                    raise StaleOperationError(
                        translate(
                            "errors-model", "The profile was changed elsewhere in the meantime."
                        )
                    )
                self.touched.add("profile")
            case SetPacks(before=before):
                if "packs" not in self.touched and self.strategy.packs != tuple(
                    sorted(set(before))
                ):
                    raise StaleOperationError(
                        translate(
                            "errors-model", "The packs were changed elsewhere in the meantime."
                        )
                    )
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
            raise StaleOperationError(
                translate("errors-model", "The card was changed elsewhere in the meantime.")
            )

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
