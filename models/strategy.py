"""Cards, links and the strategy that holds them."""

from __future__ import annotations

import copy
import math
import unicodedata
import uuid
from collections.abc import Collection, Mapping
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from models.errors import DuplicateLinkError, SelfLinkError, bare, translate
from models.numbers import Counter, not_bool
from models.phases import Phase
from models.profile import Profile
from models.vocabulary import Cadence, LinkKind, Role, Status

MAX_TITLE = 200
MAX_NOTES = 20_000
MAX_NAME = 120
MAX_CAPABILITIES = 40
CAPABILITY_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
KEY_PATTERN = r"^[a-z0-9]+([-_.][a-z0-9]+)*$"
COORDINATE_LIMIT = 1_000_000.0


def new_id() -> str:
    """A fresh random id (uuid4, hex with dashes)."""
    return str(uuid.uuid4())


def _no_control_chars(value: str) -> str:
    if value.isprintable():  # the common case, and most of a strategy's load time otherwise
        return value
    # Space separators (no-break spaces before « : » in French typography) are text too.
    cleaned = "".join(
        ch for ch in value if ch in "\n\t" or ch.isprintable() or unicodedata.category(ch) == "Zs"
    )
    if cleaned != value:
        raise ValueError(translate("errors-model", "contains control characters"))
    return value


Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TITLE),
    AfterValidator(_no_control_chars),
]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME),
    AfterValidator(_no_control_chars),
]


def _no_nul(value: str) -> str:
    # SQLite would store NUL but PostgreSQL refuses it: refuse it up front, clearly.
    if "\x00" in value:
        raise ValueError(translate("errors-model", "contains a NUL character (code 0)"))
    return value


Notes = Annotated[str, StringConstraints(max_length=MAX_NOTES), AfterValidator(_no_nul)]
CapabilityKey = Annotated[str, StringConstraints(pattern=CAPABILITY_PATTERN, max_length=60)]
Key = Annotated[str, StringConstraints(pattern=KEY_PATTERN, max_length=80)]
Identifier = Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=r"^[\w.-]+$")]


def _finite(value: float) -> float:
    if not math.isfinite(value) or abs(value) > COORDINATE_LIMIT:
        raise ValueError(translate("errors-model", "must be a finite coordinate within ±1,000,000"))
    # -0.0 comes back from SQLite as 0.0; normalise so exports stay byte-identical.
    return value + 0.0


Coordinate = Annotated[float, BeforeValidator(not_bool), AfterValidator(_finite)]


class Placement(BaseModel):
    """Where a card sits: its lane and its position inside that lane (lane-local units)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    phase: Phase
    x: Coordinate = 0.0
    y: Coordinate = 0.0


class Card(BaseModel):
    """One practice or control placed in one phase (or the governance band)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(default_factory=new_id)
    catalog_key: Key | None = None
    title: Title
    notes: Notes = ""
    phase: Phase
    owner_role: Role | None = None
    status: Status = Status.PLANNED
    capabilities: tuple[CapabilityKey, ...] = ()
    cadence: Cadence | None = None
    x: Coordinate = 0.0
    y: Coordinate = 0.0

    @field_validator("capabilities")
    @classmethod
    def _capabilities_sorted_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(value) > MAX_CAPABILITIES:
            raise ValueError(
                translate("errors-model", "at most %n capabilities", None, MAX_CAPABILITIES)
            )
        return tuple(sorted(set(value)))

    @property
    def placement(self) -> Placement:
        """The card's lane and position."""
        return Placement(phase=self.phase, x=self.x, y=self.y)


