"""Workshop operations: edits of a workshop's details, teams and scenarios.

Like strategy operations they are small frozen records that know their
inverse; ``app.workshop_document.WorkshopDocument`` applies them, the store
writes each with a row in the workshop's operation log, and other seats bring
them in. Each touches one team or one scenario, so two seats adding or editing
different teams both keep theirs (a whole-workshop save would not).

``ReviewEdit`` records a facilitator's review write (a score sheet, a peer
round, feedback, a phase review, a snapshot, the agenda) in the same log, so
other seats hear of it and the audit trail shows it; it has no inverse.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.content import Scenario
from models.errors import translate
from models.strategy import Identifier, Key, Name
from models.workshop import Description, Team, Workshop


class _Op(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class WorkshopDetails(BaseModel):
    """The workshop's own fields (everything but its teams)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Name
    date: dt.date | None = None
    facilitator: Annotated[str, Field(max_length=120)] = ""
    description: Description = ""

    @classmethod
    def of(cls, workshop: Workshop) -> WorkshopDetails:
        """The details of ``workshop``."""
        return cls(
            name=workshop.name,
            date=workshop.date,
            facilitator=workshop.facilitator,
            description=workshop.description,
        )


class UpdateWorkshop(_Op):
    """Change the workshop's name, date, facilitator or description."""

    kind: Literal["update-workshop"] = "update-workshop"
    before: WorkshopDetails
    after: WorkshopDetails

    def inverse(self) -> UpdateWorkshop:
        """The operation that undoes this one."""
        return UpdateWorkshop(before=self.after, after=self.before)


class AddTeam(_Op):
    """Add a team (with its members) after the others."""

    kind: Literal["add-team"] = "add-team"
    team: Team

    def inverse(self) -> RemoveTeam:
        """The operation that undoes this one."""
        return RemoveTeam(team=self.team)


class RemoveTeam(_Op):
    """Remove a team; refused while strategies belong to it."""

    kind: Literal["remove-team"] = "remove-team"
    team: Team

    def inverse(self) -> AddTeam:
        """The operation that undoes this one."""
        return AddTeam(team=self.team)


class UpdateTeam(_Op):
    """Rename a team or change its members."""

    kind: Literal["update-team"] = "update-team"
    before: Team
    after: Team

    @model_validator(mode="after")
    def _same_team(self) -> UpdateTeam:
        if self.before.id != self.after.id:
            raise ValueError(translate("errors-model", "before and after must be the same team"))
        return self

    def inverse(self) -> UpdateTeam:
        """The operation that undoes this one."""
        return UpdateTeam(before=self.after, after=self.before)


class PutScenario(_Op):
    """Add, replace (``before`` and ``after``) or remove (no ``after``) a scenario."""

    kind: Literal["put-scenario"] = "put-scenario"
    key: Key
    before: Scenario | None = None
    after: Scenario | None = None

    @model_validator(mode="after")
    def _one_scenario(self) -> PutScenario:
        for scenario in (self.before, self.after):
            if scenario is not None and scenario.key != self.key:
                raise ValueError(
                    translate("errors-model", "the scenario's key must be the operation's key")
                )
        if self.before is None and self.after is None:
            raise ValueError(
                translate("errors-model", "a scenario operation needs a before or an after")
            )
        return self

    def inverse(self) -> PutScenario:
        """The operation that undoes this one."""
        return PutScenario(key=self.key, before=self.after, after=self.before)


class ReviewEdit(_Op):
    """A review record written (``what`` names the kind, ``record`` is its JSON)."""

    kind: Literal["review-edit"] = "review-edit"
    what: Annotated[str, Field(max_length=40)]
    record_id: Annotated[str, Field(max_length=200)] = ""
    record: dict[str, Any] = Field(default_factory=dict)


WorkshopOperation = Annotated[
    UpdateWorkshop | AddTeam | RemoveTeam | UpdateTeam | PutScenario | ReviewEdit,
    Field(discriminator="kind"),
]
UndoableWorkshopOperation = UpdateWorkshop | AddTeam | RemoveTeam | UpdateTeam | PutScenario


class WorkshopRecord(BaseModel):
    """One written workshop operation (the workshop's audit trail)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    workshop_id: Identifier
    seq: int = Field(ge=1)
    op: WorkshopOperation
    author: Annotated[str, Field(max_length=120)] = ""
    seat: Annotated[str, Field(max_length=80)] = ""
    at: Annotated[str, Field(max_length=40)] = ""


def workshop_edits(old: Workshop, new: Workshop) -> list[UndoableWorkshopOperation]:
    """The operations that turn ``old`` into ``new``: one per team and for the details.

    A dialog that returns an edited copy of the workshop is saved through these,
    so a team another seat added meanwhile is left alone.
    """
    ops: list[UndoableWorkshopOperation] = []
    before, after = WorkshopDetails.of(old), WorkshopDetails.of(new)
    if before != after:
        ops.append(UpdateWorkshop(before=before, after=after))
    new_teams = {team.id: team for team in new.teams}
    old_teams = {team.id: team for team in old.teams}
    ops += [RemoveTeam(team=team) for team in old.teams if team.id not in new_teams]
    for team in new.teams:
        previous = old_teams.get(team.id)
        if previous is None:
            ops.append(AddTeam(team=team))
        elif previous != team:
            ops.append(UpdateTeam(before=previous, after=team))
    return ops
