"""Review records: rubrics and scores, peer feedback, phase reviews, snapshots, the agenda.

Every record is a frozen pydantic model that dumps to JSON and validates back,
so the store can keep each one as a JSON row. Invariants that belong to one
record live here (a criterion has a descriptor for each of the levels 1–4, a
score is 1–4, no team reviews itself); rules that need several records (a round
is locked, a criterion belongs to the rubric) live in ``app.review``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from models.errors import bare, translate
from models.numbers import Counter, not_bool
from models.phases import Phase
from models.strategy import Identifier, Key, Name, Strategy, Title, new_id

LEVELS: tuple[int, ...] = (1, 2, 3, 4)
"""The rubric levels, 1 (beginning) to 4 (exemplary)."""

LEVEL_NAMES: dict[int, str] = {1: "Beginning", 2: "Developing", 3: "Proficient", 4: "Exemplary"}


def _not_bool(value: object) -> object:
    # pydantic's lax int accepts True/False as 1/0; a level is never a yes/no answer.
    if isinstance(value, bool):
        raise ValueError(
            translate("errors-model", "a level is a whole number from 1 to 4, not true/false")
        )
    return value


Level = Annotated[int, BeforeValidator(_not_bool), Field(ge=1, le=4)]
"""A rubric level: a whole number from 1 to 4."""
Descriptor = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2_000)]
Comment = Annotated[str, StringConstraints(max_length=4_000)]
FormText = Annotated[str, StringConstraints(max_length=2_000)]
Timestamp = Annotated[str, StringConstraints(max_length=40)]

InformedBy = Annotated[
    str,
    StringConstraints(
        pattern=r"^(pack|rule|capability):[a-z0-9]+([-_.][a-z0-9]+)*$", max_length=140
    ),
]
"""``pack:<pack key>``, ``rule:<rule id>`` or ``capability:<capability key>``."""


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string with seconds (the records' timestamp form)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# -- rubric -------------------------------------------------------------------------------------


class Criterion(_Record):
    """One rubric criterion with a descriptor for each level 1–4.

    ``informed_by`` names the checker results the GUI shows beside the criterion:
    ``pack:<key>`` (a pack's coverage and findings), ``rule:<id>`` (one rule's
    findings, structural or from a pack) and ``capability:<key>`` (the cards
    that provide it). They inform the facilitator; the score stays a judgement.
    """

    key: Key
    title: Title
    description: Description = ""
    levels: dict[int, Descriptor]
    informed_by: tuple[InformedBy, ...] = ()

    @field_validator("levels", mode="before")
    @classmethod
    def _level_numbers(cls, value: object, info: ValidationInfo) -> object:
        # TOML keys are strings; name a non-numeric one instead of pydantic's parse error.
        if isinstance(value, dict):
            name = info.data.get("key", "?")
            for level in value:
                if isinstance(level, bool) or not str(level).strip().isdigit():
                    raise ValueError(
                        translate(
                            "errors-model",
                            "criterion '{name}' has level '{level}'; levels are 1, 2, 3 and 4",
                        ).format(name=bare(name), level=bare(level))
                    )
        return value

    @field_validator("levels")
    @classmethod
    def _every_level(cls, value: dict[int, str], info: ValidationInfo) -> dict[int, str]:
        name = info.data.get("key", "?")
        missing = [level for level in LEVELS if level not in value]
        extra = sorted(level for level in value if level not in LEVELS)
        if extra:
            raise ValueError(
                translate(
                    "errors-model", "criterion '{name}' has level {level}; levels run from 1 to 4"
                ).format(name=bare(name), level=extra[0])
            )
        if missing:
            numbers = ", ".join(str(level) for level in missing)
            raise ValueError(
                translate(
                    "errors-model",
                    "criterion '{name}' has no descriptor for level(s) {numbers}",
                    None,
                    len(missing),
                ).format(name=bare(name), numbers=numbers)
            )
        return dict(sorted(value.items()))

    @field_validator("informed_by")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(value))

    def descriptor(self, level: int) -> str:
        """The descriptor of ``level`` (1–4)."""
        return self.levels[level]

    def informed(self, kind: Literal["pack", "rule", "capability"]) -> tuple[str, ...]:
        """The keys of one kind of ``informed_by`` entry, in file order."""
        prefix = f"{kind}:"
        return tuple(ref[len(prefix) :] for ref in self.informed_by if ref.startswith(prefix))


class Rubric(_Record):
    """A scoring rubric: criteria, each with descriptors for levels 1–4."""

    key: Key
    title: Title
    version: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
    description: Description = ""
    criteria: tuple[Criterion, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_criteria(self) -> Rubric:
        seen: set[str] = set()
        for criterion in self.criteria:
            if criterion.key in seen:
                raise ValueError(
                    translate("errors-model", "criterion '{key}' appears twice").format(
                        key=bare(criterion.key)
                    )
                )
            seen.add(criterion.key)
        return self

    def criterion(self, key: str) -> Criterion | None:
        """The criterion with this key, or None."""
        return next((c for c in self.criteria if c.key == key), None)

    @property
    def keys(self) -> tuple[str, ...]:
        """The criterion keys in rubric order."""
        return tuple(c.key for c in self.criteria)


class Score(_Record):
    """The facilitator's level for one criterion of one strategy, with an optional comment."""

    strategy_id: Identifier
    criterion: Key
    level: Level
    comment: Comment = ""


