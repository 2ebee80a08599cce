"""Checking that judges whether a practice works, not only that a card exists.

Each test builds a small pack in code (so the shipped content can change without
touching these tests) and a strategy of a few cards, and asserts what a reviewer
would: evidence over intent, timing before the release, independence from the
builders, cadence in operation, closure through other cards, the law on a date,
and the order in which gaps are shown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.checker import Checker
from models.drills import DrillEvent
from models.findings import CheckResult, Finding
from models.phases import Phase
from models.profile import Profile
from models.rules import RulePack
from models.vocabulary import Cadence, FindingState, LinkKind, Role, Severity, Status
from tests.app.checker.helpers import D, E, F, G, M, P, V, card, loop, strategy

TODAY = dt.date(2026, 12, 5)


def pack(*rules: dict[str, Any], key: str = "test", **header: Any) -> RulePack:
    """A pack of ``rules`` (dicts as in a TOML file), in force since 2020."""
    data: dict[str, Any] = {
        "key": key,
        "title": f"Test pack {key}",
        "instrument": "Test instrument",
        "version": "1",
        "effective": dt.date(2020, 1, 1),
        "cite_as": key.upper(),
        "rules": [{"title": r["id"], "citation": "s. 1", **r} for r in rules],
        **header,
    }
    return RulePack.model_validate(data)


def run(
    rules: list[dict[str, Any]],
    cards: list[Any],
    links: list[Any] = (),  # type: ignore[assignment]
    *,
    on: dt.date = TODAY,
    profile: Profile | None = None,
    events: list[DrillEvent] = (),  # type: ignore[assignment]
    packs: list[RulePack] | None = None,
) -> CheckResult:
    chosen = packs or [pack(*rules)]
    checker = Checker(chosen, events=events)
    s = strategy(cards, links, profile=profile, packs=[p.key for p in chosen])
    return checker.check(s, as_of=on)


def only(result: CheckResult, rule_id: str) -> Finding | None:
    found = [f for f in result.findings if f.rule_id == rule_id]
    assert len(found) <= 1
    return found[0] if found else None


def with_loop(*extra: Any, links: list[Any] = ()) -> tuple[list[Any], list[Any]]:  # type: ignore[assignment]
    """The minimal closed lifecycle (every card in place) plus extra cards and links."""
    cards, base = loop()
    return [*cards, *extra], [*base, *links]


# -- evidence, not intent -------------------------------------------------------------------------


def test_a_duty_carried_only_by_a_planned_card_is_planned_never_met() -> None:
    rule = {"id": "r", "requires": {"kind": "present", "capability": "human-decision"}}
    planned = card("h", P, ["human-decision"], status=Status.PLANNED)
    cards, links = with_loop(planned, links=[("e", "h")])
    result = run([rule], cards, links)
    finding = only(result, "r")
    assert finding is not None and finding.state is FindingState.PLANNED
    assert finding.card_ids == ("h",)
    assert "only planned" in finding.message, "the system is live: the safeguard is missing today"
    (coverage,) = [c for c in result.coverage if c.pack == "test"]
    assert (coverage.satisfied, coverage.planned, coverage.applicable) == (0, 1, 1)
    assert coverage.summary() == "0 in place · 1 planned of 1"


def test_a_planned_duty_before_go_live_says_planned() -> None:
    rule = {"id": "r", "requires": {"kind": "present", "capability": "dpia"}}
    cards, links = loop()
    not_live = [
        c.model_copy(update={"status": Status.PLANNED}) if c.id == "p" else c for c in cards
    ]
    result = run([rule], [*not_live, card("x", G, ["dpia"], status=Status.PLANNED)], links)
    assert not result.live
    finding = only(result, "r")
    assert finding is not None and finding.message.startswith("Planned, not in place")


def test_in_progress_is_not_in_place_either() -> None:
    rule = {"id": "r", "requires": {"kind": "present", "capability": "dpia"}}
    cards, links = with_loop(card("x", G, ["dpia"], status=Status.IN_PROGRESS))
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and finding.state is FindingState.PLANNED


def test_an_in_place_card_meets_the_duty() -> None:
    rule = {"id": "r", "requires": {"kind": "present", "capability": "dpia"}}
    cards, links = with_loop(card("x", G, ["dpia"]))
    result = run([rule], cards, links)
    assert only(result, "r") is None
    (coverage,) = [c for c in result.coverage if c.pack == "test"]
    assert (coverage.satisfied, coverage.planned) == (1, 0)


def test_coverage_never_reaches_full_on_a_board_of_planned_cards() -> None:
    rules = [
        {"id": f"r{i}", "requires": {"kind": "present", "capability": cap}}
        for i, cap in enumerate(("dpia", "human-decision", "fairness-testing", "appeal-process"))
    ]
    cards, links = loop()
    planned = [c.model_copy(update={"status": Status.PLANNED}) for c in cards]
    planned += [
        card("a", G, ["dpia"], status=Status.PLANNED),
        card("b", P, ["human-decision"], status=Status.PLANNED),
        card("c", E, ["fairness-testing"], status=Status.PLANNED),
        card("d2", F, ["appeal-process"], status=Status.PLANNED),
    ]
    result = run(rules, planned, links)
    for coverage in result.coverage:
        # Shape rules about the drawing (links, owners) may hold; nothing about what runs.
        assert coverage.share < 1.0, coverage
        assert coverage.satisfied == 0 or coverage.pack == "structure", coverage
    assert all(f.state is FindingState.PLANNED for f in result.findings if f.pack == "test")


def test_a_path_through_a_planned_card_is_only_planned() -> None:
    rule = {
        "id": "r",
        "requires": {"kind": "path", "source": "drift-monitoring", "target": "retraining"},
    }
    watch = card("w", M, ["drift-monitoring"])
    relay = card("t", M, ["incident-response"], status=Status.PLANNED)
    retrain = card("r", F, ["retraining"])
    cards, links = with_loop(watch, relay, retrain, links=[("w", "t"), ("t", "r")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and finding.state is FindingState.PLANNED
    assert "t" in finding.card_ids or finding.card_ids


def test_structural_rules_need_cards_in_place_too() -> None:
    cards, links = loop()
    planned = [c.model_copy(update={"status": Status.PLANNED}) for c in cards]
    result = run(
        [],
        planned,
        links,
        packs=[pack({"id": "x", "requires": {"kind": "present", "capability": "dpia"}})],
    )
    states = {f.rule_id: f.state for f in result.findings if f.pack == "structure"}
    assert states["structure.phase-covered"] is FindingState.PLANNED
    assert states["structure.loop-closed"] is FindingState.PLANNED
    structure = next(c for c in result.coverage if c.pack == "structure")
    assert structure.satisfied < structure.applicable
    assert all(f.card_ids for f in result.findings if f.pack == "structure")


def test_a_live_system_ranks_planned_safeguards_as_missing() -> None:
    rules = [
        {"id": "a-planned", "requires": {"kind": "present", "capability": "human-decision"}},
        {
            "id": "b-missing",
            "severity": "warning",
            "requires": {"kind": "present", "capability": "dpia"},
        },
    ]
    planned = card("h", P, ["human-decision"], status=Status.PLANNED)
    cards, links = with_loop(planned, links=[("e", "h")])
    result = run(rules, cards, links)
    assert result.live, "a deployment card is in place"
    first = result.findings[0]
    assert first.rule_id == "a-planned", "an error only planned on a live system outranks a warning"
    assert "The system is live" in first.message


# -- timing: before the release -------------------------------------------------------------------


def test_before_release_needs_the_card_upstream_of_every_deployment_card() -> None:
    rule = {"id": "r", "requires": {"kind": "present", "capability": "fria", "before": "release"}}
    loose = card("x", G, ["fria"])
    cards, links = with_loop(loose)
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and finding.state is FindingState.OPEN
    assert "does not gate the release" in finding.message
    assert "p" in finding.card_ids and "x" in finding.card_ids
    # Linked into the lifecycle upstream of deployment: it now gates the release.
    assert only(run([rule], cards, [*links, ("x", "e")]), "r") is None


def test_before_release_is_not_met_from_after_the_release_or_round_the_loop() -> None:
    rule = {"id": "r", "requires": {"kind": "present", "capability": "dpia", "before": "release"}}
    late = card("x", M, ["dpia"])
    cards, links = with_loop(late, links=[("p", "x"), ("x", "f")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and "does not gate the release" in finding.message


def test_a_second_release_path_must_be_gated_too() -> None:
    rule = {"id": "r", "requires": {"kind": "present", "capability": "dpia", "before": "release"}}
    gate = card("x", G, ["dpia"])
    side = card("p2", P, owner=Role.IT_OPERATIONS)
    cards, links = with_loop(gate, side, links=[("x", "e"), ("v", "p2"), ("p2", "m")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and "p2" in finding.card_ids
    assert only(run([rule], cards, [*links, ("x", "p2")]), "r") is None


# -- independence ---------------------------------------------------------------------------------


def test_independent_review_owned_by_a_builder_does_not_count() -> None:
    rule = {
        "id": "r",
        "requires": {"kind": "present", "capability": "independent-review", "independent": True},
    }
    own = card("x", E, ["independent-review"], owner=Role.DATA_SCIENTIST)
    cards, links = with_loop(own, links=[("v", "x"), ("x", "p")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and "independent review needs an owner outside it" in finding.message
    outside = own.model_copy(update={"owner_role": Role.POLICY_LEGAL})
    cards, links = with_loop(outside, links=[("v", "x"), ("x", "p")])
    assert only(run([rule], cards, links), "r") is None


def test_the_builders_are_whoever_owns_model_development() -> None:
    rule = {
        "id": "r",
        "requires": {"kind": "present", "capability": "independent-review", "independent": True},
    }
    reviewer = card("x", E, ["independent-review"], owner=Role.POLICY_LEGAL)
    legal_builder = card("v2", V, owner=Role.POLICY_LEGAL)
    cards, links = with_loop(reviewer, legal_builder, links=[("d", "v2"), ("v2", "e")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None, "policy & legal also build the model here"


# -- cadence --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cadence", "met"),
    [(Cadence.MONTHLY, True), (Cadence.CONTINUOUS, True), (Cadence.ONCE, False), (None, False)],
)
def test_a_recurring_duty_needs_a_card_that_repeats(cadence: Cadence | None, met: bool) -> None:
    rule = {
        "id": "r",
        "requires": {
            "kind": "present",
            "capability": "fairness-monitoring",
            "phase": "monitor",
            "recurring": True,
        },
    }
    watch = card("x", M, ["fairness-monitoring"], cadence=cadence)
    cards, links = with_loop(watch, links=[("p", "x")])
    finding = only(run([rule], cards, links), "r")
    assert (finding is None) is met
    if not met:
        assert finding is not None and "runs once or states no cadence" in finding.message


def test_a_one_off_source_does_not_count_for_a_recurring_path() -> None:
    rule = {
        "id": "r",
        "requires": {
            "kind": "path",
            "source": "stakeholder-engagement",
            "target": "lessons-learned",
            "recurring": True,
        },
    }
    once = card("c", F, ["stakeholder-engagement"], cadence=Cadence.ONCE)
    lesson = card("l", F, ["lessons-learned"])
    cards, links = with_loop(once, lesson, links=[("c", "l")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and "Nothing can lead to" in finding.message


# -- closure --------------------------------------------------------------------------------------


def test_one_card_cannot_raise_the_alarm_and_answer_it() -> None:
    rule = {
        "id": "r",
        "requires": {
            "kind": "path",
            "source": "performance-monitoring",
            "target": "incident-response",
        },
    }
    both = card("x", M, ["performance-monitoring", "incident-response"])
    cards, links = with_loop(both, links=[("p", "x")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and finding.card_ids == ("x",)
    runbook = card("y", M, ["incident-response"], owner=Role.IT_OPERATIONS)
    cards, links = with_loop(both, runbook, links=[("p", "x"), ("x", "y")])
    assert only(run([rule], cards, links), "r") is None


def test_a_cycle_back_to_the_same_card_does_not_close_it() -> None:
    rule = {
        "id": "r",
        "requires": {"kind": "path", "source": "performance-monitoring", "target": "retraining"},
    }
    both = card("x", M, ["performance-monitoring", "retraining"])
    other = card("o", F)
    cards, links = with_loop(both, other, links=[("x", "o"), ("o", "x", LinkKind.FEEDS_BACK)])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None


def test_the_target_must_be_owned_by_the_named_role() -> None:
    rule = {
        "id": "r",
        "requires": {
            "kind": "path",
            "source": "fairness-monitoring",
            "target": "bias-mitigation",
            "target_role": "privacy-ethics",
        },
    }
    watch = card("w", M, ["fairness-monitoring"], cadence=Cadence.MONTHLY)
    fix = card("b", F, ["bias-mitigation"], owner=Role.DATA_SCIENTIST)
    cards, links = with_loop(watch, fix, links=[("w", "b")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and "Privacy & ethics" in finding.message
    owned = fix.model_copy(update={"owner_role": Role.PRIVACY_ETHICS})
    cards, links = with_loop(watch, owned, links=[("w", "b")])
    assert only(run([rule], cards, links), "r") is None


# -- dates ----------------------------------------------------------------------------------------

DATED = [
    {
        "id": "future",
        "applies_from": dt.date(2027, 12, 2),
        "requires": {"kind": "present", "capability": "dpia"},
    },
    {
        "id": "gone",
        "applies_from": dt.date(2024, 12, 1),
        "applies_until": dt.date(2025, 4, 2),
        "requires": {"kind": "present", "capability": "human-alternative"},
    },
    {
        "id": "now",
        "applies_from": dt.date(2026, 8, 2),
        "pending": {"note": "Reported: moved to 2 Dec 2027.", "source": "secondary"},
        "requires": {"kind": "present", "capability": "fria"},
    },
]


def test_a_rule_not_yet_in_force_is_upcoming_never_an_error() -> None:
    cards, links = loop()
    result = run(DATED, cards, links)
    future = only(result, "future")
    assert future is not None and future.state is FindingState.UPCOMING
    assert future.severity is Severity.INFO
    assert future.applies_from == dt.date(2027, 12, 2)
    assert future.message.startswith("Upcoming — applies from 2 December 2027.")
    (coverage,) = [c for c in result.coverage if c.pack == "test"]
    assert (coverage.applicable, coverage.upcoming) == (1, 1), "upcoming rules are not counted"
    assert only(result, "gone") is None, "superseded rules do not apply"
    now = only(result, "now")
    assert now is not None and now.state is FindingState.OPEN
    assert now.pending == "Reported: moved to 2 Dec 2027. (Source: secondary)"
    assert future not in result.gaps and now in result.gaps
    assert all(g.state is not FindingState.UPCOMING for g in result.top_gaps)


def test_the_law_as_it_stood_on_another_date() -> None:
    cards, links = loop()
    early = run(DATED, cards, links, on=dt.date(2025, 1, 15))
    assert early.checked_on == dt.date(2025, 1, 15)
    assert only(early, "gone") is not None
    now = only(early, "now")
    assert now is not None and now.state is FindingState.UPCOMING
    late = run(DATED, cards, links, on=dt.date(2028, 1, 1))
    future = only(late, "future")
    assert future is not None and future.state is FindingState.OPEN


def test_the_profile_date_applies_when_no_date_is_given() -> None:
    cards, links = loop()
    checker = Checker([pack(*DATED)])
    pinned = Profile(as_of=dt.date(2025, 1, 15))
    result = checker.check(strategy(cards, links, profile=pinned, packs=["test"]))
    assert result.checked_on == dt.date(2025, 1, 15)
    assert only(result, "gone") is not None
    other = checker.check(strategy(cards, links, profile=pinned, packs=["test"]), as_of=TODAY)
    assert only(other, "gone") is None, "an explicit date wins over the profile's"


def test_today_is_the_default() -> None:
    cards, links = loop()
    result = Checker([pack(*DATED)]).check(strategy(cards, links, packs=["test"]))
    assert result.checked_on == dt.date.today()


# -- what matters first ---------------------------------------------------------------------------


def test_a_prohibited_practice_outranks_everything() -> None:
    rules = [
        {"id": "a-error", "requires": {"kind": "present", "capability": "dpia"}},
        {
            "id": "z-ban",
            "when": {"all": [{"field": "prohibited_practices", "contains": "social-scoring"}]},
            "requires": {"kind": "prohibited"},
        },
    ]
    cards, links = loop()
    banned = Profile(prohibited_practices=("social-scoring",))
    result = run(rules, cards, links, profile=banned)
    assert result.findings[0].rule_id == "z-ban"
    assert result.findings[0].state is FindingState.PROHIBITED
    assert result.top_gaps[0].state is FindingState.PROHIBITED
    assert only(run(rules, cards, links), "z-ban") is None


def test_gaps_demanded_by_more_packs_and_articles_come_first() -> None:
    one = pack(
        {"id": "one.notice", "requires": {"kind": "present", "capability": "individual-notice"}},
        {"id": "one.dpia", "requires": {"kind": "present", "capability": "dpia"}},
        key="one",
    )
    two = pack(
        {"id": "two.dpia", "requires": {"kind": "present", "capability": "dpia"}},
        {
            "id": "two.dpia-again",
            "requires": {"kind": "present", "capability": "dpia", "phase": "governance"},
        },
        key="two",
    )
    cards, links = loop()
    result = run([], cards, links, packs=[one, two])
    top = result.top_gaps[0]
    assert top.practice == "dpia"
    assert set(top.rule_ids) == {"one.dpia", "two.dpia", "two.dpia-again"}
    assert top.packs == ("Test pack one", "Test pack two")
    assert top.citations and all("s. 1" in c for c in top.citations)
    assert "3 rules in 2 packs" in top.why
    ranks = {f.rule_id: f.rank for f in result.findings}
    assert ranks["one.dpia"] == ranks["two.dpia"] == 1
    assert ranks["one.notice"] > 1
    assert [f.rank for f in result.findings] == sorted(f.rank for f in result.findings)


def test_drill_harm_breaks_ties() -> None:
    rules = [
        {"id": "a", "requires": {"kind": "present", "capability": "dpia"}},
        {"id": "b", "requires": {"kind": "present", "capability": "fairness-monitoring"}},
    ]
    event = DrillEvent(
        key="gap",
        title="A fairness gap opens",
        description="Error rates drift apart.",
        arises_in=Phase.MONITOR,
        detect_capabilities=("fairness-monitoring",),
        respond_capabilities=("bias-mitigation",),
        response_owner=Role.PRIVACY_ETHICS,
        harm_per_day=15,
    )
    cards, links = loop()
    plain = run(rules, cards, links)
    assert plain.top_gaps[0].practice == "dpia", "alphabetical without harm"
    harmed = run(rules, cards, links, events=[event])
    assert harmed.top_gaps[0].practice == "fairness-monitoring"
    assert harmed.top_gaps[0].harm_per_day == 15
    assert "15 harm per day" in harmed.top_gaps[0].why


def test_top_gaps_are_at_most_five() -> None:
    caps = ["dpia", "fria", "human-decision", "individual-notice", "appeal-process", "ai-literacy"]
    rules = [
        {"id": f"r{i}", "requires": {"kind": "present", "capability": c}}
        for i, c in enumerate(caps)
    ]
    cards, links = loop()
    result = run(rules, cards, links)
    assert len(result.top_gaps) == 5
    assert [g.rank for g in result.top_gaps] == [1, 2, 3, 4, 5]


def test_the_plan_and_evidence_indexes_agree_when_every_card_is_in_place() -> None:
    rules = [{"id": "r", "requires": {"kind": "present", "capability": "dpia"}}]
    cards, links = with_loop(card("x", D, ["dpia"]))
    checker = Checker([pack(*rules)])
    s = strategy(cards, links, packs=["test"])
    plan = checker.index(s)
    assert checker.evidence(s, plan) is plan


def test_round_the_loop_is_not_a_way_to_deliver_an_alarm() -> None:
    rule = {
        "id": "r",
        "requires": {"kind": "path", "source": "drift-monitoring", "target": "incident-response"},
    }
    # On a closed board the runbook is "downstream" of the drift alarm only by way of the
    # loop and the next release: that is not the alarm reaching its answer.
    watch = card("w", M, ["drift-monitoring"], cadence=Cadence.WEEKLY)
    runbook = card("r", M, ["incident-response"], owner=Role.IT_OPERATIONS)
    cards, links = with_loop(watch, runbook, links=[("p", "r"), ("w", "f"), ("p", "w")])
    finding = only(run([rule], cards, links), "r")
    assert finding is not None and finding.card_ids == ("w",)
    assert only(run([rule], cards, [*links, ("w", "r")]), "r") is None
