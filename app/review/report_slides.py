"""The facilitator report as the export package's content blocks, and as Markdown.

``report_slides`` turns a ``WorkshopReport`` into ``app.export.blocks.Slide``
records (one per report section); ``app.review.report_pdf`` lays them out with
the export's fonts and theme, and ``report_markdown`` writes the same content
as text for the headless ``report`` command.
"""

from __future__ import annotations

from app.export.blocks import (
    Block,
    Bullets,
    Entries,
    Entry,
    Facts,
    Heading,
    Para,
    Slide,
    SlideKind,
    Table,
)
from app.export.markdown import md, render_block
from app.review.report import FeedbackItem, WorkshopReport
from models.findings import PackCoverage
from models.phases import ALL_PHASES
from models.review import LEVEL_NAMES


def level_text(level: int | None) -> str:
    """A level as shown in tables: "3", or "–" when not scored."""
    return "–" if level is None else str(level)


def mean_text(value: float | None) -> str:
    """A mean with one decimal, or "–"."""
    return "–" if value is None else f"{value:.1f}"


def coverage_text(cell: PackCoverage | None) -> str:
    """Raw count and share ("12 of 17, 71%"): users distrust a bare percentage."""
    if cell is None:
        return "not selected"
    return f"{cell.satisfied} of {cell.applicable}, {cell.share:.0%}"


def _title(report: WorkshopReport) -> Slide:
    facts = [("Workshop", report.workshop_name)]
    if report.date:
        facts.append(("Date", report.date))
    if report.facilitator:
        facts.append(("Facilitator", report.facilitator))
    facts += [
        ("Rubric", f"{report.rubric.title} (version {report.rubric.version})"),
        ("Teams reviewed", str(len(report.columns))),
    ]
    return Slide(
        title=report.workshop_name,
        subtitle="Facilitator report",
        kind=SlideKind.TITLE,
        blocks=(Facts(tuple(facts)),),
    )


def _scores(report: WorkshopReport) -> Slide:
    criteria = report.rubric.criteria
    rows = [
        (row.column.label, *(level_text(v) for v in row.levels), mean_text(row.mean))
        for row in report.scores
    ]
    rows.append(("All teams", *(mean_text(m) for m in report.criterion_means), ""))
    blocks: list[Block] = [
        Table(
            header=("Team", *(c.title for c in criteria), "Mean"),
            rows=tuple(rows),
            weights=(1.6, *(1.0 for _ in criteria), 0.6),
        ),
        Para(
            "Levels: " + ", ".join(f"{n} {name}" for n, name in LEVEL_NAMES.items()) + ".",
            muted=True,
        ),
    ]
    commented = [row for row in report.scores if row.comments]
    if commented:
        blocks.append(Heading("Facilitator comments"))
        blocks.append(
            Entries(
                tuple(
                    Entry(title=row.column.label, meta=tuple(f"{t}: {c}" for t, c in row.comments))
                    for row in commented
                )
            )
        )
    if report.teams_without_strategy:
        blocks.append(
            Para("Teams without a strategy: " + ", ".join(report.teams_without_strategy), True)
        )
    return Slide(title="Rubric scores", blocks=tuple(blocks))


def _criteria(report: WorkshopReport) -> Slide:
    entries = tuple(
        Entry(
            title=c.title,
            body=c.description,
            meta=tuple(f"{n} {LEVEL_NAMES[n]}: {c.levels[n]}" for n in sorted(c.levels)),
        )
        for c in report.rubric.criteria
    )
    return Slide(title="The rubric", blocks=(Entries(entries),), columns=2)


def _coverage(report: WorkshopReport) -> Slide:
    if not report.checked:
        return Slide(title="Coverage per rule pack", blocks=(Para("Not checked.", True),))
    if not report.packs:
        return Slide(
            title="Coverage per rule pack", blocks=(Para("No rule pack was selected.", True),)
        )
    table = Table(
        header=("Team", *(title for _key, title in report.packs)),
        rows=tuple(
            (row.column.label, *(coverage_text(c) for c in row.cells)) for row in report.coverage
        ),
        weights=(1.6, *(1.0 for _ in report.packs)),
    )
    return Slide(title="Coverage per rule pack", blocks=(table,))


