"""The lifecycle board drawn as PDF vector graphics, one flowable per page.

Drawing order keeps every word readable: lane bodies, then the links (along the
free gutters and corridors, ``board_routes``), then the lane headers and cards
with their text, then the arrowheads. Every card shows its title, its status as
a glyph and a word (and a dashed border while only planned) and its owner. All
text is real text in the embedded font. The board is never rotated: a page too
small for it gets the board split by phase (``board_layout``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from app.export.blocks import LifecycleCanvas
from app.export.board_layout import (
    LEADING,
    STRIPE,
    BoardSheet,
    BoardType,
    Lane,
    Placed,
    Rect,
    plan_board,
)
from app.export.board_routes import Route, route_links
from app.export.fonts import BOLD, REGULAR, text_width
from app.export.glyphs import draw_phase_glyph
from app.export.tagging import tagged_draw
from app.export.theme import INK, LINK_INK, MUTED, phase_colour, text_on, tint
from app.export.wrap import fit_line, wrap_lines
from app.i18n import link_label, phase_label, phase_short, status_label, translate
from models.palette import PHASE_MARKS, STATUS_GLYPHS
from models.phases import Phase
from models.strategy import Link
from models.vocabulary import LinkKind, Status

DASHES: dict[LinkKind, list[float]] = {
    LinkKind.FLOWS: [],
    LinkKind.GATES: [5, 2.5],
    LinkKind.TRIGGERS: [1.2, 2],
    LinkKind.FEEDS_BACK: [6, 2, 1.2, 2],
}
BORDERS = {Status.PLANNED: 1.0, Status.IN_PROGRESS: 1.4, Status.IN_PLACE: 2.2}
"""A card's border width by status; a planned card's border is also dashed."""


def board_flowables(
    block: LifecycleCanvas, width: float, height: float, kind: BoardType
) -> list[Flowable]:
    """The board as one flowable per page (page breaks between), filling ``width`` × ``height``."""
    sheets = plan_board(block.cards, width, height, kind, budget=block.budget)
    result: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            result.append(PageBreak())
        result.append(BoardFlowable(sheet, block.links, kind, len(block.cards)))
    return result


def board_summary(sheet: BoardSheet, total_cards: int) -> str:
    """What a page of the board shows, in words (its alternative text)."""
    lanes = [lane for tier in sheet.tiers for lane in tier.lanes]
    shown = {lane.phase: 0 for lane in lanes}
    for placed in sheet.cards.values():
        shown[placed.card.phase] = shown.get(placed.card.phase, 0) + 1
    parts = "; ".join(
        translate("board", "{lane}: {shown} of {count} cards").format(
            lane=phase_short(lane.phase), shown=shown[lane.phase], count=lane.count
        )
        for lane in lanes
    )
    if sheet.parts > 1:
        head = translate("board", "Lifecycle board (part {part} of {parts})").format(
            part=sheet.part, parts=sheet.parts
        )
    else:
        head = translate("board", "Lifecycle board")
    return translate(
        "board",
        "{board}, {total} cards in all. Shown here: {parts}. Every card is listed with its "
        "owner and status in the plan's phase sections.",
    ).format(board=head, total=total_cards, parts=parts)


class BoardFlowable(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """One page of the board."""

    def __init__(
        self, sheet: BoardSheet, links: Sequence[Link], kind: BoardType, total_cards: int
    ) -> None:
        super().__init__()
        self.sheet, self.links, self.kind = sheet, links, kind
        self.page = sheet.tiers[0]  # sizes shared by every tier of the sheet
        self.width, self.height = sheet.width, sheet.height
        self.alt_text = board_summary(sheet, total_cards)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The board fills the size it was planned for."""
        return self.width, self.height

    def draw(self) -> None:
        """The board page as one figure, described in words for assistive technology."""
        tagged_draw(self, "Figure", self._draw, self.alt_text)

    def _draw(self) -> None:
        """Lanes, links, headers and cards, arrowheads, legend."""
        canv: Canvas = self.canv
        tiers = self.sheet.tiers
        lanes = [lane for tier in tiers for lane in tier.lanes]
        for lane in lanes:
            canv.setFillColor(tint(lane.phase, 0.12))
            canv.rect(*_box(lane.body), stroke=0, fill=1)
        routes: list[Route] = []
        for tier in tiers:  # a link between two tiers is not drawn; the legend counts it
            routes += route_links(tier, self.links, track=self.kind.meta * 0.4)[0]
        for route in routes:
            _draw_route(canv, route, self.kind)
        for lane in lanes:
            self._draw_header(canv, lane)
        for placed in self.sheet.cards.values():
            self._draw_card(canv, placed)
        for lane in lanes:
            if lane.more_tile is not None:
                self._draw_more(canv, lane)
            elif lane.count == 0:
                self._draw_empty(canv, lane)
        canv.setFillColor(LINK_INK)
        for route in routes:
            (x0, y0), (x1, y1) = route.points[-2], route.points[-1]
            _arrowhead(canv, (x1, y1), math.atan2(y1 - y0, x1 - x0), self.kind.meta * 0.6)
        on_sheet = self.sheet.cards
        touching = sum(1 for lk in self.links if lk.source in on_sheet or lk.target in on_sheet)
        self._draw_legend(canv, touching - len(routes))

    def _draw_header(self, canv: Canvas, lane: Lane) -> None:
        page, box = self.page, lane.header
        size = page.title_size
        canv.saveState()
        canv.setFillColor(phase_colour(lane.phase))
        canv.roundRect(*_box(box), 3, stroke=0, fill=1)
        glyph = box.h * 0.7
        draw_phase_glyph(canv, lane.phase, box.x + 4 + glyph / 2, box.mid_y, glyph, mark=False)
        label = (
            phase_label(lane.phase)
            if lane.phase is Phase.GOVERNANCE
            else f"{PHASE_MARKS[lane.phase]} · {phase_short(lane.phase)}"
        )
        count = translate("plan", "%n card(s)", None, lane.count)
        canv.setFillColor(text_on(lane.phase))
        left = box.x + glyph + 10
        room = box.right - 6 - left
        if text_width(label, size, bold=True) + text_width(count, self.kind.meta) + 10 > room:
            label = f"{PHASE_MARKS[lane.phase]} · {phase_short(lane.phase)}"
        # A short name still too wide (« 2 · Développement » in a narrow lane): the name
        # without its number (the glyph still tells the phase), then slightly smaller
        # type, then cut — the full name heads the phase's own section.
        if text_width(label, size, bold=True) > room and lane.phase is not Phase.GOVERNANCE:
            label = phase_short(lane.phase)
        floor = max(self.kind.meta, size * 0.85)
        while text_width(label, size, bold=True) > room and size > floor:
            size = max(floor, size - 0.5)
        label = fit_line(label, size, room, bold=True)
        canv.setFont(BOLD, size)
        canv.drawString(left, box.mid_y - size * 0.36, label)
        if text_width(label, size, bold=True) + text_width(count, self.kind.meta) + 10 <= room:
            canv.setFont(REGULAR, self.kind.meta)
            canv.drawRightString(box.right - 6, box.mid_y - self.kind.meta * 0.36, count)
        canv.restoreState()

    def _draw_card(self, canv: Canvas, placed: Placed) -> None:
        kind, page = self.kind, self.page
        card, rect = placed.card, placed.rect
        colour = phase_colour(card.phase)
        canv.saveState()
        canv.setFillColor(white)
        canv.setStrokeColor(colour)
        canv.setLineWidth(BORDERS[card.status])
        canv.setDash([4, 2.5] if card.status is Status.PLANNED else [])
        canv.roundRect(*_box(rect), 2.5, stroke=1, fill=1)
        canv.setDash([])
        canv.setFillColor(colour)
        canv.rect(rect.x, rect.y, STRIPE, rect.h, stroke=0, fill=1)
        left = rect.x + STRIPE + kind.pad
        size = page.title_size
        top = rect.top - kind.pad
        canv.setFillColor(INK)
        canv.setFont(BOLD, size)
        for index, line in enumerate(placed.text.title):
            canv.drawString(left, top - index * size * LEADING - size * 0.95, line)
        top -= len(placed.text.title) * size * LEADING + 2
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, kind.meta)
        for index, line in enumerate(placed.text.meta):
            canv.drawString(left, top - index * kind.meta * LEADING - kind.meta * 0.95, line)
        canv.restoreState()

    def _draw_more(self, canv: Canvas, lane: Lane) -> None:
        tile = lane.more_tile
        assert tile is not None
        kind = self.kind
        canv.saveState()
        canv.setStrokeColor(MUTED)
        canv.setDash([2, 2])
        canv.setFillColor(white)
        canv.roundRect(*_box(tile), 2.5, stroke=1, fill=1)
        canv.setDash([])
        canv.setFillColor(INK)
        canv.setFont(REGULAR, kind.meta)
        text = translate("board", "+ %n more card(s) in the full plan", None, lane.more)
        lines = wrap_lines(text, kind.meta, tile.w - 2 * kind.pad)
        y = tile.top - kind.pad - kind.meta * 0.93
        for line in lines[:2]:
            canv.drawString(tile.x + kind.pad, y, line)
            y -= kind.meta * LEADING
        canv.restoreState()

    def _draw_empty(self, canv: Canvas, lane: Lane) -> None:
        kind = self.kind
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, kind.meta)
        y = lane.header.y - kind.row_gap - kind.meta
        for line in wrap_lines(
            translate("board", "No cards yet"), kind.meta, lane.body.w - 2 * kind.pad
        ):
            canv.drawString(lane.body.x + kind.pad, y, line)
            y -= kind.meta * LEADING
        canv.restoreState()

    def _draw_legend(self, canv: Canvas, hidden: int) -> None:
        size = self.kind.meta
        canv.saveState()
        canv.setFont(REGULAR, size)
        canv.setFillColor(MUTED)
        y = size * LEADING + 2
        x = self.kind.lane_gap / 2
        for status in Status:
            label = f"{STATUS_GLYPHS[status]} {status_label(status)}"
            canv.drawString(x, y, label)
            x += text_width(label, size) + size * 1.2
        x += size
        canv.setStrokeColor(LINK_INK)
        canv.setLineWidth(1.2)
        for link_kind in LinkKind:
            canv.setDash(DASHES[link_kind])
            canv.line(x, y + size * 0.35, x + size * 2, y + size * 0.35)
            canv.drawString(x + size * 2.3, y, link_label(link_kind))
            x += size * 2.3 + text_width(link_label(link_kind), size) + size * 1.2
        canv.setDash([])
        notes = []
        if self.sheet.parts > 1:
            notes.append(
                translate("board", "Board part {part} of {parts}").format(
                    part=self.sheet.part, parts=self.sheet.parts
                )
            )
        if hidden:
            elsewhere = {
                "listed in the phase sections": translate("board", "listed in the phase sections"),
                "the full plan lists them": translate("board", "the full plan lists them"),
            }.get(self.kind.elsewhere, self.kind.elsewhere)
            notes.append(
                translate("board", "%n link(s) lead(s) to cards on other parts", None, hidden)
                + f" ({elsewhere})"
            )
        if notes:
            canv.drawString(self.kind.lane_gap / 2, 1, " · ".join(notes))
        canv.restoreState()


def _box(rect: Rect) -> tuple[float, float, float, float]:
    return rect.x, rect.y, rect.w, rect.h


def _draw_route(canv: Canvas, route: Route, kind: BoardType) -> None:
    canv.saveState()
    canv.setStrokeColor(LINK_INK)
    canv.setLineWidth(1.6 if kind.meta >= 12 else 0.8)
    canv.setLineJoin(1)
    canv.setDash(DASHES[route.link.kind])
    path = canv.beginPath()
    path.moveTo(*route.points[0])
    for point in route.points[1:]:
        path.lineTo(*point)
    canv.drawPath(path, stroke=1, fill=0)
    canv.restoreState()


def _arrowhead(canv: Canvas, tip: tuple[float, float], angle: float, size: float) -> None:
    """A filled triangle pointing along ``angle`` with its point at ``tip``."""
    x, y = tip
    spread = 0.45
    path = canv.beginPath()
    path.moveTo(x, y)
    path.lineTo(x - size * math.cos(angle + spread), y - size * math.sin(angle + spread))
    path.lineTo(x - size * math.cos(angle - spread), y - size * math.sin(angle - spread))
    path.close()
    canv.drawPath(path, stroke=0, fill=1)
