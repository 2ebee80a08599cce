"""Writing exchange documents: a strategy with its context, or a whole workshop.

A workshop document also carries the workshop's reviews (``data.reviews``)
when it has any. Documents carry no export timestamp on purpose: the same database content
always gives the same bytes, so export → import → export is byte-identical
and a re-export of an unchanged strategy does not show up as a change.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING, Any, Literal, Protocol

from app.exchange.codec import content_hash, document_bytes
from app.exchange.reviews import reviews_data
from app.exchange.wire import (
    EXPORTED_BY,
    FORMAT_STRATEGY,
    FORMAT_VERSION,
    FORMAT_WORKSHOP,
    BundleData,
    PackRef,
    Provenance,
    StrategyDoc,
    WorkshopBundleData,
)
from app.i18n import translate
from app.store.review_writes import ReviewRecords
from models.content import Scenario
from models.errors import bare
from models.strategy import Strategy
from models.workshop import Workshop

if TYPE_CHECKING:  # the exchange layer reads the packs it is given; it loads none
    from app.checker.packs import PackSet

DISTRIBUTION = "mlops-lifecycle-canvas"


class ExportError(Exception):
    """The thing to export does not exist or is incomplete; the message says which."""


class StrategySummaryLike(Protocol):
    """The fields of the store's strategy summary that export reads."""

    @property
    def id(self) -> str:
        """The strategy's id."""
        ...


class ExportSource(Protocol):
    """The store methods export reads (``app.store.Store`` provides them)."""

    def get_workshop(self, workshop_id: str) -> Workshop:
        """The workshop with its teams; raises ``UnknownRecordError`` when absent."""
        ...

    def list_scenarios(self, workshop_id: str) -> Iterable[Scenario]:
        """The workshop's scenarios."""
        ...

    def list_strategies(self, workshop_id: str | None = None) -> Iterable[StrategySummaryLike]:
        """Summaries of the workshop's strategies."""
        ...

    def load_strategy(self, strategy_id: str) -> Strategy:
        """One strategy with its cards and links; raises ``UnknownRecordError`` when absent."""
        ...

    def workshop_reviews(self, workshop_id: str) -> ReviewRecords:
        """Every review record of the workshop."""
        ...


@cache
def app_version() -> str:
    """The installed app's version (from the package metadata)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def build_document(
    kind: Literal["strategy", "workshop"],
    workshop: Workshop,
    scenarios: Iterable[Scenario],
    strategies: Iterable[Strategy],
    content_version: str,
    *,
    version: str | None = None,
    reviews: ReviewRecords | None = None,
    packs: PackSet | None = None,
) -> dict[str, Any]:
    """A document as plain JSON data (the envelope around ``data``), hash included.

    Scenarios are written sorted by key and strategies by id, so the bytes do
    not depend on the order the store returns them in.

    Args:
        kind: ``"strategy"`` (exactly one strategy) or ``"workshop"``.
        workshop: the workshop, with its teams.
        scenarios: the scenarios to include.
        strategies: the strategies to include.
        content_version: the content library's version (provenance).
        version: the app version to record; defaults to the installed one.
        reviews: the workshop's reviews (workshop documents only; left out when empty).
        packs: the loaded rule packs: the ones the strategies select are recorded in the
            provenance with their version and hash (which packs the plans answer to).
    """
    bundle = BundleData(
        workshop=workshop,
        scenarios=tuple(sorted(scenarios, key=lambda s: s.key)),
        strategies=tuple(
            StrategyDoc.from_strategy(s) for s in sorted(strategies, key=lambda s: s.id)
        ),
    )
    if kind == "strategy" and len(bundle.strategies) != 1:
        raise ValueError("a strategy document holds exactly one strategy")  # caller's bug
    if kind == "strategy" and reviews is not None:
        raise ValueError("a strategy document carries no reviews")  # caller's bug
    data = bundle.model_dump(mode="json")
    wire_reviews = reviews_data(reviews) if reviews is not None else None
    if wire_reviews is not None:
        # Validated through the workshop bundle so a review the format cannot hold fails here.
        full = WorkshopBundleData(**dict(bundle), reviews=wire_reviews)
        data = full.model_dump(mode="json")
    provenance = Provenance(
        app_version=version or app_version(),
        content_version=content_version,
        exported_by=EXPORTED_BY,
        rule_packs=pack_refs(packs, bundle.strategies) if packs is not None else (),
    )
    return {
        "format": FORMAT_STRATEGY if kind == "strategy" else FORMAT_WORKSHOP,
        "format_version": FORMAT_VERSION,
        "provenance": _provenance_json(provenance),
        "sha256": content_hash(data),
        "data": data,
    }


def _provenance_json(provenance: Provenance) -> dict[str, Any]:
    """The provenance as JSON; the rule packs only when there are some (older files had none)."""
    data = provenance.model_dump(mode="json")
    if not data["rule_packs"]:
        del data["rule_packs"]
    return data


def pack_refs(packs: PackSet, strategies: Iterable[StrategyDoc]) -> tuple[PackRef, ...]:
    """The packs the strategies select, by key, with version, hash and integrity."""
    refs: list[PackRef] = []
    for key in sorted({k for s in strategies for k in s.packs}):
        pack = packs.packs.get(key)
        check = packs.integrity.get(key)
        refs.append(
            PackRef(
                key=key,
                version=pack.version if pack else "not installed",
                sha256=check.sha256 if check else "",
                integrity=check.describe() if check else "",
            )
        )
    return tuple(refs)


def export_strategy(
    store: ExportSource,
    strategy_id: str,
    library_version: str,
    version: str | None = None,
    *,
    packs: PackSet | None = None,
) -> bytes:
    """One strategy as document bytes, with its workshop (teams) and its scenario as context.

    Raises:
        app.store.errors.UnknownRecordError: no such strategy (or its workshop).
        ExportError: its scenario is missing from its workshop.
    """
    strategy = store.load_strategy(strategy_id)
    workshop = store.get_workshop(strategy.workshop_id)
    scenarios = [s for s in store.list_scenarios(workshop.id) if s.key == strategy.scenario_key]
    if not scenarios:
        raise ExportError(
            translate(
                "errors-exchange",
                "strategy '{id}' uses scenario '{scenario}', which its workshop does not have",
            ).format(id=bare(strategy_id), scenario=bare(strategy.scenario_key))
        )
    document = build_document(
        "strategy", workshop, scenarios, [strategy], library_version, version=version, packs=packs
    )
    return document_bytes(document)


def export_workshop(
    store: ExportSource,
    workshop_id: str,
    library_version: str,
    version: str | None = None,
    *,
    packs: PackSet | None = None,
) -> bytes:
    """A whole workshop (teams, scenarios, every strategy and the reviews) as document bytes.

    Raises:
        app.store.errors.UnknownRecordError: no such workshop.
    """
    workshop = store.get_workshop(workshop_id)
    strategies = [store.load_strategy(summary.id) for summary in store.list_strategies(workshop_id)]
    document = build_document(
        "workshop",
        workshop,
        store.list_scenarios(workshop_id),
        strategies,
        library_version,
        version=version,
        reviews=store.workshop_reviews(workshop_id),
        packs=packs,
    )
    return document_bytes(document)
