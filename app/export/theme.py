"""Colours and paragraph styles of the exported PDFs.

Phase colours come from ``models.palette`` (shared with the app's canvas).
Two scales: the presentation reads across a room, the plan (and the facilitator's
report and index) is denser, for a desk. Each states the smallest type it ever
sets (``Scale.minimum``); the render tests hold every page to it. Every style
names the embedded font explicitly; none inherits Helvetica. Paragraphs break
at word boundaries and hyphenate an over-long word (pyphen), never split it bare.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from app.export.fonts import BOLD, REGULAR
from models.palette import PHASE_COLOURS, PHASE_TEXT_COLOURS
from models.phases import Phase

INK = HexColor("#1F2328")
MUTED = HexColor("#4A515B")
RULE = HexColor("#C9CED6")
PAPER_TINT = HexColor("#F4F5F7")
ACCENT = HexColor("#0072B2")  # header bar; the deploy blue reads as "official" on white
TRACK = HexColor("#E3E6EA")
LINK_INK = HexColor("#3C4450")


def phase_colour(phase: Phase) -> Color:
    """The phase's identifying colour."""
    return HexColor(PHASE_COLOURS[phase])


def text_on(phase: Phase) -> Color:
    """Black or white, whichever reads better on the phase colour."""
    return HexColor(PHASE_TEXT_COLOURS[phase])


def tint(phase: Phase, strength: float) -> Color:
    """The phase colour mixed with white; ``strength`` 0 is white, 1 the full colour."""
    base = phase_colour(phase)
    return Color(
        white.red + (base.red - white.red) * strength,
        white.green + (base.green - white.green) * strength,
        white.blue + (base.blue - white.blue) * strength,
    )


@dataclass(frozen=True)
class Scale:
    """Type sizes (points) of one output; nothing is ever set below ``minimum``."""

    title: float
    subtitle: float
    heading: float
    body: float
    small: float
    footer: float
    minimum: float
    """The smallest type on any page: board card text, chart ticks, the footer."""


