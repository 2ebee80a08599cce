"""Outcome tables and the drills slide's data, as pure functions over timelines.

The CLI, the drills dock and the PDF deck's drills slide all read these, so
the three show the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from app.drills.context import DrillContext, Providers, prepare
from app.drills.simulate import simulate_year
from app.drills.trace import run_drills
from app.i18n import role_label, translate
from models.drills import (
    DrillEvent,
    DrillReport,
    OutcomeRow,
    SimulationParams,
    Stage,
    Timeline,
    resilience,
)
from models.strategy import Card, Strategy


def outcome_row(timeline: Timeline, cards: Mapping[str, Card]) -> OutcomeRow:
    """One line of the outcome table for a traced event.

    Args:
        timeline: the traced event.
        cards: the strategy's cards by id, to name the cards on the path.
    """

    def title(card_id: str) -> str:
        card = cards.get(card_id)
        return card.title if card is not None else card_id

    detected = timeline.step(Stage.DETECTED)
    handled = timeline.step(Stage.HANDLED)
    fed_back = timeline.step(Stage.FED_BACK)
    broken = timeline.broken
    missing = ""
    if broken is not None:
        if broken.capability:
            missing = broken.capability
        elif broken.role is not None:
            missing = f"owner: {broken.role.value}"
        else:
            missing = "a link"
    handled_by = ""
    if handled is not None:
        who = (
            role_label(handled.role) if handled.role is not None else translate("drills", "nobody")
        )
        handled_by = f"{title(handled.card_ids[-1])} ({who})"
    return OutcomeRow(
        event_key=timeline.event_key,
        event_title=timeline.event_title,
        outcome=timeline.outcome,
        detected_by=title(detected.card_ids[0]) if detected else "",
        detect_days=detected.day if detected else None,
        handled_by=handled_by,
        handled_day=timeline.handled_day,
        fed_back_via=" → ".join(title(c) for c in fed_back.card_ids) if fed_back else "",
        broken_at=broken.stage if broken else None,
        missing=missing,
        harm=timeline.harm,
    )


def drill_report(
    strategy: Strategy,
    events: Sequence[DrillEvent],
    *,
    params: SimulationParams,
    seed: int = 0,
    harm_unit: str = "people affected",
    providers: Providers | None = None,
) -> DrillReport:
    """Everything the drills slide draws: every event's outcome and one simulated year.

    Args:
        strategy: the strategy to drill.
        events: the events to run (all loaded events, usually).
        params: the simulation's rules.
        seed: the year's seed.
        harm_unit: the scenario's unit of harm.
        providers: capability → catalog keys, for suggestions.
    """
    ctx: DrillContext = prepare(strategy)
    timelines = run_drills(ctx, events, harm_unit=harm_unit, providers=providers)
    year = simulate_year(
        ctx, events, seed=seed, params=params, harm_unit=harm_unit, providers=providers
    )
    return DrillReport(
        strategy_name=strategy.name,
        harm_unit=harm_unit,
        rows=tuple(outcome_row(t, strategy.cards) for t in timelines),
        resilience=resilience(timelines),
        year=year,
    )


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def capabilities(self) -> Sequence[str]: ...


class LibraryLike(Protocol):
    """What ``catalog_providers`` needs of ``app.resources.ContentLibrary``."""

    @property
    def capabilities(self) -> Mapping[str, object]: ...

    def providers(self, capability: str) -> Iterable[_Keyed]: ...


def catalog_providers(library: LibraryLike) -> dict[str, tuple[str, ...]]:
    """Capability → catalog keys of the practices providing it, most specific first.

    A practice providing fewer capabilities is the closer fit, as in the checker's fixes.
    """
    return {
        cap: tuple(e.key for e in sorted(library.providers(cap), key=lambda e: len(e.capabilities)))
        for cap in library.capabilities
    }
