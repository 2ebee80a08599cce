"""Child process of the crash test: edits a strategy until killed, reporting each saved revision.

The test starts ``run`` in a fresh process forked from a multiprocessing
forkserver that has these modules imported already, so each run starts in
milliseconds. After every operation the autosaver has written (``record``
returned), the revision is sent to the parent. It can also run on its own:
``python -m tests.app.store.crash_child DB_PATH STRATEGY_ID SEED`` prints the
revisions to stdout, one per line.
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from app.autosave import Autosaver
from app.document import Document
from app.paths import sqlite_url
from app.store import Store
from tests.app.store.opgen import random_op

WRITE_FAILED = -1


def _edit_forever(path: str, strategy_id: str, seed: int, report: Callable[[int], None]) -> None:
    store = Store.open(sqlite_url(Path(path)))
    document = Document(store.load_strategy(strategy_id))
    saver = Autosaver(store, document)
    rng = random.Random(seed)
    while True:
        document.apply(random_op(rng, document.strategy))
        if saver.pending:
            report(WRITE_FAILED)
            return
        report(saver.saved_revision)


def run(path: str, strategy_id: str, seed: int, pipe: Connection) -> None:
    """Edit until killed, sending each saved revision (or ``WRITE_FAILED``) through ``pipe``."""
    _edit_forever(path, strategy_id, seed, pipe.send)


def main(argv: list[str]) -> int:
    """Command-line form: report to stdout; exit 3 if a write failed."""
    path, strategy_id, seed = argv
    failed: list[bool] = []

    def report(revision: int) -> None:
        failed.append(revision == WRITE_FAILED)
        os.write(1, f"{revision}\n".encode())

    _edit_forever(path, strategy_id, int(seed), report)
    return 3 if any(failed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
