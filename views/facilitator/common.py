"""Shared pieces of the facilitator widgets: translation, accessible naming, fonts,
banners, and a read-only canvas built on the editor's own scene and view.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.document import Document
from app.i18n import QT_TRANSLATE_NOOP, translate
from models.strategy import Strategy
from views.canvas.scene import CanvasScene
from views.canvas.view import CanvasView
from views.items.card_item import Badge
from views.theme import Theme

W = TypeVar("W", bound=QWidget)

# Diff marks: a letter as well as a colour, so colour is never the only cue.
MARK_BADGES: dict[str, tuple[str, str]] = {
    "unique": ("≠", "#CC79A7"),
    "added": ("+", "#009E73"),
    "removed": ("−", "#D55E00"),
    "moved": ("→", "#0072B2"),
    "edited": ("✎", "#E69F00"),
}


DEFAULT_STAGE_NAMES: dict[str, str] = {
    "Engage": QT_TRANSLATE_NOOP("facilitator", "Engage"),
    "Explore": QT_TRANSLATE_NOOP("facilitator", "Explore"),
    "Explain": QT_TRANSLATE_NOOP("facilitator", "Explain"),
    "Elaborate": QT_TRANSLATE_NOOP("facilitator", "Elaborate"),
    "Evaluate": QT_TRANSLATE_NOOP("facilitator", "Evaluate"),
}
"""The names of ``models.review.DEFAULT_STAGES`` (stored in English in a new agenda)."""


DEFAULT_STAGE_ABOUTS: dict[str, str] = {
    "A real failed public-sector AI project, presented as a case study.": QT_TRANSLATE_NOOP(
        "facilitator", "A real failed public-sector AI project, presented as a case study."
    ),
    "Teams explore the lifecycle phases and their scenario.": QT_TRANSLATE_NOOP(
        "facilitator", "Teams explore the lifecycle phases and their scenario."
    ),
    "Practices, rules and roles explained.": QT_TRANSLATE_NOOP(
        "facilitator", "Practices, rules and roles explained."
    ),
    "Teams design their strategy on the canvas.": QT_TRANSLATE_NOOP(
        "facilitator", "Teams design their strategy on the canvas."
    ),
    "Teams present; peers and facilitator assess with the rubric.": QT_TRANSLATE_NOOP(
        "facilitator", "Teams present; peers and facilitator assess with the rubric."
    ),
}
"""The descriptions of ``models.review.DEFAULT_STAGES`` (stored in English too)."""


def agenda_stage_label(name: str) -> str:
    """An agenda stage's name as shown: a default stage's in the interface language."""
    if name in DEFAULT_STAGE_NAMES:
        return translate("facilitator", DEFAULT_STAGE_NAMES[name])
    return name


def agenda_stage_about(about: str) -> str:
    """An agenda stage's description as shown: a default one's in the interface language."""
    if about in DEFAULT_STAGE_ABOUTS:
        return translate("facilitator", DEFAULT_STAGE_ABOUTS[about])
    return about


def stored_stage_text(shown: str) -> str:
    """What an agenda stores for a name or description as shown: a default stage's text
    shown in the interface language is stored in English, so it follows the language of
    whoever reads it; any other text is stored as typed."""
    for name in DEFAULT_STAGE_NAMES:
        if shown == agenda_stage_label(name):
            return name
    for about in DEFAULT_STAGE_ABOUTS:
        if shown == agenda_stage_about(about):
            return about
    return shown


def mark_label(mark: str) -> str:
    """The diff mark ("added", "removed", "moved", "edited") as shown to users."""
    labels = {
        "added": translate("facilitator", "Added"),
        "removed": translate("facilitator", "Removed"),
        "moved": translate("facilitator", "Moved"),
        "edited": translate("facilitator", "Edited"),
        "unique": translate("facilitator", "Not every strategy compared has this card"),
    }
    return labels.get(mark, mark)


def named(widget: W, name: str, description: str = "") -> W:
    """Give ``widget`` an accessible name (and description) and return it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def font(points: float, bold: bool = False) -> QFont:
    """The application font at ``points`` points."""
    result = QFont()
    result.setPointSizeF(points)
    result.setBold(bold)
    return result


