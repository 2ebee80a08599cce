"""The Engage stage's case study, presented read-only in big type, one section per page.

Pages: the case and its summary, the context, goals and challenges, what went
wrong, the lifecycle practices that were missing (catalog keys resolved to
titles and phases), and the sources. Page Down / Right / Space go forward,
Page Up / Left / Backspace go back, Up and Down scroll a long page, Home and
End jump; F11 toggles full screen and Esc leaves it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from models.content import CatalogEntry, Scenario
from models.phases import Phase, lifecycle_index
from views.facilitator.common import font, named
from views.labels import phase_label
from views.paged import PagedView
from views.theme import PHASE_MARKS


def _bullets(lines: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


def missing_practice_lines(keys: tuple[str, ...], catalog: Mapping[str, CatalogEntry]) -> list[str]:
    """The missing practices grouped by phase in lifecycle order, each phase a heading line.

    Keys the catalog lacks are listed last under "Not in this catalog", so an
    agency's catalog without one of the practices still shows the whole case.
    """
    by_phase: dict[Phase, list[str]] = {}
    unknown: list[str] = []
    for key in keys:
        entry = catalog.get(key)
        if entry is None:
            unknown.append(key)
        else:
            by_phase.setdefault(entry.phase, []).append(entry.title)
    lines: list[str] = []
    for phase in sorted(by_phase, key=lifecycle_index):
        lines.append(f"{PHASE_MARKS[phase]}  {phase_label(phase)}")
        lines.extend(f"      •  {title}" for title in by_phase[phase])
    if unknown:
        lines.append(translate("facilitator", "Not in this catalog"))
        lines.extend(f"      •  {key}" for key in unknown)
    return lines


def case_pages(scenario: Scenario, catalog: Mapping[str, CatalogEntry]) -> list[tuple[str, str]]:
    """(heading, body) of every page; sections the scenario leaves empty are skipped."""
    pages = [(scenario.title, scenario.summary)]
    pages.append((translate("facilitator", "What happened"), scenario.context))
    pages.append(
        (
            translate("facilitator", "What it was meant to do, and what made it hard"),
            translate("facilitator", "Goals")
            + "\n"
            + _bullets(scenario.goals)
            + "\n\n"
            + translate("facilitator", "Challenges")
            + "\n"
            + _bullets(scenario.challenges),
        )
    )
    if scenario.what_went_wrong:
        pages.append(
            (translate("facilitator", "What went wrong"), _bullets(scenario.what_went_wrong))
        )
    if scenario.missing_practices:
        pages.append(
            (
                translate("facilitator", "Lifecycle practices that were missing"),
                "\n".join(missing_practice_lines(scenario.missing_practices, catalog)),
            )
        )
    if scenario.sources:
        pages.append((translate("facilitator", "Sources"), _bullets(scenario.sources)))
    return pages


class CaseStudyView(PagedView):
    ESCAPE_ONLY_WHEN_FULL_SCREEN = True

    """A read-only, paged presentation of a case-study scenario.

    Signals:
        page_changed(int): the page now shown (0-based).
    """

    def __init__(
        self,
        scenario: Scenario,
        catalog: Mapping[str, CatalogEntry],
        parent: QWidget | None = None,
    ) -> None:
        """Build the presentation.

        Args:
            scenario: the scenario (normally one with ``case_study=True``).
            catalog: the practice catalog, to name the missing practices.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.scenario = scenario
        self.catalog = catalog
        named(
            self,
            translate("facilitator", "Case study: {title}").format(title=scenario.title),
            translate(
                "facilitator",
                "Page Down and Page Up move between pages; F11 toggles full screen; Esc leaves it.",
            ),
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 16)
        self.stack = named(QStackedWidget(), translate("facilitator", "Case study pages"))
        self.headings: list[QLabel] = []
        self.bodies: list[QLabel] = []
        for heading, body in case_pages(scenario, catalog):
            self.stack.addWidget(self._page(heading, body))
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.previous_button = self._button(
            translate("facilitator", "Previous"),
            translate("facilitator", "Previous page"),
            self.previous_page,
        )
        self.position = QLabel()
        self.position.setAccessibleName(translate("facilitator", "Page"))
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._button(
            translate("facilitator", "Next"), translate("facilitator", "Next page"), self.next_page
        )
        self.full_button = self._button(
            translate("facilitator", "Full screen"),
            translate("facilitator", "Show the case study on the whole screen"),
            self.toggle_full_screen,
        )
        row.addWidget(self.previous_button)
        row.addWidget(self.position, 1)
        row.addWidget(self.next_button)
        row.addWidget(self.full_button)
        layout.addLayout(row)
        self.go_to(0)

    def _page(self, heading: str, body: str) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        title = QLabel(heading)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setAccessibleName(heading)
        text = QLabel(body)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setAccessibleName(heading)
        text.setAccessibleDescription(body)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(text, 1)
        self.headings.append(title)
        self.bodies.append(text)
        scroll = named(QScrollArea(), heading)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        return scroll

    def _button(self, text: str, description: str, slot: object) -> QPushButton:
        button = named(QPushButton(text), text, description)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the presentation
        button.clicked.connect(slot)
        return button

    def make_twin(self) -> PagedView:
        """A top-level view of the same case study, titled with it."""
        twin = CaseStudyView(self.scenario, self.catalog)
        twin.setWindowTitle(self.scenario.title)
        return twin

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the view so it reads across a room."""
        super().resizeEvent(event)
        scale = max(0.4, min(self.width() / 1600, self.height() / 900))
        heading = font(12, bold=True)
        heading.setPixelSize(max(18, round(64 * scale)))
        body = font(12)
        body.setPixelSize(max(14, round(34 * scale)))
        for label in self.headings:
            label.setFont(heading)
        for label in self.bodies:
            label.setFont(body)
        small = font(12)
        small.setPixelSize(max(12, round(22 * scale)))
        for widget in (self.position, self.previous_button, self.next_button, self.full_button):
            widget.setFont(small)
