"""Tracing each shipped event through strategies built to handle it, and with each link missing."""

from __future__ import annotations

import pytest

from app.drills import load_events, prepare, run_drills, trace
from models.drills import DrillEvent, DrillOutcome, Stage
from models.phases import Phase
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, LinkKind, Role, Status
from tests.app.drills.chains import NEUTRAL, chain_strategy, detect_cap, empty_strategy, respond_cap

EVENTS = {event.key: event for event in load_events().events}
KEYS = sorted(EVENTS)


@pytest.mark.parametrize("key", KEYS)
def test_event_is_handled_by_a_strategy_built_for_it(key: str) -> None:
    event = EVENTS[key]
    chain = chain_strategy(event)
    timeline = trace(event, chain.strategy)
    assert timeline.outcome is DrillOutcome.HANDLED
    assert timeline.broken is None
    assert [s.stage for s in timeline.steps] == list(Stage)
    assert timeline.lit_card_ids == chain.order
    detected = timeline.step(Stage.DETECTED)
    handled = timeline.step(Stage.HANDLED)
    assert detected is not None
    assert handled is not None
    assert detected.card_ids == ("detector",)
    assert handled.role is event.response_owner
    assert timeline.handled_day is not None
    assert timeline.handled_day <= event.deadline_days
    assert timeline.harm == pytest.approx(event.harm_per_day * timeline.handled_day)
    days = [s.day for s in timeline.steps]
    assert days == sorted(days)


@pytest.mark.parametrize("key", KEYS)
def test_missing_detection_is_missed_and_names_the_capability(key: str) -> None:
    event = EVENTS[key]
    providers = {event.detect_capabilities[0]: ["catalog-a", "catalog-b"]}
    timeline = trace(event, chain_strategy(event, detect=False).strategy, providers=providers)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.DETECTED
    assert timeline.broken.capability == event.detect_capabilities[0]
    assert timeline.broken.suggestions == ("catalog-a", "catalog-b")
    assert timeline.lit_card_ids == ()
    assert timeline.harm == pytest.approx(event.harm_per_day * 90.0)


@pytest.mark.parametrize("key", KEYS)
def test_missing_response_owner_breaks_at_handling(key: str) -> None:
    event = EVENTS[key]
    timeline = trace(event, chain_strategy(event, owned=False).strategy)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.HANDLED
    assert timeline.broken.role is event.response_owner
    assert timeline.broken.card_ids == ("responder",)
    assert "no owner" in timeline.broken.reason
    assert timeline.lit_card_ids == ("detector",)


@pytest.mark.parametrize("key", KEYS)
def test_missing_feedback_is_late_and_points_at_the_lesson(key: str) -> None:
    event = EVENTS[key]
    chain = chain_strategy(event, feedback=False)
    timeline = trace(event, chain.strategy)
    assert timeline.outcome is DrillOutcome.LATE
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.FED_BACK
    # The lessons-learned card is reachable; only its link into the lifecycle is missing.
    assert timeline.broken.card_ids == ("lessons",)
    assert timeline.lit_card_ids == ("detector", "responder")
    assert timeline.step(Stage.HANDLED) is not None


def test_missing_feedback_without_any_carrier_names_the_feedback_capability() -> None:
    event = EVENTS["policy-drift"]
    strategy = chain_strategy(event).strategy
    strategy.links.pop("responder-lessons")
    strategy.links.pop("lessons-target")
    strategy.cards.pop("lessons")
    timeline = trace(event, strategy, providers={"representativeness": ["rep-check"]})
    assert timeline.broken is not None
    assert timeline.broken.capability == "representativeness"
    assert timeline.broken.suggestions == ("rep-check",)
    assert timeline.broken.card_ids == ("responder",)


def test_unlinked_lesson_carrier_breaks_with_the_missing_link() -> None:
    event = EVENTS["policy-drift"]
    strategy = chain_strategy(event).strategy
    strategy.links.pop("responder-lessons")
    timeline = trace(event, strategy)
    assert timeline.outcome is DrillOutcome.LATE
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.FED_BACK
    assert timeline.broken.capability is None
    assert timeline.broken.card_ids == ("responder", "lessons")


def test_unlinked_responder_breaks_with_the_missing_link() -> None:
    event = EVENTS["service-outage"]
    timeline = trace(event, chain_strategy(event, link_detect_to_respond=False).strategy)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.capability is None
    assert timeline.broken.card_ids == ("detector", "responder")


