"""Screenshots of live checking and drill mode: ``python -m views.screenshots_live [folder]``.

Opens the app offscreen on a scratch copy of the demo workshop (settings and
database in a temporary folder, nothing of the user's touched) at 1920×1080 and
writes ``checking.png`` (canvas with the findings dock — the gaps that would hurt
first, then the rest — card badges and the coverage meters, the top gap with the
most harm picked and its cards lit) and ``drill-mode.png``
(a drill stepped half-way through its chain, the cards on the path lit).
"""

from __future__ import annotations

import sys
from pathlib import Path

from views.screenshots import demo_workbench, settle

DRILL_EVENT = "silent-accuracy-decay"
MAX_CLOSES = 6
BOARD_ZOOM = 0.62  # cards draw their badges from 45% up


def main(argv: list[str] | None = None) -> int:
    """Write checking.png and drill-mode.png into the folder (docs/screenshots by default)."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with demo_workbench() as workbench:
        if workbench is None:
            return 1
        window = workbench.window
        largest = max(workbench.strategies_listing(), key=lambda s: s.card_count, default=None)
        if largest is not None:
            workbench.open_strategy(largest.id)
        settle()
        _checking(workbench)
        settle()
        window.grab().save(str(out / "checking.png"))
        _drill(workbench)
        settle()
        window.grab().save(str(out / "drill-mode.png"))
    return 0


def _checking(workbench: object) -> None:
    from views.workbench import Workbench

    assert isinstance(workbench, Workbench)
    controller = workbench.checking
    controller.findings.show()
    controller.findings.raise_()
    result = controller.result
    if result is None:
        return
    # Pick the top gap the drills attach the most harm to, among those about cards on the
    # board: its cards are lit and badged, and the details say why it ranks where it does.
    gaps = [g for g in result.top_gaps if g.card_ids]
    if gaps:
        controller.findings.select_gap(max(gaps, key=lambda g: g.harm_per_day).rank)
    else:
        finding = next((f for f in result.findings if f.card_ids), None)
        if finding is not None:
            controller.findings.select_finding(finding)
    _show_board(workbench, controller.findings)


def _show_board(workbench: object, dock: object) -> None:
    """A zoom at which cards show their badges, the board's top-left in view, a tall dock."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from views.workbench import Workbench

    assert isinstance(workbench, Workbench) and isinstance(dock, QDockWidget)
    workbench.window.resizeDocks([dock], [470], Qt.Orientation.Vertical)
    workbench.view.set_zoom(BOARD_ZOOM)
    view = workbench.view
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())


def _drill(workbench: object) -> None:
    from views.workbench import Workbench

    assert isinstance(workbench, Workbench)
    if workbench.drilling is None:
        return
    dock = workbench.drilling.dock
    dock.show()
    dock.raise_()
    settle()
    # A team closes this event's gaps first, so its chain is whole and lights several cards.
    for _ in range(MAX_CLOSES):
        if not dock.select_event(DRILL_EVENT):
            return
        timeline = dock.current_timeline()
        if timeline is None or timeline.broken is None or not dock.chain.close_button.isEnabled():
            break
        dock.close_gap()
        settle()  # the drills run again in the next idle tick, as after any edit
    dock.select_event(DRILL_EVENT)
    timeline = dock.current_timeline()
    if timeline is None:
        return
    for _ in range(max(1, len(timeline.steps) - 1)):
        dock.step()
    _show_board(workbench, dock)


if __name__ == "__main__":
    sys.exit(main())
