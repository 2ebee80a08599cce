"""The year chart on a real simulated year of a demo strategy whose team closed some gaps."""

from __future__ import annotations

import itertools
import math
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.drills import drill_report, load_events, load_simulation
from app.drills.report import catalog_providers
from app.export.linechart import nice_ticks
from app.resources import ContentLibrary
from models.drills import YearSimulation
from tests.views.a11y_helpers import accessible_name
from tests.views.drill_helpers import close_gaps, demo_strategy
from views.widgets.year_chart import WITH_COLOUR, WITHOUT_COLOUR, YearChart

# Screenshots go to docs/ only when asked (MLOPS_CANVAS_SCREENSHOTS=1): a plain test
# run must not rewrite tracked files.
SCREENSHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("MLOPS_CANVAS_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "mlops-canvas-screenshots"
)
CLOSED = ("silent-accuracy-decay", "subgroup-fairness-gap", "service-outage")


@pytest.fixture(scope="module")
def year(library: ContentLibrary) -> YearSimulation:
    events = load_events().by_key()
    strategy = close_gaps(demo_strategy(library), library, [events[k] for k in CLOSED])
    report = drill_report(
        strategy,
        tuple(events.values()),
        params=load_simulation(),
        seed=0,
        providers=catalog_providers(library),
    )
    return report.year


@pytest.fixture
def chart(qtbot: QtBot, year: YearSimulation) -> YearChart:
    widget = YearChart()
    qtbot.addWidget(widget)
    widget.set_series(year)
    widget.resize(1100, 720)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def _count(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(
        image.pixel(x, y) == wanted
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_panels_hold_both_series_in_percent(chart: YearChart, year: YearSimulation) -> None:
    accuracy, gap = chart.panels
    assert accuracy.with_controls == tuple(100 * m.accuracy_with for m in year.months)
    assert accuracy.without_controls == tuple(100 * m.accuracy_without for m in year.months)
    assert gap.with_controls == tuple(100 * m.gap_with for m in year.months)
    assert gap.without_controls == tuple(100 * m.gap_without for m in year.months)
    for panel in chart.panels:
        values = panel.with_controls + panel.without_controls
        assert panel.low <= min(values) and max(values) <= panel.high
        assert panel.ticks[0] == panel.low and panel.ticks[-1] == pytest.approx(panel.high)
    assert gap.low >= 0.0


def test_controls_make_a_visible_difference_in_this_year(year: YearSimulation) -> None:
    last = year.months[-1]
    assert last.accuracy_with > last.accuracy_without
    assert last.gap_with < last.gap_without


def test_both_series_are_drawn_in_their_own_colours(chart: YearChart) -> None:
    image = chart.grab().toImage()
    assert _count(image, WITH_COLOUR) > 200
    assert _count(image, WITHOUT_COLOUR) > 200


def test_summary_states_the_year_in_words(chart: YearChart, year: YearSimulation) -> None:
    last = year.months[-1]
    text = chart.summary()
    assert f"{100 * last.accuracy_with:.1f}% with your controls" in text
    assert f"{100 * last.accuracy_without:.1f}% without" in text
    for event in year.events:
        assert event.timeline.event_title in text
    assert accessible_name(chart) == "Year in production chart"
    assert chart.accessibleDescription() == text


def test_clearing_shows_a_prompt_instead_of_axes(chart: YearChart) -> None:
    chart.set_series(None)
    assert chart.panels == ()
    assert "run the drills" in chart.summary()
    image = chart.grab().toImage()
    assert _count(image, WITH_COLOUR) == 0


def test_months_and_events_can_be_given_apart(qtbot: QtBot, year: YearSimulation) -> None:
    widget = YearChart()
    qtbot.addWidget(widget)
    widget.set_series(year.months, year.events)
    assert widget.summary().count("Month ") == len(year.events)


@given(
    st.floats(min_value=-1e4, max_value=1e4),
    st.floats(min_value=0.0, max_value=1e4),
)
@example(256.2, 1e-05)  # tiny span far from zero: float error once broke even steps
@example(0.0, 1e-09)  # a span at the degenerate threshold
def test_nice_ticks_cover_the_range_evenly(low: float, span: float) -> None:
    start, stop, ticks = nice_ticks(low, low + span)
    assert start <= low + 1e-6 and stop >= low + span - 1e-6
    assert 2 <= len(ticks) <= 12
    steps = [b - a for a, b in itertools.pairwise(ticks)]
    assert all(math.isclose(step, steps[0], rel_tol=1e-3) for step in steps)


def test_screenshot(chart: YearChart) -> None:
    font = chart.font()
    font.setPointSizeF(13)
    chart.setFont(font)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert chart.grab().save(str(SCREENSHOTS / "year-chart.png"))
