"""The GDPR pack: when each rule applies, what the card graph must show, and its dates."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Sequence
from typing import Any

import pytest

from app.checker import Checker, PackSet
from app.checker.builder import satisfying_strategy
from app.checker.golden import GOLDEN_DATE, PROFILES
from app.checker.packs import SHIPPED_DIR
from models.findings import CheckResult, Finding
from models.profile import Profile
from models.strategy import Card
from models.vocabulary import Cadence, FindingState, Jurisdiction, Role, Severity, Status
from tests.app.checker.helpers import D, G, LinkSpec, M, P, card, check_on_loop, strategy

PACK = "gdpr"
GDPR_DATE = dt.date(2018, 5, 25)
BASE = Profile(personal_data=True, jurisdictions=(Jurisdiction.EU,), as_of=GOLDEN_DATE)
"""The smallest profile the pack applies to (a public authority, an AI system)."""

FULL = PROFILES[PACK].model_copy(
    update={
        "flags_for_investigation": True,
        "monitors_public_areas": True,
        "vulnerable_groups": True,
    }
)
"""The golden profile, with every flag that only adds rules set as well."""
REVIEWED_SCORE = PROFILES[PACK].model_copy(update={"solely_automated": False, "high_impact": True})
"""A person signs each decision, but the score is a principal basis for it."""


def _rule(rule_id: str) -> str:
    return f"{PACK}.{rule_id}"


def _applies(shipped: PackSet, rule_id: str, profile: Profile) -> bool:
    return _rule(rule_id) in {r.id for r in shipped.packs[PACK].applicable_rules(profile)}


def _check(
    checker: Checker,
    extra: list[Card],
    links: Sequence[LinkSpec] = (),
    profile: Profile = BASE,
) -> CheckResult:
    return check_on_loop(checker, PACK, profile, extra, links)


def _finding(result: CheckResult, rule_id: str) -> Finding | None:
    return next((f for f in result.findings if f.rule_id == _rule(rule_id)), None)


def test_every_rule_states_when_it_applies() -> None:
    with (SHIPPED_DIR / f"{PACK}.toml").open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    assert all("applies_from" in rule for rule in data["rule"]), "explicit, not the pack's date"
    assert {rule["applies_from"] for rule in data["rule"]} == {GDPR_DATE}
    assert not any("applies_until" in rule or "pending" in rule for rule in data["rule"])


@pytest.mark.parametrize(
    ("rule_id", "applies", "does_not"),
    [
        ("art5-1-b-purpose-compatibility", {}, {"personal_data": False}),
        ("art5-1-b-purpose-compatibility", {}, {"jurisdictions": (Jurisdiction.UK,)}),
        ("art6-3-basis-in-law", {}, {"public_authority": False}),
        ("art9-2-special-category-condition", {"special_category": True}, {}),
        ("art14-notice-flagged-people", {"flags_for_investigation": True}, {}),
        ("art21-right-to-object", {"profiling": True}, {}),
        ("art21-right-to-object", {"flags_for_investigation": True}, {"public_authority": False}),
        (
            "art22-4-special-category",
            {"solely_automated": True, "legal_effect": True, "special_category": True},
            {"solely_automated": True, "legal_effect": True},
        ),
        (
            "art22-determining-score",
            {"high_impact": True, "legal_effect": True},
            {"high_impact": True, "legal_effect": True, "solely_automated": True},
        ),
        (
            "art22-determining-score",
            {"high_impact": True, "legal_effect": True},
            {"legal_effect": True},
        ),
        ("art35-3-c-dpia-public-monitoring", {"monitors_public_areas": True}, {}),
        ("art35-1-dpia-likely-high-risk", {"vulnerable_groups": True}, {}),
        (
            "art35-1-dpia-likely-high-risk",
            {"large_scale": True},
            {"large_scale": True, "ai_system": False},
        ),
        (
            "art35-1-dpia-likely-high-risk",
            {"flags_for_investigation": True},
            {"monitors_public_areas": True},
        ),
        ("art37-dpo-consulted", {}, {"public_authority": False}),
    ],
)
def test_conditions(
    shipped: PackSet, rule_id: str, applies: dict[str, Any], does_not: dict[str, Any]
) -> None:
    assert _applies(shipped, rule_id, BASE.model_copy(update=applies))
    assert not _applies(shipped, rule_id, BASE.model_copy(update=does_not))


def test_the_art22_rules_need_a_solely_automated_decision_with_legal_effect(
    shipped: PackSet,
) -> None:
    adm = BASE.model_copy(update={"solely_automated": True, "legal_effect": True})
    ids = ("art22-legal-authorisation", "art22-3-human-intervention", "art22-3-contest")
    assert all(_applies(shipped, i, adm) for i in ids)
    for fact in ("solely_automated", "legal_effect"):
        assert not any(_applies(shipped, i, adm.model_copy(update={fact: False})) for i in ids)


def test_purpose_compatibility_sits_in_the_data_lane_and_gates_the_release(
    checker: Checker,
) -> None:
    rule = "art5-1-b-purpose-compatibility"
    loose = _check(checker, [card("pc", D, ["purpose-compatibility"], Role.POLICY_LEGAL)])
    gap = _finding(loose, rule)
    assert gap is not None and "gate the release" in gap.message
    linked = _check(checker, [card("pc", D, ["purpose-compatibility"])], [("pc", "d")])
    assert _finding(linked, rule) is None
    wrong_lane = _check(checker, [card("pc", G, ["purpose-compatibility"])], [("pc", "d")])
    assert _finding(wrong_lane, rule) is not None, "a governance memo is not the data-lane test"


def test_a_planned_card_is_on_the_plan_but_not_in_place(checker: Checker) -> None:
    planned = card("pc", D, ["purpose-compatibility"], status=Status.PLANNED)
    gap = _finding(_check(checker, [planned], [("pc", "d")]), "art5-1-b-purpose-compatibility")
    assert gap is not None and gap.state is FindingState.PLANNED


def test_the_basis_in_law_is_owned_by_legal_staff_before_release(checker: Checker) -> None:
    rule = "art6-3-basis-in-law"
    manager = card("lb", G, ["lawful-basis"], Role.PROJECT_MANAGER)
    assert _finding(_check(checker, [manager], [("lb", "d")]), rule) is not None
    lawyer = card("lb", G, ["lawful-basis"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [lawyer]), rule) is not None, "not linked: does not gate"
    assert _finding(_check(checker, [lawyer], [("lb", "d")]), rule) is None


def test_a_lawful_basis_card_is_not_an_article_9_condition(checker: Checker) -> None:
    profile = BASE.model_copy(update={"special_category": True})
    rule = "art9-2-special-category-condition"
    basis = card("lb", G, ["lawful-basis"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [basis], [("lb", "d")], profile), rule) is not None
    condition = card("sc", D, ["special-category-condition"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [condition], [("sc", "d")], profile), rule) is None


def test_special_category_data_in_automated_decisions_is_cleared_by_legal_staff(
    checker: Checker,
) -> None:
    profile = BASE.model_copy(
        update={"solely_automated": True, "legal_effect": True, "special_category": True}
    )
    rule = "art22-4-special-category"
    scientist = card("sc", D, ["special-category-condition"], Role.DATA_SCIENTIST)
    assert _finding(_check(checker, [scientist], [("sc", "d")], profile), rule) is not None
    lawyer = card("sc", D, ["special-category-condition"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [lawyer], [("sc", "d")], profile), rule) is None


def test_human_intervention_is_a_decision_in_the_deployment_lane(checker: Checker) -> None:
    profile = BASE.model_copy(update={"solely_automated": True, "legal_effect": True})
    rule = "art22-3-human-intervention"
    audit = card("ha", M, ["human-decision"], Role.DOMAIN_EXPERT)
    assert _finding(_check(checker, [audit], [("p", "ha")], profile), rule) is not None
    decides = card("hd", P, ["human-decision"], Role.DOMAIN_EXPERT)
    assert _finding(_check(checker, [decides], [("hd", "p")], profile), rule) is None


def test_a_determining_score_asks_for_oversight_that_repeats(checker: Checker) -> None:
    rule = "art22-determining-score"
    once = card("om", M, ["oversight-monitoring"], Role.DOMAIN_EXPERT, cadence=Cadence.ONCE)
    gap = _finding(_check(checker, [once], [("p", "om")], REVIEWED_SCORE), rule)
    assert gap is not None and gap.severity is Severity.WARNING
    assert "C-634/21" in gap.citation
    monthly = card("om", M, ["oversight-monitoring"], Role.DOMAIN_EXPERT, cadence=Cadence.MONTHLY)
    assert _finding(_check(checker, [monthly], [("p", "om")], REVIEWED_SCORE), rule) is None


def test_every_dpia_trigger_asks_for_the_assessment_before_release(
    checker: Checker, shipped: PackSet
) -> None:
    triggers = {r.id for r in shipped.packs[PACK].rules if r.requirement.capabilities == ("dpia",)}
    assert triggers == {
        _rule("art35-3-a-dpia-profiling"),
        _rule("art35-3-b-dpia-special-category"),
        _rule("art35-3-c-dpia-public-monitoring"),
        _rule("art35-1-dpia-likely-high-risk"),
    }
    assert all(shipped.packs[PACK].rule(i).requirement.before == "release" for i in triggers)  # type: ignore[union-attr]
    loose = _check(checker, [card("dp", G, ["dpia"], Role.PRIVACY_ETHICS)], profile=FULL)
    assert triggers <= {f.rule_id for f in loose.findings}, "a DPIA off the release path"
    gated = _check(checker, [card("dp", G, ["dpia"], Role.PRIVACY_ETHICS)], [("dp", "d")], FULL)
    assert not triggers & {f.rule_id for f in gated.findings}
    likely = _finding(loose, "art35-1-dpia-likely-high-risk")
    assert likely is not None and likely.severity is Severity.WARNING


def test_a_breach_is_reported_by_another_card_than_the_one_that_handles_it(
    checker: Checker,
) -> None:
    rule = "art33-breach-notification"
    both = card("ir", M, ["incident-response", "incident-reporting"], Role.IT_OPERATIONS)
    assert _finding(_check(checker, [both], [("m", "ir")]), rule) is not None
    handle = card("ir", M, ["incident-response"], Role.IT_OPERATIONS)
    report = card("rep", M, ["incident-reporting"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [handle, report], [("ir", "rep")]), rule) is None


@pytest.mark.parametrize("profile", [FULL, REVIEWED_SCORE], ids=["full", "reviewed-score"])
def test_a_board_that_carries_every_duty_passes(
    checker: Checker, shipped: PackSet, profile: Profile
) -> None:
    rules = list(shipped.packs[PACK].applicable_rules(profile))
    result = checker.check(satisfying_strategy(rules, profile, [PACK]))
    assert result.findings == ()


def test_every_rule_can_apply(shipped: PackSet) -> None:
    pack = shipped.packs[PACK]
    reached = {r.id for p in (FULL, REVIEWED_SCORE) for r in pack.applicable_rules(p)}
    assert reached == {r.id for r in pack.rules}


def test_the_pack_is_upcoming_before_the_regulation_applied(
    checker: Checker, shipped: PackSet
) -> None:
    rules = list(shipped.packs[PACK].applicable_rules(FULL))
    before = checker.check(
        strategy([], profile=FULL, packs=[PACK]), as_of=GDPR_DATE - dt.timedelta(1)
    )
    ours = [f for f in before.findings if f.pack == PACK]
    assert len(ours) == len(rules)
    assert all(f.state is FindingState.UPCOMING and f.severity is Severity.INFO for f in ours)
    assert {c.pack: c.applicable for c in before.coverage}[PACK] == 0
    on = checker.check(strategy([], profile=FULL, packs=[PACK]), as_of=GDPR_DATE)
    assert {c.pack: c.applicable for c in on.coverage}[PACK] == len(rules)
    assert all(f.state is FindingState.OPEN for f in on.findings if f.pack == PACK)
