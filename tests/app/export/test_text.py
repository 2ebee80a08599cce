"""Cleaning, cutting and escaping user text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.export.fonts import has_glyph
from app.export.text import ELLIPSIS, REPLACEMENT, clean, for_pdf, markup, shorten
from app.export.wrap import fit_line, wrap_lines


def test_clean_drops_controls_keeps_newlines_and_tabs_become_spaces() -> None:
    assert clean("a\x00b\x07c\r\nd\te\u202ef") == "abc\nd ef"


def test_for_pdf_replaces_astral_characters() -> None:
    assert for_pdf("ok 🚀", has_glyph) == f"ok {REPLACEMENT}"


def test_for_pdf_drops_joiners_and_variation_selectors() -> None:
    assert for_pdf("a\u200db\ufe0f", has_glyph) == "ab"


def test_shorten_prefers_a_word_boundary() -> None:
    assert shorten("alpha beta gamma delta epsilon", 20) == "alpha beta gamma" + ELLIPSIS
    assert shorten("alpha betagammadelta", 15) == "alpha betagamm" + ELLIPSIS


def test_shorten_keeps_combining_marks_with_their_base() -> None:
    text = "e\u0301" * 10
    cut = shorten(text, 6)
    assert cut.endswith(ELLIPSIS)
    assert not unicodedata.combining(cut[0])
    body = cut[:-1]
    assert body == "e\u0301" * (len(body) // 2)


def test_markup_escapes_and_breaks_lines() -> None:
    assert markup('<a href="x">&</a>\nnext') == '&lt;a href="x"&gt;&amp;&lt;/a&gt;<br/>next'


@given(st.text(max_size=300), st.integers(min_value=1, max_value=200))
def test_shorten_never_exceeds_the_limit(text: str, limit: int) -> None:
    cut = shorten(text, limit)
    assert len(cut) <= limit
    assert cut == text or cut.endswith(ELLIPSIS)


@given(st.text(max_size=200))
def test_markup_leaves_no_tag_openers(text: str) -> None:
    escaped = markup(for_pdf(text, has_glyph))
    assert "<" not in escaped.replace("<br/>", "")
    assert all(not unicodedata.category(c).startswith("Cc") for c in escaped)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120), st.floats(20, 200))
def test_wrap_lines_fit_their_width(text: str, width: float) -> None:
    clean_text = for_pdf(text, has_glyph)
    for line in wrap_lines(clean_text, 8, width, 3):
        assert fit_line(line, 8, width) == line


def test_wrap_lines_breaks_long_words_and_cuts_the_last_line() -> None:
    lines = wrap_lines("x" * 500, 8, 50, 2)
    assert len(lines) == 2
    assert lines[-1].endswith(ELLIPSIS)


def test_one_line_keeps_the_no_break_spaces_of_french_typography() -> None:
    from app.export.text import one_line

    assert one_line("  Atelier\u00a0:\n 62\u00a0%  « x »\t") == "Atelier\u00a0: 62\u00a0% « x »"
    assert one_line("a\u202f;  b") == "a\u202f; b"
