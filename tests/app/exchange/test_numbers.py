"""Numbers in import files: in the stored range, never booleans (issue 15, item 2).

The attack found tracebacks for an integer literal of more than 4,300 digits,
for revisions, snapshot revisions and evaluations at or above 2⁶³ (SQLite's
``OverflowError``; at 2⁶³−1 the import worked and the first edit then failed in
the autosaver; PostgreSQL's int4 columns refused above 2³¹−1), and found
``"format_version": true`` and ``"revision": true`` accepted. Each is now one
refusal naming the JSON path, and an imported counter leaves room to edit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.autosave import Autosaver
from app.document import Document
from app.exchange.codec import content_hash, document_bytes
from app.exchange.importer import import_document
from app.exchange.reader import ExchangeError, read_document
from app.exchange.writer import export_workshop
from app.paths import sqlite_url
from app.store import Store
from models.numbers import IMPORTED_COUNTER_MAX, STORE_INT_MAX
from models.operations import AddCard
from models.phases import Phase
from models.strategy import Card
from tests.app.exchange import samples
from tests.app.exchange.test_reviews import _add_reviews

LIBRARY = samples.FakeLibrary()


@pytest.fixture
def workshop_doc(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A workshop document with reviews of every kind, as JSON data."""
    with Store.open(sqlite_url(tmp_path / "source.sqlite3")) as store:
        store.save_bundle(
            samples.workshop(),
            [samples.scenario(), samples.scenario("spare")],
            [samples.strategy("s1"), samples.strategy("s2", "team-red")],
        )
        _add_reviews(store)
        yield json.loads(export_workshop(store, "w", LIBRARY.version))


def _sealed(doc: dict[str, Any]) -> bytes:
    doc["sha256"] = content_hash(doc["data"])
    return document_bytes(doc)


def _raw_number(doc: dict[str, Any], where: Callable[[dict[str, Any]], None], text: str) -> bytes:
    """The document with one number replaced by ``text`` verbatim (any length)."""
    where(doc)  # puts the marker 424242424 in place
    return _sealed(doc).replace(b"424242424", text.encode(), 1)


SPOTS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "revision": (
        lambda d: d["data"]["strategies"][0].__setitem__("revision", 424242424),
        "data.strategies[0].revision",
    ),
    "snapshot revision": (
        lambda d: d["data"]["reviews"]["snapshots"][0].__setitem__("revision", 424242424),
        "data.reviews.snapshots[0].revision",
    ),
    "evaluation": (
        lambda d: d["data"]["reviews"]["phase_reviews"][0].__setitem__("evaluation", 424242424),
        "data.reviews.phase_reviews[0].evaluation",
    ),
}


def _only_problem(raw: bytes) -> tuple[str, str]:
    with pytest.raises(ExchangeError) as caught:
        read_document(raw, LIBRARY)
    (problem,) = caught.value.problems
    return problem.path, problem.message


@pytest.mark.parametrize("spot", list(SPOTS))
def test_an_integer_of_4301_digits_is_one_refusal_with_its_path(
    workshop_doc: dict[str, Any], spot: str
) -> None:
    change, path = SPOTS[spot]
    assert _only_problem(_raw_number(workshop_doc, change, "9" * 4301)) == (
        path,
        "a number of 4,301 characters is too long to be one this app stores",
    )


@pytest.mark.parametrize("spot", list(SPOTS))
@pytest.mark.parametrize("value", [2**63, 2**63 - 1, STORE_INT_MAX + 1])
def test_counters_beyond_the_stored_range_are_refused(
    workshop_doc: dict[str, Any], spot: str, value: int
) -> None:
    change, path = SPOTS[spot]
    where, message = _only_problem(_raw_number(workshop_doc, change, str(value)))
    assert where == path
    assert "outside the range this app stores" in message


@pytest.mark.parametrize("spot", list(SPOTS))
def test_counters_are_held_below_the_end_of_the_range_on_import(
    workshop_doc: dict[str, Any], spot: str
) -> None:
    change, path = SPOTS[spot]
    where, message = _only_problem(_raw_number(workshop_doc, change, str(STORE_INT_MAX)))
    assert where.startswith(path), (where, message)


def test_booleans_are_never_numbers(workshop_doc: dict[str, Any]) -> None:
    workshop_doc["format_version"] = True
    assert _only_problem(_sealed(workshop_doc)) == (
        "format_version",
        "Value error, must be a number, not true/false",
    )
    workshop_doc["format_version"] = 1
    workshop_doc["data"]["strategies"][0]["revision"] = True
    assert _only_problem(_sealed(workshop_doc)) == (
        "data.strategies[0].revision",
        "Value error, must be a number, not true/false",
    )


def test_a_strategy_imported_at_the_highest_revision_can_still_be_edited(
    workshop_doc: dict[str, Any], tmp_path: Path
) -> None:
    """At 2⁶³−1 the first edit used to fail in the autosaver; now the counter has room."""
    workshop_doc["data"]["strategies"][0]["revision"] = IMPORTED_COUNTER_MAX
    for snapshot in workshop_doc["data"]["reviews"]["snapshots"]:
        snapshot["revision"] = IMPORTED_COUNTER_MAX
        snapshot["strategy"]["revision"] = IMPORTED_COUNTER_MAX
    result = read_document(_sealed(workshop_doc), LIBRARY)
    with Store.open(sqlite_url(tmp_path / "target.sqlite3")) as store:
        import_document(store, result)
        document = Document(store.load_strategy("s1"))
        saver = Autosaver(store, document)
        for _ in range(3):
            document.apply(AddCard(card=Card(title="More", phase=Phase.DATA)))
        assert saver.flush()
        assert store.load_strategy("s1").revision == IMPORTED_COUNTER_MAX + 3
