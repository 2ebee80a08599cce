"""Content records accept what resource files should contain and refuse the rest."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from models.content import CatalogEntry, GuideSection, Scenario
from models.phases import Phase
from models.vocabulary import Annex3Area, ImpactLevel, Role


def _entry(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "key": "model-card",
        "title": "Model card",
        "phase": "develop",
        "description": "A plain summary of what the model does.",
        "owner_role": "data-scientist",
        "capabilities": ["model-documentation"],
        "why_public_sector": "Staff need to know its limits.",
    }
    data.update(changes)
    return data


def test_catalog_entry_parses_enums() -> None:
    entry = CatalogEntry.model_validate(_entry())
    assert entry.phase is Phase.DEVELOP
    assert entry.owner_role is Role.DATA_SCIENTIST


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("key", "Model Card"),
        ("title", "   "),
        ("phase", "design"),
        ("owner_role", "astrologer"),
        ("capabilities", []),
        ("capabilities", ["Not A Key"]),
        ("description", ""),
    ],
)
def test_catalog_entry_refuses_bad_fields(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        CatalogEntry.model_validate(_entry(**{field: value}))
    assert caught.value.errors()[0]["loc"][0] == field


def test_catalog_entry_refuses_unknown_fields_and_is_frozen() -> None:
    with pytest.raises(ValidationError):
        CatalogEntry.model_validate(_entry(colour="red"))
    entry = CatalogEntry.model_validate(_entry())
    with pytest.raises(ValidationError):
        entry.title = "Changed"  # type: ignore[misc]


def _scenario(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "key": "bridges",
        "title": "Bridges",
        "summary": "Predict bridge deterioration.",
        "context": "An agency maintains bridges.",
        "goals": ["Find defects early."],
        "challenges": ["Sparse sensors."],
        "profile": {"jurisdictions": ["us-federal"], "impact_level": 2},
    }
    data.update(changes)
    return data


def test_scenario_profile_is_typed() -> None:
    scenario = Scenario.model_validate(
        _scenario(profile={"impact_level": 3, "annex3_area": "education"})
    )
    assert scenario.profile.impact_level is ImpactLevel.III
    assert scenario.profile.annex3_area is Annex3Area.EDUCATION
    assert scenario.harm_unit == "people affected"
    assert not scenario.case_study


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"goals": []}, ("goals",)),
        ({"harm_unit": "x" * 81}, ("harm_unit",)),
        ({"profile": {"impact_level": 5}}, ("profile", "impact_level")),
        ({"profile": {"annex3_area": "astrology"}}, ("profile", "annex3_area")),
        ({"missing_practices": ["Not Valid"]}, ("missing_practices", 0)),
    ],
)
def test_scenario_refuses_bad_fields(changes: dict[str, Any], where: tuple[Any, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        Scenario.model_validate(_scenario(**changes))
    assert caught.value.errors()[0]["loc"] == where


def test_guide_section_needs_questions_and_cards() -> None:
    section = GuideSection.model_validate(
        {
            "phase": "governance",
            "purpose": "Cross-cutting.",
            "questions": ["Who?"],
            "cards": ["dpia"],
        }
    )
    assert section.phase is Phase.GOVERNANCE
    for missing in ("questions", "cards"):
        data = section.model_dump()
        data[missing] = []
        with pytest.raises(ValidationError):
            GuideSection.model_validate(data)
