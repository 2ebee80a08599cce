"""Shared builders for the review service tests: a small rubric and a fake checker."""

from __future__ import annotations

from models.findings import CheckResult, Finding, PackCoverage
from models.phases import LIFECYCLE
from models.review import Criterion, Rubric
from models.strategy import Strategy
from models.vocabulary import Severity

LEVELS = {1: "beginning", 2: "developing", 3: "proficient", 4: "exemplary"}


def make_rubric(*keys: str, key: str = "r", version: str = "1") -> Rubric:
    """A rubric with one criterion per key (default: coverage, ownership)."""
    names = keys or ("coverage", "ownership")
    return Rubric(
        key=key,
        title="Test rubric",
        version=version,
        criteria=tuple(Criterion(key=k, title=k.title(), levels=LEVELS) for k in names),
    )


def fake_check(strategy: Strategy) -> CheckResult:
    """A small, exact stand-in for the checker.

    Pack "structure": one rule per lifecycle phase (``structure.phase-<phase>``,
    failing when the phase is empty) and ``structure.owner`` per card without an
    owner. Pack "gdpr" (only when selected): ``gdpr.dpia`` needs a ``dpia`` card.
    """
    findings: list[Finding] = []
    covered = {card.phase for card in strategy.cards.values()}
    for phase in LIFECYCLE:
        if phase not in covered:
            findings.append(
                Finding(
                    rule_id=f"structure.phase-{phase.value}",
                    pack="structure",
                    severity=Severity.ERROR,
                    title=f"{phase.short_title} is empty",
                    message="add a card",
                )
            )
    unowned = sorted(c.id for c in strategy.cards.values() if c.owner_role is None)
    findings.extend(
        Finding(
            rule_id="structure.owner",
            pack="structure",
            severity=Severity.WARNING,
            title="Card without owner",
            message="assign an owner",
            card_ids=(card_id,),
        )
        for card_id in unowned
    )
    coverage = [
        PackCoverage(
            pack="structure",
            title="Structure",
            applicable=6,
            satisfied=len(covered & set(LIFECYCLE)),
        )
    ]
    if "gdpr" in strategy.packs:
        has_dpia = any("dpia" in c.capabilities for c in strategy.cards.values())
        coverage.append(
            PackCoverage(pack="gdpr", title="GDPR", applicable=1, satisfied=int(has_dpia))
        )
        if not has_dpia:
            findings.append(
                Finding(
                    rule_id="gdpr.dpia",
                    pack="gdpr",
                    severity=Severity.ERROR,
                    title="No DPIA",
                    message="carry out a DPIA",
                    citation="GDPR Art. 35",
                )
            )
    return CheckResult(
        strategy_id=strategy.id,
        revision=strategy.revision,
        findings=tuple(findings),
        coverage=tuple(coverage),
    )
