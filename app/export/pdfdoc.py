"""What the app's PDFs share: the document template, slide markers, page chrome.

A ``SlideMarker`` (a zero-size flowable) opens each slide: when drawn it
bookmarks the page, adds the outline entry and tells the shared ``RunState``
which slide is current. The page-end callback then draws the header (with
"(continued)" on every page after a slide's first) and the footer, and adds an
outline entry for each continuation page, so every page has a bookmark.

The total page count in "n / N" is a PDF form XObject referenced on every page
and defined once the last page is known, so one layout pass suffices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame

from app.export.blocks import Slide
from app.export.bundle import ExportBundle
from app.export.fonts import REGULAR, has_glyph, register_fonts, text_width
from app.export.tagging import Tagger, artifact
from app.export.text import for_pdf, one_line
from app.export.theme import ACCENT, MUTED, RULE
from app.export.wrap import fit_line
from app.i18n import quoted, translate

TOTAL_FORM = "page-total"
Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` as each slide is laid out."""
Cancelled = Callable[[], bool]
"""Asked before each slide; returning True stops the export with ``ExportCancelled``."""


class ExportCancelled(Exception):  # noqa: N818 - a request, not an error
    """The caller asked the export to stop; the target file is left as it was."""


@lru_cache(maxsize=8192)  # titles are drawn on the canvas, the phase slides and the footer
def pdf_text(text: str) -> str:
    """User text made safe for drawing on a PDF canvas: cleaned, one line."""
    return one_line(for_pdf(text, has_glyph))


@dataclass
class RunState:
    """Mutable state of one build, shared by markers and page callbacks."""

    bundle: ExportBundle
    total_slides: int
    progress: Progress | None = None
    cancelled: Cancelled | None = None
    slide: Slide | None = None
    slide_index: int = 0
    first_page: int = 0
    outline: list[str] = field(default_factory=list)
    pages: int = 0
    """Pages written, known once the build is complete."""

    def continued(self, page: int) -> bool:
        """Whether ``page`` continues the current slide (it is not its first page)."""
        return self.slide is not None and page != self.first_page


class SlideMarker(Flowable):  # type: ignore[misc] # ReportLab ships no type hints
    """Opens a slide: bookmark, outline entry, current-slide bookkeeping."""

    def __init__(self, state: RunState, slide: Slide, index: int) -> None:
        super().__init__()
        self.state = state
        self.slide = slide
        self.index = index
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Zero size: a marker takes no room."""
        return 0, 0

    def draw(self) -> None:
        """Record the slide as current and add its bookmark and outline entry."""
        canv: Canvas = self.canv
        page = canv.getPageNumber()
        state = self.state
        if state.cancelled is not None and state.cancelled():
            raise ExportCancelled
        state.slide, state.slide_index, state.first_page = self.slide, self.index, page
        tagger: Tagger | None = getattr(canv, "tagger", None)
        if tagger is not None:
            tagger.open_section()
        key = f"slide-{self.index}"
        canv.bookmarkPage(key)
        title = pdf_text(self.slide.title)
        canv.addOutlineEntry(title, key, level=0, closed=False)
        state.outline.append(title)
        if state.progress:
            state.progress(self.index + 1, state.total_slides)


def outline_continuation(canv: Canvas, state: RunState) -> None:
    """Give a continuation page its own outline entry under its slide's."""
    if state.slide is None:
        return
    page = canv.getPageNumber()
    key = f"page-{page}"
    canv.bookmarkPage(key)
    title = pdf_text(state.slide.title) + " " + translate("plan", "(continued)")
    canv.addOutlineEntry(title, key, level=1)


def draw_footer(
    canv: Canvas, state: RunState, *, left: float, right: float, y: float, size: float
) -> None:
    """Footer: strategy name and export time on the left, ``n / N`` on the right."""
    with artifact(canv):
        _footer(canv, state, left=left, right=right, y=y, size=size)


def _footer(
    canv: Canvas, state: RunState, *, left: float, right: float, y: float, size: float
) -> None:
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(left, y + size * 1.4, right, y + size * 1.4)
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, size)
    number = f"{canv.getPageNumber()} / "
    reserve = text_width("9999", size)
    canv.drawRightString(right - reserve, y, number)
    canv.translate(right - reserve, y)
    canv.doForm(TOTAL_FORM)
    canv.restoreState()
    canv.saveState()
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, size)
    bundle = state.bundle
    label = translate("plan", "Exported {when}").format(when=bundle.exported_label)
    room = right - left - reserve - text_width("999 / ", size) - text_width(label, size) - 24
    name = fit_line(pdf_text(bundle.strategy.name), size, max(room, 40))
    canv.drawString(left, y, f"{name}  ·  {label}")
    canv.restoreState()


