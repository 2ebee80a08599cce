"""The 16:9 team deck: one slide a page, header with the slide title, footer with page numbers."""

from __future__ import annotations

from dataclasses import replace
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.export.blocks import Slide, SlideKind
from app.export.bundle import ExportBundle
from app.export.flowables import DECK_LIMITS, LEFT_COLUMN, render_blocks, safe
from app.export.fonts import BOLD, REGULAR
from app.export.glyphs import draw_phase_glyph
from app.export.pdfdoc import (
    Cancelled,
    ExportDocTemplate,
    Progress,
    RunState,
    SlideMarker,
    body_frame,
    bundle_metadata,
    draw_footer,
    outline_continuation,
    pdf_text,
)
from app.export.theme import ACCENT, DECK_SCALE, INK, MUTED, make_styles, phase_colour, text_on
from app.export.wrap import fit_line, wrap_lines
from models.phases import ALL_PHASES, Phase

WIDTH, HEIGHT = 960.0, 540.0  # 13.333 × 7.5 in, the usual 16:9 slide
MARGIN = 40.0
HEADER = 92.0
FOOTER = 40.0
COLUMN_GAP = 28.0
BODY_HEIGHT = HEIGHT - HEADER - FOOTER
BODY_WIDTH = WIDTH - 2 * MARGIN


def _frame(name: str, x: float, width: float, top: float = HEADER) -> Frame:
    return body_frame(x, FOOTER, width, HEIGHT - top - FOOTER, name)


def _draw_header(canv: Canvas, slide: Slide, continued: bool) -> None:
    """Slide title (shrunk, then wrapped, then cut to fit), subtitle, accent bar."""
    phase = slide.phase
    canv.saveState()
    canv.setFillColor(phase_colour(phase) if phase else ACCENT)
    canv.rect(0, HEIGHT - 8, WIDTH, 8, stroke=0, fill=1)
    left = MARGIN
    if phase:
        draw_phase_glyph_on_colour(canv, phase, left + 14, HEIGHT - 44)
        left += 38
    title = pdf_text(slide.title) + (" (continued)" if continued else "")
    width = WIDTH - MARGIN - left
    canv.setFillColor(INK)
    lines: list[str] = []
    size = 26.0
    while size >= 17 and not lines:
        canv.setFont(BOLD, size)
        if wrap_lines(title, size, width, 1, bold=True) == [title]:
            lines = [title]
        else:
            size -= 1
    if not lines:
        size = 17.0
        lines = wrap_lines(title, size, width, 2, bold=True)
    canv.setFont(BOLD, size)
    top = HEIGHT - 22 - size if len(lines) == 1 else HEIGHT - 18 - size
    for n, line in enumerate(lines):
        canv.drawString(left, top - n * size * 1.15, line)
    if slide.subtitle:
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, DECK_SCALE.subtitle)
        y = top - (len(lines) - 1) * size * 1.15 - DECK_SCALE.subtitle - 8
        canv.drawString(left, y, fit_line(pdf_text(slide.subtitle), DECK_SCALE.subtitle, width))
    canv.restoreState()


def draw_phase_glyph_on_colour(canv: Canvas, phase: Phase, cx: float, cy: float) -> None:
    """The phase glyph on a small disc of its colour, so it reads on a white header."""
    canv.saveState()
    canv.setFillColor(phase_colour(phase))
    canv.circle(cx, cy, 16, stroke=0, fill=1)
    canv.restoreState()
    draw_phase_glyph(canv, phase, cx, cy, 22)


def _draw_title_band(canv: Canvas) -> None:
    """The title slide's band of the seven phase colours, each with its mark."""
    segment = WIDTH / len(ALL_PHASES)
    for index, phase in enumerate(ALL_PHASES):
        canv.setFillColor(phase_colour(phase))
        canv.rect(index * segment, HEIGHT - 28, segment, 28, stroke=0, fill=1)
        draw_phase_glyph(canv, phase, index * segment + 16, HEIGHT - 14, 18)
        canv.setFont(BOLD, 10)
        canv.setFillColor(text_on(phase))
        canv.drawString(index * segment + 30, HEIGHT - 18, phase.short_title)


