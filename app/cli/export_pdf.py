"""Sub-command ``export-pdf``: a strategy's presentation or full plan, or a whole workshop.

``export-pdf STRATEGY_ID -o deck.pdf`` writes the presentation (a 16:9 deck for a
5-minute team presentation); ``--plan`` (or its old name ``--handout``) writes the
full plan instead, a portrait document with every card, finding and citation.
``export-pdf --workshop ID -o FOLDER`` writes both for every strategy plus the
facilitator's coverage index. ``--markdown`` and ``--csv``
add the editable companions next to each PDF. Each strategy is checked
against its selected rule packs first, so the compliance slides are current,
and drilled with every what-if event (shipped and the agency's), so the deck
has its drills slides; ``--no-drills`` leaves them out. The drill events are
loaded once and also weigh the checker's ranking of the gaps. A strategy with stored
reviews (rubric scores, peer feedback, phase reviews) also gets the review slide.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import EXIT_OK, content_failure, fail, load_content, warn
from app.i18n import translate
from app.reading import display_path
from models.errors import bare

if TYPE_CHECKING:  # the heavy modules load only when the command runs
    from app.checker.engine import Checker
    from app.export.bundle import ExtraSections, PageSize
    from app.resources import ContentLibrary
    from app.store import Store

SIZES = ("a4", "letter")


@dataclass(frozen=True)
class _Job:
    """What every export of one run shares."""

    args: argparse.Namespace
    store: Store
    library: ContentLibrary
    checker: Checker
    output: Path
    page_size: PageSize
    now: dt.datetime
    sections: ExtraSections | None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export-pdf`` to the top-level parser."""
    parser = subparsers.add_parser(
        "export-pdf",
        help=translate("cli", "export a strategy (or a whole workshop) as a presentation PDF"),
        description=translate(
            "cli",
            "Export a strategy as a 16:9 presentation (at most about ten slides for "
            "a five-minute team presentation), or with --plan as the full plan, a portrait "
            "document with every card, finding, citation and action. With --workshop, write both "
            "for every strategy of the workshop into a folder, plus a one-page coverage index.",
        ),
    )
    parser.add_argument(
        "strategy_id", nargs="?", metavar="STRATEGY_ID", help=translate("cli", "strategy to export")
    )
    parser.add_argument(
        "--workshop", metavar="ID", help=translate("cli", "export every strategy of this workshop")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        required=True,
        help=translate("cli", "the PDF file to write (with --workshop: the folder to write into)"),
    )
    parser.add_argument(
        "--plan",
        "--handout",
        dest="plan",
        action="store_true",
        help=translate("cli", "the full plan (portrait) instead of the presentation"),
    )
    parser.add_argument(
        "--page-size",
        choices=SIZES,
        default="a4",
        help=translate("cli", "paper size of the plan (default a4)"),
    )
    parser.add_argument(
        "--markdown", action="store_true", help=translate("cli", "also write a Markdown file")
    )
    parser.add_argument(
        "--csv", action="store_true", help=translate("cli", "also write the action list as CSV")
    )
    parser.add_argument(
        "--no-drills",
        action="store_true",
        help=translate("cli", "leave out the drills slides (what-if events)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export what the arguments ask for; print the files written."""
    from app.checker.packs import agency_dirs, load_packs
    from app.cli.checking import build_checker, load_drill_events
    from app.cli.report import load_rubric_set
    from app.cli.workshops import MissingDatabaseError, open_store
    from app.export.assemble import UnknownScenarioError, drill_sections, review_sections
    from app.export.atomic import ExportError
    from app.export.batch import BatchError
    from app.export.bundle import PageSize
    from app.export.fonts import FontError
    from app.resources import ContentError
    from app.store import StoreError

    if (args.strategy_id is None) == (args.workshop is None):
        return fail(
            translate(
                "errors-cli", "export-pdf needs either a STRATEGY_ID or --workshop ID (not both)"
            )
        )
    if args.workshop is not None and args.plan:
        return fail(
            translate(
                "errors-cli",
                "--workshop writes both the presentation and the plan; leave out --plan",
            )
        )
    output = Path(args.output)
    try:
        library = load_content()
        packs = load_packs(agency_dirs(), capabilities=library.capabilities)
        for problem in packs.problems:
            warn(translate("errors-cli", "skipped rule pack: {problem}").format(problem=problem))
        events = load_drill_events(library)  # once: they rank the gaps and drive the drills
        sections = None if args.no_drills else drill_sections(library, events.events)
        rubrics = load_rubric_set()
    except ContentError as err:
        return content_failure(err)
    checker = build_checker(packs, library, events)
    page_size = PageSize(args.page_size)
    now = dt.datetime.now(dt.UTC).astimezone()
    try:
        with open_store(args.db) as store:
            with_reviews = review_sections(store, rubrics, sections)
            job = _Job(args, store, library, checker, output, page_size, now, with_reviews)
            written = _workshop(job) if args.workshop is not None else _strategy(job)
    except (
        StoreError,
        MissingDatabaseError,
        ExportError,
        BatchError,
        UnknownScenarioError,
        FontError,
    ) as err:
        return fail(translate("errors-cli", "cannot export: {error}").format(error=err))
    for path in written:
        print(display_path(path))
    return EXIT_OK


def _strategy(job: _Job) -> list[Path]:
    from app.cli.workshops import find_strategy
    from app.export.api import export_csv, export_markdown, export_pdf
    from app.export.assemble import bundle_for
    from app.export.batch import BatchError

    args, store, library, output = job.args, job.store, job.library, job.output
    if output.is_dir():
        raise BatchError(
            translate(
                "errors-cli",
                "cannot write {file}: it is a folder; give a file name such as {example}",
            ).format(file=output, example=output / "deck.pdf")
        )
    strategy = find_strategy(store, args.strategy_id)
    bundle = bundle_for(
        store,
        library,
        strategy,
        check=job.checker.check(strategy),
        exported_at=job.now,
        page_size=job.page_size,
        sections=job.sections,
    )
    written = [export_pdf(bundle, output, handout=args.plan).path]
    if args.markdown:
        written.append(export_markdown(bundle, output.with_suffix(".md")).path)
    if args.csv:
        written.append(export_csv(bundle, output.with_suffix(".csv")).path)
    return written


def _workshop(job: _Job) -> list[Path]:
    from app.cli.workshops import find_workshop
    from app.export.assemble import workshop_scenarios
    from app.export.atomic import os_reason
    from app.export.batch import BatchError, export_workshop

    args, store, library, output = job.args, job.store, job.library, job.output
    if output.exists() and not output.is_dir():
        raise BatchError(
            translate(
                "errors-cli",
                "{file} is a file; --workshop writes into a folder: give a folder name",
            ).format(file=output)
        )
    if not output.parent.is_dir():
        raise BatchError(
            translate(
                "errors-cli", "cannot write {file}: the folder {folder} does not exist"
            ).format(file=output, folder=output.parent)
        )
    workshop = find_workshop(store, args.workshop)
    summaries = store.list_strategies(workshop.id)
    if not summaries:
        raise BatchError(
            translate("errors-cli", "workshop '{name}' has no strategies to export").format(
                name=bare(workshop.name)
            )
        )
    try:
        output.mkdir(exist_ok=True)
    except OSError as err:
        raise BatchError(
            translate("errors-cli", "cannot create the folder {folder}: {reason}").format(
                folder=output, reason=os_reason(err)
            )
        ) from err
    scenarios = workshop_scenarios(store, library, workshop.id)
    strategies = [store.load_strategy(s.id) for s in summaries]
    result = export_workshop(
        workshop,
        strategies,
        scenarios,
        library,
        output,
        checker=job.checker.check,
        exported_at=job.now,
        page_size=job.page_size,
        markdown=args.markdown,
        csv=args.csv,
        sections=job.sections,
    )
    return [*result.files, result.index]
