"""The lifecycle canvas drawn as PDF vector graphics, one flowable per page.

Drawing order keeps text readable: lane and band backgrounds, then links
(under the cards, which are opaque), then cards with their text, then
arrowheads at the card edges. All text is real text in the embedded font.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from app.export.blocks import LifecycleCanvas
from app.export.canvas_layout import (
    CARD_TEXT_INSET,
    LANE_GAP,
    LANE_PAD,
    LEGEND,
    CanvasPlan,
    Rect,
    place_cards,
    plan_canvas,
)
from app.export.fonts import BOLD, REGULAR, text_width
from app.export.glyphs import draw_phase_glyph
from app.export.pdfdoc import pdf_text
from app.export.theme import INK, LINK_INK, MUTED, phase_colour, text_on, tint
from app.export.wrap import fit_line, wrap_lines
from models.palette import STATUS_GLYPHS
from models.phases import LIFECYCLE, Phase
from models.strategy import Card, Link
from models.vocabulary import LinkKind, Status

DASHES: dict[LinkKind, list[float]] = {
    LinkKind.FLOWS: [],
    LinkKind.GATES: [4, 2],
    LinkKind.TRIGGERS: [1, 1.5],
    LinkKind.FEEDS_BACK: [5, 2, 1, 2],
}


def canvas_flowables(block: LifecycleCanvas, width: float, height: float) -> list[Flowable]:
    """The canvas as one flowable per page (page breaks between), filling ``width``×``height``.

    The canvas is always laid out landscape: in a portrait area (the handout)
    it is turned a quarter to the left, as printed books place wide figures.
    """
    rotated = height > width
    plan = (
        plan_canvas(block.cards, height, width)
        if rotated
        else plan_canvas(block.cards, width, height)
    )
    placed = place_cards(block.cards, plan)
    cards = {c.id: c for c in block.cards}
    result: list[Flowable] = []
    for page, rects in enumerate(placed):
        if page:
            result.append(PageBreak())
        result.append(CanvasPage(plan, page, rects, cards, block.links, rotated=rotated))
    return result


class CanvasPage(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """One page of the canvas."""

    def __init__(
        self,
        plan: CanvasPlan,
        page: int,
        rects: dict[str, Rect],
        cards: dict[str, Card],
        links: Sequence[Link],
        *,
        rotated: bool = False,
    ) -> None:
        super().__init__()
        self.plan, self.page, self.rects, self.cards, self.links = plan, page, rects, cards, links
        self.rotated = rotated
        if rotated:
            self.width, self.height = plan.height, plan.width
        else:
            self.width, self.height = plan.width, plan.height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The canvas fills the size it was planned for."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw lanes, band, links, cards and legend."""
        canv: Canvas = self.canv
        if self.rotated:
            canv.translate(self.width, 0)
            canv.rotate(90)
        counts = {p: sum(1 for c in self.cards.values() if c.phase is p) for p in Phase}
        self._draw_loop(canv)
        for lane, phase in enumerate(LIFECYCLE):
            self._draw_lane_body(canv, lane, phase)
        self._draw_band_body(canv)
        # Links go under the headers and cards, so no line crosses any text.
        shown = [lk for lk in self.links if lk.source in self.rects and lk.target in self.rects]
        ends = [self._draw_link(canv, lk) for lk in shown]
        for lane, phase in enumerate(LIFECYCLE):
            self._draw_lane(canv, lane, phase, counts[phase])
        self._draw_band(canv, counts[Phase.GOVERNANCE])
        for card_id, rect in self.rects.items():
            self._draw_card(canv, self.cards[card_id], rect)
        canv.setFillColor(LINK_INK)
        for tip, angle in ends:
            _arrowhead(canv, tip, angle, self.plan.font * 0.55)
        self._draw_legend(canv, len(self.links) - len(shown))

    def _lane_left(self, lane: int) -> float:
        return lane * (self.plan.lane_width + LANE_GAP)

    def _draw_loop(self, canv: Canvas) -> None:
        plan = self.plan
        first = self._lane_left(0) + plan.lane_width / 2
        last = self._lane_left(len(LIFECYCLE) - 1) + plan.lane_width / 2
        base, high = plan.lanes_top + 1, plan.height - 5
        canv.saveState()
        canv.setStrokeColor(LINK_INK)
        canv.setFillColor(LINK_INK)
        canv.setLineWidth(1.2)
        path = canv.beginPath()
        path.moveTo(last, base)
        path.lineTo(last, high)
        path.lineTo(first, high)
        path.lineTo(first, base + 4)
        canv.drawPath(path, stroke=1, fill=0)
        _arrowhead(canv, (first, base), -math.pi / 2, 5)
        label = "Feedback loops back to Data"
        size = 7.5
        mid = (first + last) / 2
        half = text_width(label, size) / 2 + 4
        canv.setFillColor(white)
        canv.rect(mid - half, high - size * 0.7, 2 * half, size * 1.4, stroke=0, fill=1)
        canv.setFillColor(INK)
        canv.setFont(REGULAR, size)
        canv.drawCentredString(mid, high - size * 0.35, label)
        canv.restoreState()

    def _draw_lane_body(self, canv: Canvas, lane: int, phase: Phase) -> None:
        plan = self.plan
        canv.setFillColor(tint(phase, 0.14))
        height = plan.lanes_top - plan.lanes_bottom
        canv.rect(
            self._lane_left(lane), plan.lanes_bottom, plan.lane_width, height, stroke=0, fill=1
        )

    def _draw_band_body(self, canv: Canvas) -> None:
        canv.setFillColor(tint(Phase.GOVERNANCE, 0.14))
        canv.rect(0, LEGEND, self.plan.width, self.plan.band_height, stroke=0, fill=1)

    def _draw_lane(self, canv: Canvas, lane: int, phase: Phase, count: int) -> None:
        plan = self.plan
        left, width = self._lane_left(lane), plan.lane_width
        top, header = plan.lanes_top, plan.header
        canv.saveState()
        canv.setFillColor(phase_colour(phase))
        canv.roundRect(left, top - header, width, header, 3, stroke=0, fill=1)
        glyph = header * 0.72
        draw_phase_glyph(canv, phase, left + 3 + glyph / 2, top - header / 2, glyph)
        size = min(10.0, header * 0.45)
        canv.setFillColor(text_on(phase))
        canv.setFont(BOLD, size)
        number = str(count)
        room = width - glyph - 12 - text_width(number, size)
        canv.drawString(
            left + glyph + 6,
            top - header / 2 - size * 0.35,
            fit_line(phase.short_title, size, room, bold=True),
        )
        canv.setFont(REGULAR, size)
        canv.drawRightString(left + width - 4, top - header / 2 - size * 0.35, number)
        if lane < len(LIFECYCLE) - 1:  # the lifecycle direction, between headers
            canv.setFillColor(LINK_INK)
            _arrowhead(canv, (left + width + LANE_GAP - 0.5, top - header / 2), 0, LANE_GAP - 1)
        canv.restoreState()

    def _draw_band(self, canv: Canvas, count: int) -> None:
        plan = self.plan
        phase = Phase.GOVERNANCE
        bottom, height = LEGEND, plan.band_height
        canv.saveState()
        canv.setFillColor(phase_colour(phase))
        canv.rect(
            0, bottom + height - plan.band_header, plan.width, plan.band_header, stroke=0, fill=1
        )
        glyph = plan.band_header * 0.8
        middle = bottom + height - plan.band_header / 2
        draw_phase_glyph(canv, phase, LANE_PAD + glyph / 2, middle, glyph)
        size = min(9.0, plan.band_header * 0.6)
        canv.setFillColor(text_on(phase))
        canv.setFont(BOLD, size)
        canv.drawString(LANE_PAD + glyph + 4, middle - size * 0.35, f"{phase.label} · {count}")
        if count == 0:
            canv.setFillColor(MUTED)
            canv.setFont(REGULAR, plan.font)
            y = bottom + height - plan.band_header - plan.line - LANE_PAD
            canv.drawString(LANE_PAD, y, "No governance cards yet.")
        canv.restoreState()

    def _draw_link(self, canv: Canvas, link: Link) -> tuple[tuple[float, float], float]:
        """Draw one link's curve; return its tip and direction for the arrowhead."""
        source, target = self.cards[link.source], self.cards[link.target]
        s, t = self.rects[link.source], self.rects[link.target]
        start, c1, c2, end = _route(source.phase, target.phase, s, t)
        canv.saveState()
        canv.setStrokeColor(LINK_INK)
        canv.setStrokeAlpha(0.8)
        canv.setLineWidth(0.6)
        canv.setDash(DASHES[link.kind])
        canv.bezier(*start, *c1, *c2, *end)
        canv.restoreState()
        return end, math.atan2(end[1] - c2[1], end[0] - c2[0])

    def _draw_card(self, canv: Canvas, card: Card, rect: Rect) -> None:
        plan = self.plan
        colour = phase_colour(card.phase)
        canv.saveState()
        canv.setFillColor(white)
        canv.setStrokeColor(colour)
        canv.setLineWidth(0.8)
        canv.roundRect(rect.x, rect.y, rect.w, rect.h, 2, stroke=1, fill=1)
        canv.setFillColor(colour)
        canv.rect(rect.x, rect.y, 2.5, rect.h, stroke=0, fill=1)
        left = rect.x + 2.5 + 3
        width = rect.w - CARD_TEXT_INSET
        canv.setFillColor(INK)
        canv.setFont(BOLD, plan.font)
        y = rect.top - 3 - plan.font
        for line in wrap_lines(pdf_text(card.title), plan.font, width, plan.title_lines, bold=True):
            canv.drawString(left, y, line)
            y -= plan.line
        meta_size = plan.font * 0.92
        owner = card.owner_role.label if card.owner_role else "No owner"
        meta = f"{STATUS_GLYPHS[card.status]} {_STATUS_SHORT[card.status]} · {owner}"
        if text_width(meta, meta_size) > width:  # narrow card: the glyph alone tells the status
            meta = f"{STATUS_GLYPHS[card.status]} {owner}"
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, meta_size)
        canv.drawString(left, rect.y + 3 + meta_size * 0.25, fit_line(meta, meta_size, width))
        canv.restoreState()

    def _draw_legend(self, canv: Canvas, hidden_links: int) -> None:
        size = 7.0
        y = 3.0
        canv.saveState()
        canv.setFont(REGULAR, size)
        canv.setFillColor(MUTED)
        x = 0.0
        statuses = "   ".join(f"{STATUS_GLYPHS[s]} {s.label}" for s in Status)
        canv.drawString(x, y, statuses)
        x += text_width(statuses, size) + 14
        canv.setStrokeColor(LINK_INK)
        canv.setLineWidth(0.8)
        for kind in LinkKind:
            canv.setDash(DASHES[kind])
            canv.line(x, y + size * 0.35, x + 18, y + size * 0.35)
            canv.drawString(x + 21, y, kind.label)
            x += 21 + text_width(kind.label, size) + 10
        canv.setDash([])
        notes = []
        if self.plan.pages > 1:
            notes.append(f"Part {self.page + 1} of {self.plan.pages}")
        if hidden_links:
            notes.append(f"{hidden_links} links reach cards on other parts (see phase slides)")
        if notes:
            text = fit_line(" · ".join(notes), size, max(self.plan.width - x, 40))
            canv.drawRightString(self.plan.width, y, text)
        canv.restoreState()


