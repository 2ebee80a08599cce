"""The palette: the practice catalog grouped by phase, searchable, draggable onto lanes.

Entries drag with our own MIME type (``CATALOG_MIME``, the catalog key), so
the canvas ignores anything else. Enter or double-click on an entry asks to
place it (the keyboard path); "Custom card…" opens the custom-card dialog.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape as html_escape

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from models.content import CatalogEntry
from models.phases import ALL_PHASES, Phase
from views.labels import phase_label, role_label
from views.mime import CATALOG_MIME
from views.theme import PHASE_MARKS, Theme, glyph_path, glyph_text_color

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def phase_icon(phase: Phase, theme: Theme, size: int = 22) -> QIcon:
    """A small icon of the phase's coloured glyph with its mark."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(theme.phase_color(phase))
    painter.setPen(Qt.GlobalColor.black)
    rect = pixmap.rect().adjusted(1, 1, -1, -1).toRectF()
    painter.drawPath(glyph_path(phase, rect))
    painter.setPen(glyph_text_color(phase))
    font = painter.font()
    font.setPixelSize(int(size * 0.5))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, PHASE_MARKS[phase])
    painter.end()
    return QIcon(pixmap)


class CatalogModel(QStandardItemModel):
    """Phases → catalog entries; entries export ``CATALOG_MIME`` when dragged."""

    def __init__(
        self,
        entries: Iterable[CatalogEntry],
        theme: Theme,
        capability_titles: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._capability_titles = dict(capability_titles or {})
        by_phase: dict[Phase, list[CatalogEntry]] = {p: [] for p in ALL_PHASES}
        for entry in entries:
            by_phase[entry.phase].append(entry)
        for phase in ALL_PHASES:
            group = QStandardItem(phase_icon(phase, theme), phase_label(phase))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(phase_label(phase).lower(), SEARCH_ROLE)
            group.setAccessibleText(phase_label(phase))
            for entry in sorted(by_phase[phase], key=lambda e: e.title.lower()):
                group.appendRow(self._entry_item(entry, theme, self._capability_titles))
            self.appendRow(group)

    @staticmethod
    def _entry_item(
        entry: CatalogEntry, theme: Theme, capability_titles: Mapping[str, str]
    ) -> QStandardItem:
        item = QStandardItem(phase_icon(entry.phase, theme), entry.title)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        item.setData(entry.key, KEY_ROLE)
        # Capabilities by their titles (the keys are for rule packs, not for people).
        provides = [capability_titles.get(key, key) for key in entry.capabilities]
        item.setData(
            " ".join([entry.title, entry.description, *entry.capabilities, *provides]).lower(),
            SEARCH_ROLE,
        )
        tip = (
            f"<b>{entry.title}</b><br>{entry.description}<br><i>"
            + translate("palette", "Owner: {role}").format(role=role_label(entry.owner_role))
            + "<br>"
            + translate("palette", "Provides: {caps}").format(caps=html_escape(", ".join(provides)))
            + "</i>"
        )
        item.setToolTip(tip)
        item.setAccessibleText(entry.title)
        item.setAccessibleDescription(entry.description)
        return item

    def mimeTypes(self) -> list[str]:
        """Only our catalog MIME type."""
        return [CATALOG_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The catalog key of the first dragged entry."""
        data = QMimeData()
        for index in indexes:
            key = index.data(KEY_ROLE)
            if key:
                data.setData(CATALOG_MIME, str(key).encode("utf-8"))
                data.setText(str(index.data(Qt.ItemDataRole.DisplayRole)))
                break
        return data


class _SearchProxy(QSortFilterProxyModel):
    """Keeps entries whose title, description or capabilities contain every typed word."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        """Filter by the words of ``text`` (case-insensitive; every word must match)."""
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10 deprecates invalidateFilter()
            self.beginFilterChange()
            self.words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = text.lower().split()
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Keep an entry whose title, description or capabilities contain every word."""
        if not self.words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if not index.data(KEY_ROLE):
            return False  # a phase group shows when one of its entries matches
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self.words)


class PaletteDock(QDockWidget):
    """The searchable catalog.

    Signals:
        place_requested(str): place the entry with this key (Enter / double-click).
        custom_requested(): open the custom-card dialog.
    """

    place_requested = Signal(str)
    custom_requested = Signal()

    def __init__(
        self,
        entries: Iterable[CatalogEntry],
        theme: Theme,
        capability_titles: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(translate("palette", "Palette"))
        self.setObjectName("palette_dock")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("palette", "Search practices, e.g. bias, drift, appeal")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("palette", "Search the palette"))
        self.search.setAccessibleDescription(
            translate(
                "palette", "Filters practices by title, description and capabilities as you type."
            )
        )
        self.model = CatalogModel(entries, theme, capability_titles)
        self.proxy = _SearchProxy()
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.expandAll()
        self.tree.setAccessibleName(translate("palette", "Practice catalog"))
        self.tree.setAccessibleDescription(
            translate(
                "palette",
                "Practices grouped by phase. Drag one onto a lane, or press Enter to place it.",
            )
        )
        self.custom_button = QPushButton(translate("palette", "Custom card…"))
        self.custom_button.setAccessibleName(translate("palette", "Add a custom card"))
        self.custom_button.setAccessibleDescription(
            translate(
                "palette", "Create your own practice and choose the capabilities it provides."
            )
        )
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.custom_button)
        self.setWidget(body)
        self.setAccessibleName(translate("palette", "Palette"))
        self.search.textChanged.connect(self._filter)
        self.tree.activated.connect(self._activated)
        self.custom_button.clicked.connect(self.custom_requested)
        self.setFocusProxy(self.search)

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.tree.expandAll()
        first = self._first_entry()
        if first is not None and text:
            self.tree.setCurrentIndex(first)

    def _first_entry(self) -> QModelIndex | None:
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            if self.proxy.rowCount(group):
                return self.proxy.index(0, 0, group)
        return None

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.place_requested.emit(str(key))

    def current_key(self) -> str | None:
        """The key of the highlighted entry, if any."""
        key = self.tree.currentIndex().data(KEY_ROLE)
        return str(key) if key else None

    def visible_keys(self) -> list[str]:
        """Keys of the entries the current search shows, in display order."""
        keys: list[str] = []
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            keys.extend(
                str(self.proxy.index(r, 0, group).data(KEY_ROLE))
                for r in range(self.proxy.rowCount(group))
            )
        return keys
