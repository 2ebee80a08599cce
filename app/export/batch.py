"""Exporting every strategy of a workshop into a folder, with a coverage index.

Two PDFs per strategy, named after its team and strategy: the presentation
(``…-presentation.pdf``) and the full plan (``…-plan.pdf``); and
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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer

from app.export.api import export_csv, export_markdown, export_pdf
from app.export.assemble import assemble_bundle, unknown_scenario_message
from app.export.atomic import atomic_write
from app.export.bundle import ExportBundle, ExtraSections, Library, PageSize
from app.export.checked import law_dates, pack_versions, versions_text
from app.export.flowables import CELL_PAD, grid, safe
from app.export.fonts import BOLD, REGULAR, text_width
from app.export.handout import SIZES
from app.export.pdfdoc import PdfDocTemplate, pdf_text
from app.export.tagging import TaggedParagraph, artifact
from app.export.theme import INK, MUTED, PLAN_SCALE, make_styles
from app.export.wrap import segments
from app.i18n import percent, translate
from models.content import Scenario
from models.findings import CheckResult, PackCoverage
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity, Status
from models.workshop import Workshop

INDEX_NAME = "00-coverage-index.pdf"
PRESENTATION_SUFFIX = "-presentation.pdf"
PLAN_SUFFIX = "-plan.pdf"
Checker = Callable[[Strategy], CheckResult | None]
BatchProgress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, strategy_name)`` after each strategy's file is written."""


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
    """The presentation's file name."""
    planned: int = 0
    """Findings met only by cards planned or in progress (counted in errors/warnings too)."""
    check: CheckResult | None = None
    plan_file: str = ""
    """The full plan's file name."""


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


