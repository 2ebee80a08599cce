"""Temporary files left by an interrupted export are removed by the next one (issue 15, item 9).

3 in 24 kills mid-export left a ``.part`` or ``.tmp`` file beside the target and
nothing cleaned it up. The next export of the same target now removes every
such file whose writer is gone — and only those: a file another export is
still writing (it holds its lock), a symlink or another user's file stays.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.export.api import export_markdown
from app.export.atomic import atomic_write, leftovers, remove_leftovers
from tests.app.export.conftest import sample_bundle

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="flock and SIGKILL are POSIX")


def _leftover(target: Path, token: str, suffix: str) -> Path:
    path = target.with_name(f".{target.name}.{token}{suffix}")
    path.write_bytes(b"half a file")
    return path


def test_the_next_export_removes_what_an_interrupted_one_left(tmp_path: Path) -> None:
    target = tmp_path / "deck.md"
    stale = [_leftover(target, "0123abcd", ".part"), _leftover(target, "deadbeef", ".tmp")]
    other = _leftover(tmp_path / "other.md", "0123abcd", ".part")
    export_markdown(sample_bundle(), target)
    assert not any(path.exists() for path in stale)
    assert other.exists()  # another target's: its own next export cleans it
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "deck.md"]


@posix_only
def test_a_file_another_export_is_writing_is_left_alone(tmp_path: Path) -> None:
    import fcntl

    target = tmp_path / "deck.pdf"
    live = _leftover(target, "00000001", ".part")
    fd = os.open(live, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert remove_leftovers(target) == 0
        assert live.exists()
    finally:
        os.close(fd)
    assert remove_leftovers(target) == 1
    assert not live.exists()


@posix_only
def test_symlinks_and_look_alike_names_are_never_followed_or_removed(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    precious = tmp_path / "precious.txt"
    precious.write_text("keep")
    link = target.with_name(f".{target.name}.0badc0de.part")
    link.symlink_to(precious)
    near = [
        target.with_name(f".{target.name}.0123abc.part"),  # 7 hex digits
        target.with_name(f".{target.name}.0123abcd.pdf"),
        target.with_name(f"{target.name}.0123abcd.part"),  # not hidden
    ]
    for path in near:
        path.write_text("x")
    assert remove_leftovers(target) == 0
    assert link.is_symlink() and precious.read_text() == "keep"
    assert all(path.exists() for path in near)


@posix_only
@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to make another user's file")
def test_another_users_leftover_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    foreign = _leftover(target, "feedface", ".part")
    os.chown(foreign, 65534, 65534)
    assert remove_leftovers(target) == 0 and foreign.exists()


CHILD = """
import sys, time
from pathlib import Path
from app.export.atomic import atomic_write

def slow(handle):
    handle.write(b"x" * 1000)
    handle.flush()
    print("writing", flush=True)
    time.sleep(60)

atomic_write(Path(sys.argv[1]), slow)
"""


@posix_only
def test_a_killed_export_leaves_a_file_that_the_next_one_removes(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target)],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"writing"
        (part,) = leftovers(target)
        assert remove_leftovers(target) == 0  # its writer is alive: not touched
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert part.exists() and not target.exists()
    started = time.monotonic()
    atomic_write(target, lambda handle: handle.write(b"whole"))
    assert time.monotonic() - started < 5
    assert not part.exists()
    assert target.read_bytes() == b"whole"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pdf"]
