"""Reachability of the strategy graph, computed once per check.

Every question the rules ask about paths ("does every deployment card have an
evaluation card upstream?", "does every drift-monitoring card reach a retraining
card?") is answered from two tables of bit masks built in one pass each:

* ``below[i]``: the tokens (phases and tracked capabilities) found at card ``i``
  or anywhere downstream of it, following every link;
* ``above[i]``: the tokens found at ``i`` or upstream of it, following only
  *forward* links — not feeds-back links, not the loop from feedback back to
  data or development, and not links that run against the lifecycle — so that a
  gate cannot be "satisfied" by going once round the feedback loop.

Both come from one iterative Tarjan pass, which yields strongly connected
components sinks-first, so each component's mask is the OR of its members and
its already-finished successors (shared/PERFORMANCE.md, "Checker").
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from models.phases import ALL_PHASES, Phase, is_forward
from models.strategy import Strategy
from models.vocabulary import LinkKind, Role

LOOP_TARGETS = (Phase.DATA, Phase.DEVELOP)


def closure_masks(succ: list[list[int]], own: list[int]) -> list[int]:
    """For each node, the OR of ``own`` over the node and everything reachable from it.

    A DAG (the usual case for the forward graph) takes one pass in reverse
    topological order (Kahn); a graph with cycles takes the Tarjan pass.
    """
    n = len(succ)
    indegree = [0] * n
    # Counted in C rather than a Python loop over every edge.
    for v, count in Counter(itertools.chain.from_iterable(succ)).items():
        indegree[v] = count
    order = [v for v in range(n) if not indegree[v]]
    for v in order:  # the list grows while we walk it: Kahn's queue
        for w in succ[v]:
            indegree[w] -= 1
            if not indegree[w]:
                order.append(w)
    if len(order) < n:
        return _tarjan_masks(succ, own)
    result = own[:]
    for v in reversed(order):
        nbrs = succ[v]
        if nbrs:
            mask = result[v]
            for w in nbrs:
                mask |= result[w]
            result[v] = mask
    return result


def _tarjan_masks(succ: list[list[int]], own: list[int]) -> list[int]:
    """``closure_masks`` for graphs with cycles: Tarjan's SCCs, sinks first."""
    n = len(succ)
    index = [-1] * n
    low = [0] * n
    comp = [-1] * n
    cursor = [0] * n
    result = [0] * n
    stack: list[int] = []
    counter = 0
    components = 0
    for root in range(n):
        if index[root] != -1:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        calls = [root]
        while calls:
            v = calls[-1]
            nbrs = succ[v]
            i = cursor[v]
            if i < len(nbrs):
                cursor[v] = i + 1
                w = nbrs[i]
                if index[w] == -1:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    calls.append(w)
                elif comp[w] == -1 and index[w] < low[v]:
                    low[v] = index[w]  # w is still on the stack: same component
                continue
            calls.pop()
            if calls:
                u = calls[-1]
                low[u] = min(low[u], low[v])
            if low[v] != index[v]:
                continue
            members: list[int] = []
            while True:
                w = stack.pop()
                comp[w] = components
                members.append(w)
                if w == v:
                    break
            mask = 0
            for w in members:
                mask |= own[w]
                for x in succ[w]:
                    if comp[x] != components:
                        mask |= result[x]
            for w in members:
                result[w] = mask
            components += 1
    return result


def _edge_classes() -> list[list[int]]:
    """For each (source phase, target phase) by position: UPSTREAM, LOOP or BACK."""
    table = []
    for source in ALL_PHASES:
        row = []
        for target in ALL_PHASES:
            if not is_forward(source, target):
                row.append(BACK)
            elif source is Phase.FEEDBACK and target in LOOP_TARGETS:
                row.append(LOOP)  # closing the loop is allowed, but it is not "upstream"
            else:
                row.append(UPSTREAM)
        table.append(row)
    return table


UPSTREAM, LOOP, BACK = 0, 1, 2
PHASE_POSITION = {phase: i for i, phase in enumerate(ALL_PHASES)}
EDGE_CLASS = _edge_classes()


@dataclass(frozen=True)
class BackLink:
    """A link against the lifecycle direction that is not a feeds-back link."""

    link_id: str
    source: str
    target: str


NodeRow = tuple[str, Phase, Role | None, Iterable[str]]
"""One card: id, phase, owner role, capabilities."""
EdgeRow = tuple[str, str, LinkKind, str]
"""One link: source id, target id, kind, link id."""


