"""Fixtures for the GUI tests: isolated QSettings, a database per test, a running workbench."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.resources import ContentLibrary, load_library

# The offscreen platform plugin says this whenever a dock or dialog resizes; it is
# about the headless platform, not our code, so it must not fail the GUI tests.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Let the GUI tests ignore the offscreen plugin's size-hint notice (only that one)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings written under this test's tmp folder, never the user's."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("mlops-canvas-tests")
    QCoreApplication.setApplicationName("canvas-tests")
    QSettings().clear()
    # Font scale and high contrast change application-wide font and palette: undo that.
    font, palette = QApplication.font(), QApplication.palette()
    yield folder
    QApplication.setFont(font)
    QApplication.setPalette(palette)


@pytest.fixture(scope="session")
def library() -> ContentLibrary:
    """The shipped content library (loaded once)."""
    return load_library()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh database file for this test."""
    return tmp_path / "canvas.sqlite3"


class Harness:
    """A main window with its workbench, errors collected instead of shown."""

    def __init__(self, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
        from views.shell import MainWindow
        from views.workbench import Workbench

        self.qtbot = qtbot
        self.db = db
        self.errors: list[tuple[str, str]] = []
        self.notices: list[tuple[str, str]] = []
        self.window = MainWindow()
        # The offscreen screen is 800×600; the GUI tests drive a window the size of a
        # projector's (the sizing from the real screen is tested under Xvfb).
        self.window.resize(1600, 900)
        qtbot.addWidget(self.window)
        self.workbench = Workbench(self.window)
        self.workbench.report_error = lambda title, text: self.errors.append((title, text))  # type: ignore[method-assign]
        self.workbench.report_notice = lambda title, text: self.notices.append((title, text))  # type: ignore[method-assign]
        with qtbot.waitExposed(self.window):
            self.window.show()
        self.opened = self.workbench.open_database(str(db))
        # Let the main window lay out its docks and tabs, as the event loop would.
        QApplication.processEvents()

    @property
    def session(self):  # type: ignore[no-untyped-def]
        assert self.workbench.session is not None
        return self.workbench.session

    def close(self) -> None:
        self.window.close()


@pytest.fixture
def harness(qtbot, db_path: Path) -> Iterator[Harness]:  # type: ignore[no-untyped-def]
    """The app on a fresh database (the demo workshop is written on first open)."""
    h = Harness(qtbot, db_path)
    yield h
    if h.workbench.store is not None:
        h.close()


@pytest.fixture
def make_harness(qtbot):  # type: ignore[no-untyped-def]
    """Open the app on a given database file (for reopen tests)."""
    made: list[Harness] = []

    def make(db: Path) -> Harness:
        h = Harness(qtbot, db)
        made.append(h)
        return h

    yield make
    for h in made:
        if h.workbench.store is not None:
            h.close()
