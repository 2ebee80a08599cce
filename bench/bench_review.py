"""Review services: history replay (the slider), version diff, side-by-side and the report.

The history slider must stay within one frame while dragged, so ``state_at``
matters most. Run with ``python -m bench.bench_review``; prints medians.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from app.checker import Checker, load_packs
from app.document import Document
from app.review.compare import compare
from app.review.diff import diff_versions
from app.review.replay import Replay
from app.review.report import build_report
from app.review.rubrics import load_rubrics
from bench.workload import make_strategy
from models.operations import AddCard, MoveCard, OperationRecord
from models.phases import LIFECYCLE
from models.strategy import Card, Placement, Strategy
from models.workshop import Team, Workshop

RUNS = 15


def _median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _history(n_ops: int) -> tuple[Strategy, Strategy, list[OperationRecord]]:
    """A log of ``n_ops`` edits: a quarter adds, then moves and adds mixed."""
    rng = random.Random(7)
    base = Strategy(workshop_id="w", scenario_key="s", name="bench")
    doc = Document(base.model_copy(deep=True))
    records = []
    for index in range(n_ops):
        if index < n_ops // 4 or rng.random() < 0.3:
            op: AddCard | MoveCard = AddCard(
                card=Card(title=f"card {index}", phase=rng.choice(LIFECYCLE))
            )
        else:
            card = rng.choice(list(doc.strategy.cards.values()))
            after = Placement(phase=rng.choice(LIFECYCLE), x=rng.random() * 900, y=40.0)
            op = MoveCard(card_id=card.id, before=card.placement, after=after)
        doc.apply(op)
        records.append(OperationRecord(strategy_id=base.id, revision=doc.revision, op=op))
    return base, doc.strategy, records


def _replay_rows(n_ops: int, rng: random.Random) -> list[tuple[str, float]]:
    base, final, records = _history(n_ops)
    replay = Replay(base, records)
    return [
        (f"replay: build from {n_ops} ops", _median_ms(lambda: Replay(base, records), 5)),
        (
            f"replay: from final state, {n_ops} ops",
            _median_ms(lambda: Replay.from_final(final, records), 5),
        ),
        (
            f"replay: state_at(random revision), {n_ops} ops",
            _median_ms(lambda: replay.state_at(rng.randrange(0, n_ops + 1)), 51),
        ),
    ]


def _diff_rows(n_cards: int, checker: Checker, packs: tuple[str, ...]) -> list[tuple[str, float]]:
    before = make_strategy(n_cards, seed=1)
    before.packs = packs
    doc = Document(before.model_copy(deep=True))
    for card in list(before.cards.values())[: n_cards // 10]:
        moved = Placement(phase=card.phase, x=card.x + 5, y=card.y)
        doc.apply(MoveCard(card_id=card.id, before=card.placement, after=moved))
    after = doc.strategy
    others = [make_strategy(n_cards, seed=seed) for seed in range(2, 6)]
    for other in others:
        other.packs = packs
    return [
        (
            f"diff two versions, {n_cards} cards, no checker",
            _median_ms(lambda: diff_versions(before, after, None)),
        ),
        (
            f"diff two versions, {n_cards} cards, all packs",
            _median_ms(lambda: diff_versions(before, after, checker.check)),
        ),
        (
            f"side by side, 4 × {n_cards} cards, all packs",
            _median_ms(lambda: compare(others, checker.check), 5),
        ),
    ]


def _report_row(checker: Checker, packs: tuple[str, ...]) -> tuple[str, float]:
    rubric = load_rubrics().get()
    assert rubric is not None
    teams = [Team(name=f"Team {i}") for i in range(12)]
    workshop = Workshop(name="bench", teams=tuple(teams))
    strategies = []
    for index, team in enumerate(teams):
        strategy = make_strategy(60, seed=10 + index)
        strategy.team_id = team.id
        strategy.packs = packs
        strategies.append(strategy)
    return (
        "report: 12 teams × 60 cards, all packs",
        _median_ms(lambda: build_report(workshop, rubric, strategies, check=checker.check), 5),
    )


def main() -> None:
    """Print medians for replay, diff, side-by-side and report building."""
    rng = random.Random(3)
    loaded = load_packs().packs
    checker = Checker(loaded)
    packs = tuple(sorted(loaded))
    rows = _replay_rows(500, rng) + _replay_rows(2000, rng)
    rows += _diff_rows(100, checker, packs) + _diff_rows(500, checker, packs)
    rows.append(_report_row(checker, packs))
    print(f"{'operation':<52} {'median ms':>10}")
    for label, value in rows:
        print(f"{label:<52} {value:>10.2f}")


if __name__ == "__main__":
    main()
