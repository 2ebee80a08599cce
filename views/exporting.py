"""File → Export: the open strategy as a PDF deck or handout, Markdown, or an action-list CSV.

``install_exporting(workbench, checking)`` adds the export actions and the
export language (``views.export_language``) to the File menu. A save dialog asks
where; the bundle, in the export language (its content text from the services
of that language, its check by their checker), (strategy, findings, drills and
review slides) is put together on the GUI thread, then the PDF is written by
an ``ExportJob`` in a worker thread while a non-modal window shows progress,
offers Cancel and "open the file when done". Markdown and CSV are small and
written directly. A failure is reported in a message and leaves no file.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings, QStandardPaths, QThreadPool, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog

from app.export import api
from app.export.assemble import UnknownScenarioError, bundle_for
from app.export.atomic import ExportError
from app.export.bundle import ExportBundle, ExtraSections, PageSize
from app.export.fonts import FontError
from app.i18n import interface_language, speaking, translate
from app.pdf_pages import page_count
from app.resources import ContentError
from app.store import StoreError
from views.export_language import ExportLanguageMenu, export_language, stem_for, titled
from views.export_worker import ExportJob, ExportProgress
from views.mounting import add_action, menu_with
from views.session import StrategySession

if TYPE_CHECKING:
    from views.checking import CheckingController
    from views.workbench import Workbench

FOLDER_SETTING = "export/folder"
PDF_FILTER = "PDF (*.pdf)"
MARKDOWN_FILTER = "Markdown (*.md)"
CSV_FILTER = "CSV (*.csv)"


def file_stem(name: str) -> str:
    """A file name from a strategy name: letters, digits, dashes; never empty."""
    stem = re.sub(r"[^\w\-]+", "-", name, flags=re.UNICODE).strip("-_")
    return stem[:80] or "strategy"


class ExportController(QObject):
    """The export actions of the main window.

    Args:
        wb: the workbench.
        checking: the live checker (its last result goes into the compliance slides).
    """

    def __init__(self, wb: Workbench, checking: CheckingController | None) -> None:
        super().__init__(wb)
        self.wb = wb
        self.checking = checking
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: ExportJob | None = None
        self.progress: ExportProgress | None = None
        self.actions: list[QAction] = []

    # -- asking ----------------------------------------------------------------------------

    def ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        """Ask where to save (the platform's own dialog); None if cancelled."""
        session = self.wb.session
        assert session is not None
        folder = str(QSettings().value(FOLDER_SETTING, "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        stem = stem_for(file_stem(session.document.strategy.name))
        suggested = str(Path(folder) / f"{stem}{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.wb.window, titled(title), suggested, file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        QSettings().setValue(FOLDER_SETTING, str(path.parent))
        return path

    # -- building the bundle (GUI thread) --------------------------------------------------

    @property
    def language(self) -> str:
        """The language the next export is written in (File › Export language)."""
        return export_language()

    def sections(self, lang: str | None = None) -> ExtraSections | None:
        """The drills and review slides every deck gets (loaded on the first export)."""
        services = self.wb.services
        if services is None:
            return None
        services = services.in_language(lang or self.language)
        with speaking(services.language):
            return services.export_sections()

    def bundle(self, session: StrategySession, lang: str | None = None) -> ExportBundle:
        """The open strategy with everything its deck shows, in ``lang`` (the export language).

        Raises:
            ExportError: the strategy's scenario or workshop is not known.
            StoreError, ContentError: the stored reviews, the drills or the content in
                that language cannot be read.
        """
        services = self.wb.services
        if services is None or self.wb.store is None:
            raise ExportError(translate("exporting", "the database is closed"))
        code = lang or self.language
        services = services.in_language(code)
        strategy = session.document.strategy
        letter = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        try:
            with speaking(code):
                if self.checking is None:
                    check = None
                elif code == interface_language():
                    check = self.checking.result_for(session)  # the live check, as shown
                else:  # the same rules, their text in the export's language
                    check = services.checker.check(strategy)
                return bundle_for(
                    services.store,
                    services.library,
                    strategy,
                    check=check,
                    exported_at=dt.datetime.now(dt.UTC).astimezone(),
                    page_size=PageSize.LETTER if letter else PageSize.A4,
                    sections=self.sections(code),
                    workshop=self.wb.workshop,
                )
        except UnknownScenarioError as err:
            raise ExportError(
                translate("exporting", "the strategy's scenario {key} is not known").format(
                    key=err.key
                )
            ) from None

    def _bundle_or_report(self, lang: str) -> ExportBundle | None:
        session = self.wb.session
        if session is None:
            self.wb.show_message(translate("exporting", "Open a strategy first."))
            return None
        try:
            return self.bundle(session, lang)
        except (ExportError, StoreError, ContentError) as err:
            self.wb.report_error(translate("exporting", "Cannot export"), str(err))
            return None

    # -- PDF (worker thread) ---------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a PDF export is under way."""
        return self.job is not None

    def export_pdf(self, *, handout: bool = False) -> None:
        """Ask for a file, then write the deck (or handout) in a worker thread."""
        if self.running or self.wb.session is None:
            if self.wb.session is None:
                self.wb.show_message(translate("exporting", "Open a strategy first."))
            return
        title = (
            translate("exporting", "Export handout PDF")
            if handout
            else translate("exporting", "Export PDF")
        )
        path = self.ask_path(title, ".pdf", PDF_FILTER)
        if path is None:
            return
        lang = self.language
        bundle = self._bundle_or_report(lang)
        if bundle is None:
            return
        job = ExportJob(bundle, path, handout=handout, lang=lang)
        progress = ExportProgress(path, self.wb.window)
        job.signals.progress.connect(progress.set_progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        progress.buttons.rejected.connect(self.cancel)
        progress.rejected.connect(self.cancel)
        self.job, self.progress = job, progress
        self._enable(False)
        progress.show()
        self.wb.show_message(translate("exporting", "Exporting {name}…").format(name=path.name))
        self.pool.start(job)

    def cancel(self) -> None:
        """Stop the running export (the target file is left as it was)."""
        if self.job is not None:
            self.job.stop.set()
            if self.progress is not None:
                self.progress.stopping()

    def shutdown(self) -> None:
        """The window closes: stop a running export and wait for its thread (nothing is written)."""
        self.cancel()
        self.pool.waitForDone()

    def _done(self) -> bool:
        """Close the progress window; True if "open when done" was ticked."""
        wanted = False
        if self.progress is not None:
            wanted = self.progress.open_when_done.isChecked()
            self.progress.blockSignals(True)  # closing it is not a cancel
            self.progress.close()
            self.progress.deleteLater()
        self.job = self.progress = None
        self._enable(True)
        return wanted

    def _finished(self, result: api.ExportResult) -> None:
        open_it = self._done()
        # Pages as the reader will count them: a long section flows onto more pages
        # than the outline has entries.
        pages = page_count(result.path)
        if pages is None:
            text = translate("exporting", "Exported {n} sections to {path}").format(
                n=len(result.slides), path=result.path
            )
        else:
            text = translate("exporting", "Exported {n} pages to {path}").format(
                n=pages, path=result.path
            )
        self.wb.show_message(text)
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def _failed(self, message: str) -> None:
        self._done()
        self.wb.report_error(
            translate("exporting", "Export failed"),
            translate(
                "exporting", "The PDF could not be written: {error}\n\nNo file was written."
            ).format(error=message),
        )

    def _cancelled(self) -> None:
        self._done()
        self.wb.show_message(translate("exporting", "Export cancelled; no file was written."))

    def _enable(self, on: bool) -> None:
        for action in self.actions:
            action.setEnabled(on)

    # -- Markdown and CSV (small: written directly) -----------------------------------------

    def export_markdown(self) -> None:
        """Write the deck's content as Markdown."""
        self._export_text(
            translate("exporting", "Export Markdown"), ".md", MARKDOWN_FILTER, markdown=True
        )

    def export_csv(self) -> None:
        """Write the action list (card, phase, owner, status, notes) as CSV."""
        self._export_text(
            translate("exporting", "Export action list"), ".csv", CSV_FILTER, markdown=False
        )

    def _export_text(self, title: str, suffix: str, file_filter: str, *, markdown: bool) -> None:
        if self.wb.session is None:
            self.wb.show_message(translate("exporting", "Open a strategy first."))
            return
        path = self.ask_path(title, suffix, file_filter)
        if path is None:
            return
        lang = self.language
        bundle = self._bundle_or_report(lang)
        if bundle is None:
            return
        try:
            with speaking(lang):
                if markdown:
                    api.export_markdown(bundle, path)
                else:
                    api.export_csv(bundle, path)
        except (ExportError, FontError, OSError) as err:
            self.wb.report_error(translate("exporting", "Export failed"), str(err))
            return
        self.wb.show_message(translate("exporting", "Exported to {path}").format(path=path))


def install_exporting(wb: Workbench, checking: CheckingController | None) -> ExportController:
    """Add the export actions to the File menu of a built workbench."""
    controller = ExportController(wb, checking)
    wb.window.close_hooks.append(controller.shutdown)  # after the workbench agreed to close
    quit_action = wb.actions["quit"]
    file_menu = menu_with(wb, quit_action)
    if file_menu is None:
        return controller
    for name, text, slot, keys in (
        (
            "export_pdf",
            translate("exporting", "&Export PDF…"),
            controller.export_pdf,
            "Ctrl+Shift+E",
        ),
        (
            "export_handout",
            translate("exporting", "Export PDF &handout…"),
            lambda: controller.export_pdf(handout=True),
            None,
        ),
        (
            "export_markdown",
            translate("exporting", "Export &Markdown…"),
            controller.export_markdown,
            None,
        ),
        (
            "export_csv",
            translate("exporting", "Export action &list (CSV)…"),
            controller.export_csv,
            None,
        ),
    ):
        action = add_action(wb, file_menu, name, text, slot, keys=keys, before=quit_action)
        controller.actions.append(action)
    file_menu.insertMenu(quit_action, ExportLanguageMenu(file_menu))
    file_menu.insertSeparator(quit_action)
    return controller
