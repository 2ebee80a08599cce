"""A failed export leaves no half-written file at the target path."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.export.board_drawing
from app.export.api import export_csv, export_markdown, export_pdf
from app.export.atomic import ExportError, atomic_write
from tests.app.export.conftest import read_pdf, sample_bundle


def _explode(*args: object, **kwargs: object) -> None:
    raise RuntimeError("boom in the middle of the build")


def test_build_failure_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The board is slide 3 of the presentation: pages are already written when it fails.
    monkeypatch.setattr(app.export.board_drawing.BoardFlowable, "draw", _explode)
    target = tmp_path / "deck.pdf"
    with pytest.raises(RuntimeError, match="boom"):
        export_pdf(sample_bundle(), target)
    assert list(tmp_path.iterdir()) == []


def test_build_failure_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "deck.pdf"
    export_pdf(sample_bundle(), target)
    before = target.read_bytes()
    monkeypatch.setattr(app.export.board_drawing.BoardFlowable, "draw", _explode)
    with pytest.raises(RuntimeError):
        export_pdf(sample_bundle(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pdf"]
    assert len(read_pdf(target).pages) >= 6


def test_successful_export_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    target.write_bytes(b"old")
    result = export_pdf(sample_bundle(), target, handout=True)
    assert result.path == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pdf"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(sample_bundle(), tmp_path / "nope" / "deck.pdf")


def test_os_error_while_writing_becomes_export_error(tmp_path: Path) -> None:
    def fail(handle: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match=r"x\.pdf: the disk is full; free some space"):
        atomic_write(tmp_path / "x.pdf", fail)
    assert list(tmp_path.iterdir()) == []


def test_markdown_and_csv_are_written(tmp_path: Path) -> None:
    bundle = sample_bundle()
    export_markdown(bundle, tmp_path / "deck.md")
    export_csv(bundle, tmp_path / "actions.csv")
    markdown = (tmp_path / "deck.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Fair benefits triage")
    assert "## Next steps" in markdown
    rows = (tmp_path / "actions.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "card,phase,owner,status,notes"
    open_cards = [c for c in bundle.strategy.cards.values() if c.status.value != "in-place"]
    assert len(rows) == 1 + len(open_cards)


def test_cancel_stops_the_export_and_keeps_the_previous_file(tmp_path: Path) -> None:
    from app.export.api import ExportCancelled

    target = tmp_path / "deck.pdf"
    target.write_bytes(b"previous")
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # stop at the fourth slide

    with pytest.raises(ExportCancelled):
        export_pdf(sample_bundle(), target, cancelled=cancelled)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pdf"]
