"""A strategy prepared once for many drills: its active cards, their links, a capability index.

Only cards in place or in progress are active; planned cards are intentions,
not controls, and are kept aside only to explain a break ("still planned").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.strategy import Card, Strategy
from models.vocabulary import Status

if TYPE_CHECKING:
    # A caller may hand in the graph it built; without one the strategy is read
    # directly, so a CLI drill does not import NetworkX (~0.07 s).
    import networkx as nx

Providers = Mapping[str, Sequence[str]]
"""Capability key → catalog keys of cards that provide it (for suggestions)."""

ACTIVE = frozenset({Status.IN_PLACE, Status.IN_PROGRESS})


@dataclass(frozen=True)
class DrillContext:
    """A strategy prepared once for many drills: its active cards and their links.

    Attributes:
        cards: every card of the strategy by id.
        successors: for each active card, its active successors in id order.
        active_by_capability: capability → active cards providing it, in id order.
        planned_by_capability: capability → planned cards providing it (for reasons).
    """

    cards: Mapping[str, Card]
    successors: Mapping[str, tuple[str, ...]]
    active_by_capability: Mapping[str, tuple[str, ...]]
    planned_by_capability: Mapping[str, tuple[str, ...]]


def prepare(strategy: Strategy, graph: nx.DiGraph | None = None) -> DrillContext:
    """Index the strategy's active cards by capability, with their active successors.

    Args:
        strategy: the strategy to drill.
        graph: ``app.graph.build_graph(strategy)`` if the caller (the checker) already
            built it for this revision; otherwise the same successors are read from
            the strategy's links.
    """
    if graph is None:
        active = {card.id for card in strategy.cards.values() if card.status in ACTIVE}
        following: dict[str, set[str]] = {node: set() for node in active}
        for link in strategy.links.values():
            if link.source in active and link.target in active:
                following[link.source].add(link.target)
        successors = {node: tuple(sorted(targets)) for node, targets in following.items()}
    else:
        active = {node for node, status in graph.nodes(data="status") if status in ACTIVE}
        successors = {
            node: tuple(sorted(n for n in graph.successors(node) if n in active)) for node in active
        }
    by_cap: dict[str, list[str]] = {}
    planned: dict[str, list[str]] = {}
    for card_id in sorted(strategy.cards):
        card = strategy.cards[card_id]
        index = by_cap if card_id in active else planned
        for cap in card.capabilities:
            index.setdefault(cap, []).append(card_id)
    return DrillContext(
        cards=dict(strategy.cards),  # a snapshot: the document may edit the strategy later
        successors=successors,
        active_by_capability={k: tuple(v) for k, v in by_cap.items()},
        planned_by_capability={k: tuple(v) for k, v in planned.items()},
    )
