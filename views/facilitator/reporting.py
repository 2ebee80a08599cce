"""Running the facilitator's report and scores writes off the GUI thread.

The store is used from the GUI thread only, so the records are read there
(``app.review.workshop_report.gather``: a few queries, milliseconds); checking
every strategy and drawing the PDF, the slow part, runs in a ``Job`` thread.
The report itself — the rubric choice, the sections, the files — is
``app.review.workshop_report``'s, the same the ``report`` command writes:
nothing is worked out twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal


def export_errors() -> tuple[type[Exception], ...]:
    """The failures of writing a report or CSV that are the environment's, not bugs."""
    from app.export.atomic import ExportError
    from app.export.fonts import FontError
    from app.resources import ContentError
    from app.review.errors import CsvFormatError

    return (ExportError, FontError, ContentError, CsvFormatError, OSError)


class Job(QThread):
    """Runs one piece of work off the GUI thread and reports back on it.

    Signals:
        succeeded(object): the work's result.
        failed(str): the message of an expected failure (see ``export_errors``).
    """

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        work: Callable[[], object],
        errors: tuple[type[Exception], ...],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._errors = errors

    def run(self) -> None:
        """Do the work; emit its result or the message of an expected failure."""
        try:
            result = self._work()
        except self._errors as err:
            self.failed.emit(str(err))
            return
        self.succeeded.emit(result)
