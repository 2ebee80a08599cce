"""The facilitator's window: one non-modal window with a tab per tool.

Tabs: agenda timer, case study, rubric scoring, peer review, phase reviews,
side by side, versions and replay, report. A strategy picker at the top
chooses which strategy the per-strategy tabs show (it follows the canvas until
the facilitator picks another). Pages are rebuilt only when shown, so the
window costs nothing while the team edits. Every record a tab emits goes to
``FacilitatorTools`` (``views.facilitating``), which stores it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.errors import ReviewError
from app.store import StoreError
from models.review import PeerRound
from views.export_language import ExportLanguageCombo
from views.facilitator.case_study import CaseStudyView
from views.facilitator.common import Banner, named, plain_label
from views.facilitator.history import ReplayPanel
from views.facilitator.peer_assign import AssignmentEditor
from views.facilitator.peer_form import PeerFeedbackForm
from views.facilitator.phase_review import PhaseReviewPanel
from views.facilitator.rubric_form import RubricForm
from views.facilitator.side_by_side import SideBySideView
from views.facilitator.timer import TimerPanel
from views.facilitator.versions import VersionsPanel
from views.screen_fit import FRAME_ALLOWANCE, available

if TYPE_CHECKING:
    from views.day.day_page import CasePicker
    from views.facilitating import FacilitatorTools

TABS = (
    "day",
    "timer",
    "case",
    "rubric",
    "peers",
    "reflect",
    "phases",
    "compare",
    "versions",
    "report",
)


class Slot(QWidget):
    """A page whose content is replaced whole when it is rebuilt.

    The content sits in a scroll area, so no page makes the window taller or wider
    than a 1366×768 screen: a long form scrolls instead of pushing buttons away.
    """

    def __init__(self, name: str, *, scrolls: bool = True) -> None:
        super().__init__()
        named(self, name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.content: QWidget | None = None
        self._scroll: QScrollArea | None = None
        if scrolls:
            self._scroll = named(
                QScrollArea(), translate("facilitator", "{page} (scrolls)").format(page=name)
            )
            self._scroll.setWidgetResizable(True)
            self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self._layout.addWidget(self._scroll)

    def show_widget(self, widget: QWidget) -> QWidget:
        """Replace the content with ``widget``."""
        if self.content is not None:
            if self._scroll is not None:
                self._scroll.takeWidget()
            else:
                self._layout.removeWidget(self.content)
            self.content.deleteLater()
        self.content = widget
        if self._scroll is not None:
            self._scroll.setWidget(widget)
        else:
            self._layout.addWidget(widget)
        return widget

    def show_note(self, text: str) -> QLabel:
        """Replace the content with a message (no strategy, no rubric, …)."""
        label = named(plain_label(text, points=13), translate("facilitator", "Note"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_widget(label)
        return label


class FacilitatorWindow(QWidget):
    """Tabs for the whole workshop; never modal, so editing goes on beside it."""

    def __init__(self, tools: FacilitatorTools) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.tools = tools
        self.setObjectName("facilitator_window")
        self.setWindowTitle(translate("facilitator", "Facilitator"))
        named(
            self,
            translate("facilitator", "Facilitator"),
            translate("facilitator", "Timer, scoring, peer review and reports"),
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(
            named(
                QLabel(translate("facilitator", "Strategy:")), translate("facilitator", "Strategy")
            )
        )
        self.picker = named(QComboBox(), translate("facilitator", "Strategy to review"))
        self.picker.setMinimumContentsLength(28)
        self.picker.activated.connect(lambda _i: self._picked())
        top.addWidget(self.picker, 1)
        layout.addLayout(top)
        self.message = Banner(translate("facilitator", "Facilitator message"))
        layout.addWidget(self.message)
        self.tabs = named(QTabWidget(), translate("facilitator", "Facilitator tools"))
        layout.addWidget(self.tabs, 1)
        self.timer_panel = TimerPanel(tools.controller)
        self.pages: dict[str, Slot] = {}
        titles = (
            translate("facilitator", "Workshop day"),
            translate("facilitator", "Agenda timer"),
            translate("facilitator", "Case study"),
            translate("facilitator", "Rubric scoring"),
            translate("facilitator", "Peer review"),
            translate("facilitator", "Reflections"),
            translate("facilitator", "Phase reviews"),
            translate("facilitator", "Side by side"),
            translate("facilitator", "Versions && replay"),
            translate("facilitator", "Report"),
        )
        for key, title in zip(TABS, titles, strict=True):
            # The timer scales its type to the room it has; every other page scrolls.
            page = Slot(title.replace("&&", "&"), scrolls=key != "timer")
            self.pages[key] = page
            self.tabs.addTab(page, title)
        self.pages["timer"].show_widget(self._timer_page())
        self.pages["report"].show_widget(self._report_page())
        self._dirty: set[str] = set(TABS) - {"timer", "report"}
        self.case_picker: CasePicker | None = None
        self.strategy_id: str | None = None
        self.rubric_form: RubricForm | None = None
        self.assignments: AssignmentEditor | None = None
        self.peer_form: PeerFeedbackForm | None = None
        self.phase_panel: PhaseReviewPanel | None = None
        self.side_by_side: SideBySideView | None = None
        self.versions: VersionsPanel | None = None
        self.replay: ReplayPanel | None = None
        self.tabs.currentChanged.connect(lambda _i: self._build_current())
        area = available(self)
        self.resize(min(1280, area.width() - 40), min(860, area.height() - FRAME_ALLOWANCE - 20))

    # -- the fixed pages -----------------------------------------------------------------------

    def _timer_page(self) -> QWidget:
        # The panel carries its own controls (start, skip, chime, flash, full screen): the
        # page adds only what the panel cannot do, so no control exists twice.
        page = named(QWidget(), translate("facilitator", "Agenda timer page"))
        column = QVBoxLayout(page)
        column.addWidget(self.timer_panel, 1)
        row = QHBoxLayout()
        agenda = named(
            QPushButton(translate("facilitator", "Edit agenda…")),
            translate("facilitator", "Edit the stages and their minutes"),
        )
        agenda.clicked.connect(self.tools.edit_agenda)
        row.addWidget(agenda)
        row.addStretch(1)
        column.addLayout(row)
        return page

    def _report_page(self) -> QWidget:
        page = named(QWidget(), translate("facilitator", "Report page"))
        column = QVBoxLayout(page)
        column.addWidget(
            plain_label(
                translate(
                    "facilitator",
                    "The facilitator report: rubric scores per team, coverage per rule pack, "
                    "common gaps, the peer-feedback digest and every phase's review state.",
                ),
                points=13,
            )
        )
        pdf = named(
            QPushButton(translate("facilitator", "Export facilitator report (PDF)…")),
            translate("facilitator", "Export the report"),
        )
        pdf.clicked.connect(self.tools.export_report)
        csv = named(
            QPushButton(translate("facilitator", "Export scores (CSV)…")),
            translate("facilitator", "Export the scores as CSV"),
        )
        csv.clicked.connect(self.tools.export_scores)
        self.report_status = named(
            plain_label(points=12), translate("facilitator", "Export status")
        )
        language = QHBoxLayout()
        self.export_language = ExportLanguageCombo()
        caption = QLabel(translate("facilitator", "Write the files in:"))
        caption.setBuddy(self.export_language)
        language.addWidget(caption)
        language.addWidget(self.export_language)
        language.addStretch(1)
        column.addLayout(language)
        for widget in (pdf, csv, self.report_status):
            column.addWidget(widget)
        column.addStretch(1)
        return page

    # -- strategies ----------------------------------------------------------------------------

    def refresh(self, strategy_id: str | None = None) -> None:
        """Refill the strategy picker (keeping the choice, else ``strategy_id``); rebuild pages."""
        keep = self.strategy_id if self.strategy_id is not None else strategy_id
        self.picker.clear()
        for summary in self.tools.summaries():
            self.picker.addItem(self.tools.label(summary.id), summary.id)
        index = self.picker.findData(keep) if keep is not None else -1
        self.picker.setCurrentIndex(index if index >= 0 else (0 if self.picker.count() else -1))
        self.strategy_id = self.picker.currentData()
        self.invalidate()

    def follow(self, strategy_id: str | None) -> None:
        """Show the canvas's strategy (called when the canvas switches)."""
        self.strategy_id = None
        self.refresh(strategy_id)

    def select_strategy(self, strategy_id: str) -> None:
        """Review another strategy of the workshop."""
        index = self.picker.findData(strategy_id)
        if index >= 0:
            self.picker.setCurrentIndex(index)
            self._picked()

    def _picked(self) -> None:
        self.strategy_id = self.picker.currentData()
        self.invalidate()

    def invalidate(self, *keys: str) -> None:
        """Mark pages (all strategy pages when none named) to rebuild when next shown."""
        self._dirty |= set(keys) if keys else set(TABS) - {"timer", "report"}
        if self.isVisible():
            self._build_current()

    def show_tab(self, key: str) -> None:
        """Bring one tab to the front (building it if needed)."""
        self.tabs.setCurrentWidget(self.pages[key])
        self._build_current()

    def _build_current(self) -> None:
        key = TABS[self.tabs.currentIndex()]
        if key not in self._dirty:
            return
        self._dirty.discard(key)
        builders: dict[str, Callable[[Slot], None]] = {
            "day": self._build_day,
            "reflect": self._build_reflect,
            "case": self._build_case,
            "rubric": self._build_rubric,
            "peers": self._build_peers,
            "phases": self._build_phases,
            "compare": self._build_compare,
            "versions": self._build_versions,
        }
        try:
            builders[key](self.pages[key])
        except (StoreError, ReviewError) as err:
            self.pages[key].show_note(str(err))

    def build_all(self) -> None:
        """Build every page now (tests and the accessibility sweep look at all of them)."""
        for index in range(self.tabs.count()):
            self.tabs.setCurrentIndex(index)
            self._build_current()

    # -- per-strategy pages --------------------------------------------------------------------

    def _build_day(self, slot: Slot) -> None:
        if self.tools.day is not None:
            self.tools.day.build_day_page(slot)
        else:
            slot.show_note(translate("facilitator", "The workshop day is not available."))

    def _build_reflect(self, slot: Slot) -> None:
        if self.tools.day is not None:
            self.tools.day.build_reflect_page(slot)
        else:
            slot.show_note(translate("facilitator", "Reflections are not available."))

    def _build_case(self, slot: Slot) -> None:
        strategy = self.tools.strategy(self.strategy_id)
        if self.tools.day is not None:  # any case study, the picked strategy's first
            self.case_picker = self.tools.day.build_case_page(
                slot, strategy.scenario_key if strategy else None
            )
            return
        scenario = self.tools.scenario(strategy.scenario_key) if strategy else None
        if scenario is None:
            slot.show_note(
                translate("facilitator", "Open a strategy to present its scenario's case study.")
            )
            return
        slot.show_widget(CaseStudyView(scenario, self.tools.catalog()))

    def _build_rubric(self, slot: Slot) -> None:
        strategy = self.tools.strategy(self.strategy_id)
        rubric = self.tools.rubric()
        if strategy is None or rubric is None:
            slot.show_note(
                translate("facilitator", "Choose a strategy to score (and install a rubric).")
            )
            self.rubric_form = None
            return
        form = RubricForm(
            rubric,
            strategy,
            result=self.tools.check(strategy),
            sheet=self.tools.sheet(strategy.id, rubric.key),
            scorer=self.tools.facilitator_name(),
            capability_titles=self.tools.capability_titles(),
        )
        form.sheet_changed.connect(self.tools.save_sheet)
        self.rubric_form = form
        slot.show_widget(form)

    def _build_peers(self, slot: Slot) -> None:
        peer_round, entries = self.tools.current_round()
        if peer_round is None:
            slot.show_note(
                translate(
                    "facilitator",
                    "Peer review needs at least two teams, each with a strategy in this workshop.",
                )
            )
            self.assignments = self.peer_form = None
            return
        page = named(QSplitter(Qt.Orientation.Horizontal), translate("facilitator", "Peer review"))
        editor = AssignmentEditor(peer_round, entries, self.tools.team_names())
        editor.round_changed.connect(self._round_changed)
        self.assignments = editor
        right = named(QWidget(), translate("facilitator", "Peer feedback"))
        column = QVBoxLayout(right)
        self.pair_picker = named(QComboBox(), translate("facilitator", "Review to fill in"))
        column.addWidget(self.pair_picker)
        self.form_slot = Slot(translate("facilitator", "Feedback form"))
        column.addWidget(self.form_slot, 1)
        page.addWidget(editor)
        page.addWidget(right)
        slot.show_widget(page)
        self._fill_pairs(peer_round)
        self.pair_picker.activated.connect(lambda _i: self._show_form())
        self._show_form()

    def _fill_pairs(self, peer_round: PeerRound) -> None:
        names = self.tools.team_names()
        self.pair_picker.clear()
        for a in peer_round.assignments:
            text = translate("facilitator", "{reviewer} reviews {reviewed}").format(
                reviewer=names.get(a.reviewer_team_id, "?"),
                reviewed=names.get(a.reviewed_team_id, "?"),
            )
            self.pair_picker.addItem(text, (a.reviewer_team_id, a.strategy_id))

    def _show_form(self) -> None:
        if self.peer_form is not None:
            self.peer_form.flush()  # the feedback typed on the previous pair first
        peer_round = self.assignments.peer_round if self.assignments else None
        pair = self.pair_picker.currentData()
        if peer_round is None or pair is None:
            self.form_slot.show_note(
                translate("facilitator", "No review is assigned in this round.")
            )
            self.peer_form = None
            return
        reviewer, strategy_id = pair
        form = PeerFeedbackForm(
            peer_round,
            reviewer,
            strategy_id,
            entry=self.tools.feedback_entry(peer_round.id, reviewer, strategy_id),
            team_names=self.tools.team_names(),
            strategy_name=self.tools.label(strategy_id),
        )
        form.feedback_saved.connect(self._feedback_saved)
        self.peer_form = form
        self.form_slot.show_widget(form)

    def _round_changed(self, peer_round: PeerRound) -> None:
        if not self.tools.save_round(peer_round):
            return
        kept = self.pair_picker.currentData()
        self._fill_pairs(peer_round)
        index = self.pair_picker.findData(kept)
        self.pair_picker.setCurrentIndex(max(index, 0))
        self._show_form()

    def _feedback_saved(self, entry: object) -> None:
        refreshed = self.tools.save_feedback(entry)
        if refreshed is not None and self.peer_form is not None:
            # The round was locked meanwhile (by another seat): show it locked.
            self.peer_form.set_round(refreshed)
            if self.assignments is not None:
                self.assignments.set_round(refreshed)

    def _build_phases(self, slot: Slot) -> None:
        strategy = self.tools.strategy(self.strategy_id)
        if strategy is None:
            slot.show_note(translate("facilitator", "Choose a strategy to review its phases."))
            self.phase_panel = None
            return
        panel = PhaseReviewPanel(
            strategy.id,
            self.tools.phase_history(strategy.id),
            author=self.tools.facilitator_name(),
            strategy_name=strategy.name,
        )
        panel.review_recorded.connect(self.tools.record_phase_review)
        self.phase_panel = panel
        slot.show_widget(panel)

    def _build_compare(self, slot: Slot) -> None:
        strategies = self.tools.all_strategies()
        view = SideBySideView(
            strategies,
            self.tools.check,
            names={s.id: self.tools.label(s.id) for s in strategies},
            selected=[s.id for s in strategies[:2]],
            theme=self.tools.wb.theme,
            known_library=self.tools.wb.library,
        )
        self.side_by_side = view
        slot.show_widget(view)

    def _build_versions(self, slot: Slot) -> None:
        strategy = self.tools.strategy(self.strategy_id)
        if strategy is None:
            slot.show_note(translate("facilitator", "Choose a strategy to see its versions."))
            self.versions = self.replay = None
            return
        split = named(
            QSplitter(Qt.Orientation.Vertical), translate("facilitator", "Versions and replay")
        )
        versions = VersionsPanel(
            strategy,
            self.tools.snapshots(strategy.id),
            self.tools.check,
            theme=self.tools.wb.theme,
        )
        versions.snapshot_requested.connect(
            lambda name, sid=strategy.id: self._snapshot_requested(sid, name)
        )
        self.versions = versions
        split.addWidget(versions)
        replay, problem = self.tools.replay(strategy.id)
        if replay is not None:
            self.replay = ReplayPanel(
                replay, theme=self.tools.wb.theme, strategy_name=strategy.name
            )
            split.addWidget(self.replay)
        else:
            self.replay = None
            note = named(
                plain_label(problem, points=12), translate("facilitator", "History replay")
            )
            split.addWidget(note)
        slot.show_widget(split)

    def _snapshot_requested(self, strategy_id: str, name: str) -> None:
        snapshot = self.tools.take_snapshot(strategy_id, name)
        if snapshot is not None and self.versions is not None:
            self.versions.add_snapshot(snapshot)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Write the comment and feedback being typed before the window goes."""
        if self.rubric_form is not None:
            self.rubric_form.flush()
        if self.peer_form is not None:
            self.peer_form.flush()
        super().closeEvent(event)
