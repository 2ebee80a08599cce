"""The seeded year in production: deterministic, strategy-independent draws, controls that help."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.drills import drill_report, harm_totals, outcome_row, run_drills, simulate_year
from models.drills import DrillEvent, DrillOutcome, SimulationParams, Stage
from models.strategy import Strategy
from tests.app.drills.chains import chain_strategy, empty_strategy


def _combined(events: tuple[DrillEvent, ...]) -> Strategy:
    """One strategy holding a full chain for every event (ids prefixed per event)."""
    cards = {}
    links = {}
    for event in events:
        chain = chain_strategy(event).strategy
        rename = {cid: f"{event.key}.{cid}" for cid in chain.cards}
        for cid, card in chain.cards.items():
            cards[rename[cid]] = card.model_copy(update={"id": rename[cid]})
        for lid, link in chain.links.items():
            new = f"{event.key}.{lid}"
            links[new] = link.model_copy(
                update={"id": new, "source": rename[link.source], "target": rename[link.target]}
            )
    return Strategy(
        id="all", workshop_id="w", scenario_key="k", name="All", cards=cards, links=links
    )


def test_same_seed_gives_an_identical_year(
    shipped_events: tuple[DrillEvent, ...], params: SimulationParams
) -> None:
    strategy = _combined(shipped_events)
    first = simulate_year(strategy, shipped_events, seed=42, params=params)
    second = simulate_year(strategy, shipped_events, seed=42, params=params)
    assert first == second
    assert first.model_dump_json() == second.model_dump_json()


def test_different_seed_gives_a_different_year(
    shipped_events: tuple[DrillEvent, ...], params: SimulationParams
) -> None:
    strategy = _combined(shipped_events)
    years = {
        simulate_year(strategy, shipped_events, seed=s, params=params).model_dump_json()
        for s in range(5)
    }
    assert len(years) == 5


def test_global_random_state_does_not_matter(
    shipped_events: tuple[DrillEvent, ...], params: SimulationParams
) -> None:
    random.seed(1)
    first = simulate_year(empty_strategy(), shipped_events, seed=7, params=params)
    random.seed(2)
    second = simulate_year(empty_strategy(), shipped_events, seed=7, params=params)
    assert first == second


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=-(2**63), max_value=2**63))
def test_every_year_follows_the_rules(seed: int) -> None:
    from app.drills import load_events, load_simulation

    events = load_events().events
    params = load_simulation()
    full = simulate_year(_combined(events), events, seed=seed, params=params)
    bare = simulate_year(empty_strategy(), events, seed=seed, params=params)
    assert len(full.months) == params.months
    assert params.events_min <= len(full.events) <= params.events_max
    # The seed alone decides which events strike and when, whatever the strategy.
    assert [(e.timeline.event_key, e.day_of_year) for e in full.events] == [
        (e.timeline.event_key, e.day_of_year) for e in bare.events
    ]
    days = [e.day_of_year for e in full.events]
    assert days == sorted(days)
    for point in full.months:
        assert point.accuracy_with >= point.accuracy_without
        assert point.gap_with <= point.gap_without
    for point in bare.months:
        assert point.accuracy_with == point.accuracy_without
        assert point.gap_with == point.gap_without
    assert bare.resilience == 0.0
    assert all(e.timeline.harm <= e.harm_without for e in full.events)
    totals = harm_totals(full)
    assert totals["with"] <= totals["without"]


def test_controls_recover_the_damage(
    shipped_events: tuple[DrillEvent, ...], params: SimulationParams
) -> None:
    year = simulate_year(_combined(shipped_events), shipped_events, seed=3, params=params)
    last = year.months[-1]
    assert last.accuracy_with > last.accuracy_without
    assert year.resilience == 1.0


def test_a_missing_feedback_leaves_some_damage(params: SimulationParams) -> None:
    from app.drills import load_events

    event = load_events().by_key()["upstream-pipeline-change"]
    pool = (event,)
    one = params.model_copy(update={"events_min": 1, "events_max": 1})
    fed = simulate_year(chain_strategy(event).strategy, pool, seed=5, params=one)
    unfed = simulate_year(chain_strategy(event, feedback=False).strategy, pool, seed=5, params=one)
    assert unfed.events[0].timeline.outcome is DrillOutcome.LATE
    assert fed.events[0].timeline.outcome is DrillOutcome.HANDLED
    assert unfed.months[-1].accuracy_with < fed.months[-1].accuracy_with
    assert unfed.months[-1].accuracy_with > unfed.months[-1].accuracy_without


def test_quiet_year_is_flat_and_fully_resilient(
    shipped_events: tuple[DrillEvent, ...], params: SimulationParams
) -> None:
    quiet = params.model_copy(update={"events_min": 0, "events_max": 0})
    year = simulate_year(empty_strategy(), shipped_events, seed=1, params=quiet)
    assert year.events == ()
    assert year.resilience == 1.0


def test_report_gathers_the_table_and_the_year(
    shipped_events: tuple[DrillEvent, ...], params: SimulationParams
) -> None:
    event = shipped_events[0]
    strategy = chain_strategy(event).strategy
    report = drill_report(strategy, shipped_events, params=params, seed=9, harm_unit="claims")
    assert [r.event_key for r in report.rows] == [e.key for e in shipped_events]
    assert report.harm_unit == "claims"
    assert report.year == simulate_year(
        strategy, shipped_events, seed=9, params=params, harm_unit="claims"
    )
    handled = sum(r.outcome is DrillOutcome.HANDLED for r in report.rows)
    assert report.resilience == handled / len(shipped_events)
    row = next(r for r in report.rows if r.event_key == event.key)
    assert row.detected_by == "Detector"
    assert row.handled_by.startswith("Responder (")
    assert row.fed_back_via == "Lessons learned → Lifecycle target"


def test_outcome_row_describes_the_break(shipped_events: tuple[DrillEvent, ...]) -> None:
    event = shipped_events[0]
    unowned = chain_strategy(event, owned=False).strategy
    (timeline,) = run_drills(unowned, [event])
    row = outcome_row(timeline, unowned.cards)
    assert row.outcome is DrillOutcome.MISSED
    assert row.broken_at is Stage.HANDLED
    assert row.missing == f"owner: {event.response_owner.value}"
    (bare,) = run_drills(empty_strategy(), [event])
    assert outcome_row(bare, {}).missing == event.detect_capabilities[0]
