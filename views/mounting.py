"""Helpers the panel controllers use to mount themselves into a built workbench.

The workbench builds its own docks and menus first; the findings, drills and
export controllers then add theirs through these helpers, so the workbench
needs only one ``install_…`` line per controller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

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
