"""The UK pack: the DUAA 2025 automated-decision regime and the one before it, the added
UK GDPR duties, the public-sector duties, and what the card graph must show."""

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
from models.vocabulary import (
    Annex3Area,
    Cadence,
    FindingState,
    Jurisdiction,
    Role,
    Severity,
)
from tests.app.checker.helpers import D, E, G, LinkSpec, M, P, card, check_on_loop, strategy

PACK = "uk-data-protection"
DUAA_ADM = dt.date(2026, 2, 5)
"""DUAA 2025 s. 80 (Arts. 22A–22D) commenced (SI 2026/82 reg. 2(j), secondary sources)."""
BASE = Profile(personal_data=True, jurisdictions=(Jurisdiction.UK,), as_of=GOLDEN_DATE)
ADM = BASE.model_copy(update={"solely_automated": True, "legal_effect": True})

FULL = PROFILES[PACK].model_copy(
    update={
        "flags_for_investigation": True,
        "monitors_public_areas": True,
        "annex3_area": Annex3Area.LAW_ENFORCEMENT,
        "public_facing": True,
    }
)
"""The golden profile, with every flag that only adds rules set as well."""
REVIEWED_SCORE = PROFILES[PACK].model_copy(update={"solely_automated": False, "high_impact": True})
BEFORE_DUAA = FULL.model_copy(update={"as_of": dt.date(2025, 12, 1)})

NEW_REGIME = (
    "art22b-special-category",
    "art22c-inform",
    "art22c-contest",
    "art22c-human-intervention",
    "art22a-meaningful-involvement",
)
OLD_REGIME = (
    "art22-pre-duaa-authorisation",
    "art22-pre-duaa-human-intervention",
    "art22-pre-duaa-contest",
    "art22-pre-duaa-special-category",
)


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


def _rules_toml() -> list[dict[str, Any]]:
    with (SHIPPED_DIR / f"{PACK}.toml").open("rb") as handle:
        rules: list[dict[str, Any]] = tomllib.load(handle)["rule"]
    return rules


def test_every_rule_states_when_it_applies() -> None:
    rules = {r["id"].removeprefix(f"{PACK}."): r for r in _rules_toml()}
    assert all("applies_from" in rule for rule in rules.values()), "explicit, not the pack's"
    assert all(rules[i]["applies_from"] == DUAA_ADM for i in NEW_REGIME)
    assert all(rules[i]["applies_until"] == DUAA_ADM - dt.timedelta(1) for i in OLD_REGIME)
    assert {i for i, r in rules.items() if "applies_until" in r} == set(OLD_REGIME)
    assert rules["psed-equality-duty"]["applies_from"] == dt.date(2011, 4, 5)
    assert rules["atrs-record"]["applies_from"] == dt.date(2024, 2, 6)
    assert "secondary" in rules["atrs-record"]["explanation"]
    assert all("secondary sources" in rules[i]["explanation"] for i in NEW_REGIME)


def test_citations_name_their_instrument(shipped: PackSet) -> None:
    pack = shipped.packs[PACK]
    cite = {r.id.removeprefix(f"{PACK}."): pack.cite(r) for r in pack.rules}
    assert cite["art22c-inform"] == "UK GDPR Art. 22C(2)(a)"
    assert cite["art22c-contest"] == "UK GDPR Art. 22C(2)(b), (d)"
    assert cite["art22c-human-intervention"] == "UK GDPR Art. 22C(2)(c)"
    assert cite["art9-special-category-condition"] == "UK GDPR Art. 9(2); DPA 2018 Sch. 1"
    assert cite["psed-equality-duty"] == "UK Equality Act 2010 s. 149"
    assert cite["dpa2018-part3-law-enforcement"] == "UK DPA 2018 Part 3"


