"""The crosswalk: the rules a card satisfies across packs, and the capability × pack table."""

from __future__ import annotations

from app.checker import Checker, PackSet
from app.checker.crosswalk import crosswalk_table, rules_for_card
from app.checker.golden import PROFILES
from models.vocabulary import Role
from tests.app.checker.helpers import G, V, card, loop, strategy


def test_one_card_satisfies_rules_in_several_packs(shipped: PackSet) -> None:
    dpia = card("g2", G, ["dpia"], owner=Role.PRIVACY_ETHICS)
    refs = rules_for_card(dpia, shipped.packs)
    packs = {r.pack for r in refs}
    assert {"gdpr", "eu-ai-act", "nist-ai-rmf", "uk-data-protection"} <= packs
    assert any(r.citation == "GDPR Art. 35(3)(a)" for r in refs)
    assert [r.pack for r in refs] == sorted(r.pack for r in refs)


def test_only_applicable_and_satisfied_rules_when_asked(shipped: PackSet, checker: Checker) -> None:
    profile = PROFILES["gdpr"]
    incident = card("m2", G, ["incident-response"])
    cards, links = loop()
    s = strategy([*cards, incident], [*links, ("g", "m2")], profile=profile, packs=["gdpr"])
    selected = {"gdpr": shipped.packs["gdpr"]}
    assert [r.rule_id for r in rules_for_card(incident, selected)] == [
        "gdpr.art33-breach-notification"
    ]
    result = checker.check(s)
    assert rules_for_card(incident, selected, profile, result) == (), "its path rule still fails"
    uk_only = rules_for_card(card("x", G, ["dpia"]), shipped.packs, PROFILES["uk-data-protection"])
    assert {r.pack for r in uk_only} >= {"uk-data-protection"}
    assert "gdpr" not in {r.pack for r in uk_only}, "GDPR does not apply to a UK-only profile"


def test_a_card_in_the_wrong_lane_or_with_the_wrong_owner_does_not_count(
    shipped: PackSet,
) -> None:
    gdpr = {"gdpr": shipped.packs["gdpr"]}
    in_develop = card("v2", V, ["dpia"])
    assert not any(r.rule_id.startswith("gdpr.art35") for r in rules_for_card(in_develop, gdpr))
    lawyer = card("g3", G, ["lawful-basis"], owner=Role.POLICY_LEGAL)
    manager = card("g4", G, ["lawful-basis"], owner=Role.PROJECT_MANAGER)
    owned = "gdpr.art6-3-basis-in-law"
    assert owned in {r.rule_id for r in rules_for_card(lawyer, gdpr)}
    assert owned not in {r.rule_id for r in rules_for_card(manager, gdpr)}


def test_the_table_lays_capabilities_against_packs(shipped: PackSet) -> None:
    table = crosswalk_table(shipped.packs)
    assert list(table) == sorted(table)
    assert set(table["dpia"]) >= {"gdpr", "eu-ai-act", "nist-ai-rmf", "uk-data-protection"}
    assert all(
        ref.pack == key for row in table.values() for key, refs in row.items() for ref in refs
    )
    total = sum(len(refs) for row in table.values() for refs in row.values())
    named = sum(
        len(set(r.requirement.capabilities)) for p in shipped.packs.values() for r in p.rules
    )
    assert total == named
    assert crosswalk_table(shipped.packs, ["model-retirement", "code-review"])["code-review"] == {}
