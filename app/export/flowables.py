"""Turning content blocks into ReportLab flowables.

Text is ReportLab's own ``Paragraph`` (headings, paragraphs, bullets, the
entries of cards and findings) and tables are ReportLab's ``Table`` with
paragraph cells, columns sized to their content: no column is narrower than
its longest word, the rest of the width goes to the columns with the most
text. Paragraphs break at word boundaries and hyphenate (``theme.HYPHENATION``).
User text passes through ``safe`` (clean, replace what the font cannot show,
cut to a limit with an ellipsis, escape for paragraph markup) first.

Measured (bench/bench_export.py, 200 cards): the full plan with Paragraph
entries and Table grids takes about a quarter of a second, well inside its one
second; the hand-drawn line-by-line text this replaces saved ~0.2 s, not worth
its own line breaker. Hand-drawn layout remains for the board (``board_*``),
whose shared rows and routed links no Table can give, and the coverage bars,
whose hatched "planned" part ReportLab's bar charts cannot draw.

Every flowable made here can carry a structure role (``tagging``), so the
portrait documents come out as tagged PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import white
from reportlab.platypus import Flowable, Frame, FrameActionFlowable, FrameBreak

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
from app.export.board_drawing import board_flowables
from app.export.board_layout import PLAN_BOARD, TALK_BOARD, BoardType
from app.export.coverage_drawing import CoverageFlowable
from app.export.fonts import REGULAR, has_glyph, text_width
from app.export.linechart import LineChart
from app.export.linechart_drawing import line_chart_flowable
from app.export.tagging import TaggedParagraph, TaggedTable
from app.export.text import for_pdf, markup, shorten
from app.export.theme import ACCENT, MARKER_COLOURS, MUTED, RULE, TRACK, Styles
from app.export.wrap import segments

LEFT_COLUMN = "left"
"""The id of the deck's left column frame (``deck.py`` names its frames)."""
CELL_PAD = 4.0
ROWS_PER_TABLE = 40
"""A long table is handed to ReportLab in chunks (header repeated): splitting one
Table of 2,000 rows page by page re-measures every remaining row each time."""


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


def plain(text: str, limit: int = 4000) -> str:
    """User text cleaned for the font and cut, without markup (for measuring)."""
    return " ".join(shorten(for_pdf(text, has_glyph), limit).split())


def _marker_colour(marker: str) -> str:
    colour = MARKER_COLOURS.get(marker.rsplit(maxsplit=1)[-1].lower()) if marker.strip() else None
    return colour.hexval().replace("0x", "#") if colour is not None else "#1F2328"


def _entry(entry: Entry, styles: Styles, limits: Limits) -> list[Flowable]:
    """An entry as one paragraph: the marker and the title in bold, the meta lines smaller
    and grey, then the body, each on a line of its own.

    One paragraph an entry, not one per line: the plan of a large board has thousands
    of entries, and each paragraph costs a parse and several wraps (measured: a third
    of the 200-card plan's time went to entries split into four paragraphs).
    """
    title = safe(entry.title, limits.cell)
    if entry.marker:
        marker = safe(entry.marker, 40)
        title = f'<font color="{_marker_colour(entry.marker)}">{marker}</font>  {title}'
    small, grey = styles.scale.small, MUTED.hexval().replace("0x", "#")
    lines = [f"<b>{title}</b>"]
    lines += [
        f'<font size="{small:g}" color="{grey}">{safe(line, limits.meta)}</font>'
        for line in entry.meta
    ]
    if entry.body.strip():
        lines.append(safe(entry.body, limits.note))
    return [TaggedParagraph("<br/>".join(lines), styles.entry, role="P")]


def _capped(least: Sequence[float], width: float) -> list[float]:
    """``least`` with the widest values cut to one cap, so that they add up to ``width``."""
    remaining, left = width, len(least)
    for need in sorted(least):
        if need * left > remaining:
            break
        remaining -= need
        left -= 1
    cap = remaining / left if left else width
    return [min(need, cap) for need in least]


def column_widths(
    rows: Sequence[Sequence[str]], size: float, width: float, head_size: float | None = None
) -> list[float]:
    """Column widths for ``rows`` (the first row is the header) sized to their content.

    Each column is at least as wide as its longest unbreakable segment (a word, or
    the part of a file name up to a hyphen), so nothing breaks inside a word. The
    width left over is poured into the columns that still lack room for their
    longest cell on one line, evenly, a column leaving the pour once it has all it
    needs (water-filling): short columns get their natural width, long ones share
    the rest. When even the segments do not fit, each column whose longest segment
    fits an equal share keeps its width, and the others share what is left equally,
    their long words broken across lines: one endless word (a pasted URL) never
    squeezes a short column into a letter per line.
    """
    head_size = head_size or size
    count = len(rows[0])
    pad = 2 * CELL_PAD + 1
    least = [0.0] * count
    natural = [0.0] * count
    for index, row in enumerate(rows):
        cell_size, bold = (head_size, True) if index == 0 else (size, False)
        for col, cell in enumerate(row):
            longest = max((text_width(w, cell_size, bold) for w in segments(cell)), default=0.0)
            least[col] = max(least[col], longest + pad)
            natural[col] = max(natural[col], text_width(cell, cell_size, bold) + pad)
    if sum(least) >= width:
        return _capped(least, width)
    widths = list(least)
    room = width - sum(widths)
    open_cols = [i for i in range(count) if natural[i] > widths[i] + 0.01]
    while room > 0.01 and open_cols:
        share = room / len(open_cols)
        for i in list(open_cols):
            give = min(share, natural[i] - widths[i])
            widths[i] += give
            room -= give
            if natural[i] - widths[i] <= 0.01:
                open_cols.remove(i)
    if room > 0.01:  # every column has its natural width: the rest in proportion to it
        total = sum(widths)
        widths = [w + room * w / total for w in widths]
    return widths


