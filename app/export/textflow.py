"""Fast text flowables drawn line by line: entries (cards, findings) and grids (tables).

ReportLab's ``Paragraph`` parses markup and ``Table`` measures every cell
several times; for the hundreds of cards and rows of a large strategy they
dominated export time. These flowables wrap plain text once with the font's
width table and draw each line with ``drawString``. No markup is involved, so
user text cannot inject any; it is still cleaned for the font (``pdf_lines``).
Both split between lines (entries) or rows (grids), so long content flows on
to the next column or a "continued" page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.export.fonts import BOLD, REGULAR, has_glyph, text_width
from app.export.text import for_pdf, shorten
from app.export.theme import ACCENT, INK, MUTED, RULE, TRACK
from app.export.wrap import fit_line, wrap_lines
from app.i18n import translate

LEADING = 1.25
PAD = 3.0
KEEP_WHOLE = 12  # lines: an entry this short moves whole to the next column, never split


@dataclass(frozen=True)
class Line:
    """One line of text in one style; ``prefix`` is drawn first in ``prefix_colour``."""

    text: str
    size: float
    bold: bool = False
    colour: Color = INK
    prefix: str = ""
    prefix_colour: Color = INK

    @property
    def leading(self) -> float:
        """Height of the line."""
        return self.size * LEADING


@dataclass(frozen=True)
class Part:
    """A piece of an entry before wrapping: text, style and how many lines it may take."""

    text: str
    size: float
    bold: bool = False
    colour: Color = INK
    max_lines: int = 1000
    prefix: str = ""
    prefix_colour: Color = INK


def pdf_lines(text: str, limit: int) -> list[str]:
    """User text cleaned for the font and cut to ``limit`` characters, as paragraphs."""
    return shorten(for_pdf(text, has_glyph).strip(), limit).split("\n")


def wrap_part(part: Part, width: float) -> list[Line]:
    """The lines of one part at ``width``; the prefix (a marker) starts the first line."""
    lines: list[Line] = []
    lead = f"{part.prefix}  " if part.prefix else ""
    budget = part.max_lines
    for paragraph in part.text.split("\n"):
        if budget <= 0:
            break
        wrapped = wrap_lines(lead + paragraph, part.size, width, budget, part.bold) or [""]
        for index, piece in enumerate(wrapped):
            prefix, rest = "", piece
            # wrap_lines joins words with one space, so the lead's two spaces are gone here
            if lead and index == 0 and (piece + " ").startswith(part.prefix + " "):
                prefix, rest = part.prefix, piece[len(part.prefix) :]
            lines.append(Line(rest, part.size, part.bold, part.colour, prefix, part.prefix_colour))
        budget -= len(wrapped)
        lead = ""
    return lines


def _draw_line(canv: Canvas, line: Line, x: float, top: float) -> None:
    baseline = top - line.size * 0.95 - (line.leading - line.size * 1.2) / 2
    canv.setFont(BOLD if line.bold else REGULAR, line.size)
    if line.prefix:
        canv.setFillColor(line.prefix_colour)
        canv.drawString(x, baseline, line.prefix)
        x += text_width(line.prefix, line.size, line.bold)
    canv.setFillColor(line.colour)
    canv.drawString(x, baseline, line.text)


class LinesFlowable(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """Pre-wrapped lines; splits between lines (never leaving a single line behind)."""

    def __init__(self, lines: Sequence[Line], space_before: float = 0.0) -> None:
        super().__init__()
        self.lines = tuple(lines)
        self.space_before = space_before

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width; the lines' total height."""
        self.width = avail_width
        self.height = self.space_before + sum(line.leading for line in self.lines)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """As many lines as fit here (at least two), the rest in a second flowable."""
        used, count = self.space_before, 0
        for line in self.lines:
            if used + line.leading > avail_height:
                break
            used += line.leading
            count += 1
        if len(self.lines) - count == 1:
            count -= 1  # never leave a single line alone at the top of the next column
        if count < 2 or count >= len(self.lines):
            return []
        return [
            LinesFlowable(self.lines[:count], self.space_before),
            LinesFlowable(self.lines[count:]),
        ]

    def draw(self) -> None:
        """Draw each line from the top."""
        top = self.height - self.space_before
        for line in self.lines:
            _draw_line(self.canv, line, 0, top)
            top -= line.leading


