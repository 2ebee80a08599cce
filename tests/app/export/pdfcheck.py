"""Reading a rendered PDF the way a reader sees it: every glyph's size and box (pdfminer.six).

``read_pdf_text`` returns, per page, the words with their boxes and type sizes
and the lines they sit on. The checks below hold a document to what the issue
asks of every page: no type under the document kind's minimum, nothing outside
the page or its margins, no two words on top of each other, no line that ends
inside a word (compared with the source strings), no empty slide.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTAnno, LTChar, LTPage, LTTextContainer, LTTextLine

from app.export.wrap import BREAK_AFTER

SIZE_TOLERANCE = 0.05
OVERLAP = 0.6
"""Points two word boxes may share (glyph boxes of tight neighbours touch)."""


@dataclass(frozen=True)
class Word:
    """A run of glyphs between spaces: its text, box and smallest type size."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    upright: bool = True
    """False for text turned a quarter (an axis title)."""


@dataclass
class TextLine:
    """The words of one line, left to right."""

    words: list[Word]

    @property
    def x0(self) -> float:
        """The line's left edge."""
        return self.words[0].x0

    @property
    def y0(self) -> float:
        """The line's bottom."""
        return min(w.y0 for w in self.words)

    @property
    def height(self) -> float:
        """The line's type size."""
        return max(w.size for w in self.words)


@dataclass
class Page:
    """One page: its size, words and lines (in pdfminer's reading order)."""

    number: int
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The page's words joined by spaces."""
        return " ".join(w.text for w in self.words)


def _size(char: LTChar) -> float:
    """The type size of a glyph; a glyph turned a quarter (an axis title) has its width."""
    a, b, _c, _d, _e, _f = char.matrix
    return float(char.width if abs(b) > abs(a) else char.size)


def _words(line: LTTextLine) -> list[Word]:
    words: list[Word] = []
    chars: list[LTChar] = []

    def flush() -> None:
        if chars:
            words.append(
                Word(
                    "".join(c.get_text() for c in chars),
                    min(c.x0 for c in chars),
                    min(c.y0 for c in chars),
                    max(c.x1 for c in chars),
                    max(c.y1 for c in chars),
                    min(_size(c) for c in chars),
                    all(abs(c.matrix[1]) <= abs(c.matrix[0]) for c in chars),
                )
            )
            chars.clear()

    for item in line:
        if isinstance(item, LTChar) and item.get_text().strip():
            chars.append(item)
        elif isinstance(item, (LTChar, LTAnno)):
            flush()
    flush()
    return words


def read_pdf_text(data: bytes | Path, pages: Iterable[int] | None = None) -> list[Page]:
    """Every (or the chosen 0-based) page's words and lines."""
    if isinstance(data, Path):
        data = data.read_bytes()
    params = LAParams(char_margin=1.0, word_margin=0.1, line_margin=0.3)
    result: list[Page] = []
    numbers = list(pages) if pages is not None else None
    layout: Iterable[LTPage] = extract_pages(
        io.BytesIO(data), laparams=params, page_numbers=numbers
    )
    for index, page in enumerate(layout):
        number = numbers[index] if numbers is not None else index
        out = Page(number, page.width, page.height)
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if isinstance(line, LTTextLine):
                    words = _words(line)
                    if words:
                        out.words += words
                        out.lines.append(TextLine(words))
        result.append(out)
    return result


# -- the checks: each returns a list of problems, empty when the page is fine -------------------


def too_small(page: Page, minimum: float) -> list[str]:
    """Words set smaller than ``minimum`` points."""
    return [
        f"p{page.number + 1}: {w.text!r} at {w.size:.1f} pt"
        for w in page.words
        if w.size < minimum - SIZE_TOLERANCE
    ]


def outside(page: Page, margin: float, exempt_top: float = 0.0) -> list[str]:
    """Words outside the page, or outside its left and right margins.

    ``exempt_top``: a band at the top edge (a title slide's band of phase colours)
    that runs to the page's edges on purpose.
    """
    problems = []
    for w in page.words:
        if w.x0 < -0.5 or w.y0 < -0.5 or w.x1 > page.width + 0.5 or w.y1 > page.height + 0.5:
            problems.append(f"p{page.number + 1}: {w.text!r} off the page")
        elif w.y0 < page.height - exempt_top and (
            w.x0 < margin - 1 or w.x1 > page.width - margin + 1
        ):
            problems.append(f"p{page.number + 1}: {w.text!r} in the margin ({w.x0:.0f}–{w.x1:.0f})")
    return problems


