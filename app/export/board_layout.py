"""Where each card of the lifecycle board goes on the exported page(s).

The export does not copy the screen positions (cards overlap there, and the
board is far wider than a page). It keeps each lane's reading order and packs
the cards into a grid whose rows are shared by every column of a page, so that
free corridors run between all rows and between all columns: links are routed
along them (``board_routes``) and never pass under a card.

``plan_board`` picks, for a frame and a ``BoardType`` (the document's sizes):

* the whole board on one page — six lanes side by side, governance as a band
  across the bottom — when every card fits at a legible size;
* else the board split by phase: groups of three, two or one lanes per page
  (a lane may take several columns), governance on a page of its own, and a
  lane whose cards do not fit continues on the next page ("part 2 of 3").

Type never goes below the ``BoardType``'s smallest size, the board is never
rotated and no card is cut. Card titles break at word boundaries (a column is
never narrower than the longest word at that size, so hyphenation is rare).
A presentation gives the board a page ``budget``: a phase then shows the cards
that fit on its page and a tile saying how many more the full plan lists.

This is hand-written layout on purpose: ReportLab's Table cannot share row
heights across lanes that each flow their own cards, nor leave routable gaps.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from app.export.blocks import in_lane_order
from app.export.fonts import text_width
from app.export.pdfdoc import pdf_text
from app.export.wrap import wrap_lines
from app.i18n import language, role_label, status_label, translate
from models.palette import STATUS_GLYPHS
from models.phases import LIFECYCLE, Phase
from models.strategy import Card
from models.vocabulary import Status

LEADING = 1.2
STRIPE = 4.0
"""The phase-coloured stripe on a card's left edge."""
STATUS_WORDS = {
    Status.PLANNED: "Planned",
    Status.IN_PROGRESS: "In progress",
    Status.IN_PLACE: "In place",
}


@dataclass(frozen=True)
class BoardType:
    """The sizes of one document kind's board (points).

    ``title_sizes`` are tried largest first; ``meta`` is the status line's size,
    never below the document's minimum. ``budget`` (0: none) caps the pages.
    """

    title_sizes: tuple[float, ...]
    meta: float
    lane_gap: float
    column_gap: float
    row_gap: float
    pad: float
    legend: float
    min_chars: int = 12
    budget: int = 0
    elsewhere: str = "listed in the phase sections"
    """Where a reader finds the links a page cannot draw."""

    @property
    def min_title(self) -> float:
        """The smallest card-title size this board type ever sets."""
        return min(self.title_sizes)


TALK_BOARD = BoardType(
    title_sizes=(18.0, 16.0),
    meta=14.0,
    lane_gap=22.0,
    column_gap=14.0,
    row_gap=10.0,
    pad=6.0,
    legend=14.0,
    min_chars=11,
    elsewhere="the full plan lists them",
)
"""The presentation: card titles 18 pt (16 pt at least), the status line 14 pt."""
PLAN_BOARD = BoardType(
    title_sizes=(9.0, 8.5, 8.0),
    meta=8.0,
    lane_gap=14.0,
    column_gap=10.0,
    row_gap=8.0,
    pad=3.5,
    legend=8.0,
    min_chars=14,
)
"""The full plan's landscape board pages: card titles 9 pt (8 pt at least), status 8 pt."""


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

    @property
    def mid_x(self) -> float:
        """The horizontal centre."""
        return self.x + self.w / 2

    @property
    def mid_y(self) -> float:
        """The vertical centre."""
        return self.y + self.h / 2


@dataclass(frozen=True)
class CardText:
    """A card's wrapped text at one width: title lines, then status lines."""

    title: tuple[str, ...]
    meta: tuple[str, ...]


@dataclass(frozen=True)
class Placed:
    """A card on a page: where, and its text as wrapped for that width."""

    card: Card
    rect: Rect
    text: CardText


@dataclass(frozen=True)
class Lane:
    """A lane (or the governance band) on a page: its header and the columns it owns."""

    phase: Phase
    header: Rect
    body: Rect
    columns: tuple[Rect, ...]
    count: int
    """All the cards of this phase on the board."""
    more: int = 0
    """Cards of this phase on no page (a presentation's budget ran out)."""
    more_tile: Rect | None = None


