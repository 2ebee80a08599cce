"""Reachability of the strategy graph, computed once per check.

Every question the rules ask about paths ("does every deployment card have an
evaluation card upstream?", "does every drift-monitoring card reach a retraining
card?") is answered from two tables of bit masks built in one pass each:

* ``below[i]``: the tokens (phases and tracked *wants*) found at card ``i``
  or anywhere downstream of it, following every link;
* ``above[i]``: the tokens found at ``i`` or upstream of it, following only
  *forward* links — not feeds-back links, not the loop from feedback back to
  data or development, and not links that run against the lifecycle — so that a
  gate cannot be "satisfied" by going once round the feedback loop.

Both come from one iterative Tarjan pass, which yields strongly connected
components sinks-first, so each component's mask is the OR of its members and
its already-finished successors (shared/PERFORMANCE.md, "Checker").

A *want* is what a rule looks for on one card: a capability, optionally in a
phase, owned by a role, owned by someone independent of the model's builders,
or repeating in operation (``Want``). Each tracked want has its own bit, set on
exactly the cards that qualify, so a question such as "is an independent review
upstream of every release?" stays one mask lookup.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.phases import ALL_PHASES, Phase, is_forward
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, LinkKind, Role, Status

if TYPE_CHECKING:
    # NetworkX only types ``from_graph``: importing it costs a CLI check ~0.07 s.
    import networkx as nx

    # The memo keeps requirement gaps; requirements imports this module.
    from app.checker.requirements import Gap

LOOP_TARGETS = (Phase.DATA, Phase.DEVELOP)
DEFAULT_BUILDERS = frozenset({Role.DATA_SCIENTIST})
"""Who builds the model when no Model Development card names an owner."""


@dataclass(frozen=True)
class Want:
    """What a rule looks for on one card.

    Attributes:
        capability: the capability the card must provide.
        phase: the lane it must sit in, if any.
        role: the role that must own it, if any.
        independent: its owner must not be one of the roles that build the model.
        recurring: it must repeat in operation (a cadence other than once).
    """

    capability: str
    phase: Phase | None = None
    role: Role | None = None
    independent: bool = False
    recurring: bool = False
    plain: bool = field(init=False, repr=False, compare=False)
    """Whether only the capability is asked for (worked out once: asked on every lookup)."""
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        plain = (
            self.phase is None and self.role is None and not self.independent and not self.recurring
        )
        object.__setattr__(self, "plain", plain)
        fields = (self.capability, self.phase, self.role, self.independent, self.recurring)
        object.__setattr__(self, "_hash", hash(fields))

    def __hash__(self) -> int:
        # Wants key the index's masks and are looked up for every rule of every check.
        return self._hash

    def relaxed(self) -> Want:
        """The same capability with no further condition."""
        return Want(self.capability)


def closure_masks(succ: list[list[int]], own: list[int]) -> list[int]:
    """For each node, the OR of ``own`` over the node and everything reachable from it.

    A DAG (the usual case for the forward graph) takes one pass in reverse
    topological order (Kahn); a graph with cycles takes the Tarjan pass.
    """
    return _closure(succ, own)[0]


def _closure(succ: list[list[int]], own: list[int]) -> tuple[list[int], bool]:
    """``closure_masks`` plus whether the graph has a cycle."""
    order = topological_order(succ)
    if order is None:
        return _tarjan_masks(succ, own), True
    result = own[:]
    for v in reversed(order):
        nbrs = succ[v]
        if nbrs:
            mask = result[v]
            for w in nbrs:
                mask |= result[w]
            result[v] = mask
    return result, False


def topological_order(succ: list[list[int]]) -> list[int] | None:
    """The nodes in topological order (Kahn), or None when the graph has a cycle."""
    n = len(succ)
    indegree = [0] * n
    for v, count in Counter(itertools.chain.from_iterable(succ)).items():
        indegree[v] = count
    order = [v for v in range(n) if not indegree[v]]
    for v in order:  # the list grows while we walk it: Kahn's queue
        for w in succ[v]:
            indegree[w] -= 1
            if not indegree[w]:
                order.append(w)
    return order if len(order) == n else None


def _masks_with_cycles(
    onward: list[list[int]],
    within: list[list[int]],
    *,
    fwd_pred: list[list[int]],
    own: list[int],
    loops: list[tuple[int, int]],
    place: list[int],
    lesson: set[int],
) -> tuple[list[int], list[int], list[int]]:
    """``learnt``, ``below`` and ``above`` of a graph whose links form a cycle (Tarjan)."""
    learnt = closure_masks(within, own) if loops else own
    seeds = own[:]
    for s, t in loops:
        seeds[s] |= learnt[t] if place[t] in lesson else own[t]
    return learnt, closure_masks(onward, seeds), closure_masks(fwd_pred, own)


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


def builder_roles(owners: Iterable[Role | None]) -> frozenset[Role]:
    """The roles that build the model: the owners of Model Development cards."""
    roles = frozenset(role for role in owners if role is not None)
    return roles or DEFAULT_BUILDERS


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


NodeRow = tuple[str, Phase, Role | None, Iterable[str], Cadence | None]
"""One card: id, phase, owner role, capabilities, cadence."""
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
        tracked: capabilities or wants that reachability rules ask about (each gets a bit).
        builders: the roles that build the model (owners of Model Development cards);
            worked out from ``nodes`` when not given. An evidence index passes the
            whole board's builders, so independence does not depend on status.
    """

    def __init__(
        self,
        nodes: Iterable[NodeRow],
        edges: Iterable[EdgeRow],
        tracked: Iterable[str | Want] = (),
        builders: frozenset[Role] | None = None,
    ) -> None:
        self.bits: dict[str, int] = {}
        for phase in ALL_PHASES:
            self.bits[f"phase:{phase.value}"] = 1 << len(self.bits)
        wants: dict[Want, int] = {}
        used = len(self.bits)
        for item in tracked:
            want = Want(item) if isinstance(item, str) else item
            if want in wants:
                continue
            wants[want] = 1 << used
            if want.plain:
                self.bits[want.capability] = 1 << used
            used += 1
        self.want_bits = wants
        bits = self.bits
        phase_bits = [bits[f"phase:{p.value}"] for p in ALL_PHASES]
        rows = list(nodes)
        columns = list(zip(*rows, strict=True)) if rows else [(), (), (), (), ()]
        self.ids: list[str] = list(columns[0])
        self.phase: list[Phase] = list(columns[1])
        self.owner: list[Role | None] = list(columns[2])
        self.cadence: list[Cadence | None] = list(columns[4])
        place = [PHASE_POSITION[phase] for phase in self.phase]
        self.place = place
        self.by_phase: dict[Phase, list[int]] = {p: [] for p in ALL_PHASES}
        lanes = [self.by_phase[p] for p in ALL_PHASES]
        for i, pos in enumerate(place):
            lanes[pos].append(i)
        if builders is None:
            builders = builder_roles(self.owner[i] for i in self.by_phase[Phase.DEVELOP])
        self.builders = builders
        by_capability: defaultdict[str, list[int]] = defaultdict(list)
        own = [phase_bits[pos] for pos in place]
        for i, caps in enumerate(columns[3]):
            for cap in caps:
                by_capability[cap].append(i)
                bit = bits.get(cap)
                if bit:
                    own[i] |= bit
        self.by_capability: dict[str, list[int]] = dict(by_capability)
        self._want_cards: dict[Want, list[int]] = {}
        for want, bit in wants.items():
            if want.plain:
                continue
            for i in self.cards_for(want):
                own[i] |= bit
        self.own = own
        n = len(own)
        position = {node: i for i, node in enumerate(self.ids)}
        self.position = position
        self.id_set = frozenset(self.ids)
        links = list(edges)
        sources = [position[link[0]] for link in links]
        targets = [position[link[1]] for link in links]
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
        # What lies "downstream" for a path rule: everything along the lifecycle's links, and
        # round the feedback loop only into data and development — a lesson travels back to be
        # learnt, it does not deliver an alarm to operations by way of the next release.
        # Without that limit, on a closed board every card would reach every other.
        lesson = {PHASE_POSITION[Phase.DATA], PHASE_POSITION[Phase.DEVELOP]}
        fwd_pred: list[list[int]] = [[] for _ in range(n)]
        back: list[BackLink] = []
        onward: list[list[int]] = [[] for _ in range(n)]
        within: list[list[int]] = [[] for _ in range(n)]
        loops: list[tuple[int, int]] = []
        for link, s, t, edge in zip(links, sources, targets, classes, strict=True):
            if edge == LOOP:
                loops.append((s, t))
                continue
            onward[s].append(t)
            if place[s] in lesson and place[t] in lesson:
                within[s].append(t)
            if edge == UPSTREAM:
                fwd_pred[t].append(s)
            else:
                back.append(BackLink(link[3], link[0], link[1]))
        self.back_links = back
        self.fwd_pred = fwd_pred
        order = topological_order(onward)
        self.cyclic = order is None
        if order is None:
            learnt, below, above = _masks_with_cycles(
                onward, within, fwd_pred=fwd_pred, own=own, loops=loops, place=place, lesson=lesson
            )
        else:
            # One topological order of the links serves all three closures: 'within' is a
            # part of 'onward', and upstream links run the same way, so reversed it orders
            # the upstream graph too.
            learnt = own[:]
            if loops:
                for v in reversed(order):
                    nbrs = within[v]
                    if nbrs:
                        mask = learnt[v]
                        for w in nbrs:
                            mask |= learnt[w]
                        learnt[v] = mask
            # The closure is an OR over what is reachable, so what the loop carries back can
            # be seeded at the card it leaves from and closed over in the same pass.
            below = own[:]
            for s, t in loops:
                below[s] |= learnt[t] if place[t] in lesson else own[t]
            for v in reversed(order):
                nbrs = onward[v]
                if nbrs:
                    mask = below[v]
                    for w in nbrs:
                        mask |= below[w]
                    below[v] = mask
            above = own[:]
            for v in order:
                preds = fwd_pred[v]
                if preds:
                    mask = above[v]
                    for p in preds:
                        mask |= above[p]
                    above[v] = mask
        self.onward = onward
        self.within = within
        self.learnt = learnt
        """Tokens reachable from each card within the data and development lanes."""
        self.loop_succ: list[list[int]] = [[] for _ in range(n)]
        for s, t in loops:
            self.loop_succ[s].append(t)
        self.lesson_lanes = lesson
        self.has_loops = bool(loops)
        self.below = below
        self.above = above
        self._release: int | None = None
        self._strict: list[int] | None = None
        self._earliest: dict[str, int | None] = {}
        self._lesson_nodes: set[int] | None = None
        self.memo: dict[str, Gap | None] = {}
        """Answers to questions rules ask of this index, kept for the rules that ask again."""

    @classmethod
    def from_graph(
        cls,
        graph: nx.DiGraph,
        tracked: Iterable[str | Want] = (),
        *,
        in_place_only: bool = False,
        builders: frozenset[Role] | None = None,
    ) -> GraphIndex:
        """The index of a graph built by ``app.graph.build_graph``.

        With ``in_place_only`` only the cards in place and the links between them
        count: the evidence that a duty is carried, not the intent.
        """
        keep = {
            node
            for node, status in graph.nodes(data="status")
            if not in_place_only or status is Status.IN_PLACE
        }
        return cls(
            (
                (node, a["phase"], a["owner_role"], a["capabilities"], a["cadence"])
                for node, a in graph.nodes(data=True)
                if node in keep
            ),
            (
                (s, t, a["kind"], a["id"])
                for s, t, a in graph.edges(data=True)
                if s in keep and t in keep
            ),
            tracked,
            builders,
        )

    @classmethod
    def from_strategy(
        cls,
        strategy: Strategy,
        tracked: Iterable[str | Want] = (),
        *,
        in_place_only: bool = False,
        builders: frozenset[Role] | None = None,
    ) -> GraphIndex:
        """The index of ``build_graph(strategy)``, read straight from the strategy."""
        cards: Iterable[Card] = strategy.cards.values()
        links: Iterable[Link] = strategy.links.values()
        if in_place_only:
            cards = [c for c in cards if c.status is Status.IN_PLACE]
            kept = {c.id for c in cards}
            links = [lk for lk in links if lk.source in kept and lk.target in kept]
        return cls(
            ((c.id, c.phase, c.owner_role, c.capabilities, c.cadence) for c in cards),
            ((lk.source, lk.target, lk.kind, lk.id) for lk in links),
            tracked,
            builders,
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

    def recurs(self, i: int) -> bool:
        """Whether card ``i`` repeats in operation (states a cadence other than once)."""
        cadence = self.cadence[i]
        return cadence is not None and cadence.recurring

    def independent(self, i: int) -> bool:
        """Whether card ``i`` is owned by someone outside the team that builds the model."""
        owner = self.owner[i]
        return owner is not None and owner not in self.builders

    def cards_for(self, want: Want) -> list[int]:
        """Card positions that qualify for ``want``."""
        if want.plain:
            return self.by_capability.get(want.capability, [])
        cached = self._want_cards.get(want)
        if cached is not None:
            return cached
        cards = self.cards_with(want.capability, want.phase)
        if want.role is not None:
            cards = [i for i in cards if self.owner[i] is want.role]
        if want.independent:
            cards = [i for i in cards if self.independent(i)]
        if want.recurring:
            cards = [i for i in cards if self.recurs(i)]
        self._want_cards[want] = cards
        return cards

    def bit(self, want: Want) -> int:
        """The token bit of a tracked want."""
        return self.want_bits[want]

    def release_mask(self) -> int:
        """Tokens upstream (forward links) of every Deployment card: what gates the release.

        0 when there is no deployment card: nothing is released, so nothing gates it.
        """
        if self._release is None:
            deploy = self.by_phase[Phase.DEPLOY]
            mask = -1 if deploy else 0
            strict = self._strictly_above_all()
            for d in deploy:
                mask &= strict[d]
            self._release = mask
        return self._release

    def ungated(self, want: Want) -> list[int]:
        """The Deployment cards with no card qualifying for ``want`` upstream of them."""
        bit = self.bit(want)
        strict = self._strictly_above_all()
        return [d for d in self.by_phase[Phase.DEPLOY] if not strict[d] & bit]

    def _strictly_above_all(self) -> list[int]:
        """``strictly_above`` of every card, worked out once (rules ask it of many cards)."""
        if self._strict is None:
            above = self.above
            strict: list[int] = []
            for preds in self.fwd_pred:
                mask = 0
                for p in preds:
                    mask |= above[p]
                strict.append(mask)
            self._strict = strict
        return self._strict

    def reaches_other(self, i: int, want: Want) -> bool:
        """Whether a card other than ``i`` qualifying for ``want`` is downstream of ``i``.

        Downstream as ``below`` has it: along the lifecycle, and round the loop only into
        data and development.
        """
        bit = self.bit(want)
        mask = 0
        below = self.below
        for s in self.onward[i]:
            mask |= below[s]
        for s in self.loop_succ[i]:
            mask |= self.learnt[s] if self.place[s] in self.lesson_lanes else self.own[s]
        if not mask & bit:
            return False
        if not (self.own[i] & bit and (self.cyclic or self.has_loops)):
            return True  # no way back to i: what is downstream is another card
        return self._search_other(i, set(self.cards_for(want)) - {i})

    def lesson_lanes_nodes(self) -> set[int]:
        """Cards in the data and development lanes (where the loop may carry a lesson)."""
        if self._lesson_nodes is None:
            self._lesson_nodes = {i for i, pos in enumerate(self.place) if pos in self.lesson_lanes}
        return self._lesson_nodes

    def _search_other(self, i: int, targets: set[int]) -> bool:
        """A search from ``i`` by the rules of ``below``, for a target other than ``i``."""
        lessons = self.lesson_lanes_nodes()
        seen: set[tuple[int, bool]] = set()
        queue: deque[tuple[int, bool]] = deque()
        for nxt in self.onward[i]:
            queue.append((nxt, False))
        for nxt in self.loop_succ[i]:
            queue.append((nxt, True))
        while queue:
            node, looped = queue.popleft()
            if (node, looped) in seen:
                continue
            seen.add((node, looped))
            if node in targets:
                return True
            if looped:
                if node in lessons:
                    queue.extend((nxt, True) for nxt in self.within[node])
                continue
            queue.extend((nxt, False) for nxt in self.onward[node])
            queue.extend((nxt, True) for nxt in self.loop_succ[node])
        return False

    def strictly_above(self, i: int) -> int:
        """Tokens strictly upstream of card ``i`` along forward links."""
        return self._strictly_above_all()[i]

    def earliest_lifecycle_index(self, cards: Iterable[int]) -> int | None:
        """The earliest lifecycle position among ``cards`` (governance cards have none)."""
        governance = PHASE_POSITION[Phase.GOVERNANCE]
        place = self.place
        return min((place[i] for i in cards if place[i] != governance), default=None)

    def earliest_with(self, capability: str) -> int | None:
        """The earliest lifecycle position of a card providing ``capability`` (cached)."""
        if capability not in self._earliest:
            found = self.earliest_lifecycle_index(self.cards_with(capability))
            self._earliest[capability] = found
        return self._earliest[capability]

    def names(self, cards: Iterable[int]) -> tuple[str, ...]:
        """Card ids of positions, sorted for stable output."""
        return tuple(sorted(self.ids[i] for i in cards))
