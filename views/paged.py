"""A full-screen, page-by-page view: the case study and the day's slide shows.

``PagedView`` holds what both share — paging by keys, the "N of M: heading"
position line, full screen by F11 and, for a view embedded in a window, a
full-screen *twin* that follows and leads its page. A subclass builds
``stack``, ``headings``, ``position``, ``previous_button`` and ``next_button``
and says how to make its twin.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QStackedWidget, QWidget

from app.i18n import translate

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Backspace}
SCROLL_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}


class PagedView(QWidget):
    """Pages in a stack, moved by keys and buttons; full screen on F11."""

    page_changed = Signal(int)

    # Esc leaves a top-level view only when it is full screen (the case study), or
    # whenever it is a window of its own (a slide show opened by itself).
    ESCAPE_ONLY_WHEN_FULL_SCREEN = False

    stack: QStackedWidget
    headings: list[QLabel]
    position: QLabel
    previous_button: QPushButton
    next_button: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._twin: PagedView | None = None

    def make_twin(self) -> PagedView:
        """A new top-level view of the same pages (the full-screen twin)."""
        raise NotImplementedError

    # -- navigation ------------------------------------------------------------------------

    @property
    def page(self) -> int:
        """The page shown (0-based)."""
        return self.stack.currentIndex()

    @property
    def page_count(self) -> int:
        """How many pages there are."""
        return self.stack.count()

    def go_to(self, page: int) -> None:
        """Show ``page`` (clamped to the first and last page)."""
        page = max(0, min(self.page_count - 1, page))
        self.stack.setCurrentIndex(page)
        self.position.setText(
            translate("facilitator", "{page} of {count}: {heading}").format(
                page=page + 1, count=self.page_count, heading=self.headings[page].text()
            )
        )
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count - 1)
        self.page_changed.emit(page)

    def next_page(self) -> None:
        """Forward one page."""
        self.go_to(self.page + 1)

    def previous_page(self) -> None:
        """Back one page."""
        self.go_to(self.page - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page keys move, Home/End jump, F11 toggles full screen, Esc leaves it."""
        key = Qt.Key(event.key())
        leaves = self.isWindow() and (self.isFullScreen() or not self.ESCAPE_ONLY_WHEN_FULL_SCREEN)
        if key in NEXT_KEYS:
            self.next_page()
        elif key in PREVIOUS_KEYS:
            self.previous_page()
        elif key in SCROLL_KEYS:
            page = self.stack.currentWidget()
            if isinstance(page, QScrollArea):
                bar = page.verticalScrollBar()
                bar.setValue(bar.value() + SCROLL_KEYS[key] * bar.singleStep() * 3)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.page_count - 1)
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape and leaves:
            if self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
                self.close()
            else:
                self.showNormal()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- full screen -----------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        """A top-level view toggles full screen; an embedded one opens a full-screen twin."""
        if self.isWindow():
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        if self._twin is not None:
            self._twin.close()
            return
        twin = self.make_twin()
        twin.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        twin.go_to(self.page)
        twin.page_changed.connect(self.go_to)
        twin.destroyed.connect(self._twin_gone)
        self._twin = twin
        twin.showFullScreen()
        twin.setFocus()

    @property
    def twin(self) -> PagedView | None:
        """The full-screen twin opened from this embedded view, if any."""
        return self._twin

    def _twin_gone(self) -> None:
        self._twin = None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close a full-screen twin along with its embedded view."""
        if self._twin is not None:
            self._twin.close()
        super().closeEvent(event)
