"""The document validates before mutating, notifies listeners, and undoes exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.document import Change, Document
from app.i18n import speaking
from models.errors import (
    DomainError,
    DuplicateIdError,
    DuplicateLinkError,
    SelfLinkError,
    StaleOperationError,
    UnknownCardError,
)
from models.operations import AddCard, AddLink, Batch, MoveCard, RemoveCard, RemoveLink
from models.phases import Phase
from models.strategy import Card, Link, Placement, Strategy
from models.vocabulary import LinkKind
from tests.strategies.domain import operations_for, strategies


def _doc() -> tuple[Document, Card, Card]:
    a = Card(title="A", phase=Phase.DATA)
    b = Card(title="B", phase=Phase.DEVELOP)
    strategy = Strategy(workshop_id="w", scenario_key="s", name="n", cards={a.id: a, b.id: b})
    return Document(strategy), a, b


def test_apply_notifies_listeners_with_what_changed() -> None:
    doc, a, b = _doc()
    seen: list[Change] = []
    doc.add_listener(lambda _d, change: seen.append(change))
    link = Link(source=a.id, target=b.id)
    doc.apply(AddLink(link=link))
    assert seen[-1].links == {link.id} and seen[-1].revision == 1
    doc.apply(RemoveCard(card=a, links=(link,)))
    assert seen[-1].cards == {a.id} and link.id in seen[-1].links
    assert doc.strategy.links == {}


@pytest.mark.parametrize(
    "make_op, error",
    [
        (lambda a, b: AddCard(card=a), DuplicateIdError),
        (
            lambda a, b: MoveCard(card_id="nope", before=a.placement, after=a.placement),
            UnknownCardError,
        ),
        (lambda a, b: AddLink(link=Link(source=a.id, target="nope")), UnknownCardError),
        (
            lambda a, b: MoveCard(
                card_id=a.id, before=Placement(phase=Phase.DEPLOY), after=a.placement
            ),
            StaleOperationError,
        ),
        (lambda a, b: RemoveLink(link=Link(source=a.id, target=b.id)), DomainError),
    ],
)
def test_invalid_operations_change_nothing(make_op, error) -> None:  # type: ignore[no-untyped-def]
    doc, a, b = _doc()
    before = doc.strategy.model_copy(deep=True)
    with pytest.raises(error):
        doc.apply(make_op(a, b))
    assert doc.strategy == before


def test_duplicate_link_refused() -> None:
    doc, a, b = _doc()
    doc.apply(AddLink(link=Link(source=a.id, target=b.id)))
    with pytest.raises(DuplicateLinkError):
        doc.apply(AddLink(link=Link(source=a.id, target=b.id)))


def test_remove_card_must_carry_its_links() -> None:
    doc, a, b = _doc()
    doc.apply(AddLink(link=Link(source=a.id, target=b.id)))
    with pytest.raises(StaleOperationError):
        doc.apply(RemoveCard(card=a, links=()))


def test_invalid_batch_is_all_or_nothing() -> None:
    doc, _a, _b = _doc()
    before = doc.strategy.model_copy(deep=True)
    c = Card(title="C", phase=Phase.DEPLOY)
    bad = Batch(ops=(AddCard(card=c), AddLink(link=Link(source=c.id, target="ghost"))))
    with pytest.raises(UnknownCardError):
        doc.apply(bad)
    assert doc.strategy == before


def test_batch_can_link_cards_it_adds() -> None:
    doc, a, _b = _doc()
    c = Card(title="C", phase=Phase.DEPLOY)
    doc.apply(Batch(ops=(AddCard(card=c), AddLink(link=Link(source=a.id, target=c.id)))))
    assert doc.strategy.has_link(a.id, c.id)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), strategy=strategies())
def test_inverse_restores_exact_state(data: st.DataObject, strategy: Strategy) -> None:
    doc = Document(strategy)
    for _ in range(data.draw(st.integers(1, 6))):
        snapshot = doc.strategy.model_dump()
        op = data.draw(operations_for(doc.strategy))
        doc.apply(op)
        doc.apply(op.inverse())
        after = doc.strategy.model_dump()
        assert after.pop("revision") == snapshot.pop("revision") + 2
        assert after == snapshot
        doc.apply(op)


# -- refusals in the user's language ----------------------------------------------------------


def test_refusals_are_explained_in_french_when_speaking_french() -> None:
    doc, a, b = _doc()
    nbsp = "\u00a0"
    stale = MoveCard(card_id=a.id, before=Placement(phase=Phase.DEPLOY), after=a.placement)
    self_link = Link.model_construct(id="l1", source=a.id, target=a.id, kind=LinkKind.FLOWS)
    with speaking("fr"):
        with pytest.raises(StaleOperationError) as moved:
            doc.apply(stale)
        with pytest.raises(SelfLinkError) as itself:
            doc.apply(AddLink.model_construct(link=self_link))
        with pytest.raises(UnknownCardError) as unknown:
            doc.apply(MoveCard(card_id="nope", before=a.placement, after=a.placement))
        doc.apply(AddLink(link=Link(source=a.id, target=b.id)))
        with pytest.raises(DuplicateLinkError) as twice:
            doc.apply(AddLink(link=Link(source=a.id, target=b.id)))
        with pytest.raises(StaleOperationError) as links:
            doc.apply(RemoveCard(card=a, links=()))
    assert str(moved.value) == "La carte a été déplacée ailleurs entre-temps."
    assert str(itself.value) == "Une carte ne peut pas être liée à elle-même."
    assert itself.value.card_id == a.id
    assert (
        str(unknown.value) == f"Aucune carte d'identifiant «{nbsp}nope{nbsp}» dans cette stratégie."
    )
    assert unknown.value.card_id == "nope"
    assert str(twice.value) == "Ces deux cartes sont déjà liées dans ce sens."
    assert str(links.value) == "Les liens de la carte ont changé entre-temps."


def test_refusals_read_in_english_by_default() -> None:
    doc, a, _b = _doc()
    with pytest.raises(StaleOperationError) as moved:
        doc.apply(MoveCard(card_id=a.id, before=Placement(phase=Phase.DEPLOY), after=a.placement))
    with pytest.raises(UnknownCardError) as unknown:
        doc.apply(MoveCard(card_id="nope", before=a.placement, after=a.placement))
    assert str(moved.value) == "The card was moved elsewhere in the meantime."
    assert str(unknown.value) == "No card with id 'nope' in this strategy."