class RubricSheet(_Record):
    """All scores given to one strategy against one rubric (one JSON row per sheet)."""

    id: Identifier = Field(default_factory=new_id)
    strategy_id: Identifier
    rubric_key: Key
    rubric_version: Annotated[str, StringConstraints(max_length=40)]
    scorer: Annotated[str, StringConstraints(max_length=120)] = ""
    scores: tuple[Score, ...] = ()
    updated_at: Timestamp = ""

    @model_validator(mode="after")
    def _one_score_per_criterion(self) -> RubricSheet:
        seen: set[str] = set()
        for score in self.scores:
            if score.strategy_id != self.strategy_id:
                raise ValueError(
                    translate(
                        "errors-model",
                        "the score for criterion '{key}' belongs to another strategy",
                    ).format(key=bare(score.criterion))
                )
            if score.criterion in seen:
                raise ValueError(
                    translate("errors-model", "criterion '{key}' is scored twice").format(
                        key=bare(score.criterion)
                    )
                )
            seen.add(score.criterion)
        return self

    def score_for(self, criterion: str) -> Score | None:
        """The score of one criterion, or None when it is not scored yet."""
        return next((s for s in self.scores if s.criterion == criterion), None)

    @property
    def levels(self) -> dict[str, int]:
        """Criterion key → level for every scored criterion."""
        return {s.criterion: s.level for s in self.scores}

    @property
    def mean(self) -> float | None:
        """The mean level over scored criteria, or None when nothing is scored."""
        if not self.scores:
            return None
        return sum(s.level for s in self.scores) / len(self.scores)


# -- peer feedback ------------------------------------------------------------------------------


class PeerAssignment(_Record):
    """One team is asked to review one strategy (of another team)."""

    reviewer_team_id: Identifier
    reviewed_team_id: Identifier
    strategy_id: Identifier

    @model_validator(mode="after")
    def _not_self(self) -> PeerAssignment:
        if self.reviewer_team_id == self.reviewed_team_id:
            raise ValueError(translate("errors-model", "a team cannot review its own strategy"))
        return self


class PeerRound(_Record):
    """A round of peer review: who reviews what; locked once the facilitator closes it."""

    id: Identifier = Field(default_factory=new_id)
    workshop_id: Identifier
    name: Name = "Round 1"
    assignments: tuple[PeerAssignment, ...] = ()
    locked: bool = False
    locked_at: Timestamp = ""

    @model_validator(mode="after")
    def _unique_pairs(self) -> PeerRound:
        pairs = [(a.reviewer_team_id, a.strategy_id) for a in self.assignments]
        if len(pairs) != len(set(pairs)):
            raise ValueError(
                translate("errors-model", "the same team is assigned the same strategy twice")
            )
        return self

    def assignment(self, reviewer_team_id: str, strategy_id: str) -> PeerAssignment | None:
        """The assignment of this reviewer to this strategy, or None."""
        return next(
            (
                a
                for a in self.assignments
                if a.reviewer_team_id == reviewer_team_id and a.strategy_id == strategy_id
            ),
            None,
        )


