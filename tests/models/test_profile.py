"""The scenario profile: defaults that keep older files valid, and the facts' descriptions."""

from __future__ import annotations

import pytest
from hypothesis import given
from pydantic import ValidationError

from models.profile import Profile
from tests.strategies.domain import profiles

# A profile as files written before public_authority, large_scale and
# continuously_learning existed spell it.
OLDER_FILE = {
    "personal_data": True,
    "special_category": True,
    "decisions_about_individuals": True,
    "legal_effect": True,
    "solely_automated": False,
    "profiling": True,
    "public_facing": False,
    "generative": False,
    "high_impact": True,
    "jurisdictions": ["eu"],
    "impact_level": 3,
    "annex3_area": "essential-services",
    "ai_act_role": "provider-and-deployer",
}


def test_a_profile_without_the_newer_facts_still_loads_with_their_defaults() -> None:
    profile = Profile.model_validate(OLDER_FILE)
    # Agencies are public bodies unless they say otherwise; scale and learning are claims.
    assert profile.public_authority is True
    assert profile.large_scale is False
    assert profile.continuously_learning is False


@pytest.mark.parametrize("name", ["public_authority", "large_scale", "continuously_learning"])
def test_the_newer_facts_are_described_with_their_legal_hook(name: str) -> None:
    description = Profile.model_fields[name].description or ""
    assert "Art." in description, name


@pytest.mark.parametrize("name", ["public_authority", "large_scale", "continuously_learning"])
def test_the_newer_facts_take_only_yes_or_no(name: str) -> None:
    with pytest.raises(ValidationError, match=name):
        Profile.model_validate({name: "sometimes"})


@given(profiles)
def test_every_profile_round_trips_through_json(profile: Profile) -> None:
    assert Profile.model_validate_json(profile.model_dump_json()) == profile
