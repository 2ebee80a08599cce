"""Menus, actions and keyboard shortcuts: the whole core flow without a mouse.

Shortcuts that would clash with text editing (Delete, Ctrl+C/V, Shift+arrows)
are bound to the canvas only; the rest work window-wide. Ctrl+1…4 move focus
between palette, canvas, inspector and outline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from models.phases import ALL_PHASES, Phase
from views.labels import phase_short, tr

if TYPE_CHECKING:
    from views.workbench import Workbench

FONT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)


def install_actions(wb: Workbench) -> dict[str, QAction]:
    """Create the menus and actions of the main window; returns them by name."""
    window = wb.window
    bar = window.menuBar()
    bar.setAccessibleName(tr("Menu bar", "menus"))
    actions: dict[str, QAction] = {}

    def add(
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        canvas_only: bool = False,
    ) -> QAction:
        """Create one action, put it in ``menu`` and register it under ``name``."""
        action = QAction(text, window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        if canvas_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            wb.view.addAction(action)
        else:
            window.addAction(action)
        menu.addAction(action)
        actions[name] = action
        return action

    file_menu = bar.addMenu(tr("&File", "menus"))
    add(file_menu, "new_workshop", tr("New &workshop…", "menus"), wb.new_workshop)
    add(file_menu, "teams", tr("&Teams…", "menus"), wb.edit_teams)
    add(
        file_menu,
        "new_strategy",
        tr("&New strategy…", "menus"),
        wb.new_strategy,
        QKeySequence.StandardKey.New,
    )
    add(file_menu, "rename_strategy", tr("&Rename strategy…", "menus"), wb.rename_strategy)
    add(file_menu, "delete_strategy", tr("&Delete strategy…", "menus"), wb.delete_strategy)
    file_menu.addSeparator()
    add(file_menu, "quit", tr("&Quit", "menus"), window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu(tr("&Edit", "menus"))
    undo = wb.undo_group.createUndoAction(window, tr("&Undo", "menus"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = wb.undo_group.createRedoAction(window, tr("&Redo", "menus"))
    redo.setShortcuts(redo_keys())
    for name, action in (("undo", undo), ("redo", redo)):
        action.setObjectName(name)
        edit.addAction(action)
        window.addAction(action)
        actions[name] = action
    edit.addSeparator()
    add(
        edit,
        "copy",
        tr("&Copy", "menus"),
        wb.copy_selection,
        QKeySequence.StandardKey.Copy,
        canvas_only=True,
    )
    add(
        edit,
        "paste",
        tr("&Paste", "menus"),
        wb.paste,
        QKeySequence.StandardKey.Paste,
        canvas_only=True,
    )
    add(
        edit,
        "duplicate",
        tr("Duplica&te", "menus"),
        wb.duplicate_selection,
        "Ctrl+D",
        canvas_only=True,
    )
    add(
        edit,
        "delete",
        tr("&Delete", "menus"),
        wb.delete_selection,
        QKeySequence.StandardKey.Delete,
        canvas_only=True,
    )

    card = bar.addMenu(tr("&Card", "menus"))
    add(card, "custom_card", tr("&Custom card…", "menus"), wb.add_custom_card, "Ctrl+Shift+N")
    add(card, "link", tr("&Link to…", "menus"), wb.link_card, "Ctrl+L")
    add(card, "move_to", tr("&Move to phase…", "menus"), wb.move_card_to_phase, "Ctrl+M")
    add(
        card,
        "prev_phase",
        tr("Move to &previous phase", "menus"),
        lambda: wb.step_phase(-1),
        "Alt+Left",
        canvas_only=True,
    )
    add(
        card,
        "next_phase",
        tr("Move to &next phase", "menus"),
        lambda: wb.step_phase(1),
        "Alt+Right",
        canvas_only=True,
    )
    for name, label, dx, dy, key in (
        ("nudge_left", tr("Nudge left", "menus"), -1, 0, "Shift+Left"),
        ("nudge_right", tr("Nudge right", "menus"), 1, 0, "Shift+Right"),
        ("nudge_up", tr("Nudge up", "menus"), 0, -1, "Shift+Up"),
        ("nudge_down", tr("Nudge down", "menus"), 0, 1, "Shift+Down"),
    ):
        add(card, name, label, _nudger(wb, dx, dy), key, canvas_only=True)
    add(card, "arrange", tr("&Arrange lane", "menus"), wb.arrange_lane, "Ctrl+Shift+A")

    go = bar.addMenu(tr("&Go", "menus"))
    add(
        go,
        "focus_palette",
        tr("&Palette search", "menus"),
        lambda: _focus(wb.palette, wb.palette.search),
        "Ctrl+1",
    )
    add(go, "focus_canvas", tr("&Canvas", "menus"), wb.view.setFocus, "Ctrl+2")
    add(go, "focus_inspector", tr("&Inspector", "menus"), wb.inspector.focus_first, "Ctrl+3")
    add(
        go,
        "focus_outline",
        tr("&Outline", "menus"),
        lambda: _focus(wb.outline, wb.outline.tree),
        "Ctrl+4",
    )

    view = bar.addMenu(tr("&View", "menus"))
    add(
        view,
        "zoom_in",
        tr("Zoom &in", "menus"),
        lambda: wb.view.zoom_by(1.25),
        QKeySequence.StandardKey.ZoomIn,
    )
    add(
        view,
        "zoom_out",
        tr("Zoom &out", "menus"),
        lambda: wb.view.zoom_by(0.8),
        QKeySequence.StandardKey.ZoomOut,
    )
    add(view, "zoom_width", tr("Fit lanes to &width", "menus"), wb.view.zoom_to_width, "Ctrl+0")
    add(view, "zoom_fit", tr("Whole &board", "menus"), wb.view.zoom_to_fit, "Ctrl+9")
    add(
        view,
        "zoom_100",
        tr("Actual size (100%)", "menus"),
        lambda: wb.view.set_zoom(1.0),
        "Ctrl+Alt+0",
    )
    lanes = view.addMenu(tr("Zoom to &lane", "menus"))
    for index, phase in enumerate(ALL_PHASES, start=1):
        add(
            lanes,
            f"zoom_lane_{phase.value}",
            phase_short(phase),
            _lane_zoomer(wb, phase),
            f"Ctrl+Alt+{index}",
        )
    view.addSeparator()
    present = add(view, "presentation", tr("&Presentation mode", "menus"), lambda: None, "F5")
    present.setCheckable(True)
    present.toggled.connect(wb.toggle_presentation)
    contrast = add(
        view, "high_contrast", tr("&High contrast", "menus"), lambda: None, "Ctrl+Shift+H"
    )
    contrast.setCheckable(True)
    contrast.setChecked(wb.theme.high_contrast)
    contrast.toggled.connect(wb.set_high_contrast)
    scales = view.addMenu(tr("&Font scale", "menus"))
    group = QActionGroup(window)
    current = _float(wb.settings.value("view/font_scale", 1.0))
    for scale in FONT_SCALES:
        action = add(
            scales,
            f"font_{round(scale * 100)}",
            f"{round(scale * 100)}%",
            _scaler(wb, scale),
        )
        action.setCheckable(True)
        action.setChecked(abs(scale - current) < 0.01)
        group.addAction(action)
    view.addSeparator()
    panels = view.addMenu(tr("P&anels", "menus"))
    for dock in wb.docks:
        panels.addAction(dock.toggleViewAction())
    return actions


def redo_keys() -> list[QKeySequence]:
    """Every key of Redo, each once: the platform's own, Ctrl+Shift+Z and Ctrl+Y.

    On X11 ``StandardKey.Redo`` already is Ctrl+Shift+Z; binding it a second time
    makes Qt call the shortcut ambiguous and do nothing, so duplicates are dropped.
    """
    keys: list[QKeySequence] = []
    wanted = [
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
    ]
    for key in wanted:
        if not key.isEmpty() and all(key != k for k in keys):
            keys.append(key)
    return keys


def _nudger(wb: Workbench, dx: int, dy: int) -> Callable[[], None]:
    return lambda: wb.nudge(dx, dy)


def _lane_zoomer(wb: Workbench, phase: Phase) -> Callable[[], None]:
    return lambda: wb.view.zoom_to_lane(phase)


def _scaler(wb: Workbench, scale: float) -> Callable[[], None]:
    return lambda: wb.set_font_scale(scale)


def _float(value: object) -> float:
    try:
        return float(str(value))
    except ValueError:
        return 1.0


def _focus(dock: QWidget, widget: QWidget) -> None:
    dock.show()
    dock.raise_()
    widget.setFocus()
