"""Writing the facilitator report PDF and the scores CSV from the GUI, off the GUI thread.

The store is used from the GUI thread only, so the records are read there
(``gather``: a few queries, milliseconds); checking every strategy and drawing
the PDF, the slow part, runs in a ``Job`` thread. The rubric choice and the
report itself are the ``report`` command's (``app.cli.report``) and
``app.review``'s: nothing is worked out twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app.checker.packs import PackSet
from app.resources import ContentLibrary
from app.review.reflections import Observation, Reflection
from app.store import Store
from models.drills import DrillEvent
from models.review import PeerFeedback, PeerRound, PhaseReview, Rubric, RubricSheet
from models.strategy import Strategy
from models.workshop import Workshop


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


class ReportInputError(Exception):
    """No rubric fits (none installed, or the one asked for is missing)."""


def gather(
    store: Store,
    workshop_id: str,
    rubric_key: str | None = None,
    live: Sequence[Strategy] = (),
) -> ReportInputs:
    """Read a workshop's records for its report (GUI thread: the store is single-threaded).

    Args:
        store: the open store.
        workshop_id: the workshop to report.
        rubric_key: the rubric to report, or None for the one the sheets use.
        live: strategies open on the canvas, used instead of their stored copies
            (they may hold edits still being written).

    Raises:
        ReportInputError: no rubric fits.
        StoreError: the database cannot be read.
        ContentError: a shipped rubric is damaged.
    """
    from app.cli import report as report_cli

    workshop = store.get_workshop(workshop_id)
    open_now = {s.id: s for s in live}
    strategies = tuple(
        open_now.get(s.id) or store.load_strategy(s.id) for s in store.list_strategies(workshop_id)
    )
    sheets = tuple(store.list_sheets(workshop_id))
    try:
        rubric = report_cli.choose_rubric(report_cli.load_rubric_set(), sheets, rubric_key)
    # The command's own "bad input" error: its message is the one line to show.
    except report_cli._BadInputError as err:
        raise ReportInputError(str(err)) from None
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


def write_report_pdf(
    inputs: ReportInputs,
    library: ContentLibrary,
    path: Path,
    packs: PackSet | None = None,
    events: Sequence[DrillEvent] | None = None,
) -> Path:
    """Check every strategy and write the facilitator report PDF (safe off the GUI thread).

    ``packs`` are the rule packs already loaded (else the shipped and agency packs load);
    ``events`` the drill events already loaded (else they load), whose harm ranks the gaps.

    Raises:
        ExportError, FontError: the PDF cannot be written.
    """
    from app.checker.engine import Checker
    from app.checker.packs import agency_dirs, load_packs
    from app.review.day_documents import day_slides, export_report_with_day
    from app.review.reflections import load_questions
    from app.review.report import build_report

    if packs is None:
        packs = load_packs(agency_dirs(), capabilities=library.capabilities)
    if events is None:
        from app.drills import load_events
        from app.paths import agency_dir

        events = load_events([agency_dir("drills")], capabilities=library.capabilities).events
    # A checker of its own: the live one's caches belong to the GUI thread.
    checker = Checker(packs, library, library.capabilities, events=events)
    report = build_report(
        inputs.workshop,
        inputs.rubric,
        inputs.strategies,
        sheets=inputs.sheets,
        rounds=inputs.rounds,
        feedback=inputs.feedback,
        reviews=inputs.reviews,
        check=checker.check,
    )
    # The day's sections (reflections, what teams observed) follow the report's own.
    extra = (
        day_slides(
            inputs.reflections,
            inputs.observations,
            load_questions(),
            {t.id: t.name for t in inputs.workshop.teams},
        )
        if inputs.reflections or inputs.observations
        else []
    )
    export_report_with_day(report, extra, path)
    return path


def write_scores_csv(inputs: ReportInputs, path: Path) -> Path:
    """Write the rubric scores as CSV.

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


def export_errors() -> tuple[type[Exception], ...]:
    """The failures of writing a report or CSV that are the environment's, not bugs."""
    from app.export.atomic import ExportError
    from app.export.fonts import FontError
    from app.resources import ContentError
    from app.review.errors import CsvFormatError

    return (ExportError, FontError, ContentError, CsvFormatError, OSError)


class Job(QThread):
    """Runs one piece of work off the GUI thread and reports back on it.

    Signals:
        succeeded(object): the work's result.
        failed(str): the message of an expected failure (see ``export_errors``).
    """

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        work: Callable[[], object],
        errors: tuple[type[Exception], ...],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._errors = errors

    def run(self) -> None:
        """Do the work; emit its result or the message of an expected failure."""
        try:
            result = self._work()
        except self._errors as err:
            self.failed.emit(str(err))
            return
        self.succeeded.emit(result)
