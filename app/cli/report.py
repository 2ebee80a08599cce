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
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import EXIT_OK, fail, load_content, warn
from app.i18n import translate
from app.reading import display_path

if TYPE_CHECKING:  # the heavy modules load only when the command runs
    from app.review.rubrics import RubricSet
    from app.store import Store


class _BadInputError(Exception):
    """Input the user can fix; the message is the one line to print."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report`` to the top-level parser."""
    parser = subparsers.add_parser(
        "report",
        help=translate(
            "cli", "write a workshop's facilitator report (PDF, Markdown) or its scores as CSV"
        ),
        description=translate(
            "cli",
            "Write the facilitator report of a workshop: teams × rubric criteria, "
            "coverage per pack per team, common gaps, the peer-feedback digest and the review "
            "state of every phase. Give -o for the PDF, --markdown for a Markdown copy and "
            "--scores-csv for the rubric scores as CSV (any one or more).",
        ),
    )
    parser.add_argument(
        "--workshop", metavar="ID", required=True, help=translate("cli", "the workshop to report")
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="REPORT.pdf", help=translate("cli", "the PDF to write")
    )
    parser.add_argument(
        "--markdown", type=Path, metavar="FILE", help=translate("cli", "also write Markdown")
    )
    parser.add_argument(
        "--scores-csv",
        type=Path,
        metavar="FILE",
        help=translate("cli", "write the rubric scores as CSV"),
    )
    parser.add_argument(
        "--rubric",
        metavar="KEY",
        help=translate(
            "cli", "the rubric to report (default: the one the score sheets use, else 'default')"
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the files the arguments ask for; print each path written."""
    from app.cli.workshops import MissingDatabaseError, open_store
    from app.export.atomic import ExportError
    from app.export.fonts import FontError
    from app.resources import ContentError
    from app.review.errors import CsvFormatError
    from app.review.rubrics import RubricChoiceError
    from app.store import StoreError

    targets = [p for p in (args.output, args.markdown, args.scores_csv) if p is not None]
    if not targets:
        return fail(
            translate(
                "errors-cli", "report needs -o REPORT.pdf, --markdown FILE or --scores-csv FILE"
            )
        )
    if len({p.resolve() for p in targets}) != len(targets):
        return fail(
            translate(
                "errors-cli", "give a different file to each of -o, --markdown and --scores-csv"
            )
        )
    try:
        for path in targets:
            _check_target(path)
        rubrics = load_rubric_set()
        with open_store(args.db) as store:
            written = _write(args, store, rubrics)
    except (
        _BadInputError,
        RubricChoiceError,
        ContentError,
        StoreError,
        MissingDatabaseError,
        ExportError,
        FontError,
        CsvFormatError,
    ) as err:
        return fail(translate("errors-cli", "cannot write the report: {error}").format(error=err))
    for path in written:
        print(display_path(path))
    return EXIT_OK


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise _BadInputError(
            translate("errors-cli", "{file} is a folder; give a file name").format(file=path)
        )
    if not path.parent.is_dir():
        raise _BadInputError(
            translate(
                "errors-cli", "cannot write {file}: the folder {folder} does not exist"
            ).format(file=path, folder=path.parent)
        )


def load_rubric_set() -> RubricSet:
    """The shipped and agency rubrics; a broken agency rubric only warns.

    Raises:
        ContentError: a shipped rubric is broken.
    """
    from app.review.rubrics import load_installed_rubrics

    loaded = load_installed_rubrics()
    for problem in loaded.errors:
        warn(translate("errors-cli", "skipped rubric: {problem}").format(problem=problem))
    return loaded


def _write(args: argparse.Namespace, store: Store, rubrics: RubricSet) -> list[Path]:
    from app.cli.workshops import find_workshop
    from app.review import workshop_report

    find_workshop(store, args.workshop)  # an unknown id is told as the other commands tell it
    # RubricChoiceError: --rubric names no installed rubric.
    inputs = workshop_report.gather(store, args.workshop, rubrics, args.rubric)
    written: list[Path] = []
    if args.scores_csv is not None:
        written.append(workshop_report.write_scores_csv(inputs, args.scores_csv))
    if args.output is None and args.markdown is None:
        return written
    from app.checker.packs import agency_dirs, load_packs
    from app.cli.checking import build_checker, load_drill_events

    library = load_content()
    packs = load_packs(agency_dirs(), capabilities=library.capabilities)
    for problem in packs.problems:
        warn(translate("errors-cli", "skipped rule pack: {problem}").format(problem=problem))
    checker = build_checker(packs, library, load_drill_events(library))
    parts = workshop_report.build(inputs, checker.check)
    if args.output is not None:
        written.append(workshop_report.write_pdf(parts, args.output))
    if args.markdown is not None:
        from app.export.atomic import atomic_write

        text = workshop_report.markdown_text(parts).encode("utf-8")
        atomic_write(args.markdown, lambda handle: handle.write(text))
        written.append(args.markdown)
    return written
