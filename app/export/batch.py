"""Exporting every strategy of a workshop into a folder, with a coverage index.

One PDF per strategy (named after its team and strategy), and
``00-coverage-index.pdf``: one landscape page listing, per team, its
strategy, how far its cards have come, its open findings (planned ones apart)
and its coverage of every pack any team selected — in place, with rules only
planned shown apart — under the date whose law applied and the pack versions,
for the facilitator to compare at a glance.
Every file is written atomically.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageTemplate, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from app.export.api import export_csv, export_markdown, export_pdf
from app.export.atomic import atomic_write
from app.export.bundle import ExportBundle, Library, PageSize, SlideBuilder
from app.export.checked import law_dates, pack_versions, versions_text
from app.export.flowables import safe
from app.export.fonts import BOLD, REGULAR, text_width
from app.export.handout import SIZES
from app.export.pdfdoc import ExportDocTemplate, pdf_text
from app.export.theme import ACCENT, INK, MUTED, RULE, TRACK
from models.content import Scenario
from models.findings import CheckResult, PackCoverage
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity, Status
from models.workshop import Workshop

INDEX_NAME = "00-coverage-index.pdf"
CELL_PAD = 3.5
"""Left and right padding of the index's cells: fifteen columns share one landscape page."""
Checker = Callable[[Strategy], CheckResult | None]
BatchProgress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, strategy_name)`` after each strategy's file is written."""
ExtraSections = Callable[[Strategy, Scenario], Sequence[SlideBuilder]]
"""Gives a strategy's extra deck sections (drills, reviews) from it and its scenario."""


class BatchError(ValueError):
    """The workshop cannot be exported as asked (a strategy's scenario is unknown)."""


@dataclass(frozen=True)
class TeamRow:
    """One line of the coverage index."""

    team: str
    strategy: str
    scenario: str
    cards: int
    in_place: int
    errors: int
    warnings: int
    coverage: Mapping[str, PackCoverage]
    file: str
    planned: int = 0
    """Findings met only by cards planned or in progress (counted in errors/warnings too)."""
    check: CheckResult | None = None


@dataclass(frozen=True)
class BatchResult:
    """What a workshop export wrote."""

    folder: Path
    index: Path
    files: tuple[Path, ...]
    rows: tuple[TeamRow, ...]


