"""The export entry points the GUI and the CLI call.

Two documents come from one content model (``sections.build_slides``): the
*presentation* (the default: a 16:9 deck of at most ~10 slides for a 5-minute
team presentation) and, with ``handout=True``, the *full plan* (a portrait
document with every card, finding, citation and action, tagged for assistive
technology). Each function builds the slides once from the bundle and writes one
file atomically. They touch no global state beyond ReportLab's font registry
(filled once, under a lock), so they may run in a worker thread; the bundle
holds its own copy of the strategy, so the GUI may keep editing meanwhile.

From the GUI: the bundle is assembled on the GUI thread (``app.export.assemble``,
as the CLI does), then written off it::

    bundle = bundle_for(store, library, document.strategy, check=last_result,
                        exported_at=datetime.now().astimezone(), page_size=PageSize.A4,
                        sections=services.export_sections())
    export_pdf(bundle, path, handout=False,
               progress=lambda done, total: signal.emit(done, total),   # worker thread
               cancelled=stop_event.is_set)

``ExportCancelled`` and ``ExportError`` (folder missing, disk full: ``str(err)``
is the message for the user) leave the target path as it was.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.export.actions import action_rows
from app.export.atomic import atomic_write
from app.export.blocks import Audience
from app.export.bundle import ExportBundle
from app.export.deck import write_deck
from app.export.handout import write_handout
from app.export.markdown import render_markdown
from app.export.pdfdoc import Cancelled, ExportCancelled, Progress
from app.export.sections import build_slides
from app.export.text import clean
from app.i18n import phase_short, status_label, translate

__all__ = [
    "ExportCancelled",
    "ExportResult",
    "csv_text",
    "export_csv",
    "export_markdown",
    "export_pdf",
    "markdown_text",
    "render_pdf",
]

CSV_HEADER = ("card", "phase", "owner", "status", "notes")
"""The action list's columns (the header row in English)."""


def csv_header() -> tuple[str, ...]:
    """``CSV_HEADER`` in the current language (the cells below it are labels, not keys)."""
    return (
        translate("csv", "card"),
        translate("csv", "phase"),
        translate("csv", "owner"),
        translate("csv", "status"),
        translate("csv", "notes"),
    )


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, its sections (outline titles) and its page count."""

    path: Path
    slides: tuple[str, ...]
    pages: int = 0
    """Pages in the PDF (0 for Markdown and CSV): what a status message should count."""


def render_pdf(
    bundle: ExportBundle,
    target: BinaryIO,
    *,
    handout: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[str, ...]:
    """Write the presentation (or the full plan) into an open binary file.

    Returns the outline titles (one per slide or section).
    """
    return _render(bundle, target, handout, progress, cancelled)[0]


def _render(
    bundle: ExportBundle,
    target: BinaryIO,
    handout: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> tuple[tuple[str, ...], int]:
    if handout:
        state = write_handout(
            bundle, build_slides(bundle, Audience.PLAN), target, progress, cancelled
        )
    else:
        talk = build_slides(bundle, Audience.TALK)
        state = write_deck(bundle, talk, target, progress, cancelled)
    return tuple(state.outline), state.pages


def export_pdf(
    bundle: ExportBundle,
    path: Path,
    *,
    handout: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Export the 16:9 presentation (or the portrait full plan) to ``path``, atomically.

    Args:
        bundle: the strategy and its context.
        path: the target file; replaced only once the new file is complete.
        handout: write the full plan (portrait, ``bundle.page_size``) instead of the
            presentation.
        progress: called as ``progress(done, total)`` as each slide is laid out,
            from the exporting thread.
        cancelled: asked before each slide; True stops the export.

    Raises:
        ExportError: the file cannot be written; the target is left as it was.
        ExportCancelled: ``cancelled`` returned True; the target is left as it was.
    """

    def write(handle: BinaryIO) -> tuple[tuple[str, ...], int]:
        return _render(bundle, handle, handout, progress, cancelled)

    titles, pages = atomic_write(path, write)
    return ExportResult(path=path, slides=titles, pages=pages)


def markdown_text(bundle: ExportBundle) -> str:
    """The full plan's content as Markdown."""
    return render_markdown(bundle, build_slides(bundle, Audience.PLAN))


def csv_text(bundle: ExportBundle) -> str:
    """The action list as CSV (card, phase, owner, status, notes), with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_header())
    for row in action_rows(bundle):
        cells = (row.card, phase_short(row.phase), row.owner, status_label(row.status), row.notes)
        writer.writerow([_csv_cell(clean(cell)) for cell in cells])
    return out.getvalue()


def _csv_cell(value: str) -> str:
    """Defuse spreadsheet formulas: a cell starting with = + - @ is read as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def export_markdown(bundle: ExportBundle, path: Path) -> ExportResult:
    """Write the Markdown companion to ``path`` atomically (UTF-8)."""
    text = markdown_text(bundle)
    atomic_write(path, lambda f: f.write(text.encode("utf-8")))
    return ExportResult(path=path, slides=())


def export_csv(bundle: ExportBundle, path: Path) -> ExportResult:
    """Write the action-list CSV to ``path`` atomically (UTF-8 with BOM, for spreadsheets)."""
    text = csv_text(bundle)
    atomic_write(path, lambda f: f.write(text.encode("utf-8-sig")))
    return ExportResult(path=path, slides=())
