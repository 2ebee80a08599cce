"""The one operation that closes a drill's broken chain at its break point.

The canvas offers it as one undoable step, like the checker's fixes: add the
suggested catalog card already linked into the chain, give the unowned
response card its owner, or draw the missing link. Applying it and drilling
again moves the break one step further along (or closes the chain).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from app.drills.context import ACTIVE
from app.drills.trace import HANDOFF_DAYS
from models.content import CatalogEntry
from models.drills import DrillEvent, Stage, Timeline
from models.layout import next_free_position
from models.operations import AddCard, AddLink, CardPatch, Operation, UpdateCard
from models.phases import lifecycle_index
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, LinkKind, Status


class CatalogSource(Protocol):
    """What the fix needs of ``app.resources.ContentLibrary``."""

    @property
    def catalog(self) -> Mapping[str, CatalogEntry]:
        """The catalog entries by key."""
        ...

    def entry(self, key: str) -> CatalogEntry:
        """The catalog entry with this key."""
        ...

    def card_from_catalog(self, key: str, x: float, y: float) -> Card:
        """A new card for a catalog entry at lane-local ``x, y``."""
        ...


def closing_operation(
    timeline: Timeline,
    event: DrillEvent,
    strategy: Strategy,
    library: CatalogSource,
    *,
    status: Status = Status.IN_PROGRESS,
) -> Operation | None:
    """The operation that closes ``timeline``'s chain at its break, or None if none can.

    Args:
        timeline: a traced event whose chain breaks (``timeline.broken``).
        event: the event it traced.
        strategy: the strategy it was traced on (current state).
        library: the catalog, to create the suggested card.
        status: the new card's status; planned cards do not count in drills, so
            the default is in progress.

    Returns:
        ``UpdateCard`` (a planned card put in progress, or an owner given),
        ``AddCard`` (the suggested practice, linked into the chain) or ``AddLink``;
        None when the chain is whole or no single step closes it.
    """
    broken = timeline.broken
    if broken is None or event.key != timeline.event_key:
        return None
    promoted = _promote(strategy, broken.planned, broken.stage, event)
    if promoted is not None:
        return promoted
    if broken.capability and broken.suggestions:
        return _add_card(
            broken.suggestions[0],
            broken.stage,
            broken.card_ids,
            event=event,
            strategy=strategy,
            library=library,
            status=status,
        )
    if broken.role is not None and broken.card_ids:
        card = strategy.cards.get(broken.card_ids[0])
        if card is None or card.owner_role in event.owners:
            return None
        return UpdateCard(
            card_id=card.id,
            before=CardPatch.of(card, frozenset({"owner_role"})),
            after=CardPatch(owner_role=broken.role),
        )
    if broken.stage is Stage.HANDLED and len(broken.card_ids) == 2:
        return _link(strategy, broken.card_ids[0], broken.card_ids[1], LinkKind.TRIGGERS)
    if broken.stage is Stage.FED_BACK and len(broken.card_ids) == 2:
        return _link(strategy, broken.card_ids[0], broken.card_ids[1], LinkKind.FEEDS_BACK)
    if broken.stage is Stage.FED_BACK and broken.card_ids:
        carrier = broken.card_ids[0]
        detected = timeline.step(Stage.DETECTED)
        alarm = detected.card_ids[0] if detected is not None and detected.card_ids else ""
        target = _lesson_target(strategy, event, carrier, alarm)
        if target is not None:
            return _link(strategy, carrier, target, LinkKind.FEEDS_BACK)
        key = _lesson_practice(library, event)
        if key is not None:
            return _add_card(
                key,
                Stage.FED_BACK,
                (carrier,),
                event=event,
                strategy=strategy,
                library=library,
                status=status,
            )
    return None


def _add_card(
    key: str,
    stage: Stage,
    anchors: tuple[str, ...],
    *,
    event: DrillEvent,
    strategy: Strategy,
    library: CatalogSource,
    status: Status,
) -> AddCard:
    phase = library.entry(key).phase
    x, y = next_free_position(strategy.cards.values(), phase)
    card = library.card_from_catalog(key, x, y).model_copy(update={"status": status})
    if stage is Stage.HANDLED and card.owner_role not in event.owners:
        card = card.model_copy(update={"owner_role": event.response_owner})
    if stage is Stage.DETECTED:
        card = card.model_copy(update={"cadence": fitting_cadence(event)})
    links: list[Link] = []
    if stage is Stage.DETECTED:
        responder = _owned_responder(strategy, event)
        if responder is not None:
            links.append(Link(source=card.id, target=responder, kind=LinkKind.TRIGGERS))
    elif anchors and anchors[-1] in strategy.cards:
        kind = LinkKind.TRIGGERS if stage is Stage.HANDLED else LinkKind.FEEDS_BACK
        links.append(Link(source=anchors[-1], target=card.id, kind=kind))
    return AddCard(card=card, links=tuple(links))


def _promote(
    strategy: Strategy, planned: tuple[str, ...], stage: Stage, event: DrillEvent
) -> UpdateCard | None:
    """Put the first planned card that would close the break in progress (with a cadence)."""
    card = next((strategy.cards[c] for c in planned if c in strategy.cards), None)
    if card is None or card.status is not Status.PLANNED:
        return None
    after: dict[str, object] = {"status": Status.IN_PROGRESS}
    if stage is Stage.DETECTED and (card.cadence is None or not card.cadence.recurring):
        after["cadence"] = fitting_cadence(event)
    if stage is Stage.HANDLED and card.owner_role not in event.owners:
        after["owner_role"] = event.response_owner
    patch = CardPatch.model_validate(after)
    return UpdateCard(card_id=card.id, before=CardPatch.of(card, patch.fields()), after=patch)


def fitting_cadence(event: DrillEvent) -> Cadence:
    """The slowest cadence that still lets a one-hand-over response meet the event's deadline."""
    budget = event.deadline_days - event.response_days - HANDOFF_DAYS
    fitting = [c for c in Cadence if c.recurring and c.days <= budget]
    return max(fitting, key=lambda c: c.days) if fitting else Cadence.CONTINUOUS


