"""What the day's slide shows say: the phase guide (Explain) and a team's plan (Evaluate).

The plan is the team's five-minute presentation deck (``Audience.TALK``, the
slides of the exported presentation PDF): title and team, the scenario, the
board itself as a live, read-only slide, the gaps that would hurt first, the
drills, next steps and how it was checked. Text comes from the same slides the
PDF is drawn from, so the room sees what the team will hand in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtWidgets import QWidget

from app.export.blocks import (
    Bar,
    Block,
    Bullets,
    ColumnBreak,
    CoverageChart,
    Entries,
    Facts,
    Heading,
    LifecycleCanvas,
    Para,
    Slide,
    SlideKind,
    Table,
)
from app.i18n import translate
from models.content import CatalogEntry, GuideSection
from models.phases import ALL_PHASES, Phase
from views.day.slides import Page
from views.labels import phase_label

MAX_LINES = 9
"""Lines of one list shown on a slide before "… and N more" (the rest is in the PDF)."""


def guide_pages(
    guide: Mapping[Phase, GuideSection], catalog: Mapping[str, CatalogEntry]
) -> list[Page]:
    """The phase guide as slides: an opening slide, then per lane its purpose, the
    questions to ask and the practices that answer them."""
    pages = [
        Page(
            translate("facilitator", "Seven lanes, one lifecycle"),
            "\n".join(f"{n}.  {phase_label(p)}" for n, p in enumerate(ALL_PHASES, start=1))
            + "\n\n"
            + translate(
                "facilitator",
                "Each lane: what it is for, what to ask, and which practices answer it.",
            ),
            kicker=translate("facilitator", "Explain · the phase guide"),
        )
    ]
    for number, phase in enumerate(ALL_PHASES, start=1):
        section = guide.get(phase)
        if section is None:
            continue
        kicker = translate("facilitator", "Explain · lane {n} of {count}").format(
            n=number, count=len(ALL_PHASES)
        )
        pages.append(Page(phase_label(phase), section.purpose, kicker=kicker))
        questions = "\n".join(f"•  {q}" for q in section.questions)
        pages.append(
            Page(
                translate("facilitator", "{lane}: questions to ask").format(
                    lane=phase_label(phase)
                ),
                questions,
                kicker=kicker,
            )
        )
        titles = [catalog[key].title for key in section.cards if key in catalog]
        pages.append(
            Page(
                translate("facilitator", "{lane}: practices that answer them").format(
                    lane=phase_label(phase)
                ),
                _lines(titles),
                kicker=kicker,
            )
        )
    return pages


def plan_pages(
    slides: Sequence[Slide], team: str, board: Callable[[], QWidget] | None = None
) -> list[Page]:
    """A team's presentation deck (``build_slides(bundle, Audience.TALK)``) as readable
    slides, one page per slide (the board as a live slide)."""
    kicker = (
        translate("facilitator", "Evaluate · {team} presents").format(team=team)
        if team
        else translate("facilitator", "Evaluate")
    )
    pages: list[Page] = []
    for slide in slides:
        if any(isinstance(b, LifecycleCanvas) for b in slide.blocks):
            if board is not None:
                pages.append(Page(slide.title, kicker=kicker, widget=board))
            continue
        text = _slide_text(slide)
        if slide.subtitle:
            sep = "\n" if slide.kind is SlideKind.TITLE else "\n\n"
            text = sep.join(part for part in (slide.subtitle, text) if part)
        if text.strip():
            pages.append(Page(slide.title, text, kicker=kicker))
    return pages


def _slide_text(slide: Slide) -> str:
    parts = [_block_text(block) for block in slide.blocks]
    return "\n\n".join(part for part in parts if part.strip())


def _block_text(block: Block) -> str:
    if isinstance(block, Heading):
        return block.text
    if isinstance(block, Para):
        return block.text
    if isinstance(block, Bullets):
        return _lines(list(block.items))
    if isinstance(block, Facts):
        return "\n".join(f"{label}:  {value}" for label, value in block.rows)
    if isinstance(block, Entries):
        lines = []
        for entry in block.items:
            # Owner and status read from the back of the room; what a card provides is
            # for the PDF.
            parts = [p for m in entry.meta for p in m.split(" · ") if p]
            meta = " · ".join(p for p in parts if not p.startswith("Provides"))
            mark = f"{entry.marker} " if entry.marker else ""
            lines.append(f"{mark}{entry.title}" + (f" — {meta}" if meta else ""))
        return _lines(lines)
    if isinstance(block, CoverageChart):
        return "\n".join(_bar_text(bar) for bar in block.bars)
    if isinstance(block, Table):
        return _lines(["  ·  ".join(cell for cell in row if cell) for row in block.rows])
    if isinstance(block, ColumnBreak):
        return ""
    return ""  # charts and drawings: the PDF shows them


def _bar_text(bar: Bar) -> str:
    return f"{bar.label}:  {bar.value}"


def _lines(items: list[str]) -> str:
    shown = items[:MAX_LINES]
    text = "\n".join(f"•  {item}" for item in shown)
    if len(items) > MAX_LINES:
        text += "\n" + translate("facilitator", "… and {n} more").format(n=len(items) - MAX_LINES)
    return text
