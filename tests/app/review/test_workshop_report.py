"""The facilitator report as the GUI and the ``report`` command both write it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import ensure_demo
from app.paths import sqlite_url
from app.resources import load_library
from app.review import workshop_report
from app.review.rubrics import DEFAULT_RUBRIC, RubricChoiceError, load_rubrics
from app.store import Store
from tests.app.review.builders import fake_check


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(sqlite_url(tmp_path / "demo.sqlite3")) as opened:
        ensure_demo(opened, load_library())
        yield opened


def _gather(store: Store, **options: object) -> workshop_report.ReportInputs:
    workshop = store.list_workshops()[0]
    rubrics = load_rubrics()
    return workshop_report.gather(store, workshop.id, rubrics, **options)  # type: ignore[arg-type]


def test_gather_reads_every_record_and_the_rubric_the_sheets_use(store: Store) -> None:
    inputs = _gather(store)
    workshop = store.list_workshops()[0]
    assert inputs.workshop == workshop
    assert inputs.rubric.key == DEFAULT_RUBRIC
    assert {s.id for s in inputs.strategies} == {s.id for s in store.list_strategies(workshop.id)}
    assert inputs.sheets and inputs.reflections  # the demo holds both


def test_open_strategies_stand_in_for_their_stored_copies(store: Store) -> None:
    workshop = store.list_workshops()[0]
    first = store.load_strategy(store.list_strategies(workshop.id)[0].id)
    live = first.model_copy(update={"name": "Edited, not yet saved"})
    inputs = _gather(store, live=[live])
    assert "Edited, not yet saved" in {s.name for s in inputs.strategies}


def test_a_rubric_that_is_not_installed_is_refused(store: Store) -> None:
    with pytest.raises(RubricChoiceError, match="no rubric 'nope'"):
        _gather(store, rubric_key="nope")


def test_build_then_write_the_pdf_markdown_and_scores(store: Store, tmp_path: Path) -> None:
    inputs = _gather(store)
    parts = workshop_report.build(inputs, fake_check)
    assert parts.report.workshop_name == inputs.workshop.name
    assert parts.day  # the demo's reflections give the day's sections
    pdf = workshop_report.write_pdf(parts, tmp_path / "report.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = workshop_report.markdown_text(parts)
    assert text.startswith("# MLOps strategy workshop") and "Facilitator report" in text
    scores = workshop_report.write_scores_csv(inputs, tmp_path / "scores.csv")
    assert scores.read_text(encoding="utf-8-sig").count("\n") >= len(inputs.sheets)
