"""Window benchmark: the real main window, a SQLite file, every rule pack selected.

For each size (500, 2,000 and 5,000 cards of ``bench.workload``, every shipped
rule pack selected) the strategy is written to a scratch SQLite file and the
real main window (workbench, every dock, the checker, the drills) opens it
offscreen at 1600×900. Then, in that one process:

- drop → window idle: one edit applied as the canvas applies it (the end of a
  drag: ``editor.move_cards``; a catalog drop: ``editor.add_catalog_card``,
  undone by the next run so the board keeps its size), then events are
  processed until the window is idle — a zero-timer has fired after every
  pending event and no coalescing timer (≤ 50 ms) is waiting;
- open a board: ``open_strategy`` of a strategy not yet open (store load,
  canvas items, docks, first check, drills) until idle, against the floor in
  the same run: the plain-items ``FloorScene`` of the same strategy loaded from
  the same file, shown in a view of the same size, until idle.

And once per size in a fresh process: time to usable window — process spawn
until the main window is idle with the board drawn (``main.py --db FILE``).

Medians of the runs; targets: drop ≤ 16 / 50 / 150 ms, open ≤ 2× the floor at 500.
Run: ``.venv/bin/python -m bench.bench_window [runs] [sizes…] [--no-freeze]``
(default 9 runs; ``--no-freeze`` leaves the collector unfrozen after a board opens).
"""

from __future__ import annotations

import functools
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SIZES = (500, 2000, 5000)
DROP_TARGETS = {500: 16.0, 2000: 50.0, 5000: 150.0}
OPEN_RATIO_TARGET = 2.0
IDLE_TIMER_MS = 50  # a single-shot timer this short is work still to come, not a heartbeat
WINDOW = (1600, 900)


def until_idle(app: Any) -> None:
    """Process events until two zero-timers in a row fire with no short timer pending.

    The second round catches a zero-timer queued while the first round ran.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    clean = 0
    for _ in range(200):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        clean = 0 if _pending(app) else clean + 1
        if clean == 2:
            return


_TIMERS: list[Any] = []


def _pending(app: Any) -> bool:
    if not _TIMERS:
        refresh_timers(app)
    return any(
        timer.isActive() and timer.isSingleShot() and timer.interval() <= IDLE_TIMER_MS
        for timer in _TIMERS
    )


def refresh_timers(app: Any) -> None:
    """Note every timer of the app's windows (looked up once: it is a tree walk)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    _TIMERS[:] = [
        timer
        for root in (app, *QApplication.topLevelWidgets())
        for timer in root.findChildren(QTimer)
    ]


def write_database(path: Path, sizes: tuple[int, ...]) -> dict[int, str]:
    """A SQLite file holding one strategy per size (every pack selected); their ids."""
    from app.checker import load_packs
    from app.paths import sqlite_url
    from app.resources import load_library
    from app.store import Store
    from bench.workload import WORKSHOP_ID, make_strategy
    from models.workshop import Workshop

    library = load_library()
    packs = tuple(sorted(load_packs(capabilities=library.capabilities).packs))
    store = Store.open(sqlite_url(path))
    ids: dict[int, str] = {}
    try:
        store.save_workshop(Workshop(id=WORKSHOP_ID, name="Benchmark workshop"))
        for n in (*sizes, 3):
            strategy = make_strategy(n, seed=n)
            strategy.packs = packs
            store.create_strategy(strategy)
            ids[n] = strategy.id
    finally:
        store.close()
    return ids


def _settings(folder: Path, strategy_id: str | None) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    from bench.workload import WORKSHOP_ID

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("mlops-canvas-bench")
    QCoreApplication.setApplicationName("window-bench")
    settings = QSettings()
    settings.clear()
    settings.setValue("session/workshop", WORKSHOP_ID)
    if strategy_id is not None:
        settings.setValue("session/strategy", strategy_id)
    settings.sync()


def _timed(action: Callable[[], Any], app: Any) -> float:
    start = time.perf_counter()
    action()
    until_idle(app)
    return (time.perf_counter() - start) * 1000


