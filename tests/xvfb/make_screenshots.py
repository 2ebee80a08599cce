"""Screenshots of the shared screen at 1920×1080 and 1366×768, taken on a real X display.

Run from the repository (needs Xvfb, openbox, xdotool and ImageMagick's ``import``)::

    QT_QPA_PLATFORM=xcb python -m tests.xvfb.make_screenshots docs/screenshots [--lang fr]

With ``--lang fr`` the interface is in French and each file is named ``…-fr-1366.png``.

For each size: the main window as it first opens, presentation mode (F5), the
facilitator window's day tab, and each stage of the workshop day (Engage's case
study, Explore's guided drill with the timer's offer, Explain's guide slides,
Elaborate's canvas, Evaluate's plan slides and reflection form); at 1366×768 also
the high-contrast theme at 200 % font scale. Each size runs in its own process
(one QApplication on one display per process).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = {"1920": (1920, 1080), "1366": (1366, 768)}


def shoot(path: Path) -> None:
    """The whole screen (root window) to ``path``."""
    from tests.xvfb.conftest import settle

    settle(0.6)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print(f"wrote {path}")


def take(out: Path, label: str, tag: str = "") -> None:
    """Every screenshot of one screen size (this process's display); ``tag`` prefixes the size."""
    from PySide6.QtWidgets import QApplication

    from tests.xvfb.conftest import App, settle, xdo

    home = Path(tempfile.mkdtemp(prefix=f"shots-{label}-"))
    app = App(home)
    wb = app.workbench
    day = wb.day
    tools = wb.facilitating
    app.focus()
    shoot(out / f"main-{tag}{label}.png")
    xdo("key", "F5")
    settle(1.0)
    shoot(out / f"presentation-{tag}{label}.png")
    xdo("key", "F5")
    settle(1.0)
    # Engage: the timer starts, the case study of a documented failure, full screen.
    tools.controller.toggle()
    window = tools.show_window("day")
    settle(0.5)
    shoot(out / f"facilitator-{tag}{label}.png")
    window.show_tab("case")
    picker = window.case_picker
    assert picker is not None
    picker.choose("robodebt")
    picker.present()
    twin = picker.view.twin if picker.view is not None else None
    settle(0.8)
    if twin is not None:
        twin.go_to(2)
    shoot(out / f"stage-engage-{tag}{label}.png")
    if twin is not None:
        twin.close()
    window.hide()
    # Explore: the timer moves on and offers the guided drill above the canvas.
    tools.controller.skip()
    app.focus()
    settle(0.4)
    shoot(out / f"stage-explore-offer-{tag}{label}.png")
    day.open_explore()
    day.explore.choose_event("service-outage")
    day.explore.watch()
    day.explore.watch()
    settle(0.4)
    shoot(out / f"stage-explore-{tag}{label}.png")
    day.explore.hide()
    # Explain: the phase guide as slides.
    tools.controller.skip()
    show = day.guide_slides()
    assert show is not None
    show.go_to(2)
    shoot(out / f"stage-explain-{tag}{label}.png")
    show.close()
    # Elaborate: the canvas with the palette beside it.
    tools.controller.skip()
    day.back_to_canvas()
    shoot(out / f"stage-elaborate-{tag}{label}.png")
    wb.palette.hide()
    # Evaluate: the team's plan as slides (the live board), then the reflections.
    tools.controller.skip()
    show = day.present_plan()
    assert show is not None
    board = next(
        (i for i, label_ in enumerate(show.headings) if label_.text() == "Lifecycle canvas"), 0
    )
    show.go_to(board)
    shoot(out / f"stage-evaluate-{tag}{label}.png")
    show.go_to(board + 1)
    shoot(out / f"stage-evaluate-lane-{tag}{label}.png")
    show.close()
    window = tools.show_window("reflect")
    settle(0.5)
    shoot(out / f"stage-evaluate-reflection-{tag}{label}.png")
    window.hide()
    if label == "1366":
        app.focus()
        wb.actions["high_contrast"].trigger()
        wb.actions["font_200"].trigger()
        xdo("key", "F3")  # the findings, to show a panel at that size too
        settle(0.8)
        shoot(out / f"accessibility-200-high-contrast-{tag}{label}.png")
        xdo("key", "F3")
        wb.actions["font_100"].trigger()
        wb.actions["high_contrast"].trigger()
    app.window.close()
    QApplication.processEvents()


def main() -> int:
    """Take the screenshots of one size (``--size``), or run itself once per size."""
    args = sys.argv[1:]
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    lang = args[args.index("--lang") + 1] if "--lang" in args else None
    extra = ["--lang", lang] if lang else []
    if "--size" not in args:
        for label in SIZES:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tests.xvfb.make_screenshots",
                    str(out),
                    "--size",
                    label,
                    *extra,
                ],
                check=True,
            )
        return 0
    label = args[args.index("--size") + 1]
    from tests.xvfb.display import start_display, stop_display

    os.environ["DISPLAY"] = start_display(SIZES[label])
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.setdefault("MLOPS_CANVAS_NO_USER_DATA", "1")
    try:
        from PySide6.QtWidgets import QApplication

        qt = QApplication([sys.argv[0]])
        tag = ""
        if lang:
            from views.translation import install

            tag = f"{install(qt, lang)}-"
        take(out, label, tag)
        qt.quit()
    finally:
        stop_display()
    return 0


if __name__ == "__main__":
    sys.exit(main())
