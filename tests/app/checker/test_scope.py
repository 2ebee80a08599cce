"""Scope that follows the law: the questionnaire's new facts, and which packs apply and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.checker import PackSet
from app.checker.questionnaire import QUESTIONS_BY_ID, Answer, assess, is_asked
from app.checker.scope import explain, pack_scope
from models.profile import Profile
from models.rules import RulePack
from models.vocabulary import Jurisdiction, ProhibitedPractice

EU = ["eu"]
RULES_ENGINE: dict[str, Any] = {
    "ai_system": False,
    "public_authority": True,
    "personal_data": True,
    "flags_for_investigation": True,
    "decisions": True,
    "effect": True,
    "human_role": "none",
    "jurisdictions": EU,
}


def _pack(applies: dict[str, Any]) -> RulePack:
    return RulePack.model_validate(
        {
            "key": "p",
            "title": "A pack",
            "instrument": "x",
            "version": "1",
            "effective": dt.date(2020, 1, 1),
            "applies": applies,
            "rules": [
                {"id": "p.r", "title": "r", "citation": "s. 1", "requires": {"kind": "prohibited"}}
            ],
        }
    )


def test_a_rules_engine_is_not_an_ai_system_but_still_decides_about_people() -> None:
    result = assess(RULES_ENGINE)
    profile = result.profile
    assert not profile.ai_system and profile.solely_automated and profile.flags_for_investigation
    assert not profile.eu_high_risk
    text = "\n".join(result.reasons)
    assert "Not an AI system" in text and "GDPR Art. 22" in text
    assert "selects people for investigation" in text


def test_the_packs_that_apply_to_a_rules_engine_and_why(shipped: PackSet) -> None:
    result = assess(RULES_ENGINE, packs=shipped.packs)
    scope = {s.key: s for s in result.scope}
    assert not scope["eu-ai-act"].applies
    assert "not an AI system" in scope["eu-ai-act"].reason
    assert scope["gdpr"].applies, "GDPR covers automated decisions by any system"
    assert scope["gdpr"].reason.startswith("Applies:")
    assert [s.applies for s in result.scope] == sorted(
        (s.applies for s in result.scope), reverse=True
    ), "the packs that apply come first"


def test_public_service_is_asked_only_of_a_body_that_is_not_a_public_authority() -> None:
    question = QUESTIONS_BY_ID["public_service"]
    assert not is_asked(question, {"public_authority": True})
    assert is_asked(question, {"public_authority": False})
    private = assess({"public_authority": False, "public_service": True})
    assert private.profile.public_service and not private.profile.public_authority
    public = assess({"public_authority": True, "public_service": True})
    assert public.profile.public_authority and not public.profile.public_service


def test_prohibited_practices_are_screened_in_the_eu_and_block() -> None:
    answers = {"jurisdictions": EU, "prohibited_practices": ["social-scoring"]}
    result = assess(answers)
    assert result.profile.prohibited_practices == (ProhibitedPractice.SOCIAL_SCORING,)
    assert any("Art. 5(1)(c)" in line and "banned" in line for line in result.reasons)
    outside = assess({"jurisdictions": ["ca"], "prohibited_practices": ["social-scoring"]})
    assert outside.profile.prohibited_practices == ()


def test_the_derogation_is_a_path_profiling_closes() -> None:
    base: dict[str, Answer] = {
        "jurisdictions": EU,
        "annex3_area": "education",
        "art6_3_derogation": True,
    }
    narrow = assess(base)
    assert narrow.profile.art6_3_derogation and narrow.profile.derogation_applies
    assert not narrow.profile.eu_high_risk
    assert any("Art. 6(4)" in line and "Art. 49(2)" in line for line in narrow.reasons)
    profiling = assess({**base, "personal_data": True, "profiling": True})
    assert profiling.profile.art6_3_derogation and not profiling.profile.derogation_applies
    assert profiling.profile.eu_high_risk
    assert any("not available" in line for line in profiling.reasons)
    outside = assess({"jurisdictions": EU, "art6_3_derogation": True})
    assert not outside.profile.art6_3_derogation, "no Annex III area, nothing to derogate from"


def test_safety_impact_makes_ai_high_impact_without_individual_decisions() -> None:
    result = assess({"safety": True, "jurisdictions": ["us-federal"]})
    assert result.profile.high_impact and not result.profile.decisions_about_individuals
    assert not assess({"safety": False}).profile.high_impact


def test_new_follow_ups_of_personal_data() -> None:
    answers: dict[str, Answer] = {
        "personal_data": True,
        "special_category": True,
        "special_category_for_bias": True,
        "monitors_public_areas": True,
        "flags_for_investigation": True,
        "vulnerable": True,
    }
    profile = assess(answers).profile
    assert profile.special_category_for_bias and profile.monitors_public_areas
    assert profile.flags_for_investigation and profile.vulnerable_groups
    none = assess({**answers, "personal_data": False}).profile
    assert not (none.special_category_for_bias or none.monitors_public_areas)
    assert not none.flags_for_investigation
    assert any("Art. 35(3)(c)" in line for line in assess(answers).reasons)


def test_schufa_is_raised_when_a_score_is_the_main_basis() -> None:
    answers: dict[str, Answer] = {
        "personal_data": True,
        "decisions": True,
        "effect": True,
        "human_role": "reviews",
        "principal_basis": True,
        "jurisdictions": EU,
    }
    assert any("C-634/21" in line for line in assess(answers).reasons)
    automated = assess({**answers, "human_role": "none"})
    assert not any("C-634/21" in line for line in automated.reasons)


def test_scope_sentences() -> None:
    pack = _pack(
        {
            "all": [
                {"field": "jurisdictions", "contains": "eu"},
                {"field": "ai_system", "equals": True},
            ]
        }
    )
    assert explain(pack, Profile(jurisdictions=(Jurisdiction.EU,))).reason == (
        "Applies: used in the EU and an AI system."
    )
    assert explain(pack, Profile(ai_system=False)).reason == (
        "Does not apply: not used in the EU and not an AI system (it applies fixed rules)."
    )
    either = _pack(
        {
            "any": [
                {"field": "decisions_about_individuals", "equals": True},
                {"field": "flags_for_investigation", "equals": True},
            ]
        }
    )
    assert explain(either, Profile(flags_for_investigation=True)).reason == (
        "Applies: selects people for investigation or control."
    )
    assert not explain(either, Profile()).applies
    always = _pack({})
    assert explain(always, Profile()).reason == "Applies: to every AI use."


def test_every_shipped_pack_has_a_scope(shipped: PackSet) -> None:
    scopes = pack_scope(Profile(), shipped.packs)
    assert {s.key for s in scopes} == set(shipped.packs)
    assert all(s.reason.startswith(("Applies:", "Does not apply:")) for s in scopes)


def test_scope_sentences_in_french() -> None:
    from app.i18n import speaking

    pack = _pack(
        {
            "all": [
                {"field": "jurisdictions", "contains": "eu"},
                {"field": "ai_system", "equals": True},
            ]
        }
    )
    with speaking("fr"):
        assert explain(pack, Profile(jurisdictions=(Jurisdiction.EU,))).reason == (
            "S'applique\u00a0: utilisé dans l'UE et un système d'IA."
        )
        assert explain(pack, Profile(ai_system=False)).reason == (
            "Ne s'applique pas\u00a0: non utilisé dans l'UE et pas un système d'IA "
            "(il applique des règles fixes)."
        )
