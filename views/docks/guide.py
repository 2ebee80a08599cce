"""The phase guide for novices: what each phase is for, the questions, the cards that answer them.

Content comes from ``resources/guide.toml`` (``library.guide``). The cards
listed drag onto the canvas like palette entries (same MIME type) and Enter
places them. Whether the dock is hidden is remembered with the window state;
the facilitator can show the guide full screen during the Explain stage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from models.content import CatalogEntry, GuideSection
from models.phases import Phase
from views.docks.palette import phase_icon
from views.labels import phase_label
from views.mime import CATALOG_MIME
from views.theme import Theme
from views.widgets.wrap_combo import WrapCombo

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _CardList(QListWidget):
    """Catalog cards that drag with our MIME type."""

    def mimeTypes(self) -> list[str]:
        """Only our catalog MIME type."""
        return [CATALOG_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        """The catalog key of the first dragged card."""
        data = QMimeData()
        if items:
            data.setData(CATALOG_MIME, str(items[0].data(KEY_ROLE)).encode("utf-8"))
            data.setText(items[0].text())
        return data


class GuideView(QWidget):
    """One phase at a time: purpose, questions, answering cards.

    Signals:
        place_requested(str): place this catalog key (Enter / double-click).
    """

    place_requested = Signal(str)

    def __init__(
        self,
        guide: Mapping[Phase, GuideSection],
        catalog: Mapping[str, CatalogEntry],
        theme: Theme,
        point_size: float | None = None,
    ) -> None:
        super().__init__()
        self._guide = guide
        self._catalog = catalog
        self._theme = theme
        layout = QVBoxLayout(self)
        self.phase = WrapCombo()  # « Développement et entraînement du modèle » in a narrow dock
        self.phase.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.phase.setMinimumContentsLength(12)
        for phase in guide:
            self.phase.addItem(phase_icon(phase, theme), phase_label(phase), phase.value)
        self.phase.setAccessibleName(translate("guide", "Guide phase"))
        self.phase.setAccessibleDescription(translate("guide", "Which phase the guide explains."))
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.purpose.setAccessibleName(translate("guide", "What this phase is for"))
        self.questions = QLabel()
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.questions.setAccessibleName(translate("guide", "Questions to answer"))
        self.cards = _CardList()
        self.cards.setDragEnabled(True)
        self.cards.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.cards.setWordWrap(
            True
        )  # long French titles in a narrow dock: more lines, not sideways
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.cards.setAccessibleName(translate("guide", "Cards that answer these questions"))
        self.cards.setAccessibleDescription(
            translate("guide", "Drag a card onto a lane, or press Enter to place it.")
        )
        heading = QLabel(translate("guide", "Cards that answer them:"))
        heading.setAccessibleName(translate("guide", "Cards heading"))
        layout.addWidget(self.phase)
        layout.addWidget(self.purpose)
        layout.addWidget(self.questions)
        layout.addWidget(heading)
        layout.addWidget(self.cards, 1)
        if point_size is not None:
            font = self.font()
            font.setPointSizeF(point_size)
            self.setFont(font)
        self.phase.currentIndexChanged.connect(self._show)
        self.cards.itemActivated.connect(
            lambda item: self.place_requested.emit(str(item.data(KEY_ROLE)))
        )
        self._show(0)

    def show_phase(self, phase: Phase) -> None:
        """Turn to ``phase``."""
        self.phase.setCurrentIndex(max(0, self.phase.findData(phase.value)))

    def current_phase(self) -> Phase:
        """The phase shown."""
        return Phase(self.phase.currentData())

    def _show(self, _index: int) -> None:
        if self.phase.currentData() is None:
            return
        section = self._guide[Phase(self.phase.currentData())]
        self.purpose.setText(section.purpose)
        self.questions.setText(
            "<ul>" + "".join(f"<li>{_escape(q)}</li>" for q in section.questions) + "</ul>"
        )
        self.cards.clear()
        for key in section.cards:
            entry = self._catalog.get(key)
            if entry is None:
                continue
            item = QListWidgetItem(phase_icon(entry.phase, self._theme), entry.title)
            item.setData(KEY_ROLE, key)
            item.setToolTip(entry.description)
            self.cards.addItem(item)


class GuideDock(QDockWidget):
    """The hideable guide dock with a full-screen button.

    Signals:
        place_requested(str): a catalog key to place.
        hidden_by_user(bool): the user hid (True) or showed (False) the guide.
    """

    place_requested = Signal(str)
    hidden_by_user = Signal(bool)

    def __init__(
        self,
        guide: Mapping[Phase, GuideSection],
        catalog: Mapping[str, CatalogEntry],
        theme: Theme,
    ) -> None:
        super().__init__(translate("guide", "Phase guide"))
        self.toggleViewAction().triggered.connect(lambda on: self.hidden_by_user.emit(not on))
        self.setObjectName("guide_dock")
        self.setAccessibleName(translate("guide", "Phase guide"))
        self._args = (guide, catalog, theme)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.view = GuideView(guide, catalog, theme)
        self.view.setAccessibleName(translate("guide", "Phase guide contents"))
        self.full_button = QPushButton(translate("guide", "Show full screen"))
        self.full_button.setAccessibleName(translate("guide", "Show the guide full screen"))
        self.full_button.setAccessibleDescription(
            translate("guide", "For the facilitator's Explain stage; Esc closes it.")
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.full_button)
        self.setWidget(body)
        self.full_window: QWidget | None = None
        self.view.place_requested.connect(self.place_requested)
        self.full_button.clicked.connect(self.show_full_screen)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The dock's own close button: remember that the user hid the guide."""
        super().closeEvent(event)
        self.hidden_by_user.emit(True)

    def show_full_screen(self) -> None:
        """Open the guide full screen, in large type, at the phase shown in the dock."""
        window = GuideView(*self._args, point_size=22)
        window.setWindowTitle(translate("guide", "Phase guide"))
        window.setAccessibleName(translate("guide", "Phase guide, full screen"))
        window.show_phase(self.view.current_phase())
        window.place_requested.connect(self.place_requested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), window, window.close)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.showFullScreen()
        self.full_window = window


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
