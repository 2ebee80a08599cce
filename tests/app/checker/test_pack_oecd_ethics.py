"""The OECD AI Principles (2024 text) as an ethics baseline: scope, dates, re-mapped practices."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Sequence

from app.checker import Checker, PackSet
from app.checker.packs import SHIPPED_DIR
from models.findings import Finding
from models.profile import Profile
from models.strategy import Card
from models.vocabulary import Cadence, Role, Severity
from tests.app.checker.helpers import (
    E,
    F,
    LinkSpec,
    M,
    P,
    V,
    applicable_ids,
    card,
    pack_findings,
)

PACK = "oecd-ethics"
TODAY = dt.date(2026, 12, 5)
BASE = Profile(personal_data=True, decisions_about_individuals=True)


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
        assert rule.get("applies_from") == dt.date(2024, 5, 3), rule["id"]


def test_the_2024_text_applies_from_its_revision(checker: Checker) -> None:
    before = _findings(checker, on=dt.date(2024, 5, 2))
    assert {f.state.value for f in before.values()} == {"upcoming"}
    assert {f.state.value for f in _findings(checker).values()} == {"open"}


def test_a_baseline_for_every_ai_system_never_an_error(shipped: PackSet) -> None:
    pack = shipped.packs[PACK]
    assert pack.applies(Profile()) and not pack.applies(Profile(ai_system=False))
    assert {r.severity for r in pack.rules} == {Severity.WARNING}


def test_challenge_covers_people_selected_for_investigation(shipped: PackSet) -> None:
    rules = {"oecd-ethics.1-3-challenge", "oecd-ethics.1-2-fairness-in-operation"}
    assert not rules & _ids(shipped, Profile())
    assert rules <= _ids(shipped, Profile(flags_for_investigation=True))
    assert rules <= _ids(shipped, BASE)


def test_override_or_decommission_needs_a_stop_switch(checker: Checker) -> None:
    rule = "oecd-ethics.1-4-override"
    rollback = card("rollback", P, ["rollback"], Role.IT_OPERATIONS)
    assert rule in _findings(checker, [rollback], [("e", "rollback")])
    stop = card("stop", P, ["stop-switch"], Role.IT_OPERATIONS)
    assert rule not in _findings(checker, [stop], [("e", "stop")])


def test_human_agency_is_shown_by_a_design_for_oversight(checker: Checker) -> None:
    rule = "oecd-ethics.1-2-human-agency"
    audit = card("audit", M, ["oversight-monitoring"], Role.DOMAIN_EXPERT, cadence=Cadence.WEEKLY)
    assert rule in _findings(checker, [audit], [("m", "audit")])
    design = card("design", V, ["oversight-design"], Role.DOMAIN_EXPERT)
    assert rule not in _findings(checker, [design], [("v", "design"), ("design", "e")])


def test_disclosure_is_public_and_challenge_is_an_appeal(checker: Checker) -> None:
    notice = card("notice", P, ["individual-notice"], Role.POLICY_LEGAL)
    opt_out = card("alt", P, ["human-alternative"], Role.DOMAIN_EXPERT)
    links: list[LinkSpec] = [("e", "notice"), ("e", "alt")]
    found = _findings(checker, [notice, opt_out], links)
    assert {"oecd-ethics.1-3-disclosure", "oecd-ethics.1-3-challenge"} <= set(found)
    public = card("public", P, ["public-transparency"], Role.POLICY_LEGAL)
    appeal = card("appeal", F, ["appeal-process"], Role.POLICY_LEGAL)
    found = _findings(checker, [public, appeal], [("e", "public"), ("f", "appeal")])
    assert not {"oecd-ethics.1-3-disclosure", "oecd-ethics.1-3-challenge"} & set(found)


def test_fairness_is_tested_and_then_watched(checker: Checker) -> None:
    tested = card("fair", E, ["fairness-testing"])
    found = _findings(checker, [tested], [("v", "fair"), ("fair", "p")])
    assert "oecd-ethics.1-2-fairness" not in found
    assert "oecd-ethics.1-2-fairness-in-operation" in found
    watched = card("watch", M, ["fairness-monitoring"], Role.PRIVACY_ETHICS, cadence=Cadence.ONCE)
    assert "oecd-ethics.1-2-fairness-in-operation" in _findings(
        checker, [watched], [("m", "watch")]
    )
    monthly = watched.model_copy(update={"cadence": Cadence.MONTHLY})
    assert "oecd-ethics.1-2-fairness-in-operation" not in _findings(
        checker, [monthly], [("m", "watch")]
    )


def test_information_integrity_concerns_generative_systems(shipped: PackSet) -> None:
    rule = "oecd-ethics.1-4-information-integrity"
    assert rule not in _ids(shipped, BASE)
    assert rule in _ids(shipped, BASE.model_copy(update={"generative": True}))
