"""A line chart block: series over a shared band axis (months, say), in side-by-side panels.

Sections that chart a quantity over time (the drills' year in production)
describe it as a ``LineChart`` of plain values. ``linechart_drawing`` draws it
as PDF vector graphics; ``chart_markdown_rows`` gives the same numbers for the
Markdown companion. Series differ by line style (solid or dashed) and marker
shape as well as by colour, so the chart reads in greyscale and under
colour-vision deficiencies. Like every block, this module holds plain data only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.i18n import grouped, language, translate


class Marker(StrEnum):
    """The shape drawn at each point of a series."""

    CIRCLE = "circle"
    SQUARE = "square"


@dataclass(frozen=True)
class Series:
    """One line: a value per band, its colour (``#RRGGBB``), line style and marker."""

    label: str
    values: tuple[float, ...]
    colour: str
    dashed: bool = False
    marker: Marker = Marker.CIRCLE


@dataclass(frozen=True)
class Panel:
    """One plot: a title, the value axis' label and its series (same bands in every panel).

    ``percent`` shows values (fractions) times 100; ``suffix`` follows each value in
    words and tables: "%" for a share, " points" for a difference of two shares
    (the axis then carries no "%": a gap of 4 points is not 4 %).
    """

    title: str
    axis_label: str
    series: tuple[Series, ...]
    percent: bool = True
    suffix: str = "%"


@dataclass(frozen=True)
class Mark:
    """Something that happened at ``x`` on the band axis (0 = start of the first band)."""

    x: float
    label: str
    glyph: str = "▲"


@dataclass(frozen=True)
class LineChart:
    """Panels drawn side by side over one band axis (months, say).

    Band ``i`` spans ``[i, i + 1)`` on the axis; a series' ``values[i]`` is drawn
    at the band's centre. The first panel's series make the shared legend.
    """

    bands: tuple[str, ...]
    axis_title: str
    panels: tuple[Panel, ...]
    marks: tuple[Mark, ...] = ()

    def __post_init__(self) -> None:
        if not self.bands:
            raise ValueError("a line chart needs at least one band")
        if any(len(s.values) != len(self.bands) for p in self.panels for s in p.series):
            raise ValueError("every series needs one value per band")


def nice_ticks(low: float, high: float, count: int = 5) -> tuple[float, float, tuple[float, ...]]:
    """A range padded to round values and about ``count`` round ticks covering ``low``–``high``.

    Shared by the PDF chart and the app's year chart. Ticks are ``i·step`` rounded a
    few digits below the step, so they are even and print cleanly at any scale.
    """
    if high - low < 1e-6 * max(1.0, abs(low), abs(high)):  # too narrow to divide
        low, high = low - 1.0, high + 1.0
    raw = (high - low) / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    digits = max(0, 3 - math.floor(math.log10(step)))
    first, last = math.floor(low / step), math.ceil(high / step)
    ticks = tuple(round(i * step, digits) for i in range(first, last + 1))
    # Float rounding may leave the outer tick a hair inside the data: never cut it.
    return min(ticks[0], low), max(ticks[-1], high), ticks


def value_text(value: float, panel: Panel) -> str:
    """One value as the axis and the tables show it: "89.7%" ("89,7 %" in French)."""
    if panel.percent:
        number = grouped(100 * value, 1)
        if panel.suffix == "%":
            return translate("vocabulary", "{value}%").format(value=number)
        return number + panel.suffix
    text = f"{value:g}"
    return (text.replace(".", ",") if language() == "fr" else text) + panel.suffix


def chart_markdown_rows(panel: Panel, bands: Sequence[str]) -> list[tuple[str, ...]]:
    """One row per band: the band's label, then each series' value (as shown on the axis)."""
    rows = []
    for index, band in enumerate(bands):
        cells = [value_text(s.values[index], panel) for s in panel.series]
        rows.append((band, *cells))
    return rows