@pytest.mark.parametrize(
    ("rule_id", "applies", "does_not"),
    [
        ("art5-1-a-fairness", {"decisions_about_individuals": True}, {}),
        ("art5-1-b-purpose-limitation", {}, {"personal_data": False}),
        ("art5-1-b-purpose-limitation", {}, {"jurisdictions": (Jurisdiction.EU,)}),
        ("art5-1-d-accuracy", {}, {"personal_data": False}),
        ("art6-3-basis-in-law", {}, {"public_authority": False}),
        ("art9-special-category-condition", {"special_category": True}, {}),
        ("art13-14-information", {}, {"personal_data": False}),
        ("art14-notice-flagged-people", {"flags_for_investigation": True}, {}),
        ("art35-3-c-dpia-public-monitoring", {"monitors_public_areas": True}, {}),
        (
            "art35-1-dpia-likely-high-risk",
            {"profiling": True},
            {"profiling": True, "ai_system": False},
        ),
        ("psed-equality-duty", {}, {"public_authority": False}),
        (
            "psed-equality-duty",
            {"public_authority": False, "public_service": True},
            {"public_authority": False},
        ),
        (
            "atrs-record",
            {"public_facing": True},
            {"decisions_about_individuals": True, "public_authority": False},
        ),
        ("atrs-record", {"decisions_about_individuals": True}, {}),
        (
            "dpa2018-part3-law-enforcement",
            {"annex3_area": Annex3Area.LAW_ENFORCEMENT},
            {"annex3_area": Annex3Area.MIGRATION},
        ),
        (
            "art22b-special-category",
            {"special_category": True, "solely_automated": True, "legal_effect": True},
            {"solely_automated": True, "legal_effect": True},
        ),
        (
            "art22a-meaningful-involvement",
            {"high_impact": True, "legal_effect": True},
            {"high_impact": True, "legal_effect": True, "solely_automated": True},
        ),
    ],
)
def test_conditions(
    shipped: PackSet, rule_id: str, applies: dict[str, Any], does_not: dict[str, Any]
) -> None:
    assert _applies(shipped, rule_id, BASE.model_copy(update=applies))
    assert not _applies(shipped, rule_id, BASE.model_copy(update=does_not))


def test_the_safeguards_follow_a_solely_automated_significant_decision(shipped: PackSet) -> None:
    ids = ("art22c-inform", "art22c-contest", "art22c-human-intervention", *OLD_REGIME[:3])
    assert all(_applies(shipped, i, ADM) for i in ids)
    for fact in ("solely_automated", "legal_effect"):
        assert not any(_applies(shipped, i, ADM.model_copy(update={fact: False})) for i in ids)


def test_the_date_checked_decides_which_automated_decision_regime_applies(
    checker: Checker,
) -> None:
    empty = strategy([], profile=FULL, packs=[PACK])

    def states(on: dt.date) -> dict[str, FindingState]:
        result = checker.check(empty, as_of=on)
        return {f.rule_id: f.state for f in result.findings if f.pack == PACK}

    old = {_rule(i) for i in OLD_REGIME}
    new = {_rule(i) for i in NEW_REGIME[:4]}  # 22A needs a person in the loop: not this profile
    before = states(dt.date(2025, 12, 1))
    assert all(before[i] is FindingState.OPEN for i in old), "the old Art. 22 is the law"
    assert all(before[i] is FindingState.UPCOMING for i in new), "the DUAA regime is upcoming"
    last_day = states(DUAA_ADM - dt.timedelta(1))
    assert old <= set(last_day) and all(last_day[i] is FindingState.UPCOMING for i in new)
    commenced = states(DUAA_ADM)
    assert not old & set(commenced), "the old regime is no longer reported"
    assert all(commenced[i] is FindingState.OPEN for i in new)


def test_human_intervention_is_a_decision_in_the_deployment_lane(checker: Checker) -> None:
    rule = "art22c-human-intervention"
    audit = card("ha", M, ["human-decision"], Role.DOMAIN_EXPERT)
    assert _finding(_check(checker, [audit], [("p", "ha")], ADM), rule) is not None
    decides = card("hd", P, ["human-decision"], Role.DOMAIN_EXPERT)
    assert _finding(_check(checker, [decides], [("hd", "p")], ADM), rule) is None


