"""Seats benchmark: how long until another seat's edit is in this seat's document.

Two processes on one database, each the app's own machinery without Qt: this
process is the writing seat (``Document`` + ``Autosaver`` on a ``Store``), a
child process is the reading seat (``Document`` + ``Autosaver`` followed by a
``SeatCoordinator`` whose ``tick()`` runs on a timer, as the GUI's does). The
writer adds a card and notes the time just before ``apply``; the reader notes
the time its autosaver hands it the card (``on_remote``: applied to its
document, listeners told). Both read the system-wide monotonic clock, so the
difference is the latency a user sees, minus drawing.

Rows: each backend (an SQLite file; PostgreSQL on a throwaway cluster from
``tests/pgcluster.py`` when the server can be started, else "skipped") with the
reader ticking every 250 ms (the GUI's timer: on average half a tick of waiting
is part of the figure) and every 10 ms (what the pipeline itself costs:
write, notification or poll, read, integrate). The writer waits a random
0–300 ms between edits so edits land anywhere in the reader's tick. Medians
and 90th percentiles of ``ROUNDS`` edits on a 100-card strategy.

Run: ``python -m bench seats`` (or ``python -m bench.bench_seats``).
"""

from __future__ import annotations

import json
import os
import random
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.pgcluster import Cluster

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 40
CARDS = 100
TICKS_MS = (250, 10)
TARGET_MS = 1000.0  # issue 14: each seat sees the others' edits within a second


def _reader(url: str, strategy_id: str, tick_ms: float) -> None:
    """The reading seat: tick, and print the time each remote card arrives."""
    from app.autosave import Autosaver, RemoteEdits
    from app.document import Document
    from app.seats import SeatCoordinator, this_seat
    from app.store import Store
    from models.operations import AddCard

    store = Store.open(url)
    store.seat = this_seat("reader")
    document = Document(store.load_strategy(strategy_id))
    saver = Autosaver(store, document)
    seats = SeatCoordinator(store)
    seats.follow(saver)
    seats.strategy_id = strategy_id

    def arrived(edits: RemoteEdits) -> None:
        now = time.monotonic()
        for record in edits.records:
            if isinstance(record.op, AddCard):
                print(json.dumps({"seen": record.op.card.title, "at": now}), flush=True)

    saver.on_remote = arrived
    print(json.dumps({"ready": True}), flush=True)
    while True:
        if select.select([sys.stdin], [], [], 0)[0] and not sys.stdin.readline():
            break  # the writer closed our stdin: done
        seats.tick()
        time.sleep(tick_ms / 1000)
    seats.close()
    store.close()


def _prepare(url: str) -> str:
    from app.store import Store
    from bench.workload import WORKSHOP_ID, make_strategy
    from models.workshop import Workshop

    strategy = make_strategy(CARDS)
    with Store.open(url) as store:
        store.save_workshop(Workshop(id=WORKSHOP_ID, name="Benchmark workshop"))
        store.create_strategy(strategy)
    return strategy.id


def _read_line(process: subprocess.Popen[str], timeout: float) -> dict[str, object] | None:
    assert process.stdout is not None
    if not select.select([process.stdout], [], [], timeout)[0]:
        return None
    line = process.stdout.readline()
    if not line:
        raise RuntimeError("the reading seat ended")
    found: dict[str, object] = json.loads(line)
    return found


def measure(url: str, tick_ms: float, rounds: int = ROUNDS) -> list[float]:
    """Latencies (ms) of ``rounds`` edits from here to a reader ticking every ``tick_ms``."""
    from app.autosave import Autosaver
    from app.document import Document
    from app.seats import this_seat
    from app.store import Store
    from models.operations import AddCard
    from models.phases import Phase
    from models.strategy import Card

    strategy_id = _prepare(url)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reader = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_seats", "reader", url, strategy_id, str(tick_ms)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    store = Store.open(url)
    store.seat = this_seat("writer")
    document = Document(store.load_strategy(strategy_id))
    saver = Autosaver(store, document)
    rng = random.Random(14)
    latencies: list[float] = []
    try:
        assert _read_line(reader, 60) == {"ready": True}
        for i in range(rounds + 1):
            time.sleep(rng.uniform(0.0, 0.3))
            title = f"edit {i}"
            start = time.monotonic()
            document.apply(AddCard(card=Card(title=title, phase=Phase.MONITOR)))
            assert saver.pending == 0
            while True:
                seen = _read_line(reader, 10)
                if seen is None:
                    raise RuntimeError(f"the reading seat never saw {title!r}")
                if seen.get("seen") == title:
                    break
            if i:  # the first is a warm-up (caches, the listening connection)
                latencies.append((float(str(seen["at"])) - start) * 1000)
    finally:
        assert reader.stdin is not None
        reader.stdin.close()
        reader.wait(timeout=30)
        saver.close()
        store.close()
    return latencies


@contextmanager
def _postgresql() -> Iterator[Cluster | str]:
    """A throwaway cluster (``tests.pgcluster``), or a string saying why there is none."""
    try:
        from tests.pgcluster import Cluster

        cluster = Cluster()
    except BaseException as err:  # pytest.skip's outcome is a BaseException
        yield f"skipped: {err}"
        return
    try:
        yield cluster
    finally:
        cluster.remove()


def _row(backend: str, tick_ms: float, latencies: list[float]) -> None:
    median = statistics.median(latencies)
    p90 = statistics.quantiles(latencies, n=10)[-1]
    verdict = "ok" if median <= TARGET_MS else "OVER"
    print(
        f"{backend:<11} {tick_ms:>5.0f} ms {median:>10.1f} {p90:>10.1f} "
        f"{max(latencies):>10.1f}   {verdict}",
        flush=True,
    )


def main() -> None:
    """Print the remote-edit latency table."""
    from app.paths import sqlite_url

    print(f"Remote-edit latency, writer apply → reader's document ({ROUNDS} edits, ms)")
    print(f"{'backend':<11} {'tick':>8} {'median':>10} {'p90':>10} {'max':>10}   ≤ 1 s")
    with tempfile.TemporaryDirectory(prefix="bench-seats-") as folder:
        for tick_ms in TICKS_MS:
            url = sqlite_url(Path(folder) / f"seats-{tick_ms}.sqlite3")
            _row("sqlite", tick_ms, measure(url, tick_ms))
    with _postgresql() as cluster:
        if isinstance(cluster, str):
            print(f"postgresql  {cluster}")
            return
        for tick_ms in TICKS_MS:
            url = cluster.new_database()
            _row("postgresql", tick_ms, measure(url, tick_ms))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "reader":
        _reader(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    else:
        main()
