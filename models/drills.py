"""What-if drills: events thrown at a strategy, their traced timelines, and the simulated year.

``DrillEvent`` is content (validated from ``resources/drills/*.toml``);
``Timeline`` is what tracing one event through a strategy's graph gives;
``YearSimulation`` is the seeded "year in production"; ``DrillReport`` is the
data the PDF deck's drills slide draws. All records are frozen.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from models.errors import translate
from models.numbers import not_bool
from models.phases import Phase
from models.strategy import CapabilityKey, Key, Title
from models.vocabulary import Role

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4_000)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
NoBool = BeforeValidator(not_bool)
Days = Annotated[float, NoBool, Field(ge=0.0, le=3_650.0)]
Share = Annotated[float, NoBool, Field(ge=0.0, le=1.0)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DrillEvent(_Frozen):
    """A what-if event from how public-sector AI fails in production.

    Attributes:
        arises_in: the phase where the event originates (drift arises in data).
        detect_capabilities: any of these, on a card in place or in progress, can see it.
        respond_capabilities: any of these, on an owned card reachable from the
            detecting card, can handle it; the first is the one to suggest.
        response_owner: the role that should own the response.
        also_owners: other roles a reviewer would accept as owning the response.
        feedback_targets: the phases the lesson must reach (data and/or develop).
        feedback_capabilities: what would carry the lesson back (for suggestions).
        detect_days: time-to-detect of a detecting card that states no cadence.
        response_days: from detection to the response being in effect.
        deadline_days: handled later than this after onset counts as late.
        harm_per_day: harm accruing per day while unhandled, in the scenario's unit.
        onset_month: when in a year of production the event typically happens (1–12).
        accuracy_impact: accuracy points lost per month while unhandled (simulation).
        fairness_impact: subgroup gap points added per month while unhandled (simulation).
    """

    key: Key
    title: Title
    description: Text
    arises_in: Phase
    detect_capabilities: tuple[CapabilityKey, ...] = Field(min_length=1)
    respond_capabilities: tuple[CapabilityKey, ...] = Field(min_length=1)
    response_owner: Role
    also_owners: tuple[Role, ...] = ()
    feedback_targets: tuple[Phase, ...] = (Phase.DATA, Phase.DEVELOP)
    feedback_capabilities: tuple[CapabilityKey, ...] = ("lessons-learned",)
    detect_days: Days = 30.0
    response_days: Days = 3.0
    deadline_days: Annotated[float, NoBool, Field(gt=0.0, le=3_650.0)] = 30.0
    harm_per_day: Annotated[float, NoBool, Field(ge=0.0, le=1e9)] = 1.0
    onset_month: Annotated[int, NoBool, Field(ge=1, le=12)] = 6
    accuracy_impact: Share = 0.0
    fairness_impact: Share = 0.0
    sources: tuple[Line, ...] = ()

    @property
    def owners(self) -> tuple[Role, ...]:
        """Every role that may own the response, the expected one first."""
        return tuple(dict.fromkeys((self.response_owner, *self.also_owners)))

    @field_validator("feedback_targets")
    @classmethod
    def _lifecycle_targets(cls, value: tuple[Phase, ...]) -> tuple[Phase, ...]:
        if not value:
            raise ValueError(
                translate("errors-model", "name at least one phase the lesson must reach")
            )
        if Phase.GOVERNANCE in value:
            raise ValueError(
                translate("errors-model", "the lesson must reach a lifecycle phase, not governance")
            )
        return tuple(dict.fromkeys(value))


class DrillOutcome(StrEnum):
    """How a strategy fared against one event."""

    HANDLED = "handled"
    LATE = "late"
    MISSED = "missed"


class Stage(StrEnum):
    """The steps of an event's chain, in order."""

    OCCURRED = "occurred"
    DETECTED = "detected"
    HANDLED = "handled"
    FED_BACK = "fed-back"


class TimelineStep(_Frozen):
    """One reached step of the chain: when, through which cards, by whom."""

    stage: Stage
    day: Days
    card_ids: tuple[str, ...] = ()
    role: Role | None = None
    summary: str


