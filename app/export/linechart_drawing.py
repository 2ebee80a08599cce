"""Drawing a ``LineChart`` block with ReportLab's graphics charts (``LinePlot``).

The legend runs along the top; the panels stand side by side below it, each a
``LinePlot`` with its own value axis and axis title, the band axis and its
title, and the chart's numbered marks as dotted lines. Series differ by dash,
marker shape and colour, so the chart reads in greyscale and under colour-vision
deficiencies. When two series of a panel coincide, the panel says so in words
under its title (and the dashed line is drawn over the solid one, so both stay
visible). Text is the embedded font at the document's sizes, never below its
minimum; the whole chart is one figure with a text alternative in tagged PDFs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor, white
from reportlab.platypus import Flowable

from app.export.fonts import BOLD, REGULAR, has_glyph, text_width
from app.export.linechart import LineChart, Marker, Panel, Series, nice_ticks, value_text
from app.export.tagging import tagged_draw
from app.export.text import for_pdf, one_line
from app.export.theme import INK, MUTED, RULE, Scale
from app.export.wrap import wrap_lines
from app.i18n import translate

DASH = [7, 4]
COINCIDE = 1e-9


def _text(text: str) -> str:
    return one_line(for_pdf(text, has_glyph))


def coinciding(panel: Panel) -> tuple[int, ...]:
    """The bands (0-based) where every series of ``panel`` has the same value."""
    if len(panel.series) < 2:
        return ()
    first = panel.series[0].values
    return tuple(
        i
        for i in range(len(first))
        if all(abs(s.values[i] - first[i]) <= COINCIDE for s in panel.series[1:])
    )


def coincide_note(panel: Panel, bands: Sequence[str]) -> str:
    """'The two lines coincide all year' / '… in months 1–4', or '' when they never do."""
    same = coinciding(panel)
    if not same:
        return ""
    if len(same) == len(bands):
        return translate(
            "chart", "The lines coincide: the team's controls made no difference here."
        )
    runs: list[tuple[int, int]] = []
    for i in same:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    spans = ", ".join(
        bands[a] if a == b else f"{bands[a]}–{bands[b]}" for a, b in runs if b - a >= 1
    )
    return (
        translate("chart", "The lines coincide in months {months}.").format(months=spans)
        if spans
        else ""
    )


def chart_alt(chart: LineChart) -> str:
    """The chart in words: each panel's series from first to last value."""
    parts = []
    for panel in chart.panels:
        series = "; ".join(
            translate("chart", "{series} from {first} to {last}").format(
                series=s.label, first=_value(s.values[0], panel), last=_value(s.values[-1], panel)
            )
            for s in panel.series
        )
        note = coincide_note(panel, chart.bands)
        parts.append(f"{panel.title}: {series}." + (f" {note}" if note else ""))
    return (
        translate("chart", "Line chart over {axis} {first}–{last}.").format(
            axis=chart.axis_title.lower(), first=chart.bands[0], last=chart.bands[-1]
        )
        + " "
        + (" ".join(parts))
    )


def _value(value: float, panel: Panel) -> str:
    return value_text(value, panel)


