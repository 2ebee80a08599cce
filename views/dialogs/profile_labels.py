"""Labels and plain descriptions of the profile's fields and values, through the translator.

Shared by the profile editor and the questionnaire (which lists what applying
its result would change).
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from models.vocabulary import AIActRole, Annex3Area, Jurisdiction, ProhibitedPractice

FLAG_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("profile", "Scope"),
        QT_TRANSLATE_NOOP(
            "profile",
            "What kind of system this is, and who runs it: decides which laws apply at all.",
        ),
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
        QT_TRANSLATE_NOOP("profile", "Decisions about people"),
        QT_TRANSLATE_NOOP(
            "profile", "How the system touches people: who is decided about, selected or affected."
        ),
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
        QT_TRANSLATE_NOOP("profile", "Data"),
        QT_TRANSLATE_NOOP("profile", "What personal data it processes, how much and how."),
        (
            "personal_data",
            "special_category",
            "large_scale",
            "monitors_public_areas",
            "special_category_for_bias",
        ),
    ),
)
"""The yes/no facts in the groups the profile editor shows (headings: ``group_text``).

The Art. 6(3) derogation sits with the prohibited practices under the EU AI Act."""

GROUP_TEXTS: dict[str, str] = {
    text: text for title, description, _names in FLAG_GROUPS for text in (title, description)
}
"""The group headings and descriptions above (marked for lupdate where they are written)."""

FIELD_DESCRIPTIONS: dict[str, str] = {
    "ai_system": QT_TRANSLATE_NOOP(
        "profile",
        "An AI system in the sense of EU AI Act Art. 3(1): it infers from its "
        "inputs how to produce outputs, with some autonomy. A fixed rules "
        "engine is not — but if it decides about people it is still an "
        "automated decision system (Canada's DADM, GDPR Art. 22).",
    ),
    "personal_data": QT_TRANSLATE_NOOP(
        "profile",
        "Processes personal data (GDPR Art. 4(1)).",
    ),
    "special_category": QT_TRANSLATE_NOOP(
        "profile",
        "Processes special-category data: health, ethnicity, religion, biometrics… (GDPR Art. 9).",
    ),
    "decisions_about_individuals": QT_TRANSLATE_NOOP(
        "profile",
        "Makes or supports decisions about individual people.",
    ),
    "legal_effect": QT_TRANSLATE_NOOP(
        "profile",
        "Those decisions have legal or similarly significant effects on people.",
    ),
    "solely_automated": QT_TRANSLATE_NOOP(
        "profile",
        "Decisions are taken without meaningful human involvement.",
    ),
    "profiling": QT_TRANSLATE_NOOP(
        "profile",
        "Evaluates personal aspects of people (GDPR Art. 4(4)).",
    ),
    "public_facing": QT_TRANSLATE_NOOP(
        "profile",
        "People interact with the system or see its output directly.",
    ),
    "generative": QT_TRANSLATE_NOOP(
        "profile",
        "Generates text, images or other content.",
    ),
    "high_impact": QT_TRANSLATE_NOOP(
        "profile",
        "Output is a principal basis for decisions with significant effects on "
        "rights or safety (US OMB M-25-21 'high-impact AI').",
    ),
    "public_authority": QT_TRANSLATE_NOOP(
        "profile",
        "The agency is a public authority: a body governed by public law, or "
        "one acting on its behalf (EU AI Act Art. 26(8), 27(1), 49(3); Canada's"
        " DADM binds federal institutions).",
    ),
    "public_service": QT_TRANSLATE_NOOP(
        "profile",
        "A private body providing a public service (EU AI Act Art. 27(1) rights"
        " impact assessment), as distinct from a public authority.",
    ),
    "flags_for_investigation": QT_TRANSLATE_NOOP(
        "profile",
        "Scores or flags people for investigation, audit or control (a fraud "
        "risk list, a case selected for review) — they are affected even before"
        " any final decision.",
    ),
    "vulnerable_groups": QT_TRANSLATE_NOOP(
        "profile",
        "Affects people in vulnerable situations: children, benefit claimants, "
        "patients, asylum seekers (EU AI Act Art. 9(9); a DPIA trigger on most "
        "national lists).",
    ),
    "monitors_public_areas": QT_TRANSLATE_NOOP(
        "profile",
        "Systematically monitors publicly accessible areas on a large scale (GDPR Art. 35(3)(c)).",
    ),
    "special_category_for_bias": QT_TRANSLATE_NOOP(
        "profile",
        "Processes special-category data to detect and correct bias (EU AI Act Art. 10(5)).",
    ),
    "art6_3_derogation": QT_TRANSLATE_NOOP(
        "profile",
        "The provider relies on EU AI Act Art. 6(3): the Annex III system only "
        "does a narrow procedural or preparatory task and poses no significant "
        "risk (unavailable when it profiles people).",
    ),
    "prohibited_practices": QT_TRANSLATE_NOOP(
        "profile",
        "Practices of EU AI Act Art. 5(1) that the use involves (screened by "
        "the questionnaire); any of them is prohibited.",
    ),
    "as_of": QT_TRANSLATE_NOOP(
        "profile",
        "The date on which to evaluate the law (the planned go-live, say); today when not set.",
    ),
    "large_scale": QT_TRANSLATE_NOOP(
        "profile",
        "Processes personal data on a large scale: many people, much data, or a"
        " wide area (GDPR Art. 35(3)(b)).",
    ),
    "continuously_learning": QT_TRANSLATE_NOOP(
        "profile",
        "Keeps learning after deployment, so its outputs can feed its future "
        "inputs (EU AI Act Art. 15(4) feedback loops).",
    ),
    "jurisdictions": QT_TRANSLATE_NOOP(
        "profile",
        "Where it is used.",
    ),
    "impact_level": QT_TRANSLATE_NOOP(
        "profile",
        "Impact level I–IV (Canada's DADM, Appendix B).",
    ),
    "annex3_area": QT_TRANSLATE_NOOP(
        "profile",
        "EU AI Act Annex III high-risk area, or none.",
    ),
    "ai_act_role": QT_TRANSLATE_NOOP(
        "profile",
        "The agency builds the system (provider), uses it (deployer), or both.",
    ),
}
"""The profile fields' descriptions (``Profile.model_fields``), marked for lupdate."""

