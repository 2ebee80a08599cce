"""What the checker reports: findings, the gaps that would hurt first, and coverage per pack."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.vocabulary import FindingState, Severity


class Finding(BaseModel):
    """A rule that the strategy does not satisfy (or only on paper, or not yet in force).

    Attributes:
        state: missing, planned (carried only by cards not yet in place), upcoming
            (not in force on the date checked) or a prohibited practice.
        practice: the capability whose absence the finding is about ('' for shape rules).
        rank: 1 for the gap that would hurt first; findings are sorted by it.
        applies_from: the first day the rule applies (shown for upcoming rules).
        pending: a reported, unverified amendment to the rule, with its source.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule_id: str
    pack: str = Field(description="Pack key, or 'structure' for the built-in structural rules.")
    severity: Severity
    title: str
    message: str
    citation: str = ""
    card_ids: tuple[str, ...] = ()
    fixes: tuple[str, ...] = Field(
        default=(), description="Catalog keys of cards that would satisfy the rule."
    )
    state: FindingState = FindingState.OPEN
    practice: str = ""
    rank: int = Field(default=0, ge=0)
    applies_from: dt.date | None = None
    pending: str = ""

    @property
    def counts_against(self) -> bool:
        """Whether the finding is a gap today (not merely an upcoming rule)."""
        return self.state is not FindingState.UPCOMING


class TopGap(BaseModel):
    """One missing practice and every finding it would close, ranked by what would hurt first.

    Attributes:
        practice: the capability key ('' for a rule about the lifecycle's shape).
        title: what a user reads ('Human decision before adverse decisions take effect').
        severity: the most serious severity among its findings.
        state: missing, planned or prohibited (the worst of its findings).
        rule_ids: the findings' rule ids (JSON and tooltips only, never printed).
        citations: the human citations that demand it ('GDPR Art. 22(3)').
        packs: the titles of the packs that demand it.
        harm_per_day: the harm the drills attach to its absence, per day.
        fixes: catalog keys of cards that would close it.
        why: one sentence on why it ranks where it does.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rank: int = Field(ge=1)
    practice: str
    title: str
    severity: Severity
    state: FindingState
    rule_ids: tuple[str, ...]
    citations: tuple[str, ...] = ()
    packs: tuple[str, ...] = ()
    harm_per_day: float = 0.0
    fixes: tuple[str, ...] = ()
    card_ids: tuple[str, ...] = ()
    why: str = ""


class PackCoverage(BaseModel):
    """How many of a pack's rules in force the strategy carries: in place, and only planned."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pack: str
    title: str
    applicable: int = Field(ge=0)
    satisfied: int = Field(ge=0, description="Rules met by cards in place.")
    planned: int = Field(
        default=0, ge=0, description="Rules met only through cards planned or in progress."
    )
    upcoming: int = Field(default=0, ge=0, description="Rules not yet in force on the date.")
    version: str = ""
    version_label: str = Field(
        default="",
        description="The pack's version as shown, in the check's language (``version`` when "
        "the pack has no label).",
    )
    sha256: str = Field(default="", description="SHA-256 of the pack file as it was loaded.")
    integrity: str = Field(
        default="",
        description="Where it came from and whether its hash matches the recorded one "
        "('shipped · verified', 'agency folder · modified', …).",
    )
    groups: dict[str, tuple[int, int]] = Field(
        default_factory=dict,
        description="Satisfied/applicable per group (e.g. per NIST AI RMF function).",
    )

    @model_validator(mode="before")
    @classmethod
    def _label_defaults_to_version(cls, data: Any) -> Any:
        if isinstance(data, dict) and not str(data.get("version_label") or "").strip():
            return {**data, "version_label": data.get("version", "")}
        return data

    @property
    def share(self) -> float:
        """Satisfied (in place) over applicable, 1.0 when no rule applies."""
        return 1.0 if self.applicable == 0 else self.satisfied / self.applicable

    @property
    def planned_share(self) -> float:
        """Planned over applicable, 0.0 when no rule applies."""
        return 0.0 if self.applicable == 0 else self.planned / self.applicable

    def summary(self) -> str:
        """'12 in place · 5 planned of 32' (plus upcoming rules when there are any)."""
        text = f"{self.satisfied} in place · {self.planned} planned of {self.applicable}"
        if self.upcoming:
            text += f" · {self.upcoming} upcoming"
        return text


class CheckResult(BaseModel):
    """Findings and coverage of one check of one strategy at one revision, on one date."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    strategy_id: str
    revision: int
    findings: tuple[Finding, ...] = ()
    coverage: tuple[PackCoverage, ...] = ()
    checked_on: dt.date | None = Field(default=None, description="The date whose law was applied.")
    live: bool = Field(default=False, description="A deployment card is in place: the system runs.")
    top_gaps: tuple[TopGap, ...] = ()

    def for_card(self, card_id: str) -> tuple[Finding, ...]:
        """The findings that concern one card."""
        return tuple(f for f in self.findings if card_id in f.card_ids)

    @property
    def gaps(self) -> tuple[Finding, ...]:
        """The findings that count against the strategy today (upcoming rules left out)."""
        return tuple(f for f in self.findings if f.counts_against)
