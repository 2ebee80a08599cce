"""Shared checks for the GUI tests: every visible widget can be named by a screen reader."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QHeaderView,
    QScrollBar,
    QSplitterHandle,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

# Qt's own scaffolding inside scroll areas, splitters and line edits: announced as part of
# the widget that owns them, never on their own.
_SCAFFOLDING = (QScrollBar, QHeaderView, QSplitterHandle)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_widgets(root: QWidget) -> list[str]:
    """Visible widgets under ``root`` (and ``root``) without an accessible name."""
    missing: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, _SCAFFOLDING) or widget.objectName().startswith(("qt_", "_q_")):
            continue
        if isinstance(widget, QTabBar) and widget.count() == 0:
            continue  # a main window keeps spare tab bars for panel areas: nothing to announce
        if type(widget).__name__.startswith("Q") and type(widget) is QWidget:
            # A bare layout container: nothing to announce unless named on purpose.
            continue
        if not accessible_name(widget).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def top(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    """A top-level item that must exist."""
    item = tree.topLevelItem(index)
    assert item is not None, index
    return item


def child(item: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    """A child item that must exist."""
    found = item.child(index)
    assert found is not None, index
    return found
