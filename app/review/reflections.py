"""Reflections and observations: the workshop day's own records, kept next to the reviews.

Two records, each a frozen pydantic model that dumps to JSON and validates back
(kept here in ``app.review``, like the report and the timer, because no strategy
edit depends on them):

- ``Reflection``: one person's answers after the day. A participant (a team
  member, named as the team lists them) answers the workshop's questions and
  rates their own confidence per lane of the canvas (a self-assessment of
  knowledge gaps); the facilitator answers their own questions about the day.
  One reflection per workshop and person.
- ``Observation``: what a team saw during the Explore stage's guided drill — the
  event they threw at their board, what they observed and the questions it
  raised. One per team, strategy and event (written again as the team refines it).

The questions themselves are content (``resources/reflection.toml``), read by
``load_questions``; an answer is stored with its question's key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from app.i18n import translate
from app.resources import RESOURCES_DIR, ContentError, read_localized
from models.errors import validation_message
from models.phases import ALL_PHASES, Phase
from models.review import FormText, Level, Timestamp
from models.strategy import Identifier, Key, Name, new_id

REFLECTION_FILE = "reflection.toml"
YEAR_EVENT = "year-in-production"
"""The ``event_key`` of an observation made on the simulated year rather than one event."""

Answer = Annotated[str, StringConstraints(max_length=4_000)]


class ReflectionKind(StrEnum):
    """Whose reflection it is."""

    PARTICIPANT = "participant"
    FACILITATOR = "facilitator"


class Reflection(BaseModel):
    """One person's reflection on the workshop (answers by question key, confidence by lane).

    Attributes:
        author: the participant's name as their team lists it (or the facilitator's).
        team_id: the participant's team (None for the facilitator).
        role: the participant's role in the team, as shown on the paper ("" if none).
        answers: question key → answer; keys are those of ``reflection.toml``.
        confidence: lane → 1 (new to me) … 4 (I could lead it); lanes not rated are left out.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(default_factory=new_id)
    workshop_id: Identifier
    kind: ReflectionKind = ReflectionKind.PARTICIPANT
    author: Name
    team_id: Identifier | None = None
    role: Annotated[str, StringConstraints(max_length=80)] = ""
    answers: dict[Key, Answer] = Field(default_factory=dict)
    confidence: dict[Phase, Level] = Field(default_factory=dict)
    updated_at: Timestamp = ""

    @field_validator("answers")
    @classmethod
    def _few_answers(cls, value: dict[str, str]) -> dict[str, str]:
        if len(value) > 40:
            raise ValueError(
                translate("errors-review", "a reflection answers at most %n questions", None, 40)
            )
        return value

    @model_validator(mode="after")
    def _facilitator_has_no_team(self) -> Reflection:
        if self.kind is ReflectionKind.FACILITATOR and self.team_id is not None:
            raise ValueError(
                translate("errors-review", "the facilitator's reflection belongs to no team")
            )
        return self

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies it: (workshop, kind, author as compared: case-folded)."""
        return (self.workshop_id, self.kind.value, self.author.casefold())

    @property
    def is_empty(self) -> bool:
        """Nothing answered and nothing rated yet."""
        return not any(a.strip() for a in self.answers.values()) and not self.confidence


class Observation(BaseModel):
    """What a team observed during a guided drill, and the questions it raised."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(default_factory=new_id)
    workshop_id: Identifier
    strategy_id: Identifier
    team_id: Identifier | None = None
    event_key: Key
    event_title: Annotated[str, StringConstraints(max_length=200)] = ""
    observed: FormText = ""
    questions: FormText = ""
    updated_at: Timestamp = ""

    @property
    def key(self) -> tuple[str, str]:
        """What identifies it: (strategy, event)."""
        return (self.strategy_id, self.event_key)


# -- the questions ------------------------------------------------------------------------------


class Question(BaseModel):
    """One reflection question."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: Key
    question: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400)]


class _Confidence(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    levels: tuple[str, str, str, str]


class _QuestionFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    participant: tuple[Question, ...] = Field(min_length=1)
    facilitator: tuple[Question, ...] = Field(min_length=1)
    confidence: _Confidence


@dataclass(frozen=True)
class Questions:
    """The workshop's reflection questions and the self-assessment's level names."""

    participant: tuple[Question, ...]
    facilitator: tuple[Question, ...]
    levels: tuple[str, str, str, str]

    def for_kind(self, kind: ReflectionKind) -> tuple[Question, ...]:
        """The questions one kind of author answers."""
        return self.participant if kind is ReflectionKind.PARTICIPANT else self.facilitator

    def level_name(self, level: int) -> str:
        """The name of a confidence level 1–4."""
        return self.levels[level - 1]


def load_questions(root: Path = RESOURCES_DIR, lang: str | None = None) -> Questions:
    """Read ``reflection.toml`` in ``lang`` (default: the interface language).

    Raises:
        ContentError: the file is missing, not TOML, or not the expected shape.
    """
    path = root / REFLECTION_FILE
    data = read_localized(path, lang, root)
    try:
        parsed = _QuestionFile.model_validate(data)
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ContentError(
            path,
            translate("errors-review", "{field}: {reason}").format(
                field=where, reason=validation_message(first)
            ),
        ) from None
    for group in (parsed.participant, parsed.facilitator):
        keys = [q.key for q in group]
        if len(keys) != len(set(keys)):
            raise ContentError(path, translate("errors-review", "a question key appears twice"))
    return Questions(parsed.participant, parsed.facilitator, parsed.confidence.levels)


# -- helpers ------------------------------------------------------------------------------------


R = TypeVar("R", Reflection, Observation)


def stamped(record: R, now: dt.datetime | None = None) -> R:
    """The record with ``updated_at`` set to now (UTC, seconds)."""
    moment = now or dt.datetime.now(dt.UTC)
    return record.model_copy(update={"updated_at": moment.isoformat(timespec="seconds")})


def mean_confidence(reflection: Reflection) -> float | None:
    """The mean self-rated confidence over the lanes rated, or None."""
    values = list(reflection.confidence.values())
    return sum(values) / len(values) if values else None


def weakest_lanes(reflection: Reflection) -> tuple[Phase, ...]:
    """The lanes rated lowest (the knowledge gaps the person named), in lifecycle order."""
    if not reflection.confidence:
        return ()
    low = min(reflection.confidence.values())
    return tuple(p for p in ALL_PHASES if reflection.confidence.get(p) == low)
