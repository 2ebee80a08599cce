"""At 1366×768 every action of the main window and of the facilitator window is on screen:
each visible control lies within the screen, or inside a scroll area that reaches it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QMenu,
    QWidget,
)

from tests.xvfb.conftest import SCREEN, App, settle

CONTROLS = (QAbstractButton, QComboBox, QLineEdit)


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _scrolls(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _out_of_reach(top: QWidget) -> list[str]:
    screen = QRect(0, 0, *SCREEN)
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if widget.width() <= 1 or widget.height() <= 1 or _scrolls(widget, top):
            continue
        if widget.visibleRegion().isEmpty():
            continue  # behind another panel's tab: its own tab brings it forward
        if not screen.contains(_global(widget)):
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            found.append(f"{name} at {_global(widget)}")
    return found


def test_the_main_window_and_its_menus_fit(app: App) -> None:
    wb = app.workbench
    screen = QRect(0, 0, *SCREEN)
    assert screen.contains(app.window.frameGeometry().adjusted(1, 1, -1, -1))
    bar = app.window.menuBar()
    for action in bar.actions():
        rect = bar.actionGeometry(action)
        assert screen.contains(QRect(bar.mapToGlobal(rect.topLeft()), rect.size())), action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.popup(bar.mapToGlobal(rect.bottomLeft()))
            settle(0.1)
            assert screen.contains(menu.geometry()), (action.text(), menu.geometry())
            menu.hide()
    status = app.window.statusBar()
    assert screen.contains(_global(status)) and status.isVisible()
    for dock in wb.docks:  # every panel opened in turn (the rail's keys)
        dock.show()
        dock.raise_()
        settle(0.05)
    settle(0.3)
    assert _out_of_reach(app.window) == []
    for dock in wb.docks:
        dock.hide()


def test_every_tab_of_the_facilitator_window_fits(app: App) -> None:
    tools = app.workbench.facilitating
    window = tools.show_window("day")
    settle(0.5)
    screen = QRect(0, 0, *SCREEN)
    assert screen.contains(window.frameGeometry().adjusted(1, 1, -1, -1)), window.frameGeometry()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(0.3)
        assert _out_of_reach(window) == [], window.tabs.tabText(index)
    timer = window.timer_panel
    window.show_tab("timer")
    settle(0.3)
    for button in (timer.toggle_button, timer.skip_button, timer.full_button, timer.chime_box):
        assert button.isVisible() and screen.contains(_global(button)), button.text()
    window.close()


def test_at_200_percent_the_canvas_and_status_bar_stay_usable(app: App) -> None:
    wb = app.workbench
    wb.set_font_scale(2.0)
    settle(0.5)
    try:
        screen = QRect(0, 0, *SCREEN)
        assert screen.contains(app.window.frameGeometry().adjusted(1, 1, -1, -1))
        assert wb.view.width() >= 0.8 * app.window.width()
        assert wb.view.height() >= 0.6 * app.window.height()
        status = app.window.statusBar()
        assert screen.contains(_global(status))
        for widget in (wb.save_label, wb.facilitating.compact):
            assert widget.isVisible() and screen.contains(_global(widget)), widget.accessibleName()
    finally:
        wb.set_font_scale(1.0)
        settle(0.3)
