"""The exchange format on the wire: pydantic models of a strategy or workshop document.

A document is an envelope (format, version, provenance, hash) around ``data``:
the workshop with its teams, the scenarios the strategies use and the
strategies themselves; a workshop document may add its ``reviews`` (score
sheets, peer rounds and feedback, phase reviews, snapshots, the agenda).
Cards and links travel as lists sorted by id rather than id-keyed dicts, so
files read well and diff stably; ``StrategyDoc`` converts to and from
``models.strategy.Strategy``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    field_validator,
    model_serializer,
)

from app.i18n import translate
from app.review.reflections import Observation, Reflection
from models.content import Scenario
from models.numbers import IMPORTED_COUNTER_MAX, Counter, not_bool
from models.profile import Profile
from models.review import Agenda, PeerFeedback, PeerRound, PhaseReview, RubricSheet, Snapshot
from models.strategy import Card, Identifier, Key, Link, Name, Strategy
from models.workshop import Workshop

FORMAT_STRATEGY = "mlops-canvas/strategy"
FORMAT_WORKSHOP = "mlops-canvas/workshop"
FORMATS: tuple[str, ...] = (FORMAT_STRATEGY, FORMAT_WORKSHOP)
FORMAT_VERSION = 1
EXPORTED_BY = "mlops-canvas"

Version = Annotated[str, StringConstraints(min_length=1, max_length=80)]
ImportedRevision = Annotated[Counter, Field(le=IMPORTED_COUNTER_MAX)]
"""A revision in a document: low enough that a billion more edits still fit the store."""
HexDigest = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class PackRef(BaseModel):
    """A rule pack a document's strategies select, as the exporting app had it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: Version
    version: Annotated[str, StringConstraints(max_length=300)] = ""
    sha256: Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{64})?$")] = ""
    integrity: Annotated[str, StringConstraints(max_length=80)] = ""


class Provenance(BaseModel):
    """Where a document came from: the app, the content library and the rule packs used."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    app_version: Version
    content_version: Version
    exported_by: Version = EXPORTED_BY
    rule_packs: tuple[PackRef, ...] = ()


class StrategyDoc(BaseModel):
    """A strategy as written in a document: every field of ``Strategy``, cards and links as lists.

    The field set must equal ``Strategy``'s (a test checks it), so a field added
    to the model cannot be silently dropped on export.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier
    workshop_id: Identifier
    team_id: Identifier | None = None
    scenario_key: Key
    name: Name
    profile: Profile = Field(default_factory=Profile)
    packs: tuple[Key, ...] = ()
    cards: tuple[Card, ...] = ()
    links: tuple[Link, ...] = ()
    revision: ImportedRevision = 0

    @classmethod
    def from_strategy(cls, strategy: Strategy) -> StrategyDoc:
        """The wire form of ``strategy``: cards and links sorted by id."""
        return cls(
            id=strategy.id,
            workshop_id=strategy.workshop_id,
            team_id=strategy.team_id,
            scenario_key=strategy.scenario_key,
            name=strategy.name,
            profile=strategy.profile,
            packs=strategy.packs,
            cards=tuple(sorted(strategy.cards.values(), key=lambda card: card.id)),
            links=tuple(sorted(strategy.links.values(), key=lambda link: link.id)),
            revision=strategy.revision,
        )

    def to_strategy(self) -> Strategy:
        """The domain strategy; raises pydantic's ``ValidationError`` if cross-references fail.

        Callers that need per-problem paths run ``app.exchange.checks`` first.
        """
        return Strategy(
            id=self.id,
            workshop_id=self.workshop_id,
            team_id=self.team_id,
            scenario_key=self.scenario_key,
            name=self.name,
            profile=self.profile,
            packs=self.packs,
            cards={card.id: card for card in self.cards},
            links={link.id: link for link in self.links},
            revision=self.revision,
        )


