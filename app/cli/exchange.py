"""Sub-commands ``export`` and ``import``: strategies and workshops as JSON documents.

``export`` writes a file atomically (a failed export never leaves half a file
behind); ``import`` validates the whole document before it opens the database
and reports every problem with its JSON path.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli import EXIT_OK, fail, load_content, note, warn
from app.cli.workshops import (
    MissingDatabaseError,
    find_workshop,
    open_store,
    sqlite_file,
    unknown_strategy,
)
from app.export.atomic import held, open_temp, os_reason
from app.i18n import translate
from app.paths import resolve_db_url
from app.reading import InputError, display_path, read_file, read_stream
from models.errors import bare

STDIO = "-"
IN_MEMORY = "sqlite://"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export`` and ``import`` to the top-level parser."""
    export = subparsers.add_parser(
        "export",
        help=translate("cli", "export a strategy or a whole workshop as a JSON document"),
        description=translate(
            "cli",
            "Export one strategy (with its workshop and scenario as context) or, with "
            "--workshop, a whole workshop, as a versioned JSON document carrying its own SHA-256.",
        ),
    )
    export.add_argument(
        "strategy_id", nargs="?", metavar="STRATEGY_ID", help=translate("cli", "strategy to export")
    )
    export.add_argument(
        "--workshop", metavar="ID", help=translate("cli", "export this whole workshop instead")
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=STDIO,
        help=translate("cli", "file to write ('-' for standard output, the default)"),
    )
    export.set_defaults(func=run_export)

    imp = subparsers.add_parser(
        "import",
        help=translate("cli", "import a strategy or workshop document"),
        description=translate(
            "cli",
            "Import a document written by 'export'. The whole document is checked "
            "first; if anything is wrong nothing is written and every problem is listed. A "
            "strategy whose id is already in the database is refused unless --as-new is given.",
        ),
    )
    imp.add_argument(
        "file", metavar="FILE", help=translate("cli", "the document ('-' for standard input)")
    )
    imp.add_argument(
        "--as-new",
        action="store_true",
        help=translate(
            "cli",
            "import copies with fresh strategy ids (a workshop document becomes a new workshop)",
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(
            "cli", "check the document and show what would be imported, without writing"
        ),
    )
    imp.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    """Export a strategy or a workshop to a file or stdout."""
    from app.exchange import ExportError, export_strategy, export_workshop
    from app.resources import ContentError
    from app.store import StoreError

    if (args.strategy_id is None) == (args.workshop is None):
        return fail(
            translate("errors-cli", "export needs either a STRATEGY_ID or --workshop ID (not both)")
        )
    try:
        library = load_content()
        from app.checker.packs import agency_dirs, load_packs

        packs = load_packs(agency_dirs(), capabilities=library.capabilities)
        with open_store(args.db) as store:
            if args.workshop is not None:
                find_workshop(store, args.workshop)
                data = export_workshop(store, args.workshop, library.version, packs=packs)
            else:
                if store.strategy_revision(args.strategy_id) is None:
                    raise unknown_strategy(store, args.strategy_id)
                data = export_strategy(store, args.strategy_id, library.version, packs=packs)
    except (StoreError, MissingDatabaseError, ExportError, ContentError) as err:
        return fail(translate("errors-cli", "cannot export: {error}").format(error=err))
    if args.output == STDIO:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    target = Path(args.output)
    try:
        write_atomically(target, data)
    except OSError as err:
        return fail(
            translate("errors-cli", "cannot write {file}: {reason}").format(
                file=display_path(target), reason=os_reason(err)
            )
        )
    if args.workshop:
        done = translate("errors-cli", "exported workshop '{id}' to {file}").format(
            id=bare(args.workshop), file=display_path(target)
        )
    else:
        done = translate("errors-cli", "exported strategy '{id}' to {file}").format(
            id=bare(args.strategy_id), file=display_path(target)
        )
    print(done)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Check a document fully, then import it in one transaction."""
    from app.exchange import ExchangeError, read_document
    from app.exchange.importer import import_document, plan_import
    from app.reading.limits import EXCHANGE
    from app.resources import ContentError
    from app.store import StoreError

    source = (
        translate("errors-cli", "standard input") if args.file == STDIO else display_path(args.file)
    )
    try:
        # Bounded; a FIFO, device or folder is refused before anything is read from it.
        data = (
            read_stream(sys.stdin.buffer, EXCHANGE.max_bytes)
            if args.file == STDIO
            else read_file(Path(args.file), EXCHANGE.max_bytes)
        )
    except InputError as err:
        return _import_failure(source, err)
    try:
        library = load_content()
    except ContentError as err:
        return fail(
            translate("errors-cli", "cannot load the content library: {error}").format(error=err)
        )
    try:
        result = read_document(data, library)
    except ExchangeError as err:
        return _import_failure(source, err)
    for warning in result.warnings:
        warn(f"{source}: {warning}")
    # A dry run against a database that does not exist yet plans against an empty one
    # in memory, so it creates no file.
    db = args.db
    if args.dry_run and _missing(db):
        db = IN_MEMORY
    try:
        with open_store(db, create=not args.dry_run) as store:
            if args.dry_run:
                plan = plan_import(store, result, as_new=args.as_new)
            else:
                plan = import_document(store, result, as_new=args.as_new)
    except (ExchangeError, StoreError, MissingDatabaseError) as err:
        return _import_failure(source, err)
    workshop, count = plan.workshop, len(plan.strategies)
    print(
        _import_line(
            workshop.name, workshop.id, count, dry_run=args.dry_run, exists=plan.workshop_exists
        )
    )
    for strategy in plan.strategies:
        cards = translate("errors-cli", "%n card(s)", None, len(strategy.cards))
        print(f"  {strategy.id}  {strategy.name}  ({cards})")
    for line in plan.notes:
        note(line, sys.stdout)
    return EXIT_OK


def _import_failure(source: str, err: Exception) -> int:
    return fail(
        translate("errors-cli", "cannot import {source}: {error}").format(source=source, error=err)
    )


def _import_line(name: str, workshop_id: str, count: int, *, dry_run: bool, exists: bool) -> str:
    """What was (or, for a dry run, would be) imported, and into which workshop."""
    if dry_run and exists:
        text = translate(
            "errors-cli",
            "would import %n strategy(ies) into existing workshop '{name}' ({id})",
            None,
            count,
        )
    elif dry_run:
        text = translate(
            "errors-cli",
            "would import %n strategy(ies) into new workshop '{name}' ({id})",
            None,
            count,
        )
    elif exists:
        text = translate(
            "errors-cli",
            "imported %n strategy(ies) into existing workshop '{name}' ({id})",
            None,
            count,
        )
    else:
        text = translate(
            "errors-cli", "imported %n strategy(ies) into new workshop '{name}' ({id})", None, count
        )
    return text.format(name=name, id=workshop_id)


def _missing(db: str | None) -> bool:
    path = sqlite_file(resolve_db_url(db))
    return path is not None and not path.exists()


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Raises:
        OSError: the folder is missing or not writable, or the disk is full.
    """
    folder = path.parent if str(path.parent) else Path()
    # Same temporary-file rule as the PDF exports: the umask decides the mode, not 0600.
    handle, temp = open_temp(folder / path.name, ".tmp")
    try:
        with held(handle), os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            stream.close()
            temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
