"""Fixtures for the facilitator widget tests: a fake clock, the demo strategies, a checker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.demo import DemoBundle, build_demo
from app.resources import ContentLibrary
from models.findings import CheckResult
from models.strategy import Strategy


class FakeClock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    """A fresh fake clock."""
    return FakeClock()


@pytest.fixture(scope="session")
def demo(library: ContentLibrary) -> DemoBundle:
    """The demo workshop (two teams, two strategies)."""
    return build_demo(library)


@pytest.fixture(scope="session")
def checker(library: ContentLibrary) -> Callable[[Strategy], CheckResult]:
    """The real checker with the shipped packs bound."""
    from app.checker import Checker, load_packs

    bound = Checker(load_packs().packs, library)
    return bound.check