class GraphIndex:
    """Cards indexed by capability and phase, plus the reachability masks of one strategy graph.

    Build it with ``from_graph`` (a graph from ``app.graph.build_graph``) or
    ``from_strategy`` (the same nodes and edges read straight from the strategy,
    which skips building NetworkX's attribute dicts — the checker's hot path after
    every edit). Both give identical indexes; a test holds them to it.

    Args:
        nodes: one row per card.
        edges: one row per link.
        tracked: capabilities whose reachability rules ask about (each gets a bit).
    """

    def __init__(
        self, nodes: Iterable[NodeRow], edges: Iterable[EdgeRow], tracked: Iterable[str] = ()
    ) -> None:
        self.bits: dict[str, int] = {}
        for phase in ALL_PHASES:
            self.bits[f"phase:{phase.value}"] = 1 << len(self.bits)
        for key in tracked:
            self.bits.setdefault(key, 1 << len(self.bits))
        bits = self.bits
        phase_bits = [bits[f"phase:{p.value}"] for p in ALL_PHASES]
        rows = list(nodes)
        self.ids: list[str] = [row[0] for row in rows]
        self.phase: list[Phase] = [row[1] for row in rows]
        self.owner: list[Role | None] = [row[2] for row in rows]
        place = [PHASE_POSITION[phase] for phase in self.phase]
        self.place = place
        self.by_phase: dict[Phase, list[int]] = {p: [] for p in ALL_PHASES}
        lanes = [self.by_phase[p] for p in ALL_PHASES]
        for i, pos in enumerate(place):
            lanes[pos].append(i)
        by_capability: defaultdict[str, list[int]] = defaultdict(list)
        own = [phase_bits[pos] for pos in place]
        for i, row in enumerate(rows):
            for cap in row[3]:
                by_capability[cap].append(i)
                if cap in bits:
                    own[i] |= bits[cap]
        self.by_capability: dict[str, list[int]] = dict(by_capability)
        self.own = own
        n = len(own)
        position = {node: i for i, node in enumerate(self.ids)}
        self.position = position
        links = list(edges)
        sources = [position[link[0]] for link in links]
        targets = [position[link[1]] for link in links]
        succ: list[list[int]] = [[] for _ in range(n)]
        for s, t in zip(sources, targets, strict=True):
            succ[s].append(t)
        linked = set(sources)
        linked.update(targets)
        self.orphans = [self.ids[i] for i in range(n) if i not in linked]
        # Classify each link once: upstream (counts for gates and order), the loop closing
        # back to data/development, or against the lifecycle. Feeds-back links are none of
        # these: they may run backwards, and never make anything "upstream".
        feeds_back = LinkKind.FEEDS_BACK
        classes = [
            LOOP if link[2] is feeds_back else EDGE_CLASS[place[s]][place[t]]
            for link, s, t in zip(links, sources, targets, strict=True)
        ]
        fwd_pred: list[list[int]] = [[] for _ in range(n)]
        back: list[BackLink] = []
        for link, s, t, edge in zip(links, sources, targets, classes, strict=True):
            if edge == UPSTREAM:
                fwd_pred[t].append(s)
            elif edge == BACK:
                back.append(BackLink(link[3], link[0], link[1]))
        self.back_links = back
        self.fwd_pred = fwd_pred
        self.below = closure_masks(succ, own)
        self.above = closure_masks(fwd_pred, own)

    @classmethod
    def from_graph(cls, graph: nx.DiGraph, tracked: Iterable[str] = ()) -> GraphIndex:
        """The index of a graph built by ``app.graph.build_graph``."""
        return cls(
            (
                (node, a["phase"], a["owner_role"], a["capabilities"])
                for node, a in graph.nodes(data=True)
            ),
            ((s, t, a["kind"], a["id"]) for s, t, a in graph.edges(data=True)),
            tracked,
        )

    @classmethod
    def from_strategy(cls, strategy: Strategy, tracked: Iterable[str] = ()) -> GraphIndex:
        """The index of ``build_graph(strategy)``, read straight from the strategy."""
        return cls(
            ((c.id, c.phase, c.owner_role, c.capabilities) for c in strategy.cards.values()),
            ((lk.source, lk.target, lk.kind, lk.id) for lk in strategy.links.values()),
            tracked,
        )

    # -- questions --------------------------------------------------------------------------

    def phase_bit(self, phase: Phase) -> int:
        """The token bit of a phase."""
        return self.bits[f"phase:{phase.value}"]

    def cards_with(self, capability: str, phase: Phase | None = None) -> list[int]:
        """Card positions providing ``capability`` (only those in ``phase`` when given)."""
        cards = self.by_capability.get(capability, [])
        if phase is None:
            return cards
        return [i for i in cards if self.phase[i] is phase]

    def strictly_above(self, i: int) -> int:
        """Tokens strictly upstream of card ``i`` along forward links."""
        mask = 0
        above = self.above
        for p in self.fwd_pred[i]:
            mask |= above[p]
        return mask

    def earliest_lifecycle_index(self, cards: Iterable[int]) -> int | None:
        """The earliest lifecycle position among ``cards`` (governance cards have none)."""
        governance = PHASE_POSITION[Phase.GOVERNANCE]
        place = self.place
        return min((place[i] for i in cards if place[i] != governance), default=None)

    def names(self, cards: Iterable[int]) -> tuple[str, ...]:
        """Card ids of positions, sorted for stable output."""
        return tuple(sorted(self.ids[i] for i in cards))
