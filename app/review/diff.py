"""The difference between two versions of one strategy (snapshots, or a snapshot and now).

Cards and links are matched by id, since both versions descend from the same
document. The checker is passed in as a callable (``Checker``) so this module
does not depend on how it is built: the caller binds the packs and the content
library, e.g. ``lambda s: check(s, packs, library)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from models.findings import CheckResult, Finding, PackCoverage
from models.phases import lifecycle_index
from models.strategy import Card, Link, Placement, Strategy

Checker = Callable[[Strategy], CheckResult]
"""Checks one strategy (``app.checker.engine.check`` with packs and library bound)."""

CARD_FIELDS: tuple[str, ...] = (
    "catalog_key",
    "title",
    "notes",
    "owner_role",
    "status",
    "capabilities",
    "cadence",
)
"""The card fields compared for "edited" (placement is compared for "moved")."""

STRATEGY_FIELDS: tuple[str, ...] = ("name", "profile", "packs")


def card_order(card: Card) -> tuple[int, str, str]:
    """Sort key: lifecycle phase, then title, then id (stable across runs)."""
    return (lifecycle_index(card.phase), card.title.casefold(), card.id)


@dataclass(frozen=True)
class CardMove:
    """A card placed elsewhere: another phase, or another position in its lane."""

    before: Card
    after: Card

    @property
    def phase_changed(self) -> bool:
        """Whether the card changed lanes (not only position)."""
        return self.before.phase != self.after.phase

    @property
    def placements(self) -> tuple[Placement, Placement]:
        """(before, after) placements."""
        return (self.before.placement, self.after.placement)


@dataclass(frozen=True)
class CardEdit:
    """A card whose content changed, and which fields."""

    before: Card
    after: Card
    fields: frozenset[str]


@dataclass(frozen=True)
class LinkChange:
    """A link that still exists but changed (its kind, or its ends)."""

    before: Link
    after: Link
    fields: frozenset[str]


@dataclass(frozen=True)
class CoverageDelta:
    """One pack's coverage before and after (None where the pack was not checked)."""

    pack: str
    title: str
    before: PackCoverage | None
    after: PackCoverage | None

    @property
    def satisfied_change(self) -> int:
        """How many more rules are satisfied after than before."""
        return (self.after.satisfied if self.after else 0) - (
            self.before.satisfied if self.before else 0
        )

    @property
    def share_change(self) -> float:
        """The change in satisfied share (0.0 when the pack is missing on either side)."""
        if self.before is None or self.after is None:
            return 0.0
        return self.after.share - self.before.share


def finding_key(finding: Finding) -> tuple[str, str, tuple[str, ...]]:
    """What makes two findings of two versions "the same": pack, rule and the cards involved."""
    return (finding.pack, finding.rule_id, tuple(sorted(finding.card_ids)))


@dataclass(frozen=True)
class StrategyDiff:
    """What changed from ``before`` to ``after``; every tuple in a stable display order."""

    before_revision: int
    after_revision: int
    added: tuple[Card, ...]
    removed: tuple[Card, ...]
    moved: tuple[CardMove, ...]
    edited: tuple[CardEdit, ...]
    links_added: tuple[Link, ...]
    links_removed: tuple[Link, ...]
    links_changed: tuple[LinkChange, ...]
    strategy_fields: frozenset[str]
    coverage: tuple[CoverageDelta, ...]
    findings_opened: tuple[Finding, ...]
    findings_closed: tuple[Finding, ...]

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all changed."""
        return not (
            self.added
            or self.removed
            or self.moved
            or self.edited
            or self.links_added
            or self.links_removed
            or self.links_changed
            or self.strategy_fields
            or self.findings_opened
            or self.findings_closed
            or any(d.before != d.after for d in self.coverage)
        )

    def highlights(self) -> dict[str, str]:
        """Card id → "added", "removed", "moved" or "edited", for highlighting on the canvas.

        A card both moved and edited is "edited" (the stronger change).
        """
        marks: dict[str, str] = {}
        for move in self.moved:
            marks[move.after.id] = "moved"
        for edit in self.edited:
            marks[edit.after.id] = "edited"
        marks.update({card.id: "added" for card in self.added})
        marks.update({card.id: "removed" for card in self.removed})
        return marks


def changed_fields(before: Card, after: Card) -> frozenset[str]:
    """The content fields (not placement) that differ between two versions of a card."""
    return frozenset(name for name in CARD_FIELDS if getattr(before, name) != getattr(after, name))


def coverage_deltas(
    before: CheckResult | None, after: CheckResult | None
) -> tuple[CoverageDelta, ...]:
    """Coverage per pack on both sides, in the after result's pack order, then dropped packs."""
    old = {c.pack: c for c in before.coverage} if before else {}
    new = {c.pack: c for c in after.coverage} if after else {}
    packs = list(dict.fromkeys([*new, *old]))
    return tuple(
        CoverageDelta(
            pack=pack,
            title=(new.get(pack) or old[pack]).title,
            before=old.get(pack),
            after=new.get(pack),
        )
        for pack in packs
    )


