"""The clipboard reader: crafted data under our MIME type is one refusal (issue 15, item 6)."""

from __future__ import annotations

import json
import time

import pytest

from app.exchange.clipboard import (
    CARDS_FORMAT,
    MAX_PASTE_CARDS,
    PasteError,
    pasted_bytes,
    read_pasted,
)
from models.phases import Phase
from models.strategy import Card, Link


def _cards() -> tuple[list[Card], list[Link]]:
    a = Card(id="a", title="Drift alarm", phase=Phase.MONITOR)
    b = Card(id="b", title="Retrain", phase=Phase.DEVELOP)
    return [a, b], [Link(id="l", source="a", target="b")]


def test_what_a_copy_writes_reads_back() -> None:
    cards, links = _cards()
    pasted = read_pasted(pasted_bytes(cards, links))
    assert pasted.cards == tuple(cards) and pasted.links == tuple(links)


def _payload(**members: object) -> bytes:
    return json.dumps({"format": CARDS_FORMAT, **members}).encode()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (_payload(cards=5), "cards: must be a list"),
        (b"null", "not cards copied from this version of the app"),
        (_payload(cards=None), "cards: must be a list"),
        (_payload(cards=[None]), "cards[0]: Input should be a valid dictionary"),
        (
            _payload(cards=[{"title": "x", "phase": "data", "x": 0.5}]).replace(b"0.5", b"1e999"),
            "cards[0].x: the number is infinite",
        ),
        (
            b'{"format": "' + CARDS_FORMAT.encode() + b'", "cards": [' + b"9" * 5000 + b"]}",
            "cards[0]: a number of 5,000 characters is too long",
        ),
        (
            b'{"format": "'
            + CARDS_FORMAT.encode()
            + b'", "cards": '
            + b"[" * 5000
            + b"]" * 5000
            + b"}",
            "nested",
        ),
        (_payload(cards=[{"title": "x", "phase": "data", "x": True}]), "cards[0].x: Value error"),
        (_payload(cards=[]), "holds no cards"),
        (
            _payload(cards=[{"id": "a", "title": "x", "phase": "data"}] * 2),
            "cards[1].id: the card id 'a' appears twice",
        ),
        (
            _payload(
                cards=[{"id": "a", "title": "x", "phase": "data"}],
                links=[{"source": "a", "target": "zz"}],
            ),
            "links[0].target: links a card that is not among the pasted ones",
        ),
        (
            _payload(cards=[{"id": "a", "title": "x", "phase": "data"}], extra=1),
            "unexpected member 'extra'",
        ),
        (
            _payload(cards=[{"id": "a", "title": "x", "phase": "data"}] * (MAX_PASTE_CARDS + 1)),
            "at most 500",
        ),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_crafted_data_is_one_clean_refusal(raw: bytes, expected: str) -> None:
    started = time.monotonic()
    with pytest.raises(PasteError) as caught:
        read_pasted(raw)
    assert expected in str(caught.value)
    assert time.monotonic() - started < 2
