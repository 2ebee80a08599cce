"""The page count read from a written PDF agrees with an independent reader (pypdf)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from app.export import api
from app.pdf_pages import page_count, page_count_of
from tests.app.export.conftest import sample_bundle, sample_strategy


def test_deck_and_handout_pages_match_pypdf(tmp_path: Path) -> None:
    bundle = sample_bundle(sample_strategy(cards_per_phase=7))
    for handout in (False, True):
        path = tmp_path / f"out-{handout}.pdf"
        api.export_pdf(bundle, path, handout=handout)
        assert page_count(path) == len(PdfReader(path).pages)


def test_a_page_tree_with_several_levels_counts_its_root() -> None:
    writer = PdfWriter()
    for _ in range(23):
        writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    assert page_count_of(out.getvalue()) == 23


def test_not_a_pdf_or_missing_gives_none(tmp_path: Path) -> None:
    assert page_count_of(b"hello") is None
    assert page_count(tmp_path / "missing.pdf") is None
