"""The crosswalk: because rules speak of capabilities, one card can satisfy rules in several packs.

``rules_for_card`` answers "what does this card count for?" (pack, rule,
citation) and ``crosswalk_table`` lays every capability against every pack.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from models.findings import CheckResult
from models.profile import Profile
from models.rules import Before, Owned, PathTo, Present, Prohibited, Rule, RulePack
from models.strategy import Card
from models.vocabulary import FindingState


@dataclass(frozen=True)
class RuleRef:
    """One rule of one pack, as listed in the crosswalk."""

    pack: str
    rule_id: str
    title: str
    citation: str


def _ref(pack: RulePack, rule: Rule) -> RuleRef:
    return RuleRef(pack.key, rule.id, rule.title, pack.cite(rule))


def contributes(card: Card, rule: Rule) -> bool:
    """Whether ``card`` provides what ``rule`` asks for (its capability, lane and owner)."""
    caps = card.capabilities
    req = rule.requirement
    match req:
        case Present():
            return req.capability in caps and req.phase in (None, card.phase)
        case Owned():
            return req.capability in caps and card.owner_role is req.role
        case PathTo():
            return req.source in caps or req.target in caps
        case Before():
            return req.first in caps or req.then in caps
        case Prohibited():
            return False


def rules_for_card(
    card: Card,
    packs: Mapping[str, RulePack],
    profile: Profile | None = None,
    result: CheckResult | None = None,
) -> tuple[RuleRef, ...]:
    """The rules ``card`` helps satisfy, in pack-key order.

    Args:
        card: the card.
        packs: the packs to look in (e.g. the strategy's selected packs).
        profile: when given, only rules that apply to this profile.
        result: when given, only rules that this check found satisfied or planned (a
            card on a path rule that still fails is not yet satisfying it; a planned card
            counts for the rules it will satisfy once in place).
    """
    failing = (
        {f.rule_id for f in result.findings if f.state is not FindingState.PLANNED}
        if result is not None
        else set()
    )
    refs: list[RuleRef] = []
    for key in sorted(packs):
        pack = packs[key]
        rules = pack.rules if profile is None else pack.applicable_rules(profile)
        refs.extend(
            _ref(pack, rule) for rule in rules if rule.id not in failing and contributes(card, rule)
        )
    return tuple(refs)


def crosswalk_table(
    packs: Mapping[str, RulePack], capabilities: Iterable[str] | None = None
) -> dict[str, dict[str, tuple[RuleRef, ...]]]:
    """Capability → pack key → the pack's rules that name the capability.

    Rows are the given capabilities (default: every capability some rule names,
    sorted); a pack with no rule for a capability has no entry in that row.
    """
    cells: dict[str, dict[str, list[RuleRef]]] = {}
    for key in sorted(packs):
        pack = packs[key]
        for rule in pack.rules:
            for cap in dict.fromkeys(rule.requirement.capabilities):
                cells.setdefault(cap, {}).setdefault(key, []).append(_ref(pack, rule))
    rows = sorted(cells) if capabilities is None else list(capabilities)
    return {cap: {k: tuple(v) for k, v in cells.get(cap, {}).items()} for cap in rows}