def test_notice_to_the_person_is_not_a_published_record(checker: Checker) -> None:
    register = card("tr", G, ["public-transparency"], Role.PROJECT_MANAGER)
    result = _check(checker, [register], [("tr", "d")], ADM)
    assert _finding(result, "art22c-inform") is not None
    assert _finding(result, "art13-14-information") is not None
    notice = card("nt", P, ["individual-notice"], Role.POLICY_LEGAL)
    result = _check(checker, [notice], [("nt", "p")], ADM)
    assert _finding(result, "art22c-inform") is None
    assert _finding(result, "art13-14-information") is None


def test_meaningful_involvement_is_shown_by_oversight_that_repeats(checker: Checker) -> None:
    rule = "art22a-meaningful-involvement"
    once = card("om", M, ["oversight-monitoring"], Role.DOMAIN_EXPERT, cadence=Cadence.ONCE)
    gap = _finding(_check(checker, [once], [("p", "om")], REVIEWED_SCORE), rule)
    assert gap is not None and gap.severity is Severity.WARNING
    weekly = card("om", M, ["oversight-monitoring"], Role.DOMAIN_EXPERT, cadence=Cadence.WEEKLY)
    assert _finding(_check(checker, [weekly], [("p", "om")], REVIEWED_SCORE), rule) is None


def test_health_data_needs_an_article_9_and_schedule_1_condition(checker: Checker) -> None:
    profile = BASE.model_copy(update={"special_category": True})
    rule = "art9-special-category-condition"
    basis = card("lb", G, ["lawful-basis"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [basis], [("lb", "d")], profile), rule) is not None
    loose = card("sc", D, ["special-category-condition"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [loose], [], profile), rule) is not None, "must gate"
    assert _finding(_check(checker, [loose], [("sc", "d")], profile), rule) is None


def test_the_equality_duty_is_discharged_before_go_live(checker: Checker) -> None:
    rule = "psed-equality-duty"
    after = card("eq", M, ["equality-impact-assessment"], Role.PRIVACY_ETHICS)
    assert _finding(_check(checker, [after], [("p", "eq")]), rule) is not None
    before = card("eq", G, ["equality-impact-assessment"], Role.PRIVACY_ETHICS)
    assert _finding(_check(checker, [before], [("eq", "d")]), rule) is None


def test_the_atrs_record_is_a_public_record_and_a_warning(checker: Checker) -> None:
    profile = BASE.model_copy(update={"decisions_about_individuals": True})
    rule = "atrs-record"
    notice = card("nt", P, ["individual-notice"], Role.POLICY_LEGAL)
    gap = _finding(_check(checker, [notice], [("nt", "p")], profile), rule)
    assert gap is not None and gap.severity is Severity.WARNING
    record = card("tr", P, ["public-transparency"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [record], [("tr", "p")], profile), rule) is None


def test_law_enforcement_processing_points_to_part_3_as_information(checker: Checker) -> None:
    profile = BASE.model_copy(update={"annex3_area": Annex3Area.LAW_ENFORCEMENT})
    rule = "dpa2018-part3-law-enforcement"
    gap = _finding(_check(checker, [], profile=profile), rule)
    assert gap is not None and gap.severity is Severity.INFO
    review = card("lr", G, ["legal-review"], Role.POLICY_LEGAL)
    assert _finding(_check(checker, [review], [("lr", "d")], profile), rule) is None


def test_fairness_testing_must_gate_the_release(checker: Checker) -> None:
    profile = BASE.model_copy(update={"decisions_about_individuals": True})
    rule = "art5-1-a-fairness"
    loose = card("ft", E, ["fairness-testing"])
    gap = _finding(_check(checker, [loose], [], profile), rule)
    assert gap is not None and gap.severity is Severity.WARNING
    assert _finding(_check(checker, [loose], [("v", "ft"), ("ft", "e")], profile), rule) is None


@pytest.mark.parametrize(
    "profile", [FULL, REVIEWED_SCORE, BEFORE_DUAA], ids=["full", "reviewed-score", "before-duaa"]
)
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
