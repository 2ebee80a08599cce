"""Labels and plain descriptions of the profile's fields and values, through the translator.

Shared by the profile editor and the questionnaire (which lists what applying
its result would change).
"""

from __future__ import annotations

from models.profile import Profile
from models.vocabulary import AIActRole, Annex3Area, Jurisdiction
from views.labels import tr

CONTEXT = "profile"

FLAGS: tuple[str, ...] = (
    "personal_data",
    "special_category",
    "profiling",
    "decisions_about_individuals",
    "legal_effect",
    "solely_automated",
    "high_impact",
    "public_facing",
    "generative",
    "public_authority",
    "large_scale",
    "continuously_learning",
)


def field_label(name: str) -> str:
    """A profile field's short label."""
    return {
        "personal_data": tr("Processes personal data", CONTEXT),
        "special_category": tr("Processes special-category data", CONTEXT),
        "profiling": tr("Profiles people", CONTEXT),
        "decisions_about_individuals": tr("Makes or supports decisions about people", CONTEXT),
        "legal_effect": tr("Decisions have legal or similar effects", CONTEXT),
        "solely_automated": tr("Decisions are solely automated", CONTEXT),
        "high_impact": tr("High-impact AI (principal basis for decisions)", CONTEXT),
        "public_facing": tr("Public-facing", CONTEXT),
        "generative": tr("Generative AI", CONTEXT),
        "public_authority": tr("Public body or public service", CONTEXT),
        "large_scale": tr("Personal data on a large scale", CONTEXT),
        "continuously_learning": tr("Keeps learning after deployment", CONTEXT),
        "jurisdictions": tr("Jurisdictions", CONTEXT),
        "impact_level": tr("Impact level", CONTEXT),
        "annex3_area": tr("EU AI Act Annex III area", CONTEXT),
        "ai_act_role": tr("Role under the EU AI Act", CONTEXT),
    }[name]


def field_description(name: str) -> str:
    """A profile field's plain description (from the model, through the translator)."""
    return tr(Profile.model_fields[name].description or "", CONTEXT)


def jurisdiction_label(value: Jurisdiction) -> str:
    """A jurisdiction's name."""
    return {
        Jurisdiction.EU: tr("European Union", CONTEXT),
        Jurisdiction.UK: tr("United Kingdom", CONTEXT),
        Jurisdiction.CANADA: tr("Canada (federal)", CONTEXT),
        Jurisdiction.US_FEDERAL: tr("United States (federal agency)", CONTEXT),
        Jurisdiction.OTHER: tr("Elsewhere", CONTEXT),
    }[value]


def area_label(area: Annex3Area | None) -> str:
    """An Annex III area with its point number, or "None"."""
    if area is None:
        return tr("None — not an Annex III use", CONTEXT)
    names = {
        Annex3Area.BIOMETRICS: tr("Biometrics", CONTEXT),
        Annex3Area.CRITICAL_INFRASTRUCTURE: tr("Critical infrastructure", CONTEXT),
        Annex3Area.EDUCATION: tr("Education and vocational training", CONTEXT),
        Annex3Area.EMPLOYMENT: tr("Employment and workers", CONTEXT),
        Annex3Area.ESSENTIAL_SERVICES: tr("Essential public services and benefits", CONTEXT),
        Annex3Area.LAW_ENFORCEMENT: tr("Law enforcement", CONTEXT),
        Annex3Area.MIGRATION: tr("Migration, asylum and border control", CONTEXT),
        Annex3Area.JUSTICE_DEMOCRACY: tr("Justice and democratic processes", CONTEXT),
    }
    return tr("{point}. {name}", CONTEXT).format(point=area.point, name=names[area])


def role_label(role: AIActRole) -> str:
    """The agency's AI Act role."""
    return {
        AIActRole.PROVIDER: tr("Provider — we build it", CONTEXT),
        AIActRole.DEPLOYER: tr("Deployer — we use one built by others", CONTEXT),
        AIActRole.PROVIDER_AND_DEPLOYER: tr("Provider and deployer — both", CONTEXT),
    }[role]