@dataclass
class BoardPage:
    """One page of the board: lanes, placed cards and the free corridors between them."""

    width: float
    height: float
    title_size: float
    meta_size: float
    lanes: list[Lane] = field(default_factory=list)
    cards: dict[str, Placed] = field(default_factory=dict)
    corridors: list[tuple[float, float]] = field(default_factory=list)
    """Horizontal free strips (bottom, top) that cross every column of the page."""
    band_corridor: tuple[float, float] | None = None
    """The strip between the lanes and the governance band (one-page board)."""
    legend_top: float = 0.0
    end: float = 0.0
    """Where the last row ends: the page is free below this (down to the legend)."""


@dataclass
class BoardSheet:
    """One page of a document: one or more board pages ("tiers") stacked, one legend.

    A group of lanes that takes little height shares a page with the next group
    (three lanes above three lanes, say), so a small board needs fewer pages.
    """

    width: float
    height: float
    tiers: list[BoardPage]
    legend: float
    part: int = 1
    parts: int = 1

    @property
    def cards(self) -> dict[str, Placed]:
        """Every card on the sheet."""
        return {cid: placed for tier in self.tiers for cid, placed in tier.cards.items()}


def card_meta(card: Card) -> str:
    """A card's status line: glyph, status word and owner — on every rendering of a card."""
    owner = role_label(card.owner_role) if card.owner_role else translate("plan", "No owner yet")
    return f"{STATUS_GLYPHS[card.status]} {status_label(card.status)} · {owner}"


def card_text(card: Card, width: float, kind: BoardType, size: float) -> CardText:
    """The card's title and status lines wrapped at ``width`` (no line is ever cut)."""
    inner = width - STRIPE - 2 * kind.pad
    return CardText(
        _lines(pdf_text(card.title), size, inner, True, language()),
        _lines(card_meta(card), kind.meta, inner, False, language()),
    )


@lru_cache(maxsize=16384)  # the same titles are tried at a few widths while a layout is chosen
def _lines(text: str, size: float, width: float, bold: bool, lang: str) -> tuple[str, ...]:
    # ``lang`` keys the cache: a word breaks at the hyphenation points of its language.
    del lang
    return tuple(wrap_lines(text, size, width, bold=bold)) or ("",)


def card_height(text: CardText, size: float, kind: BoardType) -> float:
    """A card's height for its wrapped text."""
    return (
        2 * kind.pad + len(text.title) * size * LEADING + len(text.meta) * kind.meta * LEADING + 2
    )


def _min_width(cards: Sequence[Card], size: float, kind: BoardType, frame: float) -> float:
    """The narrowest card in which every title word and the status words fit whole.

    Never wider than a lane alone on a ``frame``-wide page: a word longer than that
    (a pasted URL, a run of letters) is broken across lines rather than make the
    board impossible to lay out.
    """
    longest = max(
        (text_width(w, size, bold=True) for c in cards for w in pdf_text(c.title).split()),
        default=0.0,
    )
    words = [status_label(s) for s in STATUS_WORDS]  # in the export's language
    status = max(text_width(w, kind.meta) for s in words for w in s.split())
    floor = kind.min_chars * size * 0.55
    return min(max(longest, status, floor) + STRIPE + 2 * kind.pad + 0.5, frame - kind.lane_gap)


def _header_height(size: float) -> float:
    return size * 2.0


@dataclass(frozen=True)
class _Group:
    """Phases laid out side by side on the pages of one group."""

    phases: tuple[Phase, ...]
    band: bool = False
    """The governance band goes under the lanes (one-page board only)."""


def _groups(per_page: int, governance: bool) -> list[_Group]:
    if per_page >= len(LIFECYCLE):
        return [_Group(tuple(LIFECYCLE), band=True)]
    groups = [
        _Group(tuple(LIFECYCLE[i : i + per_page])) for i in range(0, len(LIFECYCLE), per_page)
    ]
    if governance:
        groups.append(_Group((Phase.GOVERNANCE,)))
    return groups


@dataclass
class _Flow:
    """One phase's cards as wrapped for its column width, in reading order."""

    phase: Phase
    columns: int
    width: float
    cards: list[Card]
    texts: list[CardText]
    heights: list[float]


def _flow(
    phase: Phase, cards: list[Card], width: float, *, columns: int, size: float, kind: BoardType
) -> _Flow:
    col_w = (width - (columns - 1) * kind.column_gap) / columns
    texts = [card_text(c, col_w, kind, size) for c in cards]
    return _Flow(phase, columns, col_w, cards, texts, [card_height(t, size, kind) for t in texts])


def _rows(flow: _Flow) -> list[list[int]]:
    """Indexes of the flow's cards, a row at a time (left to right, then down)."""
    return [
        list(range(i, min(i + flow.columns, len(flow.cards))))
        for i in range(0, len(flow.cards), flow.columns)
    ]


