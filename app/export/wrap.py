"""Fitting single-font text into a width: line breaking at word boundaries, and cutting.

Lines break between words. A word wider than a whole line (a long compound, a
URL, a file name) is broken where a reader expects it: after a hyphen, slash or
other URL punctuation; else at a hyphenation point of the export language's
dictionary (pyphen: British English, French), with a hyphen added; only a string
with neither (a hash, a run of one letter) is broken between characters, also
with a hyphen, so no line ever ends in the middle of a word without saying so
("Card s" never happens).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache

from app.export.fonts import text_width
from app.export.text import ELLIPSIS
from app.i18n import language

HYPHEN = "-"
HYPHENATION_LANGS = {"en": "en_GB", "fr": "fr"}
"""The pyphen dictionary per language (the English content is British: "pseudonymisation")."""
BREAK_AFTER = frozenset("-/–—._?&=:#,;\\|+")
"""Characters after which a long word may break without an added hyphen."""
MIN_PIECE = 2
"""No hyphenated piece is shorter than this many characters."""

_lock = threading.Lock()
_hyphenators: dict[str, Callable[[str], list[int]]] = {}


def _positions(word: str, lang: str) -> list[int]:
    """Dictionary hyphenation points of ``word`` in ``lang`` (empty without pyphen)."""
    hyphenator = _hyphenators.get(lang)
    if hyphenator is None:
        with _lock:
            hyphenator = _hyphenators.get(lang)
            if hyphenator is None:
                try:
                    import pyphen
                except ImportError:  # pragma: no cover - a dependency; degrade to char breaks
                    hyphenator = _no_points
                else:
                    dictionary = HYPHENATION_LANGS.get(lang, HYPHENATION_LANGS["en"])
                    hyphenator = pyphen.Pyphen(lang=dictionary).positions
                _hyphenators[lang] = hyphenator
    return list(hyphenator(word))


def _no_points(_word: str) -> list[int]:
    return []


def segments(text: str) -> list[str]:
    """The pieces of ``text`` no line break may enter: words, cut after hyphens and slashes.

    A line may break between words and after a hyphen or slash inside a word (a file
    name, "disability-allowance"), so a column is wide enough when its longest
    segment fits.
    """
    pieces: list[str] = []
    for word in text.split():
        start = 0
        for index, char in enumerate(word[:-1]):
            if char in "-/–" and index + 1 - start >= MIN_PIECE:
                pieces.append(word[start : index + 1])
                start = index + 1
        pieces.append(word[start:])
    return pieces


def fit_line(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` at ``size``.

    Only for labels whose full text is printed elsewhere (a running header naming
    a section, say): the reading text is wrapped, never cut.
    """
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits together with the ellipsis
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, size, bold) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def break_word(word: str, size: float, width: float, bold: bool = False) -> tuple[str, ...]:
    """A word wider than ``width`` in pieces that fit, each ending where a reader expects.

    A piece ends after URL punctuation or an existing hyphen as it stands, or at a
    hyphenation point of the current language's dictionary with a hyphen added;
    failing both, between characters, with a hyphen added. The last piece is the
    rest of the word.
    """
    return _break_word(word, size, width, bold, language())


@lru_cache(maxsize=4096)
def _break_word(word: str, size: float, width: float, bold: bool, lang: str) -> tuple[str, ...]:
    pieces: list[str] = []
    rest = word
    while rest and text_width(rest, size, bold) > width:
        cut, hyphen = _best_cut(rest, size, width, bold, lang)
        pieces.append(rest[:cut] + (HYPHEN if hyphen else ""))
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return tuple(pieces)


def _best_cut(word: str, size: float, width: float, bold: bool, lang: str) -> tuple[int, bool]:
    """Where to cut ``word`` (its first piece's length) and whether to add a hyphen."""
    natural = [i + 1 for i, c in enumerate(word[:-1]) if c in BREAK_AFTER and i + 1 >= MIN_PIECE]
    fits = [i for i in natural if text_width(word[:i], size, bold) <= width]
    hyphen_w = text_width(HYPHEN, size, bold)
    dictionary = [
        i
        for i in _positions(word, lang)
        if MIN_PIECE <= i <= len(word) - MIN_PIECE
        and text_width(word[:i], size, bold) + hyphen_w <= width
    ]
    best_natural = max(fits, default=0)
    best_dictionary = max(dictionary, default=0)
    if best_natural:  # after a hyphen or slash the word already breaks: no hyphen added
        return best_natural, False
    if best_dictionary:
        return best_dictionary, True
    cut = 1
    while cut < len(word) - 1 and text_width(word[: cut + 1], size, bold) + hyphen_w <= width:
        cut += 1
    return cut, True


def wrap_lines(
    text: str, size: float, width: float, max_lines: int = 10_000, bold: bool = False
) -> list[str]:
    """Greedy word wrap; at most ``max_lines`` lines (the last then cut with an ellipsis).

    Words wider than a line are broken by ``break_word``. Widths of words add up
    exactly (no kerning), so each word is measured once.
    """
    words: list[str] = []
    for word in text.split():
        if text_width(word, size, bold) > width:
            words.extend(break_word(word, size, width, bold))
        else:
            words.append(word)
    # A broken word's pieces never share a line with each other (each but the last
    # fills a line on its own), so joining with spaces below never glues them.
    space = text_width(" ", size, bold)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for index, word in enumerate(words):
        needed = text_width(word, size, bold)
        if not current or used + space + needed <= width:
            used += (space if current else 0.0) + needed
            current.append(word)
            continue
        lines.append(" ".join(current))
        if len(lines) == max_lines - 1:
            rest = " ".join(words[index:])
            lines.append(fit_line(rest, size, width, bold))
            return lines
        current, used = [word], needed
    if current:
        lines.append(" ".join(current))
    return lines
