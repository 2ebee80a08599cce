"""A workshop document carries its reflections and observations: round trip, copies, checks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.exchange.codec import content_hash, document_bytes
from app.exchange.importer import import_document
from app.exchange.reader import ExchangeError, read_document
from app.exchange.writer import export_workshop
from app.paths import sqlite_url
from app.review.reflections import Observation, Reflection, ReflectionKind
from app.store import Store
from models.phases import Phase
from tests.app.exchange import samples

LIBRARY = samples.FakeLibrary()


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(sqlite_url(tmp_path / "source.sqlite3"))
    store.save_bundle(
        samples.workshop(),
        [samples.scenario()],
        [samples.strategy("s1"), samples.strategy("s2", "team-red")],
    )
    store.save_reflection(
        Reflection(
            workshop_id="w",
            author="Zoë",
            team_id="team-red",
            role="privacy-ethics",
            answers={"improve": "Monitoring «in production» ✓", "gaps": "Drift statistics"},
            confidence={Phase.MONITOR: 1, Phase.GOVERNANCE: 3},
            updated_at="2026-03-14T17:00:00+00:00",
        )
    )
    store.save_reflection(
        Reflection(
            workshop_id="w",
            kind=ReflectionKind.FACILITATOR,
            author="Facilitator",
            answers={"resonated": "Feedback loops."},
        )
    )
    store.save_observation(
        Observation(
            workshop_id="w",
            strategy_id="s1",
            team_id="team-blue",
            event_key="data-breach",
            event_title="Data breach",
            observed="The alarm reached nobody.",
            questions="Who owns the runbook?",
        )
    )
    yield store
    store.close()


def test_reflections_round_trip_byte_identically(source: Store, tmp_path: Path) -> None:
    first = export_workshop(source, "w", LIBRARY.version)
    reviews = json.loads(first)["data"]["reviews"]
    assert [r["author"] for r in reviews["reflections"]] == ["Facilitator", "Zoë"]
    assert reviews["observations"][0]["event_key"] == "data-breach"
    with Store.open(sqlite_url(tmp_path / "target.sqlite3")) as target:
        import_document(target, read_document(first, LIBRARY))
        assert export_workshop(target, "w", LIBRARY.version) == first
        assert target.list_reflections("w") == source.list_reflections("w")
        assert target.list_observations("w") == source.list_observations("w")


def test_as_new_copies_them_to_the_new_workshop(source: Store) -> None:
    raw = export_workshop(source, "w", LIBRARY.version)
    plan = import_document(source, read_document(raw, LIBRARY), as_new=True)
    copy = plan.workshop.id
    copied = source.workshop_reviews(copy)
    assert {r.author for r in copied.reflections} == {"Zoë", "Facilitator"}
    assert all(r.workshop_id == copy for r in copied.reflections)
    assert [o.strategy_id for o in copied.observations] == [plan.renamed["s1"]]
    assert {r.id for r in copied.reflections}.isdisjoint(
        {r.id for r in source.list_reflections("w")}
    )


def test_an_observation_of_a_strategy_not_in_the_document_is_refused(source: Store) -> None:
    data = json.loads(export_workshop(source, "w", LIBRARY.version))
    data["data"]["reviews"]["observations"][0]["strategy_id"] = "nowhere"
    data["data"]["reviews"]["reflections"].append(dict(data["data"]["reviews"]["reflections"][1]))
    data["sha256"] = content_hash(data["data"])
    with pytest.raises(ExchangeError) as caught:
        read_document(document_bytes(data), LIBRARY)
    text = str(caught.value)
    assert "data.reviews.observations[0].strategy_id" in text
    assert "duplicate reflection" in text
