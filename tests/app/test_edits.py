"""The editor's operation builders, without Qt: each builds the step the user asked for."""

from __future__ import annotations

import pytest

from app import edits
from app.document import Document
from models.layout import CARD_HEIGHT, slot_position
from models.operations import AddCard, AddLink, Batch, MoveCard, RemoveCard, RemoveLink, UpdateCard
from models.phases import ALL_PHASES, Phase
from models.strategy import Card, Placement, Strategy
from models.vocabulary import Role, Status
from tests.app.export.conftest import sample_strategy

FIRST, SECOND = ALL_PHASES[0], ALL_PHASES[1]


def _strategy() -> Strategy:
    return sample_strategy(cards_per_phase=2)


def _applies(strategy: Strategy, op: object) -> Strategy:
    """Apply ``op`` to a copy through the document (it must validate)."""
    document = Document(strategy.model_copy(deep=True))
    document.apply(op)  # type: ignore[arg-type]
    return document.strategy


def test_one_step_is_nothing_the_op_or_a_batch() -> None:
    strategy = _strategy()
    move = edits.phase_move(strategy, f"{FIRST.value}-0", SECOND)
    assert move is not None
    assert edits.one_step([], "x") is None
    assert edits.one_step([move], "x") is move
    both = edits.one_step([move, move], "Move 2 cards")
    assert isinstance(both, Batch) and both.label == "Move 2 cards" and len(both.ops) == 2


def test_phase_move_goes_to_the_lanes_next_free_slot() -> None:
    strategy = _strategy()
    card_id = f"{FIRST.value}-0"
    op = edits.phase_move(strategy, card_id, SECOND)
    assert isinstance(op, MoveCard)
    assert op.after == edits.next_placement(strategy, SECOND)
    assert op.after.phase is SECOND
    assert edits.phase_move(strategy, card_id, FIRST) is None  # already there
    assert edits.phase_move(strategy, "unknown", SECOND) is None
    moved = _applies(strategy, op)
    assert moved.cards[card_id].phase is SECOND


def test_lane_step_stops_at_the_ends_of_the_lifecycle() -> None:
    strategy = _strategy()
    first, last = f"{FIRST.value}-0", f"{ALL_PHASES[-1].value}-0"
    assert edits.lane_step(strategy, first, -1) is None
    assert edits.lane_step(strategy, last, +1) is None
    step = edits.lane_step(strategy, first, +1)
    assert step is not None and step.after.phase is SECOND


def test_a_drop_onto_another_card_lands_beside_it() -> None:
    strategy = _strategy()
    other = strategy.cards[f"{SECOND.value}-0"]
    card_id = f"{FIRST.value}-0"
    ops, unchanged = edits.drop_moves(strategy, [(card_id, other.placement)])
    assert unchanged == []
    (op,) = ops
    assert isinstance(op, MoveCard) and op.after.phase is SECOND
    assert edits.covers(strategy, op.after, [card_id]) is False
    assert op.after != other.placement


def test_a_drop_where_the_card_was_is_no_move() -> None:
    strategy = _strategy()
    card = strategy.cards[f"{FIRST.value}-0"]
    ops, unchanged = edits.drop_moves(
        strategy, [(card.id, card.placement), ("gone", card.placement)]
    )
    assert ops == [] and unchanged == [card.id]


def test_two_cards_dropped_on_one_spot_do_not_hide_each_other() -> None:
    strategy = _strategy()
    spot = Placement(phase=SECOND, x=0.0, y=10 * CARD_HEIGHT)
    ids = [f"{FIRST.value}-0", f"{FIRST.value}-1"]
    ops, _ = edits.drop_moves(strategy, [(i, spot) for i in ids])
    afters = [op.after for op in ops if isinstance(op, MoveCard)]
    assert len(afters) == 2 and afters[0] != afters[1]
    _applies(strategy, edits.one_step(ops, "Move 2 cards"))


def test_card_update_changes_only_what_differs() -> None:
    card = _strategy().cards[f"{FIRST.value}-0"]
    assert edits.card_update(card, {"title": card.title}) is None
    assert edits.card_update(card, {"capabilities": tuple(reversed(card.capabilities))}) is None
    op = edits.card_update(card, {"title": "New title", "status": card.status})
    assert isinstance(op, UpdateCard)
    assert op.after.fields() == {"title"}
    assert op.before.title == card.title and op.after.title == "New title"


def test_card_update_none_clears_owner_and_cadence() -> None:
    card = Card(title="T", phase=FIRST, owner_role=Role.DATA_SCIENTIST, status=Status.PLANNED)
    op = edits.card_update(card, {"owner_role": None})
    assert op is not None and op.after.clear_owner
    strategy = _strategy()
    strategy.cards[card.id] = card
    assert _applies(strategy, op).cards[card.id].owner_role is None


