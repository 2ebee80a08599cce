"""CLI benchmark: process CPU time and wall time of the read-only sub-commands.

Each run starts ``python -m main --db <demo database> COMMAND`` from the source
tree in a fresh process and records the wall clock around it and the child's
user + system CPU time (``resource.getrusage(RUSAGE_CHILDREN)`` before and
after). The database is the demo (``mlops-canvas demo``), made once in a
scratch folder; the first run of each command is a discarded warm-up, which
also fills a bytecode cache in the scratch folder (even if the caller's
environment sets ``PYTHONDONTWRITEBYTECODE``).

For scale, the floors are measured the same way: a bare ``python -c pass``,
``python -c "import sqlalchemy"``, and that import under the garbage-collector
settings ``main.py`` gives a sub-command — what every database command pays
before doing anything of its own. The last column is each command's CPU above
that floor: what the app's own imports and work cost. These machines are
shared and noisy: compare rows of one run, not runs of different days.

Run: ``.venv/bin/python -m bench cli`` or ``.venv/bin/python -m bench.bench_cli [runs]``
(default 9, at least 7).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_CPU_MS = 300.0
MIN_RUNS = 7
# What every database command pays before any of its own work, under the garbage
# collector settings main.py gives a sub-command (see CLI_GC_THRESHOLDS there).
SQLALCHEMY_AS_CLI = (
    "import gc, main; gc.set_threshold(*main.CLI_GC_THRESHOLDS); import sqlalchemy; gc.freeze()"
)
FLOOR = "import sqlalchemy, CLI gc (floor)"


def _env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        MLOPS_CANVAS_DATA_DIR=str(scratch / "data"),
        XDG_CACHE_HOME=str(scratch / "cache"),
        XDG_CONFIG_HOME=str(scratch / "config"),
    )
    env.pop("MLOPS_CANVAS_DB", None)
    # Cached bytecode, as an installed app (pip compiles it) or a used checkout has:
    # without it every run compiles the app's own modules again (~0.15 s). It goes
    # to the scratch folder, never into the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    return env


def _run(command: list[str], scratch: Path) -> tuple[float, float, str]:
    """One child process: (CPU ms, wall ms, stdout). Raises when it fails unexpectedly."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=_env(scratch),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    # check exits 1 when it finds a blocking gap; anything else is a broken run.
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{command} exited {done.returncode}: {done.stderr.strip()[-400:]}")
    return cpu, wall, done.stdout


def _strategy_id(db: Path, scratch: Path) -> str:
    """The id of the demo's larger strategy (the one with most cards)."""
    _, _, out = _run([sys.executable, "-m", "main", "--db", str(db), "strategies"], scratch)
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    return max(rows, key=lambda row: int(row[-1]))[0]


def measure(runs: int = 9) -> dict[str, tuple[list[float], list[float]]]:
    """Run each command ``runs`` times (after one warm-up); CPU and wall ms per run."""
    results: dict[str, tuple[list[float], list[float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        db = scratch / "demo.sqlite3"
        main = [sys.executable, "-m", "main", "--db", str(db)]
        _run([*main, "demo"], scratch)
        strategy = _strategy_id(db, scratch)
        commands = {
            "python -c pass (floor)": [sys.executable, "-c", "pass"],
            "python -c 'import sqlalchemy' (floor)": [sys.executable, "-c", "import sqlalchemy"],
            FLOOR: [sys.executable, "-c", SQLALCHEMY_AS_CLI],
            "workshops": [*main, "workshops"],
            "strategies": [*main, "strategies"],
            "check STRATEGY_ID": [*main, "check", strategy],
            "drill STRATEGY_ID": [*main, "drill", strategy],
        }
        for label, command in commands.items():
            _run(command, scratch)  # warm-up: bytecode, disk cache, the pack cache
            cpu: list[float] = []
            wall: list[float] = []
            for _ in range(runs):
                c, w, _ = _run(command, scratch)
                cpu.append(c)
                wall.append(w)
            results[label] = (cpu, wall)
    return results


def main() -> None:
    """Print the CLI table (medians, ms)."""
    runs = max(MIN_RUNS, int(sys.argv[1]) if len(sys.argv) > 1 else 9)
    results = measure(runs)
    floor = statistics.median(results[FLOOR][0])
    print(f"CLI on the demo database, medians of {runs} runs (ms; CPU = user + sys of the process)")
    header = f"{'command':<40} {'CPU':>6} {'min':>6} {'max':>6} {'wall':>6} {'budget':>6}"
    print(f"{header} {'over floor':>10}")
    for label, (cpu, wall) in results.items():
        median = statistics.median(cpu)
        is_floor = "floor" in label
        budget = "" if is_floor else ("ok" if median <= TARGET_CPU_MS else "OVER")
        above = "" if is_floor else f"{median - floor:+.0f}"
        print(
            f"{label:<40} {median:6.0f} {min(cpu):6.0f} {max(cpu):6.0f} "
            f"{statistics.median(wall):6.0f} {budget:>6} {above:>10}"
        )
    print(
        f"budget: {TARGET_CPU_MS:.0f} ms of process CPU per command; "
        f"floor: {FLOOR.removesuffix(' (floor)')}"
    )


if __name__ == "__main__":
    main()
