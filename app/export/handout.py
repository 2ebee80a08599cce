"""The portrait handout (A4 or Letter): the deck's content, denser, for reading at a desk.

Sections flow one after another instead of one per page; each opens with a
bookmarked heading. The canvas gets its own page(s). A running header names
the current section, with "(continued)" on its later pages.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.export.blocks import Slide, SlideKind
from app.export.bundle import ExportBundle, PageSize
from app.export.flowables import HANDOUT_LIMITS, render_blocks, safe
from app.export.pdfdoc import (
    Cancelled,
    ExportDocTemplate,
    Progress,
    RunState,
    SlideMarker,
    body_frame,
    bundle_metadata,
    draw_footer,
    draw_running_header,
    outline_continuation,
    pdf_text,
)
from app.export.theme import HANDOUT_SCALE, make_styles, section_styles
from app.export.wrap import fit_line

MARGIN = 48.0
HEADER = 40.0
FOOTER = 36.0
CANVAS_HEADING = 44.0  # room kept above the canvas for its section heading
SIZES = {PageSize.A4: A4, PageSize.LETTER: LETTER}


class SectionHeading(Paragraph):  # type: ignore[misc] # ReportLab ships no type hints
    """A section heading that also opens the slide (bookmark, outline, running header)."""

    def __init__(self, marker: SlideMarker, text: str, style: ParagraphStyle) -> None:
        super().__init__(text, style)
        self.marker = marker

    def draw(self) -> None:
        """Open the slide on the page where the heading actually lands, then draw it."""
        self.marker.canv = self.canv
        self.marker.draw()
        super().draw()


def write_handout(
    bundle: ExportBundle,
    slides: list[Slide],
    target: BinaryIO,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RunState:
    """Lay out ``slides`` as a portrait handout into ``target`` (an open binary file)."""
    width, height = SIZES[bundle.page_size]
    body_w, body_h = width - 2 * MARGIN, height - HEADER - FOOTER - 12
    state = RunState(
        bundle=bundle, total_slides=len(slides), progress=progress, cancelled=cancelled
    )
    styles = make_styles(HANDOUT_SCALE)

    def page_end(canv: Canvas, doc: ExportDocTemplate) -> None:
        size = HANDOUT_SCALE.footer
        half = body_w / 2 - 6
        section = ""
        if state.slide is not None:
            section = pdf_text(state.slide.title)
            if state.continued(canv.getPageNumber()):
                section += " (continued)"
                outline_continuation(canv, state)
        draw_running_header(
            canv,
            (width, height),
            margin=MARGIN,
            header=HEADER,
            size=size,
            left=fit_line(pdf_text(bundle.strategy.name), size, half),
            right=fit_line(section, size, half) if section else "",
        )
        draw_footer(canv, state, left=MARGIN, right=width - MARGIN, y=18, size=size)

    frame = body_frame(MARGIN, FOOTER, body_w, height - HEADER - FOOTER)
    doc = ExportDocTemplate(
        target,
        metadata=bundle_metadata(bundle),
        footer_size=HANDOUT_SCALE.footer,
        pagesize=(width, height),
        pageTemplates=[PageTemplate("page", [frame], onPageEnd=page_end)],
    )
    sections = section_styles("", heading_after=2, cover_after=6)
    h1, cover, sub = sections.heading, sections.cover, sections.subtitle
    story: list[Flowable] = []
    for index, slide in enumerate(slides):
        marker = SlideMarker(state, slide, index)
        if slide.kind is SlideKind.CANVAS:
            if index:
                story.append(PageBreak())
            story.append(SectionHeading(marker, safe(slide.title, 200), h1))
            story += render_blocks(
                slide.blocks, styles, HANDOUT_LIMITS, body_w, body_h - CANVAS_HEADING
            )
            story.append(PageBreak())
            continue
        if slide.kind is SlideKind.TITLE:
            story += [
                Paragraph(safe(slide.subtitle, 80), sub),
                SectionHeading(marker, safe(slide.title, 300), cover),
            ]
        else:
            story.append(CondPageBreak(HANDOUT_SCALE.body * 8))
            story.append(SectionHeading(marker, safe(slide.title, 300), h1))
            if slide.subtitle:
                story.append(Paragraph(safe(slide.subtitle, 300), sub))
        story += render_blocks(slide.blocks, styles, HANDOUT_LIMITS, body_w, body_h)
        story.append(Spacer(1, 6))
    doc.build(story)
    return state
