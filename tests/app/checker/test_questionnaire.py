"""The guided questionnaire: answers set profile facts and the impact level, with reasons."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.checker.questionnaire import (
    MAX_SCORE,
    QUESTIONS,
    QUESTIONS_BY_ID,
    AnswerError,
    assess,
    is_asked,
)
from models.profile import Profile
from models.vocabulary import AIActRole, Annex3Area, ImpactLevel, Jurisdiction

BENEFITS: dict[str, Any] = {
    "personal_data": True,
    "special_category": False,
    "profiling": True,
    "decisions": True,
    "effect": True,
    "human_role": "reviews",
    "principal_basis": False,
    "reversibility": "hard",
    "vulnerable": True,
    "scale": "many",
    "public_facing": False,
    "generative": False,
    "jurisdictions": ["eu"],
    "annex3_area": "essential-services",
    "ai_act_role": "deployer",
}


def test_a_benefits_decision_aid_is_high_impact_with_reasons() -> None:
    result = assess(BENEFITS)
    p = result.profile
    assert (p.personal_data, p.profiling, p.decisions_about_individuals, p.legal_effect) == (
        True,
        True,
        True,
        True,
    )
    assert not p.solely_automated and not p.high_impact
    assert p.annex3_area is Annex3Area.ESSENTIAL_SERVICES and p.ai_act_role is AIActRole.DEPLOYER
    assert result.score == 1 + 1 + 1 + 3 + 4 + 2 + 1
    assert p.impact_level is ImpactLevel.III
    assert "Harm is difficult to reverse, possibly ongoing: +4" in result.reasons
    assert any("impact level III" in line for line in result.reasons)
    assert any("AI Act's high-risk obligations apply" in line for line in result.reasons)


def test_fully_automated_adverse_decisions_reach_level_iv() -> None:
    answers: dict[str, Any] = {
        **BENEFITS,
        "human_role": "none",
        "principal_basis": True,
        "scale": "population",
    }
    answers["jurisdictions"] = ["us-federal", "uk"]
    result = assess(answers)
    assert result.profile.impact_level is ImpactLevel.IV
    assert result.profile.solely_automated and result.profile.high_impact
    assert result.profile.annex3_area is None, "no EU jurisdiction: no Annex III area"
    assert any("solely automated" in line for line in result.reasons)
    assert any("M-25-21" in line for line in result.reasons)


def test_a_maintenance_forecast_is_level_i() -> None:
    result = assess(
        {"personal_data": False, "decisions": False, "reversibility": "brief", "scale": "few"}
    )
    assert result.profile.impact_level is ImpactLevel.I
    assert result.score == 0


def test_unasked_follow_ups_count_as_no() -> None:
    result = assess({"personal_data": False, "special_category": True, "profiling": True})
    assert not result.profile.special_category and not result.profile.profiling
    assert not is_asked(QUESTIONS_BY_ID["special_category"], {"personal_data": False})
    assert is_asked(QUESTIONS_BY_ID["annex3_area"], {"jurisdictions": ("eu", "uk")})


def test_unanswered_questions_keep_the_base_profile() -> None:
    base = Profile(public_facing=True, jurisdictions=(Jurisdiction.CANADA,))
    result = assess({"generative": True}, base)
    assert result.profile.public_facing and result.profile.generative
    assert result.profile.jurisdictions == (Jurisdiction.CANADA,)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"favourite_colour": "blue"}, "no question 'favourite_colour'"),
        ({"personal_data": "yes"}, "takes yes \\(true\\) or no"),
        ({"reversibility": "sometimes"}, "takes one of"),
        ({"jurisdictions": "eu"}, "takes a list of"),
        ({"jurisdictions": ["mars"]}, "takes a list of"),
    ],
)
def test_bad_answers_are_refused_clearly(answers: dict[str, Any], message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        assess(answers)


def _answer(question: Any) -> st.SearchStrategy[Any]:
    if question.kind == "yes-no":
        return st.booleans()
    values = [c for c, _ in question.choices]
    if question.kind == "choice":
        return st.sampled_from(values)
    return st.lists(st.sampled_from(values), unique=True)


answer_sets = st.fixed_dictionaries({}, optional={q.id: _answer(q) for q in QUESTIONS})


@given(answer_sets)
def test_any_answers_give_a_valid_profile_and_a_level_matching_the_score(
    answers: dict[str, Any],
) -> None:
    result = assess(answers)
    share = result.score / MAX_SCORE
    expected = (
        ImpactLevel.I
        if share <= 0.25
        else ImpactLevel.II
        if share <= 0.5
        else ImpactLevel.III
        if share <= 0.75
        else ImpactLevel.IV
    )
    assert result.profile.impact_level is expected
    assert 0 <= result.score <= MAX_SCORE
    assert result.profile.high_impact <= result.profile.legal_effect
    if not result.profile.personal_data and "personal_data" in answers:
        assert not result.profile.special_category
