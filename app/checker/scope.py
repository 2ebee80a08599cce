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

from app.i18n import translate
from models.profile import Profile
from models.rules import Fact, RulePack
from models.vocabulary import Jurisdiction


def jurisdiction_words(place: Jurisdiction) -> str:
    """Where a pack's jurisdiction condition holds, as a fact of the profile."""
    return {
        Jurisdiction.EU: translate("scope", "used in the EU"),
        Jurisdiction.UK: translate("scope", "used in the United Kingdom"),
        Jurisdiction.CANADA: translate("scope", "used by a Canadian federal institution"),
        Jurisdiction.US_FEDERAL: translate("scope", "used by a US federal agency"),
        Jurisdiction.OTHER: translate("scope", "used elsewhere"),
    }[place]


def true_words(field: str) -> tuple[str, str] | None:
    """A yes/no fact of the profile in words: (when it holds, when it does not)."""
    words = {
        "ai_system": (
            translate("scope", "an AI system"),
            translate("scope", "not an AI system (it applies fixed rules)"),
        ),
        "personal_data": (
            translate("scope", "processes personal data"),
            translate("scope", "no personal data"),
        ),
        "special_category": (
            translate("scope", "processes special-category data"),
            translate("scope", "no special-category data"),
        ),
        "decisions_about_individuals": (
            translate("scope", "makes or supports decisions about people"),
            translate("scope", "makes no decisions about people"),
        ),
        "flags_for_investigation": (
            translate("scope", "selects people for investigation or control"),
            translate("scope", "selects nobody for investigation"),
        ),
        "legal_effect": (
            translate("scope", "decisions have legal or similar effects"),
            translate("scope", "no legal or similar effects"),
        ),
        "solely_automated": (
            translate("scope", "decisions are solely automated"),
            translate("scope", "a person decides"),
        ),
        "profiling": (translate("scope", "profiles people"), translate("scope", "no profiling")),
        "public_facing": (
            translate("scope", "the public interacts with it"),
            translate("scope", "not public-facing"),
        ),
        "generative": (
            translate("scope", "generates content"),
            translate("scope", "generates no content"),
        ),
        "high_impact": (
            translate("scope", "high-impact AI"),
            translate("scope", "not high-impact AI"),
        ),
        "public_authority": (
            translate("scope", "a public authority"),
            translate("scope", "not a public authority"),
        ),
        "public_service": (
            translate("scope", "a private body providing a public service"),
            translate("scope", "not a public service"),
        ),
    }
    return words.get(field)


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
        try:
            place = jurisdiction_words(Jurisdiction(fact.contains))
        except ValueError:
            place = fact.describe()
        return holds, place if holds else translate("scope", "not {fact}").format(fact=place)
    words = true_words(fact.field)
    if words is not None and fact.equals is not None:
        yes, no = words
        wanted = fact.equals is True
        return holds, (yes if wanted else no) if holds else (no if wanted else yes)
    if fact.field == "annex3_area" and fact.is_set is not None:
        listed = translate("scope", "an EU AI Act Annex III (high-risk) use")
        return holds, listed if holds == fact.is_set else translate("scope", "not an Annex III use")
    described = fact.describe()
    return holds, described if holds else translate("scope", "not: {fact}").format(fact=described)


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return translate("scope", "{some} and {last}").format(
        some=", ".join(parts[:-1]), last=parts[-1]
    )


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
            held.append(translate("scope", " or ").join(met))
        else:
            failed.append(translate("scope", " and ").join(words for _, words in options))
    applies = not failed
    if applies:
        reason = translate("scope", "Applies: {facts}.").format(
            facts=_join(held) if held else translate("scope", "to every AI use")
        )
    else:
        reason = translate("scope", "Does not apply: {facts}.").format(facts=_join(failed))
    return PackScope(pack.key, pack.title, applies, reason)


def pack_scope(profile: Profile, packs: Mapping[str, RulePack]) -> tuple[PackScope, ...]:
    """Every pack's scope for ``profile``: those that apply first, then by title."""
    scopes = [explain(pack, profile) for pack in packs.values()]
    return tuple(sorted(scopes, key=lambda s: (not s.applies, s.title)))
