"""Canvas benchmark: our scene beside a plain-QGraphicsScene floor, 500 and 2,000 cards.

For each size (1.3 links per card, ``bench.workload``) and each link layout —
first random link ends anywhere in their lanes (long links, the worst case),
then near-neighbour links over the same cards (short links, a tidy board) —
in the same process and on the same data, viewport 1600×900, offscreen raster:

- build: the scene from the in-memory strategy;
- fitted frame / 100% frame: a real synchronous repaint of the viewport;
- drag step: one mouse-move's worth (move the card, links follow, repaint),
  for a typical card and for the most-linked card;
- drop (ours only): gesture end → one MoveCard through the undo stack, the
  document, the scene, the SQLite autosave and one full re-check;
- peak memory: max RSS of a child process that builds and shows the board.

One table per link layout, each against its own floor. Medians of repeated
runs. Run: ``.venv/bin/python -m bench.bench_canvas [runs]`` (default 15).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.workload import NEAR, LinkLayout

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = (500, 2000)
VIEWPORT = (1600, 900)
TARGETS_500 = {"build": 100.0, "fitted": 16.0, "drag": 2.0, "drop": 16.0, "memory": 150.0}
TARGET_FITTED_2000 = 33.0
LAYOUTS: tuple[tuple[LinkLayout, str], ...] = (
    ("random", "random links (ends anywhere in their lanes)"),
    ("local", f"near-neighbour links (ends at most {NEAR} slots apart, same or next lane)"),
)


def _alternate(actions: dict[str, Callable[[], Any]], runs: int) -> dict[str, float]:
    """Median ms of each action, run in alternation so machine noise hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def _view(scene: Any) -> Any:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    from views.canvas.scene import CanvasScene
    from views.canvas.view import CanvasView

    if isinstance(scene, CanvasScene):
        view: Any = CanvasView(scene)
    else:
        view = QGraphicsView(scene)
        view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*VIEWPORT)
    view.show()
    return view


def _fit(view: Any, rect: Any) -> None:
    from PySide6.QtCore import Qt

    from views.canvas.view import CanvasView

    if isinstance(view, CanvasView):
        view.fit_rect(rect)  # ours switches its level of detail
    else:
        view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)


def _hundred(view: Any, item: Any) -> None:
    from PySide6.QtGui import QTransform

    from views.canvas.view import CanvasView

    if isinstance(view, CanvasView):
        view.set_zoom(1.0)
    else:
        view.setTransform(QTransform())
    view.centerOn(item)


def _settle(app: Any) -> None:
    """Let the scene report its dirty region and the viewport repaint just that."""
    for _ in range(2):
        app.processEvents()


