"""Rule packs as data: rules, their conditions on the profile and their requirements.

A pack file never carries code or expressions. A rule's condition is a list of
simple facts about named fields of ``models.profile.Profile`` (``equals``,
``one_of``, ``at_least``, ``at_most``, ``contains``, ``is_set``), and its
requirement is one of five fixed kinds the checker evaluates on the strategy
graph: a capability present (optionally in a phase), a capability owned by a
role, a path from one capability to another, one capability before another in
lifecycle order, and ``prohibited`` (the use itself is forbidden: no card can
satisfy it). ``present`` and ``owned`` may also ask that the card gates the
release (``before = "release"``), is independent of the people who build the
model (``independent``) and repeats in operation (``recurring``); ``path`` may
ask that its source repeats and its target is owned by a role.

Every rule states from when it applies (``applies_from``, else the pack's
``effective`` date) and, where known, until when; a reported amendment whose
final text has not been verified is a ``pending`` note, never the rule itself.
Unknown profile fields, phases and roles fail validation; capability keys are
checked against the vocabulary by the loader, which knows it.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from models.errors import bare, translate, validation_message
from models.numbers import StoredInt
from models.phases import Phase
from models.profile import Profile
from models.strategy import CapabilityKey, Key, Title
from models.vocabulary import Role, Severity

RULE_ID_PATTERN = r"^[a-z0-9]+([-_.][a-z0-9]+)*$"
RuleId = Annotated[str, StringConstraints(pattern=RULE_ID_PATTERN, max_length=120)]
Citation = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2_000)]
GroupName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)]
Scalar = bool | int | str

OPERATORS = ("equals", "one_of", "at_least", "at_most", "contains", "is_set")
PROFILE_FIELDS: tuple[str, ...] = tuple(Profile.model_fields)


def _field_shape(name: str) -> tuple[bool, bool, bool]:
    """(optional, is a tuple, is ordered) for a Profile field's annotation."""
    annotation = Profile.model_fields[name].annotation
    args = typing.get_args(annotation)
    optional = typing.get_origin(annotation) in (Union, types.UnionType) and type(None) in args
    if optional:
        annotation = next(arg for arg in args if arg is not type(None))
    is_tuple = typing.get_origin(annotation) is tuple
    ordered = (
        isinstance(annotation, type)
        and issubclass(annotation, int)
        and not issubclass(annotation, bool)
    )
    return optional, is_tuple, ordered


def _coerce(name: str, value: Any, item: bool = False) -> Any:
    """``value`` validated as the Profile field ``name`` (or as one item of it)."""
    try:
        profile = Profile.model_validate({name: (value,) if item else value})
    except ValidationError as err:
        raise ValueError(
            translate(
                "errors-model",
                "'{value}' is not a valid value for the profile field '{name}' ({reason})",
            ).format(
                value=bare(value),
                name=bare(name),
                reason=validation_message(err.errors(include_url=False)[0]),
            )
        ) from None
    result = getattr(profile, name)
    return result[0] if item else result


