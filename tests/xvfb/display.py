"""An X server of a given size with a window manager, for the end-to-end tests and the
screenshots (``Xvfb`` and ``openbox``, started and stopped by their own process ids)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

_processes: list[subprocess.Popen[bytes]] = []


def free_display() -> int:
    """A display number no X server uses (from :91 up)."""
    for number in range(91, 140):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number between :91 and :139")


def start_display(size: tuple[int, int]) -> str:
    """Start Xvfb with one screen of ``size`` and openbox on it; return the display name."""
    number = free_display()
    display = f":{number}"
    width, height = size
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _processes.append(xvfb)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if xvfb.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"Xvfb did not start on {display}")
        time.sleep(0.05)
    env = {**os.environ, "DISPLAY": display}
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _processes.append(wm)
    time.sleep(0.5)  # openbox takes the screen before the first window maps
    return display


def stop_display() -> None:
    """Stop the window managers and X servers this process started (by their own ids)."""
    for process in reversed(_processes):
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
