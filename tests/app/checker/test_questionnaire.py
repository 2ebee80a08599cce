"""The guided questionnaire: answers set profile facts and the impact level, with reasons."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.checker import PackSet
from app.checker.questionnaire import (
    MAX_SCORE,
    QUESTIONS,
    QUESTIONS_BY_ID,
    AnswerError,
    assess,
    is_asked,
)
from app.i18n import speaking
from models.profile import Profile
from models.vocabulary import AIActRole, Annex3Area, ImpactLevel, Jurisdiction

BENEFITS: dict[str, Any] = {
    "public_authority": True,
    "personal_data": True,
    "special_category": False,
    "large_scale": True,
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
    "continuously_learning": False,
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
    assert p.public_authority and p.large_scale and not p.continuously_learning
    assert any("Art. 27(1)" in line and "49(3)" in line for line in result.reasons)


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
    # High-impact AI: the principal basis of decisions with legal effect, or of safety actions.
    assert result.profile.high_impact <= (
        result.profile.legal_effect or answers.get("safety") is True
    )
    if not result.profile.personal_data and "personal_data" in answers:
        assert not result.profile.special_category
        assert not result.profile.large_scale


def _lines(answers: dict[str, Any], words: str) -> list[str]:
    return [line for line in assess(answers).reasons if words in line]


def test_a_private_deployer_is_asked_about_credit_and_insurance_only() -> None:
    private = {**BENEFITS, "public_authority": False}
    assert assess(private).profile.public_authority is False
    assert _lines(private, "credit scoring or life and health insurance")
    assert not _lines(private, "registration of the use")
    elsewhere = {**private, "annex3_area": "education"}
    assert _lines(elsewhere, "no fundamental rights impact assessment or registration")


def test_critical_infrastructure_needs_neither_fria_nor_registration_of_use() -> None:
    grid = {**BENEFITS, "annex3_area": "critical-infrastructure"}
    assert _lines(grid, "Annex III point 2")
    assert not _lines(grid, "registration of the use")


def test_large_scale_is_a_follow_up_of_personal_data_and_decides_the_dpia() -> None:
    assert not is_asked(QUESTIONS_BY_ID["large_scale"], {"personal_data": False})
    health: dict[str, Any] = {
        "personal_data": True,
        "special_category": True,
        "jurisdictions": ["eu"],
    }
    assert not assess(health).profile.large_scale, "unanswered follow-up counts as no"
    assert not _lines(health, "Art. 35(3)(b)")
    assert _lines({**health, "large_scale": True}, "Art. 35(3)(b)")
    assert not assess({"personal_data": False, "large_scale": True}).profile.large_scale


def test_learning_in_service_is_named_with_its_ai_act_duty_only_for_eu_providers() -> None:
    learning = {**BENEFITS, "continuously_learning": True, "ai_act_role": "provider"}
    assert assess(learning).profile.continuously_learning
    assert _lines(learning, "Art. 15(4)")
    outside = {**learning, "jurisdictions": ["uk"]}
    assert not _lines(outside, "Art. 15(4)") and _lines(outside, "feedback loops")


def test_a_private_body_in_canada_is_told_the_directive_does_not_apply() -> None:
    answers = {"public_authority": False, "jurisdictions": ["ca"]}
    assert _lines(answers, "Directive on Automated Decision-Making")
    assert not _lines({**answers, "public_authority": True}, "Directive on Automated")


@given(answer_sets, st.booleans(), st.booleans(), st.booleans())
def test_the_newer_facts_do_not_move_the_impact_score(
    answers: dict[str, Any], public: bool, scale: bool, learning: bool
) -> None:
    newer = {"public_authority": public, "large_scale": scale, "continuously_learning": learning}
    varied: dict[str, Any] = {**answers, **newer}
    without = {k: v for k, v in answers.items() if k not in newer}
    assert assess(varied).score == assess(without).score


@given(answer_sets)
def test_the_reasoning_matches_what_the_packs_check(
    shipped: PackSet, answers: dict[str, Any]
) -> None:
    result = assess(answers)
    applicable = {r.id for p in shipped.packs.values() for r in p.applicable_rules(result.profile)}
    text = "\n".join(result.reasons)
    assert ("registration of the use" in text) == (
        "eu-ai-act.art49-deployer-registration" in applicable
    )
    assert ("credit scoring" in text) == ("eu-ai-act.art27-fria-credit-insurance" in applicable)
    dpia = "gdpr.art35-3-b-dpia-special-category" in applicable
    assert dpia <= ("Art. 35(3)(b)" in text)
    assert ("Art. 15(4)" in text) == ("eu-ai-act.art15-4-feedback-loops" in applicable)
    dadm_off = "Directive on Automated Decision-Making" in text
    assert not (dadm_off and shipped.packs["canada-dadm"].applies(result.profile))


def test_the_reasoning_is_written_in_the_current_language() -> None:
    """The reasons and consequences are composed by the checker: French under --lang fr."""
    from app.i18n import speaking

    with speaking("fr"):
        reasons = assess(BENEFITS).reasons
    assert any(
        line.startswith("Préjudice\u00a0:") and line.endswith("\u00a0: +4") for line in reasons
    )
    assert any("niveau d'incidence III" in line for line in reasons)
    assert any(
        "obligations du RIA relatives aux systèmes à haut risque" in line for line in reasons
    )
    assert not any("Harm is" in line or "impact level" in line for line in reasons)


def test_bad_answers_are_refused_in_french() -> None:
    nbsp = "\u00a0"
    with speaking("fr"):
        with pytest.raises(AnswerError) as unknown:
            assess({"favourite_colour": "blue"})
        with pytest.raises(AnswerError) as yes_no:
            assess({"personal_data": "yes"})
    assert str(unknown.value).startswith(
        f"aucune question «{nbsp}favourite_colour{nbsp}»; questions{nbsp}: "
    )
    assert str(yes_no.value) == (
        f"la question «{nbsp}personal_data{nbsp}» attend oui (true) ou non (false), pas 'yes'"
    )
    assert "takes yes" not in str(yes_no.value)
