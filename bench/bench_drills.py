"""Drills benchmark: every event traced on big strategies, and the simulated year.

Target (issue 7): all events on a 500-card strategy in ≤ 50 ms, graph build included.
Run with ``python -m bench.bench_drills``; prints medians of many runs.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from functools import partial

from app.drills import drill_report, load_events, load_simulation, prepare, run_drills
from app.drills.simulate import simulate_year
from bench.workload import make_strategy
from models.strategy import Strategy
from models.vocabulary import Cadence, Status

RUNS = 30
TARGET_MS = 50.0


def _median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    action()  # warm caches (imports, pydantic validators) outside the measurement
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples)


def _all_active(strategy: Strategy) -> Strategy:
    """The worst case for the searches: every card in place, monitoring cards weekly."""
    cards = {
        cid: card.model_copy(
            update={"status": Status.IN_PLACE, "cadence": Cadence.WEEKLY if cid[0] < "8" else None}
        )
        for cid, card in strategy.cards.items()
    }
    return strategy.model_copy(update={"cards": cards})


def main() -> None:
    """Print a table of medians for the drills at 500 and 2,000 cards."""
    events = load_events().events
    params = load_simulation()
    rows: list[tuple[str, float, str]] = []
    for n in (500, 2000):
        strategy = make_strategy(n, seed=7)
        active = _all_active(strategy)
        ctx = prepare(strategy)
        rows.append(
            (f"prepare (graph + index), {n} cards", _median_ms(partial(prepare, strategy)), "")
        )
        all_events = _median_ms(partial(run_drills, strategy, events))
        note = f"target ≤ {TARGET_MS:.0f} ms" if n == 500 else ""
        rows.append((f"all {len(events)} events incl. prepare, {n} cards", all_events, note))
        rows.append(
            (
                f"all events, all cards active, {n} cards",
                _median_ms(partial(run_drills, active, events)),
                "worst case",
            )
        )
        rows.append(
            (
                f"all events on a prepared context, {n} cards",
                _median_ms(partial(run_drills, ctx, events)),
                "",
            )
        )
        rows.append(
            (
                f"simulated year (seed 1), {n} cards",
                _median_ms(partial(simulate_year, ctx, events, seed=1, params=params)),
                "",
            )
        )
        rows.append(
            (
                f"drill report (events + year), {n} cards",
                _median_ms(partial(drill_report, strategy, events, params=params, seed=1)),
                "the PDF slide's data",
            )
        )
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'median ms':>9}  note")
    print(f"{'-' * width}  {'-' * 9}  ----")
    for label, ms, note in rows:
        print(f"{label:<{width}}  {ms:>9.2f}  {note}")
    print(f"\nmedians of {RUNS} runs; {len(events)} events")


if __name__ == "__main__":
    main()
