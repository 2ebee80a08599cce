"""Cold-start times of one way of running the app: a frozen build beside ``python main.py``.

    python -m app.packaging.startup --runs 7 -- .venv/bin/python main.py
    python -m app.packaging.startup --runs 7 -- dist/frozen/mlops-canvas/mlops-canvas

For each run: a fresh process, offscreen, on a scratch database, with
``MLOPS_CANVAS_STARTUP_PROBE=exit``; milliseconds from spawn to the first
paint and to the workbench being ready, and to ``--version`` returning.
Prints medians (after one discarded warm-up that also creates the database).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

TIMEOUT = 120


def _spawn(command: list[str], scratch: Path, probe: bool) -> tuple[float, dict[str, float]]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MLOPS_CANVAS_DATA_DIR=str(scratch / "data"),
        XDG_CONFIG_HOME=str(scratch / "config"),
    )
    if probe:
        env["MLOPS_CANVAS_STARTUP_PROBE"] = "exit"
    start = time.time()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    total = (time.time() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed: {done.stderr.strip()[-400:]}")
    marks = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in {"FIRST_PAINT", "READY"}:
            marks[parts[0]] = (float(parts[1]) - start) * 1000
    return total, marks


def measure(launcher: list[str], runs: int) -> dict[str, list[float]]:
    """First paint, ready and ``--version`` times (ms) over ``runs`` runs."""
    results: dict[str, list[float]] = {"first_paint": [], "ready": [], "version": []}
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        gui = [*launcher, "--db", str(scratch / "startup.sqlite3")]
        _spawn(gui, scratch, probe=True)  # warm-up: disk cache, database and demo
        for _ in range(runs):
            _total, marks = _spawn(gui, scratch, probe=True)
            results["first_paint"].append(marks["FIRST_PAINT"])
            results["ready"].append(marks["READY"])
            total, _marks = _spawn([*launcher, "--version"], scratch, probe=False)
            results["version"].append(total)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Print the medians for one launcher."""
    parser = argparse.ArgumentParser(prog="python -m app.packaging.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("launcher", nargs="+", help="the command that starts the app")
    args = parser.parse_args(argv)
    results = measure(args.launcher, args.runs)
    print(f"{' '.join(args.launcher)}: medians of {args.runs} runs, ms from spawn")
    for name, values in results.items():
        print(f"  {name:<12} {statistics.median(values):8.0f}  (min {min(values):.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
