"""Sub-commands ``workshops``, ``strategies`` and ``demo``: look into a database, seed one.

Also holds what the CLI's database commands share: opening the store named by
``--db`` (a missing file is refused by the read-only commands, never created
from a typo) and rendering plain-text tables.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import EXIT_OK, fail, note, warn
from app.i18n import translate
from app.paths import resolve_db_url
from models.errors import bare

if TYPE_CHECKING:
    from app.store import Store
    from models.strategy import Strategy
    from models.workshop import Workshop

MAX_CELL = 48


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``workshops``, ``strategies`` and ``demo`` to the top-level parser."""
    workshops = subparsers.add_parser(
        "workshops",
        help=translate("cli", "list the workshops in the database"),
        description=translate(
            "cli", "List the workshops in the database: id, name, date, teams, strategies."
        ),
    )
    _add_format(workshops)
    workshops.set_defaults(func=run_workshops)

    strategies = subparsers.add_parser(
        "strategies",
        help=translate("cli", "list the strategies in the database"),
        description=translate(
            "cli",
            "List strategies (of one workshop with --workshop): id, team, scenario, "
            "name, revision, cards.",
        ),
    )
    strategies.add_argument(
        "--workshop", metavar="ID", help=translate("cli", "only this workshop's strategies")
    )
    _add_format(strategies)
    strategies.set_defaults(func=run_strategies)

    demo = subparsers.add_parser(
        "demo",
        help=translate("cli", "create the demo workshop in the database"),
        description=translate(
            "cli",
            "Create the demo workshop (two teams, two scenarios, one partly built "
            "strategy) in the database given by --db; says so if it is already there.",
        ),
    )
    demo.set_defaults(func=run_demo)


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help=translate("cli", "a text table (default) or JSON for scripts"),
    )


# -- shared by the database sub-commands ----------------------------------------------------------


class MissingDatabaseError(Exception):
    """A read-only command was pointed at a database file that does not exist."""


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or None for other databases and in-memory SQLite."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


@contextmanager
def open_store(db: str | None, *, create: bool = False) -> Iterator[Store]:
    """The store named by ``--db`` (else ``$MLOPS_CANVAS_DB``, else the default), closed after.

    Args:
        db: the ``--db`` option.
        create: whether a missing SQLite file may be created (``demo``, ``import``).

    Raises:
        MissingDatabaseError: ``create`` is false and the SQLite file does not exist.
        app.store.StoreError: the database cannot be opened (not ours, corrupt, newer).
    """
    from app.store import Store

    # Imported here: sub-commands that never open a database stay light.
    url = resolve_db_url(db)
    path = sqlite_file(url)
    if not create and path is not None and not path.exists():
        raise MissingDatabaseError(
            translate(
                "errors-cli",
                "no database at {path}; check the --db path, or create one with the "
                "'demo' or 'import' command",
            ).format(path=path)
        )
    store = Store.open(url)
    try:
        tell_notices(store)
        yield store
    finally:
        tell_damage(store)
        store.close()


def tell_damage(store: Store) -> None:
    """Warn, on stderr, about each damaged row a listing left out (the rest was listed)."""
    for damaged in store.damaged_rows():
        warn(
            translate(
                "errors-cli",
                "the database is damaged: table {table}, row {row}: {detail} "
                "(left out; the rest was read)",
            ).format(table=damaged.table, row=damaged.row, detail=damaged.detail)
        )


def tell_notices(store: Store) -> None:
    """Print, once, what a migration changed in the database (on stderr: stdout stays data)."""
    from app.store import StoreError

    try:
        notices = store.take_notices()
    except StoreError:
        return  # a read-only database keeps them for the next writable open
    for notice in notices:
        note(notice)


