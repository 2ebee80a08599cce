"""Reflections and observations: kept one per person or per drill, replaced, listed, cascaded."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.review.reflections import (
    YEAR_EVENT,
    Observation,
    Reflection,
    ReflectionKind,
    load_questions,
    mean_confidence,
    weakest_lanes,
)
from app.store import Store
from app.store.errors import UnknownRecordError
from models.phases import Phase
from models.workshop import Workshop
from tests.app.store.conftest import WORKSHOP_ID, empty_strategy


def _reflection(author: str = "Ana", **values: object) -> Reflection:
    data: dict[str, object] = {
        "workshop_id": WORKSHOP_ID,
        "author": author,
        "team_id": "team-a",
        "answers": {"improve": "Versioned data «and» models ✓"},
        "confidence": {Phase.MONITOR: 2, Phase.DATA: 4},
    }
    data.update(values)
    return Reflection.model_validate(data)


def test_a_reflection_is_replaced_per_person_and_listed(store: Store, workshop: Workshop) -> None:
    store.save_reflection(_reflection())
    store.save_reflection(_reflection("ANA", answers={"improve": "Second thoughts"}))
    store.save_reflection(_reflection("Björn"))
    facilitator = Reflection(
        workshop_id=WORKSHOP_ID,
        kind=ReflectionKind.FACILITATOR,
        author="Fatima",
        answers={"backgrounds": "Policy people led the governance lane."},
    )
    store.save_reflection(facilitator)
    found = store.list_reflections(WORKSHOP_ID)
    assert [r.author for r in found] == ["Fatima", "ANA", "Björn"]
    assert found[1].answers == {"improve": "Second thoughts"}
    assert store.list_reflections(WORKSHOP_ID, ReflectionKind.FACILITATOR) == [facilitator]
    store.delete_reflection(facilitator.id)
    with pytest.raises(UnknownRecordError):
        store.delete_reflection(facilitator.id)
    with pytest.raises(UnknownRecordError):
        store.save_reflection(_reflection(workshop_id="nowhere"))


def test_observations_are_one_per_strategy_and_event(store: Store, workshop: Workshop) -> None:
    store.create_strategy(empty_strategy())
    first = Observation(
        workshop_id=WORKSHOP_ID,
        strategy_id="strategy-1",
        team_id="team-a",
        event_key="data-breach",
        observed="Nobody owns the breach runbook.",
    )
    store.save_observation(first)
    again = first.model_copy(update={"id": "other", "questions": "Who tells the citizens?"})
    store.save_observation(again)
    year = Observation(
        workshop_id=WORKSHOP_ID, strategy_id="strategy-1", event_key=YEAR_EVENT, observed="Drift"
    )
    store.save_observation(year)
    assert {o.event_key: o.questions for o in store.list_observations(WORKSHOP_ID)} == {
        "data-breach": "Who tells the citizens?",
        YEAR_EVENT: "",
    }
    with pytest.raises(UnknownRecordError):
        store.save_observation(first.model_copy(update={"strategy_id": "missing"}))
    store.delete_strategy("strategy-1")
    assert store.list_observations(WORKSHOP_ID) == []


def test_workshop_reviews_carry_the_day_records(store: Store, workshop: Workshop) -> None:
    store.save_reflection(_reflection())
    records = store.workshop_reviews(WORKSHOP_ID)
    assert records.reflections == (store.list_reflections(WORKSHOP_ID)[0],)
    assert not records.is_empty


def test_a_facilitator_reflection_belongs_to_no_team_and_levels_are_1_to_4() -> None:
    with pytest.raises(ValidationError):
        Reflection(workshop_id="w", kind=ReflectionKind.FACILITATOR, author="F", team_id="team-a")
    with pytest.raises(ValidationError):
        _reflection(confidence={Phase.DATA: 5})
    assert mean_confidence(_reflection()) == 3
    assert weakest_lanes(_reflection()) == (Phase.MONITOR,)


def test_the_shipped_questions_are_the_workshops_own() -> None:
    questions = load_questions()
    texts = [q.question for q in questions.participant]
    assert "How can MLOps principles improve the AI initiatives in your organization?" in texts
    assert any("knowledge gaps" in t for t in texts)
    assert [q.key for q in questions.facilitator] == ["backgrounds", "resonated"]
    assert questions.level_name(1) == "New to me" and questions.level_name(4) == "I could lead it"
