"""Closing a broken chain one undoable operation at a time, with the real catalog."""

from __future__ import annotations

import pytest

from app.document import Document
from app.drills import catalog_providers, closing_operation, load_events, trace
from app.drills.fix import fitting_cadence
from app.resources import ContentLibrary, load_library
from models.drills import DrillOutcome, Stage
from models.operations import AddCard, AddLink, UpdateCard
from models.vocabulary import Cadence, LinkKind, Status
from tests.app.drills.chains import chain_strategy, empty_strategy

EVENTS = load_events().by_key()
MAX_STEPS = 4  # docs/drills.md promises at most four closing steps


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return load_library()


@pytest.mark.parametrize("key", sorted(EVENTS))
def test_following_the_fixes_from_an_empty_strategy_closes_the_chain(
    key: str, library: ContentLibrary
) -> None:
    event = EVENTS[key]
    providers = catalog_providers(library)
    document = Document(empty_strategy())
    stages: list[Stage] = []
    for _ in range(MAX_STEPS + 1):
        timeline = trace(event, document.strategy, providers=providers)
        if timeline.broken is None or len(stages) == MAX_STEPS:
            break
        stages.append(timeline.broken.stage)
        op = closing_operation(timeline, event, document.strategy, library)
        assert op is not None, timeline.broken.reason
        document.apply(op)
        # One undoable step: the inverse restores the board exactly.
        before = document.strategy.model_copy(deep=True)
        document.apply(op.inverse())
        document.apply(op)
        assert document.strategy.cards == before.cards
    assert timeline.outcome is DrillOutcome.HANDLED
    order = list(Stage)
    assert [order.index(s) for s in stages] == sorted(order.index(s) for s in stages)


def test_no_break_means_no_operation(library: ContentLibrary) -> None:
    event = EVENTS["service-outage"]
    strategy = chain_strategy(event).strategy
    assert closing_operation(trace(event, strategy), event, strategy, library) is None


def test_missing_owner_is_given_the_expected_role(library: ContentLibrary) -> None:
    event = EVENTS["training-data-leak"]
    strategy = chain_strategy(event, owned=False).strategy
    op = closing_operation(trace(event, strategy), event, strategy, library)
    assert isinstance(op, UpdateCard)
    assert op.card_id == "responder"
    assert op.after.owner_role is event.response_owner
    assert op.before.clear_owner


def test_missing_link_to_the_responder_is_drawn(library: ContentLibrary) -> None:
    event = EVENTS["service-outage"]
    strategy = chain_strategy(event, link_detect_to_respond=False).strategy
    op = closing_operation(trace(event, strategy), event, strategy, library)
    assert isinstance(op, AddLink)
    assert (op.link.source, op.link.target, op.link.kind) == (
        "detector",
        "responder",
        LinkKind.TRIGGERS,
    )


def test_lesson_is_linked_into_the_lifecycle(library: ContentLibrary) -> None:
    event = EVENTS["policy-drift"]
    strategy = chain_strategy(event, feedback=False).strategy
    op = closing_operation(trace(event, strategy), event, strategy, library)
    assert isinstance(op, AddLink)
    assert (op.link.source, op.link.target, op.link.kind) == (
        "lessons",
        "target",
        LinkKind.FEEDS_BACK,
    )


def test_new_detector_gets_a_cadence_that_meets_the_deadline(library: ContentLibrary) -> None:
    event = EVENTS["policy-drift"]
    strategy = empty_strategy()
    timeline = trace(event, strategy, providers=catalog_providers(library))
    op = closing_operation(timeline, event, strategy, library)
    assert isinstance(op, AddCard)
    assert op.card.status is Status.IN_PROGRESS
    assert op.card.cadence is Cadence.WEEKLY
    assert op.card.catalog_key in library.catalog


@pytest.mark.parametrize(
    ("key", "cadence"),
    [
        ("service-outage", Cadence.CONTINUOUS),
        ("training-data-leak", Cadence.DAILY),
        ("policy-drift", Cadence.WEEKLY),
        ("amended-regulation", Cadence.MONTHLY),
    ],
)
def test_fitting_cadence(key: str, cadence: Cadence) -> None:
    assert fitting_cadence(EVENTS[key]) is cadence


def test_new_card_status_can_be_chosen(library: ContentLibrary) -> None:
    event = EVENTS["service-outage"]
    strategy = empty_strategy()
    timeline = trace(event, strategy, providers=catalog_providers(library))
    op = closing_operation(timeline, event, strategy, library, status=Status.PLANNED)
    assert isinstance(op, AddCard)
    assert op.card.status is Status.PLANNED


def test_without_suggestions_a_missing_capability_has_no_operation(
    library: ContentLibrary,
) -> None:
    event = EVENTS["service-outage"]
    strategy = empty_strategy()
    assert closing_operation(trace(event, strategy), event, strategy, library) is None


def test_timeline_of_another_event_is_refused(library: ContentLibrary) -> None:
    strategy = empty_strategy()
    timeline = trace(EVENTS["service-outage"], strategy)
    assert closing_operation(timeline, EVENTS["policy-drift"], strategy, library) is None


def test_planned_detector_is_put_in_progress_with_a_cadence(library: ContentLibrary) -> None:
    event = EVENTS["policy-drift"]
    strategy = chain_strategy(event, detect_status=Status.PLANNED, cadence=None).strategy
    timeline = trace(event, strategy, providers=catalog_providers(library))
    assert timeline.broken is not None
    assert timeline.broken.planned == ("detector",)
    op = closing_operation(timeline, event, strategy, library)
    assert isinstance(op, UpdateCard)
    assert op.card_id == "detector"
    assert op.after.status is Status.IN_PROGRESS
    assert op.after.cadence is Cadence.WEEKLY
    document = Document(strategy)
    document.apply(op)
    assert trace(event, document.strategy).outcome is DrillOutcome.HANDLED


def test_planned_responder_is_put_in_progress(library: ContentLibrary) -> None:
    event = EVENTS["training-data-leak"]
    strategy = chain_strategy(event, respond_status=Status.PLANNED).strategy
    timeline = trace(event, strategy)
    assert timeline.broken is not None
    assert timeline.broken.stage is Stage.HANDLED
    assert timeline.broken.planned == ("responder",)
    assert "still planned" in timeline.broken.reason
    op = closing_operation(timeline, event, strategy, library)
    assert isinstance(op, UpdateCard)
    assert op.after.status is Status.IN_PROGRESS
    assert op.after.cadence is None
