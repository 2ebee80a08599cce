"""Operations serialise through the discriminated union and know their inverses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from models.operations import Batch, CardPatch, MoveCard, Operation, UpdateCard
from models.phases import Phase
from models.strategy import Card, Placement, Strategy
from tests.strategies.domain import operations_for, strategies

OPERATION = TypeAdapter(Operation)


@settings(max_examples=80, deadline=None)
@given(data=st.data(), strategy=strategies())
def test_operation_json_round_trip_and_double_inverse(
    data: st.DataObject, strategy: Strategy
) -> None:
    op = data.draw(operations_for(strategy))
    assert OPERATION.validate_json(OPERATION.dump_json(op)) == op
    assert op.inverse().inverse() == op


def test_batch_inverse_reverses_order() -> None:
    a = MoveCard(
        card_id="a", before=Placement(phase=Phase.DATA), after=Placement(phase=Phase.DEVELOP)
    )
    b = MoveCard(
        card_id="b", before=Placement(phase=Phase.DATA), after=Placement(phase=Phase.DEPLOY)
    )
    batch = Batch(label="Move", ops=(a, b))
    assert batch.inverse().ops == (b.inverse(), a.inverse())
    assert OPERATION.validate_json(OPERATION.dump_json(batch)) == batch


def test_empty_batch_is_refused() -> None:
    with pytest.raises(ValidationError):
        Batch(ops=())


def test_update_must_set_the_same_fields_before_and_after() -> None:
    with pytest.raises(ValidationError):
        UpdateCard(card_id="a", before=CardPatch(title="x"), after=CardPatch(notes="y"))
    with pytest.raises(ValidationError):
        UpdateCard(card_id="a", before=CardPatch(), after=CardPatch())


def test_card_patch_of_records_cleared_owner() -> None:
    card = Card(title="x", phase=Phase.DATA)
    patch = CardPatch.of(card, frozenset({"owner_role", "title"}))
    assert patch.fields() == {"owner_role", "title"}
    assert patch.updates() == {"owner_role": None, "title": "x"}


def test_unknown_operation_kind_is_refused() -> None:
    with pytest.raises(ValidationError):
        OPERATION.validate_python({"kind": "drop-table"})
