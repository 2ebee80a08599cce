"""The content model of an export: slides made of a few kinds of blocks.

Section builders produce these records from a bundle; the PDF, Markdown and
CSV writers only render them, so every output says the same thing. Text in a
block is raw user text: each renderer cleans and escapes it for its format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Flag, StrEnum, auto

from app.export.linechart import LineChart
from app.i18n import translate
from models.phases import Phase
from models.strategy import Card, Link


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside a slide."""

    text: str


@dataclass(frozen=True)
class Para:
    """A paragraph of running text; ``muted`` for secondary remarks."""

    text: str
    muted: bool = False


@dataclass(frozen=True)
class Bullets:
    """A bulleted list."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Label–value pairs (profile facts, title-slide details)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``weights`` are relative column widths."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        width = len(self.header)
        if any(len(row) != width for row in self.rows):
            raise ValueError("every table row needs one cell per header column")
        if self.weights and len(self.weights) != width:
            raise ValueError("weights need one value per column")


@dataclass(frozen=True)
class Entry:
    """One item of a list of cards or findings: a title, meta lines and a body.

    ``phase`` colours the entry's marker; ``marker`` is a short non-colour cue
    (a status glyph, a severity word).
    """

    title: str
    meta: tuple[str, ...] = ()
    body: str = ""
    phase: Phase | None = None
    marker: str = ""


@dataclass(frozen=True)
class Entries:
    """A list of entries."""

    items: tuple[Entry, ...]


@dataclass(frozen=True)
class Bar:
    """One bar of a coverage chart: rules of one pack met in place, and only planned.

    ``satisfied`` counts rules met by cards in place; ``planned`` those met only
    by cards planned or in progress (drawn apart, never as met); ``upcoming``
    rules not yet in force (not in ``applicable``); ``version`` is the pack's.
    """

    label: str
    satisfied: int
    applicable: int
    planned: int = 0
    upcoming: int = 0
    version: str = ""

    @property
    def share(self) -> float:
        """Met in place over applicable; 1.0 when no rule applies."""
        return 1.0 if self.applicable == 0 else self.satisfied / self.applicable

    @property
    def planned_share(self) -> float:
        """Met only through planned cards, over applicable; 0.0 when no rule applies."""
        return 0.0 if self.applicable == 0 else self.planned / self.applicable

    @property
    def value(self) -> str:
        """'12 in place · 5 planned of 32', the numbers a reader sees beside the bar."""
        upcoming = (
            " · " + translate("checked", "%n upcoming", None, self.upcoming)
            if self.upcoming
            else ""
        )
        if self.applicable == 0:
            return translate("checked", "no rule in force") + upcoming
        text = (
            translate("checked", "%1 in place · %2 planned of %3")
            .replace("%1", str(self.satisfied))
            .replace("%2", str(self.planned))
            .replace("%3", str(self.applicable))
        )
        return text + upcoming


@dataclass(frozen=True)
class CoverageChart:
    """A horizontal bar chart of coverage per rule pack."""

    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class ColumnBreak:
    """On a two-column slide, continue in the right column; elsewhere nothing."""


@dataclass(frozen=True)
class LifecycleCanvas:
    """The whole canvas as vector graphics: lanes, governance band, cards and links.

    The renderer splits it by phase (and continues a phase) where the cards do not
    fit at the document's minimum card-text size; it never rotates or cuts it.
    ``budget`` caps the pages a presentation gives the board: a phase then shows
    what fits and says how many more cards the full plan lists.
    """

    cards: tuple[Card, ...]
    links: tuple[Link, ...]
    budget: int = 0


Block = (
    Heading
    | Para
    | Bullets
    | Facts
    | Table
    | Entries
    | CoverageChart
    | ColumnBreak
    | LifecycleCanvas
    | LineChart
)


class Audience(Flag):
    """Which document shows a slide: the full plan, the 5-minute presentation, or both.

    Every writer renders one list of slides (``sections.build_slides``) and keeps
    the slides of its audience, so the presentation and the plan say the same thing.
    """

    PLAN = auto()
    """The full plan for reading (portrait document, Markdown)."""
    TALK = auto()
    """The presentation deck a team shows in five minutes."""
    BOTH = PLAN | TALK


class SlideKind(StrEnum):
    """How a slide is laid out."""

    TITLE = "title"
    CONTENT = "content"
    CANVAS = "canvas"


@dataclass(frozen=True)
class Slide:
    """One slide of the deck (one section of the handout, one heading in Markdown).

    A slide whose blocks do not fit one page continues on further pages
    headed "(continued)". ``columns`` is 1 or 2 (dense lists read better in two).
    ``audience`` says which documents show it; a section that does not say goes
    into the full plan only, so the presentation stays short. ``shorter``, when
    given, makes the same slide with less on it (one entry fewer, the rest counted):
    the deck asks for it while the slide would spill onto a page of its own.
    """

    title: str
    blocks: tuple[Block, ...] = ()
    kind: SlideKind = SlideKind.CONTENT
    subtitle: str = ""
    columns: int = 1
    phase: Phase | None = None
    audience: Audience = Audience.PLAN
    shorter: Callable[[], Slide | None] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.columns not in (1, 2):
            raise ValueError("a slide has one or two columns")


def in_lane_order(cards: list[Card] | tuple[Card, ...]) -> list[Card]:
    """Cards sorted as a reader scans a lane: top to bottom, then left to right."""
    return sorted(cards, key=lambda c: (c.y, c.x, c.title.casefold(), c.id))
