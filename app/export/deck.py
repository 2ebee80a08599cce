"""The 16:9 presentation: one slide a page, read from the back of a room.

Type sizes are ``TALK_SCALE``: slide titles 32 pt, reading text 20 pt and
never under 18 pt; only the board's status lines, chart ticks and the slide
number go down to 14 pt. A title or subtitle that does not fit one line wraps
(the header grows; nothing is cut). A slide whose content does not fit
continues on the next page, headed "(continued)".
"""

from __future__ import annotations

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
from app.export.fonts import BOLD, REGULAR, register_fonts, text_width
from app.export.glyphs import draw_phase_glyph
from app.export.pdfdoc import (
    Cancelled,
    ExportDocTemplate,
    Progress,
    RunState,
    SlideMarker,
    body_frame,
    bundle_metadata,
    outline_continuation,
    pdf_text,
)
from app.export.tagging import artifact
from app.export.theme import (
    ACCENT,
    HYPHENATION,
    INK,
    MUTED,
    RULE,
    TALK_SCALE,
    make_styles,
    phase_colour,
    text_on,
)
from app.export.wrap import fit_line, wrap_lines
from app.i18n import phase_short, translate
from models.phases import ALL_PHASES, Phase

WIDTH, HEIGHT = 960.0, 540.0  # 13.333 × 7.5 in, the usual 16:9 slide
MARGIN = 40.0
FOOTER = 34.0
COLUMN_GAP = 32.0
BODY_WIDTH = WIDTH - 2 * MARGIN
TITLE_SIZES = (32.0, 28.0)
BAND = 30.0
"""The title slide's band of phase colours."""
BODY_HEIGHT = HEIGHT - 92.0 - FOOTER
"""The body of a slide with a one-line title (others are taller or shorter)."""


def _title_lines(slide: Slide, width: float) -> tuple[float, list[str]]:
    """The title's size and lines: 32 pt on one line if it fits, else 28 pt, wrapped."""
    title = pdf_text(slide.title)
    if text_width(title, TITLE_SIZES[0], bold=True) <= width:
        return TITLE_SIZES[0], [title]
    return TITLE_SIZES[1], wrap_lines(title, TITLE_SIZES[1], width, 3, bold=True)


def _header_layout(slide: Slide) -> tuple[float, list[str], list[str], float]:
    """Title size, title lines, subtitle lines and the header's height for ``slide``."""
    left = MARGIN + (38 if slide.phase else 0)
    width = WIDTH - MARGIN - left
    size, lines = _title_lines(slide, width)
    sub = TALK_SCALE.subtitle
    subtitle = wrap_lines(pdf_text(slide.subtitle), sub, width, 2) if slide.subtitle else []
    height = 22 + len(lines) * size * 1.15 + 4 + len(subtitle) * sub * 1.25 + 14
    return size, lines, subtitle, height


def _draw_header(canv: Canvas, slide: Slide, continued: bool) -> None:
    """Accent bar, slide title (wrapped, never cut), subtitle."""
    size, lines, subtitle, _height = _header_layout(slide)
    with artifact(canv):
        canv.saveState()
        canv.setFillColor(phase_colour(slide.phase) if slide.phase else ACCENT)
        canv.rect(0, HEIGHT - 8, WIDTH, 8, stroke=0, fill=1)
        canv.restoreState()
    left = MARGIN + (38 if slide.phase else 0)
    if slide.phase:
        with artifact(canv):
            _glyph_on_colour(canv, slide.phase, MARGIN + 14, HEIGHT - 40)
    canv.saveState()
    canv.setFillColor(INK)
    canv.setFont(BOLD, size)
    last = len(lines) - 1
    for index, line in enumerate(lines):
        text = line + (
            " " + translate("plan", "(continued)") if continued and index == last else ""
        )
        y = HEIGHT - 22 - size * 0.95 - index * size * 1.15
        canv.drawString(left, y, fit_line(text, size, WIDTH - MARGIN - left, bold=True))
    sub = TALK_SCALE.subtitle
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, sub)
    top = HEIGHT - 22 - len(lines) * size * 1.15 - 4
    for index, line in enumerate(subtitle):
        canv.drawString(left, top - sub * 0.95 - index * sub * 1.25, line)
    canv.restoreState()


def _glyph_on_colour(canv: Canvas, phase: Phase, cx: float, cy: float) -> None:
    canv.saveState()
    canv.setFillColor(phase_colour(phase))
    canv.circle(cx, cy, 16, stroke=0, fill=1)
    canv.restoreState()
    draw_phase_glyph(canv, phase, cx, cy, 22)