class Link(BaseModel):
    """A directed edge between two cards of the same strategy."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(default_factory=new_id)
    source: Identifier
    target: Identifier
    kind: LinkKind = LinkKind.FLOWS

    @model_validator(mode="after")
    def _not_self(self) -> Link:
        if self.source == self.target:
            raise SelfLinkError(self.source)
        return self


class LinkTable(dict[str, Link]):
    """The links of a strategy by id, indexed by the cards they touch.

    A plain ``dict`` to everyone reading it; every way of changing it keeps the
    index, so ``links_of`` costs what one card's links cost, not a scan of all.
    """

    def __init__(self, items: Mapping[str, Link] | None = None) -> None:
        super().__init__()
        self._touching: dict[str, dict[str, Link]] = {}
        if items:
            for key, link in items.items():
                self[key] = link

    def __setitem__(self, key: str, link: Link) -> None:
        old = self.get(key)
        if old is not None:
            self._unindex(key, old)
        super().__setitem__(key, link)
        self._touching.setdefault(link.source, {})[key] = link
        self._touching.setdefault(link.target, {})[key] = link

    def __delitem__(self, key: str) -> None:
        link = self[key]
        super().__delitem__(key)
        self._unindex(key, link)

    def pop(self, key: str, *default: Any) -> Any:
        """Remove and return the link ``key`` (or ``default``)."""
        if key not in self:
            if default:
                return default[0]
            raise KeyError(key)
        link = self[key]
        del self[key]
        return link

    def popitem(self) -> tuple[str, Link]:
        """Remove and return the last link added."""
        key = next(reversed(self))
        return key, self.pop(key)

    def clear(self) -> None:
        """Remove every link."""
        super().clear()
        self._touching.clear()

    def update(self, *args: Any, **kwargs: Link) -> None:
        """Add or replace links, keeping the index."""
        for key, link in dict(*args, **kwargs).items():
            self[key] = link

    def setdefault(self, key: str, default: Link) -> Link:
        """The link ``key``, adding ``default`` under it when missing."""
        if key not in self:
            self[key] = default
        return self[key]

    def touching(self, card_id: str) -> Collection[Link]:
        """The links that start or end at ``card_id`` (unordered, a live view)."""
        found = self._touching.get(card_id)
        return found.values() if found is not None else ()

    def _unindex(self, key: str, link: Link) -> None:
        for end in (link.source, link.target):
            bucket = self._touching.get(end)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del self._touching[end]

    def __reduce__(self) -> tuple[Any, ...]:
        return (LinkTable, (dict(self),))

    def __deepcopy__(self, memo: dict[int, Any]) -> LinkTable:
        return LinkTable({key: copy.deepcopy(link, memo) for key, link in self.items()})

    def __copy__(self) -> LinkTable:
        return LinkTable(self)


class Strategy(BaseModel):
    """One team's plan for one scenario.

    Mutable on purpose: ``app.document.Document`` is the one place that changes
    it, after validating each operation. ``cards`` and ``links`` are keyed by id.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    id: Identifier = Field(default_factory=new_id)
    workshop_id: Identifier
    team_id: Identifier | None = None
    scenario_key: Key
    name: Name
    profile: Profile = Field(default_factory=Profile)
    packs: tuple[Key, ...] = ()
    cards: dict[str, Card] = Field(default_factory=dict)
    links: dict[str, Link] = Field(default_factory=dict)
    revision: Counter = 0

    @field_validator("packs")
    @classmethod
    def _packs_sorted_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(set(value)))

    @model_validator(mode="after")
    def _consistent(self) -> Strategy:
        for key, card in self.cards.items():
            if key != card.id:
                raise ValueError(
                    translate("errors-model", "card stored under '{key}' has id '{id}'").format(
                        key=bare(key), id=bare(card.id)
                    )
                )
        pairs: set[tuple[str, str]] = set()
        for key, link in self.links.items():
            if key != link.id:
                raise ValueError(
                    translate("errors-model", "link stored under '{key}' has id '{id}'").format(
                        key=bare(key), id=bare(link.id)
                    )
                )
            if key in self.cards:
                raise ValueError(
                    translate("errors-model", "id '{id}' is used by both a card and a link").format(
                        id=bare(key)
                    )
                )
            for end in (link.source, link.target):
                if end not in self.cards:
                    raise ValueError(
                        translate(
                            "errors-model", "link '{link}' points to missing card '{card}'"
                        ).format(link=bare(key), card=bare(end))
                    )
            if (link.source, link.target) in pairs:
                raise DuplicateLinkError(link.source, link.target)
            pairs.add((link.source, link.target))
        if not isinstance(self.links, LinkTable):
            self.links = LinkTable(self.links)
        return self

    def links_of(self, card_id: str) -> list[Link]:
        """Every link that starts or ends at ``card_id``, in a stable order."""
        return sorted(self._table().touching(card_id), key=lambda lk: lk.id)

    def links_touching(self, card_id: str) -> Collection[Link]:
        """The links that start or end at ``card_id``, unordered (cheapest)."""
        return self._table().touching(card_id)

    def has_link(self, source: str, target: str) -> bool:
        """Whether a link from ``source`` to ``target`` exists."""
        return any(lk.target == target for lk in self._table().touching(source))

    def _table(self) -> LinkTable:
        links = self.links
        if not isinstance(links, LinkTable):  # assigned a plain dict: index it now
            links = LinkTable(links)
            self.__dict__["links"] = links
        return links