def render_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table: left-aligned columns, long cells cut with '…', numbers right-aligned."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [
        max([len(header), *(len(row[i]) for row in cells)]) for i, header in enumerate(headers)
    ]
    numeric = [
        bool(rows) and all(isinstance(row[i], int) for row in rows) for i in range(len(headers))
    ]

    def line(values: Sequence[str]) -> str:
        parts = [
            value.rjust(width) if is_number else value.ljust(width)
            for value, width, is_number in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    ruler = ["-" * width for width in widths]
    return "\n".join([line(list(headers)), line(ruler), *(line(row) for row in cells)])


def _cell(value: object) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def print_json(value: object) -> None:
    """Write ``value`` to stdout as indented JSON."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def find_workshop(store: Store, workshop_id: str) -> Workshop:
    """The workshop ``workshop_id`` of ``store``.

    Raises:
        app.store.UnknownRecordError: there is none (the message says where to find the ids).
        app.store.StoreError: the database cannot be read.
    """
    from app.store.errors import UnknownRecordError

    try:
        return store.get_workshop(workshop_id)
    except UnknownRecordError:
        raise UnknownRecordError(
            translate(
                "errors-cli",
                "No workshop with id '{id}' in {location}; the 'workshops' command lists them.",
            ).format(id=bare(workshop_id), location=store.location)
        ) from None


def unknown_strategy(store: Store, strategy_id: str) -> Exception:
    """The error for a strategy id that ``store`` does not hold (says where to find the ids)."""
    from app.store.errors import UnknownRecordError

    return UnknownRecordError(
        translate(
            "errors-cli",
            "No strategy with id '{id}' in {location}; the 'strategies' command lists them.",
        ).format(id=bare(strategy_id), location=store.location)
    )


def find_strategy(store: Store, strategy_id: str) -> Strategy:
    """The strategy ``strategy_id`` of ``store``.

    Raises:
        app.store.UnknownRecordError: there is none (the message says where to find the ids).
        app.store.StoreError: the database cannot be read.
    """
    from app.store.errors import UnknownRecordError

    try:
        return store.load_strategy(strategy_id)
    except UnknownRecordError:
        raise unknown_strategy(store, strategy_id) from None


def store_failure(err: Exception) -> int:
    """Report a store or missing-database error as the one-line bad-input error."""
    return fail(str(err))


# -- the sub-commands -----------------------------------------------------------------------------


def run_workshops(args: argparse.Namespace) -> int:
    """List workshops with their team and strategy counts."""
    from app.store import StoreError

    try:
        with open_store(args.db) as store:
            workshops = store.list_workshops()
            counts: dict[str, int] = {}
            for summary in store.list_strategies():
                counts[summary.workshop_id] = counts.get(summary.workshop_id, 0) + 1
    except (StoreError, MissingDatabaseError) as err:
        return store_failure(err)
    if args.format == "json":
        print_json(
            [
                {
                    "id": w.id,
                    "name": w.name,
                    "date": w.date.isoformat() if w.date else None,
                    "facilitator": w.facilitator,
                    "teams": [t.name for t in w.teams],
                    "strategies": counts.get(w.id, 0),
                }
                for w in workshops
            ]
        )
        return EXIT_OK
    if not workshops:
        print(
            translate(
                "cli",
                "No workshops yet. Create the demo with 'demo' or bring one in with 'import'.",
            )
        )
        return EXIT_OK
    rows = [
        [w.id, w.name, w.date.isoformat() if w.date else "", len(w.teams), counts.get(w.id, 0)]
        for w in workshops
    ]
    headers = [
        translate("cli", "ID"),
        translate("cli", "NAME"),
        translate("cli", "DATE"),
        translate("cli", "TEAMS"),
        translate("cli", "STRATEGIES"),
    ]
    print(render_table(headers, rows))
    return EXIT_OK


def run_strategies(args: argparse.Namespace) -> int:
    """List strategies, optionally of one workshop."""
    from app.store import StoreError

    try:
        with open_store(args.db) as store:
            if args.workshop is not None:
                workshops = [find_workshop(store, args.workshop)]
            else:
                workshops = store.list_workshops()
            summaries = store.list_strategies(args.workshop)
    except (StoreError, MissingDatabaseError) as err:
        return store_failure(err)
    team_names: dict[tuple[str, str | None], str] = {
        (w.id, t.id): t.name for w in workshops for t in w.teams
    }
    workshop_names = {w.id: w.name for w in workshops}
    if args.format == "json":
        print_json(
            [
                s.model_dump(mode="json")
                | {"team_name": team_names.get((s.workshop_id, s.team_id))}
                for s in summaries
            ]
        )
        return EXIT_OK
    if not summaries:
        print(
            translate("cli", "No strategies in workshop '{workshop}'.").format(
                workshop=bare(args.workshop)
            )
            if args.workshop
            else translate("cli", "No strategies.")
        )
        return EXIT_OK
    rows = [
        [
            s.id,
            workshop_names.get(s.workshop_id, s.workshop_id),
            team_names.get((s.workshop_id, s.team_id), s.team_id or ""),
            s.scenario_key,
            s.name,
            s.revision,
            s.card_count,
        ]
        for s in summaries
    ]
    headers = [
        translate("cli", "ID"),
        translate("cli", "WORKSHOP"),
        translate("cli", "TEAM"),
        translate("cli", "SCENARIO"),
        translate("cli", "NAME"),
        translate("cli", "REVISION"),
        translate("cli", "CARDS"),
    ]
    print(render_table(headers, rows))
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    """Create the demo workshop unless the database already has it.

    Unlike the first start of the GUI (``ensure_demo``, which only seeds an empty
    database), this adds the demo next to any other workshops.
    """
    from app.demo import WORKSHOP_ID, build_demo
    from app.resources import ContentError, load_library
    from app.store import StoreError, UnknownRecordError

    try:
        library = load_library()
        bundle = build_demo(library)
    except ContentError as err:
        return fail(
            translate("errors-cli", "cannot load the content library: {error}").format(error=err)
        )
    try:
        with open_store(args.db, create=True) as store:
            location = store.location
            try:
                existing = store.get_workshop(WORKSHOP_ID)
            except UnknownRecordError:
                store.save_bundle(bundle.workshop, bundle.scenarios, bundle.strategies)
                existing = None
    except StoreError as err:
        return store_failure(err)
    if existing is not None:
        print(
            translate("cli", "The demo workshop '{name}' ({id}) is already in {location}.").format(
                name=bare(existing.name), id=WORKSHOP_ID, location=location
            )
        )
        return EXIT_OK
    print(
        translate(
            "cli",
            "Created the demo workshop '{name}' ({id}) in {location}: {teams} teams, "
            "{scenarios} scenarios, {strategies} strategies.",
        ).format(
            name=bare(bundle.workshop.name),
            id=WORKSHOP_ID,
            location=location,
            teams=len(bundle.workshop.teams),
            scenarios=len(bundle.scenarios),
            strategies=len(bundle.strategies),
        )
    )
    return EXIT_OK
