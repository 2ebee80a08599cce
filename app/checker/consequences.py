"""Plain-language consequences of a profile: which duties its facts switch on, and why.

The questionnaire appends these lines to its reasoning so a team sees, next to
the impact level, what the answers mean for the rule packs (a DPIA under GDPR
Art. 35(3), the AI Act's rights impact assessment and registration of use, its
Art. 15(4) feedback-loop duty). The sentences mirror the packs' conditions; the
packs stay the authority on what is checked.
"""

from __future__ import annotations

from models.profile import Profile
from models.vocabulary import AIActRole, Annex3Area, Jurisdiction


def consequences(profile: Profile) -> list[str]:
    """What ``profile`` means for which rules apply, one plain sentence per consequence."""
    lines: list[str] = []
    if profile.solely_automated and profile.legal_effect:
        lines.append(
            "Decisions with significant effects are taken without case-by-case human review: "
            "they count as solely automated (GDPR Art. 22; UK GDPR Arts. 22A–22C)."
        )
    if profile.high_impact:
        lines.append(
            "The output is the main basis for decisions with significant effects: high-impact AI "
            "in the sense of OMB M-25-21 (applies to US federal agencies)."
        )
    if profile.eu_high_risk and profile.annex3_area is not None:
        lines.append(
            f"Annex III area '{profile.annex3_area.value}' (point {profile.annex3_area.point}) "
            "used in the EU: the AI Act's high-risk obligations apply."
        )
    if profile.profiling and profile.legal_effect:
        lines.append("Profiling with significant effects: a DPIA is required (GDPR Art. 35(3)(a)).")
    if profile.special_category and profile.large_scale:
        lines.append(
            "Special-category data on a large scale: a DPIA is required (GDPR Art. 35(3)(b))."
        )
    lines.extend(_ai_act_deployer(profile))
    if profile.continuously_learning:
        lines.append(_learning(profile))
    if not profile.public_authority and Jurisdiction.CANADA in profile.jurisdictions:
        lines.append(
            "Not a public body: Canada's Directive on Automated Decision-Making binds federal "
            "institutions, so it does not apply."
        )
    return lines


def _ai_act_deployer(profile: Profile) -> list[str]:
    """Who must assess fundamental rights and register the use (EU AI Act Arts. 27, 49(3))."""
    if not profile.eu_high_risk or profile.ai_act_role is AIActRole.PROVIDER:
        return []
    if profile.annex3_area is Annex3Area.CRITICAL_INFRASTRUCTURE:
        return [
            "Annex III point 2 (critical infrastructure): no fundamental rights impact "
            "assessment and no registration of use are required (AI Act Arts. 27(1), 49(3))."
        ]
    if profile.public_authority:
        return [
            "A public body deploying a high-risk system: a fundamental rights impact assessment "
            "before first use (AI Act Art. 27(1)) and registration of the use in the EU "
            "database (Arts. 49(3), 26(8))."
        ]
    if profile.annex3_area is Annex3Area.ESSENTIAL_SERVICES:
        return [
            "A private deployer in Annex III point 5: a fundamental rights impact assessment is "
            "still required for credit scoring or life and health insurance pricing (AI Act "
            "Art. 27(1), Annex III 5(b)–(c))."
        ]
    return [
        "A private deployer outside point 5: no fundamental rights impact assessment or "
        "registration of use (AI Act Arts. 27(1), 49(3))."
    ]


def _learning(profile: Profile) -> str:
    """What learning in service asks for (EU AI Act Art. 15(4) binds high-risk providers)."""
    if profile.eu_high_risk and profile.ai_act_role is not AIActRole.DEPLOYER:
        return (
            "Keeps learning in service as a high-risk system: biased outputs must not feed its "
            "future inputs unchecked, so fairness monitoring must lead to controlled retraining "
            "(EU AI Act Art. 15(4))."
        )
    return (
        "Keeps learning in service: its outputs can become its future inputs, so watch for "
        "feedback loops that widen gaps between groups."
    )
