"""The shipped scenarios: every one loads with every profile fact stated, and the facts that
decide which law applies are the true ones (Robodebt is not AI, yet automated-decision law
still reaches it).

Pack content changes often, so these tests ask whether a pack applies (``pack.applies`` and
its applicable rules) and which practice a finding misses, never for a rule id.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from app.checker.engine import Checker
from app.checker.packs import load_packs
from app.content_migration import CATALOG_2026_12
from app.resources import RESOURCES_DIR, ContentLibrary, load_library, load_scenario
from models.profile import Profile
from models.rules import RulePack
from models.strategy import Strategy
from models.vocabulary import Jurisdiction
from tests.app.checker.helpers import strategy

SCENARIO_FILES = sorted((RESOURCES_DIR / "scenarios").glob("*.toml"))
ROBODEBT = "robodebt-case-study"
DUTCH = "dutch-childcare-benefits-case-study"
CHECKED_ON = dt.date(2026, 12, 5)


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return load_library()


@pytest.fixture(scope="module")
def packs() -> dict[str, RulePack]:
    return dict(load_packs().packs)


def _ai_act_packs(packs: dict[str, RulePack]) -> list[RulePack]:
    found = [pack for key, pack in packs.items() if key.startswith("eu-ai-act")]
    assert found, "no EU AI Act pack is shipped"
    return found


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=lambda p: p.stem)
def test_every_scenario_loads_and_states_every_fact(path: Path, library: ContentLibrary) -> None:
    scenario = load_scenario(path, library.catalog)
    assert library.scenarios[scenario.key] == scenario
    # Every fact is written down, so a new profile field is a decision, not a silent default.
    # TOML has no "none": an Annex III area is written only when there is one, and the date
    # is left to the user (today, or the planned go-live).
    with path.open("rb") as handle:
        written = set(tomllib.load(handle)["profile"])
    optional = {"as_of", "annex3_area"}
    assert set(Profile.model_fields) - optional <= written, path.name
    assert scenario.profile.as_of is None


def test_every_scenario_is_shipped(library: ContentLibrary) -> None:
    assert len(SCENARIO_FILES) == len(library.scenarios) >= 7


def test_robodebt_is_not_an_ai_system(library: ContentLibrary) -> None:
    profile = library.scenarios[ROBODEBT].profile
    assert not profile.ai_system
    assert not profile.eu_high_risk
    assert profile.decisions_about_individuals and profile.legal_effect
    assert profile.solely_automated and profile.flags_for_investigation
    assert profile.jurisdictions == (Jurisdiction.OTHER,)


def _robodebt_elsewhere(library: ContentLibrary) -> Profile:
    """Robodebt as its text tells facilitators to check it: in the EU and in Canada."""
    profile = library.scenarios[ROBODEBT].profile
    return profile.model_copy(
        update={"jurisdictions": (Jurisdiction.CANADA, Jurisdiction.EU), "as_of": CHECKED_ON}
    )


def test_robodebt_gets_automated_decision_law_but_not_the_ai_act(
    library: ContentLibrary, packs: dict[str, RulePack]
) -> None:
    profile = _robodebt_elsewhere(library)
    for key in ("gdpr", "canada-dadm"):
        assert packs[key].applies(profile), key
        assert packs[key].applicable_rules(profile), key
    for pack in _ai_act_packs(packs):
        assert not pack.applicable_rules(profile), pack.key


def _empty_board(profile: Profile, packs: dict[str, RulePack]) -> Strategy:
    return strategy([], profile=profile, packs=sorted(packs))


def test_checking_robodebt_names_the_missing_human_decision(
    library: ContentLibrary, packs: dict[str, RulePack]
) -> None:
    profile = _robodebt_elsewhere(library)
    result = Checker(packs, library).check(_empty_board(profile, packs))
    by_pack = {f.pack for f in result.gaps}
    assert {"gdpr", "canada-dadm"} <= by_pack
    assert not any(f.pack.startswith("eu-ai-act") for f in result.findings)
    # Human review before a debt took effect is the practice the scheme lacked; both
    # instruments ask for it.
    deciding = {f.pack for f in result.gaps if f.practice == "human-decision"}
    assert {"gdpr", "canada-dadm"} <= deciding


def test_robodebt_as_shipped_leaves_ai_frameworks_out(
    library: ContentLibrary, packs: dict[str, RulePack]
) -> None:
    profile = library.scenarios[ROBODEBT].profile
    for pack in _ai_act_packs(packs):
        assert not pack.applies(profile) or not pack.applicable_rules(profile), pack.key
    # Australia has no shipped pack: nothing binding applies until a jurisdiction is added.
    assert not packs["gdpr"].applies(profile)
    assert not packs["canada-dadm"].applies(profile)


def test_selection_cases_flag_people_for_investigation(library: ContentLibrary) -> None:
    flagged = {key for key, s in library.scenarios.items() if s.profile.flags_for_investigation}
    assert flagged == {ROBODEBT, DUTCH}
    dutch = library.scenarios[DUTCH]
    assert dutch.profile.ai_system and dutch.profile.eu_high_risk
    assert "notice-to-affected-people" in dutch.missing_practices


def test_genai_assistant_profile_is_honest(
    library: ContentLibrary, packs: dict[str, RulePack]
) -> None:
    scenario = library.scenarios["genai-citizen-assistant"]
    profile = scenario.profile
    assert profile.generative and profile.public_facing and profile.ai_system
    assert not profile.decisions_about_individuals
    # The DADM follows administrative decisions: not today, but once it pre-fills forms.
    assert not packs["canada-dadm"].applies(profile)
    deciding = profile.model_copy(update={"decisions_about_individuals": True})
    assert packs["canada-dadm"].applies(deciding)
    assert "DADM" in scenario.context and "NIST AI 600-1" in scenario.context


def test_health_data_scenarios_say_so(library: ContentLibrary) -> None:
    assert library.scenarios["emergency-dispatch"].profile.special_category
    benefits = library.scenarios["benefits-decision-support"]
    assert benefits.profile.special_category and benefits.profile.special_category_for_bias
    challenges = " ".join(benefits.challenges)
    assert "22(2)(b)" in challenges and "C-634/21" in challenges


def test_adaptive_learning_explains_its_legal_effect_choice(library: ContentLibrary) -> None:
    scenario = library.scenarios["adaptive-learning"]
    assert not scenario.profile.legal_effect
    assert scenario.profile.vulnerable_groups
    assert "Art. 86" in scenario.context and "35(3)(a)" in scenario.context


def test_no_scenario_claims_a_prohibited_practice(library: ContentLibrary) -> None:
    # The shipped cases are lawful designs to improve (or history); Art. 5 is for the team
    # to screen with the questionnaire.
    assert all(not s.profile.prohibited_practices for s in library.scenarios.values())


def test_frozen_catalog_entries_keep_their_migrated_capabilities(
    library: ContentLibrary,
) -> None:
    """Old databases and exchange files are carried over with this table: it must stay true."""
    for key, (_, since, cadence) in CATALOG_2026_12.items():
        entry = library.catalog[key]
        assert tuple(sorted(entry.capabilities)) == since, key
        assert (entry.cadence.value if entry.cadence else None) == cadence, key
