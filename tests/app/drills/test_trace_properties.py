"""Properties of tracing over arbitrary graphs (cycles, planned cards): it always ends."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.drills import load_events, trace
from models.drills import DrillOutcome, Stage
from models.phases import ALL_PHASES
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, Role, Status

EVENTS = load_events().events
CAPS = sorted(
    {c for e in EVENTS for c in (*e.detect_capabilities, *e.respond_capabilities)}
    | {"lessons-learned", "experiment-tracking"}
)


@st.composite
def strategies(draw: st.DrawFn) -> Strategy:
    """Random strategies over the events' own capabilities; cycles allowed."""
    n = draw(st.integers(min_value=0, max_value=12))
    cards = {}
    for i in range(n):
        cards[f"c{i}"] = Card(
            id=f"c{i}",
            title=f"Card {i}",
            phase=draw(st.sampled_from(ALL_PHASES)),
            owner_role=draw(st.none() | st.sampled_from(list(Role))),
            status=draw(st.sampled_from(list(Status))),
            capabilities=tuple(draw(st.lists(st.sampled_from(CAPS), max_size=3))),
            cadence=draw(st.none() | st.sampled_from(list(Cadence))),
        )
    pairs = draw(
        st.sets(
            st.tuples(st.integers(0, max(n - 1, 0)), st.integers(0, max(n - 1, 0))),
            max_size=3 * n,
        )
    )
    links = {
        f"l{a}-{b}": Link(id=f"l{a}-{b}", source=f"c{a}", target=f"c{b}")
        for a, b in pairs
        if a != b and n
    }
    return Strategy(
        id="s", workshop_id="w", scenario_key="k", name="Random", cards=cards, links=links
    )


@settings(max_examples=100, deadline=None)
@given(strategy=strategies(), index=st.integers(0, len(EVENTS) - 1))
def test_trace_always_ends_with_a_consistent_timeline(strategy: Strategy, index: int) -> None:
    event = EVENTS[index]
    timeline = trace(event, strategy)
    stages = [s.stage for s in timeline.steps]
    assert stages == list(Stage)[: len(stages)]
    days = [s.day for s in timeline.steps]
    assert days == sorted(days)
    for card_id in timeline.lit_card_ids:
        card = strategy.cards[card_id]
        assert card.status is not Status.PLANNED
    if timeline.outcome is DrillOutcome.HANDLED:
        assert timeline.broken is None
        assert len(stages) == 4
    elif timeline.outcome is DrillOutcome.MISSED:
        assert timeline.broken is not None
        assert timeline.handled_day is None
        assert timeline.broken.stage in (Stage.DETECTED, Stage.HANDLED)
    else:
        assert timeline.handled_day is not None
        assert timeline.broken is not None or timeline.handled_day > event.deadline_days
    if timeline.broken is not None:
        assert timeline.broken.stage not in stages
        assert set(timeline.broken.card_ids) <= set(strategy.cards)
