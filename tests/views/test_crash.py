"""An unexpected exception: logged in full, one dialog that tells the truth about unsaved edits."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.logs import close_file_logging, setup_file_logging
from app.store import StoreWriteError
from tests.views.a11y_helpers import unnamed_widgets
from views.crash import CrashReporter, ExcInfo


def _exc_info(message: str = "the lane vanished") -> ExcInfo:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        info = sys.exc_info()
    assert info[0] is not None and info[1] is not None
    return (info[0], info[1], info[2])


@pytest.fixture(autouse=True)
def wired(request: pytest.FixtureRequest) -> None:
    """The main window knows its workbench, as ``views.app.run_gui`` sets it."""
    if "harness" in request.fixturenames:
        harness = request.getfixturevalue("harness")
        harness.window.workbench = harness.workbench


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's rotating log file in this test's folder."""
    path = setup_file_logging(tmp_path / "logs")
    assert path is not None
    yield path
    close_file_logging()


def test_error_is_logged_and_reported_with_saved_edits(harness, log_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    quits: list[bool] = []
    reporter = CrashReporter(harness.window, log_file, lambda: quits.append(True))
    dialog = reporter.show_report(_exc_info())
    qtbot.waitUntil(dialog.isVisible)
    assert "RuntimeError: the lane vanished" in dialog.what.text()
    assert "No edits were lost" in dialog.data.text()
    assert str(log_file) in dialog.log.text()
    assert unnamed_widgets(dialog) == []
    dialog.copy_details()
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "the lane vanished" in copied
    dialog.quit_button.click()
    assert quits == [True]


def test_hook_logs_the_traceback_and_opens_one_dialog(harness, log_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    reporter = CrashReporter(harness.window, log_file, lambda: None)
    reporter.install()
    try:
        assert sys.excepthook == reporter.hook
        reporter.hook(*_exc_info("first"))
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        reporter.hook(*_exc_info("second"))
        reporter.hook(*_exc_info("third"))
        dialog = reporter.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: "2 further errors" in dialog.more.text())
    finally:
        reporter.uninstall()
    assert sys.excepthook != reporter.hook
    assert reporter.dialog is dialog
    assert "first" in reporter.dialog.what.text()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crash_dialog"]
    assert [d for d in dialogs if d.isVisible()] == [reporter.dialog]
    text = log_file.read_text("utf-8")
    assert text.count("Traceback (most recent call last)") == 3
    assert "RuntimeError: third" in text
    reporter.dialog.keep_button.click()


def test_unsaved_edits_are_reported_as_unsaved(harness, log_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    store = harness.workbench.store

    def failing(strategy, changes) -> None:  # type: ignore[no-untyped-def]
        raise StoreWriteError("The disk is full.")

    monkeypatch.setattr(store, "record_many", failing)
    card = next(iter(session.document.strategy.cards.values()))
    session.editor.update_card(card.id, title="Typed before the error")
    reporter = CrashReporter(harness.window, log_file, lambda: None)
    dialog = reporter.show_report(_exc_info())
    assert "1 edits are not saved yet" in dialog.data.text()
    assert "disk is full" in dialog.data.text()
    assert "No edits were lost" not in dialog.data.text()
    dialog.keep_button.click()
    monkeypatch.undo()  # the disk has room again: the close below writes the edit


def test_pending_edits_are_written_before_the_report(harness, log_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A write that failed once but works now is retried, and then nothing is unsaved."""
    session = harness.session
    store = harness.workbench.store
    real = store.record_many
    monkeypatch.setattr(
        store, "record_many", lambda *_: (_ for _ in ()).throw(StoreWriteError("Locked."))
    )
    card = next(iter(session.document.strategy.cards.values()))
    session.editor.update_card(card.id, title="Saved by the crash handler")
    assert session.autosaver.pending == 1
    monkeypatch.setattr(store, "record_many", real)
    reporter = CrashReporter(harness.window, log_file, lambda: None)
    dialog = reporter.show_report(_exc_info())
    assert session.autosaver.pending == 0
    assert "No edits were lost" in dialog.data.text()
    dialog.keep_button.click()


def test_without_a_database_nothing_can_be_lost(qtbot, log_file: Path) -> None:  # type: ignore[no-untyped-def]
    from views.shell import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    reporter = CrashReporter(window, None, lambda: None)
    dialog = reporter.show_report(_exc_info())
    assert "No database was open" in dialog.data.text()
    assert "No log file" in dialog.log.text()
    assert not dialog.folder_button.isEnabled()
    dialog.keep_button.click()


def test_worker_thread_error_opens_the_dialog_on_the_gui_thread(  # type: ignore[no-untyped-def]
    harness, log_file: Path, qtbot
) -> None:
    reporter = CrashReporter(harness.window, log_file, lambda: None)
    reporter.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    finally:
        reporter.uninstall()
    assert reporter.dialog is not None
    assert "ZeroDivisionError" in reporter.dialog.what.text()
    assert reporter.dialog.thread() is harness.window.thread()  # the GUI thread
    assert "ZeroDivisionError" in log_file.read_text("utf-8")
    reporter.dialog.keep_button.click()
