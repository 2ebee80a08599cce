"""The long run's bookkeeping: a hang is counted and kept with its input and its CPU time."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pytest

from tests.fuzz import run


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX interval timers")
def test_a_hang_is_counted_and_kept_with_the_cpu_time_it_used(tmp_path: Path) -> None:
    def blocked(_data: bytes, _rng: random.Random) -> str:
        time.sleep(2)  # waits without using the CPU, as a blocked read would
        return "accepted"

    tally = run.Tally()
    run.run_one(
        "reader",
        blocked,
        b"input",
        random.Random(0),
        tally,
        timeout=0.2,
        memory=False,
        out=tmp_path,
    )
    assert (tally.tried, tally.hangs, tally.accepted) == (1, 1, 0)
    assert (tmp_path / "reader-1.input").read_bytes() == b"input"
    why = (tmp_path / "reader-1.txt").read_text(encoding="utf-8")
    assert why.startswith("hang (0.2 s wall, ") and why.endswith(" s CPU)")
