"""The PDF export off the GUI thread, and the non-modal window that shows its progress.

The bundle is built on the GUI thread (it deep-copies the strategy), then an
``ExportJob`` writes the file in a thread-pool thread and reports through
queued signals, so the window keeps painting and the user keeps editing while
the deck is laid out. Cancelling sets an event the export asks before each
slide; the target file is then left as it was.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.export import api
from app.export.atomic import ExportError
from app.export.bundle import ExportBundle
from app.export.fonts import FontError
from app.export.pdfdoc import ExportCancelled
from app.i18n import interface_language, speaking, translate

_log = logging.getLogger(__name__)


OPEN_SETTING = "export/open_when_done"


class ExportSignals(QObject):
    """What a running export reports (emitted from the worker thread, received queued).

    Signals:
        progress(int, int): slides laid out so far, and how many in all.
        finished(object): the ``ExportResult`` once the file is in place.
        failed(str): why the file could not be written (for the user).
        cancelled(): the user stopped the export; nothing was written.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class ExportJob(QRunnable):
    """Writes one PDF in a pool thread.

    Args:
        bundle: the strategy and its context, built on the GUI thread.
        path: the file to write (replaced only once complete).
        handout: the portrait handout instead of the 16:9 deck.
        lang: the language to write in (the bundle was built in it); None: the interface's.
    """

    def __init__(
        self, bundle: ExportBundle, path: Path, *, handout: bool, lang: str | None = None
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the controller keeps it until its signals have arrived
        self.bundle = bundle
        self.path = path
        self.handout = handout
        self.lang = lang or interface_language()
        self.signals = ExportSignals()
        self.stop = threading.Event()

    def run(self) -> None:
        """Export, then emit exactly one of finished, failed or cancelled."""
        try:
            with speaking(self.lang):  # this thread only: the window goes on in its language
                result = api.export_pdf(
                    self.bundle,
                    self.path,
                    handout=self.handout,
                    progress=self.signals.progress.emit,
                    cancelled=self.stop.is_set,
                )
        except ExportCancelled:
            self.signals.cancelled.emit()
        except (ExportError, FontError, OSError) as err:
            self.signals.failed.emit(str(err))
        except Exception as err:
            # A bug in a slide must reach the user as a message, not leave the
            # progress window waiting for a worker that has died.
            _log.exception("The export stopped on an unexpected error")
            self.signals.failed.emit(
                translate(
                    "export",
                    "The export stopped on an unexpected error; your board is unchanged and "
                    "the log file has the details ({error}: {message}).",
                ).format(error=type(err).__name__, message=err)
            )
        else:
            self.signals.finished.emit(result)


class ExportProgress(QDialog):
    """A small non-modal window: what is being written, how far, open-when-done, Cancel."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(translate("exporting", "Exporting PDF"))
        self.setAccessibleName(translate("exporting", "Export progress"))
        layout = QVBoxLayout(self)
        self.label = QLabel(translate("exporting", "Writing {name}…").format(name=path.name))
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("exporting", "Export status"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first slide reports how many there are
        self.bar.setAccessibleName(translate("exporting", "Slides written"))
        self.open_when_done = QCheckBox(translate("exporting", "&Open the file when done"))
        self.open_when_done.setChecked(
            str(QSettings().value(OPEN_SETTING, "false")).lower() in {"true", "1"}
        )
        self.open_when_done.toggled.connect(lambda on: QSettings().setValue(OPEN_SETTING, on))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("exporting", "Cancel the export"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def set_progress(self, done: int, total: int) -> None:
        """Show ``done`` of ``total`` slides."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(translate("exporting", "%v of %m slides"))

    def stopping(self) -> None:
        """The user pressed Cancel: say so until the worker has stopped."""
        self.label.setText(translate("exporting", "Cancelling…"))
        self.cancel_button.setEnabled(False)
