"""Small builders so each test states its strategy in a few readable lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from app.checker.reach import GraphIndex
from models.findings import CheckResult, Finding
from models.phases import Phase
from models.profile import Profile
from models.rules import RulePack
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, LinkKind, Role, Status

if TYPE_CHECKING:
    from app.checker import Checker

D, V, E, P, M, F, G = (
    Phase.DATA,
    Phase.DEVELOP,
    Phase.EVALUATE,
    Phase.DEPLOY,
    Phase.MONITOR,
    Phase.FEEDBACK,
    Phase.GOVERNANCE,
)


def card(
    card_id: str,
    phase: Phase,
    caps: Iterable[str] = (),
    owner: Role | None = Role.DATA_SCIENTIST,
    *,
    status: Status = Status.IN_PLACE,
    cadence: Cadence | None = None,
) -> Card:
    """A card with a readable id, in place unless told otherwise (evidence, not intent)."""
    return Card(
        id=card_id,
        title=card_id,
        phase=phase,
        owner_role=owner,
        capabilities=tuple(caps),
        status=status,
        cadence=cadence,
    )


LinkSpec = tuple[str, str] | tuple[str, str, LinkKind]


def strategy(
    cards: Sequence[Card],
    links: Sequence[LinkSpec] = (),
    profile: Profile | None = None,
    packs: Sequence[str] = (),
) -> Strategy:
    """A strategy of these cards and links (``(source, target[, kind])``)."""
    built: dict[str, Link] = {}
    for i, spec in enumerate(links):
        kind = spec[2] if len(spec) == 3 else LinkKind.FLOWS
        built[f"l{i}"] = Link(id=f"l{i}", source=spec[0], target=spec[1], kind=kind)
    return Strategy(
        id="s",
        workshop_id="w",
        scenario_key="sc",
        name="Test strategy",
        profile=profile or Profile(),
        packs=tuple(packs),
        cards={c.id: c for c in cards},
        links=built,
    )


def loop() -> tuple[list[Card], list[LinkSpec]]:
    """A minimal closed lifecycle that passes every structural rule."""
    cards = [
        card("d", D),
        card("v", V),
        card("e", E, ["validation-gate"]),
        card("p", P, owner=Role.IT_OPERATIONS),
        card("m", M, owner=Role.IT_OPERATIONS),
        card("f", F, owner=Role.DOMAIN_EXPERT),
        card("g", G, ["accountability"], owner=Role.PROJECT_MANAGER),
    ]
    links: list[LinkSpec] = [
        ("d", "v"),
        ("v", "e"),
        ("e", "p"),
        ("p", "m"),
        ("m", "f"),
        ("f", "d", LinkKind.FEEDS_BACK),
        ("g", "d"),
    ]
    return cards, links


def index(s: Strategy, tracked: Iterable[str] = ()) -> GraphIndex:
    """The checker's index of a strategy."""
    return GraphIndex.from_strategy(s, tracked)


def applicable_ids(packs: Mapping[str, RulePack], pack: str, profile: Profile) -> set[str]:
    """The ids of ``pack``'s rules whose conditions hold for ``profile`` (any date)."""
    return {r.id for r in packs[pack].applicable_rules(profile)}


def check_on_loop(
    checker: Checker,
    pack: str,
    profile: Profile,
    extra: Sequence[Card] = (),
    links: Sequence[LinkSpec] = (),
    *,
    on: dt.date | None = None,
) -> CheckResult:
    """Check the minimal closed loop plus ``extra`` cards and ``links`` against one pack."""
    cards, base_links = loop()
    board = strategy([*cards, *extra], [*base_links, *links], profile, [pack])
    return checker.check(board, as_of=on)


def pack_findings(
    checker: Checker,
    pack: str,
    profile: Profile,
    extra: Sequence[Card] = (),
    links: Sequence[LinkSpec] = (),
    *,
    on: dt.date | None = None,
) -> dict[str, Finding]:
    """``check_on_loop``'s findings of that pack, by rule id."""
    result = check_on_loop(checker, pack, profile, extra, links, on=on)
    return {f.rule_id: f for f in result.findings if f.pack == pack}