class EntryFlowable(LinesFlowable):
    """An entry (title, meta lines, body) wrapped to whatever width the frame offers."""

    def __init__(self, parts: Sequence[Part], space_before: float) -> None:
        super().__init__((), space_before)
        self.parts = tuple(parts)
        self._wrapped_for = -1.0

    def _layout(self, width: float) -> None:
        if width != self._wrapped_for:
            self.lines = tuple(line for part in self.parts for line in wrap_part(part, width))
            self._wrapped_for = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Wrap the parts at the available width."""
        self._layout(avail_width)
        return super().wrap(avail_width, avail_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Move a short entry whole; split a long one, its second part headed "(continued)"."""
        self._layout(avail_width)
        if len(self.lines) <= KEEP_WHOLE:
            return []
        parts = super().split(avail_width, avail_height)
        if parts and self.parts:
            first = self.parts[0]
            label = fit_line(
                f"{first.text} " + translate("plan", "(continued)"),
                first.size * 0.85,
                avail_width,
                True,
            )
            heading = Line(label, first.size * 0.85, bold=True, colour=MUTED)
            parts[1] = LinesFlowable((heading, *parts[1].lines), self.space_before)
        return parts


class GridFlowable(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """A table of plain-text cells with an optional header row repeated after a split.

    Cells wrap to at most ``max_lines`` lines (the last cut with an ellipsis).
    ``muted_first`` draws the first column in ``first_colour`` (labels of facts).
    """

    def __init__(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float,
        *,
        max_lines: int = 6,
        first_colour: Color = INK,
    ) -> None:
        super().__init__()
        self.header = tuple(header) if header else None
        self.size = size
        self.widths = tuple(widths)
        self.first_colour = first_colour
        self.max_lines = max_lines
        self.rows = [self._wrap_row(row, bold=False) for row in rows]
        self.head = self._wrap_row(self.header, bold=True) if self.header else None
        self.width = sum(self.widths)
        self.height = self._height(self.rows)

    @classmethod
    def _from_wrapped(cls, parent: GridFlowable, rows: list[list[list[str]]]) -> GridFlowable:
        twin = cls.__new__(cls)
        Flowable.__init__(twin)
        twin.header, twin.size, twin.widths = parent.header, parent.size, parent.widths
        twin.first_colour, twin.max_lines, twin.head = (
            parent.first_colour,
            parent.max_lines,
            parent.head,
        )
        twin.rows, twin.width = rows, parent.width
        twin.height = twin._height(rows)
        return twin

    def _wrap_row(self, row: Sequence[str], bold: bool) -> list[list[str]]:
        return [
            wrap_lines(self._clean(text), self.size, width - 2 * PAD, self.max_lines, bold) or [""]
            for text, width in zip(row, self.widths, strict=True)
        ]

    @staticmethod
    def _clean(text: str) -> str:
        return " ".join(shorten(for_pdf(text, has_glyph), 2000).split())

    def _row_height(self, row: list[list[str]]) -> float:
        return max(len(cell) for cell in row) * self.size * LEADING + 2 * PAD

    def _height(self, rows: list[list[list[str]]]) -> float:
        head = self._row_height(self.head) if self.head else 0.0
        return head + sum(self._row_height(row) for row in rows)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Fixed column widths; the rows' total height."""
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Whole rows that fit here, the rest (with the header again) after."""
        used = self._row_height(self.head) if self.head else 0.0
        count = 0
        for row in self.rows:
            used += self._row_height(row)
            if used > avail_height:
                break
            count += 1
        if count < 1 or count >= len(self.rows):
            return []
        return [
            GridFlowable._from_wrapped(self, self.rows[:count]),
            GridFlowable._from_wrapped(self, self.rows[count:]),
        ]

    def _draw_row(self, row: list[list[str]], top: float, *, head: bool, shade: bool) -> float:
        canv: Canvas = self.canv
        height = self._row_height(row)
        if head or shade:
            canv.setFillColor(ACCENT if head else TRACK)
            canv.rect(0, top - height, self.width, height, stroke=0, fill=1)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(0, top - height, self.width, top - height)
        canv.setFont(BOLD if head else REGULAR, self.size)
        x = 0.0
        for column, (cell, width) in enumerate(zip(row, self.widths, strict=True)):
            colour = white if head else (self.first_colour if column == 0 else INK)
            canv.setFillColor(colour)
            y = top - PAD - self.size * 0.95
            for text in cell:
                canv.drawString(x + PAD, y, text)
                y -= self.size * LEADING
            x += width
        return top - height

    def draw(self) -> None:
        """Header, then rows with alternating shading."""
        top = self.height
        if self.head:
            top = self._draw_row(self.head, top, head=True, shade=False)
        for index, row in enumerate(self.rows):
            top = self._draw_row(row, top, head=False, shade=index % 2 == 1)
