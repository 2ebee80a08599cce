"""Write the facilitator screenshots in docs/screenshots (offscreen, real fonts).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.views.facilitator.make_screenshots``
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from app.demo import DemoBundle
from app.resources import ContentLibrary
from models.findings import CheckResult
from models.strategy import Strategy

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _save(widget: QWidget, name: str, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def timer_shot() -> QWidget:
    """The timer in the Explore stage with 42:17 left."""
    from models.review import Agenda
    from views.facilitator.timer import TimerController, TimerPanel

    clock = _Clock()
    controller = TimerController(Agenda.default(), clock)
    controller.skip()
    controller.toggle()
    clock.now += 60 * 60 - (42 * 60 + 17)
    controller.poll()
    panel = TimerPanel(controller)
    panel.setWindowTitle("Agenda timer")
    _save(panel, "timer.png", 1600, 900)
    return panel


def _demo() -> tuple[ContentLibrary, DemoBundle, Callable[[Strategy], CheckResult]]:
    from app.checker import Checker, load_packs
    from app.demo import build_demo
    from app.resources import load_library

    library = load_library()
    return library, build_demo(library), Checker(load_packs().packs, library).check


def rubric_shot() -> QWidget:
    """Team Aurora's strategy half scored against the default rubric."""
    from app.review.rubrics import load_rubrics
    from app.review.scoring import new_sheet, set_score
    from views.facilitator.rubric_form import RubricForm

    library, demo, check = _demo()
    rubric = load_rubrics().get()
    assert rubric is not None
    strategy = demo.strategies[0]
    sheet = new_sheet(strategy.id, rubric, "Facilitator")
    sheet = set_score(sheet, rubric, rubric.criteria[0].key, 3, "All six lanes hold practices.")
    sheet = set_score(sheet, rubric, rubric.criteria[1].key, 2)
    titles = {k: c.title for k, c in library.capabilities.items()}
    form = RubricForm(
        rubric, strategy, result=check(strategy), sheet=sheet, capability_titles=titles
    )
    _save(form, "rubric-form.png", 1600, 1000)
    return form


def side_by_side_shot() -> QWidget:
    """Team Aurora's strategy beside a rival plan for the same scenario."""
    from tests.views.facilitator.builders import rival_strategy
    from views.facilitator.side_by_side import SideBySideView

    library, demo, check = _demo()
    aurora = demo.strategies[0]
    rival = rival_strategy(demo, library)
    names = {aurora.id: "Team Aurora", rival.id: "Team Cirrus"}
    view = SideBySideView(
        [aurora, rival, demo.strategies[1]], check, names=names, selected=[aurora.id, rival.id]
    )
    view.tabs.setCurrentIndex(1)  # the cards one team has and the other lacks
    _save(view, "side-by-side.png", 1600, 1000)
    return view


SHOTS: dict[str, Callable[[], QWidget]] = {
    "timer": timer_shot,
    "rubric": rubric_shot,
    "side-by-side": side_by_side_shot,
}


def main(names: list[str]) -> None:
    """Write the screenshots named (all when none are named)."""
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    kept = [SHOTS[name]() for name in (names or list(SHOTS))]
    del kept, app


if __name__ == "__main__":
    main(sys.argv[1:])
