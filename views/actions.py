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

from app.i18n import percent, translate
from models.phases import ALL_PHASES, Phase
from views.labels import phase_short
from views.translation import language_menu

if TYPE_CHECKING:
    from views.workbench import Workbench

FONT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)


def install_actions(wb: Workbench) -> dict[str, QAction]:
    """Create the menus and actions of the main window; returns them by name."""
    window = wb.window
    bar = window.menuBar()
    bar.setAccessibleName(translate("menus", "Menu bar"))
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

    file_menu = bar.addMenu(translate("menus", "&File"))
    add(file_menu, "new_workshop", translate("menus", "New &workshop…"), wb.new_workshop)
    add(file_menu, "teams", translate("menus", "&Teams…"), wb.edit_teams)
    add(
        file_menu,
        "new_strategy",
        translate("menus", "&New strategy…"),
        wb.new_strategy,
        QKeySequence.StandardKey.New,
    )
    add(file_menu, "rename_strategy", translate("menus", "&Rename strategy…"), wb.rename_strategy)
    add(file_menu, "delete_strategy", translate("menus", "&Delete strategy…"), wb.delete_strategy)
    file_menu.addSeparator()
    add(file_menu, "quit", translate("menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu(translate("menus", "&Edit"))
    undo = wb.undo_group.createUndoAction(window, translate("menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = wb.undo_group.createRedoAction(window, translate("menus", "&Redo"))
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
        translate("menus", "&Copy"),
        wb.copy_selection,
        QKeySequence.StandardKey.Copy,
        canvas_only=True,
    )
    add(
        edit,
        "paste",
        translate("menus", "&Paste"),
        wb.paste,
        QKeySequence.StandardKey.Paste,
        canvas_only=True,
    )
    add(
        edit,
        "duplicate",
        translate("menus", "Duplica&te"),
        wb.duplicate_selection,
        "Ctrl+D",
        canvas_only=True,
    )
    add(
        edit,
        "delete",
        translate("menus", "&Delete"),
        wb.delete_selection,
        QKeySequence.StandardKey.Delete,
        canvas_only=True,
    )

    card = bar.addMenu(translate("menus", "&Card"))
    add(
        card, "custom_card", translate("menus", "&Custom card…"), wb.add_custom_card, "Ctrl+Shift+N"
    )
    add(card, "link", translate("menus", "&Link to…"), wb.link_card, "Ctrl+L")
    add(card, "move_to", translate("menus", "&Move to phase…"), wb.move_card_to_phase, "Ctrl+M")
    add(
        card,
        "prev_phase",
        translate("menus", "Move to &previous phase"),
        lambda: wb.step_phase(-1),
        "Alt+Left",
        canvas_only=True,
    )
    add(
        card,
        "next_phase",
        translate("menus", "Move to &next phase"),
        lambda: wb.step_phase(1),
        "Alt+Right",
        canvas_only=True,
    )
    for name, label, dx, dy, key in (
        ("nudge_left", translate("menus", "Nudge left"), -1, 0, "Shift+Left"),
        ("nudge_right", translate("menus", "Nudge right"), 1, 0, "Shift+Right"),
        ("nudge_up", translate("menus", "Nudge up"), 0, -1, "Shift+Up"),
        ("nudge_down", translate("menus", "Nudge down"), 0, 1, "Shift+Down"),
    ):
        add(card, name, label, _nudger(wb, dx, dy), key, canvas_only=True)
    add(card, "arrange", translate("menus", "&Arrange lane"), wb.arrange_lane, "Ctrl+Shift+A")
    add(
        card,
        "catalog_titles",
        translate("menus", "Catalog &titles in this language"),
        wb.use_catalog_titles,
    )

    go = bar.addMenu(translate("menus", "&Go"))
    add(
        go,
        "focus_palette",
        translate("menus", "&Palette search"),
        lambda: _focus(wb.palette, wb.palette.search),
        "Ctrl+1",
    )
    add(go, "focus_canvas", translate("menus", "&Canvas"), wb.view.setFocus, "Ctrl+2")
    add(go, "focus_inspector", translate("menus", "&Inspector"), wb.inspector.focus_first, "Ctrl+3")
    add(
        go,
        "focus_outline",
        translate("menus", "&Outline"),
        lambda: _focus(wb.outline, wb.outline.tree),
        "Ctrl+4",
    )

    view = bar.addMenu(translate("menus", "&View"))
    add(
        view,
        "zoom_in",
        translate("menus", "Zoom &in"),
        lambda: wb.view.zoom_by(1.25),
        QKeySequence.StandardKey.ZoomIn,
    )
    add(
        view,
        "zoom_out",
        translate("menus", "Zoom &out"),
        lambda: wb.view.zoom_by(0.8),
        QKeySequence.StandardKey.ZoomOut,
    )
    add(
        view,
        "zoom_width",
        translate("menus", "Fit lanes to &width"),
        wb.view.zoom_to_width,
        "Ctrl+0",
    )
    add(view, "zoom_fit", translate("menus", "Whole &board"), wb.view.zoom_to_fit, "Ctrl+9")
    add(
        view,
        "zoom_100",
        translate("menus", "Actual size (100%)"),
        lambda: wb.view.set_zoom(1.0),
        "Ctrl+Alt+0",
    )
    lanes = view.addMenu(translate("menus", "Zoom to &lane"))
    for index, phase in enumerate(ALL_PHASES, start=1):
        add(
            lanes,
            f"zoom_lane_{phase.value}",
            phase_short(phase),
            _lane_zoomer(wb, phase),
            f"Ctrl+Alt+{index}",
        )
    view.addSeparator()
    present = add(
        view, "presentation", translate("menus", "&Presentation mode"), lambda: None, "F5"
    )
    present.setCheckable(True)
    present.toggled.connect(wb.toggle_presentation)
    contrast = add(
        view, "high_contrast", translate("menus", "&High contrast"), lambda: None, "Ctrl+Shift+H"
    )
    contrast.setCheckable(True)
    contrast.setChecked(wb.theme.high_contrast)
    contrast.toggled.connect(wb.set_high_contrast)
    scales = view.addMenu(translate("menus", "&Font scale"))
    group = QActionGroup(window)
    current = _float(wb.settings.value("view/font_scale", 1.0))
    for scale in FONT_SCALES:
        action = add(
            scales,
            f"font_{round(scale * 100)}",
            percent(scale),
            _scaler(wb, scale),
        )
        action.setCheckable(True)
        action.setChecked(abs(scale - current) < 0.01)
        group.addAction(action)
    language_menu(view, window, wb.settings)
    view.addSeparator()
    panels = view.addMenu(translate("menus", "P&anels"))
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
