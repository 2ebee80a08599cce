"""Opening slides: title, team and roles, the scenario."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from app.export.blocks import Bullets, Facts, Heading, Para, Slide, SlideKind, Table
from app.export.bundle import ExportBundle
from app.i18n import annex3_label, long_date, role_label, translate
from models.profile import Profile
from models.vocabulary import (
    AIActRole,
    Annex3Area,
    ImpactLevel,
    Jurisdiction,
    ProhibitedPractice,
    Role,
)


def title_slide(bundle: ExportBundle) -> Sequence[Slide]:
    """Slide 1: strategy, team, scenario, date and workshop."""
    workshop = bundle.workshop
    when = workshop.date.isoformat() if workshop.date else bundle.exported_at.date().isoformat()
    rows = [
        (translate("plan", "Team"), bundle.team_name),
        (translate("plan", "Scenario"), bundle.scenario.title),
        (translate("plan", "Workshop"), workshop.name),
        (translate("plan", "Date"), when),
    ]
    if workshop.facilitator:
        rows.append((translate("plan", "Facilitator"), workshop.facilitator))
    return (
        Slide(
            title=bundle.strategy.name,
            subtitle=translate("plan", "MLOps strategy"),
            kind=SlideKind.TITLE,
            blocks=(Facts(tuple(rows)),),
        ),
    )


def team_slide(bundle: ExportBundle) -> Sequence[Slide]:
    """Slide 2: members and their roles, and how many cards each role owns."""
    owners = Counter(card.owner_role for card in bundle.strategy.cards.values())
    members = bundle.team.members if bundle.team else ()
    blocks: list[Heading | Para | Table] = [Heading(translate("plan", "Members"))]
    if members:
        blocks.append(
            Table(
                header=(translate("plan", "Member"), translate("plan", "Role")),
                rows=tuple((m.name, role_label(m.role)) for m in members),
                weights=(3, 2),
            )
        )
    else:
        blocks.append(Para(translate("plan", "No team members recorded."), muted=True))
    blocks.append(Heading(translate("plan", "Who owns what")))
    rows = []
    for role in Role:
        names = ", ".join(m.name for m in members if m.role is role)
        if owners[role] or names:
            rows.append(
                (
                    role_label(role),
                    str(owners[role]),
                    names or translate("plan", "— nobody in the team"),
                )
            )
    if owners[None]:
        rows.append((translate("plan", "No owner yet"), str(owners[None]), ""))
    if rows:
        blocks.append(
            Table(
                header=(
                    translate("plan", "Role"),
                    translate("plan", "Cards owned"),
                    translate("plan", "Team members"),
                ),
                rows=tuple(rows),
                weights=(2, 1, 3),
            )
        )
    else:
        blocks.append(Para(translate("plan", "The canvas has no cards yet."), muted=True))
    return (Slide(title=translate("plan", "Team and roles"), blocks=tuple(blocks)),)


def profile_facts(profile: Profile) -> tuple[tuple[str, str], ...]:
    """The profile as label–value rows, labelled by the model's own field descriptions."""
    return tuple(
        (profile_description(name), profile_value(name, getattr(profile, name)))
        for name in Profile.model_fields
    )


