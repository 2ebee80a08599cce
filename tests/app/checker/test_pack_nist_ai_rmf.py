"""NIST AI RMF 1.0 and its Generative AI Profile (AI 600-1): scope, severity and graph tests."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Sequence

import pytest

from app.checker import Checker, PackSet
from app.checker.packs import SHIPPED_DIR
from models.findings import Finding
from models.phases import Phase
from models.profile import Profile
from models.strategy import Card
from models.vocabulary import Cadence, Role, Severity, Status
from tests.app.checker.helpers import (
    D,
    E,
    F,
    G,
    LinkSpec,
    M,
    P,
    applicable_ids,
    card,
    pack_findings,
)

PACK = "nist-ai-rmf"
TODAY = dt.date(2026, 12, 5)
BASE = Profile(personal_data=True, decisions_about_individuals=True)
GENERATIVE = BASE.model_copy(update={"generative": True})
SUBCATEGORIES_CHECKED_IN_2025 = """
    govern-1.1 govern-1.6 govern-1.7 govern-2.2 govern-2.3 govern-3.2 govern-4.3 govern-5.1
    govern-5.2 govern-6.1 map-1.1 map-2.2 map-2.3 map-3.4 map-3.5 map-4.1 map-5.1 map-5.2
    measure-1.1 measure-1.3 measure-2.1 measure-2.3 measure-2.4 measure-2.5 measure-2.6
    measure-2.7 measure-2.9 measure-2.10 measure-2.11 measure-3.1 measure-3.3 manage-1.1
    manage-1.4 manage-2.3 manage-2.4 manage-4.1 manage-4.2 manage-4.3
