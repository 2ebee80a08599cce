"""One real app window in its own process (offscreen), driven by JSON lines on stdin.

``python -m tests.views.window_child URL STRATEGY_ID SETTINGS_DIR`` opens the
main window with its workbench on ``URL`` and shows the strategy. The seat's
name comes from ``$MLOPS_CANVAS_SEAT``. Commands, each answered with one JSON line:
``{"add": TITLE}`` adds a card through the editor (an undo step);
``{"wait": [TITLES], "timeout": S}`` lets the event loop run (the seating timer
ticks) until every title is on the board, answering the seconds it took or null;
``{"board": true}`` answers the titles, the undo steps and the pending edits;
``{"quit": true}`` closes the window.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

POLL_MS = 10


def main(url: str, strategy_id: str, settings_dir: str) -> int:
    app = QApplication([sys.argv[0]])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    QCoreApplication.setOrganizationName("mlops-canvas-child")
    QCoreApplication.setApplicationName(f"child-{os.getpid()}")

    from models.phases import Phase
    from models.strategy import Card
    from views.shell import MainWindow
    from views.workbench import Workbench

    window = MainWindow()
    window.resize(1280, 800)
    workbench = Workbench(window)
    workbench.report_error = lambda title, text: print(  # type: ignore[method-assign]
        json.dumps({"error": f"{title}: {text}"}), file=sys.stderr, flush=True
    )
    window.show()
    if not workbench.open_database(url):
        return 1
    workbench.open_strategy(strategy_id)

    def session() -> Any:
        assert workbench.session is not None
        return workbench.session

    def titles() -> list[str]:
        return sorted(card.title for card in session().document.strategy.cards.values())

    def answer(data: dict[str, object]) -> None:
        print(json.dumps(data), flush=True)

    def wait(wanted: set[str], deadline: float, start: float) -> None:
        if wanted <= set(titles()):
            answer({"took": time.monotonic() - start, "stack": session().stack.count()})
        elif time.monotonic() >= deadline:
            answer({"took": None, "titles": titles()})
        else:
            QTimer.singleShot(POLL_MS, lambda: wait(wanted, deadline, start))

    def command(line: str) -> None:
        data = json.loads(line)
        if "add" in data:
            session().editor.add_card(Card(title=data["add"], phase=Phase.DATA))
            answer({"pending": session().autosaver.pending, "stack": session().stack.count()})
        elif "wait" in data:
            start = time.monotonic()
            wait(set(data["wait"]), start + float(data.get("timeout", 5)), start)
        elif "board" in data:
            answer(
                {
                    "titles": titles(),
                    "stack": session().stack.count(),
                    "pending": session().autosaver.pending,
                }
            )
        elif "quit" in data:
            window.close()
            answer({"bye": True, "closed": workbench.store is None})
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def readable() -> None:
        line = sys.stdin.readline()
        if not line:
            notifier.setEnabled(False)
            app.quit()
            return
        command(line)

    notifier.activated.connect(readable)
    answer({"ready": True, "stack": session().stack.count(), "seat": workbench.store.seat.name})  # type: ignore[union-attr]
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
