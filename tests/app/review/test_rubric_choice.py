"""Choosing the rubric a workshop is scored or reported with: asked for, most used, default."""

from __future__ import annotations

import pytest

from app.review.rubrics import (
    DEFAULT_RUBRIC,
    RubricChoiceError,
    RubricSet,
    choose_rubric,
    load_installed_rubrics,
)
from models.review import Rubric, RubricSheet
from tests.app.review.builders import make_rubric


def _set(*rubrics: Rubric) -> RubricSet:
    return RubricSet(rubrics={r.key: r for r in rubrics})


def _sheet(rubric_key: str) -> RubricSheet:
    return RubricSheet(strategy_id="s1", rubric_key=rubric_key, rubric_version="1")


def test_the_rubric_asked_for_wins() -> None:
    rubrics = _set(make_rubric("a", key=DEFAULT_RUBRIC), make_rubric("a", key="agency"))
    assert choose_rubric(rubrics, [_sheet(DEFAULT_RUBRIC)], "agency").key == "agency"


def test_a_missing_rubric_asked_for_names_the_installed_ones() -> None:
    rubrics = _set(make_rubric("a", key=DEFAULT_RUBRIC), make_rubric("a", key="agency"))
    with pytest.raises(RubricChoiceError, match="'nope'; rubrics: agency, default"):
        choose_rubric(rubrics, [], "nope")


def test_the_rubric_most_sheets_use_else_the_default() -> None:
    rubrics = _set(make_rubric("a", key=DEFAULT_RUBRIC), make_rubric("a", key="agency"))
    sheets = [_sheet("agency"), _sheet("agency"), _sheet(DEFAULT_RUBRIC), _sheet("gone")]
    assert choose_rubric(rubrics, sheets, None).key == "agency"
    assert choose_rubric(rubrics, [_sheet("gone")], None).key == DEFAULT_RUBRIC


def test_without_the_default_any_installed_rubric_does() -> None:
    assert choose_rubric(_set(make_rubric("a", key="only")), [], None).key == "only"
    with pytest.raises(RubricChoiceError, match="no rubric is installed"):
        choose_rubric(RubricSet(rubrics={}), [], None)


def test_the_installed_rubrics_include_the_shipped_default() -> None:
    assert load_installed_rubrics().get() is not None
