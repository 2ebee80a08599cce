"""The shipped packs read public_authority, large_scale and continuously_learning as the law does.

Each test states, independently of the pack files, when the cited article
applies, and checks the pack's rule applies for exactly those profiles.
"""

from __future__ import annotations

from hypothesis import given

from app.checker import PackSet
from app.resources import RESOURCES_DIR, load_library, read_toml
from models.profile import Profile
from models.vocabulary import AIActRole, Annex3Area, Jurisdiction
from tests.strategies.domain import profiles

DEPLOYS = (AIActRole.DEPLOYER, AIActRole.PROVIDER_AND_DEPLOYER)
PROVIDES = (AIActRole.PROVIDER, AIActRole.PROVIDER_AND_DEPLOYER)


def _applies(shipped: PackSet, pack: str, rule_id: str, profile: Profile) -> bool:
    return rule_id in {r.id for r in shipped.packs[pack].applicable_rules(profile)}


def _eu_deployer(profile: Profile) -> bool:
    return profile.eu_high_risk and profile.ai_act_role in DEPLOYS


@given(profiles)
def test_fria_binds_public_deployers_outside_critical_infrastructure(
    shipped: PackSet, profile: Profile
) -> None:
    # Art. 27(1): bodies governed by public law and private bodies providing public
    # services; never for Annex III point 2.
    expected = (
        _eu_deployer(profile)
        and profile.public_authority
        and profile.annex3_area is not Annex3Area.CRITICAL_INFRASTRUCTURE
    )
    assert _applies(shipped, "eu-ai-act", "eu-ai-act.art27-fria", profile) == expected


@given(profiles)
def test_private_deployers_are_asked_about_credit_and_insurance_only_in_point_5(
    shipped: PackSet, profile: Profile
) -> None:
    # Art. 27(1) also binds any deployer of Annex III 5(b) and 5(c) systems; a private body
    # providing a public service is asked the public-service question instead.
    expected = (
        _eu_deployer(profile)
        and not profile.public_authority
        and not profile.public_service
        and profile.annex3_area is Annex3Area.ESSENTIAL_SERVICES
    )
    rule_id = "eu-ai-act.art27-fria-credit-insurance"
    assert _applies(shipped, "eu-ai-act", rule_id, profile) == expected


@given(profiles)
def test_registration_of_use_binds_public_deployers_outside_critical_infrastructure(
    shipped: PackSet, profile: Profile
) -> None:
    # Art. 49(3) with Art. 26(8); point 2 systems are registered nationally (Art. 49(5)).
    expected = (
        _eu_deployer(profile)
        and profile.public_authority
        and profile.annex3_area is not Annex3Area.CRITICAL_INFRASTRUCTURE
    )
    rule_id = "eu-ai-act.art49-deployer-registration"
    assert _applies(shipped, "eu-ai-act", rule_id, profile) == expected


@given(profiles)
def test_feedback_loop_rule_binds_providers_of_continuously_learning_systems(
    shipped: PackSet, profile: Profile
) -> None:
    # Art. 15(4) is a design duty of the provider for systems that keep learning.
    expected = (
        profile.eu_high_risk and profile.ai_act_role in PROVIDES and profile.continuously_learning
    )
    rule_id = "eu-ai-act.art15-4-feedback-loops"
    assert _applies(shipped, "eu-ai-act", rule_id, profile) == expected


@given(profiles)
def test_dpia_for_special_category_data_needs_large_scale(
    shipped: PackSet, profile: Profile
) -> None:
    # Art. 35(3)(b): large-scale processing of special categories, in the EU and the UK alike.
    for pack, where in (("gdpr", Jurisdiction.EU), ("uk-data-protection", Jurisdiction.UK)):
        expected = (
            profile.personal_data
            and where in profile.jurisdictions
            and profile.special_category
            and profile.large_scale
        )
        rule_id = f"{pack}.art35-3-b-dpia-special-category"
        assert _applies(shipped, pack, rule_id, profile) == expected, pack


@given(profiles)
def test_the_directive_on_automated_decisions_binds_public_bodies_only(
    shipped: PackSet, profile: Profile
) -> None:
    # Any automated decision system (rules-based too) making a decision or a related
    # assessment about a client: selecting people for investigation counts.
    expected = (
        Jurisdiction.CANADA in profile.jurisdictions
        and (profile.decisions_about_individuals or profile.flags_for_investigation)
        and profile.public_authority
    )
    assert shipped.packs["canada-dadm"].applies(profile) == expected


def test_special_category_data_alone_no_longer_asks_for_a_dpia(shipped: PackSet) -> None:
    health_data = Profile(
        personal_data=True, special_category=True, jurisdictions=(Jurisdiction.EU,)
    )
    gdpr = shipped.packs["gdpr"]
    assert "dpia" not in {
        cap for r in gdpr.applicable_rules(health_data) for cap in r.requirement.capabilities
    }
    at_scale = health_data.model_copy(update={"large_scale": True})
    assert "gdpr.art35-3-b-dpia-special-category" in {r.id for r in gdpr.applicable_rules(at_scale)}
    assert not any("whenever" in note for note in gdpr.notes)


def test_shipped_scenarios_state_the_newer_facts_consistently() -> None:
    library = load_library()
    for path in sorted((RESOURCES_DIR / "scenarios").glob("*.toml")):
        stated = read_toml(path)["profile"]
        for name in ("public_authority", "large_scale", "continuously_learning"):
            assert name in stated, f"{path.name} leaves {name} to its default"
    for scenario in library.scenarios.values():
        profile = scenario.profile
        assert profile.public_authority, f"{scenario.key}: every shipped case is a public body"
        assert profile.personal_data or not profile.large_scale, scenario.key