def define_total(canv: Canvas, size: float) -> None:
    """Define the page-total form once the page count is final (call before save)."""
    canv.beginForm(TOTAL_FORM)
    canv.setFont(REGULAR, size)
    canv.setFillColor(MUTED)
    canv.drawString(0, 0, str(canv.getPageNumber() - 1))
    canv.endForm()


def bundle_metadata(bundle: ExportBundle) -> dict[str, Any]:
    """Document title, author, subject and keywords of one strategy's export."""
    return {
        "title": pdf_text(bundle.strategy.name),
        "author": pdf_text(bundle.team_name),
        "subject": pdf_text(
            translate("metadata", "MLOps strategy for {scenario} — {workshop}").format(
                scenario=quoted(bundle.scenario.title), workshop=bundle.workshop.name
            )
        ),
        "keywords": [
            "MLOps",
            translate("metadata", "AI governance"),
            pdf_text(bundle.scenario.title),
        ],
    }


def body_frame(x: float, y: float, width: float, height: float, name: str | None = None) -> Frame:
    """A frame without padding: the page margins are the only inset of the body."""
    return Frame(
        x,
        y,
        width,
        height,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def draw_running_header(
    canv: Canvas,
    page: tuple[float, float],
    *,
    margin: float,
    header: float,
    size: float,
    left: str,
    right: str = "",
) -> None:
    """Accent band at the top edge, a rule under the header, and its left and right texts.

    The texts are drawn as given: fit them to the room first (``fit_line``).
    """
    with artifact(canv):
        _running_header(canv, page, margin=margin, header=header, size=size, left=left, right=right)


def _running_header(
    canv: Canvas,
    page: tuple[float, float],
    *,
    margin: float,
    header: float,
    size: float,
    left: str,
    right: str,
) -> None:
    width, height = page
    canv.saveState()
    canv.setFillColor(ACCENT)
    canv.rect(0, height - 6, width, 6, stroke=0, fill=1)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(margin, height - header + 8, width - margin, height - header + 8)
    canv.setFont(REGULAR, size)
    canv.setFillColor(MUTED)
    canv.drawString(margin, height - header + 14, left)
    if right:
        canv.drawRightString(width - margin, height - header + 14, right)
    canv.restoreState()


class PdfDocTemplate(BaseDocTemplate):  # type: ignore[misc] # ReportLab ships no type hints
    """A document template with the embedded font, metadata and open outline of every app PDF.

    With ``tagged=True`` the document is written as tagged PDF (``tagging``): a
    structure tree in reading order, page furniture marked as artifacts.
    """

    def __init__(
        self, target: BinaryIO, *, metadata: dict[str, Any], tagged: bool = False, **kw: Any
    ) -> None:
        from app.i18n import document_language

        register_fonts()
        lang = document_language()
        self.tagger = Tagger(str(metadata.get("title", "")), lang) if tagged else None
        super().__init__(
            target,
            creator="MLOps Lifecycle Canvas",
            lang=lang,
            displayDocTitle=1,
            initialFontName=REGULAR,
            initialFontSize=10,
            **metadata,
            **kw,
        )

    def handle_documentBegin(self) -> None:  # noqa: N802 - ReportLab's hook name
        """Open with the outline panel shown, so bookmarks are visible at once."""
        super().handle_documentBegin()
        self.canv.showOutline()
        if self.tagger is not None:
            self.canv.tagger = self.tagger

    def finish(self) -> None:
        """Called once the last page is laid out, before the file is written."""

    def _endBuild(self) -> None:  # noqa: N802 - ReportLab's hook name
        # The last page ends inside the base _endBuild; finish the document after it, then save.
        self._doSave = 0
        super()._endBuild()
        self.finish()
        if self.tagger is not None:
            self.tagger.write(self.canv)
        self.canv.save()


class ExportDocTemplate(PdfDocTemplate):
    """The template of the strategy exports: ``PdfDocTemplate`` plus the footer's page total."""

    def __init__(
        self, target: BinaryIO, *, metadata: dict[str, Any], footer_size: float, **kw: Any
    ) -> None:
        super().__init__(target, metadata=metadata, **kw)
        self.footer_size = footer_size

    def finish(self) -> None:
        """Define the page total shown in every footer, now that it is known."""
        define_total(self.canv, self.footer_size)
