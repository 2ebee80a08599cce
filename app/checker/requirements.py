"""Evaluating the four requirement kinds of a pack rule on an indexed strategy graph.

Each evaluator answers from the indexes and masks of ``GraphIndex`` — a lookup
per card concerned, never a graph search — and returns ``None`` when the rule is
satisfied, or a ``Gap``: what is missing, the cards concerned and the fixes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.checker.fixes import FixFinder
from app.checker.reach import PHASE_POSITION, GraphIndex
from models.phases import Phase
from models.rules import Before, Owned, PathTo, Present, Requirement


@dataclass(frozen=True)
class Gap:
    """Why a requirement fails: a message, the cards concerned, catalog keys that would fix it."""

    message: str
    cards: tuple[str, ...] = ()
    fixes: tuple[str, ...] = ()


Titles = Callable[[str], str]


def capability_titles(capabilities: Mapping[str, object]) -> Titles:
    """A function naming a capability by its title ('Bias examination'), else its key."""

    def title(key: str) -> str:
        cap = capabilities.get(key)
        name = getattr(cap, "title", None)
        return f"'{name}'" if isinstance(name, str) else f"'{key}'"

    return title


def _present(req: Present, g: GraphIndex, fixes: FixFinder, name: Titles) -> Gap | None:
    if g.cards_with(req.capability, req.phase):
        return None
    where = f" in {req.phase.label}" if req.phase is not None else ""
    elsewhere = g.cards_with(req.capability) if req.phase is not None else []
    message = f"No card provides {name(req.capability)}{where}."
    if elsewhere:
        message += f" {len(elsewhere)} card(s) provide it in another lane."
    return Gap(message, g.names(elsewhere), fixes.providers(req.capability, req.phase))


def _owned(req: Owned, g: GraphIndex, fixes: FixFinder, name: Titles) -> Gap | None:
    cards = g.cards_with(req.capability)
    if any(g.owner[i] is req.role for i in cards):
        return None
    suggestions = fixes.providers(req.capability, role=req.role)
    if not cards:
        message = f"No card provides {name(req.capability)} (owned by {req.role.label})."
        return Gap(message, (), suggestions)
    message = f"{name(req.capability)} is not owned by the {req.role.label} role."
    return Gap(message, g.names(cards), suggestions)


def _path(req: PathTo, g: GraphIndex, fixes: FixFinder, name: Titles) -> Gap | None:
    sources = g.cards_with(req.source)
    if not sources:
        message = f"No card provides {name(req.source)}, so nothing leads to {name(req.target)}."
        return Gap(message, (), fixes.providers(req.source))
    bit = g.bits[req.target]
    below = g.below
    stuck = [i for i in sources if not below[i] & bit]
    if not stuck:
        return None
    if not g.cards_with(req.target):
        message = f"No card provides {name(req.target)} for {name(req.source)} to lead to."
        return Gap(message, g.names(stuck), fixes.providers(req.target))
    message = (
        f"{len(stuck)} card(s) with {name(req.source)} do not lead to a card with "
        f"{name(req.target)}; link them."
    )
    return Gap(message, g.names(stuck))


def _order(req: Before, g: GraphIndex, fixes: FixFinder, name: Titles) -> Gap | None:
    firsts = g.cards_with(req.first)
    thens = g.cards_with(req.then)
    if not firsts:
        message = f"No card provides {name(req.first)}, which must come before {name(req.then)}."
        return Gap(message, g.names(thens), fixes.providers(req.first))
    if not thens:
        message = f"No card provides {name(req.then)}, which must follow {name(req.first)}."
        return Gap(message, (), fixes.providers(req.then))
    earliest = g.earliest_lifecycle_index(firsts)
    bit = g.bits[req.first]
    governance = PHASE_POSITION[Phase.GOVERNANCE]
    place = g.place
    early = [
        i
        for i in thens
        if not (earliest is not None and earliest < place[i] != governance)
        and not g.strictly_above(i) & bit
    ]
    if not early:
        return None
    message = (
        f"{len(early)} card(s) with {name(req.then)} have no {name(req.first)} before them "
        "(in an earlier lane or linked upstream)."
    )
    return Gap(message, g.names(early))


def evaluate_requirement(
    req: Requirement, g: GraphIndex, fixes: FixFinder, name: Titles
) -> Gap | None:
    """None when ``req`` holds on ``g``, else the gap."""
    match req:
        case Present():
            return _present(req, g, fixes, name)
        case Owned():
            return _owned(req, g, fixes, name)
        case PathTo():
            return _path(req, g, fixes, name)
        case Before():
            return _order(req, g, fixes, name)