PRACTICE_TEXTS: dict[ProhibitedPractice, str] = {
    ProhibitedPractice.MANIPULATION: QT_TRANSLATE_NOOP(
        "profile",
        "Subliminal, manipulative or deceptive techniques that distort "
        "behaviour and cause significant harm",
    ),
    ProhibitedPractice.EXPLOITING_VULNERABILITIES: QT_TRANSLATE_NOOP(
        "profile",
        "Exploiting vulnerabilities of age, disability or social or economic "
        "situation to distort behaviour",
    ),
    ProhibitedPractice.SOCIAL_SCORING: QT_TRANSLATE_NOOP(
        "profile",
        "Social scoring: rating people over time by social behaviour or traits,"
        " leading to unjustified detrimental treatment",
    ),
    ProhibitedPractice.CRIME_PREDICTION_BY_PROFILING: QT_TRANSLATE_NOOP(
        "profile",
        "Predicting that a person will commit a crime solely from profiling or personality traits",
    ),
    ProhibitedPractice.UNTARGETED_FACE_SCRAPING: QT_TRANSLATE_NOOP(
        "profile",
        "Building facial-recognition databases by untargeted scraping of the internet or CCTV",
    ),
    ProhibitedPractice.EMOTION_RECOGNITION_WORK_EDUCATION: QT_TRANSLATE_NOOP(
        "profile",
        "Emotion recognition in the workplace or in education (outside medical or safety reasons)",
    ),
    ProhibitedPractice.BIOMETRIC_CATEGORISATION_SENSITIVE: QT_TRANSLATE_NOOP(
        "profile",
        "Biometric categorisation to infer race, political opinions, religion, sex life or similar",
    ),
    ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID: QT_TRANSLATE_NOOP(
        "profile",
        "Real-time remote biometric identification in public spaces for law "
        "enforcement (narrow exceptions, Art. 5(2)–(7))",
    ),
}
"""``ProhibitedPractice.label`` in full, marked for lupdate."""

FLAGS: tuple[str, ...] = (
    *(name for _title, _description, names in FLAG_GROUPS for name in names),
    "art6_3_derogation",
)
"""Every yes/no fact of the profile, in the order the editor shows them."""


