"""A demo strategy after a team closed some drill gaps: handled, late and missed events."""

from __future__ import annotations

from collections.abc import Iterable

from app.demo import build_demo
from app.document import Document
from app.drills import closing_operation, trace
from app.drills.report import catalog_providers
from app.resources import ContentLibrary
from models.drills import DrillEvent
from models.strategy import Strategy

MAX_STEPS = 6


def demo_strategy(library: ContentLibrary, index: int = 0) -> Strategy:
    """A fresh copy of a demo strategy (0: Aurora, partly built; 1: Borealis, just started)."""
    return build_demo(library).strategies[index].model_copy(deep=True)


def close_gaps(
    strategy: Strategy, library: ContentLibrary, events: Iterable[DrillEvent]
) -> Strategy:
    """Apply each event's closing operation until its chain is whole (bounded), as a team would."""
    document = Document(strategy)
    providers = catalog_providers(library)
    for event in events:
        for _ in range(MAX_STEPS):
            timeline = trace(event, document.strategy, providers=providers)
            op = closing_operation(timeline, event, document.strategy, library)
            if op is None:
                break
            document.apply(op)
    return document.strategy
