"""The canvas view: zoom, drops from the palette, keyboard focus between cards.

The view emits intent (``catalog_dropped``, ``drop_refused``) and leaves the
document to the editor. The projector font scale is applied here as a factor
on the view transform, so the whole board grows and no text outgrows its card.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsScene,
    QGraphicsView,
    QPinchGesture,
    QToolTip,
    QWidget,
)

from app.i18n import translate
from models.layout import BOARD_WIDTH, CARD_HEIGHT, CARD_WIDTH
from models.phases import Phase
from views.canvas.overview import OVERVIEW_SCALE
from views.canvas.scene import CanvasScene
from views.items.card_item import HANDLE_SCREEN_RADIUS, CardItem
from views.mime import CATALOG_MIME

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
WIDTH_MARGIN = 12.0
"""Scene units left beside the outer lanes when the lanes are fitted to the width."""
TOP_ROOM = 104.0
"""Scene units kept above the lanes for the feedback-loop arrow when fitted to the width."""


class CanvasView(QGraphicsView):
    """Shows a ``CanvasScene``.

    Signals:
        catalog_dropped(str, str, float, float): catalog key, phase value and the
            scene point of the new card's top-left corner.
        drop_refused(str): a message for data dropped that is not ours.
        zoom_changed(float): the zoom factor (1.0 = 100%, before font scale).
    """

    catalog_dropped = Signal(str, str, float, float)
    drop_refused = Signal(str)
    zoom_changed = Signal(float)

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._zoom = 1.0
        self._font_scale = 1.0
        self._keep_fitted = False  # refit on resize until the user picks a zoom
        self._fit_width = False  # what is kept fitted: the lanes' width, else the whole board
        self.setAcceptDrops(True)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
            | QGraphicsView.OptimizationFlag.DontSavePainterState
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName(translate("canvas", "Strategy canvas"))
        self.setAccessibleDescription(
            translate(
                "canvas",
                "The board of phase lanes and cards. Arrow keys move between cards; "
                "the Outline panel lists the same content for screen readers.",
            )
        )

    @property
    def canvas(self) -> CanvasScene:
        """The scene shown now (the workbench swaps scenes when strategies switch)."""
        scene = self.scene()
        assert isinstance(scene, CanvasScene)
        return scene

    # -- zoom ----------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The zoom factor, 1.0 = 100% (the font scale comes on top)."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Zoom to ``zoom`` (clamped to 5%–400%)."""
        self._keep_fitted = False
        self._scroll_whole_scene()
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        factor = self._zoom * self._font_scale
        self.setTransform(QTransform.fromScale(factor, factor))
        self._update_detail()
        self.zoom_changed.emit(self._zoom)

    def set_font_scale(self, scale: float) -> None:
        """Enlarge the whole canvas for projectors (1.0–2.0); a fitted board stays fitted."""
        fitted = self._keep_fitted
        self._font_scale = min(2.0, max(1.0, scale))
        self.set_zoom(self._zoom)
        if fitted:
            self.refit()

    def zoom_by(self, factor: float) -> None:
        """Multiply the zoom by ``factor``."""
        self.set_zoom(self._zoom * factor)

    def _scroll_whole_scene(self) -> None:
        """Scroll over the whole scene again (after the lanes were fitted to the width)."""
        if self._fit_width:
            self._fit_width = False
            self.setSceneRect(QRectF())  # follow the scene's own rect

    def fit_rect(self, rect: QRectF) -> None:
        """Zoom and scroll so ``rect`` (scene coordinates) fills the view."""
        self._keep_fitted = False
        self._scroll_whole_scene()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        fitted = self.transform().m11() / self._font_scale
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, fitted))
        if self._zoom != fitted:  # a tiny or huge viewport: keep within the zoom limits
            factor = self._zoom * self._font_scale
            self.setTransform(QTransform.fromScale(factor, factor))
            self.centerOn(rect.center())
        self._update_detail()
        self.zoom_changed.emit(self._zoom)

    def _update_detail(self) -> None:
        """Far out, let the scene draw its overview instead of thousands of items; keep the
        link handles the same size on screen at any zoom."""
        scale = self.transform().m11()
        self.canvas.set_overview(scale < OVERVIEW_SCALE)
        self.canvas.set_handle_radius(HANDLE_SCREEN_RADIUS / max(scale, 0.01))

    def setScene(self, scene: QGraphicsScene | None) -> None:
        """Show another strategy's scene at the current level of detail."""
        watched = getattr(self, "_watched", None)
        if watched is not None:
            watched.sceneRectChanged.disconnect(self._board_resized)
            self._watched = None
        super().setScene(scene)
        if isinstance(scene, CanvasScene):
            scene.sceneRectChanged.connect(self._board_resized)
            self._watched = scene
            self._update_detail()

    def _board_resized(self, _rect: QRectF) -> None:
        """A lane grew or shrank: a view fitted to the width scrolls over the new height."""
        if self._fit_width and self._keep_fitted:
            self.zoom_to_width()

    def zoom_to_fit(self) -> None:
        """Show the whole board (and keep it fitted while the window resizes)."""
        self.fit_rect(self.canvas.geometry.board_rect)
        self._keep_fitted = True

    def zoom_to_width(self) -> None:
        """Fit the six lanes to the view's width, top of the board first (kept while resizing).

        The lifecycle reads left to right, and a shared screen is wider than the
        board is tall: filling the width gives the largest cards that still show
        every lane; the governance band and the legend scroll into view below.
        """
        viewport = self.viewport().rect()
        lanes = QRectF(-WIDTH_MARGIN, -TOP_ROOM, BOARD_WIDTH + 2 * WIDTH_MARGIN, 1.0)
        zoom = viewport.width() / lanes.width() / self._font_scale
        whole = self.canvas.geometry.board_rect
        if whole.height() * zoom * self._font_scale <= viewport.height():
            self.zoom_to_fit()  # the whole board fits at this width anyway
            self._fit_width = True
            return
        self._keep_fitted = False
        # Scroll only up and down: the scene's margins beside the lanes need no scroll bar.
        self.setSceneRect(QRectF(lanes.left(), whole.top(), lanes.width(), whole.height()))
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        factor = self._zoom * self._font_scale
        self.setTransform(QTransform.fromScale(factor, factor))
        self._update_detail()
        half_height = viewport.height() / factor / 2
        self.centerOn(BOARD_WIDTH / 2, lanes.top() + half_height)
        self.zoom_changed.emit(self._zoom)
        self._keep_fitted = True
        self._fit_width = True

    def refit(self) -> None:
        """Fit again the way the board was last fitted (after the view changed size)."""
        if self._fit_width:
            self.zoom_to_width()
        else:
            self.zoom_to_fit()

    @property
    def fitted(self) -> bool:
        """Whether the view follows its size with a fit (until the user picks a zoom)."""
        return self._keep_fitted

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep a fitted board fitted when the window or the docks change size."""
        super().resizeEvent(event)
        if self._keep_fitted:
            self.refit()

    def zoom_to_lane(self, phase: Phase) -> None:
        """Fill the view's width with one lane, starting at its header."""
        lane = self.canvas.geometry.lane_rect(phase).adjusted(-20, -20, 20, 20)
        viewport = self.viewport().rect()
        aspect = viewport.height() / max(1, viewport.width())
        height = min(lane.height(), lane.width() * aspect * 2.5)
        self.fit_rect(QRectF(lane.x(), lane.y(), lane.width(), height))

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms around the pointer; a plain wheel scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Pinch to zoom (touch screens and trackpads); item tooltips built on demand."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for item in self.items(event.pos()):
                text = getattr(item, "tooltip_text", None)
                if callable(text):
                    QToolTip.showText(event.globalPos(), text(), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                event.accept()
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value())
            return True
        return super().viewportEvent(event)

    # -- drops ---------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept only our catalog MIME type."""
        if event.mimeData().hasFormat(CATALOG_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting our catalog drags over the board, marking the lane under the pointer."""
        if event.mimeData().hasFormat(CATALOG_MIME):
            point = self.mapToScene(event.position().toPoint())
            self.canvas.show_drop_lane(self.canvas.geometry.phase_at(point))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Clear the lane mark when a drag leaves the board."""
        self.canvas.show_drop_lane(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Create a card where a catalog entry was dropped (the lane sets its phase)."""
        self.canvas.show_drop_lane(None)
        data = event.mimeData()
        if not data.hasFormat(CATALOG_MIME):
            self.drop_refused.emit(translate("canvas", "That is not a practice from the palette."))
            event.ignore()
            return
        key = bytes(data.data(CATALOG_MIME).data()).decode("utf-8", errors="replace").strip()
        point = self.mapToScene(event.position().toPoint())
        top_left = point - QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2)
        phase = self.canvas.geometry.phase_at(point)
        self.catalog_dropped.emit(key, phase.value, top_left.x(), top_left.y())
        event.acceptProposedAction()

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move focus between cards; Enter opens the focused card in the inspector."""
        key = Qt.Key(event.key())
        arrows: dict[Qt.Key, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            card = self.focused_card()
            if card is not None:
                self.canvas.card_activated.emit(card.card_id)
                event.accept()
                return
        if key in arrows and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.focus_neighbour(*arrows[key])
            event.accept()
            return
        super().keyPressEvent(event)

    def focused_card(self) -> CardItem | None:
        """The card with keyboard focus, else the first selected card."""
        item = self.canvas.focusItem()
        if isinstance(item, CardItem):
            return item
        selected = self.canvas.selected_card_ids()
        return self.canvas.cards.get(selected[0]) if selected else None

    def focus_card(self, card_id: str) -> None:
        """Select, focus and scroll to one card."""
        item = self.canvas.cards.get(card_id)
        if item is None:
            return
        self.canvas.select_only([card_id])
        self.ensureVisible(item, 40, 40)

    def focus_neighbour(self, dx: int, dy: int) -> None:
        """Move focus to the nearest card in a direction (or to the first card)."""
        cards = list(self.canvas.cards.values())
        if not cards:
            return
        current = self.focused_card()
        if current is None:
            first = min(cards, key=lambda c: (c.pos().x(), c.pos().y()))
            self.focus_card(first.card_id)
            return
        origin = current.body_rect().center()
        best: tuple[float, CardItem] | None = None
        for item in cards:
            if item is current:
                continue
            delta = item.body_rect().center() - origin
            along = delta.x() * dx + delta.y() * dy
            if along <= 1:
                continue
            across = abs(delta.y()) if dx else abs(delta.x())
            score = along + 3 * across
            if best is None or score < best[0]:
                best = (score, item)
        if best is not None:
            self.focus_card(best[1].card_id)
