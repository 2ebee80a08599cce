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

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
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
from views.paged import PagedView


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


class SlideShow(PagedView):
    """A paged presentation of ``Page`` records in type that scales with the window.

    Signals:
        page_changed(int): the page now shown (0-based).
    """

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

    def make_twin(self) -> PagedView:
        """A top-level show of the same slides."""
        return SlideShow(self.title, self.pages, f"{self.objectName()}_full")

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
