"""Two seats on one database: an SQLite file, and a throwaway PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.paths import sqlite_url
from app.store import Seat, Store
from tests.app.store.conftest import empty_strategy, make_workshop
from tests.pgcluster import Cluster


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """One PostgreSQL server for the module."""
    server = Cluster()
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database holding one workshop and an empty strategy, on each backend."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "shared.sqlite3")
    else:
        url = request.getfixturevalue("cluster").new_database()
    with Store.open(url) as store:
        store.save_workshop(make_workshop())
        store.create_strategy(empty_strategy())
    return url


def open_seat(url: str, name: str) -> Store:
    """A store opened as the seat ``name``."""
    store = Store.open(url)
    store.seat = Seat(id=f"seat-{name.lower()}", name=name)
    return store


@pytest.fixture
def seats(db_url: str) -> Iterator[tuple[Store, Store]]:
    """Ana's and Ben's stores on the same database."""
    ana, ben = open_seat(db_url, "Ana"), open_seat(db_url, "Ben")
    yield ana, ben
    ana.close()
    ben.close()