_STATUS_SHORT = {
    Status.PLANNED: "Planned",
    Status.IN_PROGRESS: "Doing",
    Status.IN_PLACE: "In place",
}


def _route(
    source: Phase, target: Phase, s: Rect, t: Rect
) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]:
    """Bezier control points from card ``s`` to card ``t``, ending on ``t``'s edge."""
    gov_s, gov_t = source is Phase.GOVERNANCE, target is Phase.GOVERNANCE
    if gov_s != gov_t:  # vertical: between the band and a lane
        start = (s.x + s.w / 2, s.top if gov_s else s.y)
        end = (t.x + t.w / 2, t.y if gov_s else t.top)
        bend = (end[1] - start[1]) / 2
        return start, (start[0], start[1] + bend), (end[0], end[1] - bend), end
    if gov_s and gov_t:  # both in the band: arc above them
        start, end = (s.x + s.w / 2, s.top), (t.x + t.w / 2, t.top)
        lift = 10 + abs(end[0] - start[0]) * 0.1
        return start, (start[0], start[1] + lift), (end[0], end[1] + lift), end
    if abs(s.x - t.x) < 1:  # same lane column: bulge out to the right
        start, end = (s.right, s.y + s.h / 2), (t.right, t.y + t.h / 2)
        bulge = LANE_PAD + 2 + min(abs(end[1] - start[1]) * 0.08, 12)
        return start, (start[0] + bulge, start[1]), (end[0] + bulge, end[1]), end
    if t.x > s.x:  # forward, left to right
        start, end = (s.right, s.y + s.h / 2), (t.x, t.y + t.h / 2)
    else:  # against the reading direction (the loop back, or a backward link)
        start, end = (s.x, s.y + s.h / 2), (t.right, t.y + t.h / 2)
    dx = (end[0] - start[0]) / 2
    return start, (start[0] + dx, start[1]), (end[0] - dx, end[1]), end


def _arrowhead(canv: Canvas, tip: tuple[float, float], angle: float, size: float) -> None:
    """A filled triangle pointing along ``angle`` with its point at ``tip``."""
    x, y = tip
    spread = 0.45
    back = [
        (x - size * math.cos(angle + spread), y - size * math.sin(angle + spread)),
        (x - size * math.cos(angle - spread), y - size * math.sin(angle - spread)),
    ]
    path = canv.beginPath()
    path.moveTo(x, y)
    for px, py in back:
        path.lineTo(px, py)
    path.close()
    canv.drawPath(path, stroke=0, fill=1)