def grid(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    styles: Styles,
    width: float,
    limit: int,
    *,
    label_column: bool = False,
) -> list[Flowable]:
    """A table of paragraph cells, columns sized to content, header repeated after a split."""
    cells = [[plain(c, limit) for c in row] for row in rows]
    head = [plain(c, limit) for c in header] if header else None
    measured = ([head] if head else []) + cells
    widths = column_widths(measured, styles.scale.small, width)
    if label_column:  # facts read as label and value: no stretching to the frame's width
        natural = [
            max(text_width(row[i], styles.scale.small) for row in measured) + 2 * CELL_PAD + 1
            for i in range(len(widths))
        ]
        if sum(natural) <= width:
            widths = natural
    result: list[Flowable] = []
    for start in range(0, max(len(cells), 1), ROWS_PER_TABLE):
        chunk = cells[start : start + ROWS_PER_TABLE]
        data = []
        if head:
            data.append([TaggedParagraph(safe(h, limit), styles.cell_head) for h in head])
        for row in chunk:
            data.append(
                [
                    TaggedParagraph(
                        safe(c, limit),
                        styles.fact_label if label_column and i == 0 else styles.cell,
                    )
                    for i, c in enumerate(row)
                ]
            )
        if not data:
            continue
        table = TaggedTable(
            data,
            colWidths=widths,
            repeatRows=1 if head else 0,
            header=bool(head),
            row_headers=label_column,
            hAlign="LEFT",
            spaceAfter=styles.scale.body * 0.6,
        )
        commands: list[tuple[object, ...]] = [
            # Table's own cell font defaults to Helvetica (read before our fonts register).
            ("FONT", (0, 0), (-1, -1), REGULAR, styles.scale.small),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        if head:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, TRACK]),
            ]
        else:
            commands.append(("ROWBACKGROUNDS", (0, 0), (-1, -1), [white, TRACK]))
        table.setStyle(commands)
        result.append(table)
    return result


def render_blocks(
    blocks: Sequence[Block],
    styles: Styles,
    limits: Limits,
    width: float,
    height: float,
    *,
    board: BoardType | None = None,
) -> list[Flowable]:
    """The flowables for ``blocks`` laid out in a frame of ``width`` × ``height``."""
    talk = styles.scale.body >= 18
    board = board or (TALK_BOARD if talk else PLAN_BOARD)
    result: list[Flowable] = []
    for index, block in enumerate(blocks):
        follows = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Heading):
            result.append(TaggedParagraph(safe(block.text, limits.cell), styles.heading, "H2"))
        elif isinstance(block, Para):
            style = styles.muted if block.muted else styles.body
            para = TaggedParagraph(safe(block.text, limits.paragraph), style, "P")
            if isinstance(follows, (Table, Facts, Entries, CoverageChart)):
                para.keepWithNext = 1  # an introduction stays with what it introduces
            result.append(para)
        elif isinstance(block, Bullets):
            result += [
                TaggedParagraph(safe(item, limits.meta), styles.bullet, "LI", bulletText="•")
                for item in block.items
            ]
        elif isinstance(block, Facts):
            result += grid(None, block.rows, styles, width, limits.paragraph, label_column=True)
        elif isinstance(block, Table):
            result += grid(block.header, block.rows, styles, width, limits.cell)
        elif isinstance(block, Entries):
            for entry in block.items:
                result += _entry(entry, styles, limits)
        elif isinstance(block, CoverageChart):
            result.append(CoverageFlowable(block.bars, width, styles.scale.small))
        elif isinstance(block, ColumnBreak):
            result.append(NextColumn())
        elif isinstance(block, LifecycleCanvas):
            result += board_flowables(block, width, height, board)
        elif isinstance(block, LineChart):
            result.append(line_chart_flowable(block, width, height, styles.scale))
    return result


__all__ = [
    "DECK_LIMITS",
    "HANDOUT_LIMITS",
    "LEFT_COLUMN",
    "Limits",
    "NextColumn",
    "column_widths",
    "grid",
    "plain",
    "render_blocks",
    "safe",
]


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