class LineChartFlowable(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """A ``LineChart`` as a ReportLab ``Drawing`` of a fixed size; never split."""

    def __init__(self, chart: LineChart, width: float, height: float, scale: Scale) -> None:
        super().__init__()
        self.chart = chart
        self.width, self.height = width, height
        self.scale = scale
        self.drawing = _drawing(chart, width, height, scale)
        self.alt_text = chart_alt(chart)
        self.spaceAfter = scale.body * 0.8

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The fixed size chosen for the frame."""
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Never split: a chart moves whole to the next page."""
        return []

    def draw(self) -> None:
        """Render the drawing as one figure."""
        tagged_draw(
            self, "Figure", lambda: renderPDF.draw(self.drawing, self.canv, 0, 0), self.alt_text
        )


def line_chart_flowable(
    chart: LineChart, width: float, max_height: float, scale: Scale
) -> LineChartFlowable:
    """The chart at the frame's width, as tall as reads well (at most ``max_height``)."""
    size = scale.small
    panel_w = width / max(1, len(chart.panels))
    if scale.body >= 18:  # the presentation: the chart is the slide's picture
        return LineChartFlowable(chart, width, max_height, scale)
    height = min(max_height, max(size * 16, min(panel_w * 0.72, size * 24)))
    return LineChartFlowable(chart, width, height, scale)


def _drawing(chart: LineChart, width: float, height: float, scale: Scale) -> Drawing:
    size = max(scale.small * 0.9, scale.minimum)  # labels
    tick = max(scale.small * 0.8, scale.minimum)  # tick labels
    drawing = Drawing(width, height)
    legend_bottom = _legend(drawing, chart, width, height, size)
    count = max(1, len(chart.panels))
    gap = size * 2.5
    panel_w = (width - gap * (count - 1)) / count
    for index, panel in enumerate(chart.panels):
        box = (index * (panel_w + gap), panel_w, legend_bottom)
        _panel(drawing, chart, panel, box=box, size=size, tick=tick)
    return drawing


def _sample(drawing: Drawing, series: Series, x: float, y: float, size: float) -> None:
    line = Line(x, y, x + size * 3.2, y, strokeColor=HexColor(series.colour))
    line.strokeWidth = 2.6
    line.strokeDashArray = DASH if series.dashed else None
    drawing.add(line)
    marker = _marker(series, size)
    marker.x, marker.y = x + size * 1.6, y
    drawing.add(marker)


def _marker(series: Series, size: float) -> Any:
    if series.marker is Marker.SQUARE:
        marker = makeMarker("Square", size=size * 0.8)
        marker.fillColor = white
        marker.strokeColor = HexColor(series.colour)
        marker.strokeWidth = 1.6
    else:
        marker = makeMarker("FilledCircle", size=size * 0.6)
        marker.fillColor = HexColor(series.colour)
        marker.strokeColor = white
        marker.strokeWidth = 0.8
    return marker


def _legend(drawing: Drawing, chart: LineChart, width: float, height: float, size: float) -> float:
    """One sample per series of the first panel (wrapping); returns the legend's bottom."""
    x, y = 0.0, height - size
    series = chart.panels[0].series if chart.panels else ()
    for item in series:
        label = _text(item.label)
        need = size * 4 + text_width(label, size) + size * 2
        if x and x + need > width:
            x, y = 0.0, y - size * 1.6
        _sample(drawing, item, x, y + size * 0.3, size)
        drawing.add(String(x + size * 4, y, label, fontName=REGULAR, fontSize=size, fillColor=INK))
        x += need
    if chart.marks:
        note = translate("chart", "Numbered marks: events of the year")
        if x and x + text_width(note, size) > width:
            x, y = 0.0, y - size * 1.6
        drawing.add(String(x, y, note, fontName=REGULAR, fontSize=size, fillColor=MUTED))
    return y - size * 0.8


def _panel(
    drawing: Drawing,
    chart: LineChart,
    panel: Panel,
    *,
    box: tuple[float, float, float],
    size: float,
    tick: float,
) -> None:
    left, width, top = box
    scale = 100.0 if panel.percent else 1.0
    values = [v * scale for s in panel.series for v in s.values]
    low, high, ticks = nice_ticks(min(values, default=0.0), max(values, default=1.0))
    y = top - size
    for line in wrap_lines(_text(panel.title), size, width, bold=True):
        drawing.add(String(left, y, line, fontName=BOLD, fontSize=size, fillColor=INK))
        y -= size * 1.2
    note = coincide_note(panel, chart.bands)
    for line in wrap_lines(note, tick, width) if note else []:
        drawing.add(String(left, y, line, fontName=REGULAR, fontSize=tick, fillColor=INK))
        y -= tick * 1.2
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    decimals = 0 if step >= 1 - 1e-9 else 1
    labels = [f"{t:.{decimals}f}{'%' if panel.suffix == '%' else ''}" for t in ticks]
    tick_w = max(text_width(label, tick) for label in labels)
    y1 = y - (tick * 2.6 if chart.marks else tick * 0.6)
    y0 = tick * 1.4 + size * 1.6
    # The value axis' title runs up the left side, wrapped to the plot's height.
    axis_lines = wrap_lines(_text(panel.axis_label), size, max(y1 - y0, size * 4))
    x0 = left + size * 1.25 * len(axis_lines) + tick_w + 8
    x1 = left + width - size * 0.5
    if x1 - x0 < size * 4 or y1 - y0 < size * 4:
        return  # too small to be legible; the plan's table carries the numbers
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = x0, y0, x1 - x0, y1 - y0
    bands = chart.bands
    plot.data = [[(i + 0.5, v * scale) for i, v in enumerate(s.values)] for s in panel.series]
    for index, series in enumerate(panel.series):
        line = plot.lines[index]
        line.strokeColor = HexColor(series.colour)
        line.strokeWidth = 2.6 if series.dashed else 3.0
        line.strokeDashArray = DASH if series.dashed else None
        line.symbol = _marker(series, tick)
    axis_x, axis_y = plot.xValueAxis, plot.yValueAxis
    axis_x.valueMin, axis_x.valueMax = 0, len(bands)
    axis_x.valueSteps = [i + 0.5 for i in range(len(bands))]
    axis_x.labelTextFormat = lambda v: _text(bands[min(int(v), len(bands) - 1)])
    axis_y.valueMin, axis_y.valueMax, axis_y.valueSteps = low, high, list(ticks)
    axis_y.labelTextFormat = lambda v, labels=labels, ticks=ticks: labels[
        min(range(len(ticks)), key=lambda i: abs(ticks[i] - v))
    ]
    axis_y.visibleGrid = 1
    axis_y.gridStrokeColor = RULE
    axis_y.gridStrokeWidth = 0.5
    for axis in (axis_x, axis_y):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = tick
        axis.labels.fillColor = MUTED
        axis.strokeColor = INK
    axis_x.tickDown = 3
    plot.joinedLines = 1
    drawing.add(plot)
    for index, line in enumerate(axis_lines):
        label = String(
            0, 0, line, fontName=REGULAR, fontSize=size, fillColor=INK, textAnchor="middle"
        )
        rotated = Group(label)
        rotated.translate(left + size * (0.9 + 1.25 * index), (y0 + y1) / 2)
        rotated.rotate(90)
        drawing.add(rotated)
    drawing.add(
        String(
            (x0 + x1) / 2,
            y0 - tick * 1.4 - size * 1.3,
            _text(chart.axis_title),
            fontName=REGULAR,
            fontSize=size,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    _marks(drawing, chart, (x0, x1, y0, y1), tick)


def _marks(
    drawing: Drawing, chart: LineChart, plot: tuple[float, float, float, float], size: float
) -> None:
    """A dotted line across the plot at each mark; its glyph and number just above it.

    A label that would touch the one before it goes one row higher.
    """
    x0, x1, y0, y1 = plot
    span = float(len(chart.bands))
    previous_end, previous_row = -1e9, 1
    for mark in chart.marks:
        x = x0 + min(max(mark.x, 0.0), span) / span * (x1 - x0)
        text = _text(f"{mark.glyph}{mark.label}")
        half = text_width(text, size) / 2
        row = 1 - previous_row if x - half < previous_end + 2 else 0
        top = y1 + size * (0.3 + 1.15 * row)
        line = Line(x, y0, x, top - size * 0.1, strokeColor=MUTED, strokeWidth=0.7)
        line.strokeDashArray = [1.5, 2]
        drawing.add(line)
        drawing.add(
            String(
                x, top, text, fontName=REGULAR, fontSize=size, fillColor=INK, textAnchor="middle"
            )
        )
        previous_end, previous_row = x + half, row
