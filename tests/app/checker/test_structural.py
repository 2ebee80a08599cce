"""Every built-in structural rule: a minimal strategy that passes it and one that fails it."""

from __future__ import annotations

from app.checker import Checker
from app.checker.structural import ORPHAN_ALLOWANCE, RULES
from models.findings import CheckResult, Finding
from models.strategy import Strategy
from models.vocabulary import LinkKind, Role, Severity
from tests.app.checker.helpers import D, E, G, LinkSpec, M, P, V, card, loop, strategy


def _structural(checker: Checker, s: Strategy) -> CheckResult:
    return checker.check(s, packs=())


def _only(result: CheckResult, rule_id: str) -> list[Finding]:
    return [f for f in result.findings if f.rule_id == rule_id]


def test_the_minimal_loop_passes_every_structural_rule(checker: Checker) -> None:
    result = _structural(checker, strategy(*loop()))
    assert result.findings == ()
    (coverage,) = result.coverage
    assert (coverage.pack, coverage.satisfied, coverage.applicable) == ("structure", 8, 8)
    assert {r.id for r in RULES} == {
        "structure.phase-covered",
        "structure.loop-closed",
        "structure.deploy-gated",
        "structure.monitor-after-deploy",
        "structure.no-orphans",
        "structure.card-owner",
        "structure.link-direction",
        "structure.accountable-owner",
    }


def test_an_empty_lane_is_a_finding_naming_the_lane(checker: Checker) -> None:
    cards, links = loop()
    cards = [c for c in cards if c.id != "v"]
    links = [lk for lk in links if "v" not in lk[:2]] + [("d", "e")]
    (finding,) = _only(_structural(checker, strategy(cards, links)), "structure.phase-covered")
    assert "Model Development & Training" in finding.message
    assert finding.severity is Severity.ERROR
    assert finding.fixes, "an empty lane suggests the guide's first cards"


def test_the_loop_must_run_from_monitoring_through_feedback_back_to_data(checker: Checker) -> None:
    cards, links = loop()
    open_loop = [lk for lk in links if lk[:2] != ("f", "d")]
    (finding,) = _only(_structural(checker, strategy(cards, open_loop)), "structure.loop-closed")
    assert finding.card_ids == ("f",)
    to_develop = [*open_loop, ("f", "v", LinkKind.FEEDS_BACK)]
    assert not _only(_structural(checker, strategy(cards, to_develop)), "structure.loop-closed")
    no_feedback = [c for c in cards if c.id != "f"]
    links_without = [lk for lk in links if "f" not in lk[:2]]
    result = _structural(checker, strategy(no_feedback, links_without))
    (finding,) = _only(result, "structure.loop-closed")
    assert finding.fixes


def test_feedback_not_fed_by_monitoring_does_not_close_the_loop(checker: Checker) -> None:
    cards, links = loop()
    unfed = [lk for lk in links if lk[:2] != ("m", "f")] + [("m", "g")]
    assert _only(_structural(checker, strategy(cards, unfed)), "structure.loop-closed")


def test_a_deployment_needs_an_evaluation_card_upstream(checker: Checker) -> None:
    cards, links = loop()
    cards.append(card("p2", P, owner=Role.IT_OPERATIONS))
    # p2 is reachable from evaluation only by going once round the feedback loop:
    # that is not a gate.
    ungated = [*links, ("d", "p2"), ("p2", "m")]
    (finding,) = _only(_structural(checker, strategy(cards, ungated)), "structure.deploy-gated")
    assert finding.card_ids == ("p2",)
    gated = [*links, ("e", "p2"), ("p2", "m")]
    assert not _only(_structural(checker, strategy(cards, gated)), "structure.deploy-gated")


def test_monitoring_must_be_downstream_of_a_deployment(checker: Checker) -> None:
    cards, links = loop()
    cards.append(card("m2", M, owner=Role.IT_OPERATIONS))
    result = _structural(checker, strategy(cards, [*links, ("e", "m2"), ("m2", "f")]))
    (finding,) = _only(result, "structure.monitor-after-deploy")
    assert finding.card_ids == ("m2",)
    assert finding.severity is Severity.WARNING
    fine = _structural(checker, strategy(cards, [*links, ("p", "m2"), ("m2", "f")]))
    assert not _only(fine, "structure.monitor-after-deploy")


