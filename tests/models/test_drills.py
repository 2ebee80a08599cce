"""Drill records: event validation, timeline helpers, the resilience score."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from models.drills import (
    DrillEvent,
    DrillOutcome,
    SimulationParams,
    Stage,
    Timeline,
    TimelineStep,
    resilience,
)
from models.phases import Phase
from models.vocabulary import Role


def _event(**changes: Any) -> DrillEvent:
    data: dict[str, Any] = {
        "key": "outage",
        "title": "Outage",
        "description": "The service is down.",
        "arises_in": "deploy",
        "detect_capabilities": ["service-monitoring"],
        "respond_capabilities": ["incident-response"],
        "response_owner": "it-operations",
    }
    data.update(changes)
    return DrillEvent.model_validate(data)


def _timeline(outcome: DrillOutcome, *steps: TimelineStep) -> Timeline:
    return Timeline(
        event_key="e",
        event_title="E",
        outcome=outcome,
        steps=steps,
        deadline_days=10,
        harm=0,
        harm_unit="people affected",
    )


def test_event_defaults_and_phase_parsing() -> None:
    event = _event()
    assert event.arises_in is Phase.DEPLOY
    assert event.response_owner is Role.IT_OPERATIONS
    assert event.feedback_targets == (Phase.DATA, Phase.DEVELOP)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"arises_in": "production"}, "arises_in"),
        ({"detect_capabilities": []}, "detect_capabilities"),
        ({"respond_capabilities": ["Not A Key"]}, "respond_capabilities"),
        ({"response_owner": "minister"}, "response_owner"),
        ({"feedback_targets": ["governance"]}, "feedback_targets"),
        ({"feedback_targets": []}, "feedback_targets"),
        ({"onset_month": 13}, "onset_month"),
        ({"deadline_days": 0}, "deadline_days"),
        ({"harm_per_day": -1}, "harm_per_day"),
        ({"accuracy_impact": 1.5}, "accuracy_impact"),
        ({"surprise": True}, "surprise"),
    ],
)
def test_invalid_event_names_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _event(**changes)
    assert caught.value.errors()[0]["loc"][0] == field


def test_event_is_frozen() -> None:
    event = _event()
    with pytest.raises(ValidationError):
        event.title = "Changed"  # type: ignore[misc]


def test_duplicate_feedback_targets_collapse_in_order() -> None:
    assert _event(feedback_targets=["develop", "data", "develop"]).feedback_targets == (
        Phase.DEVELOP,
        Phase.DATA,
    )


def test_lit_card_ids_keep_order_and_drop_repeats() -> None:
    timeline = _timeline(
        DrillOutcome.HANDLED,
        TimelineStep(stage=Stage.OCCURRED, day=0, summary="o"),
        TimelineStep(stage=Stage.DETECTED, day=1, card_ids=("b",), summary="d"),
        TimelineStep(stage=Stage.HANDLED, day=2, card_ids=("a", "b"), summary="h"),
        TimelineStep(stage=Stage.FED_BACK, day=3, card_ids=("c",), summary="f"),
    )
    assert timeline.lit_card_ids == ("b", "a", "c")
    assert timeline.step(Stage.HANDLED) is not None
    assert _timeline(DrillOutcome.MISSED).step(Stage.DETECTED) is None


def test_resilience_counts_only_handled_in_time() -> None:
    outcomes = [DrillOutcome.HANDLED, DrillOutcome.LATE, DrillOutcome.MISSED, DrillOutcome.HANDLED]
    assert resilience([_timeline(o) for o in outcomes]) == 0.5
    assert resilience([]) == 1.0


def test_simulation_params_refuse_nonsense() -> None:
    with pytest.raises(ValidationError):
        SimulationParams(months=0)
    with pytest.raises(ValidationError):
        SimulationParams(baseline_accuracy=2.0)
