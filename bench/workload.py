"""The shared benchmark workload: a synthetic strategy of N cards and 1.3·N links.

Cards are spread round-robin over the six lanes, with about one in twelve in
the governance band; each sits at its lane's tidy slot position. Links form a
DAG (they always run from an earlier card to a later one in lifecycle order,
then slot order), half of them inside one lane and half across lanes. The
same ``seed`` always gives the same strategy, ids included, so every bench
measures the same data.
"""

from __future__ import annotations

import random
import uuid

from app.resources import load_capabilities
from models.layout import slot_position
from models.phases import LIFECYCLE, Phase, lifecycle_index
from models.strategy import Card, Link, Strategy
from models.vocabulary import LinkKind, Role, Status

LINKS_PER_CARD = 1.3
GOVERNANCE_SHARE = 12  # one card in this many goes to the governance band
WORKSHOP_ID = "bench-workshop"
SCENARIO_KEY = "bench-scenario"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _lanes(n_cards: int) -> list[Phase]:
    """The phase of each card, in creation order."""
    governance = n_cards // GOVERNANCE_SHARE
    phases = [LIFECYCLE[i % len(LIFECYCLE)] for i in range(n_cards - governance)]
    return phases + [Phase.GOVERNANCE] * governance


def make_strategy(n_cards: int, seed: int = 0) -> Strategy:
    """A deterministic strategy of ``n_cards`` cards and ``round(1.3 * n_cards)`` links.

    Args:
        n_cards: how many cards (0 or more).
        seed: picks titles, capabilities, roles, statuses, link ends and ids.

    Returns:
        A valid ``Strategy`` at revision 0.
    """
    rng = random.Random(seed)
    capability_keys = sorted(load_capabilities())
    roles = list(Role)
    statuses = list(Status)
    by_lane: dict[Phase, list[Card]] = {}
    cards: dict[str, Card] = {}
    for number, phase in enumerate(_lanes(n_cards)):
        lane = by_lane.setdefault(phase, [])
        x, y = slot_position(phase, len(lane))
        card = Card(
            id=_uuid(rng),
            title=f"Practice {number + 1} · {phase.short_title} — ünïcode ✓",
            notes="" if number % 3 else f"Notes for card {number + 1}.\nSecond line.",
            phase=phase,
            owner_role=rng.choice(roles) if number % 5 else None,
            status=rng.choice(statuses),
            capabilities=tuple(rng.sample(capability_keys, rng.randint(1, 3))),
            x=x,
            y=y,
        )
        lane.append(card)
        cards[card.id] = card
    links = _make_links(rng, by_lane, round(LINKS_PER_CARD * n_cards))
    return Strategy(
        id=_uuid(rng),
        workshop_id=WORKSHOP_ID,
        scenario_key=SCENARIO_KEY,
        name=f"Benchmark strategy ({n_cards} cards)",
        cards=cards,
        links={link.id: link for link in links},
    )


def _make_links(rng: random.Random, by_lane: dict[Phase, list[Card]], count: int) -> list[Link]:
    """``count`` DAG links, half inside a lane; fewer only if the board is too small."""
    order: list[Card] = [
        card for phase in sorted(by_lane, key=lifecycle_index) for card in by_lane[phase]
    ]
    rank = {card.id: index for index, card in enumerate(order)}
    lanes = [cards for cards in by_lane.values() if len(cards) >= 2]
    kinds = list(LinkKind)
    pairs: set[tuple[str, str]] = set()
    links: list[Link] = []
    attempts = 0
    while len(links) < count and attempts < 50 * count + 100 and len(order) >= 2:
        attempts += 1
        if len(links) % 2 == 0 and lanes:
            a, b = rng.sample(rng.choice(lanes), 2)
        else:
            a, b = rng.sample(order, 2)
            if a.phase is b.phase and lanes:
                continue
        source, target = (a, b) if rank[a.id] < rank[b.id] else (b, a)
        if (source.id, target.id) in pairs:
            continue
        pairs.add((source.id, target.id))
        links.append(
            Link(id=_uuid(rng), source=source.id, target=target.id, kind=rng.choice(kinds))
        )
    return links
