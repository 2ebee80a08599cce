"""Labels and plain descriptions of the profile's fields and values, through the translator.

Shared by the profile editor and the questionnaire (which lists what applying
its result would change).
"""

from __future__ import annotations

from models.profile import Profile
from models.vocabulary import AIActRole, Annex3Area, Jurisdiction, ProhibitedPractice
from views.labels import tr

CONTEXT = "profile"

FLAG_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Scope",
        "What kind of system this is, and who runs it: decides which laws apply at all.",
        (
            "ai_system",
            "public_authority",
            "public_service",
            "public_facing",
            "generative",
            "continuously_learning",
        ),
    ),
    (
        "Decisions about people",
        "How the system touches people: who is decided about, selected or affected.",
        (
            "decisions_about_individuals",
            "legal_effect",
            "solely_automated",
            "high_impact",
            "profiling",
            "flags_for_investigation",
            "vulnerable_groups",
        ),
    ),
    (
        "Data",
        "What personal data it processes, how much and how.",
        (
            "personal_data",
            "special_category",
            "large_scale",
            "monitors_public_areas",
            "special_category_for_bias",
        ),
    ),
)
"""The yes/no facts in the groups the profile editor shows (headings pass through tr()).

The Art. 6(3) derogation sits with the prohibited practices under the EU AI Act."""

FLAGS: tuple[str, ...] = (
    *(name for _title, _description, names in FLAG_GROUPS for name in names),
    "art6_3_derogation",
)
"""Every yes/no fact of the profile, in the order the editor shows them."""


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
        "ai_system": tr("An AI system (infers its outputs), not a fixed rules engine", CONTEXT),
        "public_authority": tr("Public authority", CONTEXT),
        "public_service": tr("Private body providing a public service", CONTEXT),
        "flags_for_investigation": tr("Selects people for investigation or control", CONTEXT),
        "vulnerable_groups": tr("Affects people in vulnerable situations", CONTEXT),
        "monitors_public_areas": tr("Monitors public areas on a large scale", CONTEXT),
        "special_category_for_bias": tr(
            "Uses special-category data to detect and correct bias", CONTEXT
        ),
        "art6_3_derogation": tr("Relies on the AI Act Art. 6(3) derogation", CONTEXT),
        "prohibited_practices": tr("EU AI Act Art. 5 prohibited practices", CONTEXT),
        "as_of": tr("Check the law as it stands on", CONTEXT),
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


def practice_label(value: ProhibitedPractice) -> str:
    """A prohibited practice with its point of Art. 5(1)."""
    names = {
        ProhibitedPractice.MANIPULATION: tr("Manipulative or deceptive techniques", CONTEXT),
        ProhibitedPractice.EXPLOITING_VULNERABILITIES: tr(
            "Exploiting vulnerabilities (age, disability, social situation)", CONTEXT
        ),
        ProhibitedPractice.SOCIAL_SCORING: tr("Social scoring", CONTEXT),
        ProhibitedPractice.CRIME_PREDICTION_BY_PROFILING: tr(
            "Predicting crime solely from profiling", CONTEXT
        ),
        ProhibitedPractice.UNTARGETED_FACE_SCRAPING: tr(
            "Untargeted scraping of facial images", CONTEXT
        ),
        ProhibitedPractice.EMOTION_RECOGNITION_WORK_EDUCATION: tr(
            "Emotion recognition at work or in education", CONTEXT
        ),
        ProhibitedPractice.BIOMETRIC_CATEGORISATION_SENSITIVE: tr(
            "Biometric categorisation by sensitive traits", CONTEXT
        ),
        ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID: tr(
            "Real-time remote biometric identification for policing", CONTEXT
        ),
    }
    return tr("5(1)({point}) {name}", CONTEXT).format(point=value.point, name=names[value])


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
