"""The year in production: a seeded, deterministic teaching simulation (see docs/drills.md).

The seed alone fixes which events strike, when, and the month-to-month noise,
so two strategies run with one seed face the very same year; only their
controls differ. Each event is traced through the strategy; while unhandled
it wears accuracy down and widens the subgroup fairness gap, and once handled
its damage is undone (fully when the lesson is fed back, partly when not).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.drills.context import DrillContext, Providers, prepare
from app.drills.trace import trace
from models.drills import (
    DrillEvent,
    MonthPoint,
    SimulationParams,
    Stage,
    Timeline,
    YearEvent,
    YearSimulation,
)
from models.strategy import Strategy


@dataclass(frozen=True)
class _Strike:
    """One drawn event: what, and on which day of the year it strikes."""

    event: DrillEvent
    month: int
    day_of_year: float


def draw_year(
    events: Iterable[DrillEvent], seed: int, params: SimulationParams
) -> tuple[list[_Strike], list[float], list[float]]:
    """Draw the year's events and noise from ``seed`` alone (never from the strategy).

    Returns:
        The strikes in time order, and the accuracy and gap noise of each month.
    """
    rng = random.Random(seed)
    pool = sorted(events, key=lambda e: e.key)
    count = min(len(pool), rng.randint(params.events_min, params.events_max))
    strikes: list[_Strike] = []
    for event in rng.sample(pool, count):
        shift = rng.randint(-params.onset_jitter_months, params.onset_jitter_months)
        month = min(max(event.onset_month + shift, 1), params.months)
        offset = rng.uniform(0.0, params.days_per_month)
        strikes.append(_Strike(event, month, (month - 1) * params.days_per_month + offset))
    accuracy_noise = [rng.gauss(0.0, params.accuracy_noise) for _ in range(params.months)]
    gap_noise = [rng.gauss(0.0, params.gap_noise) for _ in range(params.months)]
    strikes.sort(key=lambda s: (s.day_of_year, s.event.key))
    return strikes, accuracy_noise, gap_noise


def simulate_year(
    strategy: Strategy | DrillContext,
    events: Sequence[DrillEvent],
    *,
    seed: int,
    params: SimulationParams,
    harm_unit: str = "people affected",
    providers: Providers | None = None,
    titles: Mapping[str, str] | None = None,
) -> YearSimulation:
    """Run one year in production for a strategy.

    Args:
        strategy: the strategy, or a ``DrillContext`` prepared from it.
        events: the pool the year's events are drawn from.
        seed: fixes the events, their days and the noise; same seed, same year.
        params: the simulation's rules (``load_simulation()``).
        harm_unit: the scenario's unit of harm.
        providers: capability → catalog keys, for suggestions at break points.
        titles: capability → its title, to name capabilities in the reasons.

    Returns:
        The monthly series with and without the team's controls, and each event's timeline.
    """
    ctx = strategy if isinstance(strategy, DrillContext) else prepare(strategy)
    strikes, accuracy_noise, gap_noise = draw_year(events, seed, params)
    year_days = params.months * params.days_per_month
    year_events: list[YearEvent] = []
    for strike in strikes:
        remaining = year_days - strike.day_of_year
        timeline = trace(
            strike.event,
            ctx,
            harm_unit=harm_unit,
            providers=providers,
            titles=titles,
            horizon_days=remaining,
        )
        harm_without = round(strike.event.harm_per_day * remaining, 6)
        if timeline.harm > harm_without:
            # Handled only after the year ends: the year cannot hold more harm than that.
            timeline = timeline.model_copy(update={"harm": harm_without})
        year_events.append(
            YearEvent(
                month=strike.month,
                day_of_year=round(strike.day_of_year, 6),
                timeline=timeline,
                harm_without=harm_without,
            )
        )
    months = _series(strikes, year_events, accuracy_noise, gap_noise, params)
    return YearSimulation(seed=seed, months=months, events=tuple(year_events), harm_unit=harm_unit)


def _series(
    strikes: Sequence[_Strike],
    year_events: Sequence[YearEvent],
    accuracy_noise: Sequence[float],
    gap_noise: Sequence[float],
    params: SimulationParams,
) -> tuple[MonthPoint, ...]:
    points: list[MonthPoint] = []
    for index in range(params.months):
        month = index + 1
        now = month * params.days_per_month
        trend = params.baseline_accuracy - params.monthly_decay * month + accuracy_noise[index]
        gap = params.baseline_gap + gap_noise[index]
        acc_with = acc_without = trend
        gap_with = gap_without = gap
        for strike, year_event in zip(strikes, year_events, strict=True):
            exposed_without = _exposure(strike.day_of_year, None, now, params)
            kept = _damage_kept(year_event.timeline, strike.day_of_year, now, params)
            exposed_with = _exposure(strike.day_of_year, _stop_day(year_event), now, params) * kept
            acc_without -= strike.event.accuracy_impact * exposed_without
            gap_without += strike.event.fairness_impact * exposed_without
            acc_with -= strike.event.accuracy_impact * exposed_with
            gap_with += strike.event.fairness_impact * exposed_with
        points.append(
            MonthPoint(
                month=month,
                accuracy_with=_unit(acc_with),
                accuracy_without=_unit(acc_without),
                gap_with=_unit(gap_with),
                gap_without=_unit(gap_without),
            )
        )
    return tuple(points)


def _stop_day(year_event: YearEvent) -> float | None:
    handled = year_event.timeline.handled_day
    return None if handled is None else year_event.day_of_year + handled


def _exposure(start: float, stop: float | None, now: float, params: SimulationParams) -> float:
    """Months the event has worn on the model by day ``now`` (it stops wearing once handled)."""
    end = now if stop is None else min(now, stop)
    return max(0.0, end - start) / params.days_per_month


def _damage_kept(timeline: Timeline, start: float, now: float, params: SimulationParams) -> float:
    """Share of an event's damage still showing at ``now`` (recovery starts once handled)."""
    if timeline.handled_day is None or start + timeline.handled_day > now:
        return 1.0
    fed_back = timeline.step(Stage.FED_BACK) is not None
    recovery = params.recovery_fed_back if fed_back else params.recovery_not_fed_back
    return 1.0 - recovery


def _unit(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 6)


def harm_totals(year: YearSimulation) -> Mapping[str, float]:
    """Total harm of the year with and without the team's controls."""
    return {
        "with": round(sum(e.timeline.harm for e in year.events), 6),
        "without": round(sum(e.harm_without for e in year.events), 6),
    }