def test_card_update_refuses_a_bad_value_with_a_readable_line() -> None:
    card = _strategy().cards[f"{FIRST.value}-0"]
    with pytest.raises(ValueError) as caught:
        edits.card_update(card, {"title": "x" * 10_000})
    assert "title" in edits.first_error(caught.value)
    assert edits.first_error(RuntimeError("plain")) == "plain"


def test_removal_takes_each_link_once_links_first() -> None:
    strategy = _strategy()
    ids = list(strategy.cards)[:2]  # linked to each other by the chain
    loose = next(lid for lid, lk in strategy.links.items() if not {lk.source, lk.target} & set(ids))
    joined = next(lid for lid, lk in strategy.links.items() if {lk.source, lk.target} <= set(ids))
    ops = edits.removal(strategy, [*ids, "gone"], [loose, joined, "gone"])
    assert isinstance(ops[0], RemoveLink) and ops[0].link.id == loose
    removed = [lk.id for op in ops if isinstance(op, RemoveCard) for lk in op.links]
    assert len(removed) == len(set(removed)) and joined in removed
    after = _applies(strategy, edits.one_step(ops, "Delete"))
    assert not set(ids) & set(after.cards) and loose not in after.links


def test_lane_arrangement_keeps_the_order_in_tidy_slots() -> None:
    strategy = _strategy()
    first, second = f"{FIRST.value}-0", f"{FIRST.value}-1"
    strategy.cards[first] = strategy.cards[first].model_copy(update={"x": 33.0, "y": 500.0})
    ops = edits.lane_arrangement(strategy, FIRST)
    after = _applies(strategy, edits.one_step(ops, "Arrange"))
    assert (after.cards[second].x, after.cards[second].y) == slot_position(FIRST, 0)
    assert (after.cards[first].x, after.cards[first].y) == slot_position(FIRST, 1)
    assert edits.lane_arrangement(after, FIRST) == []


def test_copies_get_new_ids_free_slots_and_the_links_among_them() -> None:
    strategy = _strategy()
    ids = list(strategy.cards)[:2]
    cards, links = edits.duplication(strategy, [*ids, "gone"])
    assert [c.id for c in cards] == ids and len(links) == 1
    ops, new_ids = edits.copies(strategy, cards, links)
    assert len(new_ids) == 2 and not set(new_ids) & set(strategy.cards)
    assert [type(op) for op in ops] == [AddCard, AddCard, AddLink]
    after = _applies(strategy, edits.one_step(ops, "Duplicate"))
    for new_id in new_ids:
        assert not edits.covers(after, after.cards[new_id].placement, [new_id])
    assert edits.copies(strategy, [], []) == ([], [])


def test_free_placement_keeps_a_free_spot_and_moves_off_a_taken_one() -> None:
    strategy = _strategy()
    free = (
        Placement(phase=Phase.GOVERNANCE, x=0.0, y=0.0)
        if not any(c.phase is Phase.GOVERNANCE for c in strategy.cards.values())
        else edits.next_placement(strategy, Phase.GOVERNANCE)
    )
    assert edits.free_placement(strategy.cards.values(), free) == free
    taken = strategy.cards[f"{FIRST.value}-0"]
    assert edits.free_placement(strategy.cards.values(), taken.placement) != taken.placement
    assert edits.free_placement(strategy.cards.values(), taken.placement, taken.id) == (
        taken.placement
    )


def test_catalog_retitling_follows_the_language_and_keeps_edited_titles() -> None:
    from app.i18n import speaking
    from app.resources import load_library

    english = load_library(lang="en").catalog
    french = load_library(lang="fr").catalog
    key = next(k for k in english if english[k].title != french[k].title)
    placed = Card(catalog_key=key, title=english[key].title, phase=FIRST)
    edited = Card(catalog_key=key, title="Our own wording", phase=FIRST)
    strategy = Strategy(
        workshop_id="w", scenario_key="s", name="Plan", cards={c.id: c for c in (placed, edited)}
    )
    assert edits.catalog_retitling(strategy) == []  # already the English catalog's
    with speaking("fr"):
        ops = edits.catalog_retitling(strategy)
    assert len(ops) == 1
    (op,) = ops
    assert isinstance(op, UpdateCard) and op.card_id == placed.id
    after = _applies(strategy, op)
    assert after.cards[placed.id].title == french[key].title
    assert after.cards[edited.id].title == "Our own wording"
    # And back: a board worded in French gets the English titles in an English window.
    assert len(edits.catalog_retitling(after)) == 1
