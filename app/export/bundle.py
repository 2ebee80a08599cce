"""The input of an export: everything one strategy's deck needs, in one record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from app.export.blocks import Slide
from models.content import Capability, CatalogEntry, Scenario
from models.findings import CheckResult
from models.strategy import Strategy
from models.workshop import Team, Workshop


class PageSize(StrEnum):
    """Paper size of the portrait handout (the deck is always 16:9)."""

    A4 = "a4"
    LETTER = "letter"


class Library(Protocol):
    """What the export reads from the content library (``app.resources.ContentLibrary``)."""

    @property
    def catalog(self) -> Mapping[str, CatalogEntry]:
        """Catalog entries by key."""
        ...

    @property
    def capabilities(self) -> Mapping[str, Capability]:
        """Capabilities by key."""
        ...


SlideBuilder = Callable[["ExportBundle"], Sequence[Slide]]
"""A section of the deck: turns a bundle into zero or more slides.

Drills and reviews add their slides by passing builders in
``ExportBundle.extra_sections``; they run after compliance, before next steps.
"""

ExtraSections = Callable[[Strategy, Scenario], Sequence[SlideBuilder]]
"""Gives a strategy's extra deck sections (drills, reviews) from it and its scenario."""


@dataclass(frozen=True)
class ExportBundle:
    """One strategy with its context, frozen for the duration of an export.

    The strategy is deep-copied on construction, so the GUI may keep editing
    its own copy while an export runs in a worker thread.

    Attributes:
        workshop: the workshop the strategy belongs to.
        team: the team that wrote it, if any.
        scenario: the scenario it answers.
        strategy: the strategy itself.
        check: the checker's findings and coverage, or None when not checked.
        library: the content library (catalog titles for suggested fixes).
        exported_at: the export time shown in every footer (timezone-aware preferred).
        page_size: paper size of the handout.
        extra_sections: further slide builders (drills, review scores).
    """

    workshop: Workshop
    team: Team | None
    scenario: Scenario
    strategy: Strategy
    check: CheckResult | None
    library: Library
    exported_at: dt.datetime
    page_size: PageSize = PageSize.A4
    extra_sections: tuple[SlideBuilder, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "strategy", self.strategy.model_copy(deep=True))

    @property
    def team_name(self) -> str:
        """The team's name, or a placeholder when the strategy has no team."""
        return self.team.name if self.team else "No team"

    @property
    def exported_label(self) -> str:
        """The export time as shown in footers: ``2026-11-29 14:05 UTC``."""
        stamp = self.exported_at
        zone = stamp.tzname() or ""
        return f"{stamp:%Y-%m-%d %H:%M} {zone}".rstrip()

    def catalog_title(self, key: str) -> str:
        """A catalog entry's title, or the key itself when the library lacks it."""
        entry = self.library.catalog.get(key)
        return entry.title if entry else key
