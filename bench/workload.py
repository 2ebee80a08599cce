"""The shared benchmark workload: a synthetic strategy of N cards and 1.3·N links.

Cards are spread round-robin over the six lanes, with about one in twelve in
the governance band; each sits at its lane's tidy slot position. Links form a
DAG (they always run from an earlier card to a later one in lifecycle order,
then slot order), half of them inside one lane and half across lanes. The
same ``seed`` always gives the same strategy, ids included, so every bench
measures the same data.

Two link layouts share those cards:

- ``"random"`` (the default): link ends anywhere in their lanes, so at 500
  cards the median link spans a few thousand scene px — a worst case;
- ``"local"``: near-neighbour links, each joining cards at most ``NEAR``
  slots apart, in the same lane or the next lifecycle lane — how a tidy
  board is drawn, and closer to the reference floor's short links.
"""

from __future__ import annotations

import itertools
import random
import uuid
from typing import Literal, get_args

from app.resources import load_capabilities
from models.layout import slot_position
from models.phases import LIFECYCLE, Phase, lifecycle_index
from models.strategy import Card, Link, Strategy
from models.vocabulary import LinkKind, Role, Status

LINKS_PER_CARD = 1.3
GOVERNANCE_SHARE = 12  # one card in this many goes to the governance band
WORKSHOP_ID = "bench-workshop"
SCENARIO_KEY = "bench-scenario"
NEAR = 3  # "local" links join cards at most this many slots apart

LinkLayout = Literal["random", "local"]
LINK_LAYOUTS: tuple[str, ...] = get_args(LinkLayout)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _lanes(n_cards: int) -> list[Phase]:
    """The phase of each card, in creation order."""
    governance = n_cards // GOVERNANCE_SHARE
    phases = [LIFECYCLE[i % len(LIFECYCLE)] for i in range(n_cards - governance)]
    return phases + [Phase.GOVERNANCE] * governance


def make_strategy(n_cards: int, seed: int = 0, links: LinkLayout = "random") -> Strategy:
    """A deterministic strategy of ``n_cards`` cards and ``round(1.3 * n_cards)`` links.

    Args:
        n_cards: how many cards (0 or more).
        seed: picks titles, capabilities, roles, statuses, link ends and ids.
        links: ``"random"`` for link ends anywhere in their lanes, ``"local"`` for
            near-neighbour links; the cards are the same either way.

    Returns:
        A valid ``Strategy`` at revision 0.

    Raises:
        ValueError: if ``links`` names no known layout.
    """
    if links not in LINK_LAYOUTS:
        raise ValueError(
            f"unknown link layout {links!r}; expected one of {', '.join(LINK_LAYOUTS)}"
        )
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
    make_links = _make_local_links if links == "local" else _make_links
    made = make_links(rng, by_lane, round(LINKS_PER_CARD * n_cards))
    return Strategy(
        id=_uuid(rng),
        workshop_id=WORKSHOP_ID,
        scenario_key=SCENARIO_KEY,
        name=f"Benchmark strategy ({n_cards} cards)",
        cards=cards,
        links={link.id: link for link in made},
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


def _make_local_links(
    rng: random.Random, by_lane: dict[Phase, list[Card]], count: int
) -> list[Link]:
    """``count`` near-neighbour DAG links, half inside a lane; fewer only on a tiny board.

    An inside link runs from a card to one of the next ``NEAR`` cards of its lane;
    an across link runs from a lifecycle lane to the next one, to a card at most
    ``NEAR`` slots away. Both run forward in lifecycle-then-slot order, so the
    links form a DAG. Feedback's loop back to data would point backwards; it is left out.
    """
    lanes = [cards for cards in by_lane.values() if len(cards) >= 2]
    steps = [
        (by_lane[here], by_lane[there])
        for here, there in itertools.pairwise(LIFECYCLE)
        if by_lane.get(here) and by_lane.get(there)
    ]
    kinds = list(LinkKind)
    pairs: set[tuple[str, str]] = set()
    links: list[Link] = []
    attempts = 0
    while len(links) < count and attempts < 50 * count + 100 and (lanes or steps):
        attempts += 1
        if (len(links) % 2 == 0 and lanes) or not steps:
            lane = rng.choice(lanes)
            index = rng.randrange(len(lane) - 1)
            source = lane[index]
            target = lane[rng.randint(index + 1, min(index + NEAR, len(lane) - 1))]
        else:
            here, there = rng.choice(steps)
            index = rng.randrange(len(here))
            low, high = max(0, index - NEAR), min(len(there) - 1, index + NEAR)
            if low > high:
                continue
            source, target = here[index], there[rng.randint(low, high)]
        if (source.id, target.id) in pairs:
            continue
        pairs.add((source.id, target.id))
        links.append(
            Link(id=_uuid(rng), source=source.id, target=target.id, kind=rng.choice(kinds))
        )
    return links
