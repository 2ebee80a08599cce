"""The workshop day on paper: reflection sections of the facilitator report, and each
participant's reflection paper with the team's plan attached.

Both are made of the export package's slides and blocks, so the PDF and the
Markdown say the same thing and user text is escaped by the renderers. The
facilitator report keeps every section of ``app.review.report_pdf`` and adds the
day's sections after them (``write_report_with_day``); the paper is a portrait
document of its own: the participant's answers and self-assessment first, then
every section of the team's plan as the handout shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, PageTemplate, Paragraph, Spacer

from app.export.atomic import atomic_write
from app.export.blocks import Bullets, Entries, Entry, Heading, Para, Slide, SlideKind, Table
from app.export.flowables import HANDOUT_LIMITS, render_blocks, safe
from app.export.fonts import REGULAR
from app.export.markdown import md, render_block
from app.export.pdfdoc import PdfDocTemplate, body_frame, draw_running_header, pdf_text
from app.export.theme import HANDOUT_SCALE, MUTED, make_styles, section_styles
from app.i18n import phase_short, translate
from app.review.reflections import (
    Observation,
    Questions,
    Reflection,
    ReflectionKind,
    weakest_lanes,
)
from app.review.report import WorkshopReport
from app.review.report_slides import report_markdown, report_slides
from models.phases import ALL_PHASES, Phase

PhaseName = Callable[[Phase], str]


def _lane(phase: Phase) -> str:
    return phase_short(phase)


# -- the facilitator report's sections ----------------------------------------------------------


def day_slides(
    reflections: Sequence[Reflection],
    observations: Sequence[Observation],
    questions: Questions,
    team_names: Mapping[str, str],
) -> list[Slide]:
    """The report's sections on the day: reflections by question, self-assessment, the
    facilitator's own reflection, and what teams observed in Explore (empty ones left out)."""
    participants = [r for r in reflections if r.kind is ReflectionKind.PARTICIPANT]
    facilitator = [r for r in reflections if r.kind is ReflectionKind.FACILITATOR]
    slides: list[Slide] = []
    if participants:
        blocks: list[Any] = []
        for question in questions.participant:
            answers = tuple(
                translate("day papers", "{author} ({team}): {text}").format(
                    author=r.author, team=team_names.get(r.team_id or "", ""), text=text.strip()
                )
                for r in participants
                if (text := r.answers.get(question.key, "")).strip()
            )
            if answers:
                blocks += [Heading(question.question), Bullets(answers)]
        slides.append(
            Slide(
                title=translate("day papers", "Individual reflections"),
                subtitle=translate(
                    "day papers", "%n participant(s), grouped by question", None, len(participants)
                ),
                blocks=tuple(blocks)
                or (Para(translate("day papers", "No answers yet."), muted=True),),
            )
        )
        rated = [r for r in participants if r.confidence]
        if rated:
            header = (translate("day papers", "Participant"), *(_lane(p) for p in ALL_PHASES))
            rows = tuple(
                (
                    r.author,
                    *(str(r.confidence[p]) if p in r.confidence else "–" for p in ALL_PHASES),
                )
                for r in rated
            )
            gaps: dict[Phase, int] = {}
            for reflection in rated:
                for phase in weakest_lanes(reflection):
                    gaps[phase] = gaps.get(phase, 0) + 1
            named = ", ".join(
                f"{_lane(p)} ({n})" for p, n in sorted(gaps.items(), key=lambda kv: -kv[1])
            )
            slides.append(
                Slide(
                    title=translate("day papers", "Self-assessment of knowledge gaps"),
                    subtitle=translate("day papers", "Confidence per lane: {levels}").format(
                        levels="; ".join(f"{n} {questions.level_name(n)}" for n in (1, 2, 3, 4))
                    ),
                    blocks=(
                        Table(header=header, rows=rows, weights=(2.2, *([1.0] * len(ALL_PHASES)))),
                        Para(
                            translate(
                                "day papers", "Lanes named as weakest (people): {lanes}."
                            ).format(lanes=named)
                        ),
                    ),
                )
            )
    if facilitator:
        own = facilitator[0]
        blocks = []
        for question in questions.facilitator:
            text = own.answers.get(question.key, "").strip()
            shown = text or translate("day papers", "Not answered.")
            blocks += [Heading(question.question), Para(shown, muted=not text)]
        slides.append(
            Slide(
                title=translate("day papers", "The facilitator's reflection"),
                subtitle=own.author,
                blocks=tuple(blocks),
            )
        )
    if observations:
        entries = tuple(
            Entry(
                title=(team_names.get(o.team_id or "", "") or translate("day papers", "A team"))
                + f" — {o.event_title or o.event_key}",
                meta=(
                    translate("day papers", "Questions it raised: {questions}").format(
                        questions=o.questions.strip()
                    ),
                )
                if o.questions.strip()
                else (),
                body=o.observed.strip(),
            )
            for o in observations
        )
        slides.append(
            Slide(
                title=translate("day papers", "Explore: what teams observed in the drills"),
                blocks=(Entries(entries),),
            )
        )
    return slides


