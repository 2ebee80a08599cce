"""Edit operations: small frozen records that each know their inverse.

Every change to a strategy is one of these, applied by ``app.document.Document``.
The written operations form the strategy's history; applying ``op.inverse()``
right after ``op`` restores the exact previous state.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.errors import translate
from models.numbers import Counter
from models.profile import Profile
from models.strategy import Card, Identifier, Key, Link, Name, Notes, Placement, Title
from models.vocabulary import Cadence, LinkKind, Role, Status


class _Op(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AddCard(_Op):
    """Place a new card, optionally with links (restoring a removed card brings its links)."""

    kind: Literal["add-card"] = "add-card"
    card: Card
    links: tuple[Link, ...] = ()

    def inverse(self) -> RemoveCard:
        """The operation that undoes this one."""
        return RemoveCard(card=self.card, links=self.links)


class RemoveCard(_Op):
    """Remove a card and every link touching it (all carried, so the inverse restores them)."""

    kind: Literal["remove-card"] = "remove-card"
    card: Card
    links: tuple[Link, ...] = ()

    def inverse(self) -> AddCard:
        """The operation that undoes this one."""
        return AddCard(card=self.card, links=self.links)


class MoveCard(_Op):
    """Move a card inside its lane or into another lane (a phase change)."""

    kind: Literal["move-card"] = "move-card"
    card_id: Identifier
    before: Placement
    after: Placement

    def inverse(self) -> MoveCard:
        """The operation that undoes this one."""
        return MoveCard(card_id=self.card_id, before=self.after, after=self.before)


class CardPatch(BaseModel):
    """The editable fields of a card; ``None`` means 'not part of this change'.

    ``owner_role`` and ``cadence`` can be cleared, so they use the ``clear_*`` flags.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: Title | None = None
    notes: Notes | None = None
    owner_role: Role | None = None
    clear_owner: bool = False
    status: Status | None = None
    capabilities: tuple[str, ...] | None = None
    cadence: Cadence | None = None
    clear_cadence: bool = False

    def fields(self) -> frozenset[str]:
        """The card fields this patch sets."""
        names = {
            name
            for name in ("title", "notes", "status", "capabilities")
            if getattr(self, name) is not None
        }
        if self.owner_role is not None or self.clear_owner:
            names.add("owner_role")
        if self.cadence is not None or self.clear_cadence:
            names.add("cadence")
        return frozenset(names)

    def updates(self) -> dict[str, object]:
        """The ``model_copy(update=...)`` mapping this patch stands for."""
        return {name: getattr(self, name) for name in self.fields()}

    @classmethod
    def of(cls, card: Card, fields: frozenset[str]) -> CardPatch:
        """A patch holding ``card``'s current values of ``fields``."""
        values: dict[str, object] = {name: getattr(card, name) for name in fields}
        if "owner_role" in fields and card.owner_role is None:
            values["clear_owner"] = True
        if "cadence" in fields and card.cadence is None:
            values["clear_cadence"] = True
        return cls.model_validate(values)


class UpdateCard(_Op):
    """Change some of a card's fields (title, notes, owner, status, capabilities, cadence)."""

    kind: Literal["update-card"] = "update-card"
    card_id: Identifier
    before: CardPatch
    after: CardPatch

    @model_validator(mode="after")
    def _same_fields(self) -> UpdateCard:
        if self.before.fields() != self.after.fields():
            raise ValueError(translate("errors-model", "before and after must set the same fields"))
        if not self.after.fields():
            raise ValueError(translate("errors-model", "an update must change at least one field"))
        return self

    def inverse(self) -> UpdateCard:
        """The operation that undoes this one."""
        return UpdateCard(card_id=self.card_id, before=self.after, after=self.before)


class AddLink(_Op):
    """Link two cards."""

    kind: Literal["add-link"] = "add-link"
    link: Link

    def inverse(self) -> RemoveLink:
        """The operation that undoes this one."""
        return RemoveLink(link=self.link)


class RemoveLink(_Op):
    """Remove a link."""

    kind: Literal["remove-link"] = "remove-link"
    link: Link

    def inverse(self) -> AddLink:
        """The operation that undoes this one."""
        return AddLink(link=self.link)


class UpdateLink(_Op):
    """Change what a link means."""

    kind: Literal["update-link"] = "update-link"
    link_id: Identifier
    before: LinkKind
    after: LinkKind

    def inverse(self) -> UpdateLink:
        """The operation that undoes this one."""
        return UpdateLink(link_id=self.link_id, before=self.after, after=self.before)


class SetProfile(_Op):
    """Replace the strategy's profile (it decides which rules apply)."""

    kind: Literal["set-profile"] = "set-profile"
    before: Profile
    after: Profile

    def inverse(self) -> SetProfile:
        """The operation that undoes this one."""
        return SetProfile(before=self.after, after=self.before)


class SetPacks(_Op):
    """Choose which rule packs the strategy is checked against."""

    kind: Literal["set-packs"] = "set-packs"
    before: tuple[Key, ...]
    after: tuple[Key, ...]

    def inverse(self) -> SetPacks:
        """The operation that undoes this one."""
        return SetPacks(before=self.after, after=self.before)


class RenameStrategy(_Op):
    """Rename the strategy."""

    kind: Literal["rename-strategy"] = "rename-strategy"
    before: Name
    after: Name

    def inverse(self) -> RenameStrategy:
        """The operation that undoes this one."""
        return RenameStrategy(before=self.after, after=self.before)


class Batch(_Op):
    """Several operations applied as one step (paste, multi-move, delete a selection, arrange)."""

    kind: Literal["batch"] = "batch"
    label: Annotated[str, Field(max_length=200)] = ""
    ops: tuple[Operation, ...] = Field(min_length=1)

    def inverse(self) -> Batch:
        """The operation that undoes this one: the inverses in reverse order."""
        return Batch(label=self.label, ops=tuple(op.inverse() for op in reversed(self.ops)))


Operation = Annotated[
    AddCard
    | RemoveCard
    | MoveCard
    | UpdateCard
    | AddLink
    | RemoveLink
    | UpdateLink
    | SetProfile
    | SetPacks
    | RenameStrategy
    | Batch,
    Field(discriminator="kind"),
]
"""Any edit operation, discriminated by its ``kind``."""

Batch.model_rebuild()


class OperationRecord(BaseModel):
    """One written operation of a strategy's history (the audit trail)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    strategy_id: Identifier
    revision: Counter = Field(ge=1)
    op: Operation
    author: Annotated[str, Field(max_length=120)] = ""
    at: Annotated[str, Field(max_length=40)] = ""
    seat: Annotated[str, Field(max_length=80)] = ""
    base_revision: int | None = Field(default=None, ge=0)
    """The revision the writing seat's copy had when the edit was made (see ``Change.base``)."""


__all__ = [
    "AddCard",
    "AddLink",
    "Batch",
    "CardPatch",
    "MoveCard",
    "Notes",
    "Operation",
    "OperationRecord",
    "RemoveCard",
    "RemoveLink",
    "RenameStrategy",
    "SetPacks",
    "SetProfile",
    "UpdateCard",
    "UpdateLink",
]
