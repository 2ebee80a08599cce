"""Fixtures for store tests: a fresh database file per test and a saved workshop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.paths import sqlite_url
from app.store import Store
from models.strategy import Strategy
from models.workshop import Member, Team, Workshop

WORKSHOP_ID = "ws-1"


def make_workshop(workshop_id: str = WORKSHOP_ID) -> Workshop:
    """A workshop with two teams."""
    return Workshop(
        id=workshop_id,
        name="Spring workshop",
        facilitator="Fatima",
        teams=(
            Team(
                id="team-a",
                name="Team A",
                members=(
                    Member(id="m1", name="Ana", role="data-scientist"),
                    Member(id="m2", name="Björn", role="policy-legal"),
                ),
            ),
            Team(
                id="team-b",
                name="Team B",
                members=(Member(id="m3", name="Chen", role="domain-expert"),),
            ),
        ),
    )


def empty_strategy(strategy_id: str = "strategy-1", workshop_id: str = WORKSHOP_ID) -> Strategy:
    """A strategy with no cards, as a team starts it."""
    return Strategy(
        id=strategy_id,
        workshop_id=workshop_id,
        team_id="team-a",
        scenario_key="predictive-maintenance",
        name="Team A strategy",
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database lives (the folder does not exist yet)."""
    return tmp_path / "data" / "canvas.sqlite3"


@pytest.fixture
def db_url(db_path: Path) -> str:
    """The SQLAlchemy URL of ``db_path``."""
    return sqlite_url(db_path)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open store on a fresh database."""
    opened = Store.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def workshop(store: Store) -> Workshop:
    """A workshop saved in ``store``."""
    saved = make_workshop()
    store.save_workshop(saved)
    return saved


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    """One in-memory store for a whole module (hypothesis tests clean up after each example)."""
    opened = Store.open("sqlite://")
    opened.save_workshop(make_workshop())
    yield opened
    opened.close()
