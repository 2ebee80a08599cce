"""Sub-command ``report``: the facilitator report of a workshop, and its scores as CSV.

    mlops-canvas report --workshop ID -o report.pdf [--markdown FILE] [--scores-csv FILE]
    mlops-canvas report --workshop ID --scores-csv scores.csv

The report is built from the database: the workshop's teams and strategies,
the score sheets of one rubric (``--rubric``; by default the one the sheets
use, else the shipped default), peer rounds and feedback, and the phase review
history. Every strategy is checked against its selected rule packs for the
coverage table and the common gaps.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import EXIT_OK, fail, load_content
from app.reading import display_path

if TYPE_CHECKING:  # the heavy modules load only when the command runs
    from app.export.batch import ExtraSections
    from app.export.blocks import Slide
    from app.export.bundle import SlideBuilder
    from app.review.rubrics import RubricSet
    from app.store import Store
    from models.content import Scenario
    from models.review import Rubric, RubricSheet
    from models.strategy import Strategy
    from models.workshop import Workshop


class _BadInputError(Exception):
    """Input the user can fix; the message is the one line to print."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report`` to the top-level parser."""
    parser = subparsers.add_parser(
        "report",
        help="write a workshop's facilitator report (PDF, Markdown) or its scores as CSV",
        description="Write the facilitator report of a workshop: teams × rubric criteria, "
        "coverage per pack per team, common gaps, the peer-feedback digest and the review "
        "state of every phase. Give -o for the PDF, --markdown for a Markdown copy and "
        "--scores-csv for the rubric scores as CSV (any one or more).",
    )
    parser.add_argument("--workshop", metavar="ID", required=True, help="the workshop to report")
    parser.add_argument("-o", "--output", type=Path, metavar="REPORT.pdf", help="the PDF to write")
    parser.add_argument("--markdown", type=Path, metavar="FILE", help="also write Markdown")
    parser.add_argument(
        "--scores-csv", type=Path, metavar="FILE", help="write the rubric scores as CSV"
    )
    parser.add_argument(
        "--rubric",
        metavar="KEY",
        help="the rubric to report (default: the one the score sheets use, else 'default')",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the files the arguments ask for; print each path written."""
    from app.cli.workshops import MissingDatabaseError, open_store
    from app.export.atomic import ExportError
    from app.export.fonts import FontError
    from app.resources import ContentError
    from app.review.errors import CsvFormatError
    from app.store import StoreError

    targets = [p for p in (args.output, args.markdown, args.scores_csv) if p is not None]
    if not targets:
        return fail("report needs -o REPORT.pdf, --markdown FILE or --scores-csv FILE")
    if len({p.resolve() for p in targets}) != len(targets):
        return fail("give a different file to each of -o, --markdown and --scores-csv")
    try:
        for path in targets:
            _check_target(path)
        rubrics = load_rubric_set()
        with open_store(args.db) as store:
            written = _write(args, store, rubrics)
    except (
        _BadInputError,
        ContentError,
        StoreError,
        MissingDatabaseError,
        ExportError,
        FontError,
        CsvFormatError,
    ) as err:
        return fail(f"cannot write the report: {err}")
    for path in written:
        print(display_path(path))
    return EXIT_OK


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise _BadInputError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise _BadInputError(f"the folder {path.parent} does not exist")


def load_rubric_set() -> RubricSet:
    """The shipped and agency rubrics; a broken agency rubric only warns.

    Raises:
        ContentError: a shipped rubric is broken.
    """
    from app.paths import agency_dir
    from app.resources import load_capabilities
    from app.review.rubrics import load_rubrics

    loaded = load_rubrics([agency_dir("rubrics")], load_capabilities())
    for problem in loaded.errors:
        print(f"mlops-canvas: warning: skipped rubric: {problem}", file=sys.stderr)
    return loaded


def choose_rubric(rubrics: RubricSet, sheets: Sequence[RubricSheet], key: str | None) -> Rubric:
    """The rubric asked for, else the one most score sheets use, else the default.

    Raises:
        _BadInputError: the rubric asked for is not installed.
    """
    from app.review.rubrics import DEFAULT_RUBRIC

    if key is not None:
        found = rubrics.get(key)
        if found is None:
            known = ", ".join(sorted(rubrics.rubrics)) or "(none)"
            raise _BadInputError(f"no rubric {key!r}; rubrics: {known}")
        return found
    used = Counter(s.rubric_key for s in sheets if s.rubric_key in rubrics.rubrics)
    chosen = used.most_common(1)[0][0] if used else DEFAULT_RUBRIC
    found = rubrics.get(chosen) or next(iter(rubrics.rubrics.values()), None)
    if found is None:
        raise _BadInputError("no rubric is installed")
    return found


def _write(args: argparse.Namespace, store: Store, rubrics: RubricSet) -> list[Path]:
    workshop = store.get_workshop(args.workshop)
    strategies = [store.load_strategy(s.id) for s in store.list_strategies(workshop.id)]
    sheets = store.list_sheets(workshop.id)
    rubric = choose_rubric(rubrics, sheets, args.rubric)
    written: list[Path] = []
    if args.scores_csv is not None:
        from app.review.scores_csv import StrategyLabel, write_scores

        teams = {t.id: t.name for t in workshop.teams}
        labels = {s.id: StrategyLabel(teams.get(s.team_id or "", ""), s.name) for s in strategies}
        write_scores(args.scores_csv, sheets, rubric, labels)
        written.append(args.scores_csv)
    if args.output is None and args.markdown is None:
        return written
    from app.checker.packs import agency_dirs, load_packs
    from app.cli.checking import build_checker, load_drill_events
    from app.review.report import build_report

    library = load_content()
    packs = load_packs(agency_dirs(), capabilities=library.capabilities)
    for problem in packs.problems:
        print(f"mlops-canvas: warning: skipped rule pack: {problem}", file=sys.stderr)
    checker = build_checker(packs, library, load_drill_events(library))
    report = build_report(
        workshop,
        rubric,
        strategies,
        sheets=sheets,
        rounds=store.list_rounds(workshop.id),
        feedback=store.list_feedback(workshop_id=workshop.id),
        reviews=store.list_phase_reviews(workshop.id),
        check=checker.check,
    )
    extra = day_sections(store, workshop)
    if args.output is not None:
        from app.review.day_documents import export_report_with_day

        export_report_with_day(report, extra, args.output)
        written.append(args.output)
    if args.markdown is not None:
        from app.export.atomic import atomic_write
        from app.review.day_documents import report_markdown_with_day

        text = report_markdown_with_day(report, extra).encode("utf-8")
        atomic_write(args.markdown, lambda handle: handle.write(text))
        written.append(args.markdown)
    return written


def day_sections(store: Store, workshop: Workshop) -> list[Slide]:
    """The report's sections on the workshop day: reflections and Explore observations."""
    from app.review.day_documents import day_slides
    from app.review.reflections import load_questions

    reflections = store.list_reflections(workshop.id)
    observations = store.list_observations(workshop.id)
    if not reflections and not observations:
        return []
    teams = {t.id: t.name for t in workshop.teams}
    return day_slides(reflections, observations, load_questions(), teams)


def with_review_sections(
    store: Store, rubrics: RubricSet, sections: ExtraSections | None
) -> ExtraSections:
    """``sections`` (the drills, or none) followed by the review slides of each strategy.

    A strategy gets a review section only when the store holds a score sheet,
    peer feedback received or a phase review for it; the sheet's rubric is used
    when installed, else the default rubric.
    """
    from app.review.review_slides import review_section, strategy_review

    def build(strategy: Strategy, scenario: Scenario) -> list[SlideBuilder]:
        built = list(sections(strategy, scenario)) if sections else []
        sheets = [
            s for s in store.list_sheets(strategy.workshop_id) if s.strategy_id == strategy.id
        ]
        feedback = store.list_feedback(strategy_id=strategy.id)
        history = store.phase_reviews(strategy.id)
        if not (sheets or feedback or history):
            return built
        try:
            rubric = choose_rubric(rubrics, sheets, None)
        except _BadInputError:  # no rubric installed at all: the deck goes without the slide
            return built
        review = strategy_review(
            strategy.id,
            rubric,
            sheets=sheets,
            feedback=feedback,
            rounds=store.list_rounds(strategy.workshop_id),
            reviews=history,
            teams=store.get_workshop(strategy.workshop_id).teams,
        )
        if not review.is_empty:
            built.append(review_section(review))
        return built

    return build
