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
from app.export.checked import coverage_summary, long_date, versions_text
from app.export.markdown import md, render_block
from app.i18n import (
    grouped,
    level_label,
    percent,
    phase_short,
    review_state_label,
    severity_label,
    translate,
)
from app.review.report import CommonGap, FeedbackItem, WorkshopReport
from models.findings import PackCoverage
from models.phases import ALL_PHASES
from models.review import LEVELS


def level_text(level: int | None) -> str:
    """A level as shown in tables: "3", or "–" when not scored."""
    return "–" if level is None else str(level)


def mean_text(value: float | None) -> str:
    """A mean with one decimal, or "–"."""
    return "–" if value is None else grouped(value, 1)


def coverage_text(cell: PackCoverage | None) -> str:
    """Raw counts and share ("12 in place · 5 planned of 32, 38%"): planned is never met."""
    if cell is None:
        return translate("facilitator report", "not selected")
    if cell.applicable == 0:
        return coverage_summary(cell)
    return f"{coverage_summary(cell)}, {percent(cell.share)}"


def _checked_facts(report: WorkshopReport) -> list[tuple[str, str]]:
    """The date(s) whose law applied and the pack versions, for the title page."""
    if not report.checked:
        return []
    dates = ", ".join(long_date(d) for d in report.checked_on) or translate(
        "facilitator report", "an unrecorded date"
    )
    return [
        (translate("facilitator report", "Law as of"), dates),
        (translate("facilitator report", "Rule packs"), versions_text(report.pack_versions)),
    ]


def _title(report: WorkshopReport) -> Slide:
    facts = [(translate("facilitator report", "Workshop"), report.workshop_name)]
    if report.date:
        facts.append((translate("facilitator report", "Date"), report.date))
    if report.facilitator:
        facts.append((translate("facilitator report", "Facilitator"), report.facilitator))
    facts += [
        (
            translate("facilitator report", "Rubric"),
            translate("facilitator report", "{rubric} (version {version})").format(
                rubric=report.rubric.title, version=report.rubric.version
            ),
        ),
        (translate("facilitator report", "Teams reviewed"), str(len(report.columns))),
        *_checked_facts(report),
    ]
    return Slide(
        title=report.workshop_name,
        subtitle=translate("facilitator report", "Facilitator report"),
        kind=SlideKind.TITLE,
        blocks=(Facts(tuple(facts)),),
    )


def _scores(report: WorkshopReport) -> Slide:
    criteria = report.rubric.criteria
    rows = [
        (row.column.label, *(level_text(v) for v in row.levels), mean_text(row.mean))
        for row in report.scores
    ]
    rows.append(
        (
            translate("facilitator report", "All teams"),
            *(mean_text(m) for m in report.criterion_means),
            "",
        )
    )
    blocks: list[Block] = [
        Table(
            header=(
                translate("facilitator report", "Team"),
                *(c.title for c in criteria),
                translate("facilitator report", "Mean"),
            ),
            rows=tuple(rows),
            weights=(1.6, *(1.0 for _ in criteria), 0.6),
        ),
        Para(
            translate("facilitator report", "Levels: {levels}.").format(
                levels=", ".join(f"{n} {level_label(n)}" for n in LEVELS)
            ),
            muted=True,
        ),
    ]
    commented = [row for row in report.scores if row.comments]
    if commented:
        blocks.append(Heading(translate("facilitator report", "Facilitator comments")))
        blocks.append(
            Entries(
                tuple(
                    Entry(
                        title=row.column.label,
                        meta=tuple(
                            translate("facilitator report", "{label}: {text}").format(
                                label=t, text=c
                            )
                            for t, c in row.comments
                        ),
                    )
                    for row in commented
                )
            )
        )
    if report.teams_without_strategy:
        blocks.append(
            Para(
                translate("facilitator report", "Teams without a strategy: {teams}").format(
                    teams=", ".join(report.teams_without_strategy)
                ),
                True,
            )
        )
    return Slide(title=translate("facilitator report", "Rubric scores"), blocks=tuple(blocks))


def _criteria(report: WorkshopReport) -> Slide:
    entries = tuple(
        Entry(
            title=c.title,
            body=c.description,
            meta=tuple(
                translate("facilitator report", "{level} {name}: {descriptor}").format(
                    level=n, name=level_label(n), descriptor=c.levels[n]
                )
                for n in sorted(c.levels)
            ),
        )
        for c in report.rubric.criteria
    )
    return Slide(
        title=translate("facilitator report", "The rubric"), blocks=(Entries(entries),), columns=2
    )


def _coverage(report: WorkshopReport) -> Slide:
    if not report.checked:
        return Slide(
            title=translate("facilitator report", "Coverage per rule pack"),
            blocks=(Para(translate("facilitator report", "Not checked."), True),),
        )
    if not report.packs:
        return Slide(
            title=translate("facilitator report", "Coverage per rule pack"),
            blocks=(Para(translate("facilitator report", "No rule pack was selected."), True),),
        )
    table = Table(
        header=(translate("facilitator report", "Team"), *(title for _key, title in report.packs)),
        rows=tuple(
            (row.column.label, *(coverage_text(c) for c in row.cells)) for row in report.coverage
        ),
        weights=(1.6, *(1.0 for _ in report.packs)),
    )
    dates = ", ".join(long_date(d) for d in report.checked_on) or translate(
        "facilitator report", "an unrecorded date"
    )
    note = Para(
        translate(
            "facilitator report",
            "Rules in force on {dates}: met by cards in place, and met only by cards planned or "
            "in progress (not counted as met), of the rules that apply.",
        ).format(dates=dates),
        True,
    )
    return Slide(
        title=translate("facilitator report", "Coverage per rule pack"), blocks=(note, table)
    )


