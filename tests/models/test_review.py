"""Review records validate their own invariants and survive a JSON round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from models.phases import Phase
from models.review import (
    Agenda,
    Criterion,
    PeerAssignment,
    PeerFeedback,
    PeerRound,
    PhaseReview,
    ReviewState,
    Rubric,
    RubricSheet,
    Score,
    Snapshot,
    Stage,
)
from models.strategy import Card, Strategy

LEVELS = {1: "poor", 2: "fair", 3: "good", 4: "excellent"}


def _criterion(key: str = "coverage", **extra: object) -> Criterion:
    return Criterion.model_validate({"key": key, "title": key.title(), "levels": LEVELS} | extra)


def test_criterion_missing_level_names_the_criterion_and_level() -> None:
    with pytest.raises(ValidationError) as info:
        Criterion(key="ownership", title="Ownership", levels={1: "a", 2: "b", 4: "d"})
    error = info.value.errors()[0]
    assert error["loc"] == ("levels",)
    assert "criterion 'ownership' has no descriptor for level 3" in error["msg"]


def test_criterion_refuses_level_outside_one_to_four() -> None:
    with pytest.raises(ValidationError, match="level 5; levels run from 1 to 4"):
        _criterion(levels=LEVELS | {5: "beyond"})


def test_criterion_levels_accept_toml_string_keys_and_sort() -> None:
    criterion = _criterion(levels={"4": "d", "2": "b", "1": "a", "3": "c"})
    assert list(criterion.levels) == [1, 2, 3, 4]
    assert criterion.descriptor(3) == "c"


def test_informed_by_is_split_by_kind_and_checked() -> None:
    criterion = _criterion(informed_by=["pack:gdpr", "rule:structure.loop", "capability:dpia"])
    assert criterion.informed("pack") == ("gdpr",)
    assert criterion.informed("rule") == ("structure.loop",)
    assert criterion.informed("capability") == ("dpia",)
    with pytest.raises(ValidationError):
        _criterion(informed_by=["card:dpia"])


def test_rubric_refuses_duplicate_criteria_and_finds_by_key() -> None:
    with pytest.raises(ValidationError, match="appears twice"):
        Rubric(key="r", title="R", version="1", criteria=(_criterion(), _criterion()))
    rubric = Rubric(key="r", title="R", version="1", criteria=(_criterion("a"), _criterion("b")))
    assert rubric.keys == ("a", "b")
    assert rubric.criterion("b") is not None and rubric.criterion("z") is None


@pytest.mark.parametrize("level", [0, 5, -1, 2.5, True, "four"])
def test_score_outside_one_to_four_is_refused(level: object) -> None:
    with pytest.raises(ValidationError):
        Score.model_validate({"strategy_id": "s", "criterion": "a", "level": level})


@given(st.integers(min_value=1, max_value=4))
def test_score_accepts_every_level(level: int) -> None:
    assert Score(strategy_id="s", criterion="a", level=level).level == level


def test_sheet_refuses_two_scores_for_one_criterion_and_foreign_scores() -> None:
    score = Score(strategy_id="s", criterion="a", level=2)
    with pytest.raises(ValidationError, match="scored twice"):
        RubricSheet(strategy_id="s", rubric_key="r", rubric_version="1", scores=(score, score))
    with pytest.raises(ValidationError, match="another strategy"):
        RubricSheet(strategy_id="t", rubric_key="r", rubric_version="1", scores=(score,))


def test_sheet_mean_and_levels() -> None:
    sheet = RubricSheet(
        strategy_id="s",
        rubric_key="r",
        rubric_version="1",
        scores=(
            Score(strategy_id="s", criterion="a", level=2),
            Score(strategy_id="s", criterion="b", level=3),
        ),
    )
    assert sheet.levels == {"a": 2, "b": 3}
    assert sheet.mean == 2.5
    assert sheet.score_for("b") is not None and sheet.score_for("c") is None
    assert RubricSheet(strategy_id="s", rubric_key="r", rubric_version="1").mean is None


def test_peer_assignment_refuses_self_review() -> None:
    with pytest.raises(ValidationError, match="own strategy"):
        PeerAssignment(reviewer_team_id="t1", reviewed_team_id="t1", strategy_id="s1")


def test_peer_round_refuses_duplicate_pairs() -> None:
    a = PeerAssignment(reviewer_team_id="t1", reviewed_team_id="t2", strategy_id="s2")
    with pytest.raises(ValidationError, match="twice"):
        PeerRound(workshop_id="w", assignments=(a, a))


def test_peer_feedback_score_range() -> None:
    base = {"round_id": "r", "reviewer_team_id": "t1", "strategy_id": "s"}
    assert PeerFeedback.model_validate(base | {"score": 4}).key == ("r", "t1", "s")
    with pytest.raises(ValidationError):
        PeerFeedback.model_validate(base | {"score": 0})


def test_phase_review_labels_re_evaluation() -> None:
    first = PhaseReview(strategy_id="s", phase=Phase.DATA, state=ReviewState.TO_BE_CORRECTED)
    again = first.model_copy(update={"state": ReviewState.ACCEPTABLE, "evaluation": 2})
    assert first.label == "To be corrected" and not first.re_evaluated
    assert again.label == "Acceptable (re-evaluated)" and again.re_evaluated


def test_snapshot_must_match_its_strategy_copy() -> None:
    strategy = Strategy(workshop_id="w", scenario_key="s", name="n", revision=3)
    Snapshot(strategy_id=strategy.id, name="r1", revision=3, strategy=strategy)
    with pytest.raises(ValidationError, match="revision"):
        Snapshot(strategy_id=strategy.id, name="r1", revision=2, strategy=strategy)
    with pytest.raises(ValidationError, match="another id"):
        Snapshot(strategy_id="other", name="r1", revision=3, strategy=strategy)


def test_default_agenda_is_the_workshop_plan() -> None:
    agenda = Agenda.default()
    assert [(s.name, s.minutes) for s in agenda.stages] == [
        ("Engage", 30),
        ("Explore", 60),
        ("Explain", 60),
        ("Elaborate", 60),
        ("Evaluate", 30),
    ]
    assert agenda.total_minutes == 240
    with pytest.raises(ValidationError):
        Stage(name="x", minutes=0)
    with pytest.raises(ValidationError):
        Agenda(stages=())


def _records() -> list[BaseModel]:
    card = Card(title="DPIA", phase=Phase.GOVERNANCE, capabilities=("dpia",))
    strategy = Strategy(
        workshop_id="w", scenario_key="s", name="n", cards={card.id: card}, revision=1
    )
    return [
        Rubric(key="r", title="R", version="1", criteria=(_criterion(informed_by=["pack:g"]),)),
        RubricSheet(
            strategy_id="s",
            rubric_key="r",
            rubric_version="1",
            scores=(Score(strategy_id="s", criterion="coverage", level=4, comment="ok"),),
        ),
        PeerRound(
            workshop_id="w",
            assignments=(
                PeerAssignment(reviewer_team_id="a", reviewed_team_id="b", strategy_id="s"),
            ),
            locked=True,
        ),
        PeerFeedback(round_id="r", reviewer_team_id="a", strategy_id="s", score=3, strengths="x"),
        PhaseReview(strategy_id="s", phase=Phase.MONITOR, state=ReviewState.CORRECTED),
        Snapshot(strategy_id=strategy.id, name="before", revision=1, strategy=strategy),
        Agenda.default(),
    ]


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_records_round_trip_through_json(record: BaseModel) -> None:
    assert type(record).model_validate_json(record.model_dump_json()) == record