def _gaps(report: WorkshopReport) -> Slide:
    if not report.checked:
        return Slide(title="Common gaps", blocks=(Para("Not checked.", True),))
    if not report.common_gaps:
        return Slide(
            title="Common gaps", blocks=(Para("No finding is shared by most teams.", True),)
        )
    total = len(report.coverage) or len(report.columns)
    pack_titles = dict(report.packs)
    entries = tuple(
        Entry(
            title=gap.title,
            marker=gap.severity.value,
            meta=tuple(
                part
                for part in (
                    f"{pack_titles.get(gap.pack, gap.pack)} · {gap.rule_id}"
                    + (f" · {gap.citation}" if gap.citation else ""),
                    f"{len(gap.teams)} of {total} teams: {', '.join(gap.teams)}",
                )
                if part
            ),
        )
        for gap in report.common_gaps
    )
    intro = Para("Findings that most teams share: topics to revisit with the whole room.", True)
    return Slide(title="Common gaps", blocks=(intro, Entries(entries)))


def _digest(report: WorkshopReport) -> Slide:
    blocks: list[Block] = []
    for item in report.digest:
        heading = item.column.label
        if item.mean_score is not None:
            heading += f" — mean peer score {item.mean_score:.1f}"
        blocks.append(Heading(heading))
        if not item.items:
            blocks.append(Para("No peer feedback received.", True))
            continue
        blocks.append(Entries(tuple(feedback_entry(f) for f in item.items)))
    return Slide(title="Peer feedback digest", blocks=tuple(blocks), columns=2)


def feedback_entry(item: FeedbackItem) -> Entry:
    """One peer-feedback entry as an export entry: reviewer, score, the three answers."""
    answers = (
        ("Strengths", item.strengths),
        ("Questions", item.questions),
        ("Suggestion", item.suggestion),
    )
    return Entry(
        title=f"From {item.reviewer}" + (f" ({item.round_name})" if item.round_name else ""),
        meta=(f"Score {item.score} ({LEVEL_NAMES[item.score]})",),
        body="\n".join(f"{label}: {text}" for label, text in answers if text.strip()),
    )


def _states(report: WorkshopReport) -> Slide:
    rows = tuple(
        (row.column.label, *(s.label if s else "not reviewed" for s in row.states))
        for row in report.phase_states
    )
    table = Table(
        header=("Team", *(p.short_title for p in ALL_PHASES)),
        rows=rows,
        weights=(1.6, *(1.0 for _ in ALL_PHASES)),
    )
    comments = [
        f"{row.column.label}, {s.phase.short_title}: {s.comment}"
        for row in report.phase_states
        for s in row.states
        if s is not None and s.comment.strip()
    ]
    blocks: tuple[Block, ...] = (table,)
    if comments:
        blocks += (Heading("Comments"), Bullets(tuple(comments)))
    return Slide(title="Review states per phase", blocks=blocks)


def report_slides(report: WorkshopReport) -> list[Slide]:
    """The report's sections in reading order."""
    return [
        _title(report),
        _scores(report),
        _coverage(report),
        _gaps(report),
        _digest(report),
        _states(report),
        _criteria(report),
    ]


def report_markdown(report: WorkshopReport) -> str:
    """The whole report as Markdown (for the headless ``report`` command)."""
    lines: list[str] = []
    for slide in report_slides(report):
        level = "#" if slide.kind is SlideKind.TITLE else "##"
        lines += [f"{level} {md(slide.title)}", ""]
        if slide.subtitle:
            lines += [f"*{md(slide.subtitle)}*", ""]
        for block in slide.blocks:
            lines += render_block(block)
    return "\n".join(lines).rstrip() + "\n"