def _row(bundle: ExportBundle, file: str, plan_file: str) -> TeamRow:
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
        plan_file=plan_file,
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
    page_size: PageSize = PageSize.A4,
    markdown: bool = False,
    csv: bool = False,
    progress: BatchProgress | None = None,
    sections: ExtraSections | None = None,
) -> BatchResult:
    """Write the presentation and the full plan of every strategy, then the coverage index.

    Args:
        workshop: the workshop (its teams name the files).
        strategies: the strategies to export, in the order wanted in the index.
        scenarios: scenarios by key (the workshop's, else the library's).
        library: the content library.
        folder: an existing folder; files of the same names are replaced.
        checker: gives each strategy's check result (or None when not checked).
        exported_at: the time shown in every footer.
        page_size: paper size of the plans and of the index.
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
            raise BatchError(unknown_scenario_message(strategy.scenario_key, strategy.name))
        bundles.append(
            assemble_bundle(
                strategy,
                workshop=workshop,
                scenario=scenario,
                check=checker(strategy),
                library=library,
                exported_at=exported_at,
                page_size=page_size,
                sections=sections,
            )
        )
    taken: set[str] = {INDEX_NAME.removesuffix(".pdf")}
    files: list[Path] = []
    rows: list[TeamRow] = []
    for done, bundle in enumerate(bundles, start=1):
        stem = _file_stem(bundle.team_name, bundle.strategy, taken)
        talk = folder / f"{stem}{PRESENTATION_SUFFIX}"
        plan = folder / f"{stem}{PLAN_SUFFIX}"
        export_pdf(bundle, talk)
        export_pdf(bundle, plan, handout=True)
        files += [talk, plan]
        if markdown:
            files.append(export_markdown(bundle, folder / f"{stem}.md").path)
        if csv:
            files.append(export_csv(bundle, folder / f"{stem}.csv").path)
        rows.append(_row(bundle, talk.name, plan.name))
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
        return translate("coverage index", "n/a") + (
            " " + translate("coverage index", "({count} upcoming)").format(count=cov.upcoming)
            if cov.upcoming
            else ""
        )
    text = f"{percent(cov.share)} ({cov.satisfied}/{cov.applicable})"
    return text + (
        " " + translate("coverage index", "+{count} planned").format(count=cov.planned)
        if cov.planned
        else ""
    )


def _provenance(rows: Sequence[TeamRow]) -> str:
    """'Law as of 5 December 2026. Rule packs: EU AI Act — … (version …); …'."""
    checks = [row.check for row in rows]
    if all(check is None for check in checks):
        return translate("coverage index", "Not checked: no strategy was checked before export.")
    dates = law_dates(checks) or translate("coverage index", "an unrecorded date")
    return translate("coverage index", "Law as of {dates}. Rule packs: {packs}.").format(
        dates=dates, packs=versions_text(pack_versions(checks))
    )


INDEX_SIZES = (9.0, 8.5, 8.0)
"""Cell sizes tried for the index, largest first; 8 pt is the smallest the plan kind sets."""


def _index_size(header: Sequence[str], cells: Sequence[Sequence[str]], width: float) -> float:
    """The largest size at which every column is at least as wide as its longest word."""
    pad = 2 * CELL_PAD + 1
    for size in INDEX_SIZES:
        least = 0.0
        for col in range(len(header)):
            words = segments(header[col])
            longest = max((text_width(w, size, bold=True) for w in words), default=0.0)
            for row in cells:
                for w in segments(row[col]):
                    longest = max(longest, text_width(w, size))
            least += longest + pad
        if least <= width:
            return size
    return INDEX_SIZES[-1]


def write_index(
    workshop: Workshop,
    rows: Sequence[TeamRow],
    target: BinaryIO,
    exported_at: dt.datetime,
    page_size: PageSize,
) -> None:
    """The one-page coverage index: a table of every team's strategy, landscape.

    Columns are sized to their content (no header or figure breaks inside a word;
    team, strategy and file names wrap between words or after a hyphen); the type
    is 9 pt, down to 8 pt when many packs share the page.
    """
    width, height = landscape(SIZES[page_size])
    margin = 36.0
    packs = sorted({title for row in rows for title in row.coverage})
    short = [p.split(" — ")[0] for p in packs]  # "EU AI Act — high-risk …" → "EU AI Act"
    header = [
        translate("coverage index", "Team"),
        translate("coverage index", "Strategy"),
        translate("coverage index", "Scenario"),
        translate("coverage index", "Cards"),
        translate("coverage index", "In place"),
        translate("coverage index", "Errors"),
        translate("coverage index", "Warnings"),
        translate("coverage index", "Planned"),
    ]
    header += [*short, translate("coverage index", "File name")]
    heading = translate("coverage index", "Coverage index — {workshop}").format(
        workshop=workshop.name
    )
    title_text = pdf_text(heading)
    doc = PdfDocTemplate(
        target,
        metadata={
            "title": title_text,
            "author": pdf_text(workshop.facilitator or workshop.name),
            "subject": pdf_text(
                translate(
                    "coverage index", "Coverage of every team's MLOps strategy in {workshop}"
                ).format(workshop=workshop.name)
            ),
            "keywords": [
                "MLOps",
                translate("metadata", "coverage"),
                translate("metadata", "workshop"),
            ],
        },
        tagged=True,
        pagesize=(width, height),
    )
    stamp = f"{exported_at:%Y-%m-%d %H:%M} {exported_at.tzname() or ''}".rstrip()

    def page_end(canv: Canvas, _doc: PdfDocTemplate) -> None:
        if canv.getPageNumber() == 1:  # the outline names the index, as every deck's does
            canv.bookmarkPage("index")
            canv.addOutlineEntry(title_text, "index", level=0)
        with artifact(canv):
            canv.saveState()
            canv.setFont(REGULAR, 8)
            canv.setFillColor(MUTED)
            exported = translate("coverage index", "Exported {stamp}").format(stamp=stamp)
            canv.drawString(margin, 20, pdf_text(f"{workshop.name} · {exported}"))
            canv.drawRightString(
                width - margin,
                20,
                translate("coverage index", "Page {number}").format(number=canv.getPageNumber()),
            )
            canv.restoreState()

    frame = Frame(margin, 36, width - 2 * margin, height - 72, leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("index", [frame], onPageEnd=page_end)])
    cells: list[list[str]] = []
    for row in rows:
        cells.append(
            [
                row.team,
                row.strategy,
                row.scenario,
                str(row.cards),
                str(row.in_place),
                str(row.errors),
                str(row.warnings),
                str(row.planned),
                *[_share(row.coverage.get(p)) for p in packs],
                row.file.removesuffix(PRESENTATION_SUFFIX),
            ]
        )
    size = _index_size(header, cells, width - 2 * margin)
    scale = replace(PLAN_SCALE, small=size)
    styles = make_styles(scale)
    title = ParagraphStyle("i-title", fontName=BOLD, fontSize=18, leading=22, textColor=INK)
    note = ParagraphStyle("i-note", parent=styles.body, fontSize=9, leading=11.5, spaceAfter=4)
    story: list[Flowable] = [
        TaggedParagraph(safe(heading, 200), title, role="H1"),
        Spacer(1, 6),
        TaggedParagraph(safe(_provenance(rows), 2000), note),
        TaggedParagraph(
            safe(
                translate(
                    "coverage index",
                    "{count} strategies. Coverage is rules met by cards in place over rules in "
                    "force per pack; '+N planned' rules are met only by cards planned or in "
                    "progress and are not counted as met. Errors and warnings count today's gaps, "
                    "missing or only planned; Planned counts the latter. — means the team did not "
                    "select that pack. Each team's files are the file name with {presentation} "
                    "(the presentation) and {plan} (the full plan).",
                ).format(count=len(rows), presentation=PRESENTATION_SUFFIX, plan=PLAN_SUFFIX),
                600,
            ),
            note,
        ),
        Spacer(1, 6),
        *grid(header, cells, styles, width - 2 * margin, 400),
    ]
    doc.build(story)
