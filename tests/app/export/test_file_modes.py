"""Exported files get the permissions the user's umask asks for, like any file they create.

Atomic writes go through a temporary file; ``tempfile.mkstemp`` would make it
(and so every export) ``-rw-------`` whatever the umask.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cli.exchange import write_atomically
from app.export.api import export_csv, export_markdown, export_pdf
from app.export.atomic import atomic_write
from tests.app.export.conftest import sample_bundle

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")

Writer = Callable[[Path], object]
WRITERS: dict[str, Writer] = {
    "deck.pdf": lambda path: export_pdf(sample_bundle(), path),
    "handout.pdf": lambda path: export_pdf(sample_bundle(), path, handout=True),
    "deck.md": lambda path: export_markdown(sample_bundle(), path),
    "actions.csv": lambda path: export_csv(sample_bundle(), path),
    "strategy.json": lambda path: write_atomically(path, b'{"format": "mlops-canvas/strategy"}'),
    "plain.bin": lambda path: atomic_write(path, lambda handle: handle.write(b"x")),
}


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for one test, and put the previous one back."""
    previous = os.umask(0o022)
    os.umask(previous)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_export_respects_umask_022(tmp_path: Path, umask: Callable[[int], None], name: str) -> None:
    umask(0o022)
    target = tmp_path / name
    WRITERS[name](target)
    assert _mode(target) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


@pytest.mark.parametrize("name", ["deck.md", "strategy.json"])
def test_export_respects_a_strict_umask(
    tmp_path: Path, umask: Callable[[int], None], name: str
) -> None:
    umask(0o077)
    target = tmp_path / name
    WRITERS[name](target)
    assert _mode(target) == 0o600


@pytest.mark.parametrize("name", ["deck.md", "strategy.json"])
def test_replacing_a_file_keeps_its_permissions(
    tmp_path: Path, umask: Callable[[int], None], name: str
) -> None:
    umask(0o022)
    target = tmp_path / name
    target.write_bytes(b"old")
    target.chmod(0o640)
    WRITERS[name](target)
    assert target.read_bytes() != b"old"
    assert _mode(target) == 0o640
