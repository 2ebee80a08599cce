"""The case study presentation: pages, resolved practices, keyboard navigation, full screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.resources import ContentLibrary
from models.content import Scenario
from tests.views.facilitator.a11y import unnamed_widgets
from views.facilitator.case_study import CaseStudyView, missing_practice_lines

ROBODEBT = "robodebt-case-study"


def _view(qtbot: QtBot, library: ContentLibrary) -> CaseStudyView:
    view = CaseStudyView(library.scenarios[ROBODEBT], library.catalog)
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    return view


def test_pages_hold_every_section_of_the_case(qtbot: QtBot, library: ContentLibrary) -> None:
    scenario = library.scenarios[ROBODEBT]
    view = _view(qtbot, library)
    headings = [label.text() for label in view.headings]
    assert headings == [
        scenario.title,
        "What happened",
        "What it was meant to do, and what made it hard",
        "What went wrong",
        "Lifecycle practices that were missing",
        "Sources",
    ]
    assert view.bodies[1].text() == scenario.context
    for line in scenario.what_went_wrong:
        assert line in view.bodies[3].text()
    for source in scenario.sources:
        assert source in view.bodies[5].text()


def test_missing_practices_are_named_by_title_under_their_phase(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    scenario = library.scenarios[ROBODEBT]
    view = _view(qtbot, library)
    body = view.bodies[4].text()
    for key in scenario.missing_practices:
        entry = library.catalog[key]
        assert entry.title in body
        assert body.index(entry.phase.label) < body.index(entry.title)
    assert "human-review-before-decision" not in body  # keys are never shown raw


def test_an_unknown_practice_key_is_listed_not_dropped(library: ContentLibrary) -> None:
    lines = missing_practice_lines(("datasheet", "no-such-practice"), library.catalog)
    assert lines[-2:] == ["Not in this catalog", "      •  no-such-practice"]
    assert library.catalog["datasheet"].title in "\n".join(lines)


def test_keyboard_moves_between_pages(qtbot: QtBot, library: ContentLibrary) -> None:
    view = _view(qtbot, library)
    assert view.page == 0 and not view.previous_button.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.page == 2
    assert view.position.text().startswith("3 of 6")
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert view.page == 1
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.page == 5 and not view.next_button.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert view.page == 5
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.page == 0


def test_up_and_down_scroll_a_long_page(qtbot: QtBot, library: ContentLibrary) -> None:
    view = _view(qtbot, library)
    view.resize(800, 450)
    view.go_to(1)
    page = view.stack.currentWidget()
    assert isinstance(page, QScrollArea)
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert bar.value() > 0 and view.page == 1
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert bar.value() == 0


def test_esc_leaves_full_screen(qtbot: QtBot, library: ContentLibrary) -> None:
    view = _view(qtbot, library)
    QTest.keyClick(view, Qt.Key.Key_F11)
    assert view.isFullScreen()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isFullScreen()


def test_embedded_view_opens_a_full_screen_twin_that_follows_pages(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    view = CaseStudyView(library.scenarios[ROBODEBT], library.catalog)
    QVBoxLayout(host).addWidget(view)
    host.show()
    view.go_to(3)
    view.full_button.click()
    twin = view.twin
    assert twin is not None and twin.isFullScreen() and twin.page == 3
    QTest.keyClick(twin, Qt.Key.Key_PageDown)
    assert view.page == 4  # the embedded view follows the presenter
    with qtbot.waitSignal(twin.destroyed):
        QTest.keyClick(twin, Qt.Key.Key_Escape)
    assert view.twin is None


def test_a_scenario_without_case_sections_skips_them(qtbot: QtBot, library: ContentLibrary) -> None:
    plain: Scenario = next(s for s in library.scenarios.values() if not s.case_study)
    view = CaseStudyView(plain, library.catalog)
    qtbot.addWidget(view)
    assert view.page_count == 3


def test_every_visible_widget_has_an_accessible_name(qtbot: QtBot, library: ContentLibrary) -> None:
    assert unnamed_widgets(_view(qtbot, library)) == []
