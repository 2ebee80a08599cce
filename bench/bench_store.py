"""Store benchmark: open and load, one persisted edit, insert a whole strategy.

Targets (issue 2, shared/PERFORMANCE.md): open the database and load a 500-card
strategy ≤ 50 ms; one persisted edit (apply + record in one transaction) ≤ 1 ms
median. Workload from ``bench.workload`` (1.3 links per card, a DAG, half the
links inside a lane) on a SQLite file in a temporary folder (WAL,
synchronous=NORMAL, automatic checkpoints off — see ``app.store.engine``).

Rows:

* open — ``Store.open`` on an up-to-date file (header and quick_check, no Alembic);
* load — ``load_strategy`` on an open store;
* open + load — both, then close: what the app does on start;
* edit — ``Document.apply(MoveCard)`` plus ``Store.record`` (one commit, no fsync);
* edit, add/remove card with links — the heaviest single operations;
* insert — ``create_strategy`` of the whole strategy in one transaction;
* checkpoint — the fsync the GUI never waits for (runs on a background thread);
* edit while a checkpoint runs — the same edit, timed while another thread checkpoints
  (wall clock only), beside edits with no checkpoint running: the writer does not
  wait for the checkpoint's fsync (the rare slow edit is the shared machine, and
  happens as often without a checkpoint).

Run with ``python -m bench.bench_store``; prints medians (wall and CPU) of many runs.
"""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from app.document import Document
from app.paths import sqlite_url
from app.store import Store
from bench.workload import WORKSHOP_ID, make_strategy
from models.operations import AddCard, MoveCard, RemoveCard
from models.strategy import Placement, Strategy
from models.workshop import Workshop

SIZES = (500, 2000)
TARGETS_MS = {("open + load", 500): 50.0, ("edit: move card", 500): 1.0}

Timing = tuple[float, float]
"""Median wall-clock and median CPU milliseconds."""


def _median_ms(
    action: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
) -> Timing:
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs):
        if setup is not None:
            setup()
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def _repeat(action: Callable[[], object], times: int) -> None:
    for _ in range(times):
        action()


def _delete_if_present(store: Store, strategy_id: str) -> None:
    if any(summary.id == strategy_id for summary in store.list_strategies()):
        store.delete_strategy(strategy_id)


def _prepared(folder: Path, n_cards: int) -> tuple[str, Strategy]:
    url = sqlite_url(folder / f"bench-{n_cards}.sqlite3")
    strategy = make_strategy(n_cards)
    with Store.open(url) as store:
        store.save_workshop(Workshop(id=WORKSHOP_ID, name="Benchmark workshop"))
        store.create_strategy(strategy)
    return url, strategy


def _open_and_load(url: str, strategy_id: str) -> None:
    store = Store.open(url)
    store.load_strategy(strategy_id)
    store.close()


def _edits(url: str, strategy: Strategy, count: int) -> dict[str, Timing]:
    """Median cost of persisted edits on an open store."""
    with Store.open(url) as store:
        document = Document(store.load_strategy(strategy.id))
        cards = list(document.strategy.cards)
        step = [0]

        def move() -> None:
            card = document.strategy.cards[cards[step[0] % len(cards)]]
            step[0] += 1
            after = Placement(phase=card.phase, x=card.x, y=card.y + 10.0)
            change = document.apply(MoveCard(card_id=card.id, before=card.placement, after=after))
            store.record(document.strategy, change)

        results = {"edit: move card": _median_ms(move, count)}
        linked = max(cards, key=lambda cid: len(document.strategy.links_of(cid)))
        removal = RemoveCard(
            card=document.strategy.cards[linked],
            links=tuple(document.strategy.links_of(linked)),
        )
        flip: list[RemoveCard | AddCard] = [removal]

        def remove_or_restore() -> None:
            change = document.apply(flip[0])
            store.record(document.strategy, change)
            flip[0] = flip[0].inverse()

        label = f"edit: remove/restore card with {len(removal.links)} links"
        results[label] = _median_ms(remove_or_restore, max(51, count // 10))
        results["checkpoint (background thread)"] = _median_ms(
            store.checkpoint, 11, setup=partial(_repeat, move, 200)
        )
        during, alone = _edits_during_checkpoints(store, move)
        results["edit, no checkpoint running (p90)"] = (_p90(alone), 0.0)
        results["edit while a checkpoint runs (median)"] = (statistics.median(during), 0.0)
        results["edit while a checkpoint runs (p90)"] = (_p90(during), 0.0)
    return results


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def _edits_during_checkpoints(
    store: Store, move: Callable[[], None]
) -> tuple[list[float], list[float]]:
    """Wall-clock ms of edits made while a checkpoint runs on another thread, and without."""
    during: list[float] = []
    alone: list[float] = []
    for _ in range(15):
        _repeat(move, 200)
        worker = threading.Thread(target=store.checkpoint)
        worker.start()
        while worker.is_alive():
            start = time.perf_counter()
            move()
            during.append((time.perf_counter() - start) * 1000)
        worker.join()
        for _ in range(10):
            start = time.perf_counter()
            move()
            alone.append((time.perf_counter() - start) * 1000)
    return during, alone


def _insert(folder: Path, strategy: Strategy, runs: int) -> Timing:
    url = sqlite_url(folder / f"insert-{len(strategy.cards)}.sqlite3")
    with Store.open(url) as store:
        store.save_workshop(Workshop(id=WORKSHOP_ID, name="Benchmark workshop"))
        return _median_ms(
            lambda: store.create_strategy(strategy),
            runs,
            setup=partial(_delete_if_present, store, strategy.id),
        )


def _measure(folder: Path, n_cards: int) -> list[tuple[str, int, Timing]]:
    runs = 41 if n_cards <= 500 else 21
    url, strategy = _prepared(folder, n_cards)
    results: list[tuple[str, int, Timing]] = []
    results.append(("open", n_cards, _median_ms(lambda: Store.open(url).close(), runs)))
    with Store.open(url) as store:
        load = _median_ms(lambda: store.load_strategy(strategy.id), runs)
    results.append(("load", n_cards, load))
    both = _median_ms(lambda: _open_and_load(url, strategy.id), runs)
    results.append(("open + load", n_cards, both))
    for label, timing in _edits(url, strategy, 1001).items():
        results.append((label, n_cards, timing))
    insert = _insert(folder, strategy, max(7, runs // 3))
    results.append(("insert whole strategy", n_cards, insert))
    return results


def main() -> None:
    """Print the table of medians."""
    rows: list[tuple[str, int, Timing]] = []
    with tempfile.TemporaryDirectory(prefix="bench-store-") as name:
        for n_cards in SIZES:
            rows.extend(_measure(Path(name), n_cards))
    width = max(len(label) for label, _, _ in rows)
    print(f"{'measure':<{width}}  {'cards':>5}  {'wall ms':>8}  {'cpu ms':>7}  target")
    for label, n_cards, (wall, cpu) in rows:
        target = TARGETS_MS.get((label, n_cards))
        verdict = (
            "" if target is None else f"≤ {target:g} ms {'ok' if wall <= target else 'MISSED'}"
        )
        print(f"{label:<{width}}  {n_cards:>5}  {wall:>8.2f}  {cpu:>7.2f}  {verdict}")


if __name__ == "__main__":
    main()