def measure(db: Path, ids: dict[int, str], sizes: tuple[int, ...], runs: int) -> dict[int, Any]:
    """Open the window once; for each size the open, floor and drop medians (ms)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsView

    from app.paths import sqlite_url
    from app.store import Store
    from bench.canvas_floor import FloorScene
    from views.shell import MainWindow
    from views.workbench import Workbench

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(*WINDOW)
    workbench = Workbench(window)
    workbench.report_error = lambda *_a: None  # type: ignore[method-assign]
    workbench.report_notice = lambda *_a: None  # type: ignore[method-assign]
    window.show()
    assert workbench.open_database(str(db))
    workbench.open_strategy(ids[3])
    refresh_timers(app)
    until_idle(app)
    store = Store.open(sqlite_url(db))
    results: dict[int, Any] = {}
    try:
        for n in sizes:
            results[n] = _measure_size(app, workbench, store, ids, n, runs, FloorScene)
    finally:
        store.close()
        window.close()
    del QPointF, QPainter, QGraphicsView
    return results


def _measure_size(  # noqa: PLR0917 - one bench step, its inputs spelled out
    app: Any, wb: Any, store: Any, ids: dict[int, str], n: int, runs: int, floor_scene: Any
) -> dict[str, Any]:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    strategy_id = ids[n]
    small = ids[3]
    opens: list[float] = []
    floors: list[float] = []
    builds: list[float] = []
    open_runs = max(3, runs // 3)
    for _ in range(open_runs):
        # Close the big board so the next open builds it afresh.
        wb.open_strategy(small)
        until_idle(app)
        old = wb.sessions.pop(strategy_id, None)
        if old is not None:
            old.close()
        del old
        gc.collect()
        opens.append(_timed(lambda: wb.open_strategy(strategy_id), app))
        refresh_timers(app)
        views: list[Any] = []

        def floor(views: list[Any] = views) -> None:
            scene = floor_scene(store.load_strategy(strategy_id))
            view = QGraphicsView(scene)
            view.setRenderHints(QPainter.RenderHint.Antialiasing)
            view.resize(*WINDOW)
            view.show()
            views.append((view, scene))

        floors.append(_timed(floor, app))
        loaded = store.load_strategy(strategy_id)
        start = time.perf_counter()
        floor_scene(loaded)
        builds.append((time.perf_counter() - start) * 1000)
        del loaded
        for view, _scene in views:
            view.close()
            view.deleteLater()
        views.clear()
        until_idle(app)
    session = wb.session
    assert session is not None and session.strategy_id == strategy_id
    editor = session.editor
    strategy = session.document.strategy
    degree: dict[str, int] = dict.fromkeys(strategy.cards, 0)
    for link in strategy.links.values():
        degree[link.source] += 1
        degree[link.target] += 1
    ranked = sorted(degree, key=lambda c: (degree[c], c))
    card_id = ranked[len(ranked) // 2]
    home = session.scene.cards[card_id].pos()
    offsets = [QPointF(0, 240), QPointF(0, 0)]
    key = next(iter(sorted(wb.library.catalog)))
    phase = wb.library.catalog[key].phase
    moves: list[float] = []
    drops: list[float] = []
    for index in range(runs * 2):
        moves.append(
            _timed(
                functools.partial(editor.move_cards, [(card_id, home + offsets[index % 2])]), app
            )
        )
        if index % 2 == 0:
            drops.append(_timed(lambda: editor.add_catalog_card(key, phase, None), app))
        else:
            drops.append(_timed(session.stack.undo, app))
    return {
        "open": statistics.median(opens),
        "floor": statistics.median(floors),
        "floor_build": statistics.median(builds),
        "move": statistics.median(moves),
        "drop": statistics.median(drops),
        "move_max": max(moves),
        "drop_max": max(drops),
    }


def _usable_child(db: str) -> None:
    """In a fresh process: run the GUI; print USABLE once it is idle with the board drawn.

    The workbench announces READY once the last strategy is open (``views.shell.probe``);
    from there the events still pending (drawing, the first check, the drills) run.
    """
    from views import shell

    def probe(event: str) -> None:
        if event != "READY":
            return
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def settle() -> None:
            until_idle(QApplication.instance())
            print(f"USABLE {time.time():.6f}", flush=True)
            QApplication.quit()

        QTimer.singleShot(0, settle)

    shell.probe = probe
    from views.app import run_gui

    run_gui(db)


def _write_gui_settings(config: Path, strategy_id: str) -> None:
    """The settings file the GUI reads on Linux: reopen the benchmark strategy."""
    from bench.workload import WORKSHOP_ID
    from views.app import APPLICATION, ORGANIZATION

    folder = config / ORGANIZATION
    folder.mkdir(parents=True, exist_ok=True)
    text = f"[session]\nworkshop={WORKSHOP_ID}\nstrategy={strategy_id}\n"
    (folder / f"{APPLICATION}.conf").write_text(text, encoding="utf-8")


def usable_ms(db: Path, strategy_id: str, runs: int) -> float:
    """Median ms from spawning ``main``-like GUI process to the window idle with the board."""
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            MLOPS_CANVAS_NO_USER_DATA="1",
            XDG_CONFIG_HOME=str(Path(folder) / "config"),
        )
        # An installed app runs from compiled bytecode: let the warm-up run write it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        command = [sys.executable, "-m", "bench.bench_window", "--usable", str(db)]
        for run in range(runs + 1):
            _write_gui_settings(Path(folder) / "config", strategy_id)
            start = time.time()
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
            )
            marks = [line.split() for line in done.stdout.splitlines()]
            usable = [float(m[1]) for m in marks if len(m) == 2 and m[0] == "USABLE"]
            if not usable:
                raise RuntimeError(f"no USABLE line: {done.stderr.strip()[-600:]}")
            if run:  # the first is a warm-up (cold disk cache, bytecode)
                times.append((usable[0] - start) * 1000)
    return statistics.median(times)


def bare_ms(runs: int) -> float:
    """Median ms from spawn to the first paint of a bare PySide6 window (the floor)."""
    from bench.bench_startup import BARE

    times: list[float] = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for run in range(runs + 1):
        start = time.time()
        done = subprocess.run(
            [sys.executable, "-c", BARE], env=env, capture_output=True, text=True, check=False
        )
        marks = [line.split() for line in done.stdout.splitlines()]
        painted = [float(m[1]) for m in marks if len(m) == 2 and m[0] == "FIRST_PAINT"]
        if painted and run:
            times.append((painted[0] - start) * 1000)
    return statistics.median(times) if times else float("nan")


def main() -> None:
    """Print the window table (medians) and the verdicts."""
    if len(sys.argv) == 3 and sys.argv[1] == "--usable":
        _usable_child(sys.argv[2])
        return
    if "--no-freeze" in sys.argv:  # to see what gc.freeze() after opening a board buys
        sys.argv.remove("--no-freeze")
        setattr(gc, "freeze", lambda: None)  # noqa: B010 - the workbench looks it up per call
        print("(gc.freeze() disabled)")
    try:
        runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
        sizes = tuple(int(a) for a in sys.argv[2:]) or SIZES
    except ValueError:
        sys.exit("usage: python -m bench.bench_window [runs] [sizes…]")
    if runs < 1 or any(n < 1 for n in sizes):
        sys.exit("runs and sizes must be 1 or more")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "window.sqlite3"
        ids = write_database(db, sizes)
        settings = Path(folder) / "settings"
        settings.mkdir()
        from PySide6.QtWidgets import QApplication

        QApplication.instance() or QApplication([])
        _settings(settings, None)
        table = measure(db, ids, sizes, runs)
        usable = {n: usable_ms(db, ids[n], max(3, runs // 3)) for n in sizes[:1]}
        usable_small = usable_ms(db, ids[3], max(3, runs // 3))
        bare = bare_ms(max(3, runs // 3))
    print(f"Main window, medians of {runs} runs; {WINDOW[0]}×{WINDOW[1]} offscreen, every pack")
    header = f"{'what':<44}" + "".join(f"{f'{n} cards':>12}" for n in sizes)
    print(header)
    rows = (
        ("move", "drag end (move a card) → idle (ms)"),
        ("move_max", "  … slowest of the runs (ms)"),
        ("drop", "catalog drop / its undo → idle (ms)"),
        ("drop_max", "  … slowest of the runs (ms)"),
        ("open", "open a board → idle (ms)"),
        ("floor", "plain-items floor: load + build + paint (ms)"),
        ("floor_build", "  … of which building the items (ms)"),
    )
    for key, label in rows:
        print(f"{label:<44}" + "".join(f"{table[n][key]:12.1f}" for n in sizes))
    print(
        f"{'open ÷ floor build alone':<44}"
        + "".join(f"{table[n]['open'] / table[n]['floor_build']:12.2f}" for n in sizes)
    )
    print(
        f"{'open ÷ floor':<44}"
        + "".join(f"{table[n]['open'] / table[n]['floor']:12.2f}" for n in sizes)
    )
    for n, value in usable.items():
        print(f"process start → window idle, {n}-card board drawn: {value:.0f} ms")
    print(f"process start → window idle, 3-card board drawn: {usable_small:.0f} ms")
    print(f"process start → first paint of a bare PySide6 window (floor): {bare:.0f} ms")
    misses = [
        f"drop@{n}"
        for n in sizes
        if n in DROP_TARGETS and max(table[n]["move"], table[n]["drop"]) > DROP_TARGETS[n]
    ]
    if 500 in table and table[500]["open"] > OPEN_RATIO_TARGET * table[500]["floor"]:
        misses.append("open@500")
    print("targets met" if not misses else f"targets missed: {', '.join(misses)}")


if __name__ == "__main__":
    main()