def test_a_handful_of_unlinked_cards_is_tolerated_but_not_more(checker: Checker) -> None:
    cards, links = loop()
    loose = [card(f"x{i}", D) for i in range(ORPHAN_ALLOWANCE)]
    assert not _only(_structural(checker, strategy(cards + loose, links)), "structure.no-orphans")
    loose.append(card("x-last", D))
    (finding,) = _only(_structural(checker, strategy(cards + loose, links)), "structure.no-orphans")
    assert set(finding.card_ids) == {c.id for c in loose}


def test_every_card_needs_an_owner(checker: Checker) -> None:
    cards, links = loop()
    cards[1] = card("v", V, owner=None)
    (finding,) = _only(_structural(checker, strategy(cards, links)), "structure.card-owner")
    assert finding.card_ids == ("v",)


def test_a_backward_link_must_be_a_feeds_back_link(checker: Checker) -> None:
    cards, links = loop()
    backward: list[LinkSpec] = [*links, ("m", "e")]
    (finding,) = _only(_structural(checker, strategy(cards, backward)), "structure.link-direction")
    assert set(finding.card_ids) == {"m", "e"}
    marked: list[LinkSpec] = [*links, ("m", "e", LinkKind.FEEDS_BACK)]
    assert not _only(_structural(checker, strategy(cards, marked)), "structure.link-direction")
    # Closing the loop (feedback → data as a plain flow) runs with the lifecycle.
    plain_loop = [lk for lk in links if lk[:2] != ("f", "d")] + [("f", "d")]
    assert not _only(_structural(checker, strategy(cards, plain_loop)), "structure.link-direction")


def test_governance_needs_an_owned_accountability_card(checker: Checker) -> None:
    cards, links = loop()
    unowned = [c if c.id != "g" else card("g", G, ["accountability"], owner=None) for c in cards]
    (finding,) = _only(
        _structural(checker, strategy(unowned, links)), "structure.accountable-owner"
    )
    assert finding.card_ids == ("g",)
    elsewhere = [c if c.id != "g" else card("g", E, ["accountability"]) for c in cards]
    (finding,) = _only(
        _structural(checker, strategy(elsewhere, links)), "structure.accountable-owner"
    )
    assert finding.fixes, "suggests a catalog card providing accountability"
    assert finding.card_ids == ()


def test_the_structural_rules_speak_the_current_language(checker: Checker) -> None:
    """Titles, explanations and messages go through the catalog (issue 16): English as
    the rules are written, French under ``--lang fr``, plurals by count."""
    from app.checker import structural
    from app.i18n import speaking

    with speaking("en"):
        assert {r.id: structural.rule_title(r.id) for r in RULES} == {r.id: r.title for r in RULES}
        assert {r.id: structural.rule_explanation(r.id) for r in RULES} == {
            r.id: r.explanation for r in RULES
        }
        assert structural.pack_title() == structural.TITLE
    unowned = strategy([card("d", D, owner=None), card("v", V, owner=None)])
    with speaking("fr"):
        assert all(structural.rule_title(r.id) != r.title for r in RULES)
        assert all(structural.rule_explanation(r.id) != r.explanation for r in RULES)
        result = _structural(checker, unowned)
        owner = next(f for f in result.findings if f.rule_id == "structure.card-owner")
        assert owner.title == "Chaque carte a un responsable"
        assert owner.message == "2 cartes n'ont aucun rôle responsable."
        lanes = [f.message for f in result.findings if f.rule_id == "structure.phase-covered"]
        assert lanes and all(m.startswith("Le couloir") for m in lanes)
        cover = next(c for c in result.coverage if c.pack == structural.PACK)
        assert cover.title == "Structure du cycle de vie"
    with speaking("en"):
        owner = next(
            f for f in _structural(checker, unowned).findings if f.rule_id == "structure.card-owner"
        )
        assert owner.message == "2 cards have no owner role."
