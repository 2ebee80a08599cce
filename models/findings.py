"""What the checker reports: findings and coverage per rule pack."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from models.vocabulary import Severity


class Finding(BaseModel):
    """A rule that the strategy does not satisfy."""

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


class PackCoverage(BaseModel):
    """How many of a pack's applicable rules the strategy satisfies."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pack: str
    title: str
    applicable: int = Field(ge=0)
    satisfied: int = Field(ge=0)
    groups: dict[str, tuple[int, int]] = Field(
        default_factory=dict,
        description="Satisfied/applicable per group (e.g. per NIST AI RMF function).",
    )

    @property
    def share(self) -> float:
        """Satisfied over applicable, 1.0 when no rule applies."""
        return 1.0 if self.applicable == 0 else self.satisfied / self.applicable


class CheckResult(BaseModel):
    """Findings and coverage of one check of one strategy at one revision."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    strategy_id: str
    revision: int
    findings: tuple[Finding, ...] = ()
    coverage: tuple[PackCoverage, ...] = ()

    def for_card(self, card_id: str) -> tuple[Finding, ...]:
        """The findings that concern one card."""
        return tuple(f for f in self.findings if card_id in f.card_ids)
