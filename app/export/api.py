"""The export entry points the GUI and the CLI call.

Each function builds the slides once from the bundle and writes one file
atomically. They touch no global state beyond ReportLab's font registry
(filled once, under a lock), so they may run in a worker thread; the bundle
holds its own copy of the strategy, so the GUI may keep editing meanwhile.

From the GUI (off the GUI thread)::

    bundle = ExportBundle(workshop=..., team=..., scenario=..., strategy=document.strategy,
                          check=last_result, library=library,
                          exported_at=datetime.now().astimezone(), page_size=PageSize.A4)
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
from app.export.bundle import ExportBundle
from app.export.deck import write_deck
from app.export.handout import write_handout
from app.export.markdown import render_markdown
from app.export.pdfdoc import Cancelled, ExportCancelled, Progress
from app.export.sections import build_slides
from app.export.text import clean

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


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    slides: tuple[str, ...]


def render_pdf(
    bundle: ExportBundle,
    target: BinaryIO,
    *,
    handout: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[str, ...]:
    """Write the deck (or the handout) into an open binary file; return the outline titles."""
    slides = build_slides(bundle)
    writer = write_handout if handout else write_deck
    state = writer(bundle, slides, target, progress, cancelled)
    return tuple(state.outline)


def export_pdf(
    bundle: ExportBundle,
    path: Path,
    *,
    handout: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Export the 16:9 deck (or the portrait handout) to ``path``, atomically.

    Args:
        bundle: the strategy and its context.
        path: the target file; replaced only once the new file is complete.
        handout: write the portrait handout (``bundle.page_size``) instead of the deck.
        progress: called as ``progress(done, total)`` as each slide is laid out,
            from the exporting thread.
        cancelled: asked before each slide; True stops the export.

    Raises:
        ExportError: the file cannot be written; the target is left as it was.
        ExportCancelled: ``cancelled`` returned True; the target is left as it was.
    """

    def write(handle: BinaryIO) -> tuple[str, ...]:
        return render_pdf(bundle, handle, handout=handout, progress=progress, cancelled=cancelled)

    titles = atomic_write(path, write)
    return ExportResult(path=path, slides=titles)


def markdown_text(bundle: ExportBundle) -> str:
    """The deck's content as Markdown."""
    return render_markdown(bundle, build_slides(bundle))


def csv_text(bundle: ExportBundle) -> str:
    """The action list as CSV (card, phase, owner, status, notes), with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in action_rows(bundle):
        cells = (row.card, row.phase.short_title, row.owner, row.status.label, row.notes)
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
