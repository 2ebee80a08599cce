"""The year chart's lines can be told apart: distinct dash, marker and colour, the right axis
titles, and a note in words when two series coincide (issue 13)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.graphics import renderPDF

from app.drills.pdf_slides import ACCURACY_AXIS, GAP_AXIS
from app.export.fonts import register_fonts
from app.export.linechart import LineChart, Marker, Panel, Series
from app.export.linechart_drawing import LineChartFlowable, chart_alt, coincide_note
from app.export.theme import PLAN_SCALE, TALK_SCALE

BANDS = tuple(str(m) for m in range(1, 13))


def _panel(with_: list[float], without: list[float], axis: str = ACCURACY_AXIS) -> Panel:
    return Panel(
        "Model accuracy",
        axis,
        (
            Series("With the team's controls", tuple(with_), "#0072B2"),
            Series(
                "Without controls", tuple(without), "#D55E00", dashed=True, marker=Marker.SQUARE
            ),
        ),
    )


def _pdf_text(chart: LineChart, scale_is_talk: bool) -> str:
    register_fonts()
    scale = TALK_SCALE if scale_is_talk else PLAN_SCALE
    drawing = LineChartFlowable(chart, 700, 380, scale).drawing
    data = renderPDF.drawToString(drawing)
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_lines_that_coincide_all_year_are_said_so_in_words() -> None:
    same = [0.9 - 0.01 * m for m in range(12)]
    panel = _panel(same, list(same))
    note = coincide_note(panel, BANDS)
    assert note.startswith("The lines coincide")
    chart = LineChart(BANDS, "Month in production", (panel,))
    assert note in chart_alt(chart)
    for talk in (True, False):
        text = " ".join(_pdf_text(chart, talk).split())
        assert "The lines coincide" in text, text
        assert ACCURACY_AXIS in text


def test_lines_that_coincide_for_a_while_name_the_months() -> None:
    with_ = [0.9] * 12
    without = [0.9, 0.9, 0.9, 0.9] + [0.8] * 8
    assert coincide_note(_panel(with_, without), BANDS) == "The lines coincide in months 1–4."


def test_lines_that_differ_carry_no_note() -> None:
    assert coincide_note(_panel([0.9] * 12, [0.8] * 12), BANDS) == ""


def test_the_gap_panel_is_titled_in_points_not_accuracy() -> None:
    assert "percentage points" in GAP_AXIS
    assert "ccuracy" not in GAP_AXIS
    gap = Panel(
        "Fairness gap between subgroups",
        GAP_AXIS,
        _panel([0.02] * 12, [0.05] * 12).series,
        suffix=" points",
    )
    chart = LineChart(BANDS, "Month in production", (_panel([0.9] * 12, [0.8] * 12), gap))
    text = " ".join(_pdf_text(chart, False).split())
    assert "Gap between subgroups" in text and "Accuracy gap" not in text
