"""The main window's panels: canvas-first default layout, the rail, and a layout that
survives quitting.

Default (first start, or a remembered layout that no longer makes sense): two
columns of tabbed panels — palette, strategies and phase guide on the left;
inspector, findings, drills, outline, history, profile on the right — with
widths taken from the screen. On a laptop or projector every column starts
closed (the canvas gets the whole width, each panel one key away on the rail);
from 1600 px up the palette column starts open.

Restoring a remembered layout happens twice: once when the docks are built,
and again after the window's first layout pass. A single ``restoreState``
before that pass left the canvas a 70 px strip on a real X server (the saved
state was fine). If the canvas still comes out crushed, or the saved state is
from an older layout, the default is used instead, and a crushed layout is
never saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from views.rail import PanelRail, RailEntry
from views.screen_fit import columns

if TYPE_CHECKING:
    from views.workbench import Workbench

STATE_VERSION = 2
"""Bumped when the default arrangement changes, so an old saved layout is not restored."""
CRUSHED_SHARE = 0.35
"""A canvas narrower or lower than this share of the window counts as crushed."""


def install_rail(wb: Workbench) -> PanelRail:
    """Put the panel rail at the window's left edge (after every panel exists)."""
    findings = wb.checking.findings
    entries = [
        RailEntry(wb.palette, "F2", wb.palette.search.setFocus),
        RailEntry(findings, "F3", findings.tree.setFocus),
        RailEntry(wb.inspector, "F4", wb.inspector.focus_first),
        RailEntry(wb.strategies, "F7", wb.strategies.list.setFocus),
        RailEntry(wb.outline, "F8", wb.outline.tree.setFocus),
    ]
    if wb.drilling is not None:  # None when the drill events could not be loaded
        drills = wb.drilling.dock
        entries.insert(3, RailEntry(drills, "F6", drills.list.setFocus))
    rail = PanelRail(wb.window, entries)
    wb.canvas_area.set_rail(rail)
    for entry in entries:
        wb.actions[f"panel_{entry.dock.objectName()}"] = rail.actions_by_dock[entry.dock]
    wb.actions["panels_all"] = rail.all_action
    for dock in wb.docks:
        dock.visibilityChanged.connect(
            lambda visible, d=dock: visible and QTimer.singleShot(0, lambda: _widen(wb, d))
        )
    return rail


def _widen(wb: Workbench, dock: QDockWidget) -> None:
    """Give a column that opened narrower than its standard width that width again."""
    if wb.closed or not dock.isVisible() or dock.isFloating():
        return
    area = wb.window.dockWidgetArea(dock)
    size = columns(wb.window.width(), wb.view_font_scale())
    if area == Qt.DockWidgetArea.LeftDockWidgetArea:
        wanted = size.left
    elif area == Qt.DockWidgetArea.RightDockWidgetArea:
        wanted = size.right
    else:
        return
    if dock.width() < wanted - 8:
        wb.window.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)


def _left(wb: Workbench) -> list[QDockWidget]:
    return [wb.palette, wb.strategies, wb.guide]


def _right(wb: Workbench) -> list[QDockWidget]:
    drills = [wb.drilling.dock] if wb.drilling is not None else []
    return [
        wb.inspector,
        wb.checking.findings,
        *drills,
        wb.outline,
        wb.history_dock,
        wb.checking.profile_dock,
    ]


def default_layout(wb: Workbench) -> None:
    """Arrange the panels canvas-first for this screen (columns of tabs; see the module)."""
    window = wb.window
    left_area, right_area = (
        Qt.DockWidgetArea.LeftDockWidgetArea,
        Qt.DockWidgetArea.RightDockWidgetArea,
    )
    for area, docks in ((left_area, _left(wb)), (right_area, _right(wb))):
        first = docks[0]
        if window.dockWidgetArea(first) != area:
            window.addDockWidget(area, first)
        first.show()
        for dock in docks[1:]:
            dock.show()
            if dock not in window.tabifiedDockWidgets(first):
                window.tabifyDockWidget(first, dock)
        first.raise_()
    known = set(_left(wb) + _right(wb))
    for dock in wb.docks:  # a panel added later by another controller joins the right column
        if dock not in known and dock not in window.tabifiedDockWidgets(wb.inspector):
            window.tabifyDockWidget(wb.inspector, dock)
    size = columns(window.width(), wb.view_font_scale())
    window.resizeDocks(
        [wb.palette, wb.inspector], [size.left, size.right], Qt.Orientation.Horizontal
    )
    for dock in wb.docks:
        keep = size.palette_open and dock in _left(wb)
        dock.setVisible(keep)
    if size.palette_open:
        wb.palette.raise_()
    QTimer.singleShot(
        0,
        lambda: window.resizeDocks(
            [wb.palette, wb.inspector], [size.left, size.right], Qt.Orientation.Horizontal
        ),
    )
    sync_panel_actions(wb)


def sync_panel_actions(wb: Workbench) -> None:
    """Tick each panel that is open (in front or behind a tab) in View › Panels and on the
    rail; tabbing panels into a shown window unticks the back tabs although they are open."""
    for dock in wb.docks:
        dock.toggleViewAction().setChecked(not dock.isHidden())
    if wb.rail is not None:
        wb.rail.sync()


def restore_layout(wb: Workbench) -> None:
    """Put the panels back as they were, twice (see the module), else the default."""
    state = wb.settings.value("window/state")
    if isinstance(state, QByteArray) and wb.window.restoreState(state, STATE_VERSION):
        sync_panel_actions(wb)
        QTimer.singleShot(0, lambda: _restore_again(wb, state))
        return
    default_layout(wb)


def _restore_again(wb: Workbench, state: QByteArray) -> None:
    if wb.closed:
        return
    wb.window.restoreState(state, STATE_VERSION)
    if canvas_crushed(wb):
        default_layout(wb)
    sync_panel_actions(wb)
    if wb.view.fitted:
        wb.view.refit()


def canvas_crushed(wb: Workbench) -> bool:
    """Whether the canvas has less than a third of the window in either direction."""
    window, view = wb.window, wb.view
    if not window.isVisible() or window.width() < 200 or window.height() < 200:
        return False
    return (
        view.width() < window.width() * CRUSHED_SHARE
        or view.height() < window.height() * CRUSHED_SHARE
    )


def save_layout(wb: Workbench) -> None:
    """Remember the panels (unless presenting, or the canvas is crushed: never keep that)."""
    if wb.presenting or canvas_crushed(wb):
        return
    wb.settings.setValue("window/state", wb.window.saveState(STATE_VERSION))
