"""The full plan: a portrait document (A4 or Letter) for reading at a desk.

Every card, every finding grouped by state, every citation and the action
list. Sections flow one after another; each opens with a bookmarked heading.
The board gets landscape pages of its own (split by phase when large, never
rotated or cut). A running header names the current section, with
"(continued)" on its later pages. Type is ``PLAN_SCALE`` (body 10 pt, nothing
under 8 pt). The file is tagged PDF: headings, paragraphs, lists, tables and
figures (with text alternatives) in reading order, page furniture as artifacts.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
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
from app.export.tagging import TaggedParagraph
from app.export.theme import PLAN_SCALE, make_styles, section_styles
from app.export.wrap import fit_line
from app.i18n import translate

MARGIN = 48.0
HEADER = 40.0
FOOTER = 36.0
BOARD_HEADING = 52.0  # room kept above the board for its section heading and subtitle
SIZES = {PageSize.A4: A4, PageSize.LETTER: LETTER}


class SectionHeading(TaggedParagraph):
    """A section heading that also opens the slide (bookmark, outline, running header)."""

    def __init__(self, marker: SlideMarker, text: str, style: ParagraphStyle) -> None:
        super().__init__(text, style, role="H1")
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
    """Lay out ``slides`` (the plan's) as the portrait document into ``target``."""
    portrait = SIZES[bundle.page_size]
    wide = landscape(portrait)
    state = RunState(
        bundle=bundle, total_slides=len(slides), progress=progress, cancelled=cancelled
    )
    styles = make_styles(PLAN_SCALE)

    def page_end(canv: Canvas, _doc: ExportDocTemplate) -> None:
        width, height = canv._pagesize  # portrait or landscape (the board's pages)
        size = PLAN_SCALE.footer
        half = (width - 2 * MARGIN) / 2 - 6
        section = ""
        if state.slide is not None:
            section = pdf_text(state.slide.title)
            if state.continued(canv.getPageNumber()):
                section += " " + translate("plan", "(continued)")
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

    def frame(size: tuple[float, float]) -> object:
        return body_frame(MARGIN, FOOTER, size[0] - 2 * MARGIN, size[1] - HEADER - FOOTER)

    doc = ExportDocTemplate(
        target,
        metadata=bundle_metadata(bundle),
        footer_size=PLAN_SCALE.footer,
        pagesize=portrait,
        tagged=True,
        pageTemplates=[
            PageTemplate("page", [frame(portrait)], onPageEnd=page_end, pagesize=portrait),
            PageTemplate("board", [frame(wide)], onPageEnd=page_end, pagesize=wide),
        ],
    )
    body_w = portrait[0] - 2 * MARGIN
    body_h = portrait[1] - HEADER - FOOTER - 12
    sections = section_styles("", heading_after=2, cover_after=6)
    h1, cover, sub = sections.heading, sections.cover, sections.subtitle
    story: list[Flowable] = []
    for index, slide in enumerate(slides):
        marker = SlideMarker(state, slide, index)
        if slide.kind is SlideKind.CANVAS:
            story += [NextPageTemplate("board"), PageBreak()]
            story.append(SectionHeading(marker, safe(slide.title, 200), h1))
            if slide.subtitle:
                story.append(TaggedParagraph(safe(slide.subtitle, 300), sub))
            board_w = wide[0] - 2 * MARGIN
            board_h = wide[1] - HEADER - FOOTER - BOARD_HEADING
            story += render_blocks(slide.blocks, styles, HANDOUT_LIMITS, board_w, board_h)
            story += [NextPageTemplate("page"), PageBreak()]
            continue
        if slide.kind is SlideKind.TITLE:
            story += [
                TaggedParagraph(safe(slide.subtitle, 80), sub),
                SectionHeading(marker, safe(slide.title, 300), cover),
            ]
        else:
            story.append(CondPageBreak(PLAN_SCALE.body * 8))
            story.append(SectionHeading(marker, safe(slide.title, 300), h1))
            if slide.subtitle:
                story.append(TaggedParagraph(safe(slide.subtitle, 300), sub))
        story += render_blocks(slide.blocks, styles, HANDOUT_LIMITS, body_w, body_h)
        story.append(Spacer(1, 6))
    doc.build(story)
    state.pages = doc.page
    return state
