"""Workshops, teams and their members."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from models.errors import translate
from models.strategy import Identifier, Name, new_id
from models.vocabulary import Role

Description = Annotated[str, StringConstraints(max_length=5_000)]


class Member(BaseModel):
    """A person in a team, with the role they bring."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(default_factory=new_id)
    name: Name
    role: Role


class Team(BaseModel):
    """A workshop team."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(default_factory=new_id)
    name: Name
    members: tuple[Member, ...] = ()

    @model_validator(mode="after")
    def _unique_members(self) -> Team:
        ids = [m.id for m in self.members]
        if len(ids) != len(set(ids)):
            raise ValueError(translate("errors-model", "member ids must be unique within a team"))
        return self

    @property
    def roles(self) -> tuple[Role, ...]:
        """The distinct roles present in the team, in role order."""
        present = {m.role for m in self.members}
        return tuple(r for r in Role if r in present)


class Workshop(BaseModel):
    """One event or programme: teams work on scenarios and produce strategies."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(default_factory=new_id)
    name: Name
    date: dt.date | None = None
    facilitator: Annotated[str, StringConstraints(max_length=120)] = ""
    description: Description = ""
    teams: tuple[Team, ...] = ()

    @model_validator(mode="after")
    def _unique_teams(self) -> Workshop:
        ids = [t.id for t in self.teams]
        if len(ids) != len(set(ids)):
            raise ValueError(translate("errors-model", "team ids must be unique within a workshop"))
        return self

    def team(self, team_id: str | None) -> Team | None:
        """The team with this id, or None."""
        return next((t for t in self.teams if t.id == team_id), None)
