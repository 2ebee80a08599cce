"""Fitting single-font text into a width: line wrapping and cutting with an ellipsis."""

from __future__ import annotations

from app.export.fonts import text_width
from app.export.text import ELLIPSIS


def fit_line(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` at ``size``."""
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


def _break_word(word: str, size: float, width: float, bold: bool) -> list[str]:
    """Split a word wider than ``width`` into pieces that fit."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, size, bold) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap_lines(
    text: str, size: float, width: float, max_lines: int, bold: bool = False
) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last is cut with an ellipsis.

    Words wider than a line are broken between characters. Widths of words
    add up exactly (no kerning), so each word is measured once.
    """
    words: list[str] = []
    for word in text.split():
        if text_width(word, size, bold) > width:
            words.extend(_break_word(word, size, width, bold))
        else:
            words.append(word)
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
