"""The panel rail: a slim strip at the window's left edge, one button and one key per panel.

The shared screen is for the board, so panels start closed on a laptop or a
projector and stay one keystroke away: F2 palette (the phase guide is a tab
beside it), F3 findings, F4 inspector, F6 drills, F7 strategies, F8 outline,
F9 every panel at once. A key opens its panel (and puts the keyboard in it), raises it when it is
open behind another tab, and closes it when it is already in front — so the
same key brings the canvas back. Buttons carry their label written upwards, like
the tool-window stripes of an IDE, so the rail costs a few dozen pixels of width.
When the buttons would not fit the rail's height (a large font on a low screen,
200 % on 1366×768), their labels are drawn smaller until every button shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate

LABEL_POINTS = 9.5
MAX_LABEL_SCALE = 1.3
"""The rail's labels grow with the font scale up to this factor (it must stay slim)."""
MIN_LABEL_SCALE = 0.6
"""The rail's labels shrink down to this factor to fit a low window (still readable)."""


@dataclass(frozen=True)
class RailEntry:
    """One panel on the rail.

    Attributes:
        dock: the panel.
        key: its shortcut (F2, F3, …) or "".
        focus: puts the keyboard in the panel once it is open.
    """

    dock: QDockWidget
    key: str
    focus: Callable[[], None]


