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

from app.i18n import QT_TRANSLATE_NOOP, speaking, translate
from app.review import workshop_report
from app.review.rubrics import RubricChoiceError
from app.review.workshop_report import ReportInputs
from app.store import StoreError
from views.export_language import export_language, titled
from views.facilitator.reporting import Job, export_errors

if TYPE_CHECKING:
    from views.facilitating import FacilitatorTools


FILE_NAMES = {
    "report": QT_TRANSLATE_NOOP("facilitator", "{workshop} report"),
    "scores": QT_TRANSLATE_NOOP("facilitator", "{workshop} scores"),
}
"""The suggested file names, in the language the file is written in."""


def _file_name(lang: str, kind: str, workshop: str) -> str:
    with speaking(lang):
        return translate("facilitator", FILE_NAMES[kind]).format(workshop=workshop)


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

    def _save_path(self, title: str, name: str, suffix: str, pattern: str) -> Path | None:
        parent = self.tools.window or self.tools.wb.window
        path, _ = QFileDialog.getSaveFileName(parent, titled(title), f"{name}{suffix}", pattern)
        return Path(path) if path else None

    def _inputs(self, lang: str) -> ReportInputs | None:
        wb = self.tools.wb
        if wb.services is None or wb.store is None or wb.workshop is None:
            return None
        for session in wb.sessions.values():
            session.autosaver.flush()
        live = [s.document.strategy for s in wb.sessions.values()]
        errors: tuple[type[Exception], ...] = (RubricChoiceError, StoreError, *export_errors())
        try:
            rubrics = wb.services.in_language(lang).rubrics
            with speaking(lang):
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
        lang = export_language()
        path = self._save_path(
            translate("facilitator", "Export facilitator report"),
            _file_name(lang, "report", wb.workshop.name),
            ".pdf",
            translate("facilitator", "PDF files (*.pdf)"),
        )
        inputs = self._inputs(lang) if path is not None else None
        if path is None or inputs is None:
            return None
        # A checker of its own (the loaded packs and events, their text in the export's
        # language): the live one's caches belong to the GUI thread.
        try:
            checker = services.in_language(lang).new_checker()
        except export_errors() as err:
            self.tools.notify(
                translate("facilitator", "Cannot write the report: {e}").format(e=err), "error"
            )
            return None

        def work() -> object:
            with speaking(lang):  # the worker thread only
                return workshop_report.write_pdf(workshop_report.build(inputs, checker.check), path)

        return self._run(work, path)

    def export_scores(self) -> Job | None:
        """Ask where, then write the rubric scores as CSV."""
        wb = self.tools.wb
        if wb.workshop is None:
            return None
        lang = export_language()
        path = self._save_path(
            translate("facilitator", "Export scores"),
            _file_name(lang, "scores", wb.workshop.name),
            ".csv",
            translate("facilitator", "CSV files (*.csv)"),
        )
        inputs = self._inputs(lang) if path is not None else None
        if path is None or inputs is None:
            return None

        def work() -> object:
            with speaking(lang):
                return workshop_report.write_scores_csv(inputs, path)

        return self._run(work, path)

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