class BundleData(BaseModel):
    """The content of a document: a workshop, its scenarios and strategies."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    workshop: Workshop
    scenarios: tuple[Scenario, ...] = ()
    strategies: tuple[StrategyDoc, ...] = ()


class SnapshotDoc(BaseModel):
    """A snapshot as written in a document: its strategy copy in the wire form."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier
    strategy_id: Identifier
    name: Name
    taken_at: str = Field(default="", max_length=40)
    revision: ImportedRevision
    strategy: StrategyDoc

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot) -> SnapshotDoc:
        """The wire form of ``snapshot``."""
        return cls(
            id=snapshot.id,
            strategy_id=snapshot.strategy_id,
            name=snapshot.name,
            taken_at=snapshot.taken_at,
            revision=snapshot.revision,
            strategy=StrategyDoc.from_strategy(snapshot.strategy),
        )

    def to_snapshot(self) -> Snapshot:
        """The domain snapshot; raises pydantic's ``ValidationError`` if it is inconsistent."""
        return Snapshot(
            id=self.id,
            strategy_id=self.strategy_id,
            name=self.name,
            taken_at=self.taken_at,
            revision=self.revision,
            strategy=self.strategy.to_strategy(),
        )


class ReviewsData(BaseModel):
    """A workshop's review records.

    ``phase_reviews`` are in the order they were written (the latest entry per
    phase is its state); ``agenda`` is null when the workshop uses the default.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    agenda: Agenda | None = None
    sheets: tuple[RubricSheet, ...] = ()
    rounds: tuple[PeerRound, ...] = ()
    feedback: tuple[PeerFeedback, ...] = ()
    phase_reviews: tuple[PhaseReview, ...] = ()
    snapshots: tuple[SnapshotDoc, ...] = ()
    reflections: tuple[Reflection, ...] = ()
    """Participants' and the facilitator's reflections on the workshop day."""
    observations: tuple[Observation, ...] = ()
    """What teams observed in the Explore stage's guided drills."""

    @model_serializer(mode="wrap")
    def _leave_out_empty_day_records(self, handler: SerializerFunctionWrapHandler) -> Any:
        # A workshop without reflections or observations is written exactly as before
        # they existed, so its bytes (and the hash) stay the same and older readers
        # still accept it.
        data = handler(self)
        if isinstance(data, dict):
            for key in ("reflections", "observations"):
                if not data.get(key):
                    data.pop(key, None)
        return data


class WorkshopBundleData(BundleData):
    """The content of a workshop document: a bundle plus, when there are any, its reviews."""

    reviews: ReviewsData | None = None


class StrategyBundleData(BundleData):
    """The content of a strategy document: exactly one strategy, with its workshop as context."""

    # Checked in a validator, not with min/max_length: pydantic would also report a
    # length error whenever one strategy is invalid, which misleads.
    strategies: tuple[StrategyDoc, ...] = Field(json_schema_extra={"minItems": 1, "maxItems": 1})

    @field_validator("strategies")
    @classmethod
    def _exactly_one(cls, value: tuple[StrategyDoc, ...]) -> tuple[StrategyDoc, ...]:
        if len(value) != 1:
            raise ValueError(
                translate(
                    "errors-exchange", "a strategy document holds exactly one strategy, not {count}"
                ).format(count=len(value))
            )
        return value


class _Envelope(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    format_version: Literal[1]
    provenance: Provenance
    sha256: HexDigest

    @field_validator("format_version", mode="before")
    @classmethod
    def _not_bool(cls, value: object) -> object:
        # Literal[1] alone would take true (True == 1 in Python).
        return not_bool(value)


class StrategyDocument(_Envelope):
    """A document carrying one strategy (``format: mlops-canvas/strategy``)."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", title="MLOps Lifecycle Canvas strategy document"
    )

    format: Literal["mlops-canvas/strategy"]
    data: StrategyBundleData


class WorkshopDocument(_Envelope):
    """A document carrying a whole workshop (``format: mlops-canvas/workshop``)."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", title="MLOps Lifecycle Canvas workshop document"
    )

    format: Literal["mlops-canvas/workshop"]
    data: WorkshopBundleData


ExchangeDocument = StrategyDocument | WorkshopDocument
