"""Start-up benchmark: process start → first painted main window, and → workbench ready.

Each run starts ``python main.py --db <scratch file>`` in a fresh process with
``MLOPS_CANVAS_STARTUP_PROBE=exit``: the main window prints ``FIRST_PAINT
<epoch>`` from its first paint event and ``READY <epoch>`` once the database,
content and canvas are up, then quits. The parent notes the wall clock just
before spawning. For scale, the same is measured for a bare PySide6
``QMainWindow`` (the floor). Medians over the runs; the first run of each
kind is a discarded warm-up (cold disk cache).

Run: ``.venv/bin/python -m bench.bench_startup [runs]``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_FIRST_PAINT_MS = 250.0

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.done:
            self.done = True
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
w = W(); w.resize(1600, 900); w.show()
app.exec()
"""


def _env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MLOPS_CANVAS_STARTUP_PROBE="exit",
        MLOPS_CANVAS_NO_USER_DATA="1",
        XDG_CONFIG_HOME=str(scratch / "config"),
        PYTHONDONTWRITEBYTECODE="0",
    )
    return env


def _run(command: list[str], scratch: Path) -> dict[str, float]:
    """One child process; returns ms from spawn to each probe line."""
    start = time.time()
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=_env(scratch),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    marks: dict[str, float] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in {"FIRST_PAINT", "READY"}:
            marks[parts[0]] = (float(parts[1]) - start) * 1000
    if "FIRST_PAINT" not in marks:
        raise RuntimeError(f"no FIRST_PAINT from {command}: {done.stderr.strip()[-400:]}")
    return marks


def measure(runs: int = 10) -> dict[str, list[float]]:
    """Run the app and the bare floor ``runs`` times each (after one warm-up)."""
    results: dict[str, list[float]] = {"bare": [], "first_paint": [], "ready": []}
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        db = scratch / "bench.sqlite3"
        app = [sys.executable, "main.py", "--db", str(db)]
        bare = [sys.executable, "-c", BARE]
        _run(app, scratch)  # warm-up; also creates the database and the demo
        _run(bare, scratch)
        for _ in range(runs):
            results["bare"].append(_run(bare, scratch)["FIRST_PAINT"])
            marks = _run(app, scratch)
            results["first_paint"].append(marks["FIRST_PAINT"])
            if "READY" in marks:
                results["ready"].append(marks["READY"])
    return results


def main() -> None:
    """Print the start-up table (medians)."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    results = measure(runs)
    bare = statistics.median(results["bare"])
    first = statistics.median(results["first_paint"])
    print(f"Start-up, medians of {runs} runs (offscreen, ms from process spawn)")
    print(f"{'what':<48} {'median':>8} {'min':>8} {'max':>8}")
    rows = [
        ("bare PySide6 QMainWindow → first paint (floor)", results["bare"]),
        ("main.py → first paint of the main window", results["first_paint"]),
        ("main.py → database, content and canvas ready", results["ready"]),
    ]
    for label, values in rows:
        if values:
            median = statistics.median(values)
            print(f"{label:<48} {median:8.1f} {min(values):8.1f} {max(values):8.1f}")
    verdict = "meets" if first <= TARGET_FIRST_PAINT_MS else "MISSES"
    print(
        f"first paint {first:.0f} ms = {first / bare:.2f}× the floor; "
        f"{verdict} the {TARGET_FIRST_PAINT_MS:.0f} ms target"
    )


if __name__ == "__main__":
    main()
