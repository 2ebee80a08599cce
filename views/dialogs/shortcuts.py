"""Help › Keyboard shortcuts: every key the window answers to, read from the live actions.

The table is built from the menus as they are, so it can never disagree with
them; the few keys that belong to the canvas itself (not to an action) are
listed after them.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate


def canvas_keys() -> list[tuple[str, str, str]]:
    """Keys the canvas handles itself: (keys, what they do, where)."""
    canvas = translate("help", "Canvas")
    return [
        (
            translate("help", "Arrow keys"),
            translate("help", "Move the focus to the nearest card"),
            canvas,
        ),
        (
            translate("help", "Enter"),
            translate("help", "Open the focused card in the inspector"),
            canvas,
        ),
        (
            translate("help", "Tab, Shift+Tab"),
            translate("help", "Move between panels and fields"),
            "",
        ),
    ]


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """Every menu action with a shortcut: (keys, action text, menu path), in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {text}")
                continue
            keys = _keys(action)
            if keys:
                rows.append((keys, text, path))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, top.text().replace("&", ""))
    return rows


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(seq.toString(native) for seq in action.shortcuts() if not seq.isEmpty())


class ShortcutsDialog(QDialog):
    """A table of keys, what they do and where to find them.

    Args:
        bar: the main window's menu bar (read now, so call after every menu exists).
        parent: the main window.
    """

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(translate("help", "Keyboard shortcuts"))
        self.setAccessibleName(translate("help", "Keyboard shortcuts"))
        rows = shortcut_rows(bar) + canvas_keys()
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(translate("help", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("help", "Keys"), translate("help", "Does"), translate("help", "Menu")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        buttons.setObjectName("shortcuts_buttons")
        buttons.setAccessibleName(translate("help", "Dialog buttons"))
        close = QPushButton(translate("help", "&Close"))
        close.setObjectName("shortcuts_close")
        close.setAccessibleName(translate("help", "Close"))
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's contents, row by row."""
        result: list[tuple[str, str, str]] = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(3)]
            keys, does, menu = (cell.text() if cell is not None else "" for cell in cells)
            result.append((keys, does, menu))
        return result
