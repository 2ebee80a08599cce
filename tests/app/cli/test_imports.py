"""Each sub-command imports only what it uses: the structure that keeps the CLI fast.

Every command runs in a fresh interpreter, through ``main.main`` as a shell would
reach it, and reports which modules it loaded. What must stay out:

- Qt, always: the CLI runs on machines without a display.
- Alembic, when the database is already at the newest schema.
- NetworkX and ReportLab, unless a command draws or exports (the checker and the
  drills read the strategy directly).
- ``sqlalchemy.orm``: the store declares Core tables and reads with Core statements.
- For listing workshops and strategies: the checker, the drills, the exporter, and
  the review and operation models (the store loads them on the first read that needs them).

No timing is asserted here; ``python -m bench cli`` measures the time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TIMEOUT = 120

REPORT = """
import contextlib, io, json, sys
import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        status = main.main(sys.argv[1:])
    except SystemExit as stop:  # --help
        status = stop.code
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""

NEVER = ("PySide6", "shiboken6", "views")
NOT_AT_HEAD = ("alembic",)
NOT_TO_CHECK = ("networkx", "reportlab", "sqlalchemy.orm", "models.review")
NOT_TO_LIST = (
    "app.checker",
    "app.drills",
    "app.export",
    "app.exchange",
    "models.operations",
    "models.rules",
    "models.drills",
)


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("MLOPS_CANVAS_DB", None)
    env["MLOPS_CANVAS_DATA_DIR"] = str(tmp / "data")
    return env


def _loaded(tmp: Path, *argv: str) -> tuple[int, list[str]]:
    """Run ``main.main(argv)`` in a fresh interpreter: its status and every module it loaded."""
    done = subprocess.run(
        [sys.executable, "-c", REPORT, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(tmp),
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    return report["status"], report["modules"]


def _among(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(f"{p}.") for p in prefixes)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A scratch folder, a demo database in it at the newest schema, and a strategy id."""
    tmp = tmp_path_factory.mktemp("imports")
    db = tmp / "demo.sqlite3"
    for argv in (["demo"], ["strategies", "--format", "json"]):
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db), *argv],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=_env(tmp),
            timeout=TIMEOUT,
            check=True,
        )
    strategy = max(json.loads(done.stdout), key=lambda s: s["card_count"])["id"]
    return tmp, db, strategy


@pytest.mark.parametrize("command", [["workshops"], ["strategies", "--format", "json"]])
def test_listing_loads_the_store_and_nothing_else_heavy(
    demo: tuple[Path, Path, str], command: list[str]
) -> None:
    tmp, db, _ = demo
    status, modules = _loaded(tmp, "--db", str(db), *command)
    assert status == 0
    assert "app.store.store" in modules  # it did open the database
    assert _among(modules, NEVER + NOT_AT_HEAD + NOT_TO_CHECK + NOT_TO_LIST) == []


@pytest.mark.parametrize("command", ["check", "drill"])
def test_check_and_drill_load_no_graph_library_orm_or_exporter(
    demo: tuple[Path, Path, str], command: str
) -> None:
    tmp, db, strategy = demo
    status, modules = _loaded(tmp, "--db", str(db), command, strategy)
    assert status in (0, 1)  # check exits 1 when the strategy has blocking gaps
    assert {"app.store.store", "app.drills.trace"} <= set(modules)
    assert _among(modules, NEVER + NOT_AT_HEAD + NOT_TO_CHECK + ("app.export.deck",)) == []


@pytest.mark.parametrize("command", [["--help"], ["export", "{id}", "-o", "{tmp}/x.json"]])
def test_no_command_imports_qt(demo: tuple[Path, Path, str], command: list[str]) -> None:
    tmp, db, strategy = demo
    argv = [part.format(id=strategy, tmp=tmp) for part in command]
    _, modules = _loaded(tmp, "--db", str(db), *argv)
    assert _among(modules, NEVER) == []


@pytest.mark.parametrize("package", ["app.store", "app.drills"])
def test_every_public_name_of_a_lazy_package_resolves(package: str) -> None:
    # A name added to __all__ must also be given a home, or it fails only when first used.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import {package} as p; print(all(getattr(p, n) is not None for n in p.__all__))",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
