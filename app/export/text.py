"""Cleaning user strings before they reach a PDF, Markdown or CSV.

User text is never trusted as markup: ``markup`` escapes it for ReportLab's
paragraph parser; ``clean`` removes control characters; ``for_pdf`` also
replaces characters the embedded font or the PDF text layer cannot carry;
``shorten`` cuts long text at a word boundary with an ellipsis, never inside a
combining sequence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from xml.sax.saxutils import escape

ELLIPSIS = "…"
REPLACEMENT = "\ufffd"
# Bidi embeddings, overrides and isolates reorder text invisibly ("Trojan Source");
# ReportLab does not interpret them, so they would only garble extraction.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_JOINERS = frozenset("\u200d\u200c\ufe0e\ufe0f")


def clean(text: str) -> str:
    """Drop control characters (tabs become spaces, newlines stay) and bidi overrides.

    Carriage returns are normalised to newlines; lone surrogates are dropped.
    """
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to drop
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    dropped = {
        ord(char): None
        for char in set(text)
        if char != "\n" and (unicodedata.category(char) in ("Cc", "Cs") or char in _BIDI_CONTROLS)
    }
    return text.translate(dropped) if dropped else text


def for_pdf(text: str, has_glyph: Callable[[str], bool]) -> str:
    """``clean`` text, then replace what a PDF page cannot show faithfully.

    Characters outside the Basic Multilingual Plane (most emoji) are replaced
    by U+FFFD: ReportLab writes a malformed ToUnicode entry for them, which
    breaks text extraction. Characters the font has no glyph for are replaced
    too, so a reader sees a visible replacement rather than nothing.
    """
    if text.isascii() and text.isprintable():
        return text  # printable ASCII: every character is in the font
    text = clean(text)
    # Decide once per distinct character, not once per character.
    table: dict[int, str | None] = {}
    for char in set(text):
        if char in _JOINERS:
            table[ord(char)] = None  # ReportLab does no shaping: joiners only add boxes
        elif char != "\n" and (ord(char) > 0xFFFF or not has_glyph(char)):
            table[ord(char)] = REPLACEMENT
    return text.translate(table) if table else text


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters, ending with an ellipsis when cut.

    Prefers a word boundary in the last fifth of the allowance, and never
    separates a base character from its combining marks or joiners.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    cut = limit - 1
    while cut > 0 and (unicodedata.combining(text[cut]) or text[cut] in _JOINERS):
        cut -= 1
    space = text.rfind(" ", 0, cut + 1)
    if space > cut * 4 // 5:
        cut = space
    return text[:cut].rstrip() + ELLIPSIS


_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f]+")
"""A run of whitespace a line may break at: not the no-break spaces of French typography."""


def one_line(text: str) -> str:
    """Collapse whitespace runs (newlines included) to single spaces.

    No-break spaces stay: French puts one before « : ; ! ? % » and inside « ».
    """
    return _BREAKING_SPACE.sub(" ", text).strip()


def markup(text: str) -> str:
    """Escape text for ReportLab's paragraph markup; newlines become line breaks.

    The input must already be cleaned (see ``for_pdf``).
    """
    return escape(text).replace("\n", "<br/>")