"""
ORIGINAL_38 = set(SUBCATEGORIES_CHECKED_IN_2025.split())
GENAI = {
    "nist-ai-rmf.genai-pre-deployment-testing",
    "nist-ai-rmf.genai-content-provenance",
    "nist-ai-rmf.genai-incident-disclosure",
    "nist-ai-rmf.genai-governance-value-chain",
}


def _ids(shipped: PackSet, profile: Profile) -> set[str]:
    return applicable_ids(shipped.packs, PACK, profile)


def _findings(
    checker: Checker,
    extra: Sequence[Card] = (),
    links: Sequence[LinkSpec] = (),
    profile: Profile = BASE,
    on: dt.date = TODAY,
) -> dict[str, Finding]:
    return pack_findings(checker, PACK, profile, extra, links, on=on)


def test_every_rule_states_when_it_applies() -> None:
    data = tomllib.loads((SHIPPED_DIR / f"{PACK}.toml").read_text(encoding="utf-8"))
    for rule in data["rule"]:
        expected = dt.date(2024, 7, 26) if rule["id"] in GENAI else dt.date(2023, 1, 26)
        assert rule.get("applies_from") == expected, rule["id"]


def test_the_original_subcategories_keep_their_ids(shipped: PackSet) -> None:
    ids = {r.id.removeprefix(f"{PACK}.") for r in shipped.packs[PACK].rules}
    assert len(ORIGINAL_38) == 38 and ids >= ORIGINAL_38
    added = {"govern-1.5", "govern-6.2", "manage-1.2", "manage-2.1", "manage-3.1", "measure-2.8"}
    assert added <= ids


def test_a_voluntary_framework_never_raises_an_error(shipped: PackSet) -> None:
    pack = shipped.packs[PACK]
    assert {r.severity for r in pack.rules} <= {Severity.WARNING, Severity.INFO}
    assert any("revision" in note and "under way" in note for note in pack.notes)


def test_the_framework_is_about_ai_systems(shipped: PackSet) -> None:
    assert shipped.packs[PACK].applies(Profile())
    assert not shipped.packs[PACK].applies(Profile(ai_system=False))


def test_the_generative_profile_applies_to_generative_systems_only(shipped: PackSet) -> None:
    assert not GENAI & _ids(shipped, BASE)
    assert _ids(shipped, GENERATIVE) >= GENAI
    for rule in shipped.packs[PACK].rules:
        if rule.id in GENAI:
            assert rule.group == "Generative AI profile"
            assert "NIST AI 600-1 (July 2024)" in rule.citation
            assert "-00" not in rule.citation, "no suggested-action ids are cited"


def test_the_generative_profile_dates_from_july_2024(checker: Checker) -> None:
    before = _findings(checker, profile=GENERATIVE, on=dt.date(2024, 1, 1))
    assert {before[r].state.value for r in GENAI} == {"upcoming"}
    assert before["nist-ai-rmf.measure-2.11"].state.value == "open"
    assert {_findings(checker, profile=GENERATIVE)[r].state.value for r in GENAI} == {"open"}


def test_generative_testing_gates_the_release(checker: Checker) -> None:
    rule = "nist-ai-rmf.genai-pre-deployment-testing"
    late = card("eval", M, ["genai-evaluation"])
    assert rule in _findings(checker, [late], [("m", "eval")], GENERATIVE)
    early = card("eval", E, ["genai-evaluation"])
    assert rule not in _findings(checker, [early], [("v", "eval"), ("eval", "p")], GENERATIVE)


def test_incidents_are_disclosed_by_a_separate_practice(checker: Checker) -> None:
    rule = "nist-ai-rmf.genai-incident-disclosure"
    both = card("incident", M, ["incident-response", "incident-reporting"], Role.IT_OPERATIONS)
    assert rule in _findings(checker, [both], [("m", "incident")], GENERATIVE)
    runbook = card("runbook", M, ["incident-response"], Role.IT_OPERATIONS)
    report = card("report", M, ["incident-reporting"], Role.POLICY_LEGAL)
    links: list[LinkSpec] = [("m", "runbook"), ("runbook", "report")]
    assert rule not in _findings(checker, [runbook, report], links, GENERATIVE)


def test_independent_assessors_are_outside_the_build_team(checker: Checker) -> None:
    rule = "nist-ai-rmf.measure-1.3"
    own = card("review", E, ["independent-review"], Role.DATA_SCIENTIST)
    assert rule in _findings(checker, [own], [("v", "review")])
    outside = own.model_copy(update={"owner_role": Role.PRIVACY_ETHICS})
    assert rule not in _findings(checker, [outside], [("v", "review")])


def test_deactivation_needs_a_stop_switch(checker: Checker) -> None:
    rules = {"nist-ai-rmf.manage-2.4", "nist-ai-rmf.govern-6.2"}
    rollback = card("rollback", P, ["rollback"], Role.IT_OPERATIONS)
    assert rules <= set(_findings(checker, [rollback], [("e", "rollback")]))
    stop = card("stop", P, ["stop-switch"], Role.IT_OPERATIONS)
    assert not rules & set(_findings(checker, [stop], [("e", "stop")]))


@pytest.mark.parametrize(
    ("rule_id", "capability", "lane"),
    [
        ("nist-ai-rmf.measure-2.4", "performance-monitoring", M),
        ("nist-ai-rmf.measure-3.1", "drift-monitoring", M),
        ("nist-ai-rmf.measure-2.11-in-operation", "fairness-monitoring", M),
        ("nist-ai-rmf.manage-4.1", "post-market-monitoring", M),
        ("nist-ai-rmf.manage-4.1-override", "oversight-monitoring", M),
        ("nist-ai-rmf.manage-3.1", "third-party-monitoring", M),
        ("nist-ai-rmf.govern-1.5", "risk-management", G),
        ("nist-ai-rmf.map-5.2", "stakeholder-engagement", F),
    ],
)
def test_what_runs_in_operation_must_repeat(
    checker: Checker, rule_id: str, capability: str, lane: Phase
) -> None:
    once = card("x", lane, [capability], Role.PROJECT_MANAGER, cadence=Cadence.ONCE)
    link: LinkSpec = ("x", "d") if lane is G else (("m", "x") if lane is M else ("f", "x"))
    assert rule_id in _findings(checker, [once], [link])
    quarterly = once.model_copy(update={"cadence": Cadence.QUARTERLY})
    assert rule_id not in _findings(checker, [quarterly], [link])


def test_bias_in_operation_concerns_systems_about_people(shipped: PackSet) -> None:
    rule = "nist-ai-rmf.measure-2.11-in-operation"
    nobody = Profile()
    assert rule not in _ids(shipped, nobody)
    assert rule in _ids(shipped, nobody.model_copy(update={"flags_for_investigation": True}))
    assert rule in _ids(shipped, BASE)
    assert "nist-ai-rmf.manage-4.1-appeal" in _ids(
        shipped, nobody.model_copy(update={"flags_for_investigation": True})
    )


def test_a_testing_card_alone_does_not_show_bias_is_watched(checker: Checker) -> None:
    tested = card("fair", E, ["fairness-testing"])
    found = _findings(checker, [tested], [("v", "fair"), ("fair", "p")])
    assert "nist-ai-rmf.measure-2.11" not in found
    assert "nist-ai-rmf.measure-2.11-in-operation" in found


def test_feedback_regularly_reaches_lessons_learned(checker: Checker) -> None:
    rule = "nist-ai-rmf.govern-5.2"
    lessons = card("lessons", F, ["lessons-learned"], Role.PROJECT_MANAGER)
    survey = card("survey", F, ["user-feedback"], Role.PROJECT_MANAGER, cadence=Cadence.ONCE)
    links: list[LinkSpec] = [("f", "survey"), ("survey", "lessons"), ("lessons", "d")]
    assert rule in _findings(checker, [survey, lessons], links), "a one-off survey"
    channel = survey.model_copy(update={"cadence": Cadence.CONTINUOUS})
    assert rule not in _findings(checker, [channel, lessons], links)


def test_non_ai_alternatives_and_construct_validity_are_asked(checker: Checker) -> None:
    found = _findings(checker)
    assert {"nist-ai-rmf.manage-2.1", "nist-ai-rmf.map-2.3-construct-validity"} <= set(found)
    review = card("alt", G, ["non-ai-alternative"], Role.PROJECT_MANAGER)
    sheet = card("sheet", D, ["data-documentation"])
    planned = sheet.model_copy(update={"status": Status.PLANNED})
    found = _findings(checker, [review, planned], [("alt", "d"), ("d", "sheet"), ("sheet", "v")])
    assert "nist-ai-rmf.manage-2.1" not in found
    assert found["nist-ai-rmf.map-2.3-construct-validity"].state.value == "planned"
