"""``check``: run the structural rules and rule packs on strategies, headless.

    mlops-canvas check STRATEGY_ID              # a strategy from the database (--db)
    mlops-canvas check --file X.json            # a strategy from an exchange document
    mlops-canvas check --workshop ID            # every strategy of a workshop: a per-team table
    mlops-canvas check --crosswalk              # the capability × pack table
    mlops-canvas check … --as-of 2026-08-02     # the law as it stands on that date

The law applied is that of ``--as-of``, else the date in the strategy's profile,
else today; every output names it and the version of each pack. Text output
leads with the gaps that would hurt first, then the other findings by pack
(missing, then planned, then upcoming), then coverage; rule ids appear only in
``--format json``.

Exit status: 0 no blocking finding; 1 an error that is missing *or only
planned* (a planned safeguard is not met), or a prohibited practice; 2 bad
input. Rules not yet in force on the date ("upcoming") never fail the check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.checker.crosswalk import crosswalk_table, rules_for_card
from app.checker.engine import Checker
from app.checker.packs import PackSet, agency_dirs, load_packs
from app.cli import EXIT_FINDINGS, EXIT_OK, content_failure, fail, load_content, warn
from app.cli.check_text import (
    coverage_lines,
    crosswalk_lines,
    finding_lines,
    header_lines,
    team_table,
    workshop_header,
)
from app.cli.checking import AS_OF_FORM, AsOfError, build_checker, load_drill_events, parse_as_of
from app.export.checked import STRUCTURE, blocking
from app.i18n import translate
from app.resources import ContentError, ContentLibrary
from models.errors import bare
from models.findings import CheckResult
from models.rules import RulePack
from models.strategy import Strategy


class _BadInputError(Exception):
    """Input the user can fix; the message is the one line to print."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check`` sub-command."""
    parser = subparsers.add_parser(
        "check",
        help=translate("cli", "check strategies against the lifecycle rules and rule packs"),
        description=translate(
            "cli",
            "Check a strategy (or every strategy of a workshop) against the built-in "
            "lifecycle rules and its rule packs on a date: the gaps that would hurt first, "
            "then every finding by pack (missing, planned, upcoming), and coverage in place "
            "and planned.",
        ),
        epilog=translate(
            "cli",
            "Exit status: 0 no blocking finding; 1 an error missing or only planned (planned "
            "cards are not evidence), or a prohibited practice; 2 bad input. Rules not yet in "
            "force (upcoming) never fail the check.",
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
        "--workshop", metavar="ID", help=translate("cli", "check every strategy of a workshop")
    )
    parser.add_argument(
        "--packs",
        metavar="KEY[,KEY…]",
        help=translate("cli", "check against these packs instead of the strategy's selected ones"),
    )
    parser.add_argument(
        "--all-packs", action="store_true", help=translate("cli", "check against every pack")
    )
    parser.add_argument(
        "--card",
        metavar="CARD_ID",
        help=translate("cli", "also list the rules this card satisfies"),
    )
    parser.add_argument(
        "--crosswalk",
        action="store_true",
        help=translate("cli", "print the capability × pack table and exit"),
    )
    parser.add_argument(
        "--as-of",
        metavar=AS_OF_FORM,
        help=translate(
            "cli",
            "evaluate the law as it stands on this date (default: the date in the strategy's "
            "profile, else today); rules not yet in force show as upcoming",
        ),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the check the arguments ask for and print the result."""
    try:
        as_of = parse_as_of(args.as_of)
    except AsOfError as err:
        return fail(str(err))
    try:
        library = load_content()
        packs = load_packs(agency_dirs(), capabilities=library.capabilities)
    except ContentError as err:
        return content_failure(err)
    for problem in packs.problems:
        warn(translate("errors-cli", "skipped rule pack: {problem}").format(problem=problem))
    try:
        if args.crosswalk:
            return _crosswalk(packs, library, args.format)
        checker = build_checker(packs, library, load_drill_events(library))
        chosen = _chosen_packs(args, packs)
        if args.workshop is not None:
            return _workshop(args, checker, chosen, as_of)
        strategy = _strategy(args)
        return _single(args, checker, strategy, chosen, library, as_of=as_of)
    except ContentError as err:
        return content_failure(err)
    except _BadInputError as err:
        return fail(str(err))


def _chosen_packs(args: argparse.Namespace, packs: PackSet) -> tuple[str, ...] | None:
    if args.all_packs and args.packs:
        raise _BadInputError(
            translate("errors-cli", "give either --packs or --all-packs, not both")
        )
    if args.all_packs:
        return tuple(packs.packs)
    if not args.packs:
        return None
    keys = tuple(k.strip() for k in args.packs.split(",") if k.strip())
    unknown = [k for k in keys if k not in packs.packs]
    if unknown or not keys:
        known = ", ".join(packs.packs)
        if not keys:
            raise _BadInputError(
                translate("errors-cli", "--packs names no pack; the packs are: {known}").format(
                    known=known
                )
            )
        raise _BadInputError(
            translate(
                "errors-cli",
                "unknown pack(s) {unknown}; the packs are: {known}",
                None,
                len(unknown),
            ).format(unknown=", ".join(unknown), known=known)
        )
    return keys


def _strategy(args: argparse.Namespace) -> Strategy:
    if args.file is not None and args.strategy_id:
        raise _BadInputError(translate("errors-cli", "give either STRATEGY_ID or --file, not both"))
    if args.file is not None:
        from app.exchange import ExchangeError, read_strategy_document

        try:
            return read_strategy_document(args.file)
        except ExchangeError as err:
            raise _BadInputError(str(err)) from None
    if not args.strategy_id:
        raise _BadInputError(
            translate("errors-cli", "name a STRATEGY_ID, or give --file X.json or --workshop ID")
        )
    from app.cli.workshops import find_strategy, tell_notices
    from app.paths import resolve_db_url
    from app.store.errors import StoreError
    from app.store.store import Store

    try:
        with Store.open(resolve_db_url(args.db)) as store:
            tell_notices(store)
            return find_strategy(store, args.strategy_id)
    except StoreError as err:
        raise _BadInputError(str(err)) from None


def _exit(results: Sequence[CheckResult]) -> int:
    """1 when an error is missing or only planned, or a prohibited practice is named."""
    return EXIT_FINDINGS if any(blocking(r) for r in results) else EXIT_OK


def packs_used(
    results: Sequence[CheckResult], packs: Mapping[str, RulePack]
) -> list[dict[str, Any]]:
    """The packs the results were checked against: key, title, version, effective date, hash.

    ``version`` identifies the revision (the same in every language); ``version_label``
    is how the output's language shows it.
    """
    used: dict[str, dict[str, Any]] = {}
    for result in results:
        for cov in result.coverage:
            if cov.pack == STRUCTURE or cov.pack in used:
                continue
            pack = packs.get(cov.pack)
            used[cov.pack] = {
                "key": cov.pack,
                "title": cov.title,
                "version": cov.version,
                "version_label": cov.version_label,
                "effective": pack.effective.isoformat() if pack else None,
                "instrument": pack.instrument if pack else "",
                "sha256": cov.sha256,
                "integrity": cov.integrity,
            }
    return list(used.values())


def result_json(result: CheckResult) -> dict[str, Any]:
    """A check result as JSON, with each coverage's summary and whether it blocks."""
    document = result.model_dump(mode="json")
    for cov, row in zip(result.coverage, document["coverage"], strict=True):
        row["summary"] = cov.summary()
    document["blocking"] = blocking(result)
    return document


def _single(
    args: argparse.Namespace,
    checker: Checker,
    strategy: Strategy,
    chosen: tuple[str, ...] | None,
    library: ContentLibrary,
    *,
    as_of: dt.date | None,
) -> int:
    result = checker.check(strategy, chosen, as_of=as_of)
    card = None
    if args.card is not None:
        card = strategy.cards.get(args.card)
        if card is None:
            raise _BadInputError(
                translate("errors-cli", "no card '{card}' in strategy '{strategy}'").format(
                    card=bare(args.card), strategy=bare(strategy.id)
                )
            )
    selected = {k: checker.packs[k] for k in (chosen or strategy.packs) if k in checker.packs}
    satisfied = rules_for_card(card, selected, strategy.profile, result) if card else ()
    if args.format == "json":
        document: dict[str, Any] = {
            "strategy": {"id": strategy.id, "name": strategy.name, "revision": strategy.revision},
            **result_json(result),
            "packs": packs_used([result], checker.packs),
        }
        if card is not None:
            document["card"] = {"id": card.id, "satisfies": [vars(r) for r in satisfied]}
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return _exit([result])
    from app.resources import localized_cards

    shown = localized_cards(strategy)  # catalog titles left as they were, in this language
    print("\n".join(header_lines(shown, result, checker.packs)))
    print()
    print("\n".join(finding_lines(result, shown, library)))
    print()
    print("\n".join(coverage_lines(result)))
    if card is not None:
        print()
        print(
            translate("check", "Card “{card}” satisfies %n rule(s):", None, len(satisfied)).format(
                card=shown.cards[card.id].title
            )
        )
        none = "  " + translate("check", "(none)")
        print("\n".join(f"  {r.citation} — {r.title} [{r.pack}]" for r in satisfied) or none)
    return _exit([result])


def _workshop(
    args: argparse.Namespace,
    checker: Checker,
    chosen: tuple[str, ...] | None,
    as_of: dt.date | None,
) -> int:
    if args.file is not None or args.strategy_id:
        raise _BadInputError(
            translate(
                "errors-cli", "--workshop checks every strategy; give no STRATEGY_ID or --file"
            )
        )
    from app.cli.workshops import find_workshop, tell_notices
    from app.paths import resolve_db_url
    from app.store.errors import StoreError
    from app.store.store import Store

    try:
        with Store.open(resolve_db_url(args.db)) as store:
            tell_notices(store)
            workshop = find_workshop(store, args.workshop)
            strategies = [store.load_strategy(s.id) for s in store.list_strategies(workshop.id)]
    except StoreError as err:
        raise _BadInputError(str(err)) from None
    results = [checker.check(s, chosen, as_of=as_of) for s in strategies]
    teams = {t.id: t.name for t in workshop.teams}
    if args.format == "json":
        rows = [
            {
                "team": teams.get(s.team_id or "", ""),
                "strategy": {"id": s.id, "name": s.name, "revision": s.revision},
                **result_json(r),
            }
            for s, r in zip(strategies, results, strict=True)
        ]
        document = {
            "workshop": workshop.id,
            "packs": packs_used(results, checker.packs),
            "strategies": rows,
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return _exit(results)

    header = workshop_header(results, checker.packs)
    when = header[0][:1].lower() + header[0][1:]  # 'law as of 5 December 2026'
    print(
        translate("check", "Workshop “{workshop}”: %n strategy(ies), {when}", None, len(strategies))
        .replace("{workshop}", workshop.name)
        .replace("{when}", when)
    )
    print()
    print("\n".join(team_table(strategies, results, teams, checker.packs)))
    if header[1:]:
        print()
        print("\n".join(header[1:]))
    return _exit(results)


def _crosswalk(packs: PackSet, library: ContentLibrary, fmt: str) -> int:
    table = crosswalk_table(packs.packs)
    if fmt == "json":
        document = {
            "packs": {
                k: {"title": p.title, "version": p.version, "version_label": p.version_label}
                for k, p in packs.packs.items()
            },
            "capabilities": {
                cap: {key: [vars(r) for r in refs] for key, refs in row.items()}
                for cap, row in table.items()
            },
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    print("\n".join(crosswalk_lines(table, packs.packs, library.capabilities)))
    return EXIT_OK
