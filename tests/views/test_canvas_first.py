"""Canvas first on a shared screen: sizes from the screen, panels one key away, big titles,
a layout that survives quitting, links drawable at any zoom, cards that never hide others."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRect, QSettings, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.placement import overlaps
from models.layout import CARD_HEIGHT, CARD_WIDTH
from models.phases import Phase
from tests.views.conftest import Harness
from tests.views.helpers import mouse_drag
from views.panels import STATE_VERSION, canvas_crushed
from views.screen_fit import (
    FRAME_ALLOWANCE,
    columns,
    first_geometry,
    fit_to_screen,
    fits,
    should_maximise,
)

LAPTOP = QRect(0, 0, 1366, 768)
LARGE = QRect(0, 0, 1920, 1080)


def test_first_geometry_follows_the_screen() -> None:
    assert should_maximise(LAPTOP) and not should_maximise(LARGE)
    small = first_geometry(LAPTOP)
    assert LAPTOP.contains(small)
    big = first_geometry(LARGE)
    assert LARGE.contains(big) and big.width() == 1728 and big.center() == LARGE.center()
    assert fits(big, LARGE) and not fits(QRect(0, 0, 1600, 900), LAPTOP)


def test_columns_leave_the_canvas_most_of_the_width() -> None:
    laptop, large = columns(1366), columns(1920)
    assert not laptop.palette_open and large.palette_open
    assert (laptop.left, laptop.right) == (240, 301)
    assert (large.left, large.right) == (307, 420)
    doubled = columns(1366, 2.0)
    assert doubled.left + doubled.right <= 0.6 * 1366


def test_a_dialog_larger_than_the_screen_is_brought_within_it(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    body = QWidget()
    body.setMinimumSize(1500, 900)
    QVBoxLayout(dialog).addWidget(body)
    dialog.resize(1600, 1000)
    dialog.move(200, 100)
    fit_to_screen(dialog, LAPTOP)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert LAPTOP.contains(QRect(dialog.pos(), dialog.size()))


def test_on_a_laptop_the_canvas_has_nearly_all_the_width_and_titles_read_from_afar(
    make_harness: Any, db_path: Path
) -> None:
    h = make_harness(db_path)
    wb = h.workbench
    QSettings().remove("window/state")
    h.window.resize(1366, 700)
    from views.panels import default_layout

    default_layout(wb)
    QApplication.processEvents()
    assert not any(d.isVisible() for d in wb.docks)
    assert wb.view.width() >= 0.95 * h.window.width()
    wb.view.zoom_to_width()
    pixels = QFontInfo(wb.theme.title_font).pixelSize() * wb.view.transform().m11()
    assert pixels >= 15.5, pixels  # 24 px titles on the board, about 16 px on the screen
    lanes = wb.session.scene.geometry.lane_rect(Phase.DATA).united(
        wb.session.scene.geometry.lane_rect(Phase.FEEDBACK)
    )
    shown = wb.view.mapToScene(wb.view.viewport().rect()).boundingRect()
    assert shown.left() <= lanes.left() and shown.right() >= lanes.right()


def test_every_panel_is_one_key_away_and_the_same_key_closes_it(
    harness: Harness, qtbot: QtBot
) -> None:
    wb = harness.workbench
    rail = wb.rail
    assert rail is not None
    for dock in wb.docks:
        dock.hide()
    with qtbot.waitActive(harness.window):
        harness.window.activateWindow()
    expected = {
        "F2": (wb.palette, wb.palette.search),
        "F3": (wb.checking.findings, wb.checking.findings.tree),
        "F4": (wb.inspector, None),
        "F7": (wb.strategies, wb.strategies.list),
        "F8": (wb.outline, wb.outline.tree),
    }
    for key, (dock, focus) in expected.items():
        action = next(a for a in rail.actions_by_dock.values() if a.shortcut().toString() == key)
        action.trigger()
        assert dock.isVisible(), key
        if focus is not None:
            assert QApplication.focusWidget() is focus, key
        assert rail.actions_by_dock[dock].isChecked()
        action.trigger()
        assert not dock.isVisible(), key
    wb.actions["panel_palette_dock"].trigger()
    wb.actions["panel_findings_dock"].trigger()
    wb.actions["panels_all"].trigger()
    assert not any(d.isVisible() for d in wb.docks)
    wb.actions["panels_all"].trigger()
    assert wb.palette.isVisible() and wb.checking.findings.isVisible()
    names = {b.accessibleName() for b in rail.buttons.values()}
    assert {"Palette", "Findings", "Inspector", "Drills", "Strategies", "Outline"} <= names


def test_the_layout_is_restored_after_a_restart_and_a_crushed_one_is_replaced(
    make_harness: Any, db_path: Path, qtbot: QtBot
) -> None:
    first = make_harness(db_path)
    wb = first.workbench
    wb.actions["panel_findings_dock"].trigger()
    QApplication.processEvents()
    canvas = wb.view.size()
    first.close()
    second = make_harness(db_path)
    wb2 = second.workbench
    qtbot.waitUntil(wb2.checking.findings.isVisible)
    QApplication.processEvents()
    assert abs(wb2.view.width() - canvas.width()) <= 4
    assert abs(wb2.view.height() - canvas.height()) <= 4
    assert not canvas_crushed(wb2)
    # A layout whose canvas is a strip (the bug a real display showed) is never kept.
    wb2.window.resizeDocks([wb2.checking.findings], [1400], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert canvas_crushed(wb2)
    before = QSettings().value("window/state")
    second.close()
    assert QSettings().value("window/state") == before
    assert STATE_VERSION >= 2


def test_the_link_handle_stays_a_finger_wide_at_any_zoom(harness: Harness) -> None:
    view = harness.workbench.view
    scene = harness.session.scene
    for zoom in (0.25, 0.4, 0.7, 1.5):
        view.set_zoom(zoom)
        card = next(iter(scene.cards.values()))
        on_screen = card.handle_radius * view.transform().m11()
        assert on_screen >= 9.5, (zoom, on_screen)


def test_a_link_is_drawn_from_the_handle_at_a_fitted_zoom(harness: Harness) -> None:
    view = harness.workbench.view
    session = harness.session
    view.set_zoom(0.3)
    strategy = session.document.strategy
    a = next(iter(strategy.cards.values()))
    b = next(
        c for c in strategy.cards.values() if c.id != a.id and not strategy.has_link(a.id, c.id)
    )
    items = session.scene.cards
    view.focus_card(a.id)
    start = items[a.id].mapToScene(items[a.id].handle_center())
    end = items[b.id].sceneBoundingRect().center()
    view.ensureVisible(items[b.id])
    view.centerOn((start + end) / 2)
    before = set(strategy.links)
    mouse_drag(view, start + QPointF(items[a.id].handle_radius * 0.6, 0), end)
    new = set(strategy.links) - before
    assert len(new) == 1
    link = strategy.links[new.pop()]
    assert (link.source, link.target) == (a.id, b.id)
    assert strategy.cards[a.id].placement == a.placement  # the press drew a link, moved nothing


def test_a_card_dragged_onto_another_lands_beside_it(harness: Harness) -> None:
    view = harness.workbench.view
    session = harness.session
    view.set_zoom(0.8)
    strategy = session.document.strategy
    lane = [c for c in strategy.cards.values() if c.phase is Phase.DATA]
    assert len(lane) >= 2
    moving, target = lane[0], lane[1]
    items = session.scene.cards
    view.centerOn(items[target.id])
    grab = items[moving.id].sceneBoundingRect().center() + QPointF(-60, 0)
    view.centerOn((grab + items[target.id].sceneBoundingRect().center()) / 2)
    drop = items[target.id].pos() + QPointF(CARD_WIDTH / 2 - 60, CARD_HEIGHT / 2 + 5)
    mouse_drag(view, grab, drop)
    moved = strategy.cards[moving.id]
    assert moved.placement != moving.placement
    others = [
        (c.x, c.y) for c in strategy.cards.values() if c.phase is moved.phase and c.id != moved.id
    ]
    assert not overlaps(moved.x, moved.y, others)


def test_every_rail_button_is_within_the_window_at_double_font_size(harness: Harness) -> None:
    wb = harness.workbench
    rail = wb.rail
    assert rail is not None
    harness.window.showNormal()
    harness.window.resize(LAPTOP.width(), LAPTOP.height() - FRAME_ALLOWANCE)
    wb.set_font_scale(2.0)
    QApplication.processEvents()
    try:
        window = harness.window.rect()
        for button in [*rail.buttons.values(), rail.all_button]:
            assert button.isVisible(), button.objectName()
            top_left = button.mapTo(harness.window, QPoint(0, 0))
            placed = QRect(top_left, button.size())
            assert window.contains(placed), (button.objectName(), placed, window)
            # Not scrolled or clipped out of the rail: the whole button shows.
            assert button.visibleRegion().boundingRect() == button.rect(), button.objectName()
    finally:
        wb.set_font_scale(1.0)