def compare_findings(
    before: Iterable[Finding], after: Iterable[Finding]
) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """(opened, closed): findings only in ``after``, and only in ``before``."""
    old = {finding_key(f): f for f in before}
    new = {finding_key(f): f for f in after}

    def order(f: Finding) -> tuple[int, str, str, tuple[str, ...]]:
        return (f.severity.rank, f.pack, f.rule_id, tuple(sorted(f.card_ids)))

    opened = sorted((f for k, f in new.items() if k not in old), key=order)
    closed = sorted((f for k, f in old.items() if k not in new), key=order)
    return tuple(opened), tuple(closed)


def diff_versions(before: Strategy, after: Strategy, check: Checker | None) -> StrategyDiff:
    """The changes from one version of a strategy to a later one.

    Args:
        before: the earlier version.
        after: the later version (same strategy; matched by card and link ids).
        check: runs the checker on a strategy; None leaves coverage and findings empty.
    """
    old_cards, new_cards = before.cards, after.cards
    added = sorted((c for k, c in new_cards.items() if k not in old_cards), key=card_order)
    removed = sorted((c for k, c in old_cards.items() if k not in new_cards), key=card_order)
    moved: list[CardMove] = []
    edited: list[CardEdit] = []
    # Unchanged cards are usually the very same objects (the document replaces what it
    # changes), so filter cheaply first and sort only what changed.
    changed = [
        k
        for k in old_cards.keys() & new_cards.keys()
        if old_cards[k] is not new_cards[k] and old_cards[k] != new_cards[k]
    ]
    for key in sorted(changed, key=lambda k: card_order(new_cards[k])):
        old, new = old_cards[key], new_cards[key]
        if (old.phase, old.x, old.y) != (new.phase, new.x, new.y):
            moved.append(CardMove(before=old, after=new))
        fields = changed_fields(old, new)
        if fields:
            edited.append(CardEdit(before=old, after=new, fields=fields))
    old_links, new_links = before.links, after.links
    links_changed = []
    for key in sorted(old_links.keys() & new_links.keys()):
        lk_old, lk_new = old_links[key], new_links[key]
        if lk_old is lk_new or lk_old == lk_new:
            continue
        fields = frozenset(
            name
            for name in ("source", "target", "kind")
            if getattr(lk_old, name) != getattr(lk_new, name)
        )
        if fields:
            links_changed.append(LinkChange(before=lk_old, after=lk_new, fields=fields))
    result_before = check(before) if check else None
    result_after = check(after) if check else None
    opened, closed = compare_findings(
        result_before.findings if result_before else (),
        result_after.findings if result_after else (),
    )
    return StrategyDiff(
        before_revision=before.revision,
        after_revision=after.revision,
        added=tuple(added),
        removed=tuple(removed),
        moved=tuple(moved),
        edited=tuple(edited),
        links_added=tuple(new_links[k] for k in sorted(new_links.keys() - old_links.keys())),
        links_removed=tuple(old_links[k] for k in sorted(old_links.keys() - new_links.keys())),
        links_changed=tuple(links_changed),
        strategy_fields=frozenset(
            name for name in STRATEGY_FIELDS if getattr(before, name) != getattr(after, name)
        ),
        coverage=coverage_deltas(result_before, result_after),
        findings_opened=opened,
        findings_closed=closed,
    )