def vertical_label(text: str, font: QFont, color: QColor, ratio: float) -> QPixmap:
    """``text`` written bottom to top, as a pixmap sized to it (device pixel ``ratio``)."""
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text) + 4
    height = metrics.height() + 2
    pixmap = QPixmap(round(height * ratio), round(width * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(color)
    painter.translate(QPointF(0, width))
    painter.rotate(-90)
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class PanelRail(QWidget):
    """A slim column beside the canvas whose buttons open and close the panels.

    Signals:
        all_toggled(bool): F9 closed (False) or brought back (True) every panel.
    """

    all_toggled = Signal(bool)

    def __init__(self, window: QMainWindow, entries: Sequence[RailEntry]) -> None:
        super().__init__()
        self.setObjectName("panel_rail")
        self.setAccessibleName(translate("rail", "Panel rail"))
        self.setAccessibleDescription(
            translate("rail", "Opens and closes the side panels; each has a function key.")
        )
        self.window_ = window
        self.entries = list(entries)
        self.actions_by_dock: dict[QDockWidget, QAction] = {}
        self.buttons: dict[QDockWidget, QToolButton] = {}
        self._font_scale = 1.0
        self._label_scale = 1.0  # the font scale, or less where the rail is too low
        self._fitted_for = -1  # the height the labels were last fitted to
        self._stashed: list[QDockWidget] = []
        self.column = QWidget()
        self.column.setObjectName("panel_rail_column")
        self.column.setAccessibleName(translate("rail", "Panel buttons"))
        self._layout = QVBoxLayout(self.column)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(4)
        for entry in self.entries:
            self._add(entry)
        self._layout.addStretch(1)
        self.all_action = QAction(translate("rail", "All"), window)
        self.all_action.setObjectName("rail_all_panels")
        self.all_action.setShortcut(QKeySequence("F9"))
        self.all_action.setToolTip(translate("rail", "Close every panel, or bring them back (F9)"))
        self.all_action.triggered.connect(lambda _c=False: self.toggle_all())
        window.addAction(self.all_action)
        self.all_button = self._button(self.all_action, "rail_all_panels_button")
        self._layout.addWidget(self.all_button)
        # Scrolling, so a tall rail (large font, low screen) never makes the window taller.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("panel_rail_scroll")
        self.scroller.setAccessibleName(translate("rail", "Panel buttons"))
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.refresh_labels()

    def _add(self, entry: RailEntry) -> None:
        dock = entry.dock
        title = dock.windowTitle()
        action = QAction(title, self.window_)
        action.setObjectName(f"rail_{dock.objectName()}")
        action.setCheckable(True)
        action.setChecked(dock.isVisible())
        if entry.key:
            action.setShortcut(QKeySequence(entry.key))
            action.setToolTip(
                translate("rail", "{panel} ({key}): open, bring forward or close").format(
                    panel=title, key=entry.key
                )
            )
        action.triggered.connect(lambda _c=False, e=entry: self.press(e))
        dock.visibilityChanged.connect(lambda _v, d=dock, a=action: a.setChecked(d.isVisible()))
        self.window_.addAction(action)
        self.actions_by_dock[dock] = action
        button = self._button(action, f"rail_button_{dock.objectName()}")
        self.buttons[dock] = button
        self._layout.addWidget(button)

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text().replace("&", ""))
        button.setAccessibleDescription(action.toolTip())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys reach panels directly
        return button

    # -- behaviour -------------------------------------------------------------------------

    def press(self, entry: RailEntry) -> None:
        """Open a closed panel, raise one behind a tab, close one already in front."""
        dock = entry.dock
        action = self.actions_by_dock[dock]
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.hide()
            action.setChecked(False)
            return
        dock.show()
        dock.raise_()
        action.setChecked(True)
        entry.focus()

    def toggle_all(self) -> None:
        """F9: close every open panel (remembering them), or bring the remembered ones back."""
        open_docks = [e.dock for e in self.entries if e.dock.isVisible()]
        others = [
            d
            for d in self.window_.findChildren(QDockWidget)
            if d.isVisible() and d not in open_docks
        ]
        if open_docks or others:
            self._stashed = open_docks + others
            for dock in self._stashed:
                dock.hide()
            self.all_toggled.emit(False)
            return
        for dock in self._stashed:
            dock.show()
        self._stashed = []
        self.all_toggled.emit(True)

    def sync(self) -> None:
        """Tick each button whose panel is open (after a layout was restored)."""
        for dock, action in self.actions_by_dock.items():
            action.setChecked(dock.isVisible())

    # -- looks -----------------------------------------------------------------------------

    def set_font_scale(self, scale: float) -> None:
        """Redraw the labels for a font scale (growing less than the text elsewhere)."""
        self._font_scale = min(MAX_LABEL_SCALE, max(1.0, scale))
        self._fitted_for = -1
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Labels at the font scale, drawn smaller while the buttons overflow the height."""
        available = self.height()
        if available == self._fitted_for:
            return  # redrawing the labels resizes the rail's width, not its height
        self._label_scale = self._font_scale
        self.refresh_labels()
        if not self.isVisible() or available <= 0:
            self._fitted_for = -1  # fitted again once shown
            return
        self._fitted_for = available
        for _attempt in range(4):
            needed = self.column.minimumSizeHint().height()
            if needed <= available or self._label_scale <= MIN_LABEL_SCALE:
                return
            buttons = [*self.buttons.values(), self.all_button]
            labels = sum(button.iconSize().height() for button in buttons)
            room = available - (needed - labels)
            factor = max(room, 1) / max(labels, 1)
            self._label_scale = max(MIN_LABEL_SCALE, self._label_scale * factor * 0.97)
            self.refresh_labels()

    def refresh_labels(self) -> None:
        """Draw every button's upright label again (font, colour or screen changed)."""
        font = QFont(QApplication.font())
        font.setPointSizeF(LABEL_POINTS * self._label_scale)
        font.setBold(True)
        color = self.palette().color(self.foregroundRole())
        ratio = self.devicePixelRatioF()
        for button in [*self.buttons.values(), self.all_button]:
            action = button.defaultAction()
            text = action.text().replace("&", "")
            if action.shortcut().toString():
                text = f"{text}  {action.shortcut().toString()}"
            pixmap = vertical_label(text, font, color, ratio)
            size = QSize(round(pixmap.width() / ratio), round(pixmap.height() / ratio))
            action.setIcon(QIcon(pixmap))
            button.setIconSize(size)
        self.column.adjustSize()
        width = self.column.sizeHint().width()
        self.scroller.setFixedWidth(width)
        self.setFixedWidth(width)


class CanvasArea(QWidget):
    """The window's centre: an offer bar on top (the workshop day's), then the panel rail
    at the left edge and the canvas."""

    def __init__(self, canvas: QWidget) -> None:
        super().__init__()
        self.setObjectName("canvas_area")
        self.setAccessibleName(translate("rail", "Canvas and panel rail"))
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(0)
        self._row.addWidget(canvas, 1)
        self._column.addLayout(self._row, 1)
        self.canvas = canvas

    def set_rail(self, rail: QWidget) -> None:
        """Put the rail left of the canvas."""
        self._row.insertWidget(0, rail)

    def set_offer(self, offer: QWidget) -> None:
        """Put a bar above the rail and the canvas (hidden until it has something to say)."""
        self._column.insertWidget(0, offer)
