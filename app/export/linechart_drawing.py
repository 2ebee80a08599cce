"""Drawing a ``LineChart`` block as PDF vector graphics (real lines, real text).

The legend runs along the top, the panels stand side by side below it, each
with its own value axis, grid, band axis and the chart's numbered marks.
Series are drawn with their own dash pattern and marker shape, so colour is
never the only cue. Text is cleaned for the embedded font and drawn with
``drawString``; no paragraph markup is involved.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.export.fonts import BOLD, REGULAR, has_glyph, text_width
from app.export.linechart import LineChart, Marker, Panel, Series, nice_ticks
from app.export.text import for_pdf, one_line
from app.export.theme import INK, MUTED, RULE
from app.export.wrap import fit_line

XPos = Callable[[float], float]
"""Maps a position on the band axis to the page's x."""


def _label(value: float, step: float, percent: bool) -> str:
    decimals = 0 if step >= 1 - 1e-9 else 1
    return f"{value:.{decimals}f}" + ("%" if percent else "")


def _text(text: str) -> str:
    return one_line(for_pdf(text, has_glyph))


class LineChartFlowable(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """A ``LineChart`` drawn at a fixed size: legend on top, panels side by side below.

    It never splits: its height is capped to the frame it is laid out for.
    """

    def __init__(self, chart: LineChart, width: float, max_height: float, size: float) -> None:
        super().__init__()
        self.chart = chart
        self.size = size
        self.width = width
        panel_width = width / max(1, len(chart.panels))
        self.height = min(max_height, max(size * 16, min(panel_width * 0.75, size * 23)))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The fixed size chosen for the frame."""
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Never split: a chart moves whole to the next page."""
        return []

    def draw(self) -> None:
        """Legend, then each panel with its axes, grid, series and marks."""
        canv: Canvas = self.canv
        size = self.size
        canv.saveState()
        legend_bottom = self._draw_legend(canv, self.height - size * 1.1)
        count = max(1, len(self.chart.panels))
        gap = size * 2.5
        panel_width = (self.width - gap * (count - 1)) / count
        for index, panel in enumerate(self.chart.panels):
            left = index * (panel_width + gap)
            self._draw_panel(canv, panel, left, panel_width, legend_bottom - size * 0.8)
        canv.restoreState()

    def _draw_legend(self, canv: Canvas, y: float) -> float:
        """One sample line per series of the first panel; returns the legend's bottom."""
        size = self.size
        x = 0.0
        series = self.chart.panels[0].series if self.chart.panels else ()
        for item in series:
            self._stroke(canv, item)
            canv.line(x, y, x + size * 3.2, y)
            self._marker(canv, item, x + size * 1.6, y)
            label = _text(item.label)
            canv.setFillColor(INK)
            canv.setFont(REGULAR, size)
            canv.drawString(x + size * 4, y - size * 0.35, label)
            x += size * 4 + text_width(label, size) + size * 2
        if self.chart.marks:
            canv.setFillColor(MUTED)
            canv.setFont(REGULAR, size)
            room = max(self.width - x, size)
            text = fit_line("Numbered marks: events of the year (listed below)", size, room)
            canv.drawString(x, y - size * 0.35, text)
        return y - size * 0.9

    @staticmethod
    def _stroke(canv: Canvas, series: Series) -> None:
        canv.setStrokeColor(HexColor(series.colour))
        canv.setLineWidth(2.6 if series.dashed else 3.0)
        canv.setLineCap(0)
        canv.setDash([7, 4] if series.dashed else [])

    def _marker(self, canv: Canvas, series: Series, x: float, y: float) -> None:
        """A filled circle, or a larger hollow square that still shows a circle beneath it."""
        half = self.size * 0.34
        canv.saveState()
        canv.setDash([])
        if series.marker is Marker.SQUARE:
            half *= 1.45
            canv.setLineWidth(1.6)
            canv.setStrokeColor(HexColor(series.colour))
            canv.rect(x - half, y - half, 2 * half, 2 * half, stroke=1, fill=0)
        else:
            canv.setLineWidth(0.9)
            canv.setStrokeColor(white)
            canv.setFillColor(HexColor(series.colour))
            canv.circle(x, y, half + 0.4, stroke=1, fill=1)
        canv.restoreState()

    def _draw_panel(
        self, canv: Canvas, panel: Panel, left: float, width: float, top: float
    ) -> None:
        size = self.size
        small = size * 0.9
        scale = 100.0 if panel.percent else 1.0
        values = [v * scale for s in panel.series for v in s.values]
        low, high, ticks = nice_ticks(min(values, default=0.0), max(values, default=1.0))
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        labels = [_label(t, step, panel.percent) for t in ticks]
        canv.setFillColor(INK)
        canv.setFont(BOLD, size)
        canv.drawString(left, top - size, fit_line(_text(panel.title), size, width, bold=True))
        # Plot area: room on the left for the rotated axis label and tick labels,
        # below for band labels, the axis title and the marks' numbers.
        tick_w = max(text_width(label, small) for label in labels)
        x0 = left + size * 1.6 + tick_w + 4
        x1 = left + width - size * 0.5
        y1 = top - size * (4.4 if self.chart.marks else 2.0)  # marks' labels go above the plot
        y0 = size * 3.6
        if x1 - x0 < size * 4 or y1 - y0 < size * 4:
            return  # too small to draw anything legible; the Markdown and table carry the data

        def ypos(value: float) -> float:
            return y0 + (value - low) / (high - low) * (y1 - y0)

        bands = self.chart.bands

        def xpos(band_x: float) -> float:
            return x0 + band_x / len(bands) * (x1 - x0)

        canv.setLineWidth(0.5)
        canv.setDash([])
        canv.setFont(REGULAR, small)
        for tick, label in zip(ticks, labels, strict=True):
            y = ypos(tick)
            canv.setStrokeColor(RULE)
            canv.line(x0, y, x1, y)
            canv.setFillColor(MUTED)
            canv.drawRightString(x0 - 4, y - small * 0.35, label)
        canv.saveState()
        canv.translate(left + size * 0.9, (y0 + y1) / 2)
        canv.rotate(90)
        canv.setFillColor(INK)
        canv.setFont(REGULAR, small)
        canv.drawCentredString(0, 0, fit_line(_text(panel.axis_label), small, y1 - y0))
        canv.restoreState()
        self._draw_band_axis(canv, x0, x1, y0, xpos)
        self._draw_marks(canv, y0, y1, xpos)
        # In order: a dashed series drawn after a solid one leaves it visible between its
        # dashes, so lines that coincide still show both.
        for series in panel.series:
            points = [(xpos(i + 0.5), ypos(v * scale)) for i, v in enumerate(series.values)]
            self._stroke(canv, series)
            path = canv.beginPath()
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            canv.drawPath(path, stroke=1, fill=0)
            for x, y in points:
                self._marker(canv, series, x, y)

    def _draw_band_axis(self, canv: Canvas, x0: float, x1: float, y0: float, xpos: XPos) -> None:
        small = self.size * 0.9
        bands = self.chart.bands
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.9)
        canv.line(x0, y0, x1, y0)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, small)
        band_w = (x1 - x0) / len(bands)
        for index, band in enumerate(bands):
            canv.setStrokeColor(INK)
            canv.line(xpos(index), y0, xpos(index), y0 - 3)
            label = fit_line(_text(band), small, band_w)
            canv.drawCentredString(xpos(index + 0.5), y0 - small * 1.3, label)
        canv.line(x1, y0, x1, y0 - 3)
        canv.setFillColor(INK)
        canv.drawCentredString(
            (x0 + x1) / 2, y0 - small * 2.7, fit_line(_text(self.chart.axis_title), small, x1 - x0)
        )

    def _draw_marks(self, canv: Canvas, y0: float, y1: float, xpos: XPos) -> None:
        """A dotted line across the plot at each mark, its glyph and label just above it.

        A label that would touch the one before it goes one row higher.
        """
        small = self.size * 0.85
        span = float(len(self.chart.bands))
        canv.setFont(REGULAR, small)
        previous_end, previous_row = -1e9, 1
        for mark in self.chart.marks:
            x = xpos(min(max(mark.x, 0.0), span))
            text = _text(f"{mark.glyph}{mark.label}")
            half = text_width(text, small) / 2
            row = 1 - previous_row if x - half < previous_end + 2 else 0
            top = y1 + small * (0.8 + 1.15 * row)
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.7)
            canv.setDash([1.5, 2])
            canv.line(x, y0, x, top - small * 0.3)
            canv.setDash([])
            canv.setFillColor(INK)
            canv.drawCentredString(x, top, text)
            previous_end, previous_row = x + half, row
