"""File → Export in the real main window: the PDF is written off the GUI thread, never half-done."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.export import api
from app.export.actions import _STATUS_ORDER
from tests.views.conftest import Harness
from views.exporting import ExportController, file_stem

WAIT_MS = 60_000


def exporting(h: Harness) -> ExportController:
    return h.workbench.exporting


def answer_save_dialog(monkeypatch: Any, path: Path | None) -> list[str]:
    """Replace the platform's save dialog with one that answers ``path`` (None: cancel)."""
    asked: list[str] = []

    def fake(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def wrap_export(monkeypatch: Any, before: Callable[[], object]) -> list[int]:
    """Run ``before`` in the exporting thread ahead of the real export; returns thread ids."""
    real = api.export_pdf
    threads: list[int] = []

    def wrapped(*args: Any, **kwargs: Any) -> api.ExportResult:
        threads.append(threading.get_ident())
        before()
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "export_pdf", wrapped)
    return threads


def finished(h: Harness, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not exporting(h).running, timeout=WAIT_MS)


def test_export_pdf_runs_in_a_worker_while_the_window_keeps_running(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "aurora"
    asked = answer_save_dialog(monkeypatch, target)
    ticked = threading.Event()
    # The export waits until the GUI thread's event loop has run a timer: it can only
    # get past this if the export is not blocking that loop.
    threads = wrap_export(monkeypatch, lambda: ticked.wait(10))
    steps: list[tuple[int, int]] = []
    c = exporting(harness)
    harness.workbench.actions["export_pdf"].trigger()
    assert asked and asked[0].endswith(f"{file_stem(harness.session.document.strategy.name)}.pdf")
    assert c.running and c.progress is not None and c.progress.isVisible()
    assert not c.progress.isModal()
    assert c.job is not None
    c.job.signals.progress.connect(lambda done, total: steps.append((done, total)))
    assert not harness.workbench.actions["export_pdf"].isEnabled()
    QTimer.singleShot(0, ticked.set)
    finished(harness, qtbot)
    assert ticked.is_set()
    assert threads and threads[0] != threading.get_ident()
    written = target.with_suffix(".pdf")
    reader = PdfReader(written)
    assert len(reader.pages) > 3
    text = "".join(page.extract_text() for page in reader.pages)
    assert harness.session.document.strategy.name in text
    assert steps and steps[-1][0] == steps[-1][1]
    assert harness.workbench.actions["export_pdf"].isEnabled()
    assert "Exported" in harness.workbench.window.statusBar().currentMessage()
    assert harness.errors == []


def test_open_when_done_opens_the_local_file(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "handout.pdf"
    answer_save_dialog(monkeypatch, target)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    go = threading.Event()
    wrap_export(monkeypatch, lambda: go.wait(10))
    c = exporting(harness)
    harness.workbench.actions["export_handout"].trigger()
    assert c.progress is not None
    c.progress.open_when_done.setChecked(True)
    go.set()
    finished(harness, qtbot)
    assert opened == [QUrl.fromLocalFile(str(target))]
    page = PdfReader(target).pages[0]
    assert page.mediabox.height > page.mediabox.width  # the portrait handout


def test_a_failure_shows_a_message_and_leaves_no_file(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "missing-folder" / "deck.pdf"
    answer_save_dialog(monkeypatch, target)
    harness.workbench.actions["export_pdf"].trigger()
    finished(harness, qtbot)
    assert not target.exists() and not target.parent.exists()
    assert len(harness.errors) == 1
    title, text = harness.errors[0]
    assert title == "Export failed"
    assert "does not exist" in text and "No file was written" in text
    assert harness.workbench.actions["export_pdf"].isEnabled()


def test_a_failing_slide_is_reported_and_the_old_file_is_kept(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "deck.pdf"
    target.write_bytes(b"the previous deck")
    answer_save_dialog(monkeypatch, target)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("a slide could not be laid out")

    monkeypatch.setattr("app.export.api.build_slides", broken)
    harness.workbench.actions["export_pdf"].trigger()
    finished(harness, qtbot)
    assert target.read_bytes() == b"the previous deck"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    text = harness.errors[0][1]
    assert "a slide could not be laid out" in text and "ValueError" in text
    assert "unexpected error" in text and "board is unchanged" in text


def test_cancel_stops_the_export_and_writes_nothing(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "deck.pdf"
    answer_save_dialog(monkeypatch, target)
    go = threading.Event()
    wrap_export(monkeypatch, lambda: go.wait(10))
    c = exporting(harness)
    harness.workbench.actions["export_pdf"].trigger()
    assert c.progress is not None
    QTest.mouseClick(c.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not c.progress.cancel_button.isEnabled()
    go.set()
    finished(harness, qtbot)
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert "cancelled" in harness.workbench.window.statusBar().currentMessage()
    assert harness.errors == []


def test_cancelling_the_save_dialog_exports_nothing(
    harness: Harness, tmp_path: Path, monkeypatch: Any
) -> None:
    answer_save_dialog(monkeypatch, None)
    harness.workbench.actions["export_pdf"].trigger()
    assert not exporting(harness).running
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize(
    ("action", "suffix", "expected"),
    [
        ("export_markdown", ".md", "# "),
        ("export_csv", ".csv", "card,phase,owner,status,notes"),
    ],
)
def test_markdown_and_the_action_list(
    harness: Harness,
    tmp_path: Path,
    monkeypatch: Any,
    *,
    action: str,
    suffix: str,
    expected: str,
) -> None:
    target = tmp_path / "out"
    answer_save_dialog(monkeypatch, target)
    harness.workbench.actions[action].trigger()
    written = target.with_suffix(suffix)
    text = written.read_text(encoding="utf-8-sig")
    assert expected in text
    strategy = harness.session.document.strategy
    if suffix == ".md":  # Markdown escapes punctuation in titles; the name has none
        assert f"# {strategy.name}" in text
    else:
        pending = [c for c in strategy.cards.values() if c.status in _STATUS_ORDER]
        assert pending and all(card.title in text for card in pending)
    assert harness.errors == []


def test_file_names_come_from_the_strategy_name() -> None:
    assert file_stem("Team Aurora: benefits / triage") == "Team-Aurora-benefits-triage"
    assert file_stem("///") == "strategy"


def test_closing_the_window_stops_a_running_export(
    harness: Harness, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "deck.pdf"
    answer_save_dialog(monkeypatch, target)
    c = exporting(harness)
    # The export starts only once the window has asked it to stop.
    wrap_export(monkeypatch, lambda: c.job is not None and c.job.stop.wait(10))
    harness.workbench.actions["export_pdf"].trigger()
    assert c.running
    harness.close()
    assert c.pool.activeThreadCount() == 0
    assert not target.exists()
