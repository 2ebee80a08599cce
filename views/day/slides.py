"""A slide show for the shared screen: big type, one page at a time, full screen on F11.

Used for the Explain stage (the phase guide as slides) and the Evaluate stage (a
team's plan, short and readable). A page is a heading and plain text, or a
heading and a widget (the live board). Page Down / Right / Space go forward,
Page Up / Left / Backspace back, Home and End jump, Up and Down scroll a long
page; F11 toggles full screen and Esc leaves it (a full-screen twin closes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from views.facilitator.common import font, named

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Backspace}
SCROLL_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}


@dataclass(frozen=True)
class Page:
    """One slide: a heading, then text, or a widget made when the page is built.

    Attributes:
        heading: the slide's title.
        body: plain text (paragraphs separated by blank lines; "•" bullets as typed).
        kicker: a small line above the heading (the deck's name, "Stage 3 of 5").
        widget: makes the slide's content instead of ``body`` (called once per show).
    """

    heading: str
    body: str = ""
    kicker: str = ""
    widget: Callable[[], QWidget] | None = field(default=None, compare=False)


class SlideShow(QWidget):
    """A paged presentation of ``Page`` records in type that scales with the window.

    Signals:
        page_changed(int): the page now shown (0-based).
    """

    page_changed = Signal(int)

    def __init__(
        self, title: str, pages: Sequence[Page], object_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if not pages:
            pages = [Page(title, translate("facilitator", "Nothing to show yet."))]
        self.title = title
        self.pages = list(pages)
        self.setObjectName(object_name)
        named(
            self,
            title,
            translate(
                "facilitator",
                "Page Down and Page Up move between slides; F11 toggles full screen; Esc leaves "
                "it.",
            ),
        )
        self.setWindowTitle(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._twin: SlideShow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 14)
        self.stack = named(QStackedWidget(), translate("facilitator", "Slides"))
        self.stack.setObjectName(f"{object_name}_slides")
        self.kickers: list[QLabel] = []
        self.headings: list[QLabel] = []
        self.bodies: list[QLabel] = []
        for index, page in enumerate(self.pages):
            self.stack.addWidget(self._page(index, page))
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.previous_button = self._button(
            translate("facilitator", "Previous"),
            translate("facilitator", "Previous slide"),
            self.previous_page,
            "previous",
        )
        self.position = named(QLabel(), translate("facilitator", "Slide"))
        self.position.setObjectName(f"{object_name}_position")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._button(
            translate("facilitator", "Next"),
            translate("facilitator", "Next slide"),
            self.next_page,
            "next",
        )
        self.full_button = self._button(
            translate("facilitator", "Full screen"),
            translate("facilitator", "Show the slides on the whole screen (F11)"),
            self.toggle_full_screen,
            "full_screen",
        )
        row.addWidget(self.previous_button)
        row.addWidget(self.position, 1)
        row.addWidget(self.next_button)
        row.addWidget(self.full_button)
        layout.addLayout(row)
        self.go_to(0)

    def _page(self, index: int, page: Page) -> QWidget:
        body = QWidget()
        body.setObjectName(f"{self.objectName()}_page_{index}")
        column = QVBoxLayout(body)
        kicker = QLabel(page.kicker)
        kicker.setObjectName(f"{self.objectName()}_kicker_{index}")
        kicker.setAccessibleName(page.kicker or translate("facilitator", "Deck"))
        kicker.setVisible(bool(page.kicker))
        heading = QLabel(page.heading)
        heading.setObjectName(f"{self.objectName()}_heading_{index}")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setAccessibleName(page.heading)
        column.addWidget(kicker)
        column.addWidget(heading)
        column.addSpacing(10)
        self.kickers.append(kicker)
        self.headings.append(heading)
        if page.widget is not None:
            content = page.widget()
            column.addWidget(content, 1)
            self.bodies.append(QLabel())  # keeps indexes aligned; not shown
            return body
        text = QLabel(page.body)
        text.setObjectName(f"{self.objectName()}_body_{index}")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setAccessibleName(page.heading)
        text.setAccessibleDescription(page.body[:1000])
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(text, 1)
        self.bodies.append(text)
        scroll = named(QScrollArea(), page.heading)
        scroll.setObjectName(f"{self.objectName()}_scroll_{index}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        return scroll

    def _button(
        self, text: str, description: str, slot: Callable[[], None], key: str
    ) -> QPushButton:
        button = named(QPushButton(text), text, description)
        button.setObjectName(f"{self.objectName()}_{key}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the presentation
        button.clicked.connect(slot)
        return button

    # -- navigation ------------------------------------------------------------------------

    @property
    def page(self) -> int:
        """The slide shown (0-based)."""
        return self.stack.currentIndex()

    @property
    def page_count(self) -> int:
        """How many slides there are."""
        return self.stack.count()

    def go_to(self, page: int) -> None:
        """Show ``page`` (clamped to the first and last slide)."""
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
        """Forward one slide."""
        self.go_to(self.page + 1)

    def previous_page(self) -> None:
        """Back one slide."""
        self.go_to(self.page - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page keys move, Home/End jump, F11 toggles full screen, Esc leaves it."""
        key = Qt.Key(event.key())
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
        elif key == Qt.Key.Key_Escape and self.isWindow():
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
        """A top-level show toggles full screen; an embedded one opens a full-screen twin."""
        if self.isWindow():
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        if self._twin is not None:
            self._twin.close()
            return
        twin = SlideShow(self.title, self.pages, f"{self.objectName()}_full")
        twin.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        twin.go_to(self.page)
        twin.page_changed.connect(self.go_to)
        twin.destroyed.connect(self._twin_gone)
        self._twin = twin
        twin.showFullScreen()
        twin.setFocus()

    @property
    def twin(self) -> SlideShow | None:
        """The full-screen twin opened from this embedded show, if any."""
        return self._twin

    def _twin_gone(self) -> None:
        self._twin = None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close a full-screen twin along with its embedded show."""
        if self._twin is not None:
            self._twin.close()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the show so it reads across a room."""
        super().resizeEvent(event)
        scale = max(0.4, min(self.width() / 1600, self.height() / 900))
        heading = font(12, bold=True)
        heading.setPixelSize(max(20, round(60 * scale)))
        body = font(12)
        body.setPixelSize(max(16, round(34 * scale)))
        kicker = font(12)
        kicker.setPixelSize(max(13, round(22 * scale)))
        for label in self.headings:
            label.setFont(heading)
        for label in self.bodies:
            label.setFont(body)
        for label in self.kickers:
            label.setFont(kicker)
        small = font(12)
        small.setPixelSize(max(13, round(22 * scale)))
        for widget in (self.position, self.previous_button, self.next_button, self.full_button):
            widget.setFont(small)


def open_full_screen(title: str, pages: Sequence[Page], object_name: str) -> SlideShow:
    """A slide show of its own, full screen at once (Esc closes it)."""
    show = SlideShow(title, pages, object_name)
    show.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    show.showFullScreen()
    show.activateWindow()
    show.setFocus()
    return show