def _gap_entry(gap: CommonGap, total: int, pack_titles: dict[str, str]) -> Entry:
    """A shared finding: pack and citation, the teams (planned ones marked); no rule id."""
    planned = set(gap.planned_teams)
    teams = ", ".join(
        translate("facilitator report", "{team} (planned)").format(team=t) if t in planned else t
        for t in gap.teams
    )
    source = pack_titles.get(gap.pack, gap.pack) + (f" · {gap.citation}" if gap.citation else "")
    severity = severity_label(gap.severity)
    if gap.applies_from is not None:
        marker = translate("facilitator report", "Upcoming")
        source = (
            translate("facilitator report", "Applies from {date}").format(
                date=long_date(gap.applies_from)
            )
            + f" · {source}"
        )
    elif planned and planned == set(gap.teams):
        marker = translate("facilitator report", "Planned") + f" · {severity}"
    else:
        marker = severity
    return Entry(
        title=gap.title,
        marker=marker,
        meta=(
            source,
            translate("facilitator report", "{count} of {total} teams: {teams}").format(
                count=len(gap.teams), total=total, teams=teams
            ),
        ),
    )


def _gaps(report: WorkshopReport) -> Slide:
    if not report.checked:
        return Slide(
            title=translate("facilitator report", "Common gaps"),
            blocks=(Para(translate("facilitator report", "Not checked."), True),),
        )
    total = len(report.coverage) or len(report.columns)
    pack_titles = dict(report.packs)
    blocks: list[Block] = []
    if report.common_gaps:
        intro = translate(
            "facilitator report",
            "Findings that most teams share: topics to revisit with the whole room. "
            "(planned): the team's board carries the duty only on cards not yet in place.",
        )
        blocks += [
            Para(intro, True),
            Entries(tuple(_gap_entry(g, total, pack_titles) for g in report.common_gaps)),
        ]
    else:
        blocks.append(
            Para(translate("facilitator report", "No finding is shared by most teams."), True)
        )
    if report.upcoming:
        blocks += [
            Heading(translate("facilitator report", "Upcoming — not yet in force")),
            Para(
                translate(
                    "facilitator report",
                    "Rules that do not apply yet on the date checked, which most teams would miss.",
                ),
                True,
            ),
            Entries(tuple(_gap_entry(g, total, pack_titles) for g in report.upcoming)),
        ]
    return Slide(title=translate("facilitator report", "Common gaps"), blocks=tuple(blocks))


def _digest(report: WorkshopReport) -> Slide:
    blocks: list[Block] = []
    for item in report.digest:
        heading = item.column.label
        if item.mean_score is not None:
            heading += " — " + translate("facilitator report", "mean peer score {score}").format(
                score=grouped(item.mean_score, 1)
            )
        blocks.append(Heading(heading))
        if not item.items:
            blocks.append(Para(translate("facilitator report", "No peer feedback received."), True))
            continue
        blocks.append(Entries(tuple(feedback_entry(f) for f in item.items)))
    return Slide(
        title=translate("facilitator report", "Peer feedback digest"),
        blocks=tuple(blocks),
        columns=2,
    )


def feedback_entry(item: FeedbackItem) -> Entry:
    """One peer-feedback entry as an export entry: reviewer, score, the three answers."""
    answers = (
        (translate("facilitator report", "Strengths"), item.strengths),
        (translate("facilitator report", "Questions"), item.questions),
        (translate("facilitator report", "Suggestion"), item.suggestion),
    )
    return Entry(
        title=translate("facilitator report", "From {reviewer}").format(reviewer=item.reviewer)
        + (f" ({item.round_name})" if item.round_name else ""),
        meta=(
            translate("facilitator report", "Score {score} ({level})").format(
                score=item.score, level=level_label(item.score)
            ),
        ),
        body="\n".join(
            translate("facilitator report", "{label}: {text}").format(label=label, text=text)
            for label, text in answers
            if text.strip()
        ),
    )


def _states(report: WorkshopReport) -> Slide:
    rows = tuple(
        (
            row.column.label,
            *(
                review_state_label(s) if s else translate("facilitator report", "not reviewed")
                for s in row.states
            ),
        )
        for row in report.phase_states
    )
    table = Table(
        header=(translate("facilitator report", "Team"), *(phase_short(p) for p in ALL_PHASES)),
        rows=rows,
        weights=(1.6, *(1.0 for _ in ALL_PHASES)),
    )
    comments = [
        translate("facilitator report", "{team}, {phase}: {comment}").format(
            team=row.column.label, phase=phase_short(s.phase), comment=s.comment
        )
        for row in report.phase_states
        for s in row.states
        if s is not None and s.comment.strip()
    ]
    blocks: tuple[Block, ...] = (table,)
    if comments:
        blocks += (Heading(translate("facilitator report", "Comments")), Bullets(tuple(comments)))
    return Slide(title=translate("facilitator report", "Review states per phase"), blocks=blocks)


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
