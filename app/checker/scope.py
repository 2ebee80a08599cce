"""Which packs apply to a profile, and why — in words a workshop participant reads.

A pack's own condition (its ``applies``) decides whether any of its rules can
apply. ``pack_scope`` turns that condition into one sentence per pack: "Applies:
used in the EU, and an AI system." or "Does not apply: not an AI system (a fixed
rules engine)." The facts' wording is kept here, once, for every profile field a
pack condition can name; a fact with no wording falls back to the condition's
own description.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from models.profile import Profile
from models.rules import Fact, RulePack
from models.vocabulary import Jurisdiction

JURISDICTION_WORDS = {
    Jurisdiction.EU: "used in the EU",
    Jurisdiction.UK: "used in the United Kingdom",
    Jurisdiction.CANADA: "used by a Canadian federal institution",
    Jurisdiction.US_FEDERAL: "used by a US federal agency",
    Jurisdiction.OTHER: "used elsewhere",
}

TRUE_WORDS = {
    "ai_system": ("an AI system", "not an AI system (it applies fixed rules)"),
    "personal_data": ("processes personal data", "no personal data"),
    "special_category": ("processes special-category data", "no special-category data"),
    "decisions_about_individuals": (
        "makes or supports decisions about people",
        "makes no decisions about people",
    ),
    "flags_for_investigation": (
        "selects people for investigation or control",
        "selects nobody for investigation",
    ),
    "legal_effect": ("decisions have legal or similar effects", "no legal or similar effects"),
    "solely_automated": ("decisions are solely automated", "a person decides"),
    "profiling": ("profiles people", "no profiling"),
    "public_facing": ("the public interacts with it", "not public-facing"),
    "generative": ("generates content", "generates no content"),
    "high_impact": ("high-impact AI", "not high-impact AI"),
    "public_authority": ("a public authority", "not a public authority"),
    "public_service": ("a private body providing a public service", "not a public service"),
}


@dataclass(frozen=True)
class PackScope:
    """Whether one pack applies to a profile, and the reason in words."""

    key: str
    title: str
    applies: bool
    reason: str


def _words(fact: Fact, profile: Profile) -> tuple[bool, str]:
    """Whether ``fact`` holds of ``profile``, and the fact as the profile has it."""
    holds = fact.holds(profile)
    if fact.field == "jurisdictions" and fact.contains is not None:
        place = JURISDICTION_WORDS.get(fact.contains, fact.describe())  # type: ignore[call-overload]
        return holds, place if holds else f"not {place}"
    if fact.field in TRUE_WORDS and fact.equals is not None:
        yes, no = TRUE_WORDS[fact.field]
        wanted = fact.equals is True
        return holds, (yes if wanted else no) if holds else (no if wanted else yes)
    if fact.field == "annex3_area" and fact.is_set is not None:
        listed = "an EU AI Act Annex III (high-risk) use"
        return holds, listed if holds == fact.is_set else "not an Annex III use"
    return holds, fact.describe() if holds else f"not: {fact.describe()}"


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def explain(pack: RulePack, profile: Profile) -> PackScope:
    """Whether ``pack`` applies to ``profile``, with the reason."""
    cond = pack.condition
    held: list[str] = []
    failed: list[str] = []
    for fact in cond.all_of:
        holds, words = _words(fact, profile)
        (held if holds else failed).append(words)
    if cond.any_of:
        options = [_words(fact, profile) for fact in cond.any_of]
        met = [words for holds, words in options if holds]
        if met:
            held.append(" or ".join(met))
        else:
            failed.append(" and ".join(words for _, words in options))
    applies = not failed
    if applies:
        reason = "Applies: " + (_join(held) if held else "to every AI use") + "."
    else:
        reason = "Does not apply: " + _join(failed) + "."
    return PackScope(pack.key, pack.title, applies, reason[0] + reason[1:])


def pack_scope(profile: Profile, packs: Mapping[str, RulePack]) -> tuple[PackScope, ...]:
    """Every pack's scope for ``profile``: those that apply first, then by title."""
    scopes = [explain(pack, profile) for pack in packs.values()]
    return tuple(sorted(scopes, key=lambda s: (not s.applies, s.title)))