TITLE_ROOM = 180.0  # points of height the title slide gives the strategy name


def _title_paragraph(text: str, width: float) -> Paragraph:
    """The strategy name as large as it fits in ``TITLE_ROOM`` (names run to 120 characters)."""
    for size in (38.0, 32.0, 28.0, 24.0, 20.0):
        style = ParagraphStyle(
            "deck-title",
            fontName=BOLD,
            fontSize=size,
            leading=size * 1.16,
            textColor=INK,
            splitLongWords=1,
            spaceAfter=10,
        )
        paragraph = Paragraph(safe(text, 300), style)
        paragraph.wrap(width, TITLE_ROOM)
        if paragraph.height <= TITLE_ROOM:
            break
    return paragraph


def write_deck(
    bundle: ExportBundle,
    slides: list[Slide],
    target: BinaryIO,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RunState:
    """Lay out ``slides`` as a 16:9 deck into ``target`` (an open binary file)."""
    state = RunState(
        bundle=bundle, total_slides=len(slides), progress=progress, cancelled=cancelled
    )
    styles = make_styles(DECK_SCALE)
    # The title slide's few facts are read from the back of the room: body size, not small.
    title_styles = make_styles(replace(DECK_SCALE, small=DECK_SCALE.body + 2))

    def page_end(canv: Canvas, doc: ExportDocTemplate) -> None:
        slide = state.slide
        if slide is None:
            return
        continued = state.continued(canv.getPageNumber())
        if continued:
            outline_continuation(canv, state)
        if slide.kind is SlideKind.TITLE and not continued:
            _draw_title_band(canv)
        else:
            _draw_header(canv, slide, continued)
        draw_footer(canv, state, left=MARGIN, right=WIDTH - MARGIN, y=16, size=DECK_SCALE.footer)

    half = (BODY_WIDTH - COLUMN_GAP) / 2
    templates = [
        PageTemplate(
            "title", [_frame("title", MARGIN + 40, BODY_WIDTH - 80, top=70)], onPageEnd=page_end
        ),
        PageTemplate("one", [_frame("one", MARGIN, BODY_WIDTH)], onPageEnd=page_end),
        PageTemplate(
            "two",
            [
                _frame(LEFT_COLUMN, MARGIN, half),
                _frame("right", MARGIN + half + COLUMN_GAP, half),
            ],
            onPageEnd=page_end,
        ),
    ]
    doc = ExportDocTemplate(
        target,
        metadata=bundle_metadata(bundle),
        footer_size=DECK_SCALE.footer,
        pagesize=(WIDTH, HEIGHT),
        pageTemplates=templates,
    )
    kicker = ParagraphStyle(
        "deck-kicker", fontName=REGULAR, fontSize=16, leading=20, textColor=MUTED, spaceAfter=24
    )
    story: list[Flowable] = []
    for index, slide in enumerate(slides):
        if slide.kind is SlideKind.TITLE:
            name, width = "title", BODY_WIDTH - 80
        elif slide.columns == 2:
            name, width = "two", half
        else:
            name, width = "one", BODY_WIDTH
        if index:
            story += [NextPageTemplate(name), PageBreak()]
        else:
            doc.pageTemplates.sort(key=lambda t: t.id != name)
        story.append(SlideMarker(state, slide, index))
        if slide.kind is SlideKind.TITLE:
            title = _title_paragraph(slide.title, width)
            story += [
                Spacer(1, 50 if title.height < 100 else 16),
                Paragraph(safe(slide.subtitle, 80), kicker),
                title,
                Spacer(1, 12),
            ]
        chosen = title_styles if slide.kind is SlideKind.TITLE else styles
        story += render_blocks(slide.blocks, chosen, DECK_LIMITS, width, BODY_HEIGHT - 1)
    doc.build(story)
    return state