def measure_size(n: int, runs: int, links: LinkLayout = "random") -> dict[str, dict[str, float]]:
    """All timings for one board size and link layout: {'floor': {...}, 'ours': {...}}."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from app.document import Document
    from bench.canvas_floor import FloorScene
    from bench.workload import make_strategy
    from views.canvas.scene import CanvasScene

    app = QApplication.instance() or QApplication([])
    strategy = make_strategy(n, links=links)
    degree: dict[str, int] = dict.fromkeys(strategy.cards, 0)
    for link in strategy.links.values():
        degree[link.source] += 1
        degree[link.target] += 1
    ranked = sorted(degree, key=lambda c: (degree[c], c))
    typical, busiest = ranked[len(ranked) // 2], ranked[-1]

    def build_ours() -> CanvasScene:
        # Building only reads the strategy, so the timed builds share it.
        scene = CanvasScene()
        scene.set_document(Document(strategy))
        return scene

    builders: dict[str, Callable[[], Any]] = {
        "floor": lambda: FloorScene(strategy),
        "ours": build_ours,
    }
    results: dict[str, dict[str, float]] = {name: {} for name in builders}
    for name, value in _alternate(builders, max(3, runs // 2)).items():
        results[name]["build"] = value
    scenes = {name: build() for name, build in builders.items()}
    edited = CanvasScene()  # the drop edits its strategy: give it its own copy
    edited.set_document(Document(strategy.model_copy(deep=True)))
    scenes["ours"] = edited
    views = {name: _view(scene) for name, scene in scenes.items()}
    _settle(app)
    for name, view in views.items():
        _fit(view, scenes[name].sceneRect())
    _settle(app)
    repaint = {name: view.viewport().repaint for name, view in views.items()}
    for name, value in _alternate(repaint, runs).items():
        results[name]["fitted"] = value
    for label, card_id in (("drag", typical), ("drag_busy", busiest)):
        for name, view in views.items():
            _hundred(view, scenes[name].cards[card_id])
        _settle(app)
        if label == "drag":
            for name, value in _alternate(repaint, runs).items():
                results[name]["hundred"] = value
        steps: dict[str, Callable[[], Any]] = {}
        for name, scene in scenes.items():
            sign = [1.0]

            def step(
                scene: Any = scene,
                name: str = name,
                sign: list[float] = sign,
                card: str = card_id,
            ) -> None:
                sign[0] = -sign[0]
                delta = QPointF(4.0 * sign[0], 3.0 * sign[0])
                if name == "floor":
                    scene.move_card(card, delta)
                else:
                    item = scene.cards[card]
                    item.setPos(item.pos() + delta)
                _settle(app)

            steps[name] = step
        for name, value in _alternate(steps, runs * 2).items():
            results[name][label] = value
    ours = scenes["ours"]
    assert isinstance(ours, CanvasScene)
    # Link length drives the drag step: an antialiased curve costs by its length, and
    # every link crossing the repainted region is stroked again (floor and ours alike).
    lengths = sorted(link.path().length() for link in ours.links.values())
    if lengths:
        results["ours"]["link_median"] = lengths[len(lengths) // 2]
        results["ours"]["link_p90"] = lengths[int(len(lengths) * 0.9)]
    results["ours"]["drop"] = _measure_drop(ours, strategy, typical, runs)
    for view in views.values():
        view.close()
    return results


def _measure_drop(scene: Any, strategy: Any, card_id: str, runs: int) -> float:
    """Gesture end → persisted (SQLite autosave) and re-checked, through the undo stack."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QUndoStack

    from app.autosave import Autosaver
    from app.checker import Checker, load_packs
    from app.paths import sqlite_url
    from app.resources import load_library
    from app.store import Store
    from bench.workload import WORKSHOP_ID
    from models.workshop import Workshop
    from views.canvas.scene import CanvasScene
    from views.editor import StrategyEditor

    assert isinstance(scene, CanvasScene) and scene.document is not None
    document = scene.document
    library = load_library()
    packs = load_packs(capabilities=library.capabilities)
    checker = Checker(packs, library, library.capabilities)
    pack_keys = tuple(packs.packs)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(sqlite_url(Path(folder) / "bench.sqlite3"))
        store.save_workshop(Workshop(id=WORKSHOP_ID, name="Benchmark workshop"))
        store.create_strategy(document.strategy)
        saver = Autosaver(store, document)
        editor = StrategyEditor(document, scene, library, QUndoStack())
        item = scene.cards[card_id]
        home = item.pos()
        offsets = [QPointF(0, 240), QPointF(0, 0)]
        times = []
        for index in range(runs * 2):
            target = home + offsets[index % 2]
            start = time.perf_counter()
            editor.move_cards([(card_id, target)])
            checker.check(document.strategy, pack_keys)
            times.append((time.perf_counter() - start) * 1000)
        assert saver.pending == 0
        saver.close()
        store.close()
    return statistics.median(times)


def _memory_child(variant: str, n: int, links: LinkLayout) -> None:
    """Build and show one board, repaint fitted and at 100%, print max RSS in MB."""
    from PySide6.QtWidgets import QApplication

    from app.document import Document
    from bench.canvas_floor import FloorScene
    from bench.workload import make_strategy
    from views.canvas.scene import CanvasScene

    app = QApplication([])
    strategy = make_strategy(n, links=links)
    if variant == "floor":
        scene: Any = FloorScene(strategy)
    else:
        ours = CanvasScene()
        ours.set_document(Document(strategy))
        scene = ours
    view = _view(scene)
    _fit(view, scene.sceneRect())
    app.processEvents()
    view.viewport().repaint()
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    hwm = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")), None)
    kb = float(hwm) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(kb / 1024)