def _draw_title_band(canv: Canvas) -> None:
    """The title slide's band of the seven phase colours, each with its mark and name."""
    segment = WIDTH / len(ALL_PHASES)
    size = TALK_SCALE.minimum
    for index, phase in enumerate(ALL_PHASES):
        canv.setFillColor(phase_colour(phase))
        canv.rect(index * segment, HEIGHT - BAND, segment, BAND, stroke=0, fill=1)
        draw_phase_glyph(canv, phase, index * segment + 16, HEIGHT - BAND / 2, 20, mark=False)
        canv.setFont(REGULAR, size)
        canv.setFillColor(text_on(phase))
        label = fit_line(phase_short(phase), size, segment - 34)
        canv.drawString(index * segment + 30, HEIGHT - BAND / 2 - size * 0.36, label)


def _draw_footer(canv: Canvas, bundle: ExportBundle) -> None:
    """Team name on the left, the slide number on the right (14 pt)."""
    size = TALK_SCALE.footer
    with artifact(canv):
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, FOOTER - 6, WIDTH - MARGIN, FOOTER - 6)
        canv.setFont(REGULAR, size)
        canv.setFillColor(MUTED)
        number = str(canv.getPageNumber())
        canv.drawRightString(WIDTH - MARGIN, 12, number)
        room = BODY_WIDTH - text_width(number, size) - 24
        canv.drawString(MARGIN, 12, fit_line(pdf_text(bundle.team_name), size, room))
        canv.restoreState()


def _title_flowables(slide: Slide) -> list[Flowable]:
    """The title slide's kicker and the strategy name, as large as fits (40 to 28 pt)."""
    kicker = ParagraphStyle(
        "talk-kicker",
        fontName=REGULAR,
        fontSize=20,
        leading=25,
        textColor=MUTED,
        spaceAfter=14,
        **HYPHENATION,
    )
    name = None
    for size in (40.0, 34.0, 28.0):
        style = ParagraphStyle(
            "talk-title",
            fontName=BOLD,
            fontSize=size,
            leading=size * 1.15,
            textColor=INK,
            spaceAfter=18,
            **HYPHENATION,
        )
        name = Paragraph(safe(slide.title, 300), style)
        name.wrap(BODY_WIDTH, HEIGHT)
        if name.height <= size * 1.15 * 2 + 1:
            break
    assert name is not None
    return [Spacer(1, 24), Paragraph(safe(slide.subtitle, 200), kicker), name]


def write_deck(
    bundle: ExportBundle,
    slides: list[Slide],
    target: BinaryIO,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RunState:
    """Lay out ``slides`` (the presentation's) as a 16:9 deck into ``target``."""
    register_fonts()
    state = RunState(
        bundle=bundle, total_slides=len(slides), progress=progress, cancelled=cancelled
    )
    styles = make_styles(TALK_SCALE)

    def page_end(canv: Canvas, _doc: ExportDocTemplate) -> None:
        slide = state.slide
        if slide is None:
            return
        continued = state.continued(canv.getPageNumber())
        if continued:
            outline_continuation(canv, state)
        if slide.kind is SlideKind.TITLE and not continued:
            with artifact(canv):
                _draw_title_band(canv)
        else:
            _draw_header(canv, slide, continued)
        _draw_footer(canv, bundle)

    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    for index, given in enumerate(slides):
        slide = given
        name = f"slide-{index}"
        top = BAND + 20 if slide.kind is SlideKind.TITLE else _header_layout(slide)[3]
        height = HEIGHT - top - FOOTER
        if slide.columns == 2:
            half = (BODY_WIDTH - COLUMN_GAP) / 2
            frames = [
                _frame(LEFT_COLUMN, MARGIN, half, height),
                _frame("right", MARGIN + half + COLUMN_GAP, half, height),
            ]
            width = half
        else:
            frames = [_frame(name, MARGIN, BODY_WIDTH, height)]
            width = BODY_WIDTH
        body = render_blocks(slide.blocks, styles, DECK_LIMITS, width, height - 1)
        while slide.shorter is not None and _taller_than(body, width, height - 1):
            shorter = slide.shorter()  # the same slide with one entry fewer: no page of its own
            if shorter is None:
                break
            slide = shorter
            body = render_blocks(slide.blocks, styles, DECK_LIMITS, width, height - 1)
        templates.append(PageTemplate(name, frames, onPageEnd=page_end))
        if index:
            story += [NextPageTemplate(name), PageBreak()]
        story.append(SlideMarker(state, slide, index))
        if slide.kind is SlideKind.TITLE:
            story += _title_flowables(slide)
        story += body
    doc = ExportDocTemplate(
        target,
        metadata=bundle_metadata(bundle),
        footer_size=TALK_SCALE.footer,
        pagesize=(WIDTH, HEIGHT),
        pageTemplates=templates,
    )
    doc.build(story)
    state.pages = doc.page
    return state


def _taller_than(body: list[Flowable], width: float, height: float) -> bool:
    """Whether ``body`` stacked in one column of ``width`` needs more than ``height``."""
    used = 0.0
    for index, flowable in enumerate(body):
        _w, tall = flowable.wrap(width, height)
        used += tall + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0)
        if used > height:
            return True
    return False


def _frame(name: str, x: float, width: float, height: float) -> Frame:
    return body_frame(x, FOOTER, width, height, name)
