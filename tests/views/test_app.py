"""The GUI process as a terminal user meets it: Ctrl+C quits cleanly, the log file is written.

Each test starts ``main.py`` in a child process (offscreen) and drives it with
signals; the start-up probe's ``FIRST_PAINT`` / ``READY`` lines say when the
window is up, so no test sleeps.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.logs import LOG_FILENAME

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 90.0


def _start(tmp_path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.pop("MLOPS_CANVAS_DB", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MLOPS_CANVAS_DATA_DIR=str(tmp_path / "data"),
        MLOPS_CANVAS_STARTUP_PROBE="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "canvas.sqlite3")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )


def _wait_for_line(child: subprocess.Popen[str], word: str) -> None:
    """Read the child's stdout until a line starts with ``word`` (fails on timeout or exit)."""
    assert child.stdout is not None
    deadline = time.monotonic() + TIMEOUT
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=deadline - time.monotonic()):
                continue
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"the app exited before {word}: {child.communicate()[1]}")
            if line.startswith(word):
                return
    child.kill()
    pytest.fail(f"no {word} line within {TIMEOUT} s")


@pytest.mark.parametrize("when", ["FIRST_PAINT", "READY"])
def test_ctrl_c_quits_the_gui_cleanly(tmp_path: Path, when: str) -> None:
    child = _start(tmp_path)
    try:
        _wait_for_line(child, when)
        child.send_signal(signal.SIGINT)
        _out, err = child.communicate(timeout=TIMEOUT)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode in (0, 130), err
    assert "Traceback" not in err
    assert "KeyboardInterrupt" not in err
    log = (tmp_path / "data" / "logs" / LOG_FILENAME).read_text("utf-8")
    assert "started" in log
    assert f"stopped with status {child.returncode}" in log


def test_sigterm_closes_the_window_and_keeps_the_database(tmp_path: Path) -> None:
    child = _start(tmp_path)
    try:
        _wait_for_line(child, "READY")
        child.terminate()
        _out, err = child.communicate(timeout=TIMEOUT)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err
    # The window closed through its close hooks: the layout was saved on the way.
    settings = tmp_path / "config" / "mlops-canvas" / "MLOps Lifecycle Canvas.conf"
    assert "window" in settings.read_text("utf-8")
    assert (tmp_path / "canvas.sqlite3").stat().st_size > 0
