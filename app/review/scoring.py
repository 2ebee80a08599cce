"""Scoring a strategy against a rubric, and the checker evidence shown beside each criterion.

Score sheets are immutable: every change returns a new sheet, which the caller
stores. The checker's results inform the facilitator (``evidence_for``) but
never set a level: scoring stays a human judgement.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translate
from app.review.errors import RubricMismatchError, UnknownCriterionError
from models.errors import bare
from models.findings import CheckResult, Finding, PackCoverage
from models.phases import lifecycle_index
from models.review import Criterion, Rubric, RubricSheet, Score, now_iso
from models.strategy import Card, Strategy


def new_sheet(strategy_id: str, rubric: Rubric, scorer: str = "") -> RubricSheet:
    """An empty score sheet for one strategy."""
    return RubricSheet(
        strategy_id=strategy_id,
        rubric_key=rubric.key,
        rubric_version=rubric.version,
        scorer=scorer,
    )


def _require(sheet: RubricSheet, rubric: Rubric, criterion: str) -> None:
    if sheet.rubric_key != rubric.key:
        raise RubricMismatchError(
            translate(
                "errors-review", "This score sheet uses the rubric '{found}', not '{expected}'."
            ).format(found=bare(sheet.rubric_key), expected=bare(rubric.key))
        )
    if rubric.criterion(criterion) is None:
        raise UnknownCriterionError(criterion, rubric.key)


def set_score(
    sheet: RubricSheet,
    rubric: Rubric,
    criterion: str,
    level: int,
    comment: str = "",
    *,
    at: str | None = None,
) -> RubricSheet:
    """The sheet with ``criterion`` scored at ``level`` (replacing an earlier score).

    Raises:
        UnknownCriterionError: the rubric has no such criterion.
        RubricMismatchError: the sheet belongs to another rubric.
        pydantic.ValidationError: ``level`` is not 1–4 (the message says so).
    """
    _require(sheet, rubric, criterion)
    score = Score(strategy_id=sheet.strategy_id, criterion=criterion, level=level, comment=comment)
    order = {key: index for index, key in enumerate(rubric.keys)}
    scores = [s for s in sheet.scores if s.criterion != criterion] + [score]
    scores.sort(key=lambda s: order.get(s.criterion, len(order)))
    return sheet.model_copy(
        update={
            "scores": tuple(scores),
            "updated_at": at or now_iso(),
            "rubric_version": rubric.version,
        }
    )


def clear_score(
    sheet: RubricSheet, rubric: Rubric, criterion: str, *, at: str | None = None
) -> RubricSheet:
    """The sheet without a score for ``criterion``."""
    _require(sheet, rubric, criterion)
    scores = tuple(s for s in sheet.scores if s.criterion != criterion)
    return sheet.model_copy(update={"scores": scores, "updated_at": at or now_iso()})


def missing_criteria(sheet: RubricSheet, rubric: Rubric) -> tuple[Criterion, ...]:
    """The rubric's criteria that the sheet does not score yet, in rubric order."""
    scored = sheet.levels
    return tuple(c for c in rubric.criteria if c.key not in scored)


def is_complete(sheet: RubricSheet, rubric: Rubric) -> bool:
    """Whether every criterion of the rubric is scored."""
    return not missing_criteria(sheet, rubric)


@dataclass(frozen=True)
class CriterionEvidence:
    """The checker results that inform one criterion, for display beside it.

    Attributes:
        criterion: the criterion.
        coverage: the coverage of each ``pack:`` the criterion names that the check reported.
        findings: findings of the named packs or rules, most serious first.
        cards: for each ``capability:`` named, the strategy's cards that provide it
            (an empty tuple shows the capability is missing).
    """

    criterion: Criterion
    coverage: tuple[PackCoverage, ...]
    findings: tuple[Finding, ...]
    cards: dict[str, tuple[Card, ...]]

    @property
    def missing_capabilities(self) -> tuple[str, ...]:
        """The named capabilities no card provides."""
        return tuple(key for key, cards in self.cards.items() if not cards)


def evidence_for(
    criterion: Criterion, strategy: Strategy, result: CheckResult
) -> CriterionEvidence:
    """What the checker says about ``strategy`` that bears on ``criterion``."""
    packs = set(criterion.informed("pack"))
    rules = set(criterion.informed("rule"))
    coverage = tuple(c for c in result.coverage if c.pack in packs)
    findings = tuple(
        sorted(
            (f for f in result.findings if f.pack in packs or f.rule_id in rules),
            key=lambda f: (f.severity.rank, f.pack, f.rule_id),
        )
    )
    cards = {
        capability: tuple(
            sorted(
                (c for c in strategy.cards.values() if capability in c.capabilities),
                key=lambda c: (lifecycle_index(c.phase), c.title, c.id),
            )
        )
        for capability in criterion.informed("capability")
    }
    return CriterionEvidence(criterion=criterion, coverage=coverage, findings=findings, cards=cards)