TALK_SCALE = Scale(title=32, subtitle=20, heading=24, body=20, small=18, footer=14, minimum=14)
"""The presentation (960 × 540 pt, the usual 13.3 × 7.5 in slide): reading text ≥ 18 pt,
headings larger; only the board's status lines, chart ticks and the slide number go
down to 14 pt."""
DECK_SCALE = TALK_SCALE
PLAN_SCALE = Scale(title=16, subtitle=10, heading=12, body=10, small=9, footer=8, minimum=8)
"""The full plan, the facilitator report and the coverage index, read on paper or a
screen at arm's length: body 10 pt, nothing under 8 pt."""
HANDOUT_SCALE = PLAN_SCALE
HYPHENATION = {"hyphenationLang": "", "embeddedHyphenation": 0, "uriWasteReduce": 0}
"""Paragraph options: ReportLab itself never hyphenates (it would hyphenate every word
that misses the end of a ragged-right line). A word wider than a whole line is broken
before ReportLab sees it, by ``tagging.TaggedParagraph`` with ``wrap.break_word``:
after a hyphen or URL punctuation, else at a dictionary hyphenation point."""


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one output."""

    scale: Scale
    body: ParagraphStyle
    muted: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    entry: ParagraphStyle
    entry_title: ParagraphStyle
    meta: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    fact_label: ParagraphStyle


def make_styles(scale: Scale) -> Styles:
    """Build the paragraph styles for ``scale``."""

    def style(name: str, size: float, bold: bool = False, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=BOLD if bold else REGULAR,
            fontSize=size,
            leading=round(size * 1.25, 2),
            textColor=extra.pop("textColor", INK),
            alignment=TA_LEFT,
            splitLongWords=1,  # only a string no dictionary can hyphenate (a hash) is split
            **HYPHENATION,
            **extra,
        )

    return Styles(
        scale=scale,
        body=style("body", scale.body, spaceAfter=scale.body * 0.5),
        muted=style("muted", scale.body, textColor=MUTED, spaceAfter=scale.body * 0.5),
        heading=style(
            "heading",
            scale.heading,
            bold=True,
            spaceBefore=scale.heading * 0.6,
            spaceAfter=scale.heading * 0.3,
            keepWithNext=1,
        ),
        bullet=style(
            "bullet",
            scale.body,
            leftIndent=scale.body * 1.2,
            bulletIndent=scale.body * 0.2,
            bulletFontName=REGULAR,
            bulletFontSize=scale.body,
            spaceAfter=scale.body * (0.5 if scale.body >= 18 else 0.25),
        ),
        entry=style(
            "entry",
            scale.body,
            spaceBefore=scale.body * 0.7,
            autoLeading="max",  # meta lines in the small size get their own, tighter leading
        ),
        entry_title=style(
            "entry_title",
            scale.body,
            bold=True,
            spaceBefore=scale.body * 0.7,
            spaceAfter=scale.body * 0.1,
            keepWithNext=1,
        ),
        meta=style("meta", scale.small, textColor=MUTED, spaceAfter=scale.small * 0.1),
        cell=style("cell", scale.small),
        cell_head=style("cell_head", scale.small, bold=True, textColor=white),
        fact_label=style("fact_label", scale.small, textColor=MUTED),
    )


@dataclass(frozen=True)
class SectionStyles:
    """How a portrait document opens a section: heading, cover title and subtitle."""

    heading: ParagraphStyle
    cover: ParagraphStyle
    subtitle: ParagraphStyle


def section_styles(prefix: str, *, heading_after: float, cover_after: float) -> SectionStyles:
    """Section styles of the handout-sized documents (the handout, the facilitator report).

    Args:
        prefix: Prepended to the style names, so each document's styles are told apart.
        heading_after: Points under a section heading, before its subtitle or body.
        cover_after: Points under the cover title.
    """
    scale = HANDOUT_SCALE
    heading = ParagraphStyle(
        f"{prefix}h1",
        fontName=BOLD,
        fontSize=scale.title,
        leading=scale.title * 1.2,
        textColor=INK,
        spaceBefore=14,
        spaceAfter=heading_after,
        keepWithNext=1,
        splitLongWords=1,
        **HYPHENATION,
    )
    cover = ParagraphStyle(
        f"{prefix}cover",
        parent=heading,
        fontSize=24,
        leading=29,
        spaceBefore=0,
        spaceAfter=cover_after,
    )
    subtitle = ParagraphStyle(
        f"{prefix}sub",
        fontName=REGULAR,
        fontSize=scale.subtitle,
        leading=scale.subtitle * 1.25,
        textColor=MUTED,
        spaceAfter=6,
        keepWithNext=1,
        **HYPHENATION,
    )
    return SectionStyles(heading=heading, cover=cover, subtitle=subtitle)


SEVERITY_COLOURS = {
    "error": HexColor("#B42318"),
    "warning": HexColor("#8A5A00"),
    "info": HexColor("#0B5394"),
}
"""Marker colours of findings; the marker's word and shape carry the meaning too."""

MARKER_COLOURS = {
    **SEVERITY_COLOURS,
    "missing": SEVERITY_COLOURS["error"],
    "prohibited": HexColor("#7A1010"),
    "planned": SEVERITY_COLOURS["warning"],
    "upcoming": SEVERITY_COLOURS["info"],
    # The same words in French (the markers are translated; ``À VENIR`` ends in ``venir``).
    "erreur": SEVERITY_COLOURS["error"],
    "avertissement": SEVERITY_COLOURS["warning"],
    "manquant": SEVERITY_COLOURS["error"],
    "interdit": HexColor("#7A1010"),
    "prévu": SEVERITY_COLOURS["warning"],
    "venir": SEVERITY_COLOURS["info"],
}
"""Marker colours by the marker's last word: a severity, or a finding's state."""
