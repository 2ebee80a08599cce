"""Independent checks of a produced deck with qpdf and poppler's pdffonts (when installed)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.app.export.conftest import sample_bundle, sample_strategy

Render = Callable[..., bytes]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install qpdf poppler-utils; .ci/run does)")
    return path


@pytest.fixture
def deck(render: Render, tmp_path: Path) -> Path:
    """A deck with a large canvas and every kind of slide, written to a file."""
    path = tmp_path / "deck.pdf"
    path.write_bytes(render(sample_bundle(sample_strategy(cards_per_phase=25))))
    return path


def test_qpdf_finds_no_structural_errors(deck: Path) -> None:
    result = subprocess.run(
        [_tool("qpdf"), "--check", str(deck)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


def test_pdffonts_lists_only_embedded_unicode_fonts(deck: Path) -> None:
    result = subprocess.run(
        [_tool("pdffonts"), str(deck)], capture_output=True, text=True, check=True
    )
    rows = result.stdout.splitlines()[2:]
    assert rows, result.stdout
    for row in rows:
        name, *rest = row.split()
        emb, sub, uni = rest[-5:-2]
        assert "DejaVuSans" in name, row
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row


def test_pdftotext_extracts_titles(deck: Path) -> None:
    result = subprocess.run(
        [_tool("pdftotext"), str(deck), "-"], capture_output=True, text=True, check=True
    )
    for title in ("The board", "The gaps that would hurt first", "Next steps", "Team Kōwhai"):
        assert title in result.stdout
