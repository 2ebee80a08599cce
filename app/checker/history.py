"""Cases from history: documented public-sector failures, each encoded twice.

For each failure (``app.checker.history_cases``) the strategy is written as it
was *run* — the practices that were missing are missing — and as its owners
*documented* it: the nominal practices are on the board (an appeal route on
paper, a fairness review planned for later, a consultation held once, a
caseworker "in the loop" after the fact, a review by the team that built the
model). That is how those systems failed: the practice was named, not working.
For both versions the checker must name the practice that failed; the golden
set records the verdicts and a test asserts that each case's failing practices
are flagged (missing or only planned) in both versions.

Boards are written with catalog cards (so titles, lanes and owners are the ones
a team would drag onto the canvas) plus a few custom cards, by a small builder
that places and links them deterministically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.resources import ContentLibrary
from models.layout import next_free_position
from models.phases import Phase
from models.profile import Profile
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, LinkKind, Role, Status

RUN = "as-run"
DOCUMENTED = "as-documented"


@dataclass(frozen=True)
class CardSpec:
    """One card of a history board.

    Attributes:
        id: a readable id, unique on the board ("appeal", "human-review").
        catalog: the catalog entry it comes from, or None for a custom card.
        status: how far the practice had come (as run, or as documented).
        title: the card's title (the catalog's when None).
        phase: its lane (the catalog's when None; required for a custom card).
        owner: its owner (the catalog's when None; a custom card may have none).
        cadence: its cadence (the catalog's default when None and ``keep_cadence``).
        capabilities: a custom card's capabilities (catalog cards take the entry's).
        notes: what the record says about it.
    """

    id: str
    catalog: str | None = None
    status: Status = Status.IN_PLACE
    title: str | None = None
    phase: Phase | None = None
    owner: Role | None = None
    cadence: Cadence | None = None
    capabilities: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Board:
    """A strategy as drawn: cards and the links between them (``(source, target[, kind])``)."""

    cards: tuple[CardSpec, ...]
    links: tuple[tuple[str, str] | tuple[str, str, LinkKind], ...] = ()


@dataclass(frozen=True)
class HistoryCase:
    """A documented failure, encoded as run and as documented.

    Attributes:
        key: a short key ("robodebt").
        title: the system's name.
        summary: what went wrong, in one or two sentences.
        checked_against: which instruments the case is checked against, and why
            (the failure predates most of them; the check asks what today's law and
            practice would have demanded).
        profile: the facts of the system.
        packs: the rule packs it is checked against.
        run: the strategy as it was actually run.
        documented: the strategy as its owners documented it.
        failing: the capabilities of the practices that failed; the checker must flag
            each (missing or only planned) in both versions.
        sources: where the facts come from (the team's fact sheet, section 9).
    """

    key: str
    title: str
    summary: str
    checked_against: str
    profile: Profile
    packs: tuple[str, ...]
    run: Board
    documented: Board
    failing: tuple[str, ...]
    sources: tuple[str, ...] = field(default=())

    def board(self, version: str) -> Board:
        """The board of ``version`` (``RUN`` or ``DOCUMENTED``)."""
        return self.run if version == RUN else self.documented


def build(case: HistoryCase, version: str, library: ContentLibrary) -> Strategy:
    """The strategy of one version of a case, with deterministic ids and positions."""
    board = case.board(version)
    cards: dict[str, Card] = {}
    for card_spec in board.cards:
        card = _card(card_spec, library, list(cards.values()))
        cards[card.id] = card
    links: dict[str, Link] = {}
    for index, ends in enumerate(board.links, start=1):
        kind = ends[2] if len(ends) == 3 else LinkKind.FLOWS
        link = Link(id=f"link-{index:03d}", source=ends[0], target=ends[1], kind=kind)
        links[link.id] = link
    return Strategy(
        id=f"history-{case.key}-{version}",
        workshop_id="golden",
        scenario_key="golden",
        name=f"{case.title} — {'as run' if version == RUN else 'as documented'}",
        profile=case.profile,
        packs=case.packs,
        cards=cards,
        links=links,
    )


def _card(spec: CardSpec, library: ContentLibrary, placed: Sequence[Card]) -> Card:
    if spec.catalog is not None:
        entry = library.entry(spec.catalog)
        phase = spec.phase or entry.phase
        title = spec.title or entry.title
        owner: Role | None = spec.owner or entry.owner_role
        capabilities = entry.capabilities
        cadence = spec.cadence or entry.cadence
    else:
        if spec.phase is None or spec.title is None:
            raise ValueError(f"custom card {spec.id!r} needs a title and a phase")
        phase, title, owner = spec.phase, spec.title, spec.owner
        capabilities, cadence = spec.capabilities, spec.cadence
    x, y = next_free_position(placed, phase)
    return Card(
        id=spec.id,
        catalog_key=spec.catalog,
        title=title,
        notes=spec.notes,
        phase=phase,
        owner_role=owner,
        status=spec.status,
        capabilities=capabilities,
        cadence=cadence,
        x=x,
        y=y,
    )
