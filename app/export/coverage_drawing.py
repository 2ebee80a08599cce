"""The coverage chart: one bar per pack, rules met in place and rules only planned drawn apart.

A bar's solid part counts rules met by cards in place; the hatched part, rules
met only by cards planned or in progress — intent, not evidence, so it is
drawn lighter and hatched (not by colour alone) and the numbers beside the bar
say "12 in place · 5 planned of 32". A board of planned cards therefore never
shows a full solid bar. Each row names the pack and its version; a wide frame
puts the names beside the bars, a narrow one (a deck column, a handout) above.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.export.blocks import Bar
from app.export.fonts import REGULAR, has_glyph, text_width
from app.export.tagging import tagged_draw
from app.export.text import for_pdf
from app.export.theme import ACCENT, INK, MUTED, TRACK
from app.export.wrap import fit_line, wrap_lines
from app.i18n import translate

PLANNED_FILL = HexColor("#A9CCE6")
"""The planned part: the accent's light tint, hatched with the accent."""
WIDE = 600.0
"""From this width on, labels sit beside the bars; below it, above them."""
NOTE = 1.0
"""The version line's size, relative to the label's: the same, told apart by its grey
(a smaller size would fall under the document's minimum)."""


@dataclass(frozen=True)
class _Row:
    bar: Bar
    label: tuple[str, ...]
    note: tuple[str, ...]
    height: float


def _text(text: str) -> str:
    return " ".join(for_pdf(text, has_glyph).split())


class CoverageFlowable(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """A horizontal bar chart of coverage per pack, with a legend; splits between bars."""

    def __init__(self, bars: Sequence[Bar], width: float, size: float, legend: bool = True) -> None:
        super().__init__()
        self.bars = tuple(bars)
        self.size = size
        self.width = width
        self.legend = legend
        self.wide = width >= WIDE
        self.label_w = width * 0.36 if self.wide else width
        values = [text_width(_text(b.value), size) for b in self.bars]
        self.value_w = min(max(values, default=0.0) + 10, width * (0.34 if self.wide else 0.5))
        self.rows = [self._row(bar) for bar in self.bars]
        self.legend_h = size * 2.0 if legend else 0.0
        self.height = sum(r.height for r in self.rows) + self.legend_h

    def _row(self, bar: Bar) -> _Row:
        size = self.size
        label = tuple(wrap_lines(_text(bar.label), size, self.label_w, 2))
        note: tuple[str, ...] = ()
        if bar.version:
            note = tuple(wrap_lines(_text(f"version {bar.version}"), size * NOTE, self.label_w, 2))
        text_h = len(label) * size * 1.2 + len(note) * size * NOTE * 1.2
        if self.wide:
            height = max(text_h, size * 2.0) + size * 0.9
        else:
            height = text_h + size * 1.6 + size * 0.8
        return _Row(bar, label, note, height)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width; each bar's row, then the legend."""
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Keep whole bars together; the legend goes with the last bars."""
        used, fit = 0.0, 0
        for row in self.rows:
            if used + row.height > avail_height:
                break
            used, fit = used + row.height, fit + 1
        if fit < 1 or fit >= len(self.rows):
            return []
        return [
            CoverageFlowable(self.bars[:fit], self.width, self.size, legend=False),
            CoverageFlowable(self.bars[fit:], self.width, self.size, legend=self.legend),
        ]

    def draw(self) -> None:
        """The chart as one figure, described in words for assistive technology."""
        alt = translate("checked", "Coverage per rule pack: {packs}").format(
            packs="; ".join(
                translate("checked", "{pack}: {value}").format(
                    pack=_text(b.label), value=_text(b.value)
                )
                for b in self.bars
            )
        )
        tagged_draw(self, "Figure", self._draw, alt)

    def _draw(self) -> None:
        """Label and version, track, the in-place and planned parts, the numbers; the legend."""
        canv: Canvas = self.canv
        top = self.height
        for row in self.rows:
            self._draw_row(canv, row, top)
            top -= row.height
        if self.legend:
            self._draw_legend(canv, top - self.size * 1.3)

    def _draw_row(self, canv: Canvas, row: _Row, top: float) -> None:
        size = self.size
        y = top - size * 0.4
        canv.setFillColor(INK)
        canv.setFont(REGULAR, size)
        for line in row.label:
            y -= size * 1.2
            canv.drawString(0, y + size * 0.25, line)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, size * NOTE)
        for line in row.note:
            y -= size * NOTE * 1.2
            canv.drawString(0, y + size * 0.25, line)
        bar_h = size * 1.1
        if self.wide:
            track_x = self.label_w + 10
            middle = top - row.height / 2
        else:
            track_x = 0.0
            middle = y - size * 0.9
        track_w = self.width - track_x - self.value_w - 8
        draw_bar(canv, row.bar, (track_x, middle - bar_h / 2, track_w, bar_h))
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, size)
        value = fit_line(_text(row.bar.value), size, self.value_w)
        canv.drawString(track_x + track_w + 8, middle - size * 0.35, value)

    def _draw_legend(self, canv: Canvas, y: float) -> None:
        size = self.size * NOTE
        box = size * 1.1
        x = 0.0
        legend = (
            (False, translate("checked", "met by cards in place")),
            (True, translate("checked", "only planned — not met")),
        )
        for planned, text in legend:
            swatch = Bar("", 0 if planned else 1, 1, planned=1 if planned else 0)
            draw_bar(canv, swatch, (x, y - box * 0.2, box * 1.6, box), track=False)
            x += box * 1.6 + 5
            canv.setFillColor(MUTED)
            canv.setFont(REGULAR, size)
            canv.drawString(x, y, text)
            x += text_width(text, size) + 18


def draw_bar(
    canv: Canvas,
    bar: Bar,
    box: tuple[float, float, float, float],
    *,
    track: bool = True,
) -> None:
    """The track, the solid in-place part, then the hatched planned part after it.

    ``box`` is the track's x, y, width and height.
    """
    x, y, width, height = box
    canv.saveState()
    if track:
        canv.setFillColor(TRACK)
        canv.rect(x, y, width, height, stroke=0, fill=1)
    solid = width * min(bar.share, 1.0)
    planned = width * min(bar.planned_share, 1.0 - min(bar.share, 1.0))
    if solid > 0:
        canv.setFillColor(ACCENT)
        canv.rect(x, y, solid, height, stroke=0, fill=1)
    if planned > 0:
        left = x + solid
        canv.setFillColor(PLANNED_FILL)
        canv.rect(left, y, planned, height, stroke=0, fill=1)
        clip = canv.beginPath()
        clip.rect(left, y, planned, height)
        canv.clipPath(clip, stroke=0, fill=0)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        step = max(height * 0.45, 3.0)
        start = left - height
        while start < left + planned:
            canv.line(start, y, start + height, y + height)
            start += step
    canv.restoreState()
