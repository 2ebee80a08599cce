"""Opening slides: title, team and roles, the scenario."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from app.export.blocks import Bullets, Facts, Heading, Para, Slide, SlideKind, Table
from app.export.bundle import ExportBundle
from app.i18n import role_label, translate
from models.profile import Profile
from models.vocabulary import Role


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
    rows: list[tuple[str, str]] = []
    for name, info in Profile.model_fields.items():
        label = info.description or name.replace("_", " ").capitalize()
        value = getattr(profile, name)
        if isinstance(value, bool):
            shown = "Yes" if value else "No"
        elif isinstance(value, tuple):
            shown = ", ".join(str(v).upper() for v in value) or "None given"
        elif value is None:
            shown = "None"
        elif name == "impact_level":
            shown = profile.impact_level.roman
        else:
            shown = str(value).replace("-", " ").capitalize()
        rows.append((label, shown))
    return tuple(rows)


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
