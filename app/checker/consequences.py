"""Plain-language consequences of a profile: which duties its facts switch on, and why.

The questionnaire appends these lines to its reasoning so a team sees, next to
the impact level, what the answers mean for the rule packs (a DPIA under GDPR
Art. 35(3), the AI Act's rights impact assessment and registration of use, its
Art. 15(4) feedback-loop duty). The sentences mirror the packs' conditions; the
packs stay the authority on what is checked.
"""

from __future__ import annotations

from app.i18n import annex3_label, quoted, translate
from models.profile import Profile
from models.vocabulary import AIActRole, Annex3Area, Jurisdiction


def consequences(profile: Profile) -> list[str]:
    """What ``profile`` means for which rules apply, one plain sentence per consequence."""
    lines: list[str] = []
    in_eu = Jurisdiction.EU in profile.jurisdictions
    if in_eu and profile.ai_system and profile.prohibited_practices:
        points = ", ".join(f"5(1)({p.point})" for p in profile.prohibited_practices)
        lines.append(
            translate(
                "consequences",
                "Prohibited practice under EU AI Act Art. {points}: banned since 2 February 2025. "
                "No safeguard on the board can make it lawful; stop or redesign the use.",
            ).format(points=points)
        )
    if not profile.ai_system:
        lines.append(
            translate(
                "consequences",
                "Not an AI system in the sense of EU AI Act Art. 3(1) (it applies fixed rules), so"
                " the AI Act does not apply. If it decides about people it is still an automated "
                "decision system: Canada's directive and GDPR Art. 22 still apply.",
            )
        )
    if profile.flags_for_investigation:
        lines.append(
            translate(
                "consequences",
                "It selects people for investigation or control: those selected must be told and "
                "be able to contest it, not only the people who receive a final decision.",
            )
        )
    if profile.solely_automated and profile.legal_effect:
        lines.append(
            translate(
                "consequences",
                "Decisions with significant effects are taken without case-by-case human review: "
                "they count as solely automated (GDPR Art. 22; UK GDPR Arts. 22A–22C).",
            )
        )
    if profile.high_impact:
        lines.append(
            translate(
                "consequences",
                "The output is the main basis for decisions or actions with significant effects on"
                " rights or safety: high-impact AI in the sense of OMB M-25-21 (applies to US "
                "federal agencies).",
            )
        )
    if (
        profile.high_impact
        and profile.legal_effect
        and profile.personal_data
        and not profile.solely_automated
        and in_eu
    ):
        lines.append(
            translate(
                "consequences",
                "A person signs off, but the output is the main basis of the decision: under CJEU "
                "C-634/21 (SCHUFA) a score that plays a determining role can itself be an "
                "automated decision under GDPR Art. 22 — the human involvement must be real, and "
                "shown to be.",
            )
        )
    if profile.eu_high_risk and profile.annex3_area is not None:
        lines.append(
            translate(
                "consequences",
                "Annex III area {area} (point {point}) used in the EU: the AI Act's high-risk "
                "obligations apply.",
            ).format(
                area=quoted(annex3_label(profile.annex3_area)), point=profile.annex3_area.point
            )
        )
    if profile.profiling and profile.legal_effect:
        lines.append(
            translate(
                "consequences",
                "Profiling with significant effects: a DPIA is required (GDPR Art. 35(3)(a)).",
            )
        )
    if profile.special_category and profile.large_scale:
        lines.append(
            translate(
                "consequences",
                "Special-category data on a large scale: a DPIA is required (GDPR Art. 35(3)(b)).",
            )
        )
    if profile.monitors_public_areas:
        lines.append(
            translate(
                "consequences",
                "Systematic monitoring of public areas on a large scale: a DPIA is required (GDPR "
                "Art. 35(3)(c)).",
            )
        )
    lines.extend(_derogation(profile))
    if in_eu and profile.ai_system and profile.generative:
        lines.append(
            translate(
                "consequences",
                "Generates content: outputs must be marked as AI-generated (EU AI Act Art. 50(2)),"
                " and deep fakes and AI-generated text published on matters of public interest "
                "disclosed (Art. 50(4)).",
            )
        )
    lines.extend(_ai_act_deployer(profile))
    if profile.continuously_learning:
        lines.append(_learning(profile))
    if not profile.public_authority and Jurisdiction.CANADA in profile.jurisdictions:
        lines.append(
            translate(
                "consequences",
                "Not a public body: Canada's Directive on Automated Decision-Making binds federal "
                "institutions, so it does not apply.",
            )
        )
    return lines


