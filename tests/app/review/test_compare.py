"""Side-by-side review: cards one strategy has and another lacks, coverage and findings."""

from __future__ import annotations

import pytest

from app.review.compare import card_identity, compare, normalise_title
from app.review.errors import ComparisonError
from models.phases import Phase
from models.strategy import Card, Strategy
from models.vocabulary import Role
from tests.app.review.builders import fake_check


def _strategy(
    name: str, *cards: Card, scenario: str = "benefits", packs: tuple[str, ...] = ()
) -> Strategy:
    return Strategy(
        workshop_id="w",
        scenario_key=scenario,
        name=name,
        packs=packs,
        cards={c.id: c for c in cards},
    )


def _card(title: str, phase: Phase, key: str | None = None, **extra: object) -> Card:
    return Card.model_validate(
        {"title": title, "phase": phase, "catalog_key": key, "owner_role": Role.DATA_SCIENTIST}
        | extra
    )


def test_titles_normalise_for_custom_cards() -> None:
    assert normalise_title("  Bias   AUDIT!") == "bias audit"
    assert normalise_title("Ｄｒｉｆｔ-check") == "drift check"
    assert card_identity(_card("X", Phase.DATA, key="data-quality")) == "catalog:data-quality"
    assert card_identity(_card("Bias audit.", Phase.DATA)) == "title:bias audit"


def test_two_strategies_side_by_side() -> None:
    a = _strategy(
        "Team A",
        _card("Data quality checks", Phase.DATA, key="data-quality"),
        _card("Bias audit", Phase.DEVELOP),
        _card("Drift monitoring", Phase.MONITOR, key="drift-monitoring"),
        _card("DPIA", Phase.GOVERNANCE, key="dpia", capabilities=("dpia",)),
        packs=("gdpr",),
    )
    b = _strategy(
        "Team B",
        _card("Our data quality", Phase.DATA, key="data-quality"),  # same catalog entry
        _card("bias  AUDIT", Phase.EVALUATE),  # same custom card, other lane
        _card("Rollback plan", Phase.DEPLOY, key="rollback", owner_role=None),
        packs=("gdpr",),
    )
    result = compare([a, b], fake_check)
    only_a = {row.identity for row in result.only_in(0, 1)}
    only_b = {row.identity for row in result.only_in(1, 0)}
    shared = {row.identity for row in result.shared()}
    assert only_a == {"catalog:drift-monitoring", "catalog:dpia"}
    assert only_b == {"catalog:rollback"}
    assert shared == {"catalog:data-quality", "title:bias audit"}
    assert {r.identity for r in result.missing_from(1)} == only_a
    assert [r.title for r in result.cards][:2] == ["Data quality checks", "Bias audit"]

    coverage = {
        row.pack: tuple(c.satisfied if c else None for c in row.cells) for row in result.coverage
    }
    assert coverage == {"structure": (3, 3), "gdpr": (1, 0)}
    findings = {row.rule_id: row.counts for row in result.findings}
    assert findings == {
        "structure.phase-evaluate": (1, 0),
        "structure.phase-deploy": (1, 0),
        "structure.phase-develop": (0, 1),
        "structure.phase-monitor": (0, 1),
        "structure.phase-feedback": (1, 1),
        "gdpr.dpia": (0, 1),
        "structure.owner": (0, 1),
    }
    # errors first, and among them the ones most strategies share
    assert result.findings[0].rule_id == "structure.phase-feedback"
    assert result.findings[-1].rule_id == "structure.owner"


def test_three_strategies_and_no_checker() -> None:
    cards = [_card("Shared", Phase.DATA) for _ in range(3)]
    extra = _card("Only C", Phase.FEEDBACK)
    result = compare(
        [_strategy("A", cards[0]), _strategy("B", cards[1]), _strategy("C", cards[2], extra)], None
    )
    assert [row.present for row in result.cards] == [(True, True, True), (False, False, True)]
    assert [r.title for r in result.missing_from(0)] == ["Only C"]
    assert result.coverage == () and result.findings == () and result.results == (None,) * 3


@pytest.mark.parametrize(
    ("strategies", "message"),
    [
        (lambda a, b, c: [a], "at least two"),
        (lambda a, b, c: [a, a], "picked twice"),
        (lambda a, b, c: [a, b, c], "same scenario.*benefits, housing"),
    ],
)
def test_comparison_refused(strategies, message) -> None:  # type: ignore[no-untyped-def]
    a, b = _strategy("A"), _strategy("B")
    c = _strategy("C", scenario="housing")
    with pytest.raises(ComparisonError, match=message):
        compare(strategies(a, b, c), None)
