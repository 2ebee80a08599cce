"""Replaying the operation log reaches every revision, and the final state, exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.document import Document
from app.review.errors import ReplayError
from app.review.replay import Replay, describe
from models.operations import AddCard, Batch, MoveCard, OperationRecord, RemoveCard
from models.phases import Phase
from models.strategy import Card, Placement, Strategy
from tests.strategies.domain import operations_for, strategies


def _record(strategy: Strategy, op: object, revision: int) -> OperationRecord:
    return OperationRecord.model_validate(
        {"strategy_id": strategy.id, "revision": revision, "op": op}
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[Strategy, list[Strategy], list[OperationRecord]]:
    """A starting strategy, every later state, and the log of random valid operations."""
    base = draw(strategies(max_cards=6))
    document = Document(base.model_copy(deep=True))
    states = [base.model_copy(deep=True)]
    records: list[OperationRecord] = []
    for _ in range(draw(st.integers(min_value=0, max_value=25))):
        op = draw(operations_for(document.strategy))
        document.apply(op)
        records.append(OperationRecord(strategy_id=base.id, revision=document.revision, op=op))
        states.append(document.strategy.model_copy(deep=True))
    return base, states, records


@settings(max_examples=40, deadline=None)
@given(histories(), st.integers(min_value=1, max_value=5))
def test_replay_reaches_every_state_exactly(
    history: tuple[Strategy, list[Strategy], list[OperationRecord]], every: int
) -> None:
    base, states, records = history
    replay = Replay(base, records, checkpoint_every=every)
    assert replay.final == states[-1]
    assert replay.last_revision == states[-1].revision
    for state in states:
        assert replay.state_at(state.revision) == state
    assert base == states[0]  # the base given is never modified


@settings(max_examples=40, deadline=None)
@given(histories())
def test_replay_from_final_recovers_the_first_state(
    history: tuple[Strategy, list[Strategy], list[OperationRecord]],
) -> None:
    base, states, records = history
    replay = Replay.from_final(states[-1], records)
    assert replay.first_revision == base.revision
    assert replay.state_at(replay.first_revision) == base
    assert replay.final == states[-1]


def _two_card_history() -> tuple[Strategy, list[OperationRecord]]:
    strategy = Strategy(workshop_id="w", scenario_key="s", name="n")
    a = Card(title="Data quality", phase=Phase.DATA)
    b = Card(title="Drift", phase=Phase.MONITOR)
    ops = [
        AddCard(card=a),
        Batch(label="Paste", ops=(AddCard(card=b),)),
        MoveCard(card_id=a.id, before=a.placement, after=Placement(phase=Phase.DEVELOP)),
    ]
    return strategy, [_record(strategy, op, i + 1) for i, op in enumerate(ops)]


def test_steps_say_what_changed() -> None:
    strategy, records = _two_card_history()
    replay = Replay(strategy, records)
    assert [s.label for s in replay.steps] == [
        "Added “Data quality” to Data",
        "Paste",
        "Moved a card from Data to Development",
    ]
    assert replay.step(3).change.cards == {records[0].op.card.id}  # type: ignore[union-attr]
    assert len(replay.state_at(2).cards) == 2 and replay.state_at(0).cards == {}
    handed_out = replay.state_at(2)
    handed_out.cards.clear()  # the caller owns what it gets; the replay keeps its own
    assert len(replay.state_at(2).cards) == 2 and len(replay.final.cards) == 2
    with pytest.raises(ReplayError, match="No step produced revision 4"):
        replay.step(4)
    with pytest.raises(ReplayError, match="outside the history"):
        replay.state_at(5)


def test_gap_foreign_record_and_bad_op_are_reported() -> None:
    strategy, records = _two_card_history()
    with pytest.raises(ReplayError, match="jumps from revision 1 to 3"):
        Replay(strategy, [records[0], records[2]])
    foreign = records[0].model_copy(update={"strategy_id": "other"})
    with pytest.raises(ReplayError, match="another strategy"):
        Replay(strategy, [foreign])
    ghost = Card(title="Ghost", phase=Phase.DATA)
    bad = _record(strategy, RemoveCard(card=ghost), 1)
    with pytest.raises(ReplayError, match="Revision 1 does not apply: No card"):
        Replay(strategy, [bad])
    final = Replay(strategy, records).final
    with pytest.raises(ReplayError, match="ends at revision 2"):
        Replay.from_final(final, records[:2])


def test_describe_every_kind() -> None:
    card = Card(title="T", phase=Phase.DATA)
    assert describe(RemoveCard(card=card)) == "Removed “T”"
    assert describe(MoveCard(card_id=card.id, before=card.placement, after=card.placement)) == (
        "Moved a card within Data"
    )


def test_steps_say_what_changed_in_french() -> None:
    from app.i18n import speaking

    strategy, records = _two_card_history()
    with speaking("fr"):
        labels = [s.label for s in Replay(strategy, records).steps]
    assert labels[0] == "Ajout de «\u00a0Data quality\u00a0» dans Données"
    assert labels[2] == "Carte déplacée de Données vers Développement"