def test_no_responder_at_all_names_the_response_capability() -> None:
    event = EVENTS["service-outage"]
    strategy = chain_strategy(event).strategy
    strategy.cards["responder"] = strategy.cards["responder"].model_copy(
        update={"capabilities": (NEUTRAL,)}
    )
    timeline = trace(event, strategy, providers={"incident-response": ["on-call"]})
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.HANDLED
    assert timeline.broken.capability == "incident-response"
    assert timeline.broken.suggestions == ("on-call",)


@pytest.mark.parametrize(
    ("cadence", "detect_day", "outcome"),
    [
        (Cadence.CONTINUOUS, 0.1, DrillOutcome.HANDLED),
        (Cadence.WEEKLY, 7.0, DrillOutcome.HANDLED),
        (Cadence.MONTHLY, 30.0, DrillOutcome.LATE),
        (Cadence.QUARTERLY, 91.0, DrillOutcome.LATE),
        (None, 30.0, DrillOutcome.LATE),  # no cadence: the event's own detect_days
    ],
)
def test_cadence_sets_time_to_detect(
    cadence: Cadence | None, detect_day: float, outcome: DrillOutcome
) -> None:
    event = EVENTS["policy-drift"]
    timeline = trace(event, chain_strategy(event, cadence=cadence).strategy)
    detected = timeline.step(Stage.DETECTED)
    assert detected is not None
    assert detected.day == pytest.approx(detect_day)
    assert timeline.handled_day == pytest.approx(detect_day + 1.0 + event.response_days)
    assert timeline.outcome is outcome


def test_faster_cadence_never_handles_later() -> None:
    event = EVENTS["silent-accuracy-decay"]
    repeating = [c for c in Cadence if c.recurring]
    handled = [
        trace(event, chain_strategy(event, cadence=c).strategy).handled_day for c in repeating
    ]
    assert handled == sorted(handled)  # type: ignore[type-var]


@pytest.mark.parametrize("key", KEYS)
def test_a_one_off_activity_cannot_detect_what_happens_in_operation(key: str) -> None:
    event = EVENTS[key]
    timeline = trace(event, chain_strategy(event, cadence=Cadence.ONCE).strategy)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.DETECTED
    assert "runs once" in timeline.broken.reason
    assert timeline.broken.card_ids == ("detector",)


@pytest.mark.parametrize("key", KEYS)
def test_planned_detector_does_not_count(key: str) -> None:
    event = EVENTS[key]
    timeline = trace(event, chain_strategy(event, detect_status=Status.PLANNED).strategy)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.DETECTED
    assert "planned" in timeline.broken.reason
    assert timeline.broken.card_ids == ("detector",)


def test_planned_responder_does_not_count() -> None:
    event = EVENTS["training-data-leak"]
    timeline = trace(event, chain_strategy(event, respond_status=Status.PLANNED).strategy)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.HANDLED


def test_in_progress_cards_count() -> None:
    event = EVENTS["citizen-appeal"]
    chain = chain_strategy(
        event, detect_status=Status.IN_PROGRESS, respond_status=Status.IN_PROGRESS
    )
    assert trace(event, chain.strategy).outcome is DrillOutcome.HANDLED


def test_a_role_the_event_also_names_may_own_the_response() -> None:
    event = EVENTS["training-data-leak"]
    assert Role.IT_OPERATIONS in event.also_owners
    timeline = trace(event, chain_strategy(event, owner=Role.IT_OPERATIONS).strategy)
    handled = timeline.step(Stage.HANDLED)
    assert timeline.outcome is DrillOutcome.HANDLED
    assert handled is not None
    assert handled.role is Role.IT_OPERATIONS


def test_a_response_owned_by_a_role_the_event_does_not_name_is_not_accepted() -> None:
    event = EVENTS["training-data-leak"]
    assert Role.DOMAIN_EXPERT not in event.owners
    timeline = trace(event, chain_strategy(event, owner=Role.DOMAIN_EXPERT).strategy)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.HANDLED
    assert "owned by Domain expert" in timeline.broken.reason
    assert Role.PRIVACY_ETHICS.label in timeline.broken.reason
    assert timeline.broken.card_ids == ("responder",)