class ChainBreak(_Frozen):
    """Where an event's chain breaks and what would close it.

    Attributes:
        stage: the first stage not reached.
        reason: a sentence for people.
        capability: the capability whose absence breaks the chain, if one does.
        role: the owner role missing, when a response card has no owner.
        suggestions: catalog keys of cards that provide ``capability``.
        card_ids: cards involved at the break (the last reached, or the unowned one).
        planned: planned cards that would close the break once in progress or in place.
    """

    stage: Stage
    reason: str
    capability: str | None = None
    role: Role | None = None
    suggestions: tuple[str, ...] = ()
    card_ids: tuple[str, ...] = ()
    planned: tuple[str, ...] = ()


class Timeline(_Frozen):
    """An event traced through one strategy: occurred → detected → handled → fed back."""

    event_key: str
    event_title: str
    outcome: DrillOutcome
    steps: tuple[TimelineStep, ...]
    broken: ChainBreak | None = None
    handled_day: Days | None = None
    deadline_days: Days
    harm: Annotated[float, Field(ge=0.0)]
    harm_unit: str

    @property
    def lit_card_ids(self) -> tuple[str, ...]:
        """Every card on the traced path, in the order the canvas should light them."""
        return tuple(dict.fromkeys(cid for step in self.steps for cid in step.card_ids))

    def step(self, stage: Stage) -> TimelineStep | None:
        """The step of ``stage``, or None when the chain never reached it."""
        return next((s for s in self.steps if s.stage is stage), None)


class SimulationParams(_Frozen):
    """The rules of the simulated year, as data (``resources/drills/simulation.toml``)."""

    months: Annotated[int, NoBool, Field(ge=1, le=36)] = 12
    days_per_month: Annotated[float, NoBool, Field(gt=0.0, le=31.0)] = 30.0
    baseline_accuracy: Share = 0.9
    baseline_gap: Share = 0.02
    monthly_decay: Share = 0.002
    accuracy_noise: Share = 0.004
    gap_noise: Share = 0.002
    events_min: Annotated[int, NoBool, Field(ge=0, le=50)] = 4
    events_max: Annotated[int, NoBool, Field(ge=0, le=50)] = 6
    onset_jitter_months: Annotated[int, NoBool, Field(ge=0, le=6)] = 1
    recovery_fed_back: Share = 1.0
    recovery_not_fed_back: Share = 0.5
    horizon_days: Days = 90.0


class MonthPoint(_Frozen):
    """End-of-month accuracy and subgroup fairness gap, with and without the team's controls."""

    month: Annotated[int, Field(ge=1)]
    accuracy_with: Share
    accuracy_without: Share
    gap_with: Share
    gap_without: Share


class YearEvent(_Frozen):
    """One event of the simulated year: when it struck and how the strategy fared."""

    month: Annotated[int, Field(ge=1)]
    day_of_year: Days
    timeline: Timeline
    harm_without: Annotated[float, Field(ge=0.0)]


class YearSimulation(_Frozen):
    """A seeded year in production for one strategy."""

    seed: int
    months: tuple[MonthPoint, ...]
    events: tuple[YearEvent, ...]
    harm_unit: str

    @property
    def resilience(self) -> float:
        """Events handled in time over events run (1.0 for a quiet year)."""
        return resilience([e.timeline for e in self.events])


class OutcomeRow(_Frozen):
    """One line of the outcome table (CLI, dock and PDF)."""

    event_key: str
    event_title: str
    outcome: DrillOutcome
    detected_by: str = ""
    detect_days: Days | None = None
    handled_by: str = ""
    handled_day: Days | None = None
    fed_back_via: str = ""
    broken_at: Stage | None = None
    missing: str = ""
    harm: Annotated[float, Field(ge=0.0)]


class DrillReport(_Frozen):
    """What the PDF deck's drills slide draws: the outcome table and the year's series."""

    strategy_name: str
    harm_unit: str
    rows: tuple[OutcomeRow, ...]
    resilience: Share
    year: YearSimulation


def resilience(timelines: Sequence[Timeline]) -> float:
    """Events handled in time over events run; 1.0 when no event was run."""
    if not timelines:
        return 1.0
    handled = sum(1 for t in timelines if t.outcome is DrillOutcome.HANDLED)
    return handled / len(timelines)
