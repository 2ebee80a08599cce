"""The facilitator's exports from the GUI: the report PDF and the scores CSV.

Each asks for a file through the native save dialog, reads the records on the
GUI thread (``app.review.workshop_report.gather``) and writes in a ``Job`` thread, telling the
facilitator when the file is written or why it is not. Closing the main window
waits for a write in progress, so no file is left half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from app.i18n import translate
from app.review import workshop_report
from app.review.rubrics import RubricChoiceError
from app.review.workshop_report import ReportInputs
from app.store import StoreError
from views.facilitator.reporting import Job, export_errors

if TYPE_CHECKING:
    from views.facilitating import FacilitatorTools


class Exports(QObject):
    """Writes the workshop's report and scores for the facilitator tools."""

    def __init__(self, tools: FacilitatorTools) -> None:
        super().__init__(tools)
        self.tools = tools
        self.jobs: list[Job] = []
        tools.wb.window.close_hooks.append(self.wait)

    def wait(self) -> bool:
        """Let writes in progress finish (the window is closing)."""
        for job in list(self.jobs):
            job.wait()
        return True

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        parent = self.tools.window or self.tools.wb.window
        path, _ = QFileDialog.getSaveFileName(parent, title, name, pattern)
        return Path(path) if path else None

    def _inputs(self) -> ReportInputs | None:
        wb = self.tools.wb
        if wb.services is None or wb.store is None or wb.workshop is None:
            return None
        for session in wb.sessions.values():
            session.autosaver.flush()
        live = [s.document.strategy for s in wb.sessions.values()]
        errors: tuple[type[Exception], ...] = (RubricChoiceError, StoreError, *export_errors())
        try:
            rubrics = wb.services.rubrics
            return workshop_report.gather(wb.store, wb.workshop.id, rubrics, live=live)
        except errors as err:
            self.tools.notify(
                translate("facilitator", "Cannot write the report: {e}").format(e=err), "error"
            )
            return None

    def export_report(self) -> Job | None:
        """Ask where, then write the facilitator report PDF in the background."""
        wb = self.tools.wb
        services = wb.services
        if wb.workshop is None or services is None:
            return None
        path = self._save_path(
            translate("facilitator", "Export facilitator report"),
            f"{wb.workshop.name} report.pdf",
            translate("facilitator", "PDF files (*.pdf)"),
        )
        inputs = self._inputs() if path is not None else None
        if path is None or inputs is None:
            return None
        # A checker of its own (the loaded packs and events): the live one's caches
        # belong to the GUI thread.
        checker = services.new_checker()

        def work() -> object:
            return workshop_report.write_pdf(workshop_report.build(inputs, checker.check), path)

        return self._run(work, path)

    def export_scores(self) -> Job | None:
        """Ask where, then write the rubric scores as CSV."""
        wb = self.tools.wb
        if wb.workshop is None:
            return None
        path = self._save_path(
            translate("facilitator", "Export scores"),
            f"{wb.workshop.name} scores.csv",
            translate("facilitator", "CSV files (*.csv)"),
        )
        inputs = self._inputs() if path is not None else None
        if path is None or inputs is None:
            return None
        return self._run(lambda: workshop_report.write_scores_csv(inputs, path), path)

    def _run(self, work: Callable[[], object], path: Path) -> Job:
        job = Job(work, export_errors(), self)
        self.jobs.append(job)
        self._status(translate("facilitator", "Writing {file}…").format(file=path.name))
        job.succeeded.connect(
            lambda _r: self._status(translate("facilitator", "Written: {file}").format(file=path))
        )
        job.failed.connect(
            lambda text: self.tools.notify(
                translate("facilitator", "Not written: {e}").format(e=text), "error"
            )
        )
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
        job.start()
        return job

    def _status(self, text: str) -> None:
        self.tools.notify(text)
        if self.tools.window is not None:
            self.tools.window.report_status.setText(text)
