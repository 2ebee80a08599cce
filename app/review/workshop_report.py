"""The facilitator report of a workshop, as the GUI and the ``report`` command both write it.

Two steps, so a GUI can read on its own thread and write on another: ``gather``
reads every record the report needs from the store (a few queries), and
``build`` turns them into the report and its workshop-day sections (checking
every strategy: the slow part). ``write_pdf``, ``markdown_text`` and
``write_scores_csv`` write what was built. Nothing here keeps state, and only
``gather`` touches the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.review.reflections import Observation, Reflection
from app.review.rubrics import RubricSet, choose_rubric
from models.findings import CheckResult
from models.review import PeerFeedback, PeerRound, PhaseReview, Rubric, RubricSheet
from models.strategy import Strategy
from models.workshop import Workshop

if TYPE_CHECKING:  # the report and the PDF load when a report is built
    from app.export.blocks import Slide
    from app.review.report import WorkshopReport
    from app.store import Store

__all__ = [
    "ReportInputs",
    "WorkshopReportParts",
    "build",
    "gather",
    "markdown_text",
    "write_pdf",
    "write_scores_csv",
]


@dataclass(frozen=True)
class ReportInputs:
    """Everything the report of one workshop is built from, read from the store."""

    workshop: Workshop
    rubric: Rubric
    strategies: tuple[Strategy, ...]
    sheets: tuple[RubricSheet, ...]
    rounds: tuple[PeerRound, ...]
    feedback: tuple[PeerFeedback, ...]
    reviews: tuple[PhaseReview, ...]
    reflections: tuple[Reflection, ...] = ()
    observations: tuple[Observation, ...] = ()


@dataclass(frozen=True)
class WorkshopReportParts:
    """A built report: the report's own sections, then the workshop day's."""

    report: WorkshopReport
    day: tuple[Slide, ...]


def gather(
    store: Store,
    workshop_id: str,
    rubrics: RubricSet,
    rubric_key: str | None = None,
    live: Sequence[Strategy] = (),
) -> ReportInputs:
    """Read a workshop's records for its report.

    Args:
        store: the open store.
        workshop_id: the workshop to report.
        rubrics: the installed rubrics.
        rubric_key: the rubric to report, or None for the one the sheets use.
        live: strategies open on a canvas, used instead of their stored copies
            (they may hold edits still being written).

    Raises:
        RubricChoiceError: no rubric fits.
        StoreError: the database cannot be read.
    """
    workshop = store.get_workshop(workshop_id)
    open_now = {s.id: s for s in live}
    strategies = tuple(
        open_now.get(s.id) or store.load_strategy(s.id) for s in store.list_strategies(workshop_id)
    )
    sheets = tuple(store.list_sheets(workshop_id))
    rubric = choose_rubric(rubrics, sheets, rubric_key)
    return ReportInputs(
        workshop=workshop,
        rubric=rubric,
        strategies=tuple(s.model_copy(deep=True) for s in strategies),
        sheets=sheets,
        rounds=tuple(store.list_rounds(workshop_id)),
        feedback=tuple(store.list_feedback(workshop_id=workshop_id)),
        reviews=tuple(store.list_phase_reviews(workshop_id)),
        reflections=tuple(store.list_reflections(workshop_id)),
        observations=tuple(store.list_observations(workshop_id)),
    )


def build(inputs: ReportInputs, check: Callable[[Strategy], CheckResult]) -> WorkshopReportParts:
    """The report (teams × criteria, coverage, common gaps, peer digest, phase reviews)
    and the workshop day's sections (reflections, what teams observed), if any.

    Args:
        inputs: the gathered records.
        check: gives each strategy's check result (a checker of the calling thread).
    """
    from app.review.day_documents import day_slides
    from app.review.reflections import load_questions
    from app.review.report import build_report

    report = build_report(
        inputs.workshop,
        inputs.rubric,
        inputs.strategies,
        sheets=inputs.sheets,
        rounds=inputs.rounds,
        feedback=inputs.feedback,
        reviews=inputs.reviews,
        check=check,
    )
    day: tuple[Slide, ...] = ()
    if inputs.reflections or inputs.observations:
        teams = {t.id: t.name for t in inputs.workshop.teams}
        day = tuple(day_slides(inputs.reflections, inputs.observations, load_questions(), teams))
    return WorkshopReportParts(report=report, day=day)


def write_pdf(parts: WorkshopReportParts, path: Path) -> Path:
    """Write the report PDF atomically (safe off the GUI thread).

    Raises:
        ExportError, FontError: the PDF cannot be written.
    """
    from app.review.day_documents import export_report_with_day

    export_report_with_day(parts.report, parts.day, path)
    return path


def markdown_text(parts: WorkshopReportParts) -> str:
    """The report as Markdown."""
    from app.review.day_documents import report_markdown_with_day

    return report_markdown_with_day(parts.report, parts.day)


def write_scores_csv(inputs: ReportInputs, path: Path) -> Path:
    """Write the rubric scores as CSV, one row per strategy labelled "team — strategy".

    Raises:
        CsvFormatError: the file cannot be written.
    """
    from app.review.scores_csv import StrategyLabel, write_scores

    teams = {t.id: t.name for t in inputs.workshop.teams}
    labels = {
        s.id: StrategyLabel(teams.get(s.team_id or "", ""), s.name) for s in inputs.strategies
    }
    write_scores(path, inputs.sheets, inputs.rubric, labels)
    return path
