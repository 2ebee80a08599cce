"""OMB M-25-21 (and M-24-10 as history): scope, dates and the graph tests of each practice."""

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
from models.vocabulary import Cadence, Jurisdiction, Role, Status
from tests.app.checker.helpers import (
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

PACK = "us-omb"
TODAY = dt.date(2026, 12, 5)
M24_10 = dt.date(2025, 1, 15)
"""A day when M-24-10 was in force."""
WINDOW = dt.date(2025, 6, 1)
"""A day in M-25-21's 365-day implementation window."""
US = (Jurisdiction.US_FEDERAL,)
HIGH = Profile(decisions_about_individuals=True, high_impact=True, jurisdictions=US)
HIGH_IMPACT_PRACTICES = {
    "us-omb.pre-deployment-testing",
    "us-omb.impact-assessment",
    "us-omb.benefit-risk-determination",
    "us-omb.ongoing-monitoring",
    "us-omb.monitoring-outcomes-across-groups",
    "us-omb.human-training",
    "us-omb.human-oversight",
    "us-omb.fail-safe",
    "us-omb.remedies-appeals",
    "us-omb.end-user-feedback",
}
PEOPLE_ONLY = {
    "us-omb.monitoring-outcomes-across-groups",
    "us-omb.human-oversight",
    "us-omb.remedies-appeals",
}
"""High-impact practices about decisions on (or selection of) individuals."""


def _ids(shipped: PackSet, profile: Profile) -> set[str]:
    return applicable_ids(shipped.packs, PACK, profile)


def _findings(
    checker: Checker,
    extra: Sequence[Card] = (),
    links: Sequence[LinkSpec] = (),
    profile: Profile = HIGH,
    on: dt.date = TODAY,
) -> dict[str, Finding]:
    return pack_findings(checker, PACK, profile, extra, links, on=on)


def test_every_rule_states_when_it_applies() -> None:
    data = tomllib.loads((SHIPPED_DIR / f"{PACK}.toml").read_text(encoding="utf-8"))
    for rule in data["rule"]:
        assert "applies_from" in rule, rule["id"]
        if rule["id"].startswith("us-omb.m24-10-"):
            assert rule["applies_from"] == dt.date(2024, 12, 1), rule["id"]
            assert rule["applies_until"] == dt.date(2025, 4, 2), rule["id"]
            assert rule["citation"].startswith("M-24-10 s. 5(c)("), rule["id"]
            assert "secondary" in rule["explanation"], rule["id"]
        elif rule["id"] == "us-omb.use-case-inventory":
            assert rule["applies_from"] == dt.date(2025, 4, 3)
        else:
            assert rule["applies_from"] == dt.date(2026, 4, 3), rule["id"]
            assert rule["citation"].startswith("M-25-21, "), rule["id"]


def test_the_inventory_covers_every_federal_ai_use_case(shipped: PackSet) -> None:
    ordinary = Profile(jurisdictions=US)
    assert shipped.packs[PACK].applies(ordinary)
    assert _ids(shipped, ordinary) == {"us-omb.use-case-inventory"}
    assert not shipped.packs[PACK].applies(ordinary.model_copy(update={"ai_system": False}))
    assert not shipped.packs[PACK].applies(HIGH.model_copy(update={"jurisdictions": ()}))


def test_high_impact_practices_need_high_impact_ai(shipped: PackSet) -> None:
    assert _ids(shipped, HIGH) >= HIGH_IMPACT_PRACTICES
    assert not HIGH_IMPACT_PRACTICES & _ids(shipped, HIGH.model_copy(update={"high_impact": False}))


@pytest.mark.parametrize(
    ("decisions", "flags", "people"),
    [(True, False, True), (False, True, True), (False, False, False)],
)
def test_practices_about_people_cover_those_selected_for_investigation(
    shipped: PackSet, decisions: bool, flags: bool, people: bool
) -> None:
    profile = HIGH.model_copy(
        update={"decisions_about_individuals": decisions, "flags_for_investigation": flags}
    )
    ids = _ids(shipped, profile)
    assert (ids >= PEOPLE_ONLY) is people
    assert (not PEOPLE_ONLY & ids) is (not people)
    # A safety-impacting use with nobody decided about still needs its fail-safe.
    assert "us-omb.fail-safe" in ids and "us-omb.pre-deployment-testing" in ids


def test_m25_21_practices_apply_after_the_365_day_window(checker: Checker) -> None:
    in_window = _findings(checker, on=WINDOW)
    assert {in_window[r].state.value for r in HIGH_IMPACT_PRACTICES} == {"upcoming"}
    assert in_window["us-omb.use-case-inventory"].state.value == "open"
    assert not any(r.startswith("us-omb.m24-10-") for r in in_window), "M-24-10 has expired"
    now = _findings(checker)
    assert {now[r].state.value for r in HIGH_IMPACT_PRACTICES} == {"open"}
    assert not any(r.startswith("us-omb.m24-10-") for r in now)


def test_m24_10_practices_show_on_a_date_when_it_was_in_force(checker: Checker) -> None:
    then = _findings(checker, on=M24_10)
    history = {
        "us-omb.m24-10-notice",
        "us-omb.m24-10-equity-assessment",
        "us-omb.m24-10-discrimination-monitoring",
        "us-omb.m24-10-opt-out",
        "us-omb.m24-10-consultation",
        "us-omb.m24-10-independent-evaluation",
    }
    assert {then[r].state.value for r in history} == {"open"}
    assert then["us-omb.m24-10-opt-out"].severity.value == "warning", "'where practicable'"
    assert then["us-omb.use-case-inventory"].state.value == "upcoming"
    assert then["us-omb.human-oversight"].state.value == "upcoming"


def test_an_appeal_is_not_an_opt_out_and_notice_is_not_a_register(checker: Checker) -> None:
    appeal = card("appeal", F, ["appeal-process"], Role.POLICY_LEGAL)
    register = card("register", G, ["public-transparency", "ai-register"], Role.PROJECT_MANAGER)
    found = _findings(checker, [appeal, register], [("f", "appeal"), ("register", "d")], on=M24_10)
    assert {"us-omb.m24-10-opt-out", "us-omb.m24-10-notice"} <= set(found)
    assert "us-omb.m24-10-remedy" not in found
    alternative = card("alt", P, ["human-alternative", "individual-notice"], Role.DOMAIN_EXPERT)
    found = _findings(checker, [alternative], [("e", "alt"), ("alt", "m")], on=M24_10)
    assert not {"us-omb.m24-10-opt-out", "us-omb.m24-10-notice"} & set(found)


def test_fail_safes_need_a_stop_switch_not_only_a_rollback(checker: Checker) -> None:
    rollback = card("rollback", P, ["rollback"], Role.IT_OPERATIONS)
    assert "us-omb.fail-safe" in _findings(checker, [rollback], [("e", "rollback")])
    stop = card("stop", P, ["stop-switch"], Role.IT_OPERATIONS)
    assert "us-omb.fail-safe" not in _findings(checker, [stop], [("e", "stop")])


def test_human_oversight_is_a_decision_before_it_takes_effect(checker: Checker) -> None:
    audit = card("audit", M, ["human-decision"], Role.DOMAIN_EXPERT, cadence=Cadence.MONTHLY)
    assert "us-omb.human-oversight" in _findings(checker, [audit], [("m", "audit")])
    decides = card("decides", P, ["human-decision"], Role.DOMAIN_EXPERT)
    links: list[LinkSpec] = [("e", "decides"), ("decides", "m")]
    assert "us-omb.human-oversight" not in _findings(checker, [decides], links)
    planned = decides.model_copy(update={"status": Status.PLANNED})
    assert _findings(checker, [planned], links)["us-omb.human-oversight"].state.value == "planned"


def test_testing_and_impact_assessment_gate_the_release(checker: Checker) -> None:
    rules = {"us-omb.pre-deployment-testing", "us-omb.impact-assessment"}
    late = card("late", M, ["performance-testing", "ai-impact-assessment"])
    assert rules <= set(_findings(checker, [late], [("m", "late")]))
    early = card("early", E, ["performance-testing"])
    aia = card("aia", G, ["ai-impact-assessment"], Role.PROJECT_MANAGER)
    found = _findings(checker, [early, aia], [("v", "early"), ("early", "p"), ("aia", "d")])
    assert not rules & set(found)
    assert "us-omb.benefit-risk-determination" not in found, "the assessment feeds the gate"


@pytest.mark.parametrize(
    ("rule_id", "capability", "lane", "link"),
    [
        ("us-omb.ongoing-monitoring", "performance-monitoring", M, ("m", "x")),
        ("us-omb.monitoring-outcomes-across-groups", "fairness-monitoring", M, ("m", "x")),
        ("us-omb.end-user-feedback", "user-feedback", F, ("f", "x")),
    ],
)
def test_monitoring_and_feedback_must_repeat(
    checker: Checker, rule_id: str, capability: str, lane: Phase, link: LinkSpec
) -> None:
    once = card("x", lane, [capability], Role.DOMAIN_EXPERT, cadence=Cadence.ONCE)
    assert rule_id in _findings(checker, [once], [link])
    weekly = once.model_copy(update={"cadence": Cadence.WEEKLY})
    assert rule_id not in _findings(checker, [weekly], [link])


def test_group_monitoring_is_the_apps_reading_so_a_warning(shipped: PackSet) -> None:
    rule = shipped.packs[PACK].rule("us-omb.monitoring-outcomes-across-groups")
    assert rule is not None and rule.severity.value == "warning"
    assert "reading" in rule.explanation


def test_later_memoranda_are_notes_not_rules(shipped: PackSet) -> None:
    pack = shipped.packs[PACK]
    notes = " ".join(pack.notes)
    assert "M-26-04" in notes and "M-25-22" in notes and "not verified" in notes
    assert "3 April 2026" in notes and "passed" in notes
    assert not any("M-26-04" in r.citation or "M-25-22" in r.citation for r in pack.rules)
