"""Replaying one seat's operation on a strategy another seat has changed since.

An operation records what it expects (``before``) and what it sets (``after``).
When two seats edit one strategy, the one whose write lands second replays its
unsaved operations on top of the other's: ``rebase`` rewrites each operation's
expectations to the strategy as it is now, so its ``after`` values land (the
later write wins field by field) and edits of different cards or fields simply
both land. An operation whose subject is gone (a card the other seat removed)
comes back as ``None``; a batch keeps the parts that still apply.
"""

from __future__ import annotations

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
    SetPacks,
    SetProfile,
    UpdateCard,
    UpdateLink,
)
from models.strategy import Link, Strategy


def rebase(op: Operation, strategy: Strategy) -> Operation | None:
    """``op`` rewritten to apply to ``strategy`` as it is, or None when nothing of it can.

    The result still has to be validated in order (a batch's later steps see
    its earlier ones only when applied); ``Document.integrate`` does that.
    """
    return _Rebaser(strategy).op(op)


class _Rebaser:
    """Rebases operations, tracking what a batch's earlier steps add and remove."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        self.added_cards: set[str] = set()
        self.removed_cards: set[str] = set()
        self.added_links: dict[str, Link] = {}
        self.removed_links: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()

    def has_card(self, card_id: str) -> bool:
        return card_id in self.added_cards or (
            card_id in self.strategy.cards and card_id not in self.removed_cards
        )

    def link(self, link_id: str) -> Link | None:
        if link_id in self.added_links:
            return self.added_links[link_id]
        if link_id in self.removed_links:
            return None
        return self.strategy.links.get(link_id)

    def link_ok(self, link: Link) -> bool:
        if self.link(link.id) is not None or not (
            self.has_card(link.source) and self.has_card(link.target)
        ):
            return False
        pair = (link.source, link.target)
        if pair in self.pairs:
            return False
        taken = any(
            lk.target == link.target and lk.id not in self.removed_links
            for lk in self.strategy.links_touching(link.source)
        )
        return not taken

    def op(self, op: Operation) -> Operation | None:
        match op:
            case AddCard(card=card, links=links):
                if self.has_card(card.id) or self.link(card.id) is not None:
                    return None
                self.added_cards.add(card.id)
                kept = tuple(lk for lk in links if self.link_ok(lk))
                for lk in kept:
                    self._add_link(lk)
                return AddCard(card=card, links=kept)
            case RemoveCard(card=card):
                if not self.has_card(card.id):
                    return None
                current = self.strategy.cards.get(card.id, card)
                attached = self._links_of(card.id)
                for lk in attached:
                    self._remove_link(lk.id)
                self.removed_cards.add(card.id)
                self.added_cards.discard(card.id)
                return RemoveCard(card=current, links=tuple(attached))
            case MoveCard(card_id=card_id, after=after):
                if not self.has_card(card_id):
                    return None
                moved = self.strategy.cards.get(card_id)
                before = moved.placement if moved is not None else op.before
                return MoveCard(card_id=card_id, before=before, after=after)
            case UpdateCard(card_id=card_id, after=after):
                if not self.has_card(card_id):
                    return None
                updated = self.strategy.cards.get(card_id)
                if updated is None:
                    return op
                return UpdateCard(
                    card_id=card_id, before=CardPatch.of(updated, after.fields()), after=after
                )
            case AddLink(link=link):
                if not self.link_ok(link):
                    return None
                self._add_link(link)
                return op
            case RemoveLink(link=link):
                current_link = self.link(link.id)
                if current_link is None:
                    return None
                self._remove_link(link.id)
                return RemoveLink(link=current_link)
            case UpdateLink(link_id=link_id, after=kind):
                current_link = self.link(link_id)
                if current_link is None:
                    return None
                return UpdateLink(link_id=link_id, before=current_link.kind, after=kind)
            case SetProfile(after=profile):
                return SetProfile(before=self.strategy.profile, after=profile)
            case SetPacks(after=packs):
                return SetPacks(before=self.strategy.packs, after=packs)
            case RenameStrategy(after=name):
                return RenameStrategy(before=self.strategy.name, after=name)
            case Batch(label=label, ops=ops):
                kept_ops = tuple(
                    rebased for inner in ops if (rebased := self.op(inner)) is not None
                )
                return Batch(label=label, ops=kept_ops) if kept_ops else None
        return None  # pragma: no cover - every operation kind is matched above

    def _links_of(self, card_id: str) -> list[Link]:
        found = {
            lk.id: lk
            for lk in self.strategy.links_touching(card_id)
            if lk.id not in self.removed_links
        }
        for lk in self.added_links.values():
            if card_id in (lk.source, lk.target):
                found[lk.id] = lk
        return [found[key] for key in sorted(found)]

    def _add_link(self, link: Link) -> None:
        self.added_links[link.id] = link
        self.removed_links.discard(link.id)
        self.pairs.add((link.source, link.target))

    def _remove_link(self, link_id: str) -> None:
        link = self.added_links.pop(link_id, None)
        if link is not None:
            self.pairs.discard((link.source, link.target))
        self.removed_links.add(link_id)


Touch = tuple[str, str]
"""What an operation sets: (card, link or ``strategy`` id, field name); ``*`` is all of it."""


def touches(op: Operation) -> dict[Touch, Operation]:
    """The fields ``op`` sets, each with the (innermost) operation that sets it."""
    found: dict[Touch, Operation] = {}
    match op:
        case AddCard(card=card):
            found[(card.id, "*")] = op
        case RemoveCard(card=card):
            found[(card.id, "*")] = op
        case MoveCard(card_id=card_id):
            found[(card_id, "placement")] = op
        case UpdateCard(card_id=card_id, after=after):
            for name in after.fields():
                found[(card_id, name)] = op
        case AddLink(link=link) | RemoveLink(link=link):
            found[(link.id, "*")] = op
        case UpdateLink(link_id=link_id):
            found[(link_id, "kind")] = op
        case SetProfile():
            found[("strategy", "profile")] = op
        case SetPacks():
            found[("strategy", "packs")] = op
        case RenameStrategy():
            found[("strategy", "name")] = op
        case Batch(ops=ops):
            for inner in ops:
                found.update(touches(inner))
    return found


def overlaps(mine: Touch, theirs: Touch) -> bool:
    """Whether an edit of ``theirs`` replaces one of ``mine`` (a removal replaces every field)."""
    return mine[0] == theirs[0] and (mine[1] == theirs[1] or "*" in (mine[1], theirs[1]))
