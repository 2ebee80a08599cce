"""Evaluating the requirement kinds of a pack rule on an indexed strategy graph.

Each evaluator answers from the indexes and masks of ``GraphIndex`` — a lookup
per card concerned, never a graph search (but for the rare card that sits on a
cycle and provides both ends of a path) — and returns ``None`` when the rule is
satisfied, or a ``Gap``: what is missing, the cards concerned and the fixes.

The messages say what would make a reviewer accept the practice, not only that a
card is missing: in which lane, owned by whom (someone independent of the
builders), how often it runs, and which release it must gate.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.checker.fixes import FixFinder
from app.checker.reach import PHASE_POSITION, GraphIndex, Want
from app.i18n import phase_label, role_label, translate
from models.phases import Phase
from models.rules import Before, Owned, PathTo, Present, Prohibited, Requirement

MAX_NAMED = 3
"""Cards named in a message before '…and N more'."""


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
        return translate("checker", "'%1'").replace("%1", name if isinstance(name, str) else key)

    return title


@functools.cache
def subject(req: Present | Owned) -> Want:
    """The card a ``present`` or ``owned`` requirement looks for (requirements are frozen)."""
    if isinstance(req, Owned):
        return Want(req.capability, role=req.role, recurring=req.recurring)
    return Want(
        req.capability, phase=req.phase, independent=req.independent, recurring=req.recurring
    )


@functools.cache
def path_wants(req: PathTo) -> tuple[Want, Want]:
    """The source and target cards a ``path`` requirement looks for."""
    return Want(req.source, recurring=req.recurring), Want(req.target, role=req.target_role)


def wants(req: Requirement) -> tuple[Want, ...]:
    """Every want whose reachability ``req`` asks about (each needs a bit in the index)."""
    match req:
        case Present() | Owned():
            return (subject(req),) if req.before else ()
        case PathTo():
            return path_wants(req)
        case Before():
            return (Want(req.first), Want(req.then))
        case Prohibited():
            return ()


def card_wants(req: Requirement) -> tuple[Want, ...]:
    """Every want a card can contribute to ``req`` (for 'only planned' explanations)."""
    match req:
        case Present() | Owned():
            return (subject(req),)
        case PathTo():
            return path_wants(req)
        case Before():
            return (Want(req.first), Want(req.then))
        case Prohibited():
            return ()


def _qualified(want: Want, name: Titles) -> str:
    """'Human decision' in Deployment, owned by Policy & legal … in words."""
    text = name(want.capability)
    if want.phase is not None:
        text += " " + _fill(translate("checker", "in %1"), phase_label(want.phase))
    if want.role is not None:
        text += " " + _fill(translate("checker", "owned by %1"), role_label(want.role))
    if want.independent:
        text += " " + translate(
            "checker", "owned by someone outside the team that builds the model"
        )
    if want.recurring:
        text += " " + translate("checker", "that repeats in operation")
    return text


def _fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by ``values`` (Qt's placeholders)."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def _shortfall(want: Want, g: GraphIndex, name: Titles) -> tuple[str, list[int]]:
    """Why no card qualifies for ``want`` although some provide the capability."""
    cards = g.cards_with(want.capability)
    if want.phase is not None:
        lane = [i for i in cards if g.phase[i] is want.phase]
        if not lane:
            return translate(
                "checker", "%n card(s) provide it in another lane.", None, len(cards)
            ), cards
        cards = lane
    if want.role is not None:
        owned = [i for i in cards if g.owner[i] is want.role]
        if not owned:
            text = translate("checker", "%1 is not owned by the %2 role.")
            return _fill(text, name(want.capability), role_label(want.role)), cards
        cards = owned
    if want.independent:
        free = [i for i in cards if g.independent(i)]
        if not free:
            builders = ", ".join(sorted(role_label(r) for r in g.builders))
            text = translate(
                "checker",
                "It is owned by the team that builds the model (%1); an independent "
                "review needs an owner outside it.",
            )
            return _fill(text, builders), cards
        cards = free
    if want.recurring:
        text = translate(
            "checker",
            "It runs once or states no cadence: a one-off activity cannot see what happens in "
            "operation. Give it a repeating cadence.",
        )
        return text, cards
    return "", cards  # pragma: no cover - a qualifying card would have been found


def _missing(
    want: Want, g: GraphIndex, fixes: FixFinder, name: Titles, lead: str = ""
) -> Gap | None:
    """None when a card qualifies for ``want``, else why not."""
    if g.cards_for(want):
        return None
    if not g.cards_with(want.capability):
        message = lead + _fill(translate("checker", "No card provides %1."), _qualified(want, name))
        return Gap(message, (), fixes.providers(want.capability, want.phase, want.role))
    why, cards = _shortfall(want, g, name)
    message = lead + _fill(translate("checker", "No card provides %1."), _qualified(want, name))
    message += f" {why}"
    return Gap(message, g.names(cards), fixes.providers(want.capability, want.phase, want.role))


def _gates_release(want: Want, g: GraphIndex, fixes: FixFinder, name: Titles) -> Gap | None:
    """None when a qualifying card is upstream of every Deployment card."""
    deploy = g.by_phase[Phase.DEPLOY]
    gate_fix = fixes.providers("validation-gate", Phase.DEPLOY)
    if not deploy:
        message = _fill(
            translate(
                "checker",
                "%1 must come before the release, but no Deployment card shows where the "
                "system goes live; add the release and link it downstream.",
            ),
            name(want.capability),
        )
        return Gap(message, g.names(g.cards_for(want)), gate_fix)
    if g.release_mask() & g.bit(want):
        return None
    ungated = g.ungated(want)
    message = _fill(
        translate(
            "checker",
            "%1 does not gate the release: %n Deployment card(s) have no %1 upstream. Link it "
            "into the go/no-go gate before deployment, so the system cannot go live without it.",
            None,
            len(ungated),
        ),
        name(want.capability),
    )
    # The cards that should gate, and the first few releases they leave ungated (the canvas
    # marks them; listing every deployment card of a large board helps nobody).
    shown = sorted(ungated, key=g.ids.__getitem__)[:MAX_NAMED]
    return Gap(message, g.names([*g.cards_for(want), *shown]), gate_fix)


@dataclass(frozen=True)
class Ask:
    """A requirement prepared once for many checks: its wants and the key its answer is kept under.

    Several packs often ask for the same card (AI literacy, a DPIA before release): on one
    index, each distinct ask is judged once.
    """

    req: Requirement
    wants: tuple[Want, ...]
    key: str


def prepare(req: Requirement) -> Ask:
    """``req`` with its wants worked out (once per rule, not once per check)."""
    match req:
        case Present() | Owned():
            want = subject(req)
            key = f"present|{want.capability}|{want.phase}|{want.role}|{want.independent}|"
            key += f"{want.recurring}|{req.before}"
            return Ask(req, (want,), key)
        case PathTo():
            return Ask(req, path_wants(req), "")
        case _:
            return Ask(req, (), "")


def _present(
    req: Present | Owned, want: Want, g: GraphIndex, fixes: FixFinder, name: Titles
) -> Gap | None:
    gap = _missing(want, g, fixes, name)
    if gap is not None or req.before is None:
        return gap
    return _gates_release(want, g, fixes, name)


def _path(
    req: PathTo, wants: tuple[Want, ...], g: GraphIndex, fixes: FixFinder, name: Titles
) -> Gap | None:
    source, target = wants
    sources = g.cards_for(source)
    if not sources:
        lead = _fill(translate("checker", "Nothing can lead to %1: "), name(req.target))
        gap = _missing(source, g, fixes, name, lead)
        assert gap is not None
        return gap
    stuck = [i for i in sources if not g.reaches_other(i, target)]
    if not stuck:
        return None
    if not g.cards_for(target):
        nowhere = _fill(translate("checker", "%1 leads nowhere: "), name(req.source))
        gap = _missing(target, g, fixes, name, nowhere)
        assert gap is not None
        return Gap(gap.message, g.names(stuck), gap.fixes)
    message = _fill(
        translate(
            "checker",
            "%n card(s) with %1 do not lead to another card with %2; link them (one card "
            "cannot raise an alarm and answer it).",
            None,
            len(stuck),
        ),
        name(req.source),
        _qualified(target, name),
    )
    return Gap(message, g.names(stuck))


def _order(req: Before, g: GraphIndex, fixes: FixFinder, name: Titles) -> Gap | None:
    firsts = g.cards_with(req.first)
    thens = g.cards_with(req.then)
    if not firsts:
        message = _fill(
            translate("checker", "No card provides %1, which must come before %2."),
            name(req.first),
            name(req.then),
        )
        return Gap(message, g.names(thens), fixes.providers(req.first))
    if not thens:
        message = _fill(
            translate("checker", "No card provides %1, which must follow %2."),
            name(req.then),
            name(req.first),
        )
        return Gap(message, (), fixes.providers(req.then))
    earliest = g.earliest_with(req.first)
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
    message = _fill(
        translate(
            "checker",
            "%n card(s) with %1 have no %2 before them (in an earlier lane or linked upstream).",
            None,
            len(early),
        ),
        name(req.then),
        name(req.first),
    )
    return Gap(message, g.names(early))


def evaluate_requirement(
    req: Requirement | Ask, g: GraphIndex, fixes: FixFinder, name: Titles
) -> Gap | None:
    """None when ``req`` holds on ``g``, else the gap (``req`` may come prepared)."""
    ask = req if isinstance(req, Ask) else prepare(req)
    match ask.req:
        case Present() | Owned():
            memo = g.memo
            if ask.key in memo:
                return memo[ask.key]
            gap = memo[ask.key] = _present(ask.req, ask.wants[0], g, fixes, name)
            return gap
        case PathTo():
            return _path(ask.req, ask.wants, g, fixes, name)
        case Before():
            return _order(ask.req, g, fixes, name)
        case Prohibited():
            return Gap(
                translate(
                    "checker",
                    "The use involves a practice the law prohibits outright; no card on the "
                    "board can make it compliant. Stop or redesign the use (take legal advice "
                    "on the narrow exceptions, if any).",
                )
            )


def practice_of(req: Requirement) -> str:
    """The capability whose absence a failing ``req`` is about (for grouping gaps)."""
    match req:
        case Present() | Owned():
            return req.capability
        case PathTo():
            return req.target
        case Before():
            return req.first
        case Prohibited():
            return ""
