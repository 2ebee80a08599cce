"""Hostile user text renders as literal text (or is cut with an ellipsis), never as markup."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest

from app.export.api import csv_text, markdown_text, render_pdf
from app.export.bundle import ExportBundle
from app.export.markdown import md
from models.strategy import Card
from models.vocabulary import Status
from tests.app.export.conftest import all_text, read_pdf, sample_bundle, sample_strategy

Render = Callable[..., bytes]
CARD = "data-0"


def _bundle_with_card(**fields: object) -> ExportBundle:
    return sample_bundle(sample_strategy(overrides={CARD: fields}))


def _both(render: Render, bundle: ExportBundle) -> tuple[str, str]:
    """The presentation's text (card titles on the board) and the full plan's (notes too)."""
    deck = all_text(read_pdf(render(bundle)))
    handout = all_text(read_pdf(render(bundle, handout=True)))
    return deck, handout


def _no_links(data: bytes) -> None:
    reader = read_pdf(data)
    for page in reader.pages:
        assert "/Annots" not in page, "user text produced a clickable annotation"
    assert b"/URI" not in data


def test_font_tag_in_a_title_is_literal_text(render: Render) -> None:
    bundle = _bundle_with_card(title="<font size=80>Huge</font>")
    for text in _both(render, bundle):
        assert "<font size=80>Huge</font>" in text


def test_anchor_tag_in_a_title_is_literal_and_not_a_link(render: Render) -> None:
    title = '<a href="http://x">click me</a>'
    bundle = _bundle_with_card(title=title)
    data = render(bundle)
    assert title in all_text(read_pdf(data))
    _no_links(data)
    _no_links(render(bundle, handout=True))


def test_stray_ampersand_in_title_and_notes(render: Render) -> None:
    bundle = _bundle_with_card(title="Fish & chips &amp; AT&T", notes="R&D &#60; &nbsp;")
    deck, handout = _both(render, bundle)
    for text in (deck, handout):
        assert "Fish & chips &amp; AT&T" in text
    assert "R&D &#60; &nbsp;" in handout


def test_stray_less_than_in_title_and_notes(render: Render) -> None:
    bundle = _bundle_with_card(title="error rate < 5% <b", notes="a<b and <br/> and <para>")
    deck, handout = _both(render, bundle)
    for text in (deck, handout):
        assert "error rate < 5% <b" in text
    assert "a<b and <br/> and <para>" in handout


def test_control_characters_are_dropped(render: Render) -> None:
    strategy = sample_strategy(overrides={CARD: {"notes": "bell\x07 nul\x00 esc\x1b[31m end\x7f."}})
    # Titles are validated, but records from older files may bypass validation.
    strategy.cards[CARD] = Card.model_construct(
        **{**strategy.cards[CARD].__dict__, "title": "ctrl\x00\x08\x1b title\u202e"}
    )
    bundle = sample_bundle(strategy)
    deck, handout = _both(render, bundle)
    for text in (deck, handout):
        assert "ctrl title" in text
    assert "bell nul esc[31m end." in handout
    assert "\x00" not in markdown_text(bundle)
    assert "\x07" not in csv_text(bundle)


def test_ten_thousand_character_note_is_cut_with_an_ellipsis(render: Render) -> None:
    note = ("word " * 2000).strip()
    baseline = len(read_pdf(render(sample_bundle(), handout=True)).pages)
    bundle = _bundle_with_card(notes=note)
    reader = read_pdf(render(bundle, handout=True))
    text = all_text(reader)
    assert "word…" in text
    assert text.count("word") <= 800  # the plan shows the first 4,000 characters
    assert len(reader.pages) <= baseline + 2


def test_ten_thousand_character_word_without_spaces(render: Render) -> None:
    bundle = _bundle_with_card(notes="x" * 10_000)
    _deck, handout = _both(render, bundle)
    assert "…" in handout


def test_rtl_and_combining_marks_render(render: Render) -> None:
    title = "שלום مرحبا Zoe\u0308\u0301 ñ"
    bundle = _bundle_with_card(title=title)
    for text in _both(render, bundle):
        for letter in "שלוםمرحبا":
            assert letter in text
        assert "\u0308" in text


def test_emoji_is_replaced_not_crashing(render: Render) -> None:
    bundle = _bundle_with_card(title="Launch 🚀 day 👩‍👩‍👧")
    for text in _both(render, bundle):
        assert "Launch \ufffd day" in text
    assert "🚀" in markdown_text(bundle)  # text companions keep the original


def test_hostile_strategy_name_reaches_metadata_literally(render: Render) -> None:
    strategy = sample_strategy()
    strategy.name = "<b>Bold</b> & co"
    reader = read_pdf(render(sample_bundle(strategy)))
    assert reader.metadata is not None
    assert reader.metadata.title == "<b>Bold</b> & co"
    assert "<b>Bold</b> & co" in all_text(reader)


def test_hostile_finding_text_is_literal(render: Render) -> None:
    bundle = sample_bundle()
    assert bundle.check is not None
    finding = bundle.check.findings[0].model_copy(
        update={"message": "<img src='x'/> & <font color=red>", "citation": "Art. <5>"}
    )
    check = bundle.check.model_copy(update={"findings": (finding,)})
    out = io.BytesIO()
    render_pdf(sample_bundle(check=check), out, handout=True)
    text = all_text(read_pdf(out.getvalue()))
    assert "<img src='x'/> & <font color=red>" in text
    assert "Art. <5>" in text


@pytest.mark.parametrize(
    "title", ["[click](http://x)", "![img](http://x/a.png)", "<script>x</script>", "# heading"]
)
def test_markdown_escapes_titles(title: str) -> None:
    text = markdown_text(_bundle_with_card(title=title))
    escaped = md(title)
    assert escaped in text
    # Outside code spans (where addresses go, inert: tests/app/export/test_markdown_links.py)
    # every markup character is escaped.
    outside = re.sub(r"`[^`]*`", "", escaped)
    for index, char in enumerate(outside):
        if char in "[]()!<>#":
            assert outside[index - 1] == "\\", escaped


def test_csv_defuses_spreadsheet_formulas() -> None:
    bundle = _bundle_with_card(title='=HYPERLINK("http://x")', status=Status.PLANNED)
    assert "'=HYPERLINK" in csv_text(bundle)
