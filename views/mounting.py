"""Helpers the panel controllers use to mount themselves into a built workbench.

The workbench builds its own docks and menus first; the findings, drills and
export controllers then add theirs through these helpers, so the workbench
needs only one ``install_…`` line per controller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTabBar,
    QToolButton,
    QWidget,
)

from app.export.assemble import scenario_for
from models.content import Scenario
from models.strategy import Strategy

if TYPE_CHECKING:
    from views.workbench import Workbench


def menu_with(wb: Workbench, action: QAction) -> QMenu | None:
    """The menu of the main window that holds ``action`` (None if no menu does)."""
    for menu in wb.window.menuBar().findChildren(QMenu):
        if action in menu.actions():
            return menu
    return None


def add_dock(
    wb: Workbench,
    dock: QDockWidget,
    area: Qt.DockWidgetArea,
    tabify_with: QDockWidget | None = None,
) -> None:
    """Add a dock to the window, its Panels-menu entry and presentation-mode hiding."""
    wb.window.addDockWidget(area, dock)
    if tabify_with is not None:
        wb.window.tabifyDockWidget(tabify_with, dock)
    wb.docks.append(dock)
    panels = menu_with(wb, wb.history_dock.toggleViewAction())
    if panels is not None:
        panels.addAction(dock.toggleViewAction())


def tab_in_view(bar: QTabBar, index: int) -> bool:
    """Whether tab ``index`` is wholly in view (not scrolled off, nor under an arrow)."""
    if index < 0 or not bar.isVisible():
        return True
    rect = bar.tabRect(index)
    if rect.left() < 0 or rect.right() > bar.width():
        return False
    arrows = [b.geometry() for b in bar.findChildren(QToolButton) if b.isVisible()]
    return not any(arrow.intersects(rect) for arrow in arrows)


class _CompactTabs(QProxyStyle):
    """The platform style with half the space beside a tab's title: three panels' titles
    then fit a 256 px column in French at 100 % (they were cut to "Pal…"). Like the
    interface's accent-safe style (``views.translation``), an unselected tab's title is
    not shifted down, so a capital's accent is not clipped."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Half the style's ``PM_TabBarTabHSpace``, no vertical tab shift; the rest as is."""
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return value // 2
        return value


class WholeDockTabs(QObject):
    """Keeps the titles on the tab bars of panels stacked as tabs whole.

    Qt makes those bars itself (and again when panels move), eliding the titles
    to fit the column: at 200 % font scale a column of seven panels showed
    "Ins…", "Pro…". Each title is shown whole instead, and the bar scrolls with
    arrows when the column is too narrow for all of them; Qt gives each tab its
    title as tooltip, and screen readers read the tab text, which stays whole.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._style = _CompactTabs()
        self._style.setParent(self)
        window.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        """Set whole titles and scroll arrows on every dock tab bar of the window."""
        for bar in self._window.findChildren(
            QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if bar.property("compact_tabs") is None:
                bar.setProperty("compact_tabs", True)
                bar.setStyle(self._style)
            if bar.elideMode() != Qt.TextElideMode.ElideNone:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
            if not bar.usesScrollButtons():
                bar.setUsesScrollButtons(True)
            if not tab_in_view(bar, bar.currentIndex()):
                # Titles that grew (font scale) leave the current tab behind the arrows; a
                # resize is what makes Qt scroll it back into view.
                QApplication.sendEvent(bar, QResizeEvent(bar.size(), bar.size()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tab bar is made or the panels laid out again: keep the titles whole."""
        if watched is self._window and event.type() in (
            QEvent.Type.ChildPolished,
            QEvent.Type.LayoutRequest,
        ):
            self.apply()
        return False


def add_action(
    wb: Workbench,
    menu: QMenu,
    name: str,
    text: str,
    slot: Callable[[], object],
    *,
    keys: str | None = None,
    before: QAction | None = None,
) -> QAction:
    """Add a window-wide action to ``menu`` (and to ``wb.actions`` under ``name``)."""
    action = QAction(text, wb.window)
    action.setObjectName(name)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: slot())
    wb.window.addAction(action)
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)
    wb.actions[name] = action
    return action


def scenario_of(wb: Workbench, strategy: Strategy) -> Scenario | None:
    """The scenario a strategy answers: the workshop's own copy first, else the shipped one.

    Raises:
        StoreError: the workshop's scenarios cannot be read.
    """
    return scenario_for(wb.store, wb.library, strategy)