class Fact(BaseModel):
    """One simple test on one profile field, e.g. ``{field="personal_data", equals=true}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str
    equals: Scalar | None = None
    one_of: tuple[Scalar, ...] | None = None
    at_least: StoredInt | None = None
    at_most: StoredInt | None = None
    contains: str | None = None
    is_set: bool | None = None

    @field_validator("field")
    @classmethod
    def _known_field(cls, value: str) -> str:
        if value not in Profile.model_fields:
            raise ValueError(
                translate(
                    "errors-model", "unknown profile field '{name}'; known fields: {known}"
                ).format(name=bare(value), known=", ".join(PROFILE_FIELDS))
            )
        return value

    @model_validator(mode="after")
    def _one_operator(self) -> Fact:
        used = [op for op in OPERATORS if getattr(self, op) is not None]
        if len(used) != 1:
            raise ValueError(
                translate(
                    "errors-model", "a fact needs exactly one of {operators} (got {count})"
                ).format(operators=", ".join(OPERATORS), count=len(used))
            )
        optional, is_tuple, ordered = _field_shape(self.field)
        op = used[0]
        if op in ("at_least", "at_most") and not ordered:
            raise ValueError(
                translate(
                    "errors-model", "{op} needs a numbered field; '{name}' is not one"
                ).format(op=op, name=bare(self.field))
            )
        if op == "contains" and not is_tuple:
            raise ValueError(
                translate(
                    "errors-model", "contains needs a list field; '{name}' is not one"
                ).format(name=bare(self.field))
            )
        if op == "is_set" and not (optional or is_tuple):
            raise ValueError(
                translate(
                    "errors-model", "is_set needs an optional or list field; '{name}' is neither"
                ).format(name=bare(self.field))
            )
        if op in ("equals", "one_of") and is_tuple:
            raise ValueError(
                translate("errors-model", "use contains for the list field '{name}'").format(
                    name=bare(self.field)
                )
            )
        # Store values in the field's own type (enum members), so evaluation is a plain compare.
        if op == "equals":
            object.__setattr__(self, "equals", _coerce(self.field, self.equals))
        elif op == "one_of":
            values = tuple(_coerce(self.field, v) for v in self.one_of or ())
            if not values:
                raise ValueError(translate("errors-model", "one_of needs at least one value"))
            object.__setattr__(self, "one_of", values)
        elif op in ("at_least", "at_most"):
            object.__setattr__(self, op, _coerce(self.field, getattr(self, op)))
        elif op == "contains":
            object.__setattr__(self, "contains", _coerce(self.field, self.contains, item=True))
        return self

    def holds(self, profile: Profile) -> bool:
        """Whether this fact is true of ``profile``."""
        value = getattr(profile, self.field)
        if self.equals is not None:
            return bool(value == self.equals)
        if self.one_of is not None:
            return value in self.one_of
        if self.at_least is not None:
            return bool(value >= self.at_least)
        if self.at_most is not None:
            return bool(value <= self.at_most)
        if self.contains is not None:
            return self.contains in value
        present = value is not None and value != ()
        return present is self.is_set

    def describe(self) -> str:
        """The fact in words, e.g. ``impact_level at least III``."""
        for op in OPERATORS:
            value = getattr(self, op)
            if value is not None:
                return f"{self.field} {op.replace('_', ' ')} {_show(value)}"
        return self.field  # pragma: no cover - the validator guarantees one operator


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if isinstance(value, enum.IntEnum) and hasattr(value, "roman"):
        return str(value.roman)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Condition(BaseModel):
    """When a rule (or a whole pack) applies: every ``all`` fact and at least one ``any`` fact.

    An empty condition always holds.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    all_of: tuple[Fact, ...] = Field(default=(), alias="all")
    any_of: tuple[Fact, ...] = Field(default=(), alias="any")

    def holds(self, profile: Profile) -> bool:
        """Whether the condition is true of ``profile``."""
        if not all(fact.holds(profile) for fact in self.all_of):
            return False
        return not self.any_of or any(fact.holds(profile) for fact in self.any_of)

    @property
    def fields(self) -> frozenset[str]:
        """The profile fields this condition reads."""
        return frozenset(f.field for f in (*self.all_of, *self.any_of))

    def describe(self) -> str:
        """The condition in words ('always' when empty)."""
        parts = [f.describe() for f in self.all_of]
        if self.any_of:
            parts.append("(" + " or ".join(f.describe() for f in self.any_of) + ")")
        return " and ".join(parts) if parts else "always"


Timing = Literal["release"]
"""When a duty must be in effect: ``release`` — upstream of every deployment card."""


class Present(BaseModel):
    """A card with ``capability`` exists (in ``phase`` when given).

    Attributes:
        before: ``"release"`` when the law says "before deployment / putting into
            service": the card must sit upstream of every deployment card (it gates
            the release), not anywhere on the board.
        independent: the card's owner role must differ from the roles that build the
            model (the owners of Model Development cards).
        recurring: the card must repeat in operation (a cadence other than once).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["present"] = "present"
    capability: CapabilityKey
    phase: Phase | None = None
    before: Timing | None = None
    independent: bool = False
    recurring: bool = False

    @property
    def capabilities(self) -> tuple[str, ...]:
        """Every capability key this requirement names."""
        return (self.capability,)


class Owned(BaseModel):
    """A card with ``capability`` is owned by ``role`` (``before`` and ``recurring`` as above)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["owned"] = "owned"
    capability: CapabilityKey
    role: Role
    before: Timing | None = None
    recurring: bool = False

    @property
    def capabilities(self) -> tuple[str, ...]:
        """Every capability key this requirement names."""
        return (self.capability,)


class PathTo(BaseModel):
    """Every card with ``source`` reaches another card with ``target`` (at least one source).

    The target must be a different card: one card cannot raise an alarm and answer
    it too. With ``recurring`` only sources that repeat in operation count (a one-off
    activity cannot notice what happens later); with ``target_role`` the target must
    be owned by that role.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["path"] = "path"
    source: CapabilityKey
    target: CapabilityKey
    recurring: bool = False
    target_role: Role | None = None

    @property
    def capabilities(self) -> tuple[str, ...]:
        """Every capability key this requirement names."""
        return (self.source, self.target)


class Before(BaseModel):
    """``first`` comes before ``then``: every ``then`` card has a ``first`` card upstream of it.

    Upstream means in an earlier lifecycle phase, or linked to it by a path that
    does not go round the feedback loop. Both capabilities must be present.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["order"] = "order"
    first: CapabilityKey
    then: CapabilityKey

    @property
    def capabilities(self) -> tuple[str, ...]:
        """Every capability key this requirement names."""
        return (self.first, self.then)