def plain_label(text: str = "", *, wrap: bool = True, points: float | None = None) -> QLabel:
    """A label that never interprets markup (user and content text is shown as typed)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if points is not None:
        label.setFont(font(points))
    return label


class Banner(QLabel):
    """A coloured strip for a state the user must not miss (locked round, errors)."""

    STYLES: ClassVar[dict[str, str]] = {
        "info": "background:#E8F1FA; color:#0B3D66; border:2px solid #0072B2;",
        "warning": "background:#FFF4DC; color:#5C3B00; border:2px solid #E69F00;",
        "error": "background:#FBE9E1; color:#6B1F00; border:2px solid #D55E00;",
    }

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.setMargin(8)
        self.kind = ""
        self.hide()

    def show_text(self, text: str, kind: str = "info") -> None:
        """Show ``text`` styled as ``kind`` ("info", "warning" or "error")."""
        self.kind = kind
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setStyleSheet(f"QLabel {{ {self.STYLES.get(kind, self.STYLES['info'])} }}")
        self.show()

    def clear_text(self) -> None:
        """Hide the banner."""
        self.kind = ""
        self.setText("")
        self.setAccessibleDescription("")
        self.hide()


class ClickableLabel(QLabel):
    """A wrapped descriptor label that selects its radio button when clicked."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Report a left click (so the whole descriptor is a click target)."""
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)


def rule() -> QFrame:
    """A thin horizontal separator."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    line.setAccessibleName(translate("facilitator", "Separator"))
    return line


class ReadOnlyCanvas(CanvasView):
    """The editor's canvas scene and view showing a private copy of a strategy.

    The view is not interactive (no drags, no links, no drops), and the scene
    observes a ``Document`` made for it alone, so nothing shown here can reach
    the team's strategy.
    """

    def __init__(
        self, theme: Theme | None = None, name: str = "", parent: QWidget | None = None
    ) -> None:
        # QGraphicsView does not own its scene: keep it alive as long as the view.
        scene = CanvasScene(theme or Theme())
        super().__init__(scene, parent)
        self._own_scene = scene
        scene.setParent(self)
        self.setInteractive(False)
        self.setAcceptDrops(False)
        self.setDragMode(CanvasView.DragMode.ScrollHandDrag)
        self.setAccessibleName(name or translate("facilitator", "Read-only strategy canvas"))
        self.setAccessibleDescription(
            translate(
                "facilitator", "A read-only view of a strategy's board; it cannot be edited here."
            )
        )
        self._strategy: Strategy | None = None

    @property
    def strategy(self) -> Strategy | None:
        """The strategy shown (a copy), or None."""
        return self._strategy

    def show_strategy(self, strategy: Strategy | None) -> None:
        """Show a deep copy of ``strategy`` (or an empty board)."""
        self._strategy = strategy.model_copy(deep=True) if strategy is not None else None
        document = Document(self._strategy) if self._strategy is not None else None
        self.canvas.set_document(document)

    def mark(self, marks: dict[str, str]) -> None:
        """Highlight cards with a halo and a lettered badge: card id → diff mark."""
        self.canvas.highlight(marks)
        for card_id in self.canvas.cards:
            mark = marks.get(card_id)
            if mark in MARK_BADGES:
                text, colour = MARK_BADGES[mark]
                self.canvas.set_badges(card_id, (Badge(text, colour, mark_label(mark)),))
            else:
                self.canvas.set_badges(card_id, ())

    def board_fit_zoom(self) -> float:
        """The zoom at which the whole board fits this view's viewport."""
        board = self.canvas.geometry.board_rect
        viewport = self.viewport().rect()
        if board.width() <= 0 or board.height() <= 0:
            return 1.0
        return min(viewport.width() / board.width(), viewport.height() / board.height())

    # A read-only view takes no drops, whatever the parent class would do.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Refuse every drag."""
        event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Refuse every drag."""
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Refuse every drop."""
        event.ignore()
