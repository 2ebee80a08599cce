"""The year-in-production chart: accuracy and fairness gap by month, with and without controls.

Drawn with QPainter in ``paintEvent`` (no chart library). Two stacked panels
share the month axis. The two series differ by line style and marker shape
(solid with circles: with the team's controls; dashed with squares: without)
as well as by Okabe–Ito colour, so the chart reads in greyscale and under
colour-vision deficiencies. Each event of the year is marked on the month axis
with its outcome's shape (check, clock, cross). Everything the paint needs is
computed in ``set_series``; ``paintEvent`` only draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.export.linechart import nice_ticks
from app.i18n import grouped, percent, translate
from models.drills import DrillOutcome, MonthPoint, YearEvent, YearSimulation
from views.widgets.marks import OUTCOME_SYMBOLS, outcome_icon, outcome_label

WITH_COLOUR = "#0072B2"  # Okabe–Ito blue
WITHOUT_COLOUR = "#D55E00"  # Okabe–Ito vermillion
GRID_COLOUR = "#C8CCD2"
TEXT_COLOUR = "#1F2328"
DAYS_PER_MONTH = 30.0


@dataclass(frozen=True)
class Panel:
    """One panel's data: its title, unit and the two series, with the axis range and ticks."""

    title: str
    unit: str
    with_controls: tuple[float, ...]
    without_controls: tuple[float, ...]
    low: float
    high: float
    ticks: tuple[float, ...]


def _panel(title: str, unit: str, with_: list[float], without: list[float], floor: bool) -> Panel:
    values = with_ + without
    low, high = min(values), max(values)
    pad = max((high - low) * 0.1, 0.5)
    low, high, ticks = nice_ticks(max(0.0, low - pad) if floor else low - pad, high + pad)
    return Panel(title, unit, tuple(with_), tuple(without), low, high, ticks)


