"""Canada's Directive on Automated Decision-Making (2025 text): scope, levels and graph tests.

Each test states what the directive asks, builds the smallest board that does
or does not carry it, and checks the pack's verdict: scope (federal
institutions, rules-based systems, people selected for investigation), the
impact-level conditions of Appendix C, and the graph semantics the rules rely
on (before the release, independent of the builders, repeating in operation,
evidence rather than intent).
"""

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
from models.strategy import Card, Strategy
from models.vocabulary import Cadence, ImpactLevel, Jurisdiction, Role, Status
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
    loop,
    strategy,
)

PACK = "canada-dadm"
TODAY = dt.date(2026, 12, 5)
CA = (Jurisdiction.CANADA,)
BASE = Profile(decisions_about_individuals=True, jurisdictions=CA, impact_level=ImpactLevel.IV)


def _ids(shipped: PackSet, profile: Profile) -> set[str]:
    return applicable_ids(shipped.packs, PACK, profile)


def _findings(
    checker: Checker,
    extra: list[Card],
    links: Sequence[LinkSpec] = (),
    profile: Profile = BASE,
    on: dt.date = TODAY,
) -> dict[str, Finding]:
    """The pack's findings on the minimal closed loop plus ``extra`` cards and links."""
    cards, base_links = loop()
    s: Strategy = strategy([*cards, *extra], [*base_links, *links], profile, [PACK])
    return {f.rule_id: f for f in checker.check(s, as_of=on).findings if f.pack == PACK}


def test_every_rule_states_when_it_applies() -> None:
    data = tomllib.loads((SHIPPED_DIR / f"{PACK}.toml").read_text(encoding="utf-8"))
    for rule in data["rule"]:
        assert rule.get("applies_from") == dt.date(2025, 6, 24), rule["id"]
        assert "applies_until" not in rule, rule["id"]


@pytest.mark.parametrize(
    ("update", "applies"),
    [
        ({}, True),
        ({"ai_system": False}, True),  # a rules-based system is still an automated decision system
        ({"decisions_about_individuals": False}, False),
        ({"decisions_about_individuals": False, "flags_for_investigation": True}, True),
        ({"public_authority": False}, False),  # binds federal institutions only
        ({"public_authority": False, "public_service": True}, False),
        ({"jurisdictions": (Jurisdiction.UK,)}, False),
    ],
)
def test_scope_is_federal_institutions_deciding_or_selecting_people(
    shipped: PackSet, update: dict[str, object], applies: bool
) -> None:
    assert shipped.packs[PACK].applies(BASE.model_copy(update=update)) is applies


@pytest.mark.parametrize(
    ("rule_id", "lowest_level"),
    [
        ("canada-dadm.6-2-1-notice", 1),
        ("canada-dadm.6-2-3-published-explanation", 1),
        ("canada-dadm.6-3-14-approval", 1),
        ("canada-dadm.6-3-9-training", 1),
        ("canada-dadm.6-2-3-individual-explanation", 2),
        ("canada-dadm.6-3-7-peer-review", 2),
        ("canada-dadm.6-3-7-peer-review-published", 2),
        ("canada-dadm.6-3-8-gba-plus", 2),
        ("canada-dadm.human-involvement", 3),
        ("canada-dadm.6-3-9-recurring-training", 3),
    ],
)
def test_level_requirements_follow_appendix_c(
    shipped: PackSet, rule_id: str, lowest_level: int
) -> None:
    for level in ImpactLevel:
        profile = BASE.model_copy(update={"impact_level": level})
        assert (rule_id in _ids(shipped, profile)) is (level >= lowest_level), (rule_id, level)


def test_human_involvement_cites_section_and_appendix(shipped: PackSet) -> None:
    rule = shipped.packs[PACK].rule("canada-dadm.human-involvement")
    assert rule is not None
    assert rule.citation == "s. 6.3.13; Appendix C"
    assert "6.3.8" not in rule.explanation


def test_a_final_human_decision_must_sit_in_deployment(checker: Checker) -> None:
    rule = "canada-dadm.human-involvement"
    audit = card("audit", M, ["oversight-monitoring"], Role.DOMAIN_EXPERT, cadence=Cadence.WEEKLY)
    assert rule in _findings(checker, [audit], [("m", "audit")]), "oversight is not a decision"
    late = card("late", M, ["human-decision"], Role.DOMAIN_EXPERT)
    assert rule in _findings(checker, [late], [("m", "late")]), "an after-the-fact review"
    decides = card("decides", P, ["human-decision"], Role.DOMAIN_EXPERT)
    assert rule not in _findings(checker, [decides], [("e", "decides"), ("decides", "m")])
    planned = decides.model_copy(update={"status": Status.PLANNED})
    finding = _findings(checker, [planned], [("e", "decides"), ("decides", "m")])[rule]
    assert finding.state.value == "planned"


def test_the_aia_gates_the_release_and_is_kept_current(checker: Checker) -> None:
    before, current = (
        "canada-dadm.6-1-1-aia-before-production",
        "canada-dadm.6-1-3-aia-kept-current",
    )
    once = card(
        "aia", G, ["algorithmic-impact-assessment"], Role.POLICY_LEGAL, cadence=Cadence.ONCE
    )
    loose = _findings(checker, [once])
    assert before in loose and current in loose
    gated = _findings(checker, [once], [("aia", "d")])
    assert before not in gated and current in gated, "a one-off AIA is not kept up to date"
    yearly = once.model_copy(update={"cadence": Cadence.YEARLY})
    assert not {before, current} & set(_findings(checker, [yearly], [("aia", "d")]))


