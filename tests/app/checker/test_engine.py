"""The engine: which rules apply, findings and coverage, fixes through the document."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from app.checker import Checker, PackSet, check, suggest_packs
from app.checker.builder import applicable_rules, satisfying_strategy
from app.checker.golden import EVERY_PACK_PROFILE, PROFILES
from app.demo import build_demo
from app.document import Document
from app.resources import ContentLibrary
from models.findings import CheckResult
from models.operations import AddCard, AddLink, Batch, Operation
from models.profile import Profile
from models.rules import Owned, Present
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, FindingState, Severity, Status
from tests.app.checker.helpers import loop, strategy
from tests.strategies.domain import profiles


def _pack_findings(result: CheckResult) -> set[str]:
    return {f.rule_id for f in result.findings if f.pack != "structure"}


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(profile=profiles)
def test_a_rule_is_reported_exactly_when_its_conditions_hold(
    checker: Checker, shipped: PackSet, profile: Profile
) -> None:
    empty = strategy([], profile=profile, packs=sorted(shipped.packs))
    result = checker.check(empty)
    on = result.checked_on
    assert on is not None
    # A rule of a superseded regime (applies_until passed) is no longer reported.
    expected = {
        rule.id
        for pack in shipped.packs.values()
        if pack.condition.holds(profile)
        for rule in pack.rules
        if rule.condition.holds(profile) and pack.timing(rule, on) != "expired"
    }
    assert _pack_findings(result) == expected, "on an empty canvas every applicable rule fails"
    for coverage in result.coverage[1:]:
        pack = shipped.packs[coverage.pack]
        in_force = [r for r in pack.applicable_rules(profile) if pack.timing(r, on) == "in-force"]
        assert coverage.applicable == len(in_force)
        assert coverage.satisfied == 0
    # A canvas built for every rule under the broadest profile meets whatever applies now,
    # once the duties of one area only (AI Act Art. 26(7) for employment) are added too.
    broadest = applicable_rules(shipped.packs, shipped.packs, EVERY_PACK_PROFILE)
    own = applicable_rules(shipped.packs, shipped.packs, profile)
    full = satisfying_strategy(broadest + own, profile, shipped.packs)
    # ...but for a prohibited practice, which no card can make lawful (upcoming before the ban).
    left = {f.state for f in checker.check(full).findings}
    assert left <= {FindingState.PROHIBITED, FindingState.UPCOMING}
    if not profile.prohibited_practices:
        assert checker.check(full).findings == ()


@pytest.mark.parametrize("key", sorted(PROFILES))
def test_each_pack_fully_met_and_on_an_empty_canvas(
    checker: Checker, shipped: PackSet, key: str
) -> None:
    profile = PROFILES[key]
    built_for = applicable_rules(shipped.packs, [key], profile)
    assert built_for, f"the golden profile of {key} makes it apply"
    full = checker.check(satisfying_strategy(built_for, profile, [key]))
    assert full.findings == ()
    # Rules of a superseded regime (say UK GDPR Art. 22 before the DUAA) no longer count.
    pack = shipped.packs[key]
    assert full.checked_on is not None
    rules = [r for r in built_for if pack.timing(r, full.checked_on) == "in-force"]
    coverage = {c.pack: c for c in full.coverage}[key]
    assert (coverage.satisfied, coverage.applicable, coverage.share) == (
        len(rules),
        len(rules),
        1.0,
    )
    assert sum(a for _, a in coverage.groups.values()) in (0, len(rules))
    empty = checker.check(strategy([], profile=profile, packs=[key]))
    coverage = {c.pack: c for c in empty.coverage}[key]
    assert (coverage.satisfied, coverage.applicable) == (0, len(rules))
    assert _pack_findings(empty) == {r.id for r in rules}
    assert all(g[0] == 0 for g in coverage.groups.values())


def test_findings_carry_citation_severity_pack_cards_and_fixes(
    checker: Checker, library: ContentLibrary
) -> None:
    result = checker.check(strategy(*loop(), profile=PROFILES["gdpr"], packs=["gdpr"]))
    finding = next(f for f in result.findings if f.rule_id == "gdpr.art30-records")
    assert finding.pack == "gdpr"
    assert finding.severity is Severity.ERROR
    assert finding.citation == "GDPR Art. 30"
    assert finding.title == "Record of processing activities"
    assert "'Records of processing'" in finding.message
    assert finding.fixes and all(
        "records-of-processing" in library.catalog[k].capabilities for k in finding.fixes
    )
    # Most serious gap first; a warning may share the rank of an error asking the same practice.
    ranks = [f.rank for f in result.findings]
    assert ranks == sorted(ranks), "most serious first"
    assert result.findings[0].severity is Severity.ERROR


def test_a_selected_pack_that_is_not_installed_is_a_warning(checker: Checker) -> None:
    result = checker.check(strategy(*loop(), packs=["province-rules"]))
    (finding,) = result.findings
    assert finding.rule_id == "province-rules.unavailable"
    assert finding.severity is Severity.WARNING
    assert [c.pack for c in result.coverage] == ["structure"]


def _add(card: Card, gates_release: bool) -> Operation:
    """Add a fix card; a duty due before the release also needs it linked into the go-live."""
    if not gates_release:
        return AddCard(card=card)
    return Batch(ops=(AddCard(card=card), AddLink(link=Link(source=card.id, target="p"))))


def test_fix_adds_the_suggested_card_and_undo_brings_the_finding_back(
    checker: Checker, shipped: PackSet, library: ContentLibrary
) -> None:
    document = Document(strategy(*loop(), profile=EVERY_PACK_PROFILE, packs=sorted(shipped.packs)))
    findings = checker.check(document.strategy).findings
    # One card dropped on the board cannot gate the release until it is linked upstream of
    # the deployment: duties that must come 'before release' are tested apart (timing).
    fixable = [
        f
        for f in findings
        if f.fixes
        and isinstance(req := shipped.packs[f.pack].rule(f.rule_id).requirement, Present | Owned)  # type: ignore[union-attr]
        # A duty that must gate the release needs the card linked upstream, not only added.
        and req.before is None
    ]
    assert len(fixable) > 40
    for finding in fixable:
        req = shipped.packs[finding.pack].rule(finding.rule_id).requirement  # type: ignore[union-attr]
        assert isinstance(req, Present | Owned)
        entry = library.entry(finding.fixes[0])
        planned = library.card_from_catalog(entry.key, 20.0, 20.0)
        if req.recurring and not (planned.cadence and planned.cadence.recurring):
            # What the finding asks for: give the one-off card a repeating cadence.
            planned = planned.model_copy(update={"cadence": Cadence.YEARLY})
        op = _add(planned, gates_release=req.before is not None)
        document.apply(op)
        after = {f.rule_id: f for f in checker.check(document.strategy).findings}
        # A new card is planned: the duty is on the plan, not yet carried.
        assert after[finding.rule_id].state is FindingState.PLANNED, entry.key
        document.apply(op.inverse())
        op = _add(planned.model_copy(update={"status": Status.IN_PLACE}), req.before is not None)
        document.apply(op)
        after = {f.rule_id: f for f in checker.check(document.strategy).findings}
        assert finding.rule_id not in after, f"adding {entry.key} fixes {finding.rule_id}"
        document.apply(op.inverse())
        again = {f.rule_id for f in checker.check(document.strategy).findings}
        assert finding.rule_id in again


def test_the_one_call_form_matches_the_checker(
    checker: Checker, shipped: PackSet, library: ContentLibrary
) -> None:
    s = strategy(*loop(), profile=PROFILES["us-omb"], packs=["us-omb", "oecd-ethics"])
    assert check(s, shipped, library, library.capabilities) == checker.check(s)
    result = checker.check(s)
    assert (result.strategy_id, result.revision) == (s.id, s.revision)


def test_suggested_packs_follow_each_packs_own_condition(shipped: PackSet) -> None:
    assert suggest_packs(Profile(), shipped.packs) == ("nist-ai-rmf", "oecd-ethics")
    assert set(suggest_packs(EVERY_PACK_PROFILE, shipped.packs)) == set(shipped.packs)


@pytest.mark.parametrize("index", [0, 1])
def test_the_demo_strategies_show_meaningful_findings(
    checker: Checker, library: ContentLibrary, index: int
) -> None:
    demo: Strategy = build_demo(library).strategies[index]
    result = checker.check(demo)
    assert any(f.severity is Severity.ERROR for f in result.findings)
    packs = [c for c in result.coverage if c.pack != "structure"]
    assert packs and all(c.applicable > 0 for c in packs)
    assert any(0 < c.satisfied < c.applicable for c in packs), "partly built, not empty"
    assert all(f.card_ids or f.fixes for f in result.findings), "every finding points somewhere"
