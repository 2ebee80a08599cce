"""A real X display for end-to-end tests: Xvfb at 1366×768 with openbox, real input by xdotool.

These tests run in their own pytest process (``make xvfb-test``: one QApplication per
process, on the xcb platform), never in the offscreen suite: there they are not even
collected. When Xvfb, openbox or xdotool is missing, every test here is skipped with
the reason, before any Qt application exists.

The display is started once for the session, before Qt opens it; each test file
starts the app (a main window with its workbench, on a database and settings of its
own) as ``app_session`` does, and drives it from outside with xdotool while the Qt
event loop keeps running.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.xvfb.display import start_display, stop_display

ENABLED = os.environ.get("MLOPS_CANVAS_XVFB") == "1"
SCREEN = (1366, 768)
TOOLS = ("Xvfb", "openbox", "xdotool")

if not ENABLED:
    # The offscreen suite: these tests belong to `make xvfb-test`.
    collect_ignore_glob = ["test_*.py"]

_missing = [tool for tool in TOOLS if shutil.which(tool) is None]
SKIP_REASON = ""


if ENABLED:
    if _missing:
        SKIP_REASON = (
            f"needs {', '.join(_missing)} (apt-get install xvfb openbox xdotool): "
            "no real display to test on"
        )
    else:
        os.environ["DISPLAY"] = start_display(SCREEN)
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        atexit.register(stop_display)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip every test here, with the reason, when the display could not be had.

    In CI (``CI`` set) the display is part of the machine (``.ci/run`` installs it):
    there a missing tool fails the run instead of passing it silently.
    """
    if SKIP_REASON:
        if os.environ.get("CI"):
            raise pytest.UsageError(f"the real-display tests are required in CI: {SKIP_REASON}")
        marker = pytest.mark.skip(reason=SKIP_REASON)
        for item in items:
            item.add_marker(marker)


# -- the app ---------------------------------------------------------------------------------


class App:
    """One start of the app on this display: its window, workbench and data folder."""

    def __init__(self, home: Path) -> None:
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtWidgets import QApplication

        from views.shell import MainWindow
        from views.workbench import Workbench

        self.home = home
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
        QCoreApplication.setOrganizationName("mlops-canvas-xvfb")
        QCoreApplication.setApplicationName("canvas-xvfb")
        self.errors: list[tuple[str, str]] = []
        self.window = MainWindow()
        self.workbench = Workbench(self.window)
        self.workbench.report_error = self._error  # type: ignore[method-assign]
        self.workbench.report_notice = self._notice  # type: ignore[method-assign]
        self.window.show_first()
        wait_for(lambda: self.window.isVisible() and self.window.windowHandle() is not None)
        assert self.workbench.open_database(str(home / "canvas.sqlite3"))
        settle(0.6)  # the window manager maximises, the layout is restored twice
        QApplication.processEvents()

    def _error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def _notice(self, title: str, text: str) -> None:
        """Notices (a database update) are not what these tests look at."""

    @property
    def wid(self) -> str:
        """The X window id of the main window."""
        return str(int(self.window.winId()))

    def focus(self, window: Any = None) -> None:
        """Give a top-level window the keyboard (xdotool's keys need it)."""
        target = str(int(window.winId())) if window is not None else self.wid
        xdo("windowactivate", "--sync", target)
        xdo("windowfocus", "--sync", target)
        settle(0.2)

    def quit_by_key(self) -> None:
        """Ctrl+Q, pressed for real; waits until the window has closed."""
        self.focus()
        xdo("key", "ctrl+q")
        wait_for(lambda: not self.window.isVisible(), timeout=10)


def settle(seconds: float) -> None:
    """Run the Qt event loop for a while (never a bare sleep: the app must keep working)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_for(condition: Any, timeout: float = 10.0) -> None:
    """Run the event loop until ``condition()`` holds (or fail after ``timeout`` seconds)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        QApplication.processEvents()
        time.sleep(0.01)


def xdo(*args: str, timeout: float = 20.0) -> None:
    """Run one xdotool command while the Qt event loop keeps running (a drag needs it)."""
    from PySide6.QtWidgets import QApplication

    process = subprocess.Popen(["xdotool", *args])
    deadline = time.monotonic() + timeout
    while process.poll() is None:
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"xdotool {' '.join(args)} did not finish")
        QApplication.processEvents()
        time.sleep(0.005)
    assert process.returncode == 0, f"xdotool {' '.join(args)} failed"
    QApplication.processEvents()


@pytest.fixture(scope="module")
def app_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data and settings folder for this test file's app."""
    return tmp_path_factory.mktemp("xvfb-app")


@pytest.fixture(scope="module")
def app(qapp: Any, app_home: Path) -> Iterator[App]:
    """The app, started once for the test file."""
    started = App(app_home)
    yield started
    if started.window.isVisible():
        started.window.close()
