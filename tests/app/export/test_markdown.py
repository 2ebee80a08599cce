"""The Markdown and CSV companions come from the same slides as the PDF."""

from __future__ import annotations

import csv
import io

from app.export.api import csv_text, markdown_text
from app.export.blocks import Audience
from app.export.markdown import md
from app.export.sections import build_slides
from tests.app.export.conftest import sample_bundle


def test_every_slide_is_a_heading() -> None:
    bundle = sample_bundle()
    text = markdown_text(bundle)
    for slide in build_slides(bundle, Audience.PLAN):
        assert f"# {md(slide.title)}\n" in text


def test_canvas_lists_every_card_and_link() -> None:
    bundle = sample_bundle()
    text = markdown_text(bundle)
    for card in bundle.strategy.cards.values():
        assert md(card.title) in text
    assert text.count(" → ") >= 2 * len(bundle.strategy.links)


def test_coverage_is_a_table_with_in_place_and_planned_apart() -> None:
    text = markdown_text(sample_bundle())
    assert "| EU AI Act \\(high\\-risk\\) | 2024/1689 as adopted | 6 | 2 | 10 | 0 | 60% |" in text


def test_the_law_date_and_planned_findings_are_stated() -> None:
    text = markdown_text(sample_bundle()).replace("\\", "")
    assert "Law as of 1 December 2026" in text
    assert "#### PLANNED · WARNING No impact assessment" in text
    assert "The gaps that would hurt first" in text


def test_csv_rows_are_the_open_cards_in_progress_first() -> None:
    bundle = sample_bundle()
    rows = list(csv.DictReader(io.StringIO(csv_text(bundle))))
    open_cards = [c for c in bundle.strategy.cards.values() if c.status.value != "in-place"]
    assert len(rows) == len(open_cards)
    statuses = [r["status"] for r in rows]
    assert statuses == sorted(statuses, key=lambda s: s != "In progress")
    by_title = {c.title: c for c in open_cards}
    for row in rows:
        card = by_title[row["card"]]
        assert row["phase"] == card.phase.short_title
        assert row["notes"] == card.notes
