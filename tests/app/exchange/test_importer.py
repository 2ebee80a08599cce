"""Import into a real SQLite store: byte-identical round trips, conflicts, merging, no damage."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from app.exchange.importer import import_document, plan_import
from app.exchange.reader import ExchangeError, read_document
from app.exchange.writer import export_strategy, export_workshop
from app.paths import sqlite_url
from app.store import Store
from models.strategy import Strategy
from models.workshop import Team
from tests.app.exchange import samples
from tests.app.exchange.test_writer import varied_strategies

LIBRARY = samples.FakeLibrary()


def open_store(path: Path) -> Store:
    return Store.open(sqlite_url(path))


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Store]:
    """A database holding the sample workshop with two strategies."""
    store = open_store(tmp_path / "source.sqlite3")
    store.save_bundle(
        samples.workshop(),
        [samples.scenario(), samples.scenario("spare")],
        [samples.strategy("s1"), samples.strategy("s2", "team-red")],
    )
    yield store
    store.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Store]:
    """An empty database."""
    store = open_store(tmp_path / "target.sqlite3")
    yield store
    store.close()


def snapshot(store: Store) -> str:
    """Everything a user can see in the database, as one comparable text."""
    return json.dumps(
        {
            "workshops": [w.model_dump(mode="json") for w in store.list_workshops()],
            "scenarios": {
                w.id: [s.model_dump(mode="json") for s in store.list_scenarios(w.id)]
                for w in store.list_workshops()
            },
            "strategies": [
                store.load_strategy(s.id).model_dump(mode="json") for s in store.list_strategies()
            ],
        },
        sort_keys=True,
    )


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, straight from SQLite."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }


def test_strategy_round_trip_through_a_database_is_byte_identical(
    source: Store, target: Store
) -> None:
    first = export_strategy(source, "s1", LIBRARY.version)
    import_document(target, read_document(first, LIBRARY))
    assert export_strategy(target, "s1", LIBRARY.version) == first


def test_workshop_round_trip_through_a_database_is_byte_identical(
    source: Store, target: Store
) -> None:
    first = export_workshop(source, "w", LIBRARY.version)
    plan = import_document(target, read_document(first, LIBRARY))
    assert not plan.workshop_exists and plan.notes == ()
    assert export_workshop(target, "w", LIBRARY.version) == first
    assert snapshot(target) == snapshot(source)


@pytest.fixture(scope="module")
def two_stores() -> Iterator[tuple[Store, Store]]:
    with tempfile.TemporaryDirectory() as folder:
        first = open_store(Path(folder) / "a.sqlite3")
        second = open_store(Path(folder) / "b.sqlite3")
        yield first, second
        first.close()
        second.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=varied_strategies())
def test_generated_strategies_survive_export_import_export(
    two_stores: tuple[Store, Store], value: Strategy
) -> None:
    source, target = two_stores
    workshop = samples.workshop(f"w-{uuid.uuid4()}")
    value = value.model_copy(update={"id": str(uuid.uuid4()), "workshop_id": workshop.id})
    source.save_bundle(workshop, [samples.scenario()], [value])
    first = export_strategy(source, value.id, LIBRARY.version)
    result = read_document(first, LIBRARY)
    assert result.strategies == (value,)
    import_document(target, result)
    assert target.load_strategy(value.id) == value
    assert export_strategy(target, value.id, LIBRARY.version) == first


def test_existing_strategy_id_is_refused_and_nothing_changes(source: Store, tmp_path: Path) -> None:
    raw = export_strategy(source, "s1", LIBRARY.version)
    before_rows = table_rows(tmp_path / "source.sqlite3")
    before = snapshot(source)
    with pytest.raises(ExchangeError) as caught:
        import_document(source, read_document(raw, LIBRARY))
    assert str(caught.value).startswith(
        "data.strategies[0].id: a strategy with id 's1' is already in this database; "
        "import it as a new copy (--as-new)"
    )
    assert snapshot(source) == before
    assert table_rows(tmp_path / "source.sqlite3") == before_rows


def test_as_new_adds_a_copy_with_a_fresh_id(source: Store) -> None:
    raw = export_strategy(source, "s1", LIBRARY.version)
    plan = import_document(source, read_document(raw, LIBRARY), as_new=True)
    new_id = plan.renamed["s1"]
    assert new_id != "s1" and plan.workshop_exists
    copy = source.load_strategy(new_id)
    original = source.load_strategy("s1")
    assert copy.model_copy(update={"id": "s1"}) == original
    assert sorted(s.id for s in source.list_strategies("w")) == sorted(["s1", "s2", new_id])


def test_workshop_document_as_new_becomes_a_second_workshop(source: Store) -> None:
    raw = export_workshop(source, "w", LIBRARY.version)
    plan = import_document(source, read_document(raw, LIBRARY), as_new=True)
    assert plan.workshop.id != "w" and not plan.workshop_exists
    assert len(source.list_workshops()) == 2
    assert len(source.list_strategies(plan.workshop.id)) == 2
    assert [s.key for s in source.list_scenarios(plan.workshop.id)] == ["benefits", "spare"]


def test_strategy_into_an_existing_workshop_adds_missing_team_and_notes_differences(
    source: Store, target: Store
) -> None:
    # The target knows the workshop under another name, with only the red team.
    local = samples.workshop().model_copy(
        update={"name": "Local name", "teams": samples.workshop().teams[1:]}
    )
    target.save_bundle(local, [samples.scenario("spare")], [])
    raw = export_strategy(source, "s1", LIBRARY.version)
    plan = import_document(target, read_document(raw, LIBRARY))
    assert plan.workshop_exists
    assert plan.notes == (
        "workshop 'w' is already here; kept its name rather than the document's",
        "added team Blue to the workshop",
    )
    stored = target.get_workshop("w")
    assert stored.name == "Local name"
    assert [t.id for t in stored.teams] == ["team-red", "team-blue"]
    assert [s.key for s in target.list_scenarios("w")] == ["spare", "benefits"]
    assert target.load_strategy("s1") == samples.strategy("s1")


def test_existing_team_and_scenario_are_kept_with_a_note(source: Store, target: Store) -> None:
    workshop = samples.workshop()
    renamed_team = Team(id="team-blue", name="Bleu", members=workshop.teams[0].members)
    target.save_bundle(
        workshop.model_copy(update={"teams": (renamed_team, workshop.teams[1])}),
        [samples.scenario().model_copy(update={"title": "Local title"})],
        [],
    )
    plan = plan_import(target, read_document(export_strategy(source, "s1", "x"), LIBRARY))
    assert plan.notes == (
        "kept this database's version of team Blue",
        "kept this database's version of scenario benefits",
    )
    assert plan.scenarios == ()