class YearChart(QWidget):
    """Accuracy and subgroup fairness gap over the simulated year, with and without controls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("year chart", "Year in production chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._months: tuple[MonthPoint, ...] = ()
        self._events: tuple[YearEvent, ...] = ()
        self._panels: tuple[Panel, ...] = ()
        self._summary = ""
        self.set_series(None)

    # -- data ----------------------------------------------------------------------------------

    def set_series(
        self, year: YearSimulation | Sequence[MonthPoint] | None, events: Sequence[YearEvent] = ()
    ) -> None:
        """Show a simulated year (``YearSimulation``, or its months and events); None clears."""
        if isinstance(year, YearSimulation):
            months, events = year.months, year.events
        else:
            months = tuple(year or ())
        self._months = tuple(months)
        self._events = tuple(events)
        if not self._months:
            self._panels = ()
            self._summary = translate("year chart", "No year simulated yet: run the drills.")
        else:
            self._panels = (
                _panel(
                    translate("year chart", "Accuracy"),
                    "%",
                    [100 * m.accuracy_with for m in self._months],
                    [100 * m.accuracy_without for m in self._months],
                    floor=False,
                ),
                _panel(
                    translate("year chart", "Fairness gap between subgroups"),
                    translate("year chart", "points"),
                    [100 * m.gap_with for m in self._months],
                    [100 * m.gap_without for m in self._months],
                    floor=True,
                ),
            )
            self._summary = self._describe()
        self.setAccessibleDescription(self._summary)
        self.setToolTip(self._summary)
        self.update()

    def _describe(self) -> str:
        last = self._months[-1]
        parts = [
            translate(
                "year chart",
                "After {n} months, accuracy is {a_with} with your controls and "
                "{a_without} without; the fairness gap is {g_with} points with your "
                "controls and {g_without} without.",
            ).format(
                n=last.month,
                a_with=percent(last.accuracy_with, 1),
                a_without=percent(last.accuracy_without, 1),
                g_with=grouped(100 * last.gap_with, 1),
                g_without=grouped(100 * last.gap_without, 1),
            )
        ]
        for event in self._events:
            parts.append(
                translate("year chart", "Month {m}: {title} — {outcome}.").format(
                    m=event.month,
                    title=event.timeline.event_title,
                    outcome=outcome_label(event.timeline.outcome).lower(),
                )
            )
        return " ".join(parts)

    def summary(self) -> str:
        """The chart in words (its accessible description)."""
        return self._summary

    @property
    def panels(self) -> tuple[Panel, ...]:
        """The panels as they will be drawn (ranges and ticks included)."""
        return self._panels

    def sizeHint(self) -> QSize:
        """Wide enough for twelve labelled months."""
        return QSize(820, 560)

    def minimumSizeHint(self) -> QSize:
        """Still legible in a narrow dock (a French side column at 1366×768 is ~290 px)."""
        return QSize(240, 380)

    # -- drawing ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the legend, both panels, the month axis and the event marks."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.lineSpacing()
        if not self._panels:
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._summary,
            )
            painter.end()
            return
        margin = line * 0.6
        left = margin + line * 1.4 + metrics.horizontalAdvance("100.0")
        right = self.width() - margin - line
        legend_bottom = self._draw_legend(painter, margin, line)
        marks_height = line * 1.6
        axis_height = line * 2.6
        top = legend_bottom + line * 0.6
        bottom = self.height() - axis_height - margin
        gap = line * 1.8
        panel_height = (bottom - top - marks_height - gap) / 2
        first = QRectF(left, top + line * 1.2, right - left, panel_height - line * 1.2)
        self._draw_panel(painter, self._panels[0], first, line)
        second_top = first.bottom() + gap + line * 1.2
        second = QRectF(left, second_top, right - left, bottom - marks_height - second_top)
        self._draw_panel(painter, self._panels[1], second, line)
        self._draw_month_axis(painter, second, line)
        self._draw_event_marks(painter, second.bottom() + line * 2.0, first, second, line)
        painter.end()

    def _x(self, rect: QRectF, month: float) -> float:
        count = max(1, len(self._months))
        start, stop = 0.0, float(count)
        return rect.left() + (month - start) / (stop - start) * rect.width()

    @staticmethod
    def _y(rect: QRectF, panel: Panel, value: float) -> float:
        return rect.bottom() - (value - panel.low) / (panel.high - panel.low) * rect.height()

    def _draw_legend(self, painter: QPainter, margin: float, line: float) -> float:
        """The two series and the event marks' key, on as many lines as the width needs."""
        x = margin
        y = margin + line / 2
        edge = self.width() - margin
        advance = painter.fontMetrics().horizontalAdvance
        for label, colour, dashed in (
            (translate("year chart", "With your controls"), WITH_COLOUR, False),
            (translate("year chart", "Without controls"), WITHOUT_COLOUR, True),
        ):
            if x > margin and x + line * 2.8 + advance(label) > edge:
                x, y = margin, y + line * 1.3  # the next entry on a line of its own
            self._series_pen(painter, colour, dashed)
            painter.drawLine(QPointF(x, y), QPointF(x + line * 2.4, y))
            self._marker(painter, QPointF(x + line * 1.2, y), colour, dashed, line)
            painter.setPen(QColor(TEXT_COLOUR))
            text_x = x + line * 2.8
            painter.drawText(QPointF(text_x, y + line * 0.3), label)
            x = text_x + painter.fontMetrics().horizontalAdvance(label) + line * 1.4
        if self._events:
            painter.setPen(QColor(TEXT_COLOUR))
            text = translate("year chart", "Events: {h} handled · {l} late · {m} missed").format(
                h=OUTCOME_SYMBOLS[DrillOutcome.HANDLED],
                l=OUTCOME_SYMBOLS[DrillOutcome.LATE],
                m=OUTCOME_SYMBOLS[DrillOutcome.MISSED],
            )
            # Piece by piece ("Events: ✓ handled", "◷ late", "× missed"), each on the next
            # line when the width runs out.
            pieces = text.split(" · ")
            for index, piece in enumerate(pieces):
                shown = piece + (" ·" if index < len(pieces) - 1 else "")
                if x > margin and x + advance(shown) > edge:
                    x, y = margin, y + line * 1.3
                painter.drawText(QPointF(x, y + line * 0.3), shown)
                x += advance(shown + " ")
        return y + line * 0.5

    @staticmethod
    def _series_pen(painter: QPainter, colour: str, dashed: bool) -> None:
        pen = QPen(QColor(colour), 3.0 if dashed else 4.0)
        pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)

    @staticmethod
    def _marker(painter: QPainter, at: QPointF, colour: str, square: bool, line: float) -> None:
        size = line * 0.42
        painter.setPen(QPen(QColor("#000000"), 1.2))
        painter.setBrush(QColor(colour))
        if square:
            painter.drawRect(QRectF(at.x() - size / 2, at.y() - size / 2, size, size))
        else:
            painter.drawEllipse(at, size / 2 + 0.5, size / 2 + 0.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_panel(self, painter: QPainter, panel: Panel, rect: QRectF, line: float) -> None:
        metrics = painter.fontMetrics()
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(TEXT_COLOUR))
        title = translate("year chart", "{title} ({unit})").format(
            title=panel.title, unit=panel.unit
        )
        # Over the axis; in a narrow dock from the chart's own edge, then a little smaller
        # (never under three quarters), then cut with an ellipsis as a last resort.
        left = rect.left() - line * 0.2
        room = self.width() - left - line * 0.3
        if painter.fontMetrics().horizontalAdvance(title) > room:
            left = line * 0.3
            room = self.width() - line * 0.6
            wide = painter.fontMetrics().horizontalAdvance(title)
            if wide > room:
                shrink = max(0.75, room / wide)
                if bold.pointSizeF() > 0:
                    bold.setPointSizeF(bold.pointSizeF() * shrink)
                else:
                    bold.setPixelSize(max(1, round(bold.pixelSize() * shrink)))
                painter.setFont(bold)
                title = painter.fontMetrics().elidedText(
                    title, Qt.TextElideMode.ElideRight, int(room)
                )
        painter.drawText(QPointF(left, rect.top() - line * 0.45), title)
        painter.setFont(QFont(self.font()))
        for tick in panel.ticks:
            y = self._y(rect, panel, tick)
            painter.setPen(QPen(QColor(GRID_COLOUR), 1.0))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(QColor(TEXT_COLOUR))
            label = grouped(tick, 0 if tick == int(tick) else 1)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(rect.left() - width - line * 0.4, y + line * 0.3), label)
        painter.setPen(QPen(QColor(TEXT_COLOUR), 1.5))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.topLeft())
        painter.save()
        painter.setClipRect(rect.adjusted(-line, -line, line, line))
        # The dashed series is drawn on top: where the two coincide (controls that caught
        # nothing) its dashes show the solid line between them, so both stay visible.
        for values, colour, dashed in (
            (panel.with_controls, WITH_COLOUR, False),
            (panel.without_controls, WITHOUT_COLOUR, True),
        ):
            points = [
                QPointF(self._x(rect, index + 1), self._y(rect, panel, value))
                for index, value in enumerate(values)
            ]
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            self._series_pen(painter, colour, dashed)
            painter.drawPath(path)
            for point in points:
                self._marker(painter, point, colour, dashed, line)
        painter.restore()

    def _draw_month_axis(self, painter: QPainter, rect: QRectF, line: float) -> None:
        metrics = painter.fontMetrics()
        painter.setPen(QColor(TEXT_COLOUR))
        for point in self._months:
            x = self._x(rect, point.month)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + line * 0.3))
            label = str(point.month)
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(label) / 2, rect.bottom() + line * 1.2),
                label,
            )
        title = translate("year chart", "Month in production (events marked below)")
        painter.drawText(
            QPointF(rect.center().x() - metrics.horizontalAdvance(title) / 2, self.height() - 6),
            title,
        )

    def _draw_event_marks(
        self, painter: QPainter, y: float, first: QRectF, second: QRectF, line: float
    ) -> None:
        size = int(line * 1.4)
        pen = QPen(QColor("#6B7280"), 1.0)
        pen.setStyle(Qt.PenStyle.DotLine)
        for event in self._events:
            x = self._x(second, event.day_of_year / DAYS_PER_MONTH)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, first.top()), QPointF(x, first.bottom()))
            painter.drawLine(QPointF(x, second.top()), QPointF(x, second.bottom()))
            icon = outcome_icon(event.timeline.outcome)
            painter.drawPixmap(int(x - size / 2), int(y), icon.pixmap(size, size))