def markdown_sections(slides: Sequence[Slide]) -> str:
    """Slides as Markdown sections (``##`` each), to follow another Markdown document."""
    lines: list[str] = []
    for slide in slides:
        lines += [f"## {md(slide.title)}", ""]
        if slide.subtitle:
            lines += [f"*{md(slide.subtitle)}*", ""]
        for block in slide.blocks:
            lines += render_block(block)
            if lines and lines[-1]:
                lines.append("")  # a table runs into the next paragraph without one
    return "\n".join(lines).rstrip() + "\n"


# -- the participant's reflection paper ---------------------------------------------------------


def paper_slides(
    reflection: Reflection,
    questions: Questions,
    *,
    workshop: str,
    team: str,
    role: str = "",
    lane_name: PhaseName = _lane,
) -> list[Slide]:
    """The reflection part of a participant's paper: answers, then the self-assessment."""
    who = ", ".join(part for part in (team, role) if part)
    blocks: list[Any] = []
    for question in questions.for_kind(reflection.kind):
        text = reflection.answers.get(question.key, "").strip()
        shown = text or translate("day papers", "Not answered yet.")
        blocks += [Heading(question.question), Para(shown, muted=not text)]
    slides = [
        Slide(
            title=translate("day papers", "Reflection paper: {author}").format(
                author=reflection.author
            ),
            subtitle=f"{workshop} · {who}" if who else workshop,
            kind=SlideKind.TITLE,
        ),
        Slide(
            title=translate("day papers", "Applying MLOps in my organisation"),
            blocks=tuple(blocks),
        ),
    ]
    if reflection.confidence:
        rows = tuple(
            (lane_name(p), questions.level_name(reflection.confidence[p]))
            for p in ALL_PHASES
            if p in reflection.confidence
        )
        weakest = ", ".join(lane_name(p) for p in weakest_lanes(reflection))
        slides.append(
            Slide(
                title=translate("day papers", "Self-assessment"),
                blocks=(
                    Table(
                        header=(
                            translate("day papers", "Lane"),
                            translate("day papers", "My confidence"),
                        ),
                        rows=rows,
                        weights=(2.0, 2.0),
                    ),
                    Para(
                        translate("day papers", "Where I most need to learn: {lanes}.").format(
                            lanes=weakest
                        )
                    ),
                ),
            )
        )
    return slides


def paper_markdown(reflection_slides: Sequence[Slide], plan_markdown: str) -> str:
    """The paper as Markdown: the reflection, then the team's plan under its own heading."""
    head, *rest = reflection_slides
    lines = [f"# {md(head.title)}", ""]
    if head.subtitle:
        lines += [f"*{md(head.subtitle)}*", ""]
    text = "\n".join(lines) + "\n" + markdown_sections(rest)
    plan = "\n".join(
        f"#{line}" if line.startswith("#") else line for line in plan_markdown.splitlines()
    )
    attached = md(translate("day papers", "Attached: the team's plan"))
    return f"{text}\n## {attached}\n\n{plan.strip()}\n"


def write_paper(
    reflection_slides: Sequence[Slide], plan_slides: Sequence[Slide], target: BinaryIO
) -> int:
    """Lay out the paper (A4 portrait) into an open binary file; return the sections written."""
    width, height = A4
    margin, header, footer = 48.0, 40.0, 36.0
    body_w, body_h = width - 2 * margin, height - header - footer - 12
    styles = make_styles(HANDOUT_SCALE)
    sections = section_styles("paper-", heading_after=4, cover_after=6)
    head = reflection_slides[0]
    running = pdf_text(head.title)
    prefix = translate("day papers", "Reflection paper: {author}").split("{author}")[0]
    author = head.title.removeprefix(prefix)

    def page_end(canv: Canvas, _doc: Any) -> None:
        size = HANDOUT_SCALE.footer
        draw_running_header(canv, A4, margin=margin, header=header, size=size, left=running)
        canv.saveState()
        canv.setFont(REGULAR, size)
        canv.setFillColor(MUTED)
        canv.drawRightString(
            width - margin,
            18,
            translate("facilitator report", "Page {number}").format(number=canv.getPageNumber()),
        )
        canv.restoreState()

    story: list[Flowable] = [
        Paragraph(safe(head.subtitle, 300), sections.subtitle),
        Paragraph(safe(head.title, 300), sections.cover),
    ]
    for slide in reflection_slides[1:]:
        story += _section(
            slide, styles, sections.heading, sections.subtitle, width=body_w, height=body_h
        )
    attached = translate("day papers", "Attached: the team's plan")
    story += [PageBreak(), Paragraph(safe(attached, 200), sections.cover)]
    for slide in plan_slides:
        story += _section(
            slide, styles, sections.heading, sections.subtitle, width=body_w, height=body_h
        )
    doc = PdfDocTemplate(
        target,
        metadata={
            "title": running,
            "author": pdf_text(author),
            "subject": translate(
                "day papers", "A workshop participant's reflection on applying MLOps, with the plan"
            ),
            "keywords": [
                "MLOps",
                translate("metadata", "reflection"),
                translate("metadata", "workshop"),
            ],
        },
        pagesize=A4,
        pageTemplates=[
            PageTemplate(
                "page",
                [body_frame(margin, footer, body_w, height - header - footer)],
                onPageEnd=page_end,
            )
        ],
    )
    doc.build(story)
    return len(reflection_slides) + len(plan_slides)