def test_an_equality_assessment_does_not_stand_in_for_the_aia(checker: Checker) -> None:
    eqia = card("eqia", G, ["equality-impact-assessment"], Role.PRIVACY_ETHICS)
    found = _findings(checker, [eqia], [("eqia", "d")])
    assert "canada-dadm.6-1-1-aia-before-production" in found
    assert "canada-dadm.6-3-8-gba-plus" not in found


def test_publication_of_the_aia_and_peer_review_is_a_link_to_the_public_record(
    checker: Checker,
) -> None:
    aia = card("aia", G, ["algorithmic-impact-assessment"], Role.POLICY_LEGAL)
    review = card("review", E, ["independent-review"], Role.PROJECT_MANAGER)
    public = card("public", G, ["public-transparency"], Role.POLICY_LEGAL)
    rules = {"canada-dadm.6-1-1-aia-published", "canada-dadm.6-3-7-peer-review-published"}
    # The assessments gate the release, but nothing leads from them to the published record.
    gating = [("aia", "d"), ("v", "review"), ("review", "p")]
    assert rules <= set(_findings(checker, [aia, review], gating))
    assert rules <= set(_findings(checker, [aia, review, public], gating))
    linked = [*gating, ("aia", "public"), ("review", "public")]
    assert not rules & set(_findings(checker, [aia, review, public], linked))


def test_peer_review_must_be_independent_and_before_production(checker: Checker) -> None:
    rule = "canada-dadm.6-3-7-peer-review"
    own = card("review", E, ["independent-review"], Role.DATA_SCIENTIST)
    assert rule in _findings(checker, [own], [("v", "review"), ("review", "p")]), "builders"
    outside = own.model_copy(update={"owner_role": Role.PROJECT_MANAGER})
    assert rule not in _findings(checker, [outside], [("v", "review"), ("review", "p")])
    after = card("review", M, ["independent-review"], Role.PROJECT_MANAGER)
    found = _findings(checker, [after], [("m", "review")])
    assert rule in found and "gate the release" in found[rule].message


@pytest.mark.parametrize(
    ("rule_id", "capability", "phase"),
    [
        ("canada-dadm.6-3-2-monitor-outcomes", "performance-monitoring", M),
        ("canada-dadm.6-3-3-human-rights", "fairness-monitoring", M),
        ("canada-dadm.6-3-4-human-overrides", "oversight-monitoring", M),
        ("canada-dadm.6-3-4-document-feedback", "user-feedback", F),
        ("canada-dadm.6-5-reporting", "public-transparency", F),
    ],
)
def test_operational_duties_must_repeat(
    checker: Checker, rule_id: str, capability: str, phase: Phase
) -> None:
    once = card("x", phase, [capability], Role.DOMAIN_EXPERT, cadence=Cadence.ONCE)
    link = ("m", "x") if phase is M else ("f", "x")
    assert rule_id in _findings(checker, [once], [link])
    monthly = once.model_copy(update={"cadence": Cadence.MONTHLY})
    assert rule_id not in _findings(checker, [monthly], [link])


def test_testing_for_bias_and_accuracy_must_precede_production(checker: Checker) -> None:
    rules = {
        "canada-dadm.6-3-1-testing-before-production",
        "canada-dadm.6-3-1-accuracy-before-production",
    }
    tests = card("tests", E, ["fairness-testing", "performance-testing"])
    assert not rules & set(_findings(checker, [tests], [("v", "tests"), ("tests", "p")]))
    later = card("tests", M, ["fairness-testing", "performance-testing"])
    assert rules <= set(_findings(checker, [later], [("m", "tests")]))


def test_notice_is_to_each_person_where_the_system_is_used(checker: Checker) -> None:
    rule = "canada-dadm.6-2-1-notice"
    register = card("register", G, ["public-transparency"], Role.PROJECT_MANAGER)
    found = _findings(checker, [register], [("register", "d")])
    assert rule in found and "canada-dadm.6-2-3-published-explanation" not in found
    notice = card("notice", P, ["individual-notice"], Role.POLICY_LEGAL)
    assert rule not in _findings(checker, [notice], [("e", "notice"), ("notice", "m")])


def test_legal_services_are_owned_by_legal_and_come_first(checker: Checker) -> None:
    rule = "canada-dadm.6-3-12-legal-services"
    by_manager = card("legal", G, ["legal-review"], Role.PROJECT_MANAGER)
    assert rule in _findings(checker, [by_manager], [("legal", "d")])
    by_legal = by_manager.model_copy(update={"owner_role": Role.POLICY_LEGAL})
    assert rule in _findings(checker, [by_legal]), "not linked: it gates nothing"
    assert rule not in _findings(checker, [by_legal], [("legal", "d")])


def test_gba_plus_is_an_equality_assessment_not_a_data_check(checker: Checker) -> None:
    rule = "canada-dadm.6-3-8-gba-plus"
    bias = card("bias", D, ["bias-examination"], Role.PRIVACY_ETHICS)
    assert rule in _findings(checker, [bias], [("bias", "v")])


def test_the_2025_text_applies_from_its_date(checker: Checker) -> None:
    rule = "canada-dadm.6-3-3-human-rights"
    before = _findings(checker, [], on=dt.date(2025, 6, 23))[rule]
    assert before.state.value == "upcoming" and before.severity.value == "info"
    assert _findings(checker, [], on=dt.date(2025, 6, 24))[rule].state.value == "open"
