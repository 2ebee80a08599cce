"""Where each card of the lifecycle canvas goes on the exported page(s).

The export does not copy the screen positions (cards may overlap there and the
board is far wider than a slide). It keeps each lane's reading order and packs
the cards into a grid: six lanes side by side in lifecycle order, the
governance band across the bottom. ``plan_canvas`` picks the largest type size
and the fewest pages at which every card fits without overlap; when even the
smallest legible size is not enough, the canvas continues on further pages,
each holding the next cards of every lane.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.export.blocks import in_lane_order
from app.export.fonts import text_width
from app.export.pdfdoc import pdf_text
from models.phases import LIFECYCLE, Phase
from models.strategy import Card

LANE_GAP = 6.0
LANE_PAD = 4.0
COLUMN_GAP = 4.0
ROW_GAP = 4.0
CARD_PAD = 3.0
LOOP_STRIP = 18.0
LEGEND = 14.0
BAND_GAP = 6.0
FONT_SIZES = (9.0, 8.0, 7.0, 6.5, 6.0)
MIN_CHARS_PER_LINE = 14  # narrower cards turn titles into stacks of fragments
CARD_TEXT_INSET = 8.5  # colour stripe and padding: card width minus text width


@dataclass(frozen=True)
class Rect:
    """A rectangle in flowable coordinates (origin bottom-left, points)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The right edge."""
        return self.x + self.w

    @property
    def top(self) -> float:
        """The top edge."""
        return self.y + self.h


@dataclass(frozen=True)
class CanvasPlan:
    """The grid chosen for a canvas of a given size."""

    width: float
    height: float
    font: float
    columns: int
    title_lines: int
    lane_rows: int
    gov_rows: int
    pages: int

    @property
    def line(self) -> float:
        """Line height of card text."""
        return self.font * 1.2

    @property
    def header(self) -> float:
        """Height of a lane header."""
        return max(18.0, self.font * 2.2)

    @property
    def lane_width(self) -> float:
        """Width of one lifecycle lane."""
        return (self.width - (len(LIFECYCLE) - 1) * LANE_GAP) / len(LIFECYCLE)

    @property
    def card_width(self) -> float:
        """Width of one card."""
        inner = self.lane_width - 2 * LANE_PAD - (self.columns - 1) * COLUMN_GAP
        return inner / self.columns

    @property
    def card_height(self) -> float:
        """Height of one card: its title lines, one meta line, padding."""
        return (self.title_lines + 1) * self.line + 2 * CARD_PAD

    @property
    def band_header(self) -> float:
        """Height of the governance band's title strip."""
        return self.font * 1.6 + 4

    @property
    def band_height(self) -> float:
        """Height of the governance band."""
        rows = max(self.gov_rows, 1)
        return self.band_header + rows * (self.card_height + ROW_GAP) + LANE_PAD

    @property
    def gov_per_row(self) -> int:
        """How many governance cards fit side by side."""
        return max(
            1, int((self.width - 2 * LANE_PAD + COLUMN_GAP) // (self.card_width + COLUMN_GAP))
        )

    @property
    def lane_capacity(self) -> int:
        """Cards per lane per page."""
        return self.lane_rows * self.columns

    @property
    def gov_capacity(self) -> int:
        """Governance cards per page."""
        return self.gov_rows * self.gov_per_row

    @property
    def lanes_top(self) -> float:
        """The top of the lane headers."""
        return self.height - LOOP_STRIP

    @property
    def lanes_bottom(self) -> float:
        """The bottom of the lane bodies."""
        return LEGEND + self.band_height + BAND_GAP


def _lane_rows(
    width: float, height: float, *, font: float, columns: int, lines: int, gov: int
) -> int:
    probe = CanvasPlan(width, height, font, columns, lines, 1, gov, 1)
    body = probe.lanes_top - probe.header - probe.lanes_bottom - 2 * LANE_PAD
    return int((body + ROW_GAP) // (probe.card_height + ROW_GAP))


def plan_canvas(cards: Sequence[Card], width: float, height: float) -> CanvasPlan:
    """The most legible grid for ``cards`` in a ``width`` × ``height`` area.

    Preference order: fewest pages, then the fewest titles that would be cut
    short, then the largest font, then one column over two, then more title
    lines, then the smallest governance band.

    Raises:
        ValueError: the area is too small for even one card per lane.
    """
    # A title's width at 1 pt, measured once; a wrapped line wastes ~10% at its end.
    title_widths = [text_width(pdf_text(c.title), 1.0, bold=True) * 1.1 for c in cards]
    per_lane = max((sum(1 for c in cards if c.phase is p) for p in LIFECYCLE), default=0)
    governance = sum(1 for c in cards if c.phase is Phase.GOVERNANCE)
    best: tuple[tuple[float, ...], CanvasPlan] | None = None
    for font in FONT_SIZES:
        for columns in (1, 2):
            for lines in (3, 2):
                for gov_rows in (0,) if governance == 0 else (1, 2, 3):
                    rows = _lane_rows(
                        width, height, font=font, columns=columns, lines=lines, gov=gov_rows
                    )
                    plan = CanvasPlan(width, height, font, columns, lines, rows, gov_rows, 1)
                    if rows < 1 or plan.card_width < MIN_CHARS_PER_LINE * font * 0.55:
                        continue
                    pages = max(
                        1,
                        math.ceil(per_lane / plan.lane_capacity),
                        math.ceil(governance / plan.gov_capacity) if governance else 1,
                    )
                    plan = CanvasPlan(width, height, font, columns, lines, rows, gov_rows, pages)
                    room = (plan.card_width - CARD_TEXT_INSET) * lines
                    cut = sum(1 for w in title_widths if w * font > room)
                    score = (pages, cut, -font, columns, -lines, gov_rows)
                    if best is None or score < best[0]:
                        best = (score, plan)
    if best is None:
        raise ValueError(f"a {width:.0f}×{height:.0f} pt area is too small for the canvas")
    return best[1]


def place_cards(cards: Sequence[Card], plan: CanvasPlan) -> list[dict[str, Rect]]:
    """Per page, the rectangle of each card shown on it."""
    pages: list[dict[str, Rect]] = [{} for _ in range(plan.pages)]
    lane_body_top = plan.lanes_top - plan.header - LANE_PAD
    for lane, phase in enumerate(LIFECYCLE):
        left = lane * (plan.lane_width + LANE_GAP) + LANE_PAD
        mine = in_lane_order([c for c in cards if c.phase is phase])
        for index, card in enumerate(mine):
            page, slot = divmod(index, plan.lane_capacity)
            row, col = divmod(slot, plan.columns)
            x = left + col * (plan.card_width + COLUMN_GAP)
            top = lane_body_top - row * (plan.card_height + ROW_GAP)
            pages[page][card.id] = Rect(
                x, top - plan.card_height, plan.card_width, plan.card_height
            )
    band_top = LEGEND + plan.band_height - plan.band_header
    governance = in_lane_order([c for c in cards if c.phase is Phase.GOVERNANCE])
    for index, card in enumerate(governance):
        page, slot = divmod(index, plan.gov_capacity)
        row, col = divmod(slot, plan.gov_per_row)
        x = LANE_PAD + col * (plan.card_width + COLUMN_GAP)
        top = band_top - row * (plan.card_height + ROW_GAP)
        pages[page][card.id] = Rect(x, top - plan.card_height, plan.card_width, plan.card_height)
    return pages
