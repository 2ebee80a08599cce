"""Random but valid edit operations for a strategy (shared by store tests and the crash child)."""

from __future__ import annotations

import random
import uuid

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
from models.phases import Phase
from models.profile import Profile
from models.strategy import Card, Link, Placement, Strategy
from models.vocabulary import Cadence, ImpactLevel, LinkKind, Role, Status

CAPABILITIES = ("dpia", "drift-monitoring", "human-decision", "rollback", "bias-examination")
TITLES = ("Data quality gate", "Modèle équitable", "監視ダッシュボード", "Rollback ✓", "Ünïcode")


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def random_card(rng: random.Random) -> Card:
    """A new card with random content."""
    return Card(
        id=_id(rng),
        title=f"{rng.choice(TITLES)} {rng.randint(1, 999)}",
        notes=rng.choice(["", "line one\nline two", "ü" * rng.randint(1, 50)]),
        phase=rng.choice(list(Phase)),
        owner_role=rng.choice([None, *Role]),
        status=rng.choice(list(Status)),
        capabilities=tuple(rng.sample(CAPABILITIES, rng.randint(0, 3))),
        cadence=rng.choice([None, *Cadence]),
        x=rng.uniform(-500, 500),
        y=rng.uniform(0, 3000),
    )


def _move(rng: random.Random, card: Card) -> MoveCard:
    after = Placement(phase=rng.choice(list(Phase)), x=rng.uniform(0, 300), y=rng.uniform(0, 900))
    return MoveCard(card_id=card.id, before=card.placement, after=after)


def _update(rng: random.Random, card: Card) -> UpdateCard:
    fields = frozenset(
        rng.sample(["title", "notes", "owner_role", "status", "capabilities", "cadence"], 2)
    )
    target = card.model_copy(
        update={
            "title": f"{rng.choice(TITLES)} {rng.randint(1, 999)}",
            "notes": rng.choice(["", "edited", "x" * rng.randint(1, 200)]),
            "owner_role": rng.choice([None, *Role]),
            "status": rng.choice(list(Status)),
            "capabilities": tuple(sorted(rng.sample(CAPABILITIES, rng.randint(0, 3)))),
            "cadence": rng.choice([None, *Cadence]),
        }
    )
    return UpdateCard(
        card_id=card.id, before=CardPatch.of(card, fields), after=CardPatch.of(target, fields)
    )


def _new_link(rng: random.Random, s: Strategy) -> AddLink | None:
    ids = list(s.cards)
    for _ in range(10):
        source, target = rng.sample(ids, 2)
        if not s.has_link(source, target):
            kind = rng.choice(list(LinkKind))
            return AddLink(link=Link(id=_id(rng), source=source, target=target, kind=kind))
    return None


def random_op(rng: random.Random, s: Strategy) -> Operation:
    """One operation that applies cleanly to ``s`` as it is now."""
    cards = list(s.cards.values())
    links = list(s.links.values())
    roll = rng.random()
    if not cards or roll < 0.2:
        return AddCard(card=random_card(rng))
    card = rng.choice(cards)
    if roll < 0.4:
        return _move(rng, card)
    if roll < 0.55:
        return _update(rng, card)
    if roll < 0.7 and len(cards) >= 2:
        link_op = _new_link(rng, s)
        if link_op is not None:
            return link_op
    if roll < 0.78 and links:
        return RemoveLink(link=rng.choice(links))
    if roll < 0.83 and links:
        link = rng.choice(links)
        kind = rng.choice([k for k in LinkKind if k is not link.kind])
        return UpdateLink(link_id=link.id, before=link.kind, after=kind)
    if roll < 0.88:
        return RemoveCard(card=card, links=tuple(s.links_of(card.id)))
    if roll < 0.91:
        return RenameStrategy(before=s.name, after=f"Strategy {rng.randint(1, 99)}")
    if roll < 0.93:
        packs = tuple(sorted(rng.sample(["eu-ai-act", "gdpr", "nist-ai-rmf"], rng.randint(0, 2))))
        return SetPacks(before=s.packs, after=packs)
    if roll < 0.95:
        profile = Profile(
            personal_data=rng.random() < 0.5, impact_level=rng.choice(list(ImpactLevel))
        )
        return SetProfile(before=s.profile, after=profile)
    moved = rng.sample(cards, min(len(cards), rng.randint(1, 3)))
    extra = random_card(rng)
    return Batch(label="mixed", ops=(*(_move(rng, c) for c in moved), AddCard(card=extra)))
