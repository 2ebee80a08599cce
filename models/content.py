"""Shipped and agency-supplied content: capabilities, the practice catalog, scenarios, the guide.

These records validate resource files; cross-references (a catalog entry's
capabilities exist in the vocabulary, keys are unique) are checked by the
loader in ``app.resources``, which knows the whole library.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from models.phases import Phase
from models.profile import Profile
from models.strategy import CapabilityKey, Card, Key, Title
from models.vocabulary import Cadence, Role

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4_000)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]


class Capability(BaseModel):
    """A controlled keyword for what a practice provides; rules speak of these."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: CapabilityKey
    title: Title
    meaning: Line


class CatalogEntry(BaseModel):
    """A practice a team can place on the canvas."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: Key
    title: Title
    phase: Phase
    description: Text
    owner_role: Role
    capabilities: tuple[CapabilityKey, ...] = Field(min_length=1)
    why_public_sector: Text
    cadence: Cadence | None = Field(
        default=None,
        description="How often the practice usually runs; 'once' for a one-off activity.",
    )

    def new_card(self, x: float, y: float, phase: Phase | None = None) -> Card:
        """A new card (fresh id) for this practice at lane-local ``x, y``.

        Title, owner role, capabilities and cadence come from the entry; the phase too,
        unless the card is placed in another lane. The description stays in the
        catalog (the inspector shows it), not in the card's notes.
        """
        return Card(
            catalog_key=self.key,
            title=self.title,
            phase=self.phase if phase is None else phase,
            owner_role=self.owner_role,
            capabilities=self.capabilities,
            cadence=self.cadence,
            x=x,
            y=y,
        )


class Scenario(BaseModel):
    """A public-sector AI case that a team designs a strategy for."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: Key
    title: Title
    summary: Line
    context: Text
    goals: tuple[Line, ...] = Field(min_length=1)
    challenges: tuple[Line, ...] = Field(min_length=1)
    profile: Profile
    harm_unit: Annotated[str, StringConstraints(max_length=80)] = "people affected"
    case_study: bool = False
    what_went_wrong: tuple[Line, ...] = ()
    missing_practices: tuple[Key, ...] = ()
    sources: tuple[Line, ...] = ()


class GuideSection(BaseModel):
    """The phase guide for novices: what a phase is for and what to ask."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    phase: Phase
    purpose: Text
    questions: tuple[Line, ...] = Field(min_length=1)
    cards: tuple[Key, ...] = Field(min_length=1)
