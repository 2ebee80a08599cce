"""Write the facilitator integration screenshots in docs/screenshots (offscreen).

- ``lane-review-states.png``: the demo strategy's lanes after the facilitator
  marked Evaluation acceptable and Monitoring to be corrected (the badge the
  team sees on the lane; the comment is its tooltip).
- ``facilitator-window.png``: the facilitator window on its rubric tab, beside
  the main window, after two criteria were scored.

Run: ``.venv/bin/python -m tests.views.facilitator.make_window_screenshots``
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QRect, QSettings
from PySide6.QtWidgets import QApplication

from models.phases import Phase
from models.review import PhaseReview, ReviewState

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def main() -> None:
    """Open the app on a fresh demo database and grab the two screenshots."""
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        QCoreApplication.setOrganizationName("mlops-canvas-screenshots")
        QCoreApplication.setApplicationName("facilitator")
        from views.shell import MainWindow
        from views.workbench import Workbench

        window = MainWindow()
        wb = Workbench(window)
        window.show()
        wb.open_database(str(Path(tmp) / "demo.sqlite3"))
        QApplication.processEvents()
        assert wb.session is not None
        tools = wb.facilitating
        sid = wb.session.strategy_id
        for phase, state, comment in (
            (Phase.EVALUATE, ReviewState.ACCEPTABLE, ""),
            (Phase.MONITOR, ReviewState.TO_BE_CORRECTED, "Who reads the drift alerts?"),
        ):
            entry = PhaseReview(strategy_id=sid, phase=phase, state=state, comment=comment)
            tools.record_phase_review(entry)
        lanes = wb.session.scene.lanes
        wb.view.set_zoom(1.0)
        evaluate, monitor = lanes[Phase.EVALUATE].rect(), lanes[Phase.MONITOR].rect()
        wb.view.centerOn((evaluate.left() + monitor.right()) / 2, evaluate.top() + 100)
        QApplication.processEvents()
        viewport = wb.view.viewport()
        left = wb.view.mapFromScene(evaluate.topLeft())
        right = wb.view.mapFromScene(monitor.topRight())
        band = QRect(left.x() - 10, left.y() - 10, right.x() - left.x() + 20, 220)
        viewport.grab(band).save(str(OUT / "lane-review-states.png"))
        print(OUT / "lane-review-states.png")
        facilitator = tools.show_window("rubric")
        facilitator.resize(1280, 860)
        form = facilitator.rubric_form
        assert form is not None
        form.boxes[form.rubric.criteria[0].key].radios[3].click()
        form.boxes[form.rubric.criteria[1].key].radios[2].click()
        QApplication.processEvents()
        facilitator.grab().save(str(OUT / "facilitator-window.png"))
        print(OUT / "facilitator-window.png")
        window.close()
    del app


if __name__ == "__main__":
    main()