def slug(text: str, limit: int = 60) -> str:
    """A file-name-safe ASCII slug of ``text`` (empty when nothing is left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")


def _file_stem(team: str, strategy: Strategy, taken: set[str]) -> str:
    base = "-".join(part for part in (slug(team, 40), slug(strategy.name, 60)) if part)
    base = base or f"strategy-{strategy.id[:8]}"
    stem, n = base, 2
    while stem in taken:
        stem, n = f"{base}-{n}", n + 1
    taken.add(stem)
    return stem


def _row(bundle: ExportBundle, file: str) -> TeamRow:
    """One team's line; errors and warnings count today's gaps (missing or only planned)."""
    cards = bundle.strategy.cards.values()
    gaps = bundle.check.gaps if bundle.check else ()
    coverage = {c.title: c for c in bundle.check.coverage} if bundle.check else {}
    return TeamRow(
        team=bundle.team_name,
        strategy=bundle.strategy.name,
        scenario=bundle.scenario.title,
        cards=len(cards),
        in_place=sum(1 for c in cards if c.status is Status.IN_PLACE),
        errors=sum(1 for f in gaps if f.severity is Severity.ERROR),
        warnings=sum(1 for f in gaps if f.severity is Severity.WARNING),
        coverage=coverage,
        file=file,
        planned=sum(1 for f in gaps if f.state is FindingState.PLANNED),
        check=bundle.check,
    )


def export_workshop(
    workshop: Workshop,
    strategies: Sequence[Strategy],
    scenarios: Mapping[str, Scenario],
    library: Library,
    folder: Path,
    *,
    checker: Checker,
    exported_at: dt.datetime,
    handout: bool = False,
    page_size: PageSize = PageSize.A4,
    markdown: bool = False,
    csv: bool = False,
    progress: BatchProgress | None = None,
    sections: ExtraSections | None = None,
) -> BatchResult:
    """Write one PDF per strategy of ``workshop`` into ``folder``, then the coverage index.

    Args:
        workshop: the workshop (its teams name the files).
        strategies: the strategies to export, in the order wanted in the index.
        scenarios: scenarios by key (the workshop's, else the library's).
        library: the content library.
        folder: an existing folder; files of the same names are replaced.
        checker: gives each strategy's check result (or None when not checked).
        exported_at: the time shown in every footer.
        handout: write portrait handouts instead of decks.
        page_size: paper size of handouts and of the index.
        markdown: also write a ``.md`` companion per strategy.
        csv: also write a ``.csv`` action list per strategy.
        progress: told after each strategy.
        sections: gives each strategy's ``extra_sections`` (none when not given).

    Raises:
        BatchError: a strategy's scenario is in neither ``scenarios`` nor the library.
        ExportError: a file cannot be written (files already written stay).
    """
    bundles: list[ExportBundle] = []
    for strategy in strategies:
        scenario = scenarios.get(strategy.scenario_key)
        if scenario is None:
            raise BatchError(
                f"strategy {strategy.name!r} uses scenario {strategy.scenario_key!r}, "
                "which is neither in the workshop nor in the content library"
            )
        bundles.append(
            ExportBundle(
                workshop=workshop,
                team=workshop.team(strategy.team_id),
                scenario=scenario,
                strategy=strategy,
                check=checker(strategy),
                library=library,
                exported_at=exported_at,
                page_size=page_size,
                extra_sections=tuple(sections(strategy, scenario)) if sections else (),
            )
        )
    taken: set[str] = {INDEX_NAME.removesuffix(".pdf")}
    files: list[Path] = []
    rows: list[TeamRow] = []
    for done, bundle in enumerate(bundles, start=1):
        stem = _file_stem(bundle.team_name, bundle.strategy, taken)
        path = folder / f"{stem}.pdf"
        export_pdf(bundle, path, handout=handout)
        files.append(path)
        if markdown:
            files.append(export_markdown(bundle, folder / f"{stem}.md").path)
        if csv:
            files.append(export_csv(bundle, folder / f"{stem}.csv").path)
        rows.append(_row(bundle, path.name))
        if progress:
            progress(done, len(bundles), bundle.strategy.name)
    index = folder / INDEX_NAME
    atomic_write(index, lambda f: write_index(workshop, rows, f, exported_at, page_size))
    return BatchResult(folder=folder, index=index, files=tuple(files), rows=tuple(rows))


def _share(cov: PackCoverage | None) -> str:
    """'38% (12/32) +5 planned': in place over in force; planned rules apart, never counted."""
    if cov is None:
        return "—"
    if cov.applicable == 0:
        return "n/a" + (f" ({cov.upcoming} upcoming)" if cov.upcoming else "")
    text = f"{round(100 * cov.share)}% ({cov.satisfied}/{cov.applicable})"
    return text + (f" +{cov.planned} planned" if cov.planned else "")


def _index_widths(
    header: Sequence[str], cells: Sequence[Sequence[str]], size: float, total: float
) -> list[float]:
    """Figure columns as wide as their longest word; the names share the rest and wrap.

    The counts and coverage figures must not break inside a word; team, strategy,
    scenario and file names (the first three columns and the last) may wrap.
    """
    pad = 2 * CELL_PAD + 1
    names = {0: 2.2, 1: 3.0, 2: 3.0, len(header) - 1: 3.2}
    least = [max(text_width(w, size * 0.9, bold=True) for w in h.split()) + pad for h in header]
    for values in cells:
        for index, value in enumerate(values):
            if index not in names:
                longest = max((text_width(w, size) for w in value.split()), default=0.0)
                least[index] = max(least[index], longest + pad)
    room = total - sum(w for i, w in enumerate(least) if i not in names)
    share = room / sum(names.values())
    if any(share * weight < least[i] for i, weight in names.items()):
        return [w * total / sum(least) for w in least]  # too many packs: all shrink alike
    return [share * names[i] if i in names else w for i, w in enumerate(least)]


def _provenance(rows: Sequence[TeamRow]) -> str:
    """'Law as of 5 December 2026. Rule packs: EU AI Act — … (version …); …'."""
    checks = [row.check for row in rows]
    if all(check is None for check in checks):
        return "Not checked: no strategy was checked before export."
    dates = law_dates(checks) or "an unrecorded date"
    return f"Law as of {dates}. Rule packs: {versions_text(pack_versions(checks))}."


def write_index(
    workshop: Workshop,
    rows: Sequence[TeamRow],
    target: BinaryIO,
    exported_at: dt.datetime,
    page_size: PageSize,
) -> None:
    """The one-page coverage index: a table of every team's strategy, landscape."""
    width, height = landscape(SIZES[page_size])
    margin = 36.0
    packs = sorted({title for row in rows for title in row.coverage})
    short = [p.split(" — ")[0] for p in packs]  # "EU AI Act — high-risk …" → "EU AI Act"
    header = ["Team", "Strategy", "Scenario", "Cards", "In place", "Errors", "Warnings", "Planned"]
    header += [*short, "File"]
    doc = ExportDocTemplate(
        target,
        metadata={
            "title": pdf_text(f"Coverage index — {workshop.name}"),
            "author": pdf_text(workshop.facilitator or workshop.name),
            "subject": pdf_text(f"Coverage of every team's MLOps strategy in {workshop.name}"),
            "keywords": ["MLOps", "coverage", "workshop"],
        },
        footer_size=8,
        pagesize=(width, height),
    )
    stamp = f"{exported_at:%Y-%m-%d %H:%M} {exported_at.tzname() or ''}".rstrip()

    def page_end(canv: Canvas, _doc: ExportDocTemplate) -> None:
        if canv.getPageNumber() == 1:  # the outline names the index, as every deck's does
            canv.bookmarkPage("index")
            canv.addOutlineEntry(pdf_text(f"Coverage index — {workshop.name}"), "index", level=0)
        canv.saveState()
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        canv.drawString(margin, 20, pdf_text(f"{workshop.name} · Exported {stamp}"))
        canv.drawRightString(width - margin, 20, f"Page {canv.getPageNumber()}")
        canv.restoreState()

    frame = Frame(margin, 36, width - 2 * margin, height - 72, leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("index", [frame], onPageEnd=page_end)])
    # The fewer the teams, the larger the type; the table stays on one page up to ~40 teams.
    size = max(6.0, min(9.0, 400 / max(len(rows) + 1, 1) / 1.9))
    cell = ParagraphStyle(
        "i-cell", fontName=REGULAR, fontSize=size, leading=size * 1.2, textColor=INK
    )
    head = ParagraphStyle(
        "i-head", parent=cell, fontName=BOLD, fontSize=size * 0.9, textColor=white
    )
    title = ParagraphStyle("i-title", fontName=BOLD, fontSize=18, leading=22, textColor=INK)
    data = [[Paragraph(safe(h, 80), head) for h in header]]
    cells: list[list[str]] = []
    for row in rows:
        values = [
            row.team,
            row.strategy,
            row.scenario,
            str(row.cards),
            str(row.in_place),
            str(row.errors),
            str(row.warnings),
            str(row.planned),
            *[_share(row.coverage.get(p)) for p in packs],
            row.file,
        ]
        cells.append(values)
        data.append([Paragraph(safe(v, 160), cell) for v in values])
    widths = _index_widths(header, cells, size, width - 2 * margin)
    table = RLTable(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, size),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, TRACK]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ]
        )
    )
    story = [
        Paragraph(safe(f"Coverage index — {workshop.name}", 200), title),
        Spacer(1, 6),
        Paragraph(safe(_provenance(rows), 2000), cell),
        Spacer(1, 4),
        Paragraph(
            safe(
                f"{len(rows)} strategies. Coverage is rules met by cards in place over rules in "
                "force per pack; '+N planned' rules are met only by cards planned or in progress "
                "and are not counted as met. Errors and warnings count today's gaps, missing or "
                "only planned; Planned counts the latter. — means the team did not select that "
                "pack.",
                600,
            ),
            cell,
        ),
        Spacer(1, 8),
        table,
    ]
    doc.build(story)