def test_one_card_cannot_detect_answer_and_learn_from_its_own_failure() -> None:
    event = EVENTS["citizen-appeal"]
    both = Card(
        id="appeals",
        title="Appeals desk",
        phase=Phase.FEEDBACK,
        owner_role=Role.DOMAIN_EXPERT,
        status=Status.IN_PLACE,
        capabilities=("appeal-process",),
        cadence=Cadence.DAILY,
    )
    data = Card(id="data", title="Training data", phase=Phase.DATA, status=Status.IN_PLACE)
    strategy = Strategy(
        id="s",
        workshop_id="w",
        scenario_key="k",
        name="Appeals",
        cards={"appeals": both, "data": data},
        links={"l": Link(id="l", source="appeals", target="data")},
    )
    timeline = trace(event, strategy)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.HANDLED
    assert "would answer it alone" in timeline.broken.reason
    assert timeline.broken.card_ids == ("appeals",)
    # A second card, owned by a role the event names, answers the alarm: now it is handled,
    # and the lesson still has to travel on to another card (the training data).
    review = Card(
        id="review",
        title="Caseworker re-decides",
        phase=Phase.DEPLOY,
        owner_role=Role.DOMAIN_EXPERT,
        status=Status.IN_PLACE,
        capabilities=("human-decision",),
    )
    strategy.cards["review"] = review
    strategy.links["a"] = Link(id="a", source="appeals", target="review", kind=LinkKind.TRIGGERS)
    strategy.links["b"] = Link(id="b", source="review", target="data", kind=LinkKind.FEEDS_BACK)
    timeline = trace(event, strategy)
    assert timeline.outcome is DrillOutcome.HANDLED
    assert timeline.lit_card_ids == ("appeals", "review", "data")


def test_slower_detector_that_reaches_a_response_wins_over_a_faster_dead_end() -> None:
    event = EVENTS["policy-drift"]
    chain = chain_strategy(event, cadence=Cadence.WEEKLY)
    fast = Card(
        id="fast",
        title="Fast but isolated",
        phase=Phase.MONITOR,
        status=Status.IN_PLACE,
        capabilities=(detect_cap(event),),
        cadence=Cadence.CONTINUOUS,
    )
    chain.strategy.cards["fast"] = fast
    timeline = trace(event, chain.strategy)
    detected = timeline.step(Stage.DETECTED)
    assert detected is not None
    assert detected.card_ids == ("detector",)
    assert detected.day == 7.0


def test_empty_strategy_is_not_detected(shipped_events: tuple[DrillEvent, ...]) -> None:
    for timeline in run_drills(empty_strategy(), shipped_events):
        assert timeline.outcome is DrillOutcome.MISSED
        assert timeline.broken is not None
        assert timeline.broken.stage is Stage.DETECTED
        assert timeline.broken.reason.startswith("Not detected")
        assert [s.stage for s in timeline.steps] == [Stage.OCCURRED]


def test_cycle_of_links_does_not_hang() -> None:
    event = EVENTS["service-outage"]
    cards = {
        f"c{i}": Card(
            id=f"c{i}",
            title=f"Card {i}",
            phase=Phase.MONITOR,
            status=Status.IN_PLACE,
            capabilities=("service-monitoring",) if i == 0 else (NEUTRAL,),
        )
        for i in range(5)
    }
    links = {f"l{i}": Link(id=f"l{i}", source=f"c{i}", target=f"c{(i + 1) % 5}") for i in range(5)}
    links["back"] = Link(id="back", source="c3", target="c1")
    strategy = Strategy(
        id="s", workshop_id="w", scenario_key="k", name="Loop", cards=cards, links=links
    )
    timeline = trace(event, strategy)
    assert timeline.outcome is DrillOutcome.MISSED
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.HANDLED


def test_run_drills_accepts_a_prepared_context(shipped_events: tuple[DrillEvent, ...]) -> None:
    event = EVENTS["vendor-model-update"]
    strategy = chain_strategy(event).strategy
    assert run_drills(prepare(strategy), shipped_events) == run_drills(strategy, shipped_events)


def test_harm_unit_is_carried() -> None:
    event = EVENTS["service-outage"]
    timeline = trace(event, empty_strategy(), harm_unit="applications delayed")
    assert timeline.harm_unit == "applications delayed"


def test_respond_cap_helper_is_disjoint_for_every_event() -> None:
    for event in EVENTS.values():
        assert respond_cap(event) not in event.detect_capabilities
        assert detect_cap(event) not in event.respond_capabilities


def test_prepared_context_is_a_snapshot() -> None:
    event = EVENTS["service-outage"]
    strategy = chain_strategy(event).strategy
    context = prepare(strategy)
    strategy.cards.pop("target")
    strategy.links.pop("lessons-target")
    assert trace(event, context).outcome is DrillOutcome.HANDLED
    assert trace(event, strategy).outcome is DrillOutcome.LATE


def test_prepare_accepts_the_checkers_graph() -> None:
    from app.graph import build_graph

    event = EVENTS["policy-drift"]
    strategy = chain_strategy(event).strategy
    given = prepare(strategy, build_graph(strategy))
    assert trace(event, given) == trace(event, strategy)