def overlapping(page: Page) -> list[str]:
    """Pairs of words whose boxes overlap (text drawn over text)."""
    words = sorted(page.words, key=lambda w: w.y0)
    problems = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if b.y0 >= a.y1 - OVERLAP:
                break
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            dy = min(a.y1, b.y1) - max(a.y0, b.y0)
            if dx > OVERLAP and dy > OVERLAP:
                problems.append(f"p{page.number + 1}: {a.text!r} overlaps {b.text!r}")
    return problems


_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def split_words(page: Page, source: str) -> list[str]:
    """Line ends inside a word: a line's last word and the next line's first word form one
    word of ``source``, never written apart there, and the break is not after a hyphen,
    slash or other break character."""
    problems = []
    lines = page.lines
    tokens = _tokens(source)
    for above, below in itertools.pairwise(lines):
        if not (above.words[-1].upright and below.words[0].upright):
            continue  # a turned axis title reads letter by letter
        if abs(below.x0 - above.x0) > 2.0 or not 0 < above.y0 - below.y0 < 2.2 * above.height:
            continue  # not the next line of the same paragraph
        last, first = above.words[-1].text, below.words[0].text
        if last[-1:] in BREAK_AFTER:
            continue  # a hyphen (added or in the text) or a URL's punctuation
        joined, apart = last + first, f"{last} {first}"
        core = _EDGE.sub("", joined)
        if not (first[:1].isalnum() and last[-1:].isalnum()):
            continue  # a break beside punctuation or a glyph is a break between words
        if not any(c.isalpha() for c in core):
            continue  # figures in table rows, not words
        if core in tokens and apart not in source:
            problems.append(f"p{page.number + 1}: {last!r} / {first!r}")
    return problems


def _tokens(source: str) -> frozenset[str]:
    return frozenset(_EDGE.sub("", word) for word in source.split())


def empty_body(page: Page, top: float, bottom: float, minimum_words: int = 3) -> list[str]:
    """A page with fewer than ``minimum_words`` words between its header and footer."""
    body = [w for w in page.words if bottom < w.y0 and w.y1 < page.height - top]
    return [] if len(body) >= minimum_words else [f"p{page.number + 1}: no content"]


def problems_of(pages: Sequence[Page], *checks: object) -> list[str]:
    """Concatenate the problems every check finds on every page (for one assert)."""
    found: list[str] = []
    for check in checks:
        for page in pages:
            found += check(page)  # type: ignore[operator]
    return found


def source_text(slides: Iterable[object], extra: Iterable[str] = ()) -> str:
    """Every string the slides would print, one per line: what ``split_words`` compares with."""
    from app.export.blocks import (
        Bullets,
        CoverageChart,
        Entries,
        Facts,
        Heading,
        LifecycleCanvas,
        Para,
        Slide,
        Table,
    )
    from app.export.board_layout import card_meta
    from app.export.linechart import LineChart

    texts: list[str] = list(extra)
    for slide in slides:
        assert isinstance(slide, Slide)
        texts += [slide.title, slide.subtitle]
        for block in slide.blocks:
            if isinstance(block, (Heading, Para)):
                texts.append(block.text)
            elif isinstance(block, Bullets):
                texts += block.items
            elif isinstance(block, Facts):
                texts += [cell for row in block.rows for cell in row]
            elif isinstance(block, Table):
                texts += [*block.header, *(cell for row in block.rows for cell in row)]
            elif isinstance(block, Entries):
                for entry in block.items:
                    texts += [entry.marker, entry.title, *entry.meta, entry.body]
            elif isinstance(block, CoverageChart):
                texts += [t for b in block.bars for t in (b.label, b.value, b.version)]
            elif isinstance(block, LifecycleCanvas):
                texts += [t for c in block.cards for t in (c.title, card_meta(c))]
            elif isinstance(block, LineChart):
                texts += [block.axis_title, *block.bands]
                for panel in block.panels:
                    texts += [panel.title, panel.axis_label, *(s.label for s in panel.series)]
    return "\n".join(" ".join(t.split()) for t in texts if t)
