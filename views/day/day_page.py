"""The facilitator window's "Workshop day" tab and the Engage stage's case-study picker.

The day tab lists the five stages in agenda order, each with its minutes, what
happens, and buttons for its views; the stage the timer is in is marked "now".
Every button is reachable with Tab and Enter, so the whole day runs from the
keyboard. The case-study page lets the facilitator present any scenario, not
only the one of the strategy picked at the top.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from models.content import CatalogEntry, Scenario
from models.review import Agenda
from views.day.stages import ORDER, DayStage, day_stage
from views.facilitator.case_study import CaseStudyView

Action = tuple[str, str, Callable[[], object]]
"""(button text, object name, what it does)."""


def _ident(widget: QWidget, object_name: str, name: str, description: str = "") -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class DayPage(QWidget):
    """The five stages, their minutes and their views, the current one marked."""

    def __init__(
        self,
        agenda: Agenda,
        current: DayStage | None,
        actions: Mapping[DayStage, Sequence[Action]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _ident(
            self,
            "day_page",
            translate("facilitator", "Workshop day"),
            translate(
                "facilitator", "The five stages of the day; each button opens that stage's view."
            ),
        )
        column = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "facilitator",
                "The agenda timer moves from stage to stage and offers each stage's view "
                "above the canvas; F12 opens the view of the stage the timer is in.",
            )
        )
        _ident(intro, "day_intro", translate("facilitator", "How the day runs"))
        intro.setWordWrap(True)
        column.addWidget(intro)
        minutes = _minutes(agenda)
        self.boxes: dict[DayStage, QGroupBox] = {}
        self.buttons: dict[str, QPushButton] = {}
        for number, stage in enumerate(ORDER, start=1):
            title = translate("facilitator", "{n}. {stage} · {minutes} min").format(
                n=number, stage=stage.label, minutes=minutes.get(stage, "–")
            )
            if stage is current:
                title = translate("facilitator", "{title}  — now").format(title=title)
            box = QGroupBox(title)
            _ident(box, f"day_stage_{stage.value}", title, stage.about)
            if stage is current:
                box.setStyleSheet("QGroupBox { font-weight: bold; }")
            inner = QVBoxLayout(box)
            about = QLabel(stage.about)
            _ident(
                about,
                f"day_about_{stage.value}",
                translate("facilitator", "About {stage}").format(stage=stage.label),
            )
            about.setWordWrap(True)
            inner.addWidget(about)
            row = QHBoxLayout()
            for text, name, slot in actions.get(stage, ()):
                button = QPushButton(text)
                _ident(button, name, text.replace("&", "").rstrip("…"))
                button.clicked.connect(lambda _c=False, s=slot: s())
                row.addWidget(button)
                self.buttons[name] = button
            row.addStretch(1)
            inner.addLayout(row)
            column.addWidget(box)
            self.boxes[stage] = box
        column.addStretch(1)


def _minutes(agenda: Agenda) -> dict[DayStage, int]:
    found: dict[DayStage, int] = {}
    for index, stage in enumerate(agenda.stages):
        key = day_stage(agenda, index)
        if key is not None:
            found[key] = found.get(key, 0) + stage.minutes
    return found


class CasePicker(QWidget):
    """The Engage stage's page: any scenario as a case study, presented full screen."""

    def __init__(
        self,
        scenarios: Sequence[Scenario],
        catalog: Mapping[str, CatalogEntry],
        chosen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _ident(
            self,
            "case_picker",
            translate("facilitator", "Case study"),
            translate("facilitator", "Pick any case and present it."),
        )
        self.catalog = catalog
        # Documented failures first: they are what Engage is for.
        self.scenarios = sorted(scenarios, key=lambda s: (not s.case_study, s.title.casefold()))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(translate("facilitator", "Case study:"))
        _ident(label, "case_picker_label", translate("facilitator", "Case study"))
        self.choice = QComboBox()
        _ident(
            self.choice,
            "case_picker_choice",
            translate("facilitator", "Case study to present"),
            translate(
                "facilitator",
                "Every scenario of the workshop and the library; documented failures first.",
            ),
        )
        for scenario in self.scenarios:
            mark = (
                translate("facilitator", "failure on record")
                if scenario.case_study
                else translate("facilitator", "scenario")
            )
            self.choice.addItem(f"{scenario.title} ({mark})", scenario.key)
        self.present_button = QPushButton(translate("facilitator", "Present full screen"))
        _ident(
            self.present_button,
            "case_picker_present",
            translate("facilitator", "Present the case study full screen"),
            translate("facilitator", "F11 also toggles full screen; Esc leaves it."),
        )
        label.setBuddy(self.choice)
        row.addWidget(label)
        row.addWidget(self.choice, 1)
        row.addWidget(self.present_button)
        column.addLayout(row)
        self.view: CaseStudyView | None = None
        self._holder = QVBoxLayout()
        column.addLayout(self._holder, 1)
        keys = [s.key for s in self.scenarios]
        # The strategy's own scenario when it is a case on record; else the first case.
        own = next((s for s in self.scenarios if s.key == chosen and s.case_study), None)
        start = keys.index(own.key) if own is not None else 0
        self.choice.setCurrentIndex(start)
        self.choice.currentIndexChanged.connect(lambda _i: self._show())
        self.present_button.clicked.connect(self.present)
        self._show()

    def _show(self) -> None:
        if self.view is not None:
            self._holder.removeWidget(self.view)
            self.view.close()
            self.view.deleteLater()
        scenario = self.scenarios[max(0, self.choice.currentIndex())] if self.scenarios else None
        self.view = CaseStudyView(scenario, self.catalog) if scenario else None
        if self.view is not None:
            self._holder.addWidget(self.view)

    def choose(self, key: str) -> bool:
        """Show the scenario with this key (True if it is listed)."""
        index = self.choice.findData(key)
        if index >= 0:
            self.choice.setCurrentIndex(index)
        return index >= 0

    def present(self) -> None:
        """Open the case study shown, full screen (its own twin window)."""
        if self.view is not None:
            self.view.toggle_full_screen()
            twin = self.view.twin
            if twin is not None:
                twin.setFocus(Qt.FocusReason.OtherFocusReason)
