"""Scoring: a sheet takes one level per rubric criterion; evidence comes from the checker."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.review.errors import RubricMismatchError, UnknownCriterionError
from app.review.scoring import (
    clear_score,
    evidence_for,
    is_complete,
    missing_criteria,
    new_sheet,
    set_score,
)
from models.findings import CheckResult, Finding, PackCoverage
from models.phases import Phase
from models.review import Criterion
from models.strategy import Card, Strategy
from models.vocabulary import Severity
from tests.app.review.builders import LEVELS, make_rubric


def test_scores_replace_and_follow_rubric_order() -> None:
    rubric = make_rubric("coverage", "ownership", "loop")
    sheet = new_sheet("s1", rubric, scorer="Ana")
    sheet = set_score(sheet, rubric, "loop", 2, at="t1")
    sheet = set_score(sheet, rubric, "coverage", 3, "solid", at="t2")
    sheet = set_score(sheet, rubric, "loop", 4, at="t3")
    assert [(s.criterion, s.level) for s in sheet.scores] == [("coverage", 3), ("loop", 4)]
    assert sheet.updated_at == "t3" and sheet.scorer == "Ana"
    assert [c.key for c in missing_criteria(sheet, rubric)] == ["ownership"]
    assert not is_complete(sheet, rubric)
    sheet = set_score(sheet, rubric, "ownership", 1)
    assert is_complete(sheet, rubric) and sheet.mean == pytest.approx(8 / 3)
    sheet = clear_score(sheet, rubric, "coverage")
    assert sheet.levels == {"loop": 4, "ownership": 1}


@pytest.mark.parametrize("level", [0, 5, 17, -2])
def test_score_out_of_range_is_refused_and_sheet_unchanged(level: int) -> None:
    rubric = make_rubric()
    sheet = set_score(new_sheet("s1", rubric), rubric, "coverage", 2)
    with pytest.raises(
        ValidationError, match=r"less than or equal to 4|greater than or equal to 1"
    ):
        set_score(sheet, rubric, "coverage", level)
    assert sheet.levels == {"coverage": 2}


def test_unknown_criterion_and_foreign_rubric_are_refused() -> None:
    rubric = make_rubric()
    sheet = new_sheet("s1", rubric)
    with pytest.raises(UnknownCriterionError, match="no criterion 'beauty'"):
        set_score(sheet, rubric, "beauty", 3)
    with pytest.raises(RubricMismatchError):
        set_score(sheet, make_rubric(key="other"), "coverage", 3)


def test_evidence_shows_coverage_findings_and_cards_of_the_criterion() -> None:
    criterion = Criterion(
        key="loop",
        title="Loop",
        levels=LEVELS,
        informed_by=(
            "pack:gdpr",
            "rule:structure.loop-closed",
            "capability:drift-monitoring",
            "capability:retraining",
        ),
    )
    drift = Card(title="Drift", phase=Phase.MONITOR, capabilities=("drift-monitoring",))
    other = Card(title="Other", phase=Phase.DATA, capabilities=("dpia",))
    strategy = Strategy(
        workshop_id="w", scenario_key="s", name="n", cards={drift.id: drift, other.id: other}
    )

    def finding(rule: str, pack: str, severity: Severity) -> Finding:
        return Finding(rule_id=rule, pack=pack, severity=severity, title=rule, message=rule)

    result = CheckResult(
        strategy_id=strategy.id,
        revision=0,
        findings=(
            finding("gdpr.art35", "gdpr", Severity.WARNING),
            finding("structure.loop-closed", "structure", Severity.ERROR),
            finding("structure.owner", "structure", Severity.ERROR),
            finding("eu.art9", "eu-ai-act", Severity.ERROR),
        ),
        coverage=(
            PackCoverage(pack="gdpr", title="GDPR", applicable=4, satisfied=3),
            PackCoverage(pack="eu-ai-act", title="EU", applicable=9, satisfied=2),
        ),
    )
    evidence = evidence_for(criterion, strategy, result)
    assert [f.rule_id for f in evidence.findings] == ["structure.loop-closed", "gdpr.art35"]
    assert [c.pack for c in evidence.coverage] == ["gdpr"]
    assert evidence.cards == {"drift-monitoring": (drift,), "retraining": ()}
    assert evidence.missing_capabilities == ("retraining",)
