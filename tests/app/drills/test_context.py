"""``prepare`` reads the strategy directly exactly as it reads the strategy's graph."""

from __future__ import annotations

from hypothesis import given, settings

from app.demo import build_demo
from app.drills.context import prepare
from app.graph import build_graph
from app.resources import load_library
from models.strategy import Strategy
from tests.strategies.domain import strategies


@settings(max_examples=200, deadline=None)
@given(strategies())
def test_without_a_graph_the_context_is_the_graphs(strategy: Strategy) -> None:
    assert prepare(strategy) == prepare(strategy, build_graph(strategy))


def test_the_demo_strategies_prepare_alike() -> None:
    for strategy in build_demo(load_library()).strategies:
        direct = prepare(strategy)
        assert direct == prepare(strategy, build_graph(strategy))
        assert direct.successors, "the demo has linked active cards"
