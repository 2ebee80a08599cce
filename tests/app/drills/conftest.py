"""Fixtures shared by the drills tests: the shipped events and simulation rules."""

from __future__ import annotations

import pytest

from app.drills import load_events, load_simulation
from models.drills import DrillEvent, SimulationParams


@pytest.fixture(scope="session")
def shipped_events() -> tuple[DrillEvent, ...]:
    """Every event in resources/drills, loaded once."""
    loaded = load_events()
    assert loaded.problems == ()
    return loaded.events


@pytest.fixture(scope="session")
def params() -> SimulationParams:
    """The shipped simulation rules."""
    return load_simulation()