def _columns_for(width: float, minimum: float, gap: float, wanted: int) -> int:
    """How many columns of at least ``minimum`` fit ``width`` (at most ``wanted``)."""
    fit = int((width + gap) // (minimum + gap))
    return max(0, min(fit, max(wanted, 1)))


def plan_board(
    cards: Sequence[Card], width: float, height: float, kind: BoardType, budget: int = 0
) -> list[BoardSheet]:
    """The pages of the board in a ``width`` × ``height`` frame, most legible first.

    Preference: the fewest pages at the largest title size; with a ``budget``, the
    largest size whose pages fit the budget (else the budget's pages, cards that
    do not fit counted in a "more" tile).

    Raises:
        ValueError: the frame is too small for one card column at the smallest size.
    """
    by_phase = {p: in_lane_order([c for c in cards if c.phase is p]) for p in Phase}
    governance = bool(by_phase[Phase.GOVERNANCE])
    best: tuple[tuple[float, ...], list[BoardSheet]] | None = None
    for size in kind.title_sizes:
        minimum = _min_width(cards, size, kind, width)
        for per_page in (6, 3, 2, 1):
            pages = _layout(
                by_phase,
                width,
                height,
                size=size,
                per_page=per_page,
                governance=governance,
                kind=kind,
                minimum=minimum,
                budget=0,
            )
            if pages is None:
                continue
            if budget and len(pages) > budget:
                score: tuple[float, ...] = (1, len(pages), -size)
            elif budget:
                score = (0, -size, len(pages))
            else:
                score = (0, len(pages), -size)
            if best is None or score < best[0]:
                best = (score, pages)
            if len(pages) == 1 or (budget and len(pages) <= budget):
                break  # fewer lanes a page cannot need fewer pages at this size
        if best is not None and best[0][0] == 0 and (budget or len(best[1]) == 1):
            break  # the largest size that does the job: smaller type only loses
    if best is None:
        raise ValueError(f"a {width:.0f}×{height:.0f} pt area is too small for the board")
    if budget and len(best[1]) > budget:
        return _within_budget(
            by_phase, width, height, governance=governance, kind=kind, budget=budget
        )
    return best[1]


def _within_budget(
    by_phase: dict[Phase, list[Card]],
    width: float,
    height: float,
    *,
    governance: bool,
    kind: BoardType,
    budget: int,
) -> list[BoardSheet]:
    """The board in at most ``budget`` pages at the smallest size: what fits, and "more".

    When a title word is too wide for the lanes of any grouping within the budget,
    the cards are made as narrow as the lanes and that word is broken across lines.
    """
    size = kind.min_title
    all_cards = [c for cards in by_phase.values() for c in cards]
    minimum = _min_width(all_cards, size, kind, width)
    for narrowed in (False, True):
        for per_page in (6, 3, 2, 1):
            groups = _groups(per_page, governance)
            if len(groups) > budget:
                continue
            lanes = max((len(g.phases) for g in groups), default=1)
            lane_w = (width - lanes * kind.lane_gap) / lanes
            pages = _layout(
                by_phase,
                width,
                height,
                size=size,
                per_page=per_page,
                governance=governance,
                kind=kind,
                minimum=min(minimum, lane_w) if narrowed else minimum,
                budget=1,
            )
            if pages is not None:
                return pages
    raise ValueError("the board does not fit its page budget at any grouping")


def _layout(
    by_phase: dict[Phase, list[Card]],
    width: float,
    height: float,
    *,
    size: float,
    per_page: int,
    governance: bool,
    kind: BoardType,
    minimum: float,
    budget: int,
) -> list[BoardSheet] | None:
    """Every page for one choice of size and lanes per page (None: it cannot be done).

    ``budget`` 1 keeps each group to one page, counting the cards left over.
    """
    pages: list[BoardPage] = []
    for group in _groups(per_page, governance):
        if not group.band and not any(by_phase[p] for p in group.phases):
            continue  # a group of empty phases gets no page of its own
        made = _group_pages(
            group,
            by_phase,
            frame=(width, height),
            size=size,
            kind=kind,
            minimum=minimum,
            budget=budget,
        )
        if made is None:
            return None
        pages += made
    sheets = _stack(pages, width, height, kind)
    for number, sheet in enumerate(sheets, start=1):
        sheet.part, sheet.parts = number, len(sheets)
    return sheets


def _stack(
    pages: list[BoardPage], width: float, height: float, kind: BoardType
) -> list[BoardSheet]:
    """Pages of the board, with short groups stacked one under the other on one page."""
    sheets: list[BoardSheet] = []
    for page in pages:
        last = sheets[-1] if sheets else None
        if last is not None and last.tiers[-1].band_corridor is None and page.band_corridor is None:
            used = height - last.tiers[-1].end
            if page.end - used - kind.row_gap >= page.legend_top:
                if len(last.tiers) == 1:
                    last.tiers[0] = _compact(last.tiers[0], 0.0, kind)
                last.tiers.append(_compact(page, used + kind.row_gap, kind))
                continue
        sheets.append(BoardSheet(width, height, [page], page.legend_top))
    for sheet in sheets:  # a lane alone on its page ends under its last row, not at the foot
        if len(sheet.tiers) == 1 and len(sheet.tiers[0].lanes) == 1:
            sheet.tiers[0] = _compact(sheet.tiers[0], 0.0, kind)
    return sheets


def _moved(rect: Rect, dy: float) -> Rect:
    return Rect(rect.x, rect.y - dy, rect.w, rect.h)


def _compact(page: BoardPage, dy: float, kind: BoardType) -> BoardPage:
    """``page`` moved down by ``dy``, its lanes ending under their last row."""
    end = page.end - dy
    moved = BoardPage(page.width, page.height, page.title_size, page.meta_size)
    moved.legend_top, moved.end = page.legend_top, end
    for lane in page.lanes:
        top = lane.body.top - dy
        body = Rect(lane.body.x, end, lane.body.w, top - end)
        columns = tuple(Rect(c.x, end, c.w, top - end) for c in lane.columns)
        tile = _moved(lane.more_tile, dy) if lane.more_tile else None
        moved.lanes.append(
            Lane(lane.phase, _moved(lane.header, dy), body, columns, lane.count, lane.more, tile)
        )
    moved.cards = {cid: Placed(p.card, _moved(p.rect, dy), p.text) for cid, p in page.cards.items()}
    moved.corridors = [(low - dy, high - dy) for low, high in page.corridors]
    del kind
    return moved


def _group_pages(
    group: _Group,
    by_phase: dict[Phase, list[Card]],
    *,
    frame: tuple[float, float],
    size: float,
    kind: BoardType,
    minimum: float,
    budget: int,
) -> list[BoardPage] | None:
    width, height = frame
    lanes = len(group.phases)
    # Half a lane gap of margin on each side: links enter the first column from its left.
    lane_w = (width - lanes * kind.lane_gap) / lanes
    if lane_w < minimum:
        return None
    flows = []
    for phase in group.phases:
        mine = by_phase[phase]
        # Six lanes take a column each; fewer take what their cards need; a lane alone
        # on its page (governance, say) spreads its cards across the page.
        if lanes == len(LIFECYCLE):
            wanted = 1
        elif lanes == 1:
            wanted = max(1, len(mine))
        else:
            wanted = max(1, math.ceil(len(mine) / 4))
        columns = _columns_for(lane_w, minimum, kind.column_gap, wanted)
        if columns < 1:
            return None
        flows.append(_flow(phase, mine, lane_w, columns=columns, size=size, kind=kind))
    header = _header_height(size)
    legend = kind.legend * LEADING * 2 + 4
    top = height - header - kind.row_gap
    band: _Flow | None = None
    band_rows: list[list[int]] = []
    band_h = 0.0
    if group.band:
        gov = by_phase[Phase.GOVERNANCE]
        col_w = flows[0].width if flows else minimum
        inner = width - kind.lane_gap
        per_row = max(1, int((inner + kind.column_gap) // (col_w + kind.column_gap)))
        band = _flow(Phase.GOVERNANCE, gov, inner, columns=per_row, size=size, kind=kind)
        band_rows = _rows(band)
        rows_h = [max(band.heights[i] for i in row) for row in band_rows] or [size * 2]
        band_h = header + kind.row_gap + sum(rows_h) + kind.row_gap * len(rows_h)
        if band_h > (height - legend) * 0.45:
            return None  # a band this tall reads better as a page of its own
    bottom = legend + (band_h + kind.row_gap * 2 if group.band else 0.0)
    if top - bottom < size * 4:
        return None
    rows = [_rows(f) for f in flows]
    pages: list[BoardPage] = []
    cursor = [0] * len(flows)
    while True:
        page = BoardPage(width, height, size, kind.meta)
        page.legend_top = legend
        y = top
        page.corridors.append((top, height - header))
        placed_any = False
        while True:
            row_heights = [
                max(flows[i].heights[j] for j in rows[i][cursor[i]])
                for i in range(len(flows))
                if cursor[i] < len(rows[i])
            ]
            if not row_heights:
                break
            h = max(row_heights)
            if y - h < bottom:
                if not placed_any:
                    return None  # one card taller than the page
                break
            for i, flow in enumerate(flows):
                if cursor[i] >= len(rows[i]):
                    continue
                x0 = _lane_x(i, lane_w, kind)
                for slot, j in enumerate(rows[i][cursor[i]]):
                    x = x0 + slot * (flow.width + kind.column_gap)
                    rect = Rect(x, y - flow.heights[j], flow.width, flow.heights[j])
                    page.cards[flow.cards[j].id] = Placed(flow.cards[j], rect, flow.texts[j])
                cursor[i] += 1
            placed_any = True
            page.corridors.append((y - h - kind.row_gap, y - h))
            y -= h + kind.row_gap
        page.end = y
        leftover = any(cursor[i] < len(rows[i]) for i in range(len(flows)))
        for i, flow in enumerate(flows):
            x0 = _lane_x(i, lane_w, kind)
            more = 0
            tile = None
            if budget and leftover and cursor[i] < len(rows[i]):
                more = sum(len(r) for r in rows[i][cursor[i] :])
                tile_h = kind.meta * LEADING * 2 + 2 * kind.pad
                tile, more = _more_tile(
                    page, flow, x0=x0, y=y, bottom=bottom, tile_h=tile_h, more=more
                )
            page.lanes.append(
                Lane(
                    phase=flow.phase,
                    header=Rect(x0, height - header, lane_w, header),
                    body=Rect(x0, bottom, lane_w, top + kind.row_gap - bottom),
                    columns=tuple(
                        Rect(
                            x0 + k * (flow.width + kind.column_gap),
                            bottom,
                            flow.width,
                            top - bottom,
                        )
                        for k in range(flow.columns)
                    ),
                    count=len(flow.cards),
                    more=more,
                    more_tile=tile,
                )
            )
        if band is not None:
            _place_band(
                page, band, band_rows, legend=legend, band_h=band_h, header=header, kind=kind
            )
        pages.append(page)
        if budget or not leftover:
            break
        if group.band:
            return None  # the one-page board must fit one page
    return pages


def _more_tile(
    page: BoardPage,
    flow: _Flow,
    *,
    x0: float,
    y: float,
    bottom: float,
    tile_h: float,
    more: int,
) -> tuple[Rect, int]:
    """Room for the "N more cards" tile: under the last row, or in place of the last card."""
    if y - tile_h >= bottom:
        return Rect(x0, y - tile_h, flow.width, tile_h), more
    # Take the last card of this lane off the page to make room.
    shown = [cid for cid, p in page.cards.items() if p.card.phase is flow.phase]
    removed = page.cards.pop(shown[-1])
    rect = removed.rect
    return Rect(rect.x, rect.top - tile_h, flow.width, tile_h), more + 1


def _place_band(
    page: BoardPage,
    band: _Flow,
    rows: list[list[int]],
    *,
    legend: float,
    band_h: float,
    header: float,
    kind: BoardType,
) -> None:
    """The governance band across the bottom of a one-page board."""
    top = legend + band_h
    y = top - header - kind.row_gap
    margin = kind.lane_gap / 2
    for row in rows:
        h = max(band.heights[j] for j in row)
        for slot, j in enumerate(row):
            x = margin + slot * (band.width + kind.column_gap)
            rect = Rect(x, y - band.heights[j], band.width, band.heights[j])
            page.cards[band.cards[j].id] = Placed(band.cards[j], rect, band.texts[j])
        y -= h + kind.row_gap
    page.lanes.append(
        Lane(
            phase=Phase.GOVERNANCE,
            header=Rect(margin, top - header, page.width - 2 * margin, header),
            body=Rect(margin, legend, page.width - 2 * margin, band_h),
            columns=tuple(
                Rect(
                    margin + k * (band.width + kind.column_gap), legend, band.width, band_h - header
                )
                for k in range(band.columns)
            ),
            count=len(band.cards),
        )
    )
    page.band_corridor = (top, top + kind.row_gap * 2)


def _lane_x(index: int, lane_w: float, kind: BoardType) -> float:
    return kind.lane_gap / 2 + index * (lane_w + kind.lane_gap)