class Prohibited(BaseModel):
    """The use itself is prohibited when the rule's condition holds: no card satisfies it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["prohibited"] = "prohibited"

    @property
    def capabilities(self) -> tuple[str, ...]:
        """Every capability key this requirement names (none)."""
        return ()


Requirement = Annotated[Present | Owned | PathTo | Before | Prohibited, Field(discriminator="kind")]
"""What a rule asks of the strategy graph, discriminated by ``kind``."""


class PendingChange(BaseModel):
    """A reported amendment whose final text has not been verified: shown, never applied."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    note: Text
    source: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]


class Rule(BaseModel):
    """One obligation of a pack, with its citation, condition and requirement."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    id: RuleId
    title: Title
    citation: Citation
    severity: Severity = Severity.ERROR
    group: GroupName = ""
    explanation: Text = ""
    condition: Condition = Field(default_factory=Condition, alias="when")
    requirement: Requirement = Field(alias="requires")
    applies_from: dt.date | None = Field(
        default=None, description="First day the duty applies; the pack's effective date if unset."
    )
    applies_until: dt.date | None = Field(
        default=None, description="Last day the duty applies (a superseded instrument)."
    )
    pending: PendingChange | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Rule:
        if (
            self.applies_from is not None
            and self.applies_until is not None
            and self.applies_until < self.applies_from
        ):
            raise ValueError(translate("errors-model", "applies_until is before applies_from"))
        return self

    def applies(self, profile: Profile) -> bool:
        """Whether the rule's own condition holds (the pack's condition is checked apart)."""
        return self.condition.holds(profile)


class RulePack(BaseModel):
    """One framework's rules, with the instrument's identity, version and effective date."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    key: Key
    title: Title
    instrument: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    version: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    version_label: Annotated[str, StringConstraints(strip_whitespace=True, max_length=160)] = Field(
        default="",
        description="The version as shown to a reader, in the language loaded (the overlay's "
        "``version``); ``version`` itself, which identifies the revision, when none is given.",
    )
    effective: dt.date
    cite_as: Annotated[str, StringConstraints(strip_whitespace=True, max_length=60)] = Field(
        default="", description="Short name put before each citation ('GDPR', 'EU AI Act')."
    )
    url: Annotated[str, StringConstraints(max_length=400)] = ""
    summary: Text = ""
    notes: tuple[Text, ...] = ()
    groups: tuple[GroupName, ...] = Field(
        default=(), description="Coverage groups in display order (e.g. NIST AI RMF functions)."
    )
    condition: Condition = Field(default_factory=Condition, alias="applies")
    rules: tuple[Rule, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _label_defaults_to_version(cls, data: Any) -> Any:
        # Display sites read ``version_label``; structural ones (exchange, hashes) ``version``.
        if isinstance(data, dict) and not str(data.get("version_label") or "").strip():
            return {**data, "version_label": data.get("version", "")}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> RulePack:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(
                    translate("errors-model", "duplicate rule id '{id}'").format(id=bare(rule.id))
                )
            seen.add(rule.id)
            if self.groups and rule.group not in self.groups:
                raise ValueError(
                    translate(
                        "errors-model", "rule '{id}' has group '{group}', not one of: {groups}"
                    ).format(
                        id=bare(rule.id), group=bare(rule.group), groups=", ".join(self.groups)
                    )
                )
        return self

    def applies(self, profile: Profile) -> bool:
        """Whether the pack as a whole applies to ``profile``."""
        return self.condition.holds(profile)

    def applicable_rules(self, profile: Profile) -> tuple[Rule, ...]:
        """The rules whose pack and rule conditions both hold for ``profile`` (any date)."""
        if not self.applies(profile):
            return ()
        return tuple(rule for rule in self.rules if rule.applies(profile))

    def starts(self, rule: Rule) -> dt.date:
        """The first day ``rule`` applies: its own date, else the pack's effective date."""
        return rule.applies_from or self.effective

    def timing(self, rule: Rule, on: dt.date) -> Literal["in-force", "upcoming", "expired"]:
        """Whether ``rule`` is in force on ``on``, not yet, or no longer."""
        if on < self.starts(rule):
            return "upcoming"
        if rule.applies_until is not None and on > rule.applies_until:
            return "expired"
        return "in-force"

    def cite(self, rule: Rule) -> str:
        """The full citation of one of this pack's rules ('GDPR Art. 35(3)(a)')."""
        return f"{self.cite_as or self.title} {rule.citation}"

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id, or None."""
        return next((r for r in self.rules if r.id == rule_id), None)
