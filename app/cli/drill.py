"""``drill``: run what-if events on a strategy and print the outcome table (or JSON).

``python main.py drill STRATEGY_ID`` reads the strategy from the database;
``--file X.json`` reads an exchange document instead. ``--event KEY`` runs
one event (repeatable), ``--year`` adds the seeded year in production.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, content_failure, fail, load_content
from app.cli.checking import skipped_drill_event
from app.drills.context import prepare
from app.drills.load import DrillLoad, load_events, load_simulation
from app.drills.render import outcome_table, year_table
from app.drills.report import catalog_providers, outcome_row
from app.drills.simulate import harm_totals, simulate_year
from app.drills.trace import run_drills
from app.i18n import translate
from app.paths import agency_dir
from app.resources import ContentError, ContentLibrary
from models.drills import DrillEvent, resilience
from models.errors import bare
from models.strategy import Strategy

DEFAULT_HARM_UNIT = "people affected"


class _BadInputError(Exception):
    """Input the user can fix; the message is the one line to print."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``drill`` sub-command."""
    parser = subparsers.add_parser(
        "drill",
        help=translate("cli", "run what-if events on a strategy and print how it fares"),
        description=translate(
            "cli",
            "Trace what-if events (data drift, outage, appeal, breach, …) through a "
            "strategy: detected, handled by an owner, fed back — or where the chain breaks.",
        ),
    )
    parser.add_argument(
        "strategy_id", nargs="?", metavar="STRATEGY_ID", help=translate("cli", "strategy in --db")
    )
    parser.add_argument(
        "--file",
        type=Path,
        metavar="X.json",
        help=translate("cli", "read the strategy from an exchange document"),
    )
    parser.add_argument(
        "--event",
        action="append",
        metavar="KEY",
        help=translate("cli", "run only this event (repeatable; default: all events)"),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--year", action="store_true", help=translate("cli", "also simulate a year in production")
    )
    parser.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help=translate("cli", "seed of the simulated year (implies --year; default 0)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the drills the arguments ask for and print the result."""
    try:
        strategy, harm_unit_hint = _strategy(args)
        library = _library()
        loaded = load_events([agency_dir("drills")])
        for problem in loaded.problems:  # before a refusal that they may explain
            skipped_drill_event(problem)
        events = _chosen(loaded, args.event)
        params = load_simulation() if args.year or args.seed is not None else None
    except _BadInputError as err:
        return fail(str(err))
    except ContentError as err:
        return content_failure(err)
    from app.resources import localized_cards

    strategy = localized_cards(strategy)  # catalog titles left as they were, in this language
    scenario = library.scenarios.get(strategy.scenario_key)

    default = translate("drills", "people affected")  # DEFAULT_HARM_UNIT
    harm_unit = harm_unit_hint or (scenario.harm_unit if scenario else default)
    providers = catalog_providers(library)
    context = prepare(strategy)
    titles = {key: cap.title for key, cap in library.capabilities.items()}
    timelines = run_drills(context, events, harm_unit=harm_unit, providers=providers, titles=titles)
    rows = [outcome_row(t, strategy.cards) for t in timelines]
    year = None
    if params is not None:
        seed = 0 if args.seed is None else args.seed
        year = simulate_year(
            context,
            events,
            seed=seed,
            params=params,
            harm_unit=harm_unit,
            providers=providers,
            titles=titles,
        )
    if args.format == "json":
        document: dict[str, Any] = {
            "strategy": {"id": strategy.id, "name": strategy.name, "revision": strategy.revision},
            "harm_unit": harm_unit,
            "resilience": resilience(timelines),
            "rows": [r.model_dump(mode="json") for r in rows],
            "timelines": [
                {**t.model_dump(mode="json"), "lit_card_ids": list(t.lit_card_ids)}
                for t in timelines
            ],
        }
        if year is not None:
            document["year"] = {
                **year.model_dump(mode="json"),
                "resilience": year.resilience,
                "harm": dict(harm_totals(year)),
            }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK

    print(
        translate(
            "drills", "Drills on “{strategy}” (%n card(s)):", None, len(strategy.cards)
        ).format(strategy=strategy.name)
    )
    print()
    catalog = {key: entry.title for key, entry in library.catalog.items()}
    table = outcome_table(rows, timelines, harm_unit, capabilities=titles, catalog=catalog)
    print("\n".join(table))
    if year is not None:
        print()
        print("\n".join(year_table(year)))
    return EXIT_OK


def _strategy(args: argparse.Namespace) -> tuple[Strategy, str | None]:
    """The strategy to drill, and the harm unit of its own scenario when the source has one."""
    if args.file is not None and args.strategy_id:
        raise _BadInputError(translate("errors-cli", "give either STRATEGY_ID or --file, not both"))
    if args.file is not None:
        from app.exchange import ExchangeError, read_strategy_document

        try:
            return read_strategy_document(args.file), None
        except ExchangeError as err:
            raise _BadInputError(str(err)) from None
    if not args.strategy_id:
        raise _BadInputError(
            translate(
                "errors-cli",
                "name a STRATEGY_ID (the 'strategies' command lists them) or give --file X.json",
            )
        )
    from app.cli.workshops import find_strategy, tell_notices
    from app.paths import resolve_db_url
    from app.store.errors import StoreError
    from app.store.store import Store

    try:
        with Store.open(resolve_db_url(args.db)) as store:
            tell_notices(store)
            strategy = find_strategy(store, args.strategy_id)
            scenarios = store.list_scenarios(strategy.workshop_id)
    except StoreError as err:
        raise _BadInputError(str(err)) from None
    own = next((s for s in scenarios if s.key == strategy.scenario_key), None)
    if own is None:
        return strategy, None
    from app.resources import localized_scenario

    return strategy, localized_scenario(own).harm_unit


def _library() -> ContentLibrary:
    return load_content()


def _chosen(loaded: DrillLoad, keys: list[str] | None) -> tuple[DrillEvent, ...]:
    if not keys:
        if not loaded.events:
            raise _BadInputError(
                translate(
                    "errors-cli",
                    "no drill events could be loaded; see the warnings above for why",
                )
            )
        return loaded.events
    known = loaded.by_key()
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise _BadInputError(
            translate("errors-cli", "unknown event '{event}'; the events are: {known}").format(
                event=bare(unknown[0]), known=", ".join(sorted(known))
            )
        )
    return tuple(known[k] for k in dict.fromkeys(keys))
