"""Reading an exchange document: full validation before anything touches a database.

``read_document`` parses the bytes strictly, checks the envelope (format,
version), validates every record with the pydantic models, checks the
cross-references and the content hash, and returns either an ``ImportResult``
(domain records plus warnings) or raises ``ExchangeError`` listing every
problem with its JSON path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from app.content_migration import older_series, upgrade_cards
from app.exchange.checks import (
    ContentInfo,
    Problem,
    check_bundle,
    json_path,
    raw_capability_problems,
)
from app.exchange.codec import JsonSyntaxError, content_hash, parse_json
from app.exchange.reviews import check_reviews, review_records
from app.exchange.wire import (
    FORMAT_STRATEGY,
    FORMAT_VERSION,
    FORMAT_WORKSHOP,
    FORMATS,
    Provenance,
    StrategyDocument,
    WorkshopDocument,
)
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reading import InputError, display_path, read_file
from app.reading.limits import EXCHANGE
from app.store.review_writes import ReviewRecords
from models.content import Scenario
from models.errors import validation_message
from models.strategy import Strategy
from models.workshop import Workshop

HAND_EDITED_WARNING = QT_TRANSLATE_NOOP(
    "errors-exchange",
    "the content hash does not match: the file was edited by hand or by another tool "
    "after export; check its content before relying on it",
)
"""The warning of a document whose hash does not match, in English (``hand_edited_warning``)."""


def hand_edited_warning() -> str:
    """``HAND_EDITED_WARNING`` in the current language."""
    return translate(
        "errors-exchange",
        "the content hash does not match: the file was edited by hand or by another tool "
        "after export; check its content before relying on it",
    )


class ExchangeError(Exception):
    """A document was refused; ``problems`` lists every reason, each with its JSON path."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = tuple(problems)
        self.source = source
        count = len(self.problems)
        if count == 1:
            text = str(self.problems[0])
        else:
            text = translate("errors-exchange", "%n problems: {list}", None, count).format(
                list="; ".join(str(p) for p in self.problems)
            )
        if source:
            text = translate("errors-exchange", "{file}: {problems}").format(
                file=source, problems=text
            )
        super().__init__(text)


@dataclass(frozen=True)
class ImportResult:
    """A document that passed every check, as domain records, plus warnings to show.

    Attributes:
        kind: ``"strategy"`` or ``"workshop"``.
        provenance: who wrote the document.
        workshop: the workshop with its teams.
        scenarios: the scenarios the document carries.
        strategies: the strategies (one for a strategy document).
        warnings: things the user should see but that do not block the import.
        hash_ok: whether the content hash matched.
        reviews: the workshop's review records (a workshop document's; else none).
    """

    kind: Literal["strategy", "workshop"]
    provenance: Provenance
    workshop: Workshop
    scenarios: tuple[Scenario, ...]
    strategies: tuple[Strategy, ...]
    warnings: tuple[str, ...]
    hash_ok: bool
    reviews: ReviewRecords = field(default_factory=ReviewRecords)