def profile_description(name: str) -> str:
    """A profile field's plain description (``Profile.model_fields``) in the current language.

    The English repeats the model's own descriptions (a test keeps them equal), under the
    context the profile editor translates them in, so both share one translation.
    """
    texts = {
        "ai_system": translate(
            "profile",
            "An AI system in the sense of EU AI Act Art. 3(1): it infers from its inputs how to "
            "produce outputs, with some autonomy. A fixed rules engine is not — but if it decides"
            " about people it is still an automated decision system (Canada's DADM, GDPR Art. "
            "22).",
        ),
        "personal_data": translate(
            "profile",
            "Processes personal data (GDPR Art. 4(1)).",
        ),
        "special_category": translate(
            "profile",
            "Processes special-category data: health, ethnicity, religion, biometrics… (GDPR Art."
            " 9).",
        ),
        "decisions_about_individuals": translate(
            "profile",
            "Makes or supports decisions about individual people.",
        ),
        "legal_effect": translate(
            "profile",
            "Those decisions have legal or similarly significant effects on people.",
        ),
        "solely_automated": translate(
            "profile",
            "Decisions are taken without meaningful human involvement.",
        ),
        "profiling": translate(
            "profile",
            "Evaluates personal aspects of people (GDPR Art. 4(4)).",
        ),
        "public_facing": translate(
            "profile",
            "People interact with the system or see its output directly.",
        ),
        "generative": translate(
            "profile",
            "Generates text, images or other content.",
        ),
        "high_impact": translate(
            "profile",
            "Output is a principal basis for decisions with significant effects on rights or "
            "safety (US OMB M-25-21 'high-impact AI').",
        ),
        "public_authority": translate(
            "profile",
            "The agency is a public authority: a body governed by public law, or one acting on "
            "its behalf (EU AI Act Art. 26(8), 27(1), 49(3); Canada's DADM binds federal "
            "institutions).",
        ),
        "public_service": translate(
            "profile",
            "A private body providing a public service (EU AI Act Art. 27(1) rights impact "
            "assessment), as distinct from a public authority.",
        ),
        "flags_for_investigation": translate(
            "profile",
            "Scores or flags people for investigation, audit or control (a fraud risk list, a "
            "case selected for review) — they are affected even before any final decision.",
        ),
        "vulnerable_groups": translate(
            "profile",
            "Affects people in vulnerable situations: children, benefit claimants, patients, "
            "asylum seekers (EU AI Act Art. 9(9); a DPIA trigger on most national lists).",
        ),
        "monitors_public_areas": translate(
            "profile",
            "Systematically monitors publicly accessible areas on a large scale (GDPR Art. "
            "35(3)(c)).",
        ),
        "special_category_for_bias": translate(
            "profile",
            "Processes special-category data to detect and correct bias (EU AI Act Art. 10(5)).",
        ),
        "art6_3_derogation": translate(
            "profile",
            "The provider relies on EU AI Act Art. 6(3): the Annex III system only does a narrow "
            "procedural or preparatory task and poses no significant risk (unavailable when it "
            "profiles people).",
        ),
        "prohibited_practices": translate(
            "profile",
            "Practices of EU AI Act Art. 5(1) that the use involves (screened by the "
            "questionnaire); any of them is prohibited.",
        ),
        "as_of": translate(
            "profile",
            "The date on which to evaluate the law (the planned go-live, say); today when not set.",
        ),
        "large_scale": translate(
            "profile",
            "Processes personal data on a large scale: many people, much data, or a wide area "
            "(GDPR Art. 35(3)(b)).",
        ),
        "continuously_learning": translate(
            "profile",
            "Keeps learning after deployment, so its outputs can feed its future inputs (EU AI "
            "Act Art. 15(4) feedback loops).",
        ),
        "jurisdictions": translate(
            "profile",
            "Where it is used.",
        ),
        "impact_level": translate(
            "profile",
            "Impact level I–IV (Canada's DADM, Appendix B).",
        ),
        "annex3_area": translate(
            "profile",
            "EU AI Act Annex III high-risk area, or none.",
        ),
        "ai_act_role": translate(
            "profile",
            "The agency builds the system (provider), uses it (deployer), or both.",
        ),
    }
    found = texts.get(name)
    if found is not None:
        return found
    info = Profile.model_fields.get(name)
    return (info.description if info else None) or name.replace("_", " ").capitalize()


def profile_value(name: str, value: object) -> str:
    """A profile field's value as a reader sees it, in the current language."""
    if isinstance(value, bool):
        return translate("plan", "Yes") if value else translate("plan", "No")
    if name == "jurisdictions" and isinstance(value, tuple):
        return ", ".join(jurisdiction_code(j) for j in value) or translate("plan", "None given")
    if name == "prohibited_practices" and isinstance(value, tuple):
        points = ", ".join(f"5(1)({p.point})" for p in value if isinstance(p, ProhibitedPractice))
        return points or translate("plan", "None given")
    if value is None:
        return translate("plan", "None")
    if isinstance(value, ImpactLevel):
        return value.roman
    if isinstance(value, Annex3Area):
        return annex3_label(value)
    if isinstance(value, AIActRole):
        return {
            AIActRole.PROVIDER: translate("plan", "Provider"),
            AIActRole.DEPLOYER: translate("plan", "Deployer"),
            AIActRole.PROVIDER_AND_DEPLOYER: translate("plan", "Provider and deployer"),
        }[value]
    if isinstance(value, dt.date):
        return long_date(value)
    return str(value).replace("-", " ").capitalize()


def jurisdiction_code(value: Jurisdiction) -> str:
    """A jurisdiction's short name ("EU", "UK"), in the current language."""
    return {
        Jurisdiction.EU: translate("plan", "EU"),
        Jurisdiction.UK: translate("plan", "UK"),
        Jurisdiction.CANADA: translate("plan", "CA"),
        Jurisdiction.US_FEDERAL: translate("plan", "US-FEDERAL"),
        Jurisdiction.OTHER: translate("plan", "OTHER"),
    }[value]


def scenario_slide(bundle: ExportBundle) -> Sequence[Slide]:
    """Slide 3: context, goals, challenges and the profile facts of the strategy."""
    scenario = bundle.scenario
    return (
        Slide(
            title=translate("plan", "Scenario: {scenario}").format(scenario=scenario.title),
            subtitle=scenario.summary,
            columns=2,
            blocks=(
                Heading(translate("plan", "Context")),
                Para(scenario.context),
                Heading(translate("plan", "Goals")),
                Bullets(scenario.goals),
                Heading(translate("plan", "Challenges")),
                Bullets(scenario.challenges),
                Heading(translate("plan", "Profile (as edited by the team)")),
                Facts(profile_facts(bundle.strategy.profile)),
            ),
        ),
    )