def peak_memory_mb(variant: str, n: int, links: LinkLayout = "random") -> float:
    """Max RSS (MB) of a fresh process showing one board."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_canvas", "--memory", variant, str(n), links],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return float(done.stdout.strip().splitlines()[-1])


ROWS = (
    ("build", "build scene from the model (ms)"),
    ("fitted", "full frame, board fitted (ms)"),
    ("hundred", "full frame at 100% (ms)"),
    ("drag", "drag step, typical card (ms)"),
    ("drag_busy", "drag step, most-linked card (ms)"),
    ("drop", "drop → persisted + re-checked (ms)"),
    ("memory", "peak memory of the process (MB)"),
)


def _print_table(table: dict[int, dict[str, dict[str, float]]]) -> None:
    """The floor/ours/ratio rows of one link layout, then its link lengths."""
    header = f"{'what':<36}" + "".join(
        f"{f'floor {n}':>12}{f'ours {n}':>11}{'ratio':>7}" for n in SIZES
    )
    print(header)
    for key, label in ROWS:
        cells = ""
        for n in SIZES:
            floor = table[n]["floor"].get(key)
            ours = table[n]["ours"].get(key)
            ratio = f"{ours / floor:.2f}" if floor and ours is not None else "–"
            cells += (
                f"{floor if floor is not None else '–':>12}" if floor is None else f"{floor:12.1f}"
            )
            cells += f"{ours:11.1f}" if ours is not None else f"{'–':>11}"
            cells += f"{ratio:>7}"
        print(f"{label:<36}{cells}")
    for n in SIZES:
        row = table[n]["ours"]
        if "link_median" in row:
            print(
                f"links at {n} cards: median {row['link_median']:.0f}, "
                f"90th percentile {row['link_p90']:.0f} scene px long"
            )


def _targets(table: dict[int, dict[str, dict[str, float]]]) -> str:
    """'targets met', or which targets ours missed."""
    small = table[500]["ours"]
    misses = [k for k, limit in TARGETS_500.items() if small.get(k, 0.0) > limit]
    if table[2000]["ours"]["fitted"] > TARGET_FITTED_2000:
        misses.append("fitted@2000")
    return "targets met" if not misses else f"targets missed: {', '.join(misses)}"


def main() -> None:
    """Print one table per link layout: random links first, then near-neighbour links."""
    if len(sys.argv) in (4, 5) and sys.argv[1] == "--memory":
        layout = sys.argv[4] if len(sys.argv) == 5 else "random"
        if layout not in ("random", "local"):
            sys.exit(f"unknown link layout {layout!r}; expected random or local")
        _memory_child(sys.argv[2], int(sys.argv[3]), "local" if layout == "local" else "random")
        return
    try:
        runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    except ValueError:
        sys.exit(f"runs must be a whole number, not {sys.argv[1]!r}")
    if runs < 1:
        sys.exit(f"runs must be 1 or more, not {runs}")
    tables = {links: {n: measure_size(n, runs, links) for n in SIZES} for links, _ in LAYOUTS}
    for links, table in tables.items():
        for n in SIZES:
            for variant in ("floor", "ours"):
                table[n][variant]["memory"] = peak_memory_mb(variant, n, links)
    print(f"Canvas, medians of {runs} runs; viewport {VIEWPORT[0]}×{VIEWPORT[1]}, offscreen raster")
    for index, (links, title) in enumerate(LAYOUTS):
        if index:
            print(f"\nSame cards, {title}:")
        _print_table(tables[links])
        verdict = _targets(tables[links])
        print(verdict if not index else f"{links} links: {verdict}")


if __name__ == "__main__":
    main()