class PeerFeedback(_Record):
    """One team's short review of another team's strategy (one per round, reviewer, strategy)."""

    round_id: Identifier
    reviewer_team_id: Identifier
    strategy_id: Identifier
    strengths: FormText = ""
    questions: FormText = ""
    suggestion: FormText = ""
    score: Level
    updated_at: Timestamp = ""

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the entry: (round, reviewer team, strategy)."""
        return (self.round_id, self.reviewer_team_id, self.strategy_id)


# -- phase reviews ------------------------------------------------------------------------------


class ReviewState(StrEnum):
    """Where the facilitator's review of one phase of a strategy stands."""

    ACCEPTABLE = "acceptable"
    TO_BE_CORRECTED = "to-be-corrected"
    CORRECTED = "corrected"
    """The team reports its corrections; the facilitator has yet to re-evaluate."""

    @property
    def label(self) -> str:
        """The state as shown to users."""
        return {
            "acceptable": "Acceptable",
            "to-be-corrected": "To be corrected",
            "corrected": "Corrected, awaiting re-evaluation",
        }[self.value]


class PhaseReview(_Record):
    """One entry of a phase's review history; the latest entry is the phase's state.

    ``evaluation`` counts the facilitator's evaluations of the phase: 1 for the
    first, 2 and more for re-evaluations after the team's corrections. A team's
    ``corrected`` entry carries the number of the evaluation it answers.
    """

    strategy_id: Identifier
    phase: Phase
    state: ReviewState
    comment: Comment = ""
    author: Annotated[str, StringConstraints(max_length=120)] = ""
    evaluation: Counter = Field(default=1, ge=1)
    at: Timestamp = ""

    @property
    def re_evaluated(self) -> bool:
        """True for a facilitator's verdict given after the team's corrections."""
        return self.state is not ReviewState.CORRECTED and self.evaluation > 1

    @property
    def label(self) -> str:
        """The state as shown on the lane, noting a re-evaluation."""
        if self.re_evaluated:
            return f"{self.state.label} (re-evaluated)"
        return self.state.label


# -- snapshots ----------------------------------------------------------------------------------


class Snapshot(_Record):
    """A named copy of a strategy at one revision ("before feedback", "round 2").

    ``strategy`` is a deep copy taken by ``app.review.snapshots.take_snapshot``;
    nothing must mutate it (``Strategy`` itself is mutable for the document).
    """

    id: Identifier = Field(default_factory=new_id)
    strategy_id: Identifier
    name: Name
    taken_at: Timestamp = ""
    revision: Counter
    strategy: Strategy

    @model_validator(mode="after")
    def _matches(self) -> Snapshot:
        if self.strategy.id != self.strategy_id:
            raise ValueError(
                translate("errors-model", "the snapshot's strategy copy has another id")
            )
        if self.strategy.revision != self.revision:
            raise ValueError(
                translate(
                    "errors-model", "the snapshot's revision differs from its strategy copy's"
                )
            )
        return self


# -- agenda -------------------------------------------------------------------------------------


class Stage(_Record):
    """One stage of the workshop agenda."""

    name: Name
    minutes: Annotated[int, BeforeValidator(not_bool), Field(ge=1, le=600)]
    description: Description = ""

    @property
    def seconds(self) -> int:
        """The stage's length in seconds."""
        return self.minutes * 60


DEFAULT_STAGES: tuple[tuple[str, int, str], ...] = (
    ("Engage", 30, "A real failed public-sector AI project, presented as a case study."),
    ("Explore", 60, "Teams explore the lifecycle phases and their scenario."),
    ("Explain", 60, "Practices, rules and roles explained."),
    ("Elaborate", 60, "Teams design their strategy on the canvas."),
    ("Evaluate", 30, "Teams present; peers and facilitator assess with the rubric."),
)


class Agenda(_Record):
    """The workshop's stages in order."""

    stages: tuple[Stage, ...] = Field(min_length=1, max_length=40)

    @classmethod
    def default(cls) -> Agenda:
        """Engage 30, Explore 60, Explain 60, Elaborate 60, Evaluate 30 minutes."""
        return cls(
            stages=tuple(
                Stage(name=name, minutes=minutes, description=text)
                for name, minutes, text in DEFAULT_STAGES
            )
        )

    @property
    def total_minutes(self) -> int:
        """The agenda's length in minutes."""
        return sum(stage.minutes for stage in self.stages)


__all__ = [
    "LEVELS",
    "LEVEL_NAMES",
    "Agenda",
    "Criterion",
    "PeerAssignment",
    "PeerFeedback",
    "PeerRound",
    "PhaseReview",
    "ReviewState",
    "Rubric",
    "RubricSheet",
    "Score",
    "Snapshot",
    "Stage",
    "now_iso",
]
