"""The drills dock's "Year in production" tab: the seeded year's chart, its events and its harm.

A teaching simulation, not a forecast: the seed fixes which events strike and
when, so two strategies run with one seed face the same year and only their
controls differ. Changing the seed asks the dock for another year.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.drills.simulate import harm_totals
from app.i18n import grouped, translate
from models.drills import YearSimulation
from views.widgets.marks import named, outcome_icon, outcome_label
from views.widgets.year_chart import YearChart


def harm_text(amount: float, unit: str) -> str:
    """A harm figure for people: whole numbers with thousands separators, then the unit."""
    return translate("drills", "{amount} {unit}").format(amount=grouped(amount), unit=unit)


class YearPanel(QWidget):
    """The chart of the simulated year, the harm with and without controls, and its events.

    Signals:
        seed_changed(int): the user picked another seed (the dock simulates that year).
    """

    seed_changed = Signal(int)

    def __init__(self, seed: int = 0) -> None:
        super().__init__()
        named(self, translate("drills", "Year in production"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        seed_label = QLabel(translate("drills", "&Seed of the year:"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setValue(seed)
        seed_label.setBuddy(self.seed)
        named(
            self.seed,
            translate("drills", "Seed of the simulated year"),
            translate(
                "drills", "The same seed always gives the same year; another seed, another year."
            ),
        )
        self.harm = QLabel()
        self.harm.setWordWrap(True)
        named(self.harm, translate("drills", "Harm over the year"))
        row.addWidget(seed_label)
        row.addWidget(self.seed)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.harm)  # under the seed: a sentence needs the panel's width
        self.chart = YearChart()
        layout.addWidget(self.chart, 3)
        self.events = QTreeWidget()
        self.events.setHeaderLabels(
            [
                translate("drills", "Month"),
                translate("drills", "Event"),
                translate("drills", "Outcome"),
                translate("drills", "Harm with controls"),
                translate("drills", "Harm without"),
            ]
        )
        self.events.setRootIsDecorated(False)
        self.events.setIconSize(QSize(20, 20))
        named(
            self.events,
            translate("drills", "Events of the year"),
            translate(
                "drills", "When each event struck, how the strategy fared and the harm it caused."
            ),
        )
        header = self.events.header()
        header.setStretchLastSection(False)
        for column in range(self.events.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        layout.addWidget(self.events, 1)
        self.seed.valueChanged.connect(self.seed_changed.emit)
        self.set_year(None)

    def set_year(self, year: YearSimulation | None) -> None:
        """Show a simulated year (None: not run yet)."""
        self.chart.set_series(year)
        self.events.clear()
        if year is None:
            self.harm.setText(
                translate("drills", "Run the drills to simulate a year in production.")
            )
            return
        if self.seed.value() != year.seed:
            self.seed.blockSignals(True)
            self.seed.setValue(year.seed)
            self.seed.blockSignals(False)
        totals = harm_totals(year)
        self.harm.setText(
            translate(
                "drills", "Harm over the year: {with_} with your controls, {without} without."
            ).format(
                with_=harm_text(totals["with"], year.harm_unit),
                without=harm_text(totals["without"], year.harm_unit),
            )
        )
        for event in year.events:
            outcome = event.timeline.outcome
            item = QTreeWidgetItem(
                [
                    str(event.month),
                    event.timeline.event_title,
                    outcome_label(outcome),
                    grouped(event.timeline.harm),
                    grouped(event.harm_without),
                ]
            )
            item.setIcon(2, outcome_icon(outcome))
            self.events.addTopLevelItem(item)
