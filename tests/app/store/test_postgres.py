"""The same store code on PostgreSQL (how several seats share a workshop).

A throwaway cluster (``tests.pgcluster``) is started for the module; skipped
locally when PostgreSQL or psycopg is missing, required in CI.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pydantic import ValidationError
from sqlalchemy import create_engine, text

from app.autosave import Autosaver
from app.document import Document
from app.store import NewerSchemaError, Store, StoreError
from app.store.orm import metadata
from bench.workload import WORKSHOP_ID as BENCH_WORKSHOP
from bench.workload import make_strategy
from models.operations import AddCard
from models.phases import Phase
from models.strategy import Card, Strategy
from tests.app.store.conftest import empty_strategy, make_workshop
from tests.app.store.opgen import random_op
from tests.pgcluster import Cluster, free_port


@pytest.fixture(scope="module")
def server() -> Iterator[Cluster]:
    """A running throwaway PostgreSQL for the module."""
    cluster = Cluster()
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def pg_url(server: Cluster) -> str:
    """A fresh, empty database on the server."""
    return server.new_database()


def test_migrations_build_the_orm_schema(pg_url: str) -> None:
    Store.open(pg_url).close()
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    engine.dispose()


def test_round_trip_and_autosave(pg_url: str) -> None:
    strategy = make_strategy(200, seed=9)
    with Store.open(pg_url) as store:
        store.save_workshop(make_workshop(BENCH_WORKSHOP))
        store.save_workshop(make_workshop())
        store.create_strategy(strategy)
        assert store.load_strategy(strategy.id).model_dump_json() == strategy.model_dump_json()
        store.create_strategy(empty_strategy())
        document = Document(store.load_strategy("strategy-1"))
        saver = Autosaver(store, document)
        rng = random.Random(4)
        for _ in range(150):
            document.apply(random_op(rng, document.strategy))
        assert saver.pending == 0
    with Store.open(pg_url) as store:
        assert store.load_strategy("strategy-1") == document.strategy
        replay = Document(empty_strategy())
        for record in store.history("strategy-1"):
            replay.apply(record.op)
        assert replay.strategy == document.strategy
        assert store.get_workshop(BENCH_WORKSHOP) == make_workshop(BENCH_WORKSHOP)
        store.delete_workshop(BENCH_WORKSHOP)
        assert [s.id for s in store.list_strategies()] == ["strategy-1"]


def test_newer_schema_is_refused(pg_url: str) -> None:
    Store.open(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(NewerSchemaError, match="9999_future"):
        Store.open(pg_url)


def test_unreachable_server_is_one_line(server: str) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open(f"postgresql+psycopg://canvas@127.0.0.1:{free_port()}/nowhere")
    assert "\n" not in str(caught.value) and "Cannot open" in str(caught.value)


def test_value_the_server_would_refuse_is_refused_before_the_store(pg_url: str) -> None:
    # PostgreSQL refuses NUL in text; the model refuses it first, with a clear message,
    # so nothing reaches the store that only one of the two databases would accept.
    with pytest.raises(ValidationError, match="NUL"):
        Card(title="NUL", phase=Phase.DATA, notes="a\x00b")
    with Store.open(pg_url) as store:
        store.save_workshop(make_workshop())
        store.create_strategy(empty_strategy())
        document = Document(store.load_strategy("strategy-1"))
        saver = Autosaver(store, document)
        document.apply(AddCard(card=Card(title="Tab\tand ünïcode", phase=Phase.DATA, notes="a\tb")))
        assert saver.pending == 0
        assert store.load_strategy("strategy-1") == document.strategy


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_both_stores_hold_the_same_whole_number_range(
    backend: str, pg_url: str, tmp_path: Path
) -> None:
    """Issue 15, item 2: SQLite took 2⁶³−1 that PostgreSQL refused; one range now, on both."""
    from app.paths import sqlite_url
    from app.review.snapshots import take_snapshot
    from models.numbers import STORE_INT_MAX
    from models.review import PhaseReview, ReviewState

    url = pg_url if backend == "postgresql" else sqlite_url(tmp_path / "c.sqlite3")
    strategy = empty_strategy().model_copy(update={"revision": STORE_INT_MAX})
    with Store.open(url) as store:
        store.save_workshop(make_workshop())
        store.create_strategy(strategy)
        store.save_snapshot(take_snapshot(strategy, "At the end"))
        store.add_phase_review(
            PhaseReview(
                strategy_id=strategy.id,
                phase=Phase.MONITOR,
                state=ReviewState.ACCEPTABLE,
                evaluation=STORE_INT_MAX,
            )
        )
    with Store.open(url) as store:
        assert store.load_strategy(strategy.id).revision == STORE_INT_MAX
        assert store.load_snapshots(strategy.id)[0].revision == STORE_INT_MAX
        assert store.phase_reviews(strategy.id)[0].evaluation == STORE_INT_MAX
    for bad in (STORE_INT_MAX + 1, 2**63 - 1, 2**63):
        with pytest.raises(ValidationError):
            Strategy.model_validate({**empty_strategy().model_dump(), "revision": bad})
        with pytest.raises(ValidationError):
            PhaseReview(
                strategy_id="s", phase=Phase.MONITOR, state=ReviewState.ACCEPTABLE, evaluation=bad
            )