def field_label(name: str) -> str:
    """A profile field's short label."""
    return {
        "personal_data": translate("profile", "Processes personal data"),
        "special_category": translate("profile", "Processes special-category data"),
        "profiling": translate("profile", "Profiles people"),
        "decisions_about_individuals": translate(
            "profile", "Makes or supports decisions about people"
        ),
        "legal_effect": translate("profile", "Decisions have legal or similar effects"),
        "solely_automated": translate("profile", "Decisions are solely automated"),
        "high_impact": translate("profile", "High-impact AI (principal basis for decisions)"),
        "public_facing": translate("profile", "Public-facing"),
        "generative": translate("profile", "Generative AI"),
        "ai_system": translate(
            "profile", "An AI system (infers its outputs), not a fixed rules engine"
        ),
        "public_authority": translate("profile", "Public authority"),
        "public_service": translate("profile", "Private body providing a public service"),
        "flags_for_investigation": translate(
            "profile", "Selects people for investigation or control"
        ),
        "vulnerable_groups": translate("profile", "Affects people in vulnerable situations"),
        "monitors_public_areas": translate("profile", "Monitors public areas on a large scale"),
        "special_category_for_bias": translate(
            "profile", "Uses special-category data to detect and correct bias"
        ),
        "art6_3_derogation": translate("profile", "Relies on the AI Act Art. 6(3) derogation"),
        "prohibited_practices": translate("profile", "EU AI Act Art. 5 prohibited practices"),
        "as_of": translate("profile", "Check the law as it stands on"),
        "large_scale": translate("profile", "Personal data on a large scale"),
        "continuously_learning": translate("profile", "Keeps learning after deployment"),
        "jurisdictions": translate("profile", "Jurisdictions"),
        "impact_level": translate("profile", "Impact level"),
        "annex3_area": translate("profile", "EU AI Act Annex III area"),
        "ai_act_role": translate("profile", "Role under the EU AI Act"),
    }[name]


def field_description(name: str) -> str:
    """A profile field's plain description (from the model, through the translator)."""
    return translate("profile", FIELD_DESCRIPTIONS[name])


def practice_label(value: ProhibitedPractice) -> str:
    """A prohibited practice with its point of Art. 5(1)."""
    names = {
        ProhibitedPractice.MANIPULATION: translate(
            "profile", "Manipulative or deceptive techniques"
        ),
        ProhibitedPractice.EXPLOITING_VULNERABILITIES: translate(
            "profile", "Exploiting vulnerabilities (age, disability, social situation)"
        ),
        ProhibitedPractice.SOCIAL_SCORING: translate("profile", "Social scoring"),
        ProhibitedPractice.CRIME_PREDICTION_BY_PROFILING: translate(
            "profile", "Predicting crime solely from profiling"
        ),
        ProhibitedPractice.UNTARGETED_FACE_SCRAPING: translate(
            "profile", "Untargeted scraping of facial images"
        ),
        ProhibitedPractice.EMOTION_RECOGNITION_WORK_EDUCATION: translate(
            "profile", "Emotion recognition at work or in education"
        ),
        ProhibitedPractice.BIOMETRIC_CATEGORISATION_SENSITIVE: translate(
            "profile", "Biometric categorisation by sensitive traits"
        ),
        ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID: translate(
            "profile", "Real-time remote biometric identification for policing"
        ),
    }
    return translate("profile", "5(1)({point}) {name}").format(point=value.point, name=names[value])


def jurisdiction_label(value: Jurisdiction) -> str:
    """A jurisdiction's name."""
    return {
        Jurisdiction.EU: translate("profile", "European Union"),
        Jurisdiction.UK: translate("profile", "United Kingdom"),
        Jurisdiction.CANADA: translate("profile", "Canada (federal)"),
        Jurisdiction.US_FEDERAL: translate("profile", "United States (federal agency)"),
        Jurisdiction.OTHER: translate("profile", "Elsewhere"),
    }[value]


def area_label(area: Annex3Area | None) -> str:
    """An Annex III area with its point number, or "None"."""
    if area is None:
        return translate("profile", "None — not an Annex III use")
    names = {
        Annex3Area.BIOMETRICS: translate("profile", "Biometrics"),
        Annex3Area.CRITICAL_INFRASTRUCTURE: translate("profile", "Critical infrastructure"),
        Annex3Area.EDUCATION: translate("profile", "Education and vocational training"),
        Annex3Area.EMPLOYMENT: translate("profile", "Employment and workers"),
        Annex3Area.ESSENTIAL_SERVICES: translate(
            "profile", "Essential public services and benefits"
        ),
        Annex3Area.LAW_ENFORCEMENT: translate("profile", "Law enforcement"),
        Annex3Area.MIGRATION: translate("profile", "Migration, asylum and border control"),
        Annex3Area.JUSTICE_DEMOCRACY: translate("profile", "Justice and democratic processes"),
    }
    return translate("profile", "{point}. {name}").format(point=area.point, name=names[area])


def role_label(role: AIActRole) -> str:
    """The agency's AI Act role."""
    return {
        AIActRole.PROVIDER: translate("profile", "Provider — we build it"),
        AIActRole.DEPLOYER: translate("profile", "Deployer — we use one built by others"),
        AIActRole.PROVIDER_AND_DEPLOYER: translate("profile", "Provider and deployer — both"),
    }[role]
