"""Validation of cards, links and strategies: what a user would expect to be refused."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from models.errors import DuplicateLinkError, SelfLinkError
from models.phases import Phase
from models.strategy import MAX_TITLE, Card, Link, Strategy


def _strategy(**kwargs: object) -> Strategy:
    return Strategy(workshop_id="w1", scenario_key="benefits", name="Plan A", **kwargs)


def test_card_title_is_stripped_and_required() -> None:
    assert Card(title="  Datasheet  ", phase=Phase.DATA).title == "Datasheet"
    with pytest.raises(ValidationError):
        Card(title="   ", phase=Phase.DATA)


def test_card_title_length_limit() -> None:
    Card(title="x" * MAX_TITLE, phase=Phase.DATA)
    with pytest.raises(ValidationError):
        Card(title="x" * (MAX_TITLE + 1), phase=Phase.DATA)


def test_card_title_refuses_control_characters() -> None:
    with pytest.raises(ValidationError):
        Card(title="bad\x00title", phase=Phase.DATA)


def test_card_title_accepts_french_no_break_spaces() -> None:
    title = "Conclusion\u00a0: «\u202fcontrôle humain\u202f»"
    assert Card(title=title, phase=Phase.DATA).title == title


def test_card_phase_and_status_are_checked() -> None:
    with pytest.raises(ValidationError):
        Card.model_validate({"title": "x", "phase": "marketing"})
    with pytest.raises(ValidationError):
        Card.model_validate({"title": "x", "phase": "data", "status": "done"})


def test_card_capabilities_are_sorted_unique_and_well_formed() -> None:
    card = Card(title="x", phase=Phase.DATA, capabilities=("dpia", "bias-examination", "dpia"))
    assert card.capabilities == ("bias-examination", "dpia")
    with pytest.raises(ValidationError):
        Card(title="x", phase=Phase.DATA, capabilities=("Not A Key",))


def test_coordinates_must_be_finite() -> None:
    with pytest.raises(ValidationError):
        Card(title="x", phase=Phase.DATA, x=float("nan"))
    with pytest.raises(ValidationError):
        Card(title="x", phase=Phase.DATA, y=float("inf"))


def test_link_refuses_self_link() -> None:
    with pytest.raises((SelfLinkError, ValidationError)):
        Link(source="a", target="a")


def test_strategy_refuses_dangling_and_duplicate_links() -> None:
    a = Card(title="A", phase=Phase.DATA)
    b = Card(title="B", phase=Phase.DEVELOP)
    cards = {a.id: a, b.id: b}
    ok = Link(source=a.id, target=b.id)
    _strategy(cards=cards, links={ok.id: ok})
    dangling = Link(source=a.id, target="missing")
    with pytest.raises(ValidationError, match="missing card"):
        _strategy(cards=cards, links={dangling.id: dangling})
    twin = Link(source=a.id, target=b.id)
    with pytest.raises((ValidationError, DuplicateLinkError)):
        _strategy(cards=cards, links={ok.id: ok, twin.id: twin})


def test_strategy_refuses_mismatched_keys() -> None:
    a = Card(title="A", phase=Phase.DATA)
    with pytest.raises(ValidationError, match="stored under"):
        _strategy(cards={"other": a})


def test_strategy_round_trips_through_json() -> None:
    a = Card(title="Zoë’s datasheet ✓", phase=Phase.DATA, capabilities=("data-provenance",))
    b = Card(title="B", phase=Phase.GOVERNANCE)
    link = Link(source=a.id, target=b.id)
    strategy = _strategy(cards={a.id: a, b.id: b}, links={link.id: link}, packs=("gdpr",))
    assert Strategy.model_validate_json(strategy.model_dump_json()) == strategy