def read_document(data: bytes, known_library: ContentInfo | None = None) -> ImportResult:
    """Parse and fully validate an exchange document.

    Args:
        data: the file's bytes.
        known_library: the content library; when given, unknown capabilities are
            problems and a different content version is a warning.

    Returns:
        The validated records and any warnings (a hash mismatch is a warning).

    Raises:
        ExchangeError: the document is refused; every problem has a JSON path.
    """
    try:
        raw = parse_json(data)
    except JsonSyntaxError as err:
        raise ExchangeError([Problem(err.where, err.reason)]) from None
    kind = _envelope_kind(raw)
    model = StrategyDocument if kind == "strategy" else WorkshopDocument
    original = raw
    provenance = raw.get("provenance")
    version = provenance.get("content_version") if isinstance(provenance, dict) else None
    raw, upgraded = upgrade_cards(raw, older=older_series(version))
    try:
        document = model.model_validate(raw)
    except ValidationError as err:
        problems = [
            Problem(json_path(e["loc"]), validation_message(e))
            for e in err.errors(include_url=False)
        ]
        raise ExchangeError(problems + raw_capability_problems(raw, known_library)) from None
    try:
        # The hash covers the data as exported, before any capability upgrade.
        hash_ok = content_hash(original["data"]) == document.sha256
    except UnicodeEncodeError:
        raise ExchangeError(
            [
                Problem(
                    "data", translate("errors-exchange", "contains text that is not valid Unicode")
                )
            ]
        ) from None
    problems = check_bundle(document.data, known_library)
    if isinstance(document, WorkshopDocument):
        problems += check_reviews(document.data)
    if problems:
        raise ExchangeError(problems)
    strategies: list[Strategy] = []
    for index, doc in enumerate(document.data.strategies):
        try:
            strategies.append(doc.to_strategy())
        except ValidationError as err:
            # check_bundle covers what Strategy checks; this catches a model rule added later.
            problems += [
                Problem(json_path(("data", "strategies", index, *e["loc"])), validation_message(e))
                for e in err.errors(include_url=False)
            ]
    if problems:
        raise ExchangeError(problems)
    warnings: list[str] = list(upgraded)
    if not hash_ok:
        warnings.append(hand_edited_warning())
    if known_library is not None and document.provenance.content_version != known_library.version:
        warnings.append(
            translate(
                "errors-exchange",
                "exported with content library {theirs}, this app has {ours}; "
                "checks use this app's library",
            ).format(theirs=document.provenance.content_version, ours=known_library.version)
        )
    return ImportResult(
        kind=kind,
        provenance=document.provenance,
        workshop=document.data.workshop,
        scenarios=document.data.scenarios,
        strategies=tuple(strategies),
        warnings=tuple(warnings),
        hash_ok=hash_ok,
        reviews=review_records(document.data.reviews)
        if isinstance(document, WorkshopDocument)
        else ReviewRecords(),
    )


def read_document_file(path: Path, known_library: ContentInfo | None = None) -> ImportResult:
    """``read_document`` on a file; unreadable files raise ``ExchangeError`` naming the file.

    The file is read bounded (``MAX_EXCHANGE_BYTES``); a FIFO, device or folder is
    refused before anything is read from it.
    """
    data = read_exchange_file(path)
    try:
        return read_document(data, known_library)
    except ExchangeError as err:
        raise ExchangeError(list(err.problems), source=display_path(path)) from None


def read_exchange_file(path: Path) -> bytes:
    """The bytes of an exchange file, bounded; anything but a regular file is refused unread.

    Raises:
        ExchangeError: naming the file and why it was not read.
    """
    try:
        return read_file(path, EXCHANGE.max_bytes)
    except InputError as err:
        raise ExchangeError([Problem("", err.reason)], source=display_path(path)) from None


def read_strategy_document(path: Path, known_library: ContentInfo | None = None) -> Strategy:
    """The one strategy in a strategy document (or a workshop document holding exactly one).

    Raises:
        ExchangeError: unreadable, invalid, or not exactly one strategy.
    """
    result = read_document_file(path, known_library)
    if len(result.strategies) != 1:
        problem = Problem(
            "data.strategies",
            translate(
                "errors-exchange",
                "expected exactly one strategy, the document has %n",
                None,
                len(result.strategies),
            ),
        )
        raise ExchangeError([problem], source=display_path(path))
    return result.strategies[0]


def _envelope_kind(raw: Any) -> Literal["strategy", "workshop"]:
    """Refuse what is not one of our documents, or is from a newer format, before validating."""
    if not isinstance(raw, dict):
        raise ExchangeError(
            [
                Problem(
                    "",
                    translate(
                        "errors-exchange",
                        "not an MLOps Canvas exchange document (expected a JSON object)",
                    ),
                )
            ]
        )
    fmt = raw.get("format")
    if fmt not in FORMATS:
        if fmt is None:
            text = translate(
                "errors-exchange",
                "no 'format' member: not an MLOps Canvas exchange document "
                "(this app reads {strategy} and {workshop})",
            )
        else:
            text = translate(
                "errors-exchange",
                "unknown format '{format}': not an MLOps Canvas exchange document "
                "(this app reads {strategy} and {workshop})",
            )
        raise ExchangeError(
            [
                Problem(
                    "format",
                    text.format(format=fmt, strategy=FORMAT_STRATEGY, workshop=FORMAT_WORKSHOP),
                )
            ]
        )
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ExchangeError(
            [
                Problem(
                    "format_version",
                    translate(
                        "errors-exchange",
                        "written by a newer MLOps Canvas (format version {version}; this app "
                        "reads version {ours}): update the app to import it",
                    ).format(version=version, ours=FORMAT_VERSION),
                )
            ]
        )
    return "strategy" if fmt == FORMAT_STRATEGY else "workshop"