def _lesson_practice(library: CatalogSource, event: DrillEvent) -> str | None:
    """A catalog practice in a lesson phase to receive the lesson, closest fit first."""
    wanted = event.feedback_capabilities

    def fit(entry: CatalogEntry) -> int:
        ranks = [wanted.index(c) for c in entry.capabilities if c in wanted]
        return min(ranks) if ranks else len(wanted)

    candidates = [e for e in library.catalog.values() if e.phase in event.feedback_targets]
    candidates.sort(
        key=lambda e: (
            fit(e),
            event.feedback_targets.index(e.phase),
            len(e.capabilities),
            e.key,
        )
    )
    return candidates[0].key if candidates else None


def _owned_responder(strategy: Strategy, event: DrillEvent) -> str | None:
    wanted = set(event.respond_capabilities)
    owned = sorted(
        c.id
        for c in strategy.cards.values()
        if c.status in ACTIVE
        and c.owner_role in event.owners
        and wanted.intersection(c.capabilities)
    )
    return owned[0] if owned else None


def _lesson_target(
    strategy: Strategy, event: DrillEvent, source: str, alarm: str = ""
) -> str | None:
    """An active card in a lesson phase to link the lesson into: not the card that raised
    the alarm, which cannot learn from its own failure."""
    candidates = sorted(
        (
            c
            for c in strategy.cards.values()
            if c.status in ACTIVE
            and c.phase in event.feedback_targets
            and c.id not in (source, alarm)
            and not strategy.has_link(source, c.id)
        ),
        key=lambda c: (event.feedback_targets.index(c.phase), lifecycle_index(c.phase), c.id),
    )
    return candidates[0].id if candidates else None


def _link(strategy: Strategy, source: str, target: str, kind: LinkKind) -> AddLink | None:
    if source not in strategy.cards or target not in strategy.cards:
        return None
    if strategy.has_link(source, target):
        return None
    return AddLink(link=Link(source=source, target=target, kind=kind))