def _ai_act_deployer(profile: Profile) -> list[str]:
    """Who must assess fundamental rights and register the use (EU AI Act Arts. 27, 49(3))."""
    if not profile.eu_high_risk or profile.ai_act_role is AIActRole.PROVIDER:
        return []
    if profile.annex3_area is Annex3Area.CRITICAL_INFRASTRUCTURE:
        return [
            translate(
                "consequences",
                "Annex III point 2 (critical infrastructure): no fundamental rights impact "
                "assessment and no registration of use are required (AI Act Arts. 27(1), 49(3)).",
            )
        ]
    if profile.public_authority:
        return [
            translate(
                "consequences",
                "A public authority deploying a high-risk system: a fundamental rights impact "
                "assessment before first use (AI Act Art. 27(1)) and registration of the use in "
                "the EU database (Arts. 49(3), 26(8)).",
            )
        ]
    if profile.public_service:
        return [
            translate(
                "consequences",
                "A private body providing a public service and deploying a high-risk system: a "
                "fundamental rights impact assessment before first use (AI Act Art. 27(1)); the "
                "registration of use (Art. 49(3)) binds public authorities only.",
            )
        ]
    if profile.annex3_area is Annex3Area.ESSENTIAL_SERVICES:
        return [
            translate(
                "consequences",
                "A private deployer in Annex III point 5: a fundamental rights impact assessment "
                "is still required for credit scoring or life and health insurance pricing (AI Act"
                " Art. 27(1), Annex III 5(b)–(c)).",
            )
        ]
    return [
        translate(
            "consequences",
            "A private deployer outside point 5: no fundamental rights impact assessment or "
            "registration of use (AI Act Arts. 27(1), 49(3)).",
        )
    ]


def _derogation(profile: Profile) -> list[str]:
    """What relying on the Art. 6(3) derogation means (EU AI Act Arts. 6(3)–(4), 49(2))."""
    in_eu = Jurisdiction.EU in profile.jurisdictions
    if not (in_eu and profile.ai_system and profile.annex3_area and profile.art6_3_derogation):
        return []
    if profile.profiling:
        return [
            translate(
                "consequences",
                "The Art. 6(3) derogation is not available: the system profiles people, so an "
                "Annex III system is always high-risk (AI Act Art. 6(3), last subparagraph).",
            )
        ]
    return [
        translate(
            "consequences",
            "Relies on the Art. 6(3) derogation: the high-risk duties do not apply, but the "
            "assessment must be documented before release (AI Act Art. 6(4)) and the system still "
            "registered (Art. 49(2)).",
        )
    ]


def _learning(profile: Profile) -> str:
    """What learning in service asks for (EU AI Act Art. 15(4) binds high-risk providers)."""
    if profile.eu_high_risk and profile.ai_act_role is not AIActRole.DEPLOYER:
        return translate(
            "consequences",
            "Keeps learning in service as a high-risk system: biased outputs must not feed its "
            "future inputs unchecked, so fairness monitoring must lead to controlled retraining "
            "(EU AI Act Art. 15(4)).",
        )
    return translate(
        "consequences",
        "Keeps learning in service: its outputs can become its future inputs, so watch for "
        "feedback loops that widen gaps between groups.",
    )
