"""Reachability computed once per check agrees with NetworkX, on DAGs and graphs with cycles."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from app.checker.reach import GraphIndex, closure_masks
from app.graph import build_graph
from models.phases import ALL_PHASES
from models.vocabulary import LinkKind
from tests.app.checker.helpers import card, strategy

graphs = st.integers(min_value=1, max_value=25).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda e: e[0] != e[1]),
            max_size=3 * n,
            unique=True,
        ),
    )
)


@given(graphs)
def test_closure_masks_equal_descendant_sets(graph: tuple[int, list[tuple[int, int]]]) -> None:
    n, edges = graph
    succ: list[list[int]] = [[] for _ in range(n)]
    for s, t in edges:
        succ[s].append(t)
    own = [1 << i for i in range(n)]
    masks = closure_masks(succ, own)
    reference = nx.DiGraph()
    reference.add_nodes_from(range(n))
    reference.add_edges_from(edges)
    for v in range(n):
        expected = {v} | nx.descendants(reference, v)
        assert masks[v] == sum(1 << w for w in expected)


strategies = st.integers(min_value=1, max_value=14).flatmap(
    lambda n: st.tuples(
        st.lists(st.sampled_from(ALL_PHASES), min_size=n, max_size=n),
        st.lists(
            st.tuples(
                st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(list(LinkKind))
            ).filter(lambda e: e[0] != e[1]),
            max_size=2 * n,
            unique_by=lambda e: (e[0], e[1]),
        ),
        st.lists(st.sampled_from(["dpia", "fria", "retraining"]), max_size=2),
    )
)


@settings(max_examples=60)
@given(strategies)
def test_index_from_strategy_equals_index_from_the_networkx_graph(spec: tuple) -> None:
    phases, edges, caps = spec
    cards = [card(f"c{i}", phase, caps if i % 2 else ()) for i, phase in enumerate(phases)]
    s = strategy(cards, [(f"c{a}", f"c{b}", kind) for a, b, kind in edges])
    tracked = ("dpia", "fria", "retraining")
    fast = GraphIndex.from_strategy(s, tracked)
    slow = GraphIndex.from_graph(build_graph(s), tracked)
    for name in ("ids", "phase", "owner", "by_capability", "by_phase", "own", "below", "above"):
        assert getattr(fast, name) == getattr(slow, name), name
    assert sorted(fast.orphans) == sorted(slow.orphans)
    assert sorted(b.link_id for b in fast.back_links) == sorted(b.link_id for b in slow.back_links)
