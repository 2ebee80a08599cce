"""Write docs/screenshots/facilitator-report.png: page 1 of the demo's facilitator report.

The demo workshop is written to a temporary database, scored (every criterion
of the default rubric for each strategy), given one round of peer feedback and
a few phase reviews, then reported with ``main.py report`` — the same path the
Facilitator menu's export takes — and page 1 is rendered with ``pdftoppm``.

Run: ``.venv/bin/python -m tests.views.facilitator.make_report_screenshot``
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from app.demo import ensure_demo
from app.resources import load_library
from app.review.peers import TeamEntry, new_round, save_feedback
from app.review.rubrics import load_rubrics
from app.review.scoring import new_sheet, set_score
from app.review.states import evaluate
from app.store import Store
from models.phases import Phase
from models.review import PeerFeedback, ReviewState

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "docs" / "screenshots" / "facilitator-report.png"
LEVELS = ((3, 2, 4, 3, 2, 3), (2, 3, 3, 2, 4, 2))


def _fill(store: Store) -> str:
    workshop = store.list_workshops()[0]
    rubric = load_rubrics().get()
    assert rubric is not None
    summaries = store.list_strategies(workshop.id)
    for summary, levels in zip(summaries, LEVELS, strict=False):
        sheet = new_sheet(summary.id, rubric, workshop.facilitator)
        for criterion, level in zip(rubric.criteria, levels, strict=False):
            sheet = set_score(sheet, rubric, criterion.key, level)
        store.save_sheet(workshop.id, sheet)
        history = evaluate([], summary.id, Phase.DATA, ReviewState.ACCEPTABLE, "")
        store.add_phase_review(history)
        store.add_phase_review(
            evaluate(
                [history],
                summary.id,
                Phase.MONITOR,
                ReviewState.TO_BE_CORRECTED,
                "Name who reads the drift alerts.",
            )
        )
    entries = [TeamEntry(s.team_id, s.id) for s in summaries if s.team_id]
    peer_round = new_round(workshop.id, entries)
    store.save_round(peer_round)
    for a in peer_round.assignments:
        draft = PeerFeedback(
            round_id=peer_round.id,
            reviewer_team_id=a.reviewer_team_id,
            strategy_id=a.strategy_id,
            strengths="Clear owners for every phase.",
            questions="How does a citizen appeal a decision?",
            suggestion="Add a rollback drill before go-live.",
            score=3,
        )
        store.save_feedback(save_feedback(peer_round, draft))
    return workshop.id


def main() -> None:
    """Build the report of the scored demo and render its first page."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        store = Store.open(f"sqlite:///{db}")
        try:
            ensure_demo(store, load_library())
            workshop_id = _fill(store)
        finally:
            store.close()
        pdf = Path(tmp) / "report.pdf"
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "report"]
        subprocess.run([*command, "--workshop", workshop_id, "-o", str(pdf)], check=True)
        stem = Path(tmp) / "page"
        render = ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*render, str(pdf), str(stem)], check=True)
        OUT.write_bytes(stem.with_suffix(".png").read_bytes())
    print(OUT)


if __name__ == "__main__":
    main()
