"""Turning content blocks into ReportLab flowables.

Headings, paragraphs and bullets are ``Paragraph``s: their user text passes
through ``safe`` (clean, replace what the font cannot show, cut to a limit
with an ellipsis, escape for paragraph markup) first. Entries and tables, the
bulk of a large strategy, are drawn line by line by ``textflow`` (no markup
at all); the coverage chart and the canvas are vector drawings. A column break
moves a two-column slide on to its right column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Frame, FrameActionFlowable, FrameBreak, Paragraph

from app.export.blocks import (
    Block,
    Bullets,
    ColumnBreak,
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
from app.export.coverage_drawing import CoverageFlowable
from app.export.fonts import has_glyph, text_width
from app.export.linechart import LineChart
from app.export.linechart_drawing import LineChartFlowable
from app.export.text import for_pdf, markup, shorten
from app.export.textflow import EntryFlowable, GridFlowable, Part, pdf_lines
from app.export.theme import INK, MARKER_COLOURS, MUTED, Styles

LEFT_COLUMN = "left"
"""The id of the deck's left column frame (``deck.py`` names its frames)."""


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
        marker_colour = MARKER_COLOURS.get(entry.marker.split()[-1].lower(), INK)
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
        elif isinstance(block, ColumnBreak):
            result.append(NextColumn())
        elif isinstance(block, LifecycleCanvas):
            result += canvas_flowables(block, width, height)
        elif isinstance(block, LineChart):
            result.append(LineChartFlowable(block, width, height, styles.scale.small))
    return result


class NextColumn(FrameActionFlowable):  # type: ignore[misc] # ReportLab ships no type hints
    """Moves on to the right column when in the deck's left one; does nothing elsewhere.

    A slide's second column starts where its content says (a ``ColumnBreak``),
    not where the left one happens to fill up. In a one-frame page (handout,
    report) or when the left column has already overflowed, nothing happens.
    """

    _ZEROSIZE = True
    width = height = 0

    def __init__(self) -> None:  # FrameActionFlowable.__init__ only raises
        pass

    def frameAction(self, frame: Frame) -> None:  # noqa: N802 # ReportLab's name
        """Break to the next frame when this is the left column of a two-column slide."""
        if frame.id == LEFT_COLUMN:
            frame.add_generated_content(FrameBreak)
