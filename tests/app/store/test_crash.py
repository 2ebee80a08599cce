"""A writer killed with SIGKILL at a random moment loses nothing it reported as saved."""

from __future__ import annotations

import multiprocessing
import random
import shutil
import signal
import sqlite3
from collections.abc import Iterator
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest

from app.document import Document
from app.paths import sqlite_url
from app.store import Store
from tests.app.store import crash_child
from tests.app.store.conftest import empty_strategy, make_workshop


@pytest.fixture(scope="module")
def forkserver() -> ForkServerContext:
    """Child processes forked from a clean server that has the app imported once."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.app.store.crash_child"])
    return context


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A database with a workshop and an empty strategy, migrated once and copied per run."""
    path = tmp_path_factory.mktemp("crash") / "template.sqlite3"
    with Store.open(sqlite_url(path)) as store:
        store.save_workshop(make_workshop())
        store.create_strategy(empty_strategy())
    yield path


def _kill_after(context: ForkServerContext, path: Path, seed: int, reports: int) -> list[int]:
    """Run the child, SIGKILL it after ``reports`` reports; return every revision it reported."""
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=crash_child.run, args=(str(path), "strategy-1", seed, send), daemon=True
    )
    child.start()
    send.close()
    reported: list[int] = []
    while len(reported) < reports:
        reported.append(receive.recv())
    child.kill()
    child.join()
    # Reports already in the pipe were sent after their write returned: they count too.
    while True:
        try:
            reported.append(receive.recv())
        except EOFError:
            break
    receive.close()
    assert child.exitcode == -signal.SIGKILL
    assert crash_child.WRITE_FAILED not in reported
    return reported


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(20))
def test_sigkill_loses_no_reported_revision(
    forkserver: ForkServerContext, template: Path, tmp_path: Path, seed: int
) -> None:
    path = tmp_path / "crash.sqlite3"
    shutil.copyfile(template, path)
    # Mostly short runs, some past the background checkpoint every 200 commits.
    reports = random.Random(seed).choice([1, 3, 10, 30, 80, 150, 210, 240])
    reported = _kill_after(forkserver, path, seed, reports)
    assert reported == list(range(1, len(reported) + 1))

    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    with Store.open(sqlite_url(path)) as store:
        loaded = store.load_strategy("strategy-1")
        history = store.history("strategy-1")
    assert loaded.revision >= reported[-1]
    assert [record.revision for record in history] == list(range(1, loaded.revision + 1))
    replay = Document(empty_strategy())
    for record in history:
        replay.apply(record.op)
    assert replay.strategy == loaded
