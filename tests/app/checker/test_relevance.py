"""Moving cards inside their lanes changes no finding: views skip the re-check for it."""

from __future__ import annotations

from app.checker import Checker, PackSet
from app.checker.relevance import changes_outcomes
from app.drills import load_events, prepare, run_drills
from app.resources import ContentLibrary
from bench.workload import make_strategy
from models.operations import Batch, CardPatch, MoveCard, RenameStrategy, SetPacks, UpdateCard
from models.phases import Phase
from models.strategy import Placement
from models.vocabulary import Status


def test_only_moves_inside_a_lane_and_renames_leave_outcomes_alone() -> None:
    here = Placement(phase=Phase.DATA, x=0, y=0)
    there = Placement(phase=Phase.DATA, x=40, y=300)
    other = Placement(phase=Phase.DEPLOY, x=0, y=0)
    inside = MoveCard(card_id="c1", before=here, after=there)
    across = MoveCard(card_id="c1", before=here, after=other)
    assert not changes_outcomes(inside)
    assert not changes_outcomes(RenameStrategy(before="a", after="b"))
    assert not changes_outcomes(Batch(label="arrange", ops=(inside, inside.inverse())))
    assert changes_outcomes(across)
    assert changes_outcomes(Batch(label="arrange", ops=(inside, across)))
    assert changes_outcomes(SetPacks(before=(), after=("gdpr",)))
    assert changes_outcomes(
        UpdateCard(card_id="c1", before=CardPatch(title="a"), after=CardPatch(title="b"))
    )


def test_a_strategy_moved_around_its_lanes_checks_and_drills_the_same(
    checker: Checker, library: ContentLibrary
) -> None:
    strategy = make_strategy(120, seed=3)
    strategy.packs = tuple(sorted(checker.packs))
    before = checker.check(strategy)
    events = load_events(capabilities=library.capabilities).events
    drilled = run_drills(prepare(strategy), events)
    for number, card in enumerate(list(strategy.cards.values())):
        strategy.cards[card.id] = card.model_copy(
            update={"x": card.x + 37 * (number % 5), "y": card.y + 211 * (number % 7)}
        )
    after = checker.check(strategy)
    assert after.findings == before.findings
    assert after.coverage == before.coverage
    assert after.top_gaps == before.top_gaps
    assert run_drills(prepare(strategy), events) == drilled


def test_a_reused_evidence_index_checks_like_a_fresh_one(
    checker: Checker, shipped: PackSet, library: ContentLibrary
) -> None:
    strategy = make_strategy(90, seed=5)
    strategy.packs = tuple(sorted(shipped.packs))
    cards = list(strategy.cards.values())
    live = Checker(shipped, library, library.capabilities)
    live.check(strategy)
    edits: list[dict[str, object]] = [
        {"title": "A retitled practice"},  # an in-place card's title: rebuilt, same outcome
        {"status": Status.IN_PLACE},
        {"status": Status.PLANNED},
        {"owner_role": None},
    ]
    for number, update in enumerate(edits):
        card = cards[number * 7]
        strategy.cards[card.id] = strategy.cards[card.id].model_copy(update=update)
        again = live.check(strategy)
        fresh = Checker(shipped, library, library.capabilities).check(strategy)
        assert again.findings == fresh.findings
        assert again.coverage == fresh.coverage
    # Nothing changed: the evidence index is the one kept, with its own fresh memo.
    last = live._last_evidence
    assert last is not None
    plan = live.index(strategy)
    reused = live.evidence(strategy, plan)
    assert reused is not last[1] and reused.ids == last[1].ids and reused.memo == {}
