"""The facilitator report as a PDF, drawn with the export package's fonts, theme and blocks.

Landscape A4, so the teams × criteria table stays readable. Each section opens
with a bookmarked heading (the PDF outline lists them); every page carries the
workshop's name and a page number. All text goes through the export's ``safe``
(cleaned, font-safe, escaped) before ReportLab's paragraph markup sees it, and
the only font is the embedded DejaVu Sans. Type is the plan's scale (body 10 pt,
nothing under 8 pt), and the file is tagged PDF: sections, headings, paragraphs,
tables with header cells, in reading order; running header and footer as artifacts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageTemplate,
    Spacer,
)

from app.export.atomic import atomic_write
from app.export.blocks import Slide, SlideKind
from app.export.flowables import HANDOUT_LIMITS, render_blocks, safe
from app.export.fonts import REGULAR, register_fonts
from app.export.pdfdoc import PdfDocTemplate, body_frame, draw_running_header, pdf_text
from app.export.tagging import TaggedParagraph, artifact
from app.export.theme import HANDOUT_SCALE, MUTED, RULE, make_styles, section_styles
from app.i18n import translate
from app.review.report import WorkshopReport
from app.review.report_slides import report_slides

PAGE = landscape(A4)
SECTION_ROOM = 160.0
"""A section starts on a new page unless this much of the page is left (heading and a
table's first rows, not a heading alone at the foot of a page)."""
MARGIN = 42.0
HEADER = 34.0
FOOTER = 30.0


class _Section(TaggedParagraph):
    """A section heading that bookmarks its page, adds itself to the outline, opens a Sect."""

    def __init__(self, key: str, title: str, text: str, style: ParagraphStyle) -> None:
        super().__init__(text, style, role="H1")
        self.key = key
        self.title = title

    def draw(self) -> None:
        """Bookmark where the heading lands, open its section, then draw it."""
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
        tagger = getattr(self.canv, "tagger", None)
        if tagger is not None:
            tagger.open_section()
        super().draw()


def write_report(report: WorkshopReport, target: BinaryIO) -> tuple[str, ...]:
    """Lay out the report into an open binary file; return the section titles (the outline)."""
    register_fonts()
    slides = report_slides(report)
    width, height = PAGE
    body_w = width - 2 * MARGIN
    body_h = height - HEADER - FOOTER - 12
    styles = make_styles(HANDOUT_SCALE)
    name = pdf_text(report.workshop_name)

    def page_end(canv: Canvas, _doc: Any) -> None:
        size = HANDOUT_SCALE.footer
        draw_running_header(
            canv,
            PAGE,
            margin=MARGIN,
            header=HEADER,
            size=size,
            left=f"{name} · " + translate("facilitator report", "Facilitator report"),
        )
        with artifact(canv):
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN, FOOTER - 6, width - MARGIN, FOOTER - 6)
            canv.setFont(REGULAR, size)
            canv.setFillColor(MUTED)
            canv.drawRightString(
                width - MARGIN,
                16,
                translate("facilitator report", "Page {number}").format(
                    number=canv.getPageNumber()
                ),
            )
            canv.restoreState()

    frame = body_frame(MARGIN, FOOTER, body_w, height - HEADER - FOOTER)
    doc = PdfDocTemplate(
        target,
        metadata={
            "title": translate("facilitator report", "{workshop}: facilitator report").format(
                workshop=name
            ),
            "author": pdf_text(report.facilitator) or "MLOps Lifecycle Canvas",
            "subject": translate(
                "facilitator report",
                "Rubric scores, coverage, common gaps and peer feedback of {workshop}",
            ).format(workshop=name),
            "keywords": [
                "MLOps",
                translate("metadata", "workshop"),
                translate("metadata", "facilitator report"),
            ],
        },
        pagesize=PAGE,
        tagged=True,
        pageTemplates=[PageTemplate("page", [frame], onPageEnd=page_end)],
    )
    doc.build(_story(slides, styles, body_w, body_h))
    return tuple(pdf_text(slide.title) for slide in slides)


def _story(slides: list[Slide], styles: Any, body_w: float, body_h: float) -> list[Flowable]:
    sections = section_styles("report-", heading_after=4, cover_after=4)
    h1, cover, sub = sections.heading, sections.cover, sections.subtitle
    story: list[Flowable] = []
    for index, slide in enumerate(slides):
        key = f"section-{index}"
        if slide.kind is SlideKind.TITLE:
            story.append(TaggedParagraph(safe(slide.subtitle, 120), sub))
            story.append(_Section(key, pdf_text(slide.title), safe(slide.title, 300), cover))
        else:
            story.append(CondPageBreak(SECTION_ROOM))
            story.append(_Section(key, pdf_text(slide.title), safe(slide.title, 300), h1))
            if slide.subtitle:
                story.append(TaggedParagraph(safe(slide.subtitle, 300), sub))
        story += render_blocks(slide.blocks, styles, HANDOUT_LIMITS, body_w, body_h)
        story.append(Spacer(1, 8))
    return story


def export_report(report: WorkshopReport, path: Path) -> tuple[str, ...]:
    """Write the report PDF to ``path`` atomically; return the section titles.

    Raises:
        app.export.atomic.ExportError: the file cannot be written; the target is unchanged.
    """
    return atomic_write(path, lambda handle: write_report(report, handle))
