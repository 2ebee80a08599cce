"""Persist first, isolated listeners, and other seats' operations brought into a document."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.document import Change, Document, Integration, Origin
from app.rebase import rebase
from bench.workload import make_strategy
from models.errors import UnknownCardError
from models.operations import (
    AddCard,
    CardPatch,
    MoveCard,
    Operation,
    RemoveCard,
    RenameStrategy,
    UpdateCard,
)
from models.phases import Phase
from models.strategy import Card, Placement, Strategy
from tests.app.store.opgen import random_op


def _copy(strategy: Strategy) -> Strategy:
    return strategy.model_copy(deep=True)


def _base(seed: int = 3, cards: int = 30) -> Strategy:
    return make_strategy(cards, seed=seed)


def test_the_sink_hears_a_change_before_any_listener() -> None:
    document = Document(_base())
    heard: list[str] = []
    document.add_listener(lambda _d, _c: heard.append("view"))
    document.set_sink(lambda _d, _c: heard.append("store"))
    document.apply(RenameStrategy(before=document.strategy.name, after="Renamed"))
    assert heard == ["store", "view"]


def test_a_raising_listener_is_reported_and_cannot_stop_saving_or_other_listeners() -> None:
    reported: list[BaseException] = []
    document = Document(_base(), on_listener_error=lambda _l, err: reported.append(err))
    saved: list[int] = []
    heard: list[int] = []

    def broken(_d: Document, _c: Change) -> None:
        raise RuntimeError("the scene fell over")

    document.add_listener(broken)
    document.add_listener(lambda _d, change: heard.append(change.revision))
    document.set_sink(lambda _d, change: saved.append(change.revision))
    card = Card(title="Kept", phase=Phase.DATA)
    document.apply(AddCard(card=card))
    document.apply(RenameStrategy(before=document.strategy.name, after="Renamed"))
    assert saved == heard == [1, 2]
    assert [str(err) for err in reported] == ["the scene fell over"] * 2
    assert card.id in document.strategy.cards


def test_a_raising_error_reporter_does_not_break_the_edit_either() -> None:
    def reporter(_l: object, _e: BaseException) -> None:
        raise ValueError("the notice bar is gone")

    document = Document(_base(), on_listener_error=reporter)

    def broken(_d: Document, _c: Change) -> None:
        raise ZeroDivisionError

    document.add_listener(broken)
    change = document.apply(RenameStrategy(before=document.strategy.name, after="Still"))
    assert change.revision == 1 and document.strategy.name == "Still"


def _edit(document: Document, rng: random.Random, count: int) -> list[Change]:
    return [document.apply(random_op(rng, document.strategy)) for _ in range(count)]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), theirs=st.integers(1, 8), mine=st.integers(0, 8))
def test_integrating_equals_their_operations_then_mine_replayed(
    seed: int, theirs: int, mine: int
) -> None:
    base = _base(seed=seed % 7)
    rng = random.Random(seed + 100_003)  # not the workload's seed: ids must not collide
    them = Document(_copy(base))
    their_changes = _edit(them, rng, theirs)
    me = Document(_copy(base))
    my_changes = _edit(me, random.Random(seed + 200_003), mine)
    heard: list[Change] = []
    me.add_listener(lambda _d, change: heard.append(change))

    result = me.integrate([c.op for c in their_changes], my_changes)

    # The same outcome as replaying step by step on their strategy.
    expected = Document(_copy(them.strategy))
    for old, new in result.replaced:
        again = rebase(old, expected.strategy)
        assert again == new
        if again is not None:
            expected.apply(again)
    assert me.strategy == expected.strategy
    assert me.revision == theirs + len(result.replayed)
    assert [c.revision for c in result.replayed] == list(
        range(theirs + 1, theirs + 1 + len(result.replayed))
    )
    assert all(c.base_revision == old.base_revision for c, old in _pairs(result, my_changes))
    # Listeners hear one remote change naming everything touched, the sink nothing.
    assert [c.origin for c in heard] == [Origin.REMOTE]
    touched = (
        set().union(*(c.cards for c in their_changes + my_changes)) if mine or theirs else set()
    )
    assert touched <= heard[0].cards | set()


def _pairs(result: Integration, mine: list[Change]) -> list[tuple[Change, Change]]:
    kept = [old for old, (_o, new) in zip(mine, result.replaced, strict=True) if new is not None]
    return list(zip(result.replayed, kept, strict=True))


def test_edits_of_different_cards_both_land() -> None:
    base = _base()
    first, second = list(base.cards.values())[:2]
    them, me = Document(_copy(base)), Document(_copy(base))
    theirs = them.apply(_retitle(first, "Theirs"))
    mine = me.apply(_retitle(second, "Mine"))
    result = me.integrate([theirs.op], [mine])
    assert me.strategy.cards[first.id].title == "Theirs"
    assert me.strategy.cards[second.id].title == "Mine"
    assert [c.revision for c in result.replayed] == [2]


def test_the_later_write_of_one_field_wins_and_other_fields_stay() -> None:
    base = _base()
    card = next(iter(base.cards.values()))
    them, me = Document(_copy(base)), Document(_copy(base))
    theirs = them.apply(
        UpdateCard(
            card_id=card.id,
            before=CardPatch(title=card.title, notes=card.notes),
            after=CardPatch(title="Theirs", notes="their notes"),
        )
    )
    mine = me.apply(_retitle(card, "Mine"))
    result = me.integrate([theirs.op], [mine])
    now = me.strategy.cards[card.id]
    assert (now.title, now.notes) == ("Mine", "their notes")
    replayed = result.replayed[0].op
    assert isinstance(replayed, UpdateCard)
    assert replayed.before.title == "Theirs"  # undoing mine now restores theirs


def test_an_edit_of_a_card_another_seat_removed_is_dropped_and_named() -> None:
    base = _base()
    card = next(iter(base.cards.values()))
    them, me = Document(_copy(base)), Document(_copy(base))
    theirs = them.apply(RemoveCard(card=card, links=tuple(base.links_of(card.id))))
    mine = me.apply(_retitle(card, "Mine"))
    result = me.integrate([theirs.op], [mine])
    assert card.id not in me.strategy.cards
    assert result.replayed == () and result.replaced == ((mine.op, None),)


def test_a_remote_operation_that_does_not_apply_leaves_the_document_as_it_was() -> None:
    base = _base()
    me = Document(_copy(base))
    mine = me.apply(_retitle(next(iter(base.cards.values())), "Mine"))
    before = _copy(me.strategy)
    ghost = MoveCard(
        card_id="no-such-card",
        before=Placement(phase=Phase.DATA, x=0, y=0),
        after=Placement(phase=Phase.DEVELOP, x=0, y=0),
    )
    with pytest.raises(UnknownCardError):
        me.integrate([ghost], [mine])
    assert me.strategy == before and me.revision == 1


def _retitle(card: Card, title: str) -> Operation:
    return UpdateCard(
        card_id=card.id, before=CardPatch(title=card.title), after=CardPatch(title=title)
    )
