"""The strategy as a NetworkX graph, shared by the checker and the drills.

Nodes are card ids with attributes ``phase`` (Phase), ``capabilities``
(frozenset[str]), ``owner_role`` (Role | None), ``status`` (Status), ``cadence``
(Cadence | None) and ``title``; edges carry ``kind`` (LinkKind) and ``id``.
"""

from __future__ import annotations

import networkx as nx

from models.strategy import Strategy


def build_graph(strategy: Strategy) -> nx.DiGraph:
    """A fresh DiGraph of the strategy's cards and links."""
    graph = nx.DiGraph()
    graph.add_nodes_from(
        (
            card.id,
            {
                "phase": card.phase,
                "capabilities": frozenset(card.capabilities),
                "owner_role": card.owner_role,
                "status": card.status,
                "cadence": card.cadence,
                "title": card.title,
            },
        )
        for card in strategy.cards.values()
    )
    graph.add_edges_from(
        (link.source, link.target, {"kind": link.kind, "id": link.id})
        for link in strategy.links.values()
    )
    return graph