def _section(
    slide: Slide, styles: Any, heading: Any, subtitle: Any, *, width: float, height: float
) -> list[Flowable]:
    title = slide.title if slide.kind is not SlideKind.TITLE else f"{slide.title}"
    part: list[Flowable] = [
        CondPageBreak(HANDOUT_SCALE.body * 10),
        Paragraph(safe(title, 300), heading),
    ]
    if slide.subtitle:
        part.append(Paragraph(safe(slide.subtitle, 300), subtitle))
    part += render_blocks(slide.blocks, styles, HANDOUT_LIMITS, width, height)
    part.append(Spacer(1, 8))
    return part


def export_paper(
    reflection_slides: Sequence[Slide], plan_slides: Sequence[Slide], path: Path
) -> int:
    """Write the paper PDF to ``path`` atomically; return the sections written.

    Raises:
        app.export.atomic.ExportError: the file cannot be written; the target is unchanged.
    """
    return atomic_write(path, lambda handle: write_paper(reflection_slides, plan_slides, handle))


# -- the facilitator report with the day's sections ---------------------------------------------


def write_report_with_day(
    report: WorkshopReport, extra: Sequence[Slide], target: BinaryIO
) -> tuple[str, ...]:
    """The facilitator report (``app.review.report_pdf``'s layout and sections) followed by
    the day's sections; returns the section titles (the outline).

    The layout is ``report_pdf``'s own: its story builder lays out both parts, so
    the day's sections look like every other section of the report.
    """
    from app.review import report_pdf

    slides = report_slides(report) + list(extra)
    width, height = report_pdf.PAGE
    margin, header, footer = report_pdf.MARGIN, report_pdf.HEADER, report_pdf.FOOTER
    body_w = width - 2 * margin
    body_h = height - header - footer - 12
    styles = make_styles(HANDOUT_SCALE)
    name = pdf_text(report.workshop_name)

    def page_end(canv: Canvas, _doc: Any) -> None:
        size = HANDOUT_SCALE.footer
        draw_running_header(
            canv,
            report_pdf.PAGE,
            margin=margin,
            header=header,
            size=size,
            left=f"{name} · " + translate("facilitator report", "Facilitator report"),
        )
        canv.saveState()
        canv.setFont(REGULAR, size)
        canv.setFillColor(MUTED)
        canv.drawRightString(
            width - margin,
            16,
            translate("facilitator report", "Page {number}").format(number=canv.getPageNumber()),
        )
        canv.restoreState()

    doc = PdfDocTemplate(
        target,
        metadata={
            "title": translate("facilitator report", "{workshop}: facilitator report").format(
                workshop=name
            ),
            "author": pdf_text(report.facilitator) or "MLOps Lifecycle Canvas",
            "subject": translate(
                "day papers",
                "Rubric scores, coverage, common gaps, peer feedback and reflections of {workshop}",
            ).format(workshop=name),
            "keywords": [
                "MLOps",
                translate("metadata", "workshop"),
                translate("metadata", "facilitator report"),
                translate("metadata", "reflection"),
            ],
        },
        pagesize=report_pdf.PAGE,
        pageTemplates=[
            PageTemplate(
                "page",
                [body_frame(margin, footer, body_w, height - header - footer)],
                onPageEnd=page_end,
            )
        ],
    )
    # report_pdf owns the story layout; a public hook there for extra sections would let
    # this module stop calling its builder by its private name.
    doc.build(report_pdf._story(slides, styles, body_w, body_h))
    return tuple(pdf_text(slide.title) for slide in slides)


def export_report_with_day(
    report: WorkshopReport, extra: Sequence[Slide], path: Path
) -> tuple[str, ...]:
    """Write the report with the day's sections to ``path`` atomically; return the outline.

    Raises:
        app.export.atomic.ExportError: the file cannot be written; the target is unchanged.
    """
    return atomic_write(path, lambda handle: write_report_with_day(report, extra, handle))


def report_markdown_with_day(report: WorkshopReport, extra: Sequence[Slide]) -> str:
    """The facilitator report as Markdown, then the day's sections."""
    text = report_markdown(report)
    return text if not extra else f"{text}\n{markdown_sections(extra)}"
