"""Turning content blocks into ReportLab flowables.

Headings, paragraphs and bullets are ``Paragraph``s: their user text passes
through ``safe`` (clean, replace what the font cannot show, cut to a limit
with an ellipsis, escape for paragraph markup) first. Entries and tables, the
bulk of a large strategy, are drawn line by line by ``textflow`` (no markup
at all); the coverage chart and the canvas are vector drawings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from app.export.blocks import (
    Bar,
    Block,
    Bullets,
    CoverageChart,
    Entries,
    Entry,
    Facts,
    Heading,
    LifecycleCanvas,
    Para,
    Table,
)
from app.export.canvas_drawing import canvas_flowables
from app.export.fonts import REGULAR, has_glyph, text_width
from app.export.linechart import LineChart
from app.export.linechart_drawing import LineChartFlowable
from app.export.text import for_pdf, markup, shorten
from app.export.textflow import EntryFlowable, GridFlowable, Part, pdf_lines
from app.export.theme import ACCENT, INK, MUTED, SEVERITY_COLOURS, TRACK, Styles
from app.export.wrap import fit_line, wrap_lines


@dataclass(frozen=True)
class Limits:
    """Longest text (characters) shown in one place before it is cut with an ellipsis."""

    paragraph: int
    note: int
    cell: int
    meta: int


DECK_LIMITS = Limits(paragraph=3000, note=900, cell=240, meta=400)
HANDOUT_LIMITS = Limits(paragraph=6000, note=4000, cell=600, meta=1000)


def safe(text: str, limit: int) -> str:
    """User text as paragraph markup: cleaned, font-safe, cut to ``limit``, escaped."""
    return markup(shorten(for_pdf(text, has_glyph).strip(), limit))


def _entry(entry: Entry, styles: Styles, limits: Limits) -> Flowable:
    """An entry: the title (after its marker) in bold, small grey meta lines, the body."""
    scale = styles.scale
    marker_colour = INK
    if entry.marker:
        marker_colour = SEVERITY_COLOURS.get(entry.marker.split()[-1].lower(), INK)
    title = " ".join(pdf_lines(entry.title, limits.cell))
    parts = [
        Part(
            title,
            scale.body,
            bold=True,
            max_lines=4,
            prefix=" ".join(pdf_lines(entry.marker, 40)) if entry.marker else "",
            prefix_colour=marker_colour,
        )
    ]
    parts += [
        Part(" ".join(pdf_lines(line, limits.meta)), scale.small, colour=MUTED, max_lines=6)
        for line in entry.meta
    ]
    if entry.body.strip():
        parts.append(Part("\n".join(pdf_lines(entry.body, limits.note)), scale.body))
    return EntryFlowable(parts, space_before=scale.body * 0.7)


def _widths(weights: Sequence[float], count: int, width: float) -> list[float]:
    weights = tuple(weights) or (1.0,) * count
    total = sum(weights)
    return [width * w / total for w in weights]


def _table(block: Table, styles: Styles, limits: Limits, width: float) -> Flowable:
    return GridFlowable(
        block.header,
        [[shorten(cell, limits.cell) for cell in row] for row in block.rows],
        _widths(block.weights, len(block.header), width),
        styles.scale.small,
    )


def _facts(block: Facts, styles: Styles, limits: Limits, width: float) -> Flowable:
    size = styles.scale.small
    longest = max((text_width(label, size) for label, _ in block.rows), default=0)
    label_w = min(longest + 12, width * 0.62)
    return GridFlowable(
        None,
        [(shorten(label, limits.cell), shorten(value, limits.cell)) for label, value in block.rows],
        [label_w, width - label_w],
        size,
        first_colour=MUTED,
    )


def render_blocks(
    blocks: Sequence[Block], styles: Styles, limits: Limits, width: float, height: float
) -> list[Flowable]:
    """The flowables for ``blocks`` laid out in a frame of ``width`` × ``height``."""
    result: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Heading):
            result.append(Paragraph(safe(block.text, limits.cell), styles.heading))
        elif isinstance(block, Para):
            style = styles.muted if block.muted else styles.body
            result.append(Paragraph(safe(block.text, limits.paragraph), style))
        elif isinstance(block, Bullets):
            result += [
                Paragraph(safe(item, limits.meta), styles.bullet, bulletText="•")
                for item in block.items
            ]
        elif isinstance(block, Facts):
            result.append(_facts(block, styles, limits, width))
        elif isinstance(block, Table):
            result.append(_table(block, styles, limits, width))
        elif isinstance(block, Entries):
            result += [_entry(entry, styles, limits) for entry in block.items]
        elif isinstance(block, CoverageChart):
            result.append(CoverageFlowable(block.bars, width, styles.scale.small))
        elif isinstance(block, LifecycleCanvas):
            result += canvas_flowables(block, width, height)
        elif isinstance(block, LineChart):
            result.append(LineChartFlowable(block, width, height, styles.scale.small))
    return result


class CoverageFlowable(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """A horizontal bar chart of coverage per pack; splits between bars across pages."""

    def __init__(self, bars: Sequence[Bar], width: float, size: float) -> None:
        super().__init__()
        self.bars = tuple(bars)
        self.size = size
        self.row = size * 3.0
        self.width = width
        self.height = self.row * len(self.bars)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width, one row per bar."""
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Keep whole bars together; the rest goes on the next page."""
        fit = int(avail_height // self.row)
        if fit < 1 or fit >= len(self.bars):
            return []
        return [
            CoverageFlowable(self.bars[:fit], self.width, self.size),
            CoverageFlowable(self.bars[fit:], self.width, self.size),
        ]

    def draw(self) -> None:
        """Label, track, bar and the numbers, one row per pack."""
        canv: Canvas = self.canv
        size, row = self.size, self.row
        label_w = self.width * 0.36
        value_w = text_width("000 / 000 · 100%", size) + 8
        track_x, track_w = label_w + 8, self.width - label_w - 8 - value_w
        for index, bar in enumerate(self.bars):
            top = self.height - index * row
            middle = top - row / 2
            canv.setFont(REGULAR, size)
            canv.setFillColor(INK)
            label = for_pdf(bar.label, has_glyph)
            lines = wrap_lines(" ".join(label.split()), size, label_w, 2)
            first = middle + (len(lines) - 1) * size * 0.6 - size * 0.35
            for n, line in enumerate(lines):
                canv.drawString(0, first - n * size * 1.2, line)
            canv.setFillColor(TRACK)
            canv.rect(track_x, middle - row * 0.25, track_w, row * 0.5, stroke=0, fill=1)
            canv.setFillColor(ACCENT)
            canv.rect(
                track_x, middle - row * 0.25, track_w * bar.share, row * 0.5, stroke=0, fill=1
            )
            canv.setFillColor(MUTED)
            value = f"{bar.satisfied} / {bar.applicable} · {round(bar.share * 100)}%"
            canv.drawString(
                track_x + track_w + 8, middle - size * 0.35, fit_line(value, size, value_w)
            )
